// The whole-dataset bundle: deterministic bytes, round trip, refusal of a bad document as a whole,
// references between records, unknown fields, id allocation.
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

// The sample bundle with `change` applied to its JSON.
std::string changedBundle(const std::function<void(Json&)>& change) {
  Json j = Json::parse(writeBundle(test::smallStreet()));
  change(j);
  return jsonText(j);
}

Json& record(Json& bundle, const std::string& id) {
  for (Json& r : bundle["records"])
    if (r["_id"] == id) return r;
  throw std::runtime_error("no " + id);
}

}  // namespace

TEST_CASE("bundle: header and layout, one record per line sorted by id") {
  const std::string text = writeBundle(test::smallStreet());
  CHECK(text.rfind(R"({"format":"gongjian","schema":2,"street":"street/1","records":[)"
                   "\n{\"_id\":\"activity/1\",",
                   0) == 0);
  CHECK(text.find("\n{\"_id\":\"volunteer/1\"") != std::string::npos);
  CHECK(text.ends_with("}\n]}\n"));
  std::size_t lines = std::count(text.begin(), text.end(), '\n');
  CHECK(lines == test::smallStreet().size() + 2);
}

TEST_CASE("bundle: same dataset, same bytes, whatever the order records were added in") {
  Dataset a = test::smallStreet();
  Dataset b;
  b.street = a.street;
  // Add b's records in reverse type order and reverse id order.
  std::vector<std::function<void()>> adds;
  a.forEachTable([&](const auto& t) {
    for (auto it = t.rbegin(); it != t.rend(); ++it) adds.push_back([&b, r = it->second] { b.put(r); });
  });
  for (auto it = adds.rbegin(); it != adds.rend(); ++it) (*it)();
  CHECK(writeBundle(a) == writeBundle(b));
  CHECK(writeBundle(a) == writeBundle(a));
}

TEST_CASE("bundle: ids sort numerically, not as text") {
  Dataset ds = test::smallStreet();
  ds.put(test::reportedNeed("need/10"));
  const std::string text = writeBundle(ds);
  CHECK(text.find("\"_id\":\"need/3\"") < text.find("\"_id\":\"need/10\""));
}

TEST_CASE("bundle: round trip gives an equal dataset and the same bytes") {
  const Dataset ds = test::smallStreet();
  auto back = readBundle(writeBundle(ds));
  REQUIRE_MESSAGE(back.ok(), (back.errors.empty() ? "" : back.errors.front()));
  CHECK(*back.value == ds);
  CHECK(writeBundle(*back.value) == writeBundle(ds));
}

TEST_CASE("bundle: unknown fields survive load and save, at every level") {
  const std::string text = changedBundle([](Json& j) {
    j["exported_by"] = "gongjian 0.3";
    record(j, "need/1")["photos"] = {"a.jpg"};
    record(j, "need/1")["reporter"]["wechat"] = "lq";
    record(j, "activity/1")["attendance"][0]["signed_in_by"] = "kiosk";
  });
  auto ds = readBundle(text);
  REQUIRE(ds.ok());
  CHECK(ds.value->bundle_extra == Json{{"exported_by", "gongjian 0.3"}});
  CHECK(ds.value->needs().at("need/1").extra == Json{{"photos", {"a.jpg"}}});
  const std::string again = writeBundle(*ds.value);
  CHECK(Json::parse(again) == Json::parse(text));
  CHECK(again.find(R"("exported_by":"gongjian 0.3","records":[)") != std::string::npos);
}

TEST_CASE("bundle: one bad record refuses the whole document, with every problem named") {
  auto result = readBundle(changedBundle([](Json& j) {
    record(j, "need/2")["urgency"] = "high";
    record(j, "unit/1")["level"] = "province";
    j["records"].push_back(42);
  }));
  CHECK_FALSE(result.ok());
  CHECK(result.errors == Errors{R"(need/2.urgency: expected an integer 1..5, got "high")",
                                R"(unit/1.level: expected one of "city", "district", got "province")",
                                "records[16]: expected an object (a record), got 42"});
}

