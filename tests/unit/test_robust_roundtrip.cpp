// Issue 10, property tests: random datasets whose texts hold Chinese, commas, quotes, line breaks (LF and
// CRLF), tabs, emoji, leading/trailing spaces and formula-like text survive
//   (a) writeBundle -> readBundle exactly (Dataset ==, and the same bytes when written again), and
//   (b) CSV export -> CSV import (needs, units, volunteers; zh and en headers) for every field the CSV carries.
// Deterministic: case i uses std::mt19937(kBaseSeed + i). The number of cases comes from
// GONGJIAN_PROPERTY_CASES (default 300); one case alone: GONGJIAN_PROPERTY_SEED=<seed>.
// Long run: GONGJIAN_PROPERTY_CASES=10000 build/native-release/tests/unit_tests -tc="robust*"
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "domain/bundle.h"
#include "io/csv_write.h"
#include "io/export_csv.h"
#include "io/import_cells.h"
#include "io/import_csv.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

constexpr std::uint32_t kBaseSeed = 20240705;

// [SECTION] the generator

class Gen {
 public:
  explicit Gen(std::uint32_t seed) : rng_(seed) {}

  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))];
  }

  // Free text: pieces of everything a spreadsheet or a JSON writer could trip over.
  std::string text(int maxPieces = 8) {
    static const std::vector<std::string> kPieces = {"楼道灯坏了",
                                                     "老人",
                                                     "儿童之家",
                                                     "，",
                                                     "、",
                                                     "；",
                                                     "。",
                                                     "“引号”",
                                                     ",",
                                                     "\"",
                                                     "\"\"",
                                                     "'",
                                                     "\n",
                                                     "\r\n",
                                                     "\r",
                                                     "\t",
                                                     " ",
                                                     "  ",
                                                     "\xE3\x80\x80",
                                                     "😀",
                                                     "👨‍👩‍👧",
                                                     "𠀀",
                                                     "=SUM(A1)",
                                                     "+1",
                                                     "-2",
                                                     "@x",
                                                     "'=",
                                                     "=",
                                                     "+",
                                                     "-",
                                                     "@",
                                                     "abc",
                                                     "A1",
                                                     "\\",
                                                     "\\n",
                                                     "{}",
                                                     "[]",
                                                     "null",
                                                     "0",
                                                     "013800001234",
                                                     "é",
                                                     "Ω",
                                                     "\u200B",
                                                     "<b>",
                                                     "&amp;",
                                                     "社区",
                                                     "需求",
                                                     "2024-07-01",
                                                     "; DROP TABLE",
                                                     "%s",
                                                     "\x7F"};
    std::string out;
    const int n = between(0, maxPieces);
    for (int i = 0; i < n; ++i) out += pick(kPieces);
    return out;
  }
  // Text that stays non-empty once trimmed (a required cell).
  std::string nonEmptyText() {
    std::string t = text() + pick(std::vector<std::string>{"需求", "x", "😀", "=A1", "'", "\"", ","});
    if (chance(50)) t = pick(std::vector<std::string>{"社区", "灯", "a"}) + t;
    return t;
  }
  // Phone cells hold digits and separators only (the importer refuses letters).
  std::string phone() {
    static const std::vector<std::string> kPieces = {"138",    "0000", "1234", "-",        " ", "+86",
                                                     "(0835)", "转",   "8",    "０８３５", "/", "、"};
    if (chance(20)) return "";
    std::string out = pick(kPieces) + "1";
    for (int n = between(0, 5); n > 0; --n) out += pick(kPieces);
    return out;
  }
  std::string date() {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", between(2000, 2030), between(1, 12), between(1, 28));
    return buf;
  }

 private:
  std::mt19937 rng_;
};

const std::vector<std::string> kCategories = {"elderly", "children", "health", "legal", "housing", "safety", "a-b_1"};

