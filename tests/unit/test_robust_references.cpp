// Issue 10, the rest: an edit pointing at a record that does not exist is refused by the workspace before
// anything is applied or stored; a quarantine names its root causes first and what fell with them
// "because of" that root; Chinese messages name fields in Chinese (edits, the merge preview).
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "domain/field_names.h"
#include "domain/memory_storage.h"
#include "io/bundle_merge.h"
#include "io/ical_export.h"
#include "io/workspace.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

bool seedSmallStreet(Dataset* ds, std::string*) {
  *ds = test::smallStreet();
  return true;
}

std::map<std::string, std::string> storedDocuments() {
  std::map<std::string, std::string> docs;
  test::smallStreet().forEachTable([&](const auto& t) {
    for (const auto& [id, r] : t) docs[id] = documentText(r);
  });
  return docs;
}

}  // namespace

TEST_CASE("workspace: an action pointing at a missing record is refused, nothing applied or stored") {
  MemoryStorage s;
  io::Workspace ws(s);
  ws.open(seedSmallStreet);
  REQUIRE(ws.state() == io::SaveState::saved);
  const auto stored = s.stored();
  const auto version = ws.version();

  Activity a = ws.dataset().activities().at("activity/1");
  a.attendance.push_back({.volunteer = "volunteer/99", .minutes = 60});
  io::Action action;
  action.put(a);
  CHECK_FALSE(ws.check(action));
  CHECK_FALSE(ws.perform(std::move(action)));
  CHECK(ws.refusal().key == "workspace.missing_reference");
  CHECK(ws.refusal().en ==
        "activity/1.attendance[1].volunteer: expected the id of an existing volunteer, got \"volunteer/99\"; nothing was saved");
  CHECK(ws.refusal().zh == "activity/1 的“出勤名单第 2 项的志愿者”：应为已有志愿者的编号，实际为\"volunteer/99\"；未保存");
  CHECK(ws.dataset() == test::smallStreet());
  CHECK(ws.version() == version);
  CHECK(s.stored() == stored);
  CHECK(ws.state() == io::SaveState::saved);
  CHECK(ws.unsavedActions() == 0);

  // The volunteer and the attendance in one action: the reference holds within the action.
  Volunteer v = ws.dataset().volunteers().at("volunteer/1");
  v.id = "volunteer/99";
  a.rev += 1;
  io::Action both;
  both.put(v);
  both.put(a);
  CHECK(ws.check(both));
  CHECK(ws.perform(std::move(both)));
  CHECK(ws.refusal().empty());
  CHECK(ws.state() == io::SaveState::saved);
  CHECK(s.stored().count("volunteer/99") == 1);
  CHECK(checkReferences(ws.dataset()).empty());
}

TEST_CASE("workspace: a project whose lead unit does not exist is refused; read-only says so") {
  MemoryStorage s;
  io::Workspace ws(s);
  ws.open(seedSmallStreet);
  Project p = ws.dataset().projects().at("project/1");
  p.lead_unit = "unit/9";
  io::Action action;
  action.put(p);
  CHECK_FALSE(ws.perform(std::move(action)));
  CHECK(ws.refusal().en == "project/1.lead_unit: expected the id of an existing unit, got \"unit/9\"; nothing was saved");
  CHECK(ws.refusal().zh == "project/1 的“领办单位”：应为已有共建单位的编号，实际为\"unit/9\"；未保存");
  CHECK(s.commits() == 1);

  ws.setReadOnly(true);
  io::Action fine;
  fine.put(ws.dataset().projects().at("project/1"));
  CHECK_FALSE(ws.perform(std::move(fine)));
  CHECK(ws.refusal().key == "workspace.read_only");
}

