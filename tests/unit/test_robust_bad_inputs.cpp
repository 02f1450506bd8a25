// Issue 10: every bad input gets a clear error, and nothing stored is ever lost. One table: each row is a
// bad (or borderline) input, the path the UI and the CLI feed it through, and every message the user sees,
// exactly. After each row the stored documents must be byte-identical to before: the import preview writes
// only without issues, a bundle merge writes only what merged cleanly, an edit is refused by validation
// before perform, and a store that cannot be read is never written. The few borderline rows that are
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
#include "domain/privacy.h"
#include "io/bundle_merge.h"
#include "io/import_action.h"
#include "io/import_csv.h"
#include "io/workspace.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

// [SECTION] the table

enum class Entry {
  json,      // parseJsonText (json_text.h); the same bytes as a bundle must be refused with that text
  bundle,    // io::mergeBundle against the stored dataset; writes what merged (as the import screen does)
  needsCsv,  // io::importCsv preview; writes only when it has no issue
  unitsCsv,
  volunteersCsv,
  edit,    // a form's edit (editRecord / createRecord); performed only when applied
  stored,  // a document already in storage; the workspace opens it (quarantine or load failure)
};

using EditStep = std::function<Outcome(const Dataset& stored, io::Action& action)>;

struct BadInput {
  std::string name;
  Entry entry;
  std::string input;            // JSON text, bundle, CSV bytes, or the stored document
  std::vector<std::string> en;  // every message shown, in order; empty: the input is accepted
  std::vector<std::string> zh;  // the Chinese texts where the path has them (CSV issues, edits, conflicts)
  EditStep edit = {};
  std::string key = {};  // Entry::stored: the storage key
  int adds = 0;          // an accepted input may add this many documents (and change none)
};

Edit laterEdit() { return test::edit("2024-07-06T10:00:00+08:00", "李娜"); }

// [SECTION] building inputs

// The stored dataset as a bundle, with one record changed by a JSON merge patch (null removes a field).
std::string bundleWith(const std::string& id, const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  bool found = false;
  for (Json& r : doc["records"])
    if (r["_id"] == id) {
      r.merge_patch(Json::parse(patch));
      found = true;
    }
  if (!found) throw std::runtime_error("no record " + id);
  return doc.dump();
}

// The stored dataset as a bundle with its top-level fields changed.
std::string bundleTop(const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  doc.merge_patch(Json::parse(patch));
  return doc.dump();
}

// The stored dataset as a bundle with one more record (a copy of `id` patched).
std::string bundleAdding(const std::string& id, const char* patch) {
  Json doc = Json::parse(writeBundle(test::smallStreet()));
  Json extra;
  for (const Json& r : doc["records"])
    if (r["_id"] == id) extra = r;
  extra.merge_patch(Json::parse(patch));
  doc["records"].push_back(extra);
  return doc.dump();
}

// The text of a stored document of the dataset, patched.
std::string storedWith(const std::string& id, const char* patch) {
  Json doc;
  test::smallStreet().forEachTable([&](const auto& t) {
    for (const auto& [key, r] : t)
      if (key == id) doc = recordDocument(r);
  });
  doc.merge_patch(Json::parse(patch));
  return doc.dump();
}

std::string nested(int depth) {
  return "{\"format\":\"gongjian\",\"x\":" + std::string(static_cast<std::size_t>(depth - 1), '[') +
         std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
}

std::string bytes(const char* s, std::size_t n) { return std::string(s, n); }

// ASCII text as UTF-16 (little or big endian), as Excel's "Unicode text" writes it.
std::string utf16(std::string_view ascii, bool littleEndian) {
  std::string out;
  for (char c : ascii) {
    if (littleEndian) out += c;
    out += '\0';
    if (!littleEndian) out += c;
  }
  return out;
}

template <class R, class F>
EditStep editing(std::string id, F change) {
  return [id, change](const Dataset& ds, io::Action& action) {
    R current = *ds.find<R>(id);
    R next = current;
    change(next);
    Outcome o = editRecord(current, next, laterEdit());
    if (o) action.put(current);
    return o;
  };
}

template <class R>
EditStep creating(R record) {
  return [record](const Dataset& ds, io::Action& action) {
    Dataset ids = ds;
    R r = record;
    r.id = ids.allocateId<R>();
    Outcome o = createRecord(r, laterEdit());
    if (o) action.put(r);
    return o;
  };
}

const std::string kNeeds = "社区,需求描述,反映日期\r\n";
const std::string kBom = "\xEF\xBB\xBF";

std::vector<BadInput> badInputs();  // below the runner: the table itself is long

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
  if (!action.empty()) ws.perform(std::move(action));
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
  const std::vector<BadInput> rows = badInputs();
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

