// The exact text of each validation error: record, field path, what was expected, what was there.
#include <doctest/doctest.h>

#include "test_domain_fixture.h"

using namespace gj;

namespace {

// The errors of record `id` of the sample street after `change` was applied to its JSON.
template <class R, class F> Errors errorsAfter(const std::string& id, F change) {
  Json j = toJson(*test::smallStreet().find<R>(id));
  change(j);
  Errors errors;
  R out;
  const R before = out;
  const bool read = fromJson(j, out, errors);
  CHECK(read == errors.empty());
  if (!errors.empty()) CHECK(out == before);  // nothing assigned from an invalid document
  return errors;
}

Errors one(const std::string& text) { return Errors{text}; }

}  // namespace

TEST_CASE("validation: the issue's example, word for word") {
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["_id"] = "need/17"; j["urgency"] = "high"; }) ==
        one(R"(need/17.urgency: expected an integer 1..5, got "high")"));
}

TEST_CASE("validation: scalar fields") {
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["urgency"] = 6; }) ==
        one("need/1.urgency: expected an integer 1..5, got 6"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["urgency"] = 3.0; }) ==
        one("need/1.urgency: expected an integer 1..5, got 3.0"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j.erase("text"); }) ==
        one("need/1.text: expected a non-empty text, got nothing"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["text"] = ""; }) ==
        one(R"(need/1.text: expected a non-empty text, got "")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["people_affected"] = -2; }) ==
        one("need/1.people_affected: expected a whole number >= 0, got -2"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["target_group"] = "old"; }) ==
        one(R"(need/1.target_group: expected one of "general", "elderly", "children", "disabled", "other", got "old")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["reported"] = "2023-02-29"; }) ==
        one(R"(need/1.reported: expected a date like "2024-07-05", got "2023-02-29")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["community"] = "unit/1"; }) ==
        one(R"(need/1.community: expected an id like "community/3", got "unit/1")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["category"] = "Elder Care"; }) ==
        one(R"(need/1.category: expected a category id like "elderly", got "Elder Care")"));
  CHECK(errorsAfter<Award>("award/1", [](Json& j) { j["amount_fen"] = 10.5; }) ==
        one("award/1.amount_fen: expected an amount in fen (a whole number >= 0), got 10.5"));
  CHECK(errorsAfter<Award>("award/1", [](Json& j) { j["amount_fen"] = "500"; }) ==
        one(R"(award/1.amount_fen: expected an amount in fen (a whole number >= 0), got "500")"));
  CHECK(errorsAfter<Volunteer>("volunteer/1", [](Json& j) { j["party_member"] = "yes"; }) ==
        one(R"(volunteer/1.party_member: expected true or false, got "yes")"));
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["start"] = "2024-07-05 09:00"; }) ==
        one(R"(activity/1.start: expected a time like "2024-07-05T09:30:00+08:00", got "2024-07-05 09:00")"));
  CHECK(errorsAfter<Meeting>("meeting/1", [](Json& j) { j["quarter"] = "2024Q5"; }) ==
        one(R"(meeting/1.quarter: expected a quarter like "2024Q3", got "2024Q5")"));
  CHECK(errorsAfter<Resource>("resource/1", [](Json& j) { j["capacity_per_quarter"] = -1; }) ==
        one("resource/1.capacity_per_quarter: expected a whole number >= 0, got -1"));
  CHECK(errorsAfter<Assessment>("assessment/1", [](Json& j) { j["scores"]["funds"] = 101; }) ==
        one("assessment/1.scores.funds: expected an integer 0..100, got 101"));
  CHECK(errorsAfter<Assessment>("assessment/1", [](Json& j) { j["scores"]["资金"] = 80; }) ==
        one(R"(assessment/1.scores: expected aspect ids like "participation", got "资金")"));
}

TEST_CASE("validation: a long value is cut in the message") {
  const Errors e = errorsAfter<Need>("need/1", [](Json& j) { j["urgency"] = std::string(40, 'x') + "很紧急很紧急很紧急"; });
  CHECK(e == one("need/1.urgency: expected an integer 1..5, got \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx很紧急很紧急…"));
}