TEST_CASE("quarantine: the damaged document comes first, what fell with it says because of it") {
  auto docs = storedDocuments();
  docs["unit/2"] = "{\"_id\":\"unit/2\",";  // cut short
  Json need = Json::parse(docs["need/3"]);
  need["project"] = "project/9";  // never stored: need/3 is a root cause of its own
  docs["need/3"] = need.dump();

  LoadedDocuments loaded = readDocumentsQuarantining(docs);
  REQUIRE(loaded.dataset);
  std::vector<std::string> keys, because;
  for (const auto& q : loaded.quarantined) keys.push_back(q.key), because.push_back(q.because);
  CHECK(keys == std::vector<std::string>{"need/3", "unit/2", "activity/1", "assessment/1", "award/1", "feedback/1",
                                         "meeting/1", "resource/1", "volunteer/1"});
  CHECK(because == std::vector<std::string>{"", "", "unit/2", "unit/2", "unit/2", "unit/2", "unit/2", "unit/2", "unit/2"});
  auto reason = [&](const std::string& key) {
    for (const auto& q : loaded.quarantined)
      if (q.key == key) return q.reason;
    return std::string();
  };
  CHECK(reason("need/3") == "need/3.project: expected the id of an existing project, got \"project/9\"");
  CHECK(reason("resource/1") == "because of unit/2: resource/1.unit: expected the id of an existing unit, got \"unit/2\"");
  // Two steps away: the award points at volunteer/1, which fell with unit/2.
  CHECK(reason("award/1") == "because of unit/2: award/1.target: expected the id of an existing volunteer, got \"volunteer/1\"");
  CHECK(reason("feedback/1") == "because of unit/2: feedback/1.target: expected the id of an existing activity, got \"activity/1\"");
  CHECK(reason("unit/2").rfind("unit/2: not valid JSON: ", 0) == 0);
  // Nothing is lost: every stored record is loaded or set aside.
  for (const auto& [key, text] : docs) CHECK((loaded.dataset->contains(key) != !reason(key).empty()));
}

TEST_CASE("Chinese messages name fields in Chinese") {
  CHECK(errorZh("need/1.people_affected: expected a whole number >= 0, got -1") ==
        "need/1 的“涉及人数”：应为不小于 0 的整数，实际为-1");
  CHECK(errorZh("project/1.timeline[1].percent: expected at least 50 (progress does not go backwards), got 30") ==
        "project/1 的“进展记录第 2 项的进度”：应为至少 50（进度不能倒退），实际为30");
  CHECK(errorZh("bundle.format: expected \"gongjian\", got nothing") == "数据包的“格式”：应为\"gongjian\"，实际为空缺");
  CHECK(errorZh("records[0].urgency: expected an integer 1..5, got 9") == "数据包的第 1 条记录的“紧急程度”：应为整数 1..5，实际为9");
  CHECK(errorZh("bundle: not valid JSON: nested deeper than 64 levels at byte 70") ==
        "数据包：不是有效的 JSON：第 70 字节处嵌套层数超过 64 层");
  CHECK(errorZh("something else entirely") == "something else entirely");
}

TEST_CASE("the merge preview's errors come in Chinese too, one for one") {
  const std::string bundle = writeBundle(test::smallStreet());
  Json doc = Json::parse(bundle);
  doc["records"][0]["rev"] = "x";
  io::MergeResult r = io::mergeBundle(test::smallStreet(), doc.dump());
  REQUIRE(r.errors.size() == 1);
  REQUIRE(r.errors_zh.size() == 1);
  CHECK(r.errors[0] == "activity/1.rev: expected an integer 1..2147483647, got \"x\"");
  CHECK(r.errors_zh[0] == "activity/1 的“版本”：应为整数 1..2147483647，实际为\"x\"");

  Dataset other = test::smallStreet();
  other.street = "street/2";
  other.streets().clear();
  Street s2;
  s2.id = "street/2", s2.name = "别的街道", s2.created = s2.updated = "2024-01-01T08:00:00+08:00";
  other.put(s2);
  for (auto& [id, c] : other.communities()) c.street = "street/2";
  io::MergeResult wrong = io::mergeDatasets(test::smallStreet(), other);
  CHECK(wrong.errors == Errors{"bundle.street: expected \"street/1\" (the street of this dataset), got \"street/2\""});
  CHECK(wrong.errors_zh == Errors{"数据包的“街道”：应为本数据的街道 \"street/1\"，实际为\"street/2\""});
}

TEST_CASE("iCalendar text drops control characters (found by fuzz_ical)") {
  // RFC 5545 TEXT allows no control character but HTAB; a unit name pasted with U+0001 made an invalid calendar.
  CHECK(io::icsEscapeText("义诊\x01\x03进社区\x7f\t下午") == "义诊进社区\t下午");
  CHECK(io::icsEscapeText("a\rb") == "a\\nb");
}

TEST_CASE("folding a line of 80 continuation bytes ends (found by fuzz_ical: it looped for ever)") {
  const std::string folded = io::icsFoldLine(std::string(80, '\x85'));
  CHECK(folded == std::string(75, '\x85') + "\r\n " + std::string(5, '\x85') + "\r\n");
}
