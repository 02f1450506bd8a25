// Fuzz target: CSV import of needs, units and volunteers (UTF-8 with or without BOM, GB18030, anything
// else). The first byte picks the table, the rest is the file. Checked: an import with issues writes
// nothing; every issue names its row and says it in both languages; what an import would write passes
// record validation and keeps every reference of the dataset.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "io/import_csv.h"
#include "io/text_file.h"
#include "match/taxonomy.h"

namespace {

const gj::io::ImportOptions& options() {
  static const gj::io::ImportOptions o = [] {
    gj::io::ImportOptions opts;
    opts.edit = {"2024-07-05T09:30:00+08:00", "fuzz", "导入 fuzz.csv"};
    std::string error;
    auto text = gj::io::readTextFile(gj::fuzz::assetDir() + "/categories.json", &error);
    gj::fuzz::require(text.has_value(), "categories.json reads", error);
    gj::match::Taxonomy taxonomy;
    gj::fuzz::require(gj::match::parseTaxonomy(*text, &taxonomy, &error), "categories.json parses", error);
    for (const auto& c : taxonomy.categories) {
      opts.category_names[c.zh] = c.id;
      opts.category_names[c.en] = c.id;
    }
    return opts;
  }();
  return o;
}

}  // namespace

// The demo dataset and the dictionary load once, before the clock of the first input starts.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)gj::fuzz::smallDemo();
  (void)options();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gj;
  if (size == 0) return 0;
  const auto table = static_cast<io::ImportTable>(data[0] % 3);
  const std::string_view file(reinterpret_cast<const char*>(data + 1), size - 1);
  const Dataset& ds = fuzz::smallDemo();
  io::ImportResult r = io::importCsv(table, file, ds, options());

  for (const auto& issue : r.issues) {
    fuzz::require(!issue.message.key.empty() && !issue.message.en.empty() && !issue.message.zh.empty(),
                  "every issue has a key and says it in English and Chinese", issue.message.en);
    fuzz::require(issue.row >= 0, "an issue's row is a row number", issue.message.en);
  }
  if (!r.ok()) {
    fuzz::require(r.writeCount() == 0, "an import with issues writes nothing");
    return 0;
  }
  fuzz::require(static_cast<int>(r.writeCount()) == r.added + r.updated, "one write per added or updated row");
  Dataset merged = ds;
  r.writes.forEachTable([&](const auto& t) {
    for (const auto& [id, rec] : t) {
      const Errors problems = validate(rec);
      fuzz::require(problems.empty(), "an imported record passes validation", problems.empty() ? "" : problems[0]);
      merged.put(rec);
    }
  });
  const Errors refs = checkReferences(merged);
  fuzz::require(refs.empty(), "an import keeps every reference", refs.empty() ? "" : refs[0]);
  return 0;
}
