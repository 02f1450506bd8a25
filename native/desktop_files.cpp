// Writing an export next to the data: temp file, then rename, so a half-written export never has the name.
#include "desktop_files.h"

#include <filesystem>
#include <fstream>

namespace gj::native {

ui::PlatformFiles desktopFiles(const std::string& dataDir) {
  ui::PlatformFiles files;
  files.save = [dataDir](const std::string& name, const std::string&, const std::string& bytes) -> std::string {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path folder = fs::path(dataDir) / "exports";
    fs::create_directories(folder, ec);
    if (ec) return "error: " + folder.string() + ": " + ec.message();
    const fs::path target = folder / fs::path(name).filename();
    const fs::path temp = target.string() + ".tmp";
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!out.flush()) return "error: " + temp.string() + ": cannot write";
    }
    fs::rename(temp, target, ec);
    if (ec) return "error: " + target.string() + ": " + ec.message();
    return target.string();
  };
  return files;
}

}  // namespace gj::native