TEST_CASE("validation: lists and nested paths") {
  CHECK(errorsAfter<Unit>("unit/1", [](Json& j) { j["communities"] = {"community/2", "community/2"}; }) ==
        one(R"(unit/1.communities[1]: expected each id once, got "community/2")"));
  CHECK(errorsAfter<Unit>("unit/1", [](Json& j) { j["communities"] = {"community/2", 7}; }) ==
        one(R"(unit/1.communities[1]: expected an id like "community/3", got 7)"));
  CHECK(errorsAfter<Unit>("unit/1", [](Json& j) { j["communities"] = "community/2"; }) ==
        one(R"(unit/1.communities: expected a list of ids like ["community/3"], got "community/2")"));
  CHECK(errorsAfter<Resource>("resource/1", [](Json& j) { j["categories"] = {"legal", "Legal"}; }) ==
        one(R"(resource/1.categories[1]: expected a category id like "elderly", got "Legal")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["reporter"]["phone"] = 13800001234; }) ==
        one("need/1.reporter.phone: expected a text, got 13800001234"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["reporter"] = "梁琼"; }) ==
        one(R"(need/1.reporter: expected an object, got "梁琼")"));
  CHECK(errorsAfter<Volunteer>("volunteer/1", [](Json& j) { j["weekdays"] = {5, 3}; }) ==
        one("volunteer/1.weekdays[1]: expected a weekday after 5 (ascending, each once), got 3"));
  CHECK(errorsAfter<Volunteer>("volunteer/1", [](Json& j) { j["weekdays"] = {0}; }) ==
        one("volunteer/1.weekdays[0]: expected a weekday 1..7 (1 = Monday), got 0"));
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["attendance"][0]["minutes"] = 2000; }) ==
        one("activity/1.attendance[0].minutes: expected an integer 0..1440, got 2000"));
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["attendance"].push_back(j["attendance"][0]); }) ==
        one(R"(activity/1.attendance[1].volunteer: expected each volunteer once per activity, got "volunteer/1")"));
  CHECK(errorsAfter<Street>("street/1", [](Json& j) { j["history"][0]["by"] = ""; }) ==
        one(R"(street/1.history[0].by: expected a non-empty text, got "")"));
  CHECK(errorsAfter<Street>("street/1", [](Json& j) { j["history"] = {"created"}; }) ==
        one(R"(street/1.history[0]: expected an object, got "created")"));
}

TEST_CASE("validation: rules between fields of one record") {
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["end"] = "2024-07-05T08:00:00+08:00"; }) ==
        one(R"(activity/1.end: expected a time not before start (2024-07-05T09:00:00+08:00), got "2024-07-05T08:00:00+08:00")"));
  // The same instant written with another offset is not "before".
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["end"] = "2024-07-05T01:00:00Z"; }).empty());
  CHECK(errorsAfter<Activity>("activity/1", [](Json& j) { j["children_served"] = 41; }) ==
        one("activity/1.children_served: expected at most people_served (40), got 41"));
  CHECK(errorsAfter<Meeting>("meeting/1", [](Json& j) { j["date"] = "2024-10-02"; }) ==
        one(R"(meeting/1.date: expected a date inside 2024Q3, got "2024-10-02")"));
  CHECK(errorsAfter<Feedback>("feedback/1", [](Json& j) { j["target"] = "project/1"; }) ==
        one(R"(feedback/1.target: expected an id like "activity/3", got "project/1")"));
  CHECK(errorsAfter<Street>("street/1", [](Json& j) { j["updated"] = "2024-07-05T09:29:59+08:00"; }) ==
        one(R"(street/1.updated: expected a time not before created (2024-07-05T09:30:00+08:00), got "2024-07-05T09:29:59+08:00")"));
  CHECK(errorsAfter<Street>("street/1", [](Json& j) { j["rev"] = 0; }) ==
        one("street/1.rev: expected an integer 1..2147483647, got 0"));
}

TEST_CASE("validation: what each need status requires") {
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "listed"; }) ==
        one(R"(need/1.category: expected a category id like "elderly" once the need is classified, got "")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "matched"; j["category"] = "housing"; }) ==
        one(R"(need/1.matched_unit: expected an id like "unit/3" once the need is matched, got "")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) {
          j["status"] = "claimed"; j["category"] = "housing"; j["matched_unit"] = "unit/1"; j.erase("project");
        }) == one(R"(need/1.project: expected an id like "project/3" once the need is claimed, got nothing)"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "rejected"; }) ==
        Errors{R"(need/1.decided_by: expected a non-empty text when the need is rejected, got "")",
               R"(need/1.refer_to: expected a non-empty text when the need is rejected, got "")"});
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "duplicate"; }) ==
        one(R"(need/1.duplicate_of: expected an id like "need/3" when the need is a duplicate, got "")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "duplicate"; j["duplicate_of"] = "need/1"; }) ==
        one(R"(need/1.duplicate_of: expected the id of another need, got "need/1")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "closed_not_fixed"; }) ==
        one(R"(need/1.reason: expected a non-empty text when the need is closed without a fix, got "")"));
  CHECK(errorsAfter<Need>("need/1", [](Json& j) { j["status"] = "withdrawn"; }).empty());
}

