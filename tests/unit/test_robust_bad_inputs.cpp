// Issue 10: every bad input gets a clear error, and nothing stored is ever lost. One table: each row is a
// bad (or borderline) input, the path the UI and the CLI feed it through, and every message the user sees,
// exactly. After each row the stored documents must be byte-identical to before: the import preview writes
// only without issues, a bundle merge writes only what merged cleanly, an edit is refused by validation
// before perform or by the workspace's reference check in perform, and a store that cannot be read is never written. The few borderline rows that are
// accepted (a UTF-8 BOM, GB18030, people_affected 0, ...) show it with no message and may only add documents.
//
// GONGJIAN_ROBUST_PRINT=1 prints each row's actual messages as JSON lines (to update the table on purpose).
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "domain/bundle.h"
#include "domain/json_text.h"
#include "domain/memory_storage.h"
#include "io/bundle_merge.h"
#include "io/import_action.h"
#include "io/import_csv.h"
#include "io/workspace.h"
#include "robust_bad_inputs.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::robust;

namespace {

// [SECTION] running one row

bool seedSmallStreet(Dataset* ds, std::string*) {
  *ds = test::smallStreet();
  return true;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= text.size() && !text.empty()) {
    std::size_t nl = text.find('\n', from);
    out.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
    if (nl == std::string::npos) break;
    from = nl + 1;
  }
  return out;
}

struct Seen {
  std::vector<std::string> en, zh;
};

io::ImportTable tableOf(Entry e) {
  return e == Entry::unitsCsv        ? io::ImportTable::units
         : e == Entry::volunteersCsv ? io::ImportTable::volunteers
                                     : io::ImportTable::needs;
}

// Feeds the row through its path against `ws`, writing whatever that path would write.
Seen feed(const BadInput& row, io::Workspace& ws) {
  Seen seen;
  io::Action action;
  switch (row.entry) {
    case Entry::json: {
      std::string error;
      auto doc = parseJsonText(row.input, &error);
      if (!doc) seen.en.push_back(error);
      io::MergeResult merged = io::mergeBundle(ws.dataset(), row.input);
      CHECK(merged.errors == std::vector<std::string>{"bundle: not valid JSON: " + error});
      break;
    }
    case Entry::bundle: {
      io::MergeResult merged = io::mergeBundle(ws.dataset(), row.input);
      seen.en = merged.errors;
      for (const auto& c : merged.conflicts) {
        seen.en.push_back(c.message.en);
        seen.zh.push_back(c.message.zh);
      }
      if (merged.ok()) io::putRecords(merged.writes, action);
      break;
    }
    case Entry::needsCsv:
    case Entry::unitsCsv:
    case Entry::volunteersCsv: {
      io::ImportOptions options;
      options.edit = laterEdit();
      options.edit.note = "导入 robust.csv";
      io::ImportResult r = io::importCsv(tableOf(row.entry), row.input, ws.dataset(), options);
      for (const auto& issue : r.issues) {
        seen.en.push_back(issue.message.en);
        seen.zh.push_back(issue.message.zh);
      }
      if (r.ok()) io::putRecords(r.writes, action);
      break;
    }
    case Entry::edit: {
      Outcome o = row.edit(ws.dataset(), action);
      if (!o) {
        seen.en.push_back(o.reason.en);
        seen.zh.push_back(o.reason.zh);
      }
      break;
    }
    case Entry::stored: {
      seen.en = lines(ws.error());
      for (const auto& q : ws.quarantined())
        for (const auto& line : lines(q.reason)) seen.en.push_back(line);
      if (!ws.loaded()) {  // the app would still try to save an edit: it must be refused
        io::Action tryEdit;
        tryEdit.put(test::smallStreet().streets().at("street/1"));
        CHECK_FALSE(ws.perform(std::move(tryEdit)));
      }
      break;
    }
  }
  // The workspace checks references before anything is applied: a refusal there is a message too.
  if (!action.empty() && !ws.perform(std::move(action))) {
    seen.en.push_back(ws.refusal().en);
    seen.zh.push_back(ws.refusal().zh);
  }
  return seen;
}

std::string entryName(Entry e) {
  switch (e) {
    case Entry::json:
      return "json";
    case Entry::bundle:
      return "bundle";
    case Entry::needsCsv:
      return "needs.csv";
    case Entry::unitsCsv:
      return "units.csv";
    case Entry::volunteersCsv:
      return "volunteers.csv";
    case Entry::edit:
      return "edit";
    case Entry::stored:
      return "stored";
  }
  return "";
}

}  // namespace

TEST_CASE("robust bad inputs: each gets its exact message and leaves the stored documents byte-identical") {
  const bool print = std::getenv("GONGJIAN_ROBUST_PRINT") != nullptr;
  BadInputTable table;
  addJsonRows(table);
  addCsvRows(table);
  addFormRows(table);
  const std::vector<BadInput>& rows = table.rows;
  CHECK(rows.size() >= 100);
  std::size_t refused = 0;
  for (const BadInput& row : rows) {
    CAPTURE(row.name);
    MemoryStorage storage;
    io::Workspace seeding(storage);
    seeding.open(seedSmallStreet);
    REQUIRE(seeding.state() == io::SaveState::saved);
    if (row.entry == Entry::stored) {
      Transaction tx{{RecordPut{row.key, row.input, 9, storage.revOf(row.key)}}};
      storage.commit(std::move(tx), [](CommitResult r) { REQUIRE(r.ok()); });
    }
    const auto before = storage.stored();
    io::Workspace ws(storage);
    ws.open(nullptr);
    const Dataset datasetBefore = ws.dataset();

    const Seen seen = feed(row, ws);
    if (print) {
      Json line{{"name", row.name}, {"en", seen.en}, {"zh", seen.zh}};
      std::cout << line.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
    }
    const std::string label = entryName(row.entry) + " row \"" + row.name + "\"";
    CHECK_MESSAGE(seen.en == row.en, label);
    if (!row.zh.empty()) CHECK_MESSAGE(seen.zh == row.zh, label);
    // Nothing stored is changed or lost; an accepted input may only add documents.
    const auto after = storage.stored();
    std::size_t kept = 0;
    for (const auto& [key, doc] : before) {
      auto it = after.find(key);
      kept += it != after.end() && it->second == doc;
    }
    CHECK_MESSAGE(kept == before.size(), "stored documents changed by " << label);
    CHECK_MESSAGE(after.size() == before.size() + static_cast<std::size_t>(row.adds), "documents added by " << label);
    CHECK_MESSAGE(storage.commits() == 1u + (row.entry == Entry::stored) + (row.adds > 0), "commits made by " << label);
    if (ws.loaded() && row.adds == 0)
      CHECK_MESSAGE(ws.dataset() == datasetBefore, "the dataset in memory changed by " << label);
    refused += !row.en.empty();
  }
  MESSAGE(rows.size() << " rows, " << refused << " refused with messages");
}