namespace {

std::vector<BadInput> badInputs() {
  std::vector<BadInput> t;
  auto json = [&](std::string name, std::string input, std::vector<std::string> en) {
    t.push_back({std::move(name), Entry::json, std::move(input), std::move(en), {}});
  };
  auto bundle = [&](std::string name, std::string input, std::vector<std::string> en,
                    std::vector<std::string> zh = {}) {
    t.push_back({std::move(name), Entry::bundle, std::move(input), std::move(en), std::move(zh)});
  };
  auto csv = [&](std::string name, Entry e, std::string input, std::vector<std::string> en,
                 std::vector<std::string> zh) {
    t.push_back({std::move(name), e, std::move(input), std::move(en), std::move(zh)});
  };
  auto needs = [&](std::string name, std::string input, std::vector<std::string> en, std::vector<std::string> zh) {
    csv(std::move(name), Entry::needsCsv, std::move(input), std::move(en), std::move(zh));
  };
  auto edit = [&](std::string name, EditStep step, std::vector<std::string> en, std::vector<std::string> zh) {
    t.push_back({std::move(name), Entry::edit, "", std::move(en), std::move(zh), std::move(step)});
  };
  auto stored = [&](std::string name, std::string key, std::string doc, std::vector<std::string> en) {
    t.push_back({std::move(name), Entry::stored, std::move(doc), std::move(en), {}, {}, std::move(key)});
  };

  // [SECTION] JSON text: encodings, limits, syntax
  json("json: UTF-16 LE BOM", bytes("\xFF\xFE{\0}\0", 6),
       {"UTF-16 text (byte order mark) at byte 0: save it as UTF-8"});
  json("json: UTF-16 BE BOM", bytes("\xFE\xFF\0{\0}", 6),
       {"UTF-16 text (byte order mark) at byte 0: save it as UTF-8"});
  json("json: UTF-16 LE without BOM",
       bytes("{\0\"\0f\0\"\0:\0"
             "1\0}\0",
             14),
       {"NUL byte at byte 1: UTF-16 or binary data, not UTF-8 text"});
  json("json: NUL byte inside a string", bytes("{\"format\":\"gong\0jian\"}", 22),
       {"NUL byte at byte 15: UTF-16 or binary data, not UTF-8 text"});
  json("json: invalid UTF-8 (lone continuation byte)", "{\"format\":\"gongjian\",\"x\":\"\x80\"}",
       {"invalid UTF-8 at byte 26"});
  json("json: invalid UTF-8 (overlong slash)", "{\"format\":\"\xC0\xAF\"}", {"invalid UTF-8 at byte 11"});
  json("json: invalid UTF-8 (surrogate)", "{\"format\":\"\xED\xA0\x80\"}", {"invalid UTF-8 at byte 11"});
  json("json: invalid UTF-8 (cut at the end)", "{\"format\":\"\xE7\xA4", {"invalid UTF-8 at byte 11"});
  json("json: GB18030 text instead of UTF-8", "{\"street\":\"\xC3\xC9\xD1\xF4\xBD\xD6\xB5\xC0\"}",
       {"invalid UTF-8 at byte 11"});
  json("json: duplicate top-level key", R"({"format":"gongjian","schema":2,"format":"x"})",
       {"the key \"format\" appears twice in one object at byte 32"});
  json("json: duplicate key inside a record",
       R"({"format":"gongjian","schema":2,"records":[{"_id":"need/9","people_affected":1,"people_affected":900}]})",
       {"the key \"people_affected\" appears twice in one object at byte 79"});
  json("json: nesting 65 levels", nested(65), {"nested deeper than 64 levels at byte 88"});
  json("json: nesting 10000 levels", nested(10000), {"nested deeper than 64 levels at byte 88"});
  std::string bigBudget = bundleWith("project/1", R"({"budget_fen":1})");
  bigBudget.replace(bigBudget.find("\"budget_fen\":1"), 14, "\"budget_fen\":9007199254740993");
  json("json: integer 2^53+1 in budget_fen", bigBudget,
       {"the integer 9007199254740993 is beyond 2^53 and would not stay exact at byte 4377"});
  json("json: integer -2^53-1", R"({"format":"gongjian","x":-9007199254740993})",
       {"the integer -9007199254740993 is beyond 2^53 and would not stay exact at byte 25"});
  json("json: 25-digit count", R"({"format":"gongjian","people_affected":1234567890123456789012345})",
       {"the integer 1234567890123456789012345 is beyond 2^53 and would not stay exact at byte 39"});
  json("json: empty file", "", {"the text is empty"});
  json("json: whitespace only", " \r\n\t \n", {"the text holds only white space, no JSON value"});
  json("json: UTF-8 BOM and nothing else", kBom, {"the text is empty"});
  json("json: cut short", R"({"format":"gongjian","schema":2,"records":[)",
       {"parse error at line 1, column 44: syntax error while parsing value - unexpected end of input; expected '[', "
        "'{', or a literal"});
  json("json: text after the document", R"({"format":"gongjian"} {"format":"gongjian"})",
       {"parse error at line 1, column 23: syntax error while parsing value - unexpected '{'; expected end of input"});
  json("json: single quotes", "{'format':'gongjian'}",
       {"parse error at line 1, column 2: syntax error while parsing object key - invalid literal; last read: '{''; "
        "expected string literal"});
  json("json: unterminated string", R"({"format":"gongjian)",
       {"parse error at line 1, column 20: syntax error while parsing value - invalid string: missing closing quote; "
        "last read: '\"gongjian'"});
  json("json: trailing comma", R"({"format":"gongjian","schema":2,})",
       {"parse error at line 1, column 33: syntax error while parsing object key - unexpected '}'; expected string "
        "literal"});