TEST_CASE("validation: what each project status requires, and its timeline") {
  CHECK(errorsAfter<Project>("project/1", [](Json& j) { j["status"] = "claimed"; }) ==
        Errors{R"(project/1.lead_unit: expected an id like "unit/3" once the project is claimed, got "")",
               R"(project/1.quarter: expected a quarter like "2024Q3" once the project is claimed, got "")",
               R"(project/1.claimed: expected a date like "2024-07-05" once the project is claimed, got "")"});
  auto inProgress = [](Json& j) {
    j["status"] = "in_progress"; j["lead_unit"] = "unit/1"; j["quarter"] = "2024Q3"; j["claimed"] = "2024-07-06";
    j["timeline"] = Json::parse(R"([{"date":"2024-07-20","percent":60},{"date":"2024-07-19","percent":50}])");
  };
  CHECK(errorsAfter<Project>("project/1", inProgress) ==
        Errors{"project/1.timeline[1].percent: expected at least 60 (progress does not go backwards), got 50",
               R"(project/1.timeline[1].date: expected a date not before 2024-07-20, got "2024-07-19")"});
  CHECK(errorsAfter<Project>("project/1", [&](Json& j) {
          inProgress(j);
          j["timeline"][1] = {{"date", "2024-08-01"}, {"percent", 120}, {"funds_spent_fen", -5}};
        }) == Errors{"project/1.timeline[1].percent: expected an integer 0..100, got 120",
                     "project/1.timeline[1].funds_spent_fen: expected an amount in fen (a whole number >= 0), got -5"});
  CHECK(errorsAfter<Project>("project/1", [&](Json& j) { inProgress(j); j["status"] = "completed"; j.erase("timeline"); }) ==
        one(R"(project/1.completed: expected a date like "2024-07-05" once the project is completed, got "")"));
  CHECK(errorsAfter<Project>("project/1", [](Json& j) { j["beneficiaries"] = {{"elderly", 3}, {"pets", 2}}; }) ==
        one(R"(project/1.beneficiaries: expected only the groups "general", "elderly", "children", "disabled", "other", got "pets")"));
}

TEST_CASE("validation: the record's own id and shape") {
  Errors errors;
  Need n;
  CHECK_FALSE(fromJson(Json::array(), n, errors));
  CHECK(errors == one("need: expected an object for a need record, got []"));
  errors.clear();
  Json j = toJson(test::smallStreet().needs().at("need/1"));
  j["_id"] = "project/1";
  CHECK_FALSE(fromJson(j, n, errors, "records[4]"));
  CHECK(errors == one(R"(records[4]._id: expected an id like "need/17", got "project/1")"));
}

TEST_CASE("validation: every problem of a document is reported, in field order") {
  const Errors e = errorsAfter<Need>("need/1", [](Json& j) {
    j["urgency"] = "high";
    j["community"] = 3;
    j["status"] = "done";
    j["reporter"]["name"] = false;
  });
  CHECK(e == Errors{R"(need/1.community: expected an id like "community/3", got 3)",
                    R"(need/1.urgency: expected an integer 1..5, got "high")",
                    "need/1.reporter.name: expected a text, got false",
                    R"(need/1.status: expected one of "reported", "classified", "listed", "matched", "claimed", )"
                    R"("in_progress", "resolved", "evaluated", "rejected", "duplicate", "withdrawn", )"
                    R"("closed_not_fixed", got "done")"});
}

TEST_CASE("validation: validate() checks a record built in code") {
  Need n = test::smallStreet().needs().at("need/1");
  CHECK(validate(n).empty());
  n.urgency = 9;
  n.reported = "July";
  CHECK(validate(n) == Errors{"need/1.urgency: expected an integer 1..5, got 9",
                              R"(need/1.reported: expected a date like "2024-07-05", got "July")"});
}