TEST_CASE("bundle: references must point at existing records of the right type") {
  auto result = readBundle(changedBundle([](Json& j) {
    record(j, "need/1")["community"] = "community/9";
    record(j, "project/1")["needs"] = {"need/1", "need/77"};
    record(j, "activity/1")["attendance"][0]["volunteer"] = "volunteer/5";
    record(j, "feedback/1")["target"] = "activity/4";
    j["street"] = "street/2";
  }));
  CHECK(result.errors == Errors{R"(bundle.street: expected the id of an existing street, got "street/2")",
                                R"(need/1.community: expected the id of an existing community, got "community/9")",
                                R"(project/1.needs[1]: expected the id of an existing need, got "need/77")",
                                R"(activity/1.attendance[0].volunteer: expected the id of an existing volunteer, got "volunteer/5")",
                                R"(feedback/1.target: expected the id of an existing activity, got "activity/4")"});
}

TEST_CASE("bundle: duplicate chains must end") {
  auto result = readBundle(changedBundle([](Json& j) {
    for (const char* id : {"need/1", "need/2"}) record(j, id)["status"] = "duplicate";
    record(j, "need/1")["duplicate_of"] = "need/2";
    record(j, "need/2")["duplicate_of"] = "need/1";
  }));
  CHECK(result.errors ==
        Errors{R"(need/1.duplicate_of: expected a chain of duplicates that ends, got a loop through "need/2")",
               R"(need/2.duplicate_of: expected a chain of duplicates that ends, got a loop through "need/1")"});
}

TEST_CASE("bundle: ids are used once, types are known") {
  auto result = readBundle(changedBundle([](Json& j) {
    j["records"].push_back(record(j, "need/3"));
    j["records"].push_back({{"_id", "poll/1"}});
    j["records"].push_back({{"name", "x"}});
  }));
  CHECK(result.errors ==
        Errors{R"(records[16]._id: expected an id used once, got "need/3" again)",
               R"(records[17]._id: expected an id like "need/17" of a known record type (street, community, unit, )"
               R"(resource, need, project, volunteer, activity, meeting, assessment, feedback, award), got "poll/1")",
               R"(records[18]._id: expected an id like "need/17" of a known record type (street, community, unit, )"
               R"(resource, need, project, volunteer, activity, meeting, assessment, feedback, award), got nothing)"});
}

TEST_CASE("bundle: not JSON, not ours, no records") {
  auto bad = readBundle("{\"format\":\"gongjian\",");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].rfind("bundle: not valid JSON: parse error at line 1, column 22", 0) == 0);
  CHECK(readBundle(R"({"format":"excel"})").errors == Errors{R"(bundle.format: expected "gongjian", got "excel")"});
  CHECK(readBundle("[1]").errors == Errors{R"(bundle: expected an object {"format":"gongjian",...}, got [1])"});
  CHECK(readBundle(R"({"format":"gongjian","schema":2})").errors ==
        Errors{"bundle.records: expected a list, got nothing"});
  auto empty = readBundle(R"({"format":"gongjian","schema":2,"records":[]})");
  REQUIRE(empty.ok());
  CHECK(empty.value->size() == 0);
}

TEST_CASE("dataset: lookups and id allocation that never repeats") {
  Dataset ds = test::smallStreet();
  CHECK(ds.size() == 16);
  CHECK(ds.contains("need/2"));
  CHECK_FALSE(ds.contains("need/9"));
  CHECK(ds.find<Need>("need/2")->status == NeedStatus::reported);
  CHECK(ds.find<Project>("need/2") == nullptr);
  CHECK(ds.allocateId<Need>() == "need/4");
  CHECK(ds.allocateId<Need>() == "need/5");  // even before need/4 is added
  ds.put(test::reportedNeed("need/40"));
  CHECK(ds.allocateId("need") == "need/41");
  CHECK(ds.allocateId("poll") == "poll/1");
  CHECK(Dataset{}.allocateId<Street>() == "street/1");
  CHECK(isRecordType("feedback"));
  CHECK_FALSE(isRecordType("settings"));
}