  // [SECTION] bundles: not ours, schema, shape
  bundle("bundle: UTF-8 BOM is accepted (same data: all unchanged)", kBom + writeBundle(test::smallStreet()), {});
  bundle("bundle: a list, not an object", "[]", {"bundle: expected an object {\"format\":\"gongjian\",...}, got []"});
  bundle("bundle: null", "null", {"bundle: expected an object {\"format\":\"gongjian\",...}, got null"});
  bundle("bundle: no format (someone's settings file)", R"({"theme":"dark","schema":2})",
         {"bundle.format: expected \"gongjian\", got nothing"});
  bundle("bundle: another program's JSON", R"({"type":"FeatureCollection","features":[]})",
         {"bundle.format: expected \"gongjian\", got nothing"});
  bundle("bundle: format of another program", R"({"format":"excel","schema":2,"records":[]})",
         {"bundle.format: expected \"gongjian\", got \"excel\""});
  bundle("bundle: format as a number", R"({"format":1,"records":[]})", {"bundle.format: expected \"gongjian\", got 1"});
  bundle(
      "bundle: newer schema", bundleTop(R"({"schema":3})"),
      {"bundle: schema 3 is newer than this program understands (2); update the program — the data was not changed"});
  bundle("bundle: schema 0", bundleTop(R"({"schema":0})"), {"bundle.schema: expected a schema version 1..2, got 0"});
  bundle("bundle: schema as text", bundleTop(R"({"schema":"2"})"),
         {"bundle.schema: expected a schema version 1..2, got \"2\""});
  bundle("bundle: schema missing", bundleTop(R"({"schema":null})"),
         {"bundle.schema: expected a schema version 1..2, got nothing"});
  bundle("bundle: records missing", bundleTop(R"({"records":null})"), {"bundle.records: expected a list, got nothing"});
  bundle("bundle: records not a list", bundleTop(R"({"records":{"need/1":{}}})"),
         {"bundle.records: expected a list, got {\"need/1\":{}}"});
  bundle(
      "bundle: street of another dataset",
      R"({"format":"gongjian","schema":2,"street":"street/9","records":[{"_id":"street/9","rev":1,"created":"2024-07-05T09:30:00+08:00","updated":"2024-07-05T09:30:00+08:00","history":[],"name":"城东街道"}]})",
      {"bundle.street: expected \"street/1\" (the street of this dataset), got \"street/9\""});
  bundle("bundle: street id of the wrong type", bundleTop(R"({"street":"community/1"})"),
         {"bundle.street: expected an id like \"street/3\", got \"community/1\""});
  bundle("bundle: street points nowhere", bundleTop(R"({"street":"street/7"})"),
         {"bundle.street: expected the id of an existing street, got \"street/7\""});
  bundle("bundle: the same id twice", bundleAdding("need/2", R"({"urgency":5})"),
         {"records[16]._id: expected an id used once, got \"need/2\" again"});
  bundle("bundle: a record that is not an object", bundleTop(R"({"records":[1]})"),
         {"records[0]: expected an object (a record), got 1"});
  bundle("bundle: a record without _id", bundleAdding("need/2", R"({"_id":null})"),
         {"records[16]._id: expected an id like \"need/17\" of a known record type (street, community, unit, resource, "
          "need, project, volunteer, activity, meeting, assessment, feedback, award), got nothing"});
  bundle("bundle: a record of an unknown type", bundleAdding("need/2", R"({"_id":"widget/1"})"),
         {"records[16]._id: expected an id like \"need/17\" of a known record type (street, community, unit, resource, "
          "need, project, volunteer, activity, meeting, assessment, feedback, award), got \"widget/1\""});
  bundle("bundle: an id with a space", bundleAdding("need/2", R"({"_id":"need/ 4"})"),
         {"records[16]._id: expected an id like \"need/17\", got \"need/ 4\""});

