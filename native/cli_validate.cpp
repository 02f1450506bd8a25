// gongjian-cli validate [--data DIR | FILE...]: checks data folders (every file, every record and reference,
// the backups) and bundle files, and lists every problem on stderr, each naming the file, record and field.
// Exit 1 when there is any.
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "domain/bundle.h"
#include "file_storage.h"
#include "io/text_file.h"

namespace gj::cli {
namespace {

int validateFolder(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::cerr << dir << ": no data folder here (No such file or directory)\n";
    return 1;
  }
  native::FileStorage storage(dir, native::FileStorageOptions{.readOnly = true});
  LoadResult loaded;
  storage.loadAll([&](LoadResult r) { loaded = std::move(r); });
  int problems = 0;
  if (!loaded.ok) {
    std::cerr << loaded.error << "\n";
    ++problems;
  } else if (loaded.docs.empty()) {
    std::cerr << dir << ": holds no data (no " << native::FileStorage::kSnapshotFile << ")\n";
    ++problems;
  } else {
    const Parsed<Dataset> parsed = readDocuments(loaded.docs);
    for (const auto& e : parsed.errors) std::cerr << dir << ": " << e << "\n";
    problems += static_cast<int>(parsed.errors.size());
  }
  const auto backups = storage.backups();
  for (const auto& b : backups)
    if (!b.problem.empty()) {
      std::cerr << b.path << ": damaged: " << b.problem << "\n";
      ++problems;
    }
  std::cout << dir << ": " << loaded.docs.size() << " documents, generation " << storage.generation() << ", "
            << storage.journalFrames() << " commits in the journal, " << backups.size() << " backups: "
            << (problems ? std::to_string(problems) + (problems == 1 ? " problem" : " problems") : "no problems") << "\n";
  return problems;
}

int validateBundle(const std::string& path) {
  std::string error;
  auto text = io::readTextFile(path, &error);
  if (!text) {
    std::cerr << error << "\n";
    return 1;
  }
  const Parsed<Dataset> parsed = readBundle(*text);
  for (const auto& e : parsed.errors) std::cerr << path << ": " << e << "\n";
  const int problems = static_cast<int>(parsed.errors.size());
  std::cout << path << ": " << (parsed.ok() ? std::to_string(parsed.value->size()) + " records: " : "")
            << (problems ? std::to_string(problems) + (problems == 1 ? " problem" : " problems") : "no problems") << "\n";
  return problems;
}

}  // namespace

int runValidate(const ValidateOptions& o) {
  if (!o.data_dir.empty() && !o.files.empty()) {
    std::cerr << "gongjian-cli validate: give either --data DIR or FILE..., not both\n";
    return 2;
  }
  std::vector<std::string> targets = o.files;
  if (targets.empty()) targets.push_back(dataDirOrDefault(o.data_dir));
  int problems = 0;
  for (const auto& target : targets) {
    std::error_code ec;
    const bool folder = !o.data_dir.empty() || o.files.empty() || std::filesystem::is_directory(target, ec);
    problems += folder ? validateFolder(target) : validateBundle(target);
  }
  return problems ? 1 : 0;
}

}  // namespace gj::cli