template <class R>
R stamped(Gen& g, R r, const std::string& id) {
  r.id = id;
  Edit e{"2024-07-05T09:30:00+08:00", g.nonEmptyText(), g.text(3)};
  Outcome o = createRecord(r, e);
  if (!o) FAIL(id << " does not validate: " << o.reason.en);
  if (g.chance(30)) r.extra["x_note"] = g.text();  // a newer program's field: kept unchanged
  return r;
}

// smallStreet plus random communities, units, needs and volunteers (their texts random).
Dataset randomDataset(Gen& g) {
  Dataset ds = test::smallStreet();
  const int communities = g.between(0, 3), units = g.between(0, 3);
  std::vector<std::string> communityIds = {"community/1", "community/2"}, unitIds = {"unit/1", "unit/2"};
  for (int i = 0; i < communities; ++i) {
    const std::string id = "community/" + std::to_string(3 + i);
    ds.put(stamped(g,
                   Community{.street = "street/1",
                             .name = g.nonEmptyText() + "社区" + std::to_string(i),
                             .households = g.between(0, 5000)},
                   id));
    communityIds.push_back(id);
  }
  for (int i = 0; i < units; ++i) {
    const std::string id = "unit/" + std::to_string(3 + i);
    Unit u{.name = g.nonEmptyText() + "局" + std::to_string(i),
           .level = g.chance(50) ? UnitLevel::city : UnitLevel::district,
           .liaison = g.text(4)};
    for (const auto& c : communityIds)
      if (g.chance(40)) u.communities.push_back(c);
    ds.put(stamped(g, u, id));
    unitIds.push_back(id);
  }
  const int needs = g.between(1, 6);
  for (int i = 0; i < needs; ++i) {
    Need n{.community = g.pick(communityIds),
           .text = g.nonEmptyText(),
           .category = g.chance(70) ? g.pick(kCategories) : "",
           .target_group = static_cast<TargetGroup>(g.between(0, 4)),
           .people_affected = g.between(0, 100000),
           .urgency = g.between(1, 5),
           .reporter = {.name = g.text(3), .phone = g.phone(), .address = g.text()},
           .reported = g.date()};
    ds.put(stamped(g, n, "need/" + std::to_string(4 + i)));
  }
  const int volunteers = g.between(1, 4);
  for (int i = 0; i < volunteers; ++i) {
    Volunteer v{.name = g.nonEmptyText(), .unit = g.pick(unitIds), .party_member = g.chance(60), .phone = g.phone()};
    for (const auto& c : kCategories)
      if (g.chance(25)) v.skills.push_back(c);
    for (int d = 1; d <= 7; ++d)
      if (g.chance(40)) v.weekdays.push_back(d);
    ds.put(stamped(g, v, "volunteer/" + std::to_string(2 + i)));
  }
  // Texts of the other records too (bundle only).
  Project& p = ds.projects().at("project/1");
  p.title = g.nonEmptyText();
  p.timeline.push_back({g.date(), g.between(0, 100), g.text(), g.between(0, 1000000), Json::object()});
  ds.meetings().at("meeting/1").notes = g.text();
  ds.meetings().at("meeting/1").decisions = {g.text(), g.text()};
  ds.activities().at("activity/1").place = g.text();
  if (g.chance(30)) ds.bundle_extra["x_generator"] = g.text();
  return ds;
}

// [SECTION] describing a difference

std::string escaped(const std::string& s) { return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace); }

