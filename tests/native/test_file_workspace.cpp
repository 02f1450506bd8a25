// The workspace on a data folder, as the desktop program runs it: the first start stores the seed as one
// snapshot, an edit lands in the journal, the next start loads the same dataset; a folder an older
// gongjian-cli left (gongjian.json) seeds from that bundle; a read-only workspace refuses edits.
#include <doctest/doctest.h>

#include "data_folder.h"
#include "domain/bundle.h"
#include "io/demo_dataset.h"
#include "io/workspace.h"
#include "storage_fixture.h"

using namespace gj;
using namespace gj::test;
using native::FileStorage;

namespace {

Dataset demo() {
  static const Dataset ds = [] {
    Dataset d;
    std::string error;
    REQUIRE_MESSAGE(io::loadDemoDataset(GONGJIAN_TEST_ASSETS, &d, &error), error);
    return d;
  }();
  return ds;
}

}  // namespace

TEST_CASE("file workspace: seeded once, edited, and the next start loads the same dataset") {
  const std::string dir = freshDir("workspace");
  Dataset edited;
  {
    FileStorage storage(dir);
    io::Workspace ws(storage);
    ws.open([](Dataset* ds, std::string*) {
      *ds = demo();
      return true;
    });
    REQUIRE(ws.state() == io::SaveState::saved);
    CHECK(storage.generation() == 1);
    Need need = ws.dataset().needs().begin()->second;
    need.text += "（已核实）";
    need.rev += 1;
    io::Action action;
    action.put(need);
    action.putSetting("settings/ui", R"({"lang":"en"})");
    REQUIRE(ws.perform(std::move(action)));
    CHECK(ws.state() == io::SaveState::saved);
    CHECK(storage.journalFrames() == 1);
    edited = ws.dataset();
  }
  FileStorage storage(dir);
  io::Workspace ws(storage);
  ws.open([](Dataset*, std::string* why) {
    *why = "must not seed a folder that holds data";
    return false;
  });
  REQUIRE(ws.state() == io::SaveState::saved);
  CHECK(ws.dataset() == edited);
  CHECK(ws.setting("settings/ui").find("\"lang\":\"en\"") != std::string::npos);
}

TEST_CASE("file workspace: a folder with an older gongjian.json starts from that bundle, which stays as it was") {
  const std::string dir = freshDir("legacy");
  Dataset small = demo();
  const std::string bundle = writeBundle(small);
  writeBytes(dir + "/gongjian.json", bundle);
  FileStorage storage(dir);
  io::Workspace ws(storage);
  ws.open([&](Dataset* ds, std::string* error) { return native::seedDataset(dir, "/nonexistent-assets", ds, error); });
  REQUIRE(ws.state() == io::SaveState::saved);
  CHECK(ws.dataset() == small);
  CHECK(readBytes(dir + "/gongjian.json") == bundle);

  writeBytes(dir + "/gongjian.json", "{\"format\":\"gongjian\",\"schema\":2,\"records\":[{\"_id\":\"need/1\"}]}");
  Dataset out;
  std::string error;
  CHECK_FALSE(native::seedDataset(dir, "/nonexistent-assets", &out, &error));
  CHECK(error.find(dir + "/gongjian.json: need/1.rev: expected an integer") == 0);
}

TEST_CASE("file workspace: a second program's workspace is read-only and stores nothing") {
  const std::string dir = freshDir("workspace-readonly");
  FileStorage first(dir);
  REQUIRE(commitNow(first, newRecordsTransaction(demo())).ok());
  const auto before = folderBytes(dir);
  FileStorage second(dir);
  REQUIRE(second.open().empty());
  REQUIRE(second.readOnly());
  io::Workspace ws(second);
  ws.setReadOnly(second.readOnly());
  ws.open(nullptr);
  REQUIRE(ws.loaded());
  CHECK(ws.dataset().size() == demo().size());
  io::Action action;
  action.putSetting("settings/ui", "{}");
  CHECK_FALSE(ws.perform(std::move(action)));
  CHECK(folderBytes(dir) == before);
}
