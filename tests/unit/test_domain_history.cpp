// Record changes: creation stamp, one history entry per changed field, rev and updated, refusals that
// leave the record as it was, and history surviving a JSON round trip.
#include <doctest/doctest.h>

#include "domain/history.h"
#include "domain/need_lifecycle.h"
#include "domain/privacy.h"
#include "test_domain_fixture.h"

using namespace gj;

TEST_CASE("history: a new record is stamped with who created it and when") {
  Unit u{.name = "名山区民政局", .level = UnitLevel::district};
  u.id = "unit/3";
  REQUIRE(createRecord(u, test::edit("2024-03-01T08:00:00+08:00", "陈静")));
  CHECK(u.rev == 1);
  CHECK(u.created == "2024-03-01T08:00:00+08:00");
  CHECK(u.updated == u.created);
  CHECK(u.history == std::vector<Change>{{"2024-03-01T08:00:00+08:00", "陈静", "*", Json(), Json(), "created"}});
}

TEST_CASE("history: creating an invalid record is refused with the first problem") {
  Unit u{.name = ""};
  u.id = "unit/3";
  const Outcome o = createRecord(u, test::edit());
  CHECK(o.reason == Message{"record.invalid", "the record is not valid: unit/3.name: expected a non-empty text, got \"\"",
                            "记录有误：unit/3 的“名称”：应为非空文字，实际为\"\""});
  CHECK(u.rev == 1);
  CHECK(u.history.empty());
  Unit noId{.name = "x"};
  CHECK(createRecord(noId, test::edit()).reason.en ==
        R"(the record is not valid: unit._id: expected an id like "unit/17", got "")");
}

TEST_CASE("history: an edit records each changed field with before and after") {
  Dataset ds = test::smallStreet();
  Unit u = ds.units().at("unit/2");
  Unit changed = u;
  changed.liaison = "赵磊";
  changed.communities = {"community/1", "community/2"};
  changed.name = "名山区司法局";  // unchanged
  REQUIRE(editRecord(u, changed, test::edit("2024-07-08T16:00:00+08:00", "陈静", "新增结对")));
  CHECK(u.rev == 2);
  CHECK(u.updated == "2024-07-08T16:00:00+08:00");
  CHECK(u.created == "2024-07-05T09:30:00+08:00");
  REQUIRE(u.history.size() == 3);
  // A list that only grew is recorded element by element; fields come in name order.
  CHECK(u.history[1] == Change{"2024-07-08T16:00:00+08:00", "陈静", "communities[1]", Json(), "community/2", "新增结对"});
  CHECK(u.history[2] == Change{"2024-07-08T16:00:00+08:00", "陈静", "liaison", "", "赵磊", "新增结对"});

  Unit shrunk = u;
  shrunk.communities = {"community/2"};
  REQUIRE(editRecord(u, shrunk, test::edit("2024-07-09T16:00:00+08:00", "陈静")));
  CHECK(u.history.back() == Change{"2024-07-09T16:00:00+08:00", "陈静", "communities",
                                   Json{"community/1", "community/2"}, Json{"community/2"}, ""});
  CHECK(u.rev == 3);
}

TEST_CASE("history: an edit that changes nothing changes nothing") {
  Need n = test::smallStreet().needs().at("need/1");
  const Need before = n;
  CHECK(editRecord(n, n, test::edit("2024-07-09T16:00:00+08:00")));
  CHECK(n == before);
}

TEST_CASE("history: metadata in an edit is ignored, not copied") {
  Need n = test::smallStreet().needs().at("need/1");
  Need changed = n;
  changed.urgency = 5;
  changed.rev = 99;
  changed.id = "need/77";
  changed.created = "2020-01-01T00:00:00+08:00";
  changed.history.clear();
  REQUIRE(editRecord(n, changed, test::edit("2024-07-09T16:00:00+08:00")));
  CHECK(n.id == "need/1");
  CHECK(n.rev == 2);
  CHECK(n.created == "2024-07-05T09:30:00+08:00");
  CHECK(n.history.size() == 2);
  CHECK(n.history[1].field == "urgency");
}