// The first field (path) where two JSON values differ, with both values.
std::string firstDifference(const Json& a, const Json& b, const std::string& path) {
  if (a.is_object() && b.is_object()) {
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (!b.contains(it.key())) return path + "." + it.key() + ": missing after the round trip";
      if (auto d = firstDifference(it.value(), b.at(it.key()), path + "." + it.key()); !d.empty()) return d;
    }
    for (auto it = b.begin(); it != b.end(); ++it)
      if (!a.contains(it.key())) return path + "." + it.key() + ": appeared after the round trip";
    return "";
  }
  if (a.is_array() && b.is_array() && a.size() == b.size()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = firstDifference(a[i], b[i], path + "[" + std::to_string(i) + "]"); !d.empty()) return d;
    return "";
  }
  if (a == b) return "";
  return path + ": " + a.dump(-1, ' ', false, Json::error_handler_t::replace) + " became " +
         b.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string datasetDifference(const Dataset& a, const Dataset& b) {
  if (a.street != b.street) return "street: " + escaped(a.street) + " became " + escaped(b.street);
  if (a.bundle_extra != b.bundle_extra) return firstDifference(a.bundle_extra, b.bundle_extra, "bundle");
  std::string out;
  a.forEachTable([&](const auto& t) {
    using R = typename std::decay_t<decltype(t)>::mapped_type;
    for (const auto& [id, r] : t) {
      if (!out.empty()) return;
      const R* other = b.template find<R>(id);
      if (!other)
        out = id + ": missing after the round trip";
      else if (!(r == *other))
        out = firstDifference(toJson(r), toJson(*other), id);
    }
  });
  if (out.empty() && a.size() != b.size())
    out = "records: " + std::to_string(a.size()) + " became " + std::to_string(b.size());
  return out;
}

// [SECTION] CSV: the fields each table carries, as the import should read them back

// A free-text cell as the importer reads it back: documented losses, accounted for here (see the report in
// issue 10): a CRLF inside a cell is one line break, and cells are trimmed (spaces, tabs, U+3000; a trailing CR).
std::string asReadBack(std::string text) {
  for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at))
    text.replace(at, 2, "\n");
  return io::cells::clean(io::defuseFormula(text));
}

using Carried = std::vector<std::pair<std::string, std::string>>;

Carried carried(const Need& r, bool expected) {
  auto t = [&](const std::string& s) { return expected ? asReadBack(s) : s; };
  return {{"community", r.community},
          {"text", t(r.text)},
          {"category", r.category},
          {"target_group", std::string(enumName(r.target_group))},
          {"people_affected", std::to_string(r.people_affected)},
          {"urgency", std::to_string(r.urgency)},
          {"reported", r.reported},
          {"reporter.name", t(r.reporter.name)},
          {"reporter.phone", t(r.reporter.phone)},
          {"reporter.address", t(r.reporter.address)}};
}
Carried carried(const Unit& r, bool expected) {
  std::string communities;
  for (const auto& c : r.communities) communities += c + " ";
  return {{"name", expected ? asReadBack(r.name) : r.name},
          {"level", std::string(enumName(r.level))},
          {"communities", communities},
          {"liaison", expected ? asReadBack(r.liaison) : r.liaison}};
}
Carried carried(const Volunteer& r, bool expected) {
  std::string skills, days;
  for (const auto& s : r.skills) skills += s + " ";
  for (int d : r.weekdays) days += std::to_string(d) + " ";
  return {{"name", expected ? asReadBack(r.name) : r.name},
          {"unit", r.unit},
          {"party_member", r.party_member ? "yes" : "no"},
          {"skills", skills},
          {"weekdays", days},
          {"phone", expected ? asReadBack(r.phone) : r.phone}};
}

// Export `table` in `lang`, import it against the same dataset: every row must match its record, and every
// carried field must read back as it was (up to the documented losses). "" or what differs first.
template <class R>
std::string csvRoundTrip(const Dataset& ds, io::ImportTable table, Language lang) {
  const std::string file = io::exportCsv(table, ds, io::Audience::staff, lang);
  io::ImportOptions options;
  options.edit = Edit{"2024-08-01T10:00:00+08:00", "王芳", "导入"};
  const io::ImportResult result = io::importCsv(table, file, ds, options);
  const std::string where = std::string(io::importTableId(table)) + (lang == Language::zh ? " (zh)" : " (en)");
  if (!result.ok()) return where + ": " + result.issues.front().message.en;
  if (result.rows.size() != ds.table<R>().size())
    return where + ": " + std::to_string(result.rows.size()) + " rows for " + std::to_string(ds.table<R>().size()) +
           " records";
  if (result.added) return where + ": " + std::to_string(result.added) + " rows added instead of matched";
  for (const io::ImportRow& row : result.rows) {
    const R& original = ds.table<R>().at(row.record);
    const R* written = result.writes.find<R>(row.record);
    const R& back = written ? *written : original;
    const Carried want = carried(original, true), got = carried(back, false);
    for (std::size_t i = 0; i < want.size(); ++i)
      if (want[i] != got[i])
        return where + ", row " + std::to_string(row.row) + ", " + row.record + "." + want[i].first + ": " +
               escaped(want[i].second) + " read back as " + escaped(got[i].second);
  }
  return "";
}

