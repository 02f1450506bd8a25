// File picker and downloads: the C++ half of file_transfer.js.
#include "file_transfer.h"

#include <map>
#include <utility>

#include <emscripten.h>

namespace gj::web {

namespace {
int gNextPick = 1;
std::map<int, std::function<void(PickedFile)>> gPicks;

EM_JS(void, js_pick_file, (int id, const char* accept), { Module.gongjianFiles.pick(id, UTF8ToString(accept)); });

EM_JS(void, js_download_file, (const char* name, const char* mime, const char* data, int size), {
  Module.gongjianFiles.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
});
}  // namespace

void pickFile(const std::string& accept, std::function<void(PickedFile)> done) {
  int id = gNextPick++;
  gPicks[id] = std::move(done);
  js_pick_file(id, accept.c_str());
}

void downloadFile(const std::string& name, const std::string& mimeType, const std::string& bytes) {
  js_download_file(name.c_str(), mimeType.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

}  // namespace gj::web

extern "C" EMSCRIPTEN_KEEPALIVE void gongjian_file_picked(int id, int status, const char* name, const char* data,
                                                          int size, const char* error) {
  auto it = gj::web::gPicks.find(id);
  if (it == gj::web::gPicks.end()) return;
  auto done = std::move(it->second);
  gj::web::gPicks.erase(it);
  gj::web::PickedFile file;
  file.status = status == 0 ? gj::web::PickedFile::Status::picked
                : status == 1 ? gj::web::PickedFile::Status::cancelled
                              : gj::web::PickedFile::Status::failed;
  file.name = name ? name : "";
  if (data && size > 0) file.bytes.assign(data, static_cast<std::size_t>(size));
  file.error = error ? error : "";
  done(std::move(file));
}
