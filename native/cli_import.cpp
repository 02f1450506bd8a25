// gongjian-cli import [--data DIR] [--table needs|units|volunteers] [--dry-run] FILE...: CSV files (one table
// each, io/import_csv.h) and JSON bundles (merged record by record, io/bundle_merge.h) into a data folder,
// with the preview and the row errors the UI shows. Each file is one user action: it lands whole or not at
// all. A CSV with any row error stores nothing; a bundle's conflicting records stay as stored (listed,
// exit 1) while its other records land.
#include <ctime>
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "file_storage.h"
#include "io/bundle_merge.h"
#include "io/import_action.h"
#include "io/import_csv.h"
#include "io/text_file.h"
#include "io/workspace.h"
#include "match/taxonomy.h"

namespace gj::cli {
namespace {

// "2026-11-27T11:05:00+08:00", the time of the import on every history entry it writes.
std::string nowTimestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S%z", &local);
  std::string out = text;
  if (out.size() >= 5) out.insert(out.size() - 2, ":");
  return out;
}

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Category names in both languages -> ids, so a sheet may say 养老助老 instead of elderly.
std::map<std::string, std::string, std::less<>> categoryNames(const std::string& assetDir) {
  std::map<std::string, std::string, std::less<>> names;
  std::string error;
  match::Taxonomy taxonomy;
  if (auto text = io::readTextFile(assetDir + "/categories.json", &error); text && match::parseTaxonomy(*text, &taxonomy, &error))
    for (const auto& c : taxonomy.categories) names[c.zh] = names[c.en] = c.id;
  return names;
}

// Stores one file's records as one action; false (reason on stderr) when it did not land.
bool store(io::Workspace& ws, const Dataset& writes, const std::string& file) {
  io::Action action;
  io::putRecords(writes, action);
  if (action.empty()) return true;
  if (!ws.perform(std::move(action)) || ws.state() != io::SaveState::saved) {
    std::cerr << file << ": nothing was stored: " << (ws.error().empty() ? "the data folder is read-only" : ws.error()) << "\n";
    return false;
  }
  return true;
}

}  // namespace

int runImport(const ImportOptions& o) {
  std::optional<io::ImportTable> table;
  if (!o.table.empty() && !(table = io::parseImportTable(o.table))) {
    std::cerr << "gongjian-cli import: --table: expected needs, units or volunteers, got \"" << o.table << "\"\n";
    return 2;
  }
  for (const auto& file : o.files)
    if (!endsWith(file, ".json") && !table) {
      std::cerr << "gongjian-cli import: " << file << ": a CSV file needs --table needs|units|volunteers\n";
      return 2;
    }
  const std::string dir = dataDirOrDefault(o.data_dir);
  native::FileStorage storage(dir, native::FileStorageOptions{.readOnly = o.dry_run});
  if (std::string e = storage.open(); !e.empty()) {
    std::cerr << "gongjian-cli import: " << e << "\n";
    return 1;
  }
  if (storage.readOnly() && !o.dry_run) {
    std::cerr << "gongjian-cli import: nothing was stored: " << storage.readOnlyReason() << "\n";
    return 1;
  }
  io::Workspace ws(storage);
  ws.open(nullptr);
  if (!ws.loaded()) {
    std::cerr << "gongjian-cli import: " << ws.error() << "\n";
    return 1;
  }
  const Language lang = o.lang == "en" ? Language::en : Language::zh;
  io::ImportOptions options;
  options.edit = Edit{nowTimestamp(), o.operator_name, ""};
  options.category_names = categoryNames(o.asset_dir);
  bool failed = false;
  for (const auto& file : o.files) {
    std::string error;
    auto bytes = io::readTextFile(file, &error);
    if (!bytes) {
      std::cerr << error << "\n";
      failed = true;
      continue;
    }
    const std::string name = std::filesystem::path(file).filename().string();
    if (endsWith(file, ".json")) {
      const io::MergeResult merged = io::mergeBundle(ws.dataset(), *bytes);
      for (const auto& e : merged.errors) std::cerr << file << ": " << e << "\n";
      if (!merged.ok()) {
        failed = true;
        continue;
      }
      std::cout << file << ": " << merged.added << " added, " << merged.updated << " updated, " << merged.unchanged
                << " unchanged, " << merged.conflicts.size() << " conflicts" << (o.dry_run ? " (dry run: nothing stored)" : "")
                << "\n";
      for (const auto& c : merged.conflicts) std::cerr << file << ": " << c.message.in(lang) << "\n";
      failed = failed || !merged.conflicts.empty();
      if (!o.dry_run && !store(ws, merged.writes, file)) failed = true;
      continue;
    }
    options.edit.note = (lang == Language::zh ? "导入 " : "import ") + name;
    const io::ImportResult result = io::importCsv(*table, *bytes, ws.dataset(), options);
    std::cout << file << " (" << io::textEncodingId(result.encoding) << "): " << result.rows.size() << " rows: " << result.added
              << " added, " << result.updated << " updated, " << result.unchanged << " unchanged"
              << (result.ok() ? "" : ", " + std::to_string(result.issues.size()) + " problems: nothing stored")
              << (result.ok() && o.dry_run ? " (dry run: nothing stored)" : "") << "\n";
    for (const auto& row : result.rows)
      if (result.ok() && row.action != io::RowAction::failed && row.action != io::RowAction::unchanged)
        std::cout << "  row " << row.row << ": " << io::rowActionId(row.action) << " " << row.record
                  << (row.external_id.empty() ? "" : " (" + row.external_id + ")") << "\n";
    for (const auto& issue : result.issues) std::cerr << file << ": " << issue.message.in(lang) << "\n";
    if (!result.ok()) {
      failed = true;
      continue;
    }
    if (!o.dry_run && !store(ws, result.writes, file)) failed = true;
  }
  return failed ? 1 : 0;
}

}  // namespace gj::cli