int propertyCases() {
  const char* env = std::getenv("GONGJIAN_PROPERTY_CASES");
  const int n = env ? std::atoi(env) : 300;
  return n > 0 ? n : 300;
}

// The seeds to run: one from GONGJIAN_PROPERTY_SEED, else kBaseSeed + 0 .. cases-1.
std::vector<std::uint32_t> seeds() {
  if (const char* one = std::getenv("GONGJIAN_PROPERTY_SEED"))
    return {static_cast<std::uint32_t>(std::strtoul(one, nullptr, 10))};
  std::vector<std::uint32_t> out;
  for (int i = 0; i < propertyCases(); ++i) out.push_back(kBaseSeed + static_cast<std::uint32_t>(i));
  return out;
}

}  // namespace

TEST_CASE("robust round trip: random datasets survive writeBundle -> readBundle exactly") {
  int cases = 0;
  for (std::uint32_t seed : seeds()) {
    Gen g(seed);
    const Dataset ds = randomDataset(g);
    const std::string bundle = writeBundle(ds);
    Parsed<Dataset> back = readBundle(bundle);
    if (!back.ok()) {
      FAIL_CHECK("seed " << seed << ": the bundle does not read back: " << back.errors.front());
      continue;
    }
    const std::string diff = datasetDifference(ds, *back.value);
    if (!diff.empty() || !(*back.value == ds)) {
      FAIL_CHECK("seed " << seed << ": " << (diff.empty() ? "datasets differ" : diff));
      continue;
    }
    if (writeBundle(*back.value) != bundle) FAIL_CHECK("seed " << seed << ": written again, the bundle's bytes differ");
    ++cases;
  }
  MESSAGE(cases << " bundle round trips");
}

TEST_CASE("robust round trip: random needs, units and volunteers survive CSV export -> import (zh and en)") {
  int cases = 0, failures = 0;
  for (std::uint32_t seed : seeds()) {
    Gen g(seed);
    const Dataset ds = randomDataset(g);
    for (Language lang : {Language::zh, Language::en}) {
      for (const std::string& diff :
           {csvRoundTrip<Need>(ds, io::ImportTable::needs, lang), csvRoundTrip<Unit>(ds, io::ImportTable::units, lang),
            csvRoundTrip<Volunteer>(ds, io::ImportTable::volunteers, lang)})
        if (!diff.empty() && ++failures <= 20) FAIL_CHECK("seed " << seed << ": " << diff);
    }
    ++cases;
  }
  CHECK(failures == 0);
  MESSAGE(cases << " CSV round trips (3 tables x 2 languages each)");
}

TEST_CASE("robust round trip: the importer undoes formula defusing exactly, also for text that looks defused") {
  for (const std::string text :
       {"=SUM(A1)", "+1", "-2", "@x", "\tx", "'=SUM(A1)", "''", "'", "'+1", "''=x", "'abc", "a'=b", "it's", "'\tx"}) {
    CAPTURE(text);
    CHECK(io::cells::clean(io::defuseFormula(text)) == text);
  }
  CHECK(io::defuseFormula("'abc") == "'abc");  // an apostrophe before plain text needs nothing
  CHECK(io::defuseFormula("'=x") == "''=x");
}
