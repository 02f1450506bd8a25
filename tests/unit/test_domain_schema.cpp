// Schema versions: migration of schema 1 documents (yuan text, "id", flat reporter), refusal of newer ones.
#include <doctest/doctest.h>

#include "domain/bundle.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

// A bundle as the 2023 pilot wrote it (schema 1; see schema.h).
const char* const kSchema1Bundle = R"({"format":"gongjian","schema":1,"street":"street/1","records":[
{"id":"street/1","rev":1,"created":"2023-03-01T08:00:00+08:00","updated":"2023-03-01T08:00:00+08:00","name":"蒙阳街道"},
{"id":"community/1","rev":1,"created":"2023-03-01T08:00:00+08:00","updated":"2023-03-01T08:00:00+08:00","street":"street/1","name":"茶都景苑","households":34},
{"id":"unit/1","rev":2,"created":"2023-03-01T08:00:00+08:00","updated":"2023-04-01T08:00:00+08:00","name":"雅安市政务服务管理局","level":"city","communities":["community/1"]},
{"id":"need/1","rev":1,"created":"2023-03-02T08:00:00+08:00","updated":"2023-03-02T08:00:00+08:00","community":"community/1","text":"小区地面积水","target_group":"general","people_affected":34,"urgency":4,"status":"reported","reported":"2023-03-02","reporter_name":"梁琼","reporter_phone":"13800001234","reporter_address":"茶都景苑1栋","source":"paper form"},
{"id":"project/1","rev":3,"created":"2023-03-05T08:00:00+08:00","updated":"2023-06-01T08:00:00+08:00","title":"茶都景苑基础设施改造","community":"community/1","needs":["need/1"],"lead_unit":"unit/1","quarter":"2023Q2","status":"in_progress","claimed":"2023-04-02","budget_yuan":"100000.5","timeline":[{"date":"2023-05-01","percent":30,"spent_yuan":"20000.25"},{"date":"2023-06-01","percent":60,"spent_yuan":15000}]},
{"id":"award/1","rev":1,"created":"2023-12-01T08:00:00+08:00","updated":"2023-12-01T08:00:00+08:00","target_kind":"project","target":"project/1","title":"示范项目","amount_yuan":"20000","date":"2023-12-01"}
]})";

std::string withSchema1Change(const std::function<void(Json&)>& change) {
  Json j = Json::parse(kSchema1Bundle);
  change(j);
  return jsonText(j);
}

}  // namespace

TEST_CASE("schema 1 -> 2: ids, money in fen, the reporter object") {
  auto result = readBundle(kSchema1Bundle);
  REQUIRE_MESSAGE(result.ok(), (result.errors.empty() ? "" : result.errors.front()));
  const Dataset& ds = *result.value;
  CHECK(ds.size() == 6);
  const Project& p = ds.projects().at("project/1");
  CHECK(p.budget_fen == 10'000'050);
  CHECK(p.timeline.at(0).funds_spent_fen == 2'000'025);
  CHECK(p.timeline.at(1).funds_spent_fen == 1'500'000);
  CHECK(p.fundsSpentFen() == 3'500'025);
  CHECK(ds.awards().at("award/1").amount_fen == 2'000'000);
  const Need& n = ds.needs().at("need/1");
  CHECK(n.reporter == Reporter{.name = "梁琼", .phone = "13800001234", .address = "茶都景苑1栋"});
  CHECK(n.extra == Json{{"source", "paper form"}});  // unknown fields survive the migration too
  CHECK(ds.units().at("unit/1").rev == 2);           // migrating is not an edit: revs stay

  // Saved again, it is a schema 2 document with no trace of the old field names.
  const std::string saved = writeBundle(ds);
  CHECK(saved.rfind(R"({"format":"gongjian","schema":2,)", 0) == 0);
  CHECK(saved.find("\"budget_fen\":10000050") != std::string::npos);
  for (const char* old : {"budget_yuan", "spent_yuan", "amount_yuan", "reporter_name", "\"id\""})
    CHECK(saved.find(old) == std::string::npos);
  CHECK(readBundle(saved).value == ds);
}

TEST_CASE("schema 1 -> 2: amounts that cannot be converted exactly are refused, by record and field") {
  auto result = readBundle(withSchema1Change([](Json& j) {
    j["records"][4]["budget_yuan"] = "十万";
    j["records"][4]["timeline"][1]["spent_yuan"] = 1500.5;  // a float may already have lost a fen
    j["records"][5]["amount_yuan"] = "20000.001";
  }));
  CHECK_FALSE(result.ok());
  CHECK(result.errors == Errors{R"(project/1.budget_yuan: expected a yuan amount like "10.50", got "十万")",
                                R"(project/1.timeline[1].spent_yuan: expected a yuan amount like "10.50", got 1500.5)",
                                R"(award/1.amount_yuan: expected a yuan amount like "10.50", got "20000.001")"});
}

TEST_CASE("schema 1 -> 2: a schema 1 record with a wrong value is named by its old id") {
  auto result = readBundle(withSchema1Change([](Json& j) { j["records"][3]["urgency"] = "high"; }));
  CHECK(result.errors == Errors{R"(need/1.urgency: expected an integer 1..5, got "high")"});
}

TEST_CASE("schema: a newer bundle is refused with a clear message and nothing read") {
  auto result = readBundle(R"({"format":"gongjian","schema":3,"records":[{"_id":"need/1","hologram":true}]})");
  CHECK_FALSE(result.ok());
  CHECK(result.errors ==
        Errors{"bundle: schema 3 is newer than this program understands (2); update the program — the data was not changed"});
}

TEST_CASE("schema: missing or not a version") {
  CHECK(readBundle(R"({"format":"gongjian","records":[]})").errors ==
        Errors{"bundle.schema: expected a schema version 1..2, got nothing"});
  CHECK(readBundle(R"({"format":"gongjian","schema":"2","records":[]})").errors ==
        Errors{R"(bundle.schema: expected a schema version 1..2, got "2")"});
  CHECK(readBundle(R"({"format":"gongjian","schema":0,"records":[]})").errors ==
        Errors{"bundle.schema: expected a schema version 1..2, got 0"});
}

TEST_CASE("schema: stored documents migrate one by one; a newer one refuses the load") {
  const Dataset sample = test::smallStreet();
  std::map<std::string, std::string> docs;
  sample.forEachTable([&](const auto& t) {
    for (const auto& [id, r] : t) docs[id] = documentText(r);
  });
  // award/1 as schema 1 wrote it.
  Json award = Json::parse(docs["award/1"]);
  award["schema"] = 1;
  award["id"] = award["_id"];
  award.erase("_id");
  award["amount_yuan"] = "500.00";
  award.erase("amount_fen");
  docs["award/1"] = jsonText(award);
  auto migrated = readDocuments(docs);
  REQUIRE(migrated.ok());
  CHECK(*migrated.value == sample);

  Json need = Json::parse(docs["need/2"]);
  need["schema"] = 7;
  docs["need/2"] = jsonText(need);
  auto refused = readDocuments(docs);
  CHECK_FALSE(refused.ok());
  CHECK(refused.errors ==
        Errors{"need/2: schema 7 is newer than this program understands (2); update the program — the data was not changed"});
}

TEST_CASE("schema: migrating a current record changes nothing") {
  Json j = toJson(test::smallStreet().projects().at("project/1"));
  const Json before = j;
  Errors errors;
  CHECK(migrateRecord(j, kSchemaVersion, "records[0]", errors));
  CHECK(errors.empty());
  CHECK(j == before);
}