TEST_CASE("history: a plain edit cannot change the status or break the record") {
  Need n = test::smallStreet().needs().at("need/1");
  const Need before = n;
  Need skipped = n;
  skipped.status = NeedStatus::resolved;
  CHECK(editRecord(n, skipped, test::edit()).reason ==
        Message{"record.status_by_lifecycle", "the status changes only through the steps of its lifecycle",
                "状态只能通过相应的办理步骤变更"});
  Need broken = n;
  broken.urgency = 0;
  broken.reported = "";
  const Outcome o = editRecord(n, broken, test::edit());
  CHECK(o.reason.key == "record.invalid");
  CHECK(o.reason.en == "the record is not valid: need/1.urgency: expected an integer 1..5, got 0 (+1)");
  CHECK(n == before);
}

TEST_CASE("history: unknown fields are kept through edits, and edits of them are recorded too") {
  Need n = test::smallStreet().needs().at("need/1");
  n.extra = Json{{"photos", {"a.jpg"}}};
  Need changed = n;
  changed.extra["photos"].push_back("b.jpg");
  changed.text = "楼道灯坏了（三处）";
  REQUIRE(editRecord(n, changed, test::edit("2024-07-09T16:00:00+08:00")));
  CHECK(n.extra == Json{{"photos", {"a.jpg", "b.jpg"}}});
  CHECK(n.history[1].field == "photos[1]");
  CHECK(n.history[2].field == "text");
}

TEST_CASE("history: survives a JSON round trip exactly") {
  Dataset ds = test::smallStreet();
  Need n = ds.needs().at("need/1");
  REQUIRE(classifyNeed(n, test::edit("2024-07-06T10:00:00+08:00", "王芳", "按住房维修分类"), "housing",
                       TargetGroup::elderly));
  Errors errors;
  Need back;
  REQUIRE(fromJson(Json::parse(jsonText(toJson(n))), back, errors));
  CHECK(back.history == n.history);
  CHECK(jsonText(changeToJson(back.history[1])) ==
        R"({"after":"housing","at":"2024-07-06T10:00:00+08:00","before":"","by":"王芳","field":"category","note":"按住房维修分类"})");
}

TEST_CASE("history: diffFields on plain JSON") {
  const Edit e = test::edit();
  const Json before = {{"_id", "x/1"}, {"rev", 1}, {"a", 1}, {"list", {1, 2}}, {"gone", true}};
  const Json after = {{"_id", "x/2"}, {"rev", 5}, {"a", 2}, {"list", {1, 2, 3, 4}}, {"new", "n"}};
  const auto changes = diffFields(before, after, e);
  REQUIRE(changes.size() == 5);
  CHECK(changes[0].field == "a");
  CHECK(changes[1].field == "gone");
  CHECK(changes[1].after.is_null());
  CHECK(changes[2].field == "list[2]");
  CHECK(changes[3].field == "list[3]");
  CHECK(changes[4] == Change{e.at, e.by, "new", Json(), "n", ""});
}

TEST_CASE("privacy: the public snapshot has no reporter, no phone, and no history that recorded them") {
  Dataset ds = test::smallStreet();
  Need n = ds.needs().at("need/1");
  Need moved = n;
  moved.reporter.phone = "13912345678";
  moved.urgency = 5;
  REQUIRE(editRecord(n, moved, test::edit("2024-07-09T16:00:00+08:00")));
  ds.put(n);
  const Dataset pub = publicSnapshot(ds);
  const Need& p = pub.needs().at("need/1");
  CHECK(p.reporter == Reporter{});
  CHECK(p.text == n.text);
  REQUIRE(p.history.size() == 3);
  CHECK(p.history[1].field == "reporter");
  CHECK(p.history[1].before.is_null());
  CHECK(p.history[1].after.is_null());
  CHECK(p.history[2].after == 5);  // other fields keep their history
  CHECK(pub.volunteers().at("volunteer/1").phone.empty());
  CHECK(jsonText(toJson(p)).find("1391234") == std::string::npos);
  CHECK(ds.needs().at("need/1").reporter.phone == "13912345678");  // the original is untouched
  CHECK(maskedPhone("13812345678") == "138****5678");
  CHECK(maskedPhone("110") == "****");
}

TEST_CASE("privacy: a masked phone is cut between characters, never inside one") {
  CHECK(maskedPhone("13812345678") == "138****5678");
  CHECK(maskedPhone("１３８１２３４５６７８") == "１３８****５６７８");  // full-width digits
  CHECK(maskedPhone("电话13812345678") == "电话1****5678");
  CHECK(maskedPhone("138😀😀😀😀😀5678") == "138****5678");
  CHECK(maskedPhone("一二三四五六") == "****");
}
