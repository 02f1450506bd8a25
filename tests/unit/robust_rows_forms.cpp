// Rows of the bad-input table (robust_bad_inputs.h): edits from forms and documents already in storage.
#include "robust_bad_inputs.h"

namespace gj::robust {

void addFormRows(BadInputTable& t) {
  // [SECTION] edits from forms: refused by validation before perform
  t.edit("edit: people_affected negative", editing<Need>("need/1", [](Need& n) { n.people_affected = -1; }),
       {"the record is not valid: need/1.people_affected: expected a whole number >= 0, got -1"},
       {"记录有误：need/1 的“涉及人数”：应为不小于 0 的整数，实际为-1"});
  t.edit("edit: reported 2024-02-30", editing<Need>("need/1", [](Need& n) { n.reported = "2024-02-30"; }),
       {"the record is not valid: need/1.reported: expected a date like \"2024-07-05\", got \"2024-02-30\""},
       {"记录有误：need/1 的“反映日期”：应为日期，如 \"2024-07-05\"，实际为\"2024-02-30\""});
  t.edit("edit: reported yesterday", editing<Need>("need/1", [](Need& n) { n.reported = "yesterday"; }),
       {"the record is not valid: need/1.reported: expected a date like \"2024-07-05\", got \"yesterday\""},
       {"记录有误：need/1 的“反映日期”：应为日期，如 \"2024-07-05\"，实际为\"yesterday\""});
  t.edit("edit: urgency 9", editing<Need>("need/1", [](Need& n) { n.urgency = 9; }),
       {"the record is not valid: need/1.urgency: expected an integer 1..5, got 9"},
       {"记录有误：need/1 的“紧急程度”：应为整数 1..5，实际为9"});
  t.edit("edit: status changed by a form", editing<Need>("need/1", [](Need& n) { n.status = NeedStatus::resolved; }),
       {"the status changes only through the steps of its lifecycle"}, {"状态只能通过相应的办理步骤变更"});
  t.edit("edit: empty need text", editing<Need>("need/2", [](Need& n) { n.text.clear(); }),
       {"the record is not valid: need/2.text: expected a non-empty text, got \"\""},
       {"记录有误：need/2 的“需求描述”：应为非空文字，实际为\"\""});
  t.edit("edit: negative budget", editing<Project>("project/1", [](Project& p) { p.budget_fen = -1; }),
       {"the record is not valid: project/1.budget_fen: expected an amount in fen (a whole number >= 0), got -1"},
       {"记录有误：project/1 的“预算”：应为以分为单位的金额（不小于 0 的整数），实际为-1"});
  t.edit("edit: percent 101",
       editing<Project>("project/1",
                        [](Project& p) {
                          p.timeline.push_back({"2024-07-10", 101, "", 0, Json::object()});
                        }),
       {"the record is not valid: project/1.timeline[0].percent: expected an integer 0..100, got 101"},
       {"记录有误：project/1 的“进展记录第 1 项的进度”：应为整数 0..100，实际为101"});
  t.edit("edit: progress backwards",
       editing<Project>("project/1",
                        [](Project& p) {
                          p.timeline.push_back({"2024-07-10", 50, "", 0, Json::object()});
                          p.timeline.push_back({"2024-07-11", 30, "", 0, Json::object()});
                        }),
       {"the record is not valid: project/1.timeline[1].percent: expected at least 50 (progress does not go "
        "backwards), got 30"},
       {"记录有误：project/1 的“进展记录第 2 项的进度”：应为至少 50（进度不能倒退），实际为30"});
  t.edit("edit: activity start without a zone",
       editing<Activity>("activity/1", [](Activity& a) { a.start = "2024-07-05T09:00:00"; }),
       {"the record is not valid: activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got "
        "\"2024-07-05T09:00:00\""},
       {"记录有误：activity/1 的“开始时间”：应为时间，如 \"2024-07-05T09:30:00+08:00\"，实际为\"2024-07-05T09:00:00\""});
  t.edit("edit: award amount negative", editing<Award>("award/1", [](Award& a) { a.amount_fen = -50'000; }),
       {"the record is not valid: award/1.amount_fen: expected an amount in fen (a whole number >= 0), got -50000"},
       {"记录有误：award/1 的“金额”：应为以分为单位的金额（不小于 0 的整数），实际为-50000"});
  t.edit("edit: weekdays out of order",
       editing<Volunteer>("volunteer/1",
                          [](Volunteer& v) {
                            v.weekdays = {5, 1};
                          }),
       {"the record is not valid: volunteer/1.weekdays[1]: expected a weekday after 5 (ascending, each once), got 1"},
       {"记录有误：volunteer/1 的“可服务日第 2 项”：应为排在后面的星期（升序，不重复），前一个是 5，实际为1"});
  t.edit("new need: no community", creating(Need{.text = "新的需求", .reported = "2024-07-02"}),
       {"the record is not valid: need/4.community: expected an id like \"community/3\", got \"\""},
       {"记录有误：need/4 的“社区”：应为编号，如 \"community/3\"，实际为\"\""});
  t.edit("new need: people_affected negative",
       creating(Need{.community = "community/1", .text = "新的需求", .people_affected = -2, .reported = "2024-07-02"}),
       {"the record is not valid: need/4.people_affected: expected a whole number >= 0, got -2"},
       {"记录有误：need/4 的“涉及人数”：应为不小于 0 的整数，实际为-2"});

  // [SECTION] edits that point at records that do not exist: refused by Workspace::perform, nothing stored
  t.edit("edit: attendance names a missing volunteer",
       editing<Activity>("activity/1", [](Activity& a) { a.attendance.push_back({.volunteer = "volunteer/99", .minutes = 60}); }),
       {"activity/1.attendance[1].volunteer: expected the id of an existing volunteer, got \"volunteer/99\"; nothing was saved"},
       {"activity/1 的“出勤名单第 2 项的志愿者”：应为已有志愿者的编号，实际为\"volunteer/99\"；未保存"});
  t.edit("edit: project lead unit missing", editing<Project>("project/1", [](Project& p) { p.lead_unit = "unit/9"; }),
       {"project/1.lead_unit: expected the id of an existing unit, got \"unit/9\"; nothing was saved"},
       {"project/1 的“领办单位”：应为已有共建单位的编号，实际为\"unit/9\"；未保存"});
  t.edit("edit: need marked duplicate of itself through another",
       [](const Dataset& ds, io::Action& action) {
         Need a = *ds.find<Need>("need/1"), b = *ds.find<Need>("need/2");
         a.duplicate_of = "need/2", b.duplicate_of = "need/1";
         action.put(a), action.put(b);
         return Outcome::ok();
       },
       {"need/1.duplicate_of: expected a chain of duplicates that ends, got a loop through \"need/2\"; nothing was saved"},
       {"need/1 的“重复于”：应为一条有终点的重复链，实际为经过 \"need/2\" 的循环；未保存"});
  t.edit("new need: community that does not exist",
       creating(Need{.community = "community/9", .text = "新的需求", .reported = "2024-07-02"}),
       {"need/4.community: expected the id of an existing community, got \"community/9\"; nothing was saved"},
       {"need/4 的“社区”：应为已有社区的编号，实际为\"community/9\"；未保存"});

  // [SECTION] stored documents: quarantined or refusing to load, never overwritten
  t.stored(
      "stored: a document of a newer program", "need/1", storedWith("need/1", R"({"schema":3,"rev":9})"),
      {"need/1: schema 3 is newer than this program understands (2); update the program — the data was not changed"});
  t.stored("stored: not JSON", "need/1", "{\"_id\":\"need/1\",",
         {"need/1: not valid JSON: parse error at line 1, column 17: syntax error while parsing object key - unexpected end of input; expected string literal",
          "because of need/1: project/1.needs[0]: expected the id of an existing need, got \"need/1\""});
  t.stored("stored: a document under another key", "need/7", storedWith("need/1", R"({"rev":9})"),
         {"need/7._id: expected the storage key \"need/7\", got \"need/1\""});
  // The root cause first; what fell with it says so.
  t.stored("stored: a community that points nowhere (and what points at it)", "community/1",
         storedWith("community/1", R"({"rev":9,"street":"street/9"})"),
         {"community/1.street: expected the id of an existing street, got \"street/9\"",
          "because of community/1: activity/1.community: expected the id of an existing community, got \"community/1\"",
          "because of community/1: assessment/1.community: expected the id of an existing community, got \"community/1\"",
          "because of community/1: award/1.target: expected the id of an existing volunteer, got \"volunteer/1\"",
          "because of community/1: feedback/1.target: expected the id of an existing activity, got \"activity/1\"",
          "because of community/1: meeting/1.attending[1]: expected the id of an existing unit, got \"unit/2\"",
          "because of community/1: need/1.community: expected the id of an existing community, got \"community/1\"",
          "because of community/1: need/2.community: expected the id of an existing community, got \"community/1\"",
          "because of community/1: project/1.community: expected the id of an existing community, got \"community/1\"",
          "because of community/1: resource/1.unit: expected the id of an existing unit, got \"unit/2\"",
          "because of community/1: unit/2.communities[0]: expected the id of an existing community, got \"community/1\"",
          "because of community/1: volunteer/1.unit: expected the id of an existing unit, got \"unit/2\""});
}

}  // namespace gj::robust