  // [SECTION] bundles: wrong values per field
  bundle("need: community as a number", bundleWith("need/1", R"({"community":1})"),
         {"need/1.community: expected an id like \"community/3\", got 1"});
  bundle("need: community id of the wrong type", bundleWith("need/1", R"({"community":"unit/1"})"),
         {"need/1.community: expected an id like \"community/3\", got \"unit/1\""});
  bundle("need: community points nowhere", bundleWith("need/1", R"({"community":"community/9"})"),
         {"need/1.community: expected the id of an existing community, got \"community/9\""});
  bundle("need: empty text", bundleWith("need/1", R"({"text":""})"),
         {"need/1.text: expected a non-empty text, got \"\""});
  bundle("need: text as a number", bundleWith("need/1", R"({"text":42})"),
         {"need/1.text: expected a non-empty text, got 42"});
  bundle("need: people_affected as text", bundleWith("need/1", R"({"people_affected":"12"})"),
         {"need/1.people_affected: expected a whole number >= 0, got \"12\""});
  bundle("need: people_affected negative", bundleWith("need/1", R"({"people_affected":-1})"),
         {"need/1.people_affected: expected a whole number >= 0, got -1"});
  bundle("need: people_affected 0 is accepted (added)",
         bundleAdding("need/2", R"({"_id":"need/4","people_affected":0})"), {});
  t.back().adds = 1;
  bundle("need: people_affected a fraction", bundleWith("need/1", R"({"people_affected":1.5})"),
         {"need/1.people_affected: expected a whole number >= 0, got 1.5"});
  bundle("need: people_affected beyond int", bundleWith("need/1", R"({"people_affected":3000000000})"),
         {"need/1.people_affected: expected a whole number >= 0, got 3000000000"});
  bundle("need: urgency 6", bundleWith("need/1", R"({"urgency":6})"),
         {"need/1.urgency: expected an integer 1..5, got 6"});
  bundle("need: urgency 0", bundleWith("need/1", R"({"urgency":0})"),
         {"need/1.urgency: expected an integer 1..5, got 0"});
  bundle("need: unknown target group", bundleWith("need/1", R"({"target_group":"elders"})"),
         {"need/1.target_group: expected one of \"general\", \"elderly\", \"children\", \"disabled\", \"other\", got "
          "\"elders\""});
  bundle("need: unknown status", bundleWith("need/1", R"({"status":"done"})"),
         {"need/1.status: expected one of \"reported\", \"classified\", \"listed\", \"matched\", \"claimed\", "
          "\"in_progress\", \"resolved\", \"evaluated\", \"rejected\", \"duplicate\", \"withdrawn\", "
          "\"closed_not_fixed\", got \"done\""});
  bundle("need: status in Chinese", bundleWith("need/1", R"({"status":"已解决"})"),
         {"need/1.status: expected one of \"reported\", \"classified\", \"listed\", \"matched\", \"claimed\", "
          "\"in_progress\", \"resolved\", \"evaluated\", \"rejected\", \"duplicate\", \"withdrawn\", "
          "\"closed_not_fixed\", got \"已解决\""});
  bundle("need: reported 2024-02-30", bundleWith("need/1", R"({"reported":"2024-02-30"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024-02-30\""});
  bundle("need: reported 2024-13-01", bundleWith("need/1", R"({"reported":"2024-13-01"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024-13-01\""});
  bundle("need: reported yesterday", bundleWith("need/1", R"({"reported":"yesterday"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"yesterday\""});
  bundle("need: reported with slashes", bundleWith("need/1", R"({"reported":"2024/07/01"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024/07/01\""});
  bundle("need: reported 1899-12-31 is a real day: accepted (added)",
         bundleAdding("need/2", R"({"_id":"need/4","reported":"1899-12-31"})"), {});
  t.back().adds = 1;
  bundle("need: reporter as text", bundleWith("need/1", R"({"reporter":"梁琼"})"),
         {"need/1.reporter: expected an object, got \"梁琼\""});
  bundle("need: phone as a number", bundleWith("need/1", R"({"reporter":{"phone":13800001234}})"),
         {"need/1.reporter.phone: expected a text, got 13800001234"});
  bundle("need: matched unit points nowhere", bundleWith("need/1", R"({"matched_unit":"unit/9"})"),
         {"need/1.matched_unit: expected the id of an existing unit, got \"unit/9\""});
  bundle("need: duplicate of itself", bundleWith("need/1", R"({"status":"duplicate","duplicate_of":"need/1"})"),
         {"need/1.duplicate_of: expected the id of another need, got \"need/1\""});
  bundle("need: claimed without a project",
         bundleWith("need/1", R"({"status":"claimed","category":"housing","matched_unit":"unit/2"})"),
         {"need/1.project: expected an id like \"project/3\" once the need is claimed, got \"\""});
  bundle("project: negative budget", bundleWith("project/1", R"({"budget_fen":-100})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got -100"});
  bundle("project: budget with fen fraction", bundleWith("project/1", R"({"budget_fen":12.5})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got 12.5"});
  bundle("project: budget as text", bundleWith("project/1", R"({"budget_fen":"10000"})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got \"10000\""});
  bundle("project: percent 101",
         bundleWith("project/1", R"({"timeline":[{"date":"2024-07-10","percent":101,"note":"","funds_spent_fen":0}]})"),
         {"project/1.timeline[0].percent: expected an integer 0..100, got 101"});
  bundle(
      "project: progress going backwards",
      bundleWith(
          "project/1",
          R"({"timeline":[{"date":"2024-07-10","percent":60,"note":"","funds_spent_fen":0},{"date":"2024-07-20","percent":40,"note":"","funds_spent_fen":0}]})"),
      {"project/1.timeline[1].percent: expected at least 60 (progress does not go backwards), got 40"});
  bundle(
      "project: timeline date before the previous",
      bundleWith(
          "project/1",
          R"({"timeline":[{"date":"2024-07-10","percent":10,"note":"","funds_spent_fen":0},{"date":"2024-07-01","percent":20,"note":"","funds_spent_fen":0}]})"),
      {"project/1.timeline[1].date: expected a date not before 2024-07-10, got \"2024-07-01\""});
  bundle("project: negative spending",
         bundleWith("project/1", R"({"timeline":[{"date":"2024-07-10","percent":10,"note":"","funds_spent_fen":-5}]})"),
         {"project/1.timeline[0].funds_spent_fen: expected an amount in fen (a whole number >= 0), got -5"});
  bundle("project: lead unit points nowhere", bundleWith("project/1", R"({"lead_unit":"unit/9"})"),
         {"project/1.lead_unit: expected the id of an existing unit, got \"unit/9\""});
  bundle("project: lead unit id of the wrong type", bundleWith("project/1", R"({"lead_unit":"community/1"})"),
         {"project/1.lead_unit: expected an id like \"unit/3\", got \"community/1\""});
  bundle("project: unknown status", bundleWith("project/1", R"({"status":"finished"})"),
         {"project/1.status: expected one of \"proposed\", \"claimed\", \"in_progress\", \"completed\", \"evaluated\", "
          "got \"finished\""});
  bundle("project: quarter 2024Q5", bundleWith("project/1", R"({"quarter":"2024Q5"})"),
         {"project/1.quarter: expected a quarter like \"2024Q3\", got \"2024Q5\""});
  bundle("project: unknown beneficiary group", bundleWith("project/1", R"({"beneficiaries":{"elders":3}})"),
         {"project/1.beneficiaries: expected only the groups \"general\", \"elderly\", \"children\", \"disabled\", "
          "\"other\", got \"elders\""});
  bundle("project: the same need twice", bundleWith("project/1", R"({"needs":["need/1","need/1"]})"),
         {"project/1.needs[1]: expected each id once, got \"need/1\""});
  bundle("activity: start without a time zone", bundleWith("activity/1", R"({"start":"2024-07-05T09:00:00"})"),
         {"activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05T09:00:00\""});
  bundle("activity: start as a date only", bundleWith("activity/1", R"({"start":"2024-07-05"})"),
         {"activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05\""});
  bundle("activity: end before start", bundleWith("activity/1", R"({"end":"2024-07-05T08:00:00+08:00"})"),
         {"activity/1.end: expected a time not before start (2024-07-05T09:00:00+08:00), got "
          "\"2024-07-05T08:00:00+08:00\""});
  bundle("activity: attendance volunteer points nowhere",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"volunteer/9","minutes":60}]})"),
         {"activity/1.attendance[0].volunteer: expected the id of an existing volunteer, got \"volunteer/9\""});
  bundle("activity: attendance volunteer id of the wrong type",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"unit/2","minutes":60}]})"),
         {"activity/1.attendance[0].volunteer: expected an id like \"volunteer/3\", got \"unit/2\""});
  bundle("activity: the same volunteer twice",
         bundleWith(
             "activity/1",
             R"({"attendance":[{"volunteer":"volunteer/1","minutes":60},{"volunteer":"volunteer/1","minutes":30}]})"),
         {"activity/1.attendance[1].volunteer: expected each volunteer once per activity, got \"volunteer/1\""});
  bundle("activity: 1441 minutes",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"volunteer/1","minutes":1441}]})"),
         {"activity/1.attendance[0].minutes: expected an integer 0..1440, got 1441"});
  bundle("activity: unknown activity type", bundleWith("activity/1", R"({"type":"concert"})"),
         {"activity/1.type: expected one of \"free_clinic\", \"legal_aid\", \"safety_publicity\", "
          "\"policy_consultation\", \"home_visit\", \"neighbourhood_school\", \"children\", \"culture\", \"other\", "
          "got \"concert\""});
  bundle("activity: more children than people served", bundleWith("activity/1", R"({"children_served":41})"),
         {"activity/1.children_served: expected at most people_served (40), got 41"});
  bundle("feedback: unknown rating", bundleWith("feedback/1", R"({"rating":"great"})"),
         {"feedback/1.rating: expected one of \"satisfied\", \"basic\", \"unsatisfied\", got \"great\""});
  bundle("feedback: rating as a number", bundleWith("feedback/1", R"({"rating":5})"),
         {"feedback/1.rating: expected one of \"satisfied\", \"basic\", \"unsatisfied\", got 5"});
  bundle("feedback: target points nowhere", bundleWith("feedback/1", R"({"target":"activity/9"})"),
         {"feedback/1.target: expected the id of an existing activity, got \"activity/9\""});
  bundle("feedback: target of the wrong kind", bundleWith("feedback/1", R"({"target":"project/1"})"),
         {"feedback/1.target: expected an id like \"activity/3\", got \"project/1\""});
  bundle("feedback: time without a zone", bundleWith("feedback/1", R"({"at":"2024-07-05 11:40"})"),
         {"feedback/1.at: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05 11:40\""});
  bundle("award: negative amount", bundleWith("award/1", R"({"amount_fen":-1})"),
         {"award/1.amount_fen: expected an amount in fen (a whole number >= 0), got -1"});
  bundle("volunteer: weekday 8", bundleWith("volunteer/1", R"({"weekdays":[8]})"),
         {"volunteer/1.weekdays[0]: expected a weekday 1..7 (1 = Monday), got 8"});
  bundle("meeting: date outside its quarter", bundleWith("meeting/1", R"({"date":"2024-10-10"})"),
         {"meeting/1.date: expected a date inside 2024Q3, got \"2024-10-10\""});
  bundle("assessment: score 101", bundleWith("assessment/1", R"({"scores":{"participation":101}})"),
         {"assessment/1.scores.participation: expected an integer 0..100, got 101"});
  bundle("unit: unknown level", bundleWith("unit/1", R"({"level":"province"})"),
         {"unit/1.level: expected one of \"city\", \"district\", got \"province\""});
  bundle("record: rev 0", bundleWith("need/3", R"({"rev":0})"),
         {"need/3.rev: expected an integer 1..2147483647, got 0"});
  bundle("record: created without a zone", bundleWith("need/3", R"({"created":"2024-07-05T09:30:00"})"),
         {"need/3.created: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05T09:30:00\""});
  bundle("record: history entry not an object", bundleWith("need/3", R"({"history":["created"]})"),
         {"need/3.history[0]: expected an object, got \"created\""});

  // [SECTION] bundles that read but conflict: listed, nothing overwritten
  bundle("merge: same rev, other content", bundleWith("need/1", R"({"urgency":5})"),
         {"need/1: stored rev 1, incoming rev 1: the same revision with other content; kept the stored one"},
         {"need/1：已存版本 1，导入版本 1：版本号相同但内容不同，保留已存记录"});
  bundle(
      "merge: histories went apart",
      bundleWith(
          "need/1",
          R"({"rev":2,"urgency":5,"history":[{"at":"2024-07-05T09:30:00+08:00","by":"别人","field":"*","before":null,"after":null,"note":"created"}]})"),
      {"need/1: stored rev 1, incoming rev 2: both were changed separately (the histories differ); kept the stored "
       "one"},
      {"need/1：已存版本 1，导入版本 2：两边分别修改过（修改历史不一致），保留已存记录"});

  // [SECTION] CSV: encodings
  needs("csv: UTF-8 BOM is accepted (row equals need/1: unchanged)",
        kBom + kNeeds + "新城社区,楼道灯坏了，老人晚上出门不方便,2024-07-01\r\n", {}, {});
  needs("csv: GB18030 without a marker is detected (row equals need/1: unchanged)",
        "\xC9\xE7\xC7\xF8,\xD0\xE8\xC7\xF3\xC3\xE8\xCA\xF6,"
        "\xB7\xB4\xD3\xB3\xC8\xD5\xC6\xDA\r\n\xD0\xC2\xB3\xC7\xC9\xE7\xC7\xF8,"
        "\xC2\xA5\xB5\xC0\xB5\xC6\xBB\xB5\xC1\xCB\xA3\xAC\xC0\xCF\xC8\xCB\xCD\xED\xC9\xCF\xB3\xF6\xC3\xC5\xB2\xBB\xB7"
        "\xBD\xB1\xE3,"
        "2024-07-01\r\n",
        {}, {});
  const std::string kAsciiNeeds = "community,text,reported\r\n";
  needs("csv: UTF-16 LE BOM", "\xFF\xFE" + utf16(kAsciiNeeds, true),
        {"line 1 (byte 0): the file is UTF-16 text (byte order mark); save it as CSV UTF-8 and import it again"},
        {"第 1 行：文件是 UTF-16 编码（带字节顺序标记），请另存为“CSV UTF-8”后再导入"});
  needs("csv: UTF-16 BE BOM", "\xFE\xFF" + utf16(kAsciiNeeds, false),
        {"line 1 (byte 0): the file is UTF-16 text (byte order mark); save it as CSV UTF-8 and import it again"},
        {"第 1 行：文件是 UTF-16 编码（带字节顺序标记），请另存为“CSV UTF-8”后再导入"});
  needs("csv: UTF-16 LE without BOM", utf16(kAsciiNeeds, true),
        {"line 1 (byte 1): a NUL byte: the file is UTF-16 or binary, not CSV text; save it as CSV UTF-8 and import it "
         "again"},
        {"第 1 行：文件含有 NUL 字节（UTF-16 或二进制文件，不是 CSV 文本），请另存为“CSV UTF-8”后再导入"});
  needs("csv: a NUL byte in a cell", kNeeds + "新城社区,灯坏" + std::string(1, '\0') + "了,2024-07-02\r\n",
        {"line 2 (byte 53): a NUL byte: the file is UTF-16 or binary, not CSV text; save it as CSV UTF-8 and import it "
         "again"},
        {"第 2 行：文件含有 NUL 字节（UTF-16 或二进制文件，不是 CSV 文本），请另存为“CSV UTF-8”后再导入"});
  needs("csv: invalid UTF-8 after a BOM", kBom + kNeeds + "新城社区,灯\xE5\x9D了,2024-07-02\r\n",
        {"line 2 (byte 53): the file starts with a UTF-8 byte order mark but is not valid UTF-8 (byte 0xE5)"},
        {"第 2 行：文件以 UTF-8 标记（BOM）开头，但内容不是有效的 UTF-8（字节 0xE5）"});
  needs("csv: bytes that are neither UTF-8 nor GB18030", kNeeds + "新城社区,灯\x80了,2024-07-02\r\n",
        {"line 1 (byte 9): the file is neither UTF-8 nor GB18030 (byte 0x80)"},
        {"第 1 行：文件既不是 UTF-8 也不是 GB18030 编码，无法读取"});

  // [SECTION] CSV: shape
  needs("csv: empty file", "", {"the file has no header row"}, {"文件中没有表头行"});
  needs("csv: BOM only", kBom, {"the file has no header row"}, {"文件中没有表头行"});
  needs("csv: whitespace only", "  \r\n\t\r\n\xE3\x80\x80\r\n", {"the file has no header row"}, {"文件中没有表头行"});
  needs("csv: blank rows between data rows are skipped (row equals need/1: unchanged)",
        kNeeds + " , , \r\n新城社区,楼道灯坏了，老人晚上出门不方便,2024-07-01\r\n\t,,\r\n", {}, {});
  needs("csv: header only, no rows", kNeeds, {}, {});
  needs("csv: unrecognised headers", "name,age\r\n张三,30\r\n",
        {"row 1, column name: not a column of needs (accepted: external_id, community, description, category, "
         "target_group, people_affected, urgency, reported, reporter_name, reporter_phone, reporter_address)",
         "row 1, column age: not a column of needs (accepted: external_id, community, description, category, "
         "target_group, people_affected, urgency, reported, reporter_name, reporter_phone, reporter_address)"},
        {"第 1 "
         "行“name”列：不是可导入的列（可用的列：编号、社区、需求描述、类别、服务对象、涉及人数、紧急程度、反映日期、反"
         "映人、联系电话、住址）",
         "第 1 "
         "行“age”列：不是可导入的列（可用的列：编号、社区、需求描述、类别、服务对象、涉及人数、紧急程度、反映日期、反映"
         "人、联系电话、住址）"});
  needs("csv: missing required column", "社区,需求描述\r\n新城社区,新的需求\r\n",
        {"row 2: the required column 反映日期/reported is missing (a new record needs it)"},
        {"第 2 行：缺少必需的列“反映日期”（reported），新增记录需要该列"});
  needs("csv: the same column twice", "社区,所属社区,需求描述,反映日期\r\n新城社区,新城社区,新的需求,2024-07-02\r\n",
        {"row 1, column 所属社区: the same column as 社区"}, {"第 1 行“所属社区”列：与“社区”列重复"});
  needs("csv: too many cells", kNeeds + "新城社区,新的需求,2024-07-02,多余\r\n",
        {"row 2: has 4 cells but the header row has 3"}, {"第 2 行：有 4 个单元格，但表头有 3 列"});
  needs("csv: too few cells", kNeeds + "新城社区,新的需求\r\n", {"row 2: has 2 cells but the header row has 3"},
        {"第 2 行：有 2 个单元格，但表头有 3 列"});
  needs("csv: a value under a column without a header",
        "社区,需求描述,反映日期,\r\n新城社区,新的需求,2024-07-02,多余\r\n",
        {"row 2, column #4: a value under a column without a header"}, {"第 2 行“#4”列：该列没有表头，却填了内容"});
  needs("csv: unterminated quote", kNeeds + "新城社区,\"新的需求,2024-07-02\r\n",
        {"row 2: a quoted cell is not closed before the end of the file"},
        {"第 2 行：带引号的单元格直到文件结尾都没有结束引号"});
  needs("csv: text after a closing quote", kNeeds + "新城社区,\"新的\"需求,2024-07-02\r\n",
        {"row 2, cell 2: text after the closing quote of a quoted cell"}, {"第 2 行第 2 格：引号结束后还有文字"});
  needs("csv: the same record twice", kNeeds + "新城社区,新的需求,2024-07-02\r\n新城社区,新的需求,2024-07-02\r\n",
        {"row 3: the same record as row 2"}, {"第 3 行：与第 2 行是同一条记录"});

  // [SECTION] CSV: cells of needs
  const std::string kCount = "社区,需求描述,反映日期,涉及人数\r\n新城社区,新的需求,2024-07-02,";
  needs("csv: people_affected in words", kCount + "十二\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"十二\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“十二”"});
  needs("csv: people_affected negative", kCount + "-3\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"-3\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“-3”"});
  needs("csv: people_affected a fraction", kCount + "1.5\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"1.5\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“1.5”"});
  needs("csv: people_affected beyond 9 digits", kCount + "12345678901\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"12345678901\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“12345678901”"});
  const std::string kUrgency = "社区,需求描述,反映日期,紧急程度\r\n新城社区,新的需求,2024-07-02,";
  needs("csv: urgency 6", kUrgency + "6\r\n",
        {"row 2, column 紧急程度: expected a whole number 1 (can wait) to 5 (urgent), got \"6\""},
        {"第 2 行“紧急程度”列：应为1（可缓）到 5（紧急）的整数，实际为“6”"});
  needs("csv: urgency 0", kUrgency + "0\r\n",
        {"row 2, column 紧急程度: expected a whole number 1 (can wait) to 5 (urgent), got \"0\""},
        {"第 2 行“紧急程度”列：应为1（可缓）到 5（紧急）的整数，实际为“0”"});
  needs("csv: unknown target group", "社区,需求描述,反映日期,服务对象\r\n新城社区,新的需求,2024-07-02,外星人\r\n",
        {"row 2, column 服务对象: expected 一般/老人/儿童/残疾人/其他 or general/elderly/children/disabled/other, got "
         "\"外星人\""},
        {"第 2 行“服务对象”列：应为一般/老人/儿童/残疾人/其他 或 "
         "general/elderly/children/disabled/other，实际为“外星人”"});
  needs("csv: reported 2024-02-30", kNeeds + "新城社区,新的需求,2024-02-30\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-02-30\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-02-30”"});
  needs("csv: reported 2024-13-01", kNeeds + "新城社区,新的需求,2024-13-01\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-13-01\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-13-01”"});
  needs("csv: reported yesterday", kNeeds + "新城社区,新的需求,yesterday\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"yesterday\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“yesterday”"});
  needs("csv: reported 昨天", kNeeds + "新城社区,新的需求,昨天\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"昨天\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“昨天”"});
  needs("csv: reported with a time", kNeeds + "新城社区,新的需求,2024-07-02 09:00\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-07-02 09:00\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-07-02 09:00”"});
  needs("csv: required cell empty", kNeeds + ",新的需求,2024-07-02\r\n",
        {"row 2, column 社区: expected a community name or id, got nothing"},
        {"第 2 行“社区”列：必填，应为社区名称或编号"});
  needs("csv: unknown community", kNeeds + "不存在社区,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community is called \"不存在社区\""},
        {"第 2 行“社区”列：找不到名为“不存在社区”的社区"});
  needs("csv: community id that points nowhere", kNeeds + "community/9,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community has the id \"community/9\""},
        {"第 2 行“社区”列：找不到编号为“community/9”的社区"});
  needs("csv: a unit id as the community", kNeeds + "unit/1,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community is called \"unit/1\""}, {"第 2 行“社区”列：找不到名为“unit/1”的社区"});
  needs("csv: unknown category", "社区,需求描述,反映日期,类别\r\n新城社区,新的需求,2024-07-02,没有这类\r\n",
        {"row 2, column 类别: no category is called \"没有这类\""}, {"第 2 行“类别”列：找不到名为“没有这类”的类别"});
  const std::string kPhone = "社区,需求描述,反映日期,联系电话\r\n新城社区,新的需求,2024-07-02,";
  needs("csv: phone with letters", kPhone + "138abcd1234\r\n",
        {"row 2, column 联系电话: expected a phone number, got \"138abcd1234\""},
        {"第 2 行“联系电话”列：应为电话号码，实际为“138abcd1234”"});
  needs("csv: phone that is a note", kPhone + "微信同号\r\n",
        {"row 2, column 联系电话: expected a phone number, got \"微信同号\""},
        {"第 2 行“联系电话”列：应为电话号码，实际为“微信同号”"});
  needs("csv: phone with extension and full-width digits is accepted (added)", kPhone + "０８３５-2221234 转 8\r\n", {},
        {});
  t.back().adds = 1;
  csv("volunteers.csv: phone with letters", Entry::volunteersCsv,
      "姓名,所在单位,联系电话\r\n赵六,名山区司法局,l39OOOO5678\r\n",
      {"row 2, column 联系电话: expected a phone number, got \"l39OOOO5678\""},
      {"第 2 行“联系电话”列：应为电话号码，实际为“l39OOOO5678”"});

  // [SECTION] CSV: units and volunteers
  csv("units.csv: unknown level", Entry::unitsCsv, "单位名称,级别\r\n新单位,省级\r\n",
      {"row 2, column 级别: expected 市级/区级 or city/district, got \"省级\""},
      {"第 2 行“级别”列：应为市级/区级 或 city/district，实际为“省级”"});
  csv("units.csv: unknown paired community", Entry::unitsCsv, "单位名称,结对社区\r\n新单位,新城社区、不存在社区\r\n",
      {"row 2, column 结对社区: no community is called \"不存在社区\""},
      {"第 2 行“结对社区”列：找不到名为“不存在社区”的社区"});
  csv("units.csv: empty name", Entry::unitsCsv, "单位名称,联络人\r\n,李明\r\n",
      {"row 2, column 单位名称: expected a non-empty text, got nothing"}, {"第 2 行“单位名称”列：必填，应为非空文字"});
  csv("volunteers.csv: unknown unit", Entry::volunteersCsv, "姓名,所在单位\r\n赵六,不存在单位\r\n",
      {"row 2, column 所在单位: no unit is called \"不存在单位\""},
      {"第 2 行“所在单位”列：找不到名为“不存在单位”的单位"});
  csv("volunteers.csv: party member maybe", Entry::volunteersCsv, "姓名,所在单位,党员\r\n赵六,名山区司法局,也许\r\n",
      {"row 2, column 党员: expected 是/否 or yes/no, got \"也许\""},
      {"第 2 行“党员”列：应为是/否 或 yes/no，实际为“也许”"});
  csv("volunteers.csv: weekday 周八", Entry::volunteersCsv, "姓名,所在单位,可服务日\r\n赵六,名山区司法局,周八\r\n",
      {"row 2, column 可服务日: expected weekdays like 周一、周三 or 1,3 (1 = Monday), got \"周八\""},
      {"第 2 行“可服务日”列：应为星期，如 周一、周三 或 1,3（1 = 周一），实际为“周八”"});
  csv("volunteers.csv: weekday range backwards", Entry::volunteersCsv,
      "姓名,所在单位,可服务日\r\n赵六,名山区司法局,周五至周一\r\n",
      {"row 2, column 可服务日: expected weekdays like 周一、周三 or 1,3 (1 = Monday), got \"周五至周一\""},
      {"第 2 行“可服务日”列：应为星期，如 周一、周三 或 1,3（1 = 周一），实际为“周五至周一”"});
  csv("volunteers.csv: unknown skill", Entry::volunteersCsv, "姓名,所在单位,技能\r\n赵六,名山区司法局,Legal Aid!\r\n",
      {"row 2, column 技能: no category is called \"Legal Aid!\""}, {"第 2 行“技能”列：找不到名为“Legal Aid!”的类别"});

  // [SECTION] edits from forms: refused by validation before perform
  edit("edit: people_affected negative", editing<Need>("need/1", [](Need& n) { n.people_affected = -1; }),
       {"the record is not valid: need/1.people_affected: expected a whole number >= 0, got -1"},
       {"记录有误：need/1.people_affected: expected a whole number >= 0, got -1"});
  edit("edit: reported 2024-02-30", editing<Need>("need/1", [](Need& n) { n.reported = "2024-02-30"; }),
       {"the record is not valid: need/1.reported: expected a date like \"2024-07-05\", got \"2024-02-30\""},
       {"记录有误：need/1.reported: expected a date like \"2024-07-05\", got \"2024-02-30\""});
  edit("edit: reported yesterday", editing<Need>("need/1", [](Need& n) { n.reported = "yesterday"; }),
       {"the record is not valid: need/1.reported: expected a date like \"2024-07-05\", got \"yesterday\""},
       {"记录有误：need/1.reported: expected a date like \"2024-07-05\", got \"yesterday\""});
  edit("edit: urgency 9", editing<Need>("need/1", [](Need& n) { n.urgency = 9; }),
       {"the record is not valid: need/1.urgency: expected an integer 1..5, got 9"},
       {"记录有误：need/1.urgency: expected an integer 1..5, got 9"});
  edit("edit: status changed by a form", editing<Need>("need/1", [](Need& n) { n.status = NeedStatus::resolved; }),
       {"the status changes only through the steps of its lifecycle"}, {"状态只能通过相应的办理步骤变更"});
  edit("edit: empty need text", editing<Need>("need/2", [](Need& n) { n.text.clear(); }),
       {"the record is not valid: need/2.text: expected a non-empty text, got \"\""},
       {"记录有误：need/2.text: expected a non-empty text, got \"\""});
  edit("edit: negative budget", editing<Project>("project/1", [](Project& p) { p.budget_fen = -1; }),
       {"the record is not valid: project/1.budget_fen: expected an amount in fen (a whole number >= 0), got -1"},
       {"记录有误：project/1.budget_fen: expected an amount in fen (a whole number >= 0), got -1"});
  edit("edit: percent 101",
       editing<Project>("project/1",
                        [](Project& p) {
                          p.timeline.push_back({"2024-07-10", 101, "", 0, Json::object()});
                        }),
       {"the record is not valid: project/1.timeline[0].percent: expected an integer 0..100, got 101"},
       {"记录有误：project/1.timeline[0].percent: expected an integer 0..100, got 101"});
  edit("edit: progress backwards",
       editing<Project>("project/1",
                        [](Project& p) {
                          p.timeline.push_back({"2024-07-10", 50, "", 0, Json::object()});
                          p.timeline.push_back({"2024-07-11", 30, "", 0, Json::object()});
                        }),
       {"the record is not valid: project/1.timeline[1].percent: expected at least 50 (progress does not go "
        "backwards), got 30"},
       {"记录有误：project/1.timeline[1].percent: expected at least 50 (progress does not go backwards), got 30"});
  edit("edit: activity start without a zone",
       editing<Activity>("activity/1", [](Activity& a) { a.start = "2024-07-05T09:00:00"; }),
       {"the record is not valid: activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got "
        "\"2024-07-05T09:00:00\""},
       {"记录有误：activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05T09:00:00\""});
  edit("edit: award amount negative", editing<Award>("award/1", [](Award& a) { a.amount_fen = -50'000; }),
       {"the record is not valid: award/1.amount_fen: expected an amount in fen (a whole number >= 0), got -50000"},
       {"记录有误：award/1.amount_fen: expected an amount in fen (a whole number >= 0), got -50000"});
  edit("edit: weekdays out of order",
       editing<Volunteer>("volunteer/1",
                          [](Volunteer& v) {
                            v.weekdays = {5, 1};
                          }),
       {"the record is not valid: volunteer/1.weekdays[1]: expected a weekday after 5 (ascending, each once), got 1"},
       {"记录有误：volunteer/1.weekdays[1]: expected a weekday after 5 (ascending, each once), got 1"});
  edit("new need: no community", creating(Need{.text = "新的需求", .reported = "2024-07-02"}),
       {"the record is not valid: need/4.community: expected an id like \"community/3\", got \"\""},
       {"记录有误：need/4.community: expected an id like \"community/3\", got \"\""});
  edit("new need: people_affected negative",
       creating(Need{.community = "community/1", .text = "新的需求", .people_affected = -2, .reported = "2024-07-02"}),
       {"the record is not valid: need/4.people_affected: expected a whole number >= 0, got -2"},
       {"记录有误：need/4.people_affected: expected a whole number >= 0, got -2"});

  // [SECTION] stored documents: quarantined or refusing to load, never overwritten
  stored(
      "stored: a document of a newer program", "need/1", storedWith("need/1", R"({"schema":3,"rev":9})"),
      {"need/1: schema 3 is newer than this program understands (2); update the program — the data was not changed"});
  stored("stored: not JSON", "need/1", "{\"_id\":\"need/1\",",
         {"need/1: not valid JSON: parse error at line 1, column 17: syntax error while parsing object key - "
          "unexpected end of input; expected string literal",
          "project/1.needs[0]: expected the id of an existing need, got \"need/1\""});
  stored("stored: a document under another key", "need/7", storedWith("need/1", R"({"rev":9})"),
         {"need/7._id: expected the storage key \"need/7\", got \"need/1\""});
  stored("stored: a community that points nowhere (and what points at it)", "community/1",
         storedWith("community/1", R"({"rev":9,"street":"street/9"})"),
         {"activity/1.community: expected the id of an existing community, got \"community/1\"",
          "assessment/1.community: expected the id of an existing community, got \"community/1\"",
          "award/1.target: expected the id of an existing volunteer, got \"volunteer/1\"",
          "community/1.street: expected the id of an existing street, got \"street/9\"",
          "feedback/1.target: expected the id of an existing activity, got \"activity/1\"",
          "meeting/1.attending[1]: expected the id of an existing unit, got \"unit/2\"",
          "need/1.community: expected the id of an existing community, got \"community/1\"",
          "need/2.community: expected the id of an existing community, got \"community/1\"",
          "project/1.community: expected the id of an existing community, got \"community/1\"",
          "resource/1.unit: expected the id of an existing unit, got \"unit/2\"",
          "unit/2.communities[0]: expected the id of an existing community, got \"community/1\"",
          "volunteer/1.unit: expected the id of an existing unit, got \"unit/2\""});
  return t;
}

}  // namespace

TEST_CASE("robust bad inputs: a masked phone is cut between characters, never inside one") {
  CHECK(maskedPhone("13812345678") == "138****5678");
  CHECK(maskedPhone("１３８１２３４５６７８") == "１３８****５６７８");  // full-width digits
  CHECK(maskedPhone("电话13812345678") == "电话1****5678");
  CHECK(maskedPhone("138😀😀😀😀😀5678") == "138****5678");
  CHECK(maskedPhone("一二三四五六") == "****");
}
