// Rows of the bad-input table (robust_bad_inputs.h): JSON text and bundles, through parseJsonText and mergeBundle.
#include "robust_bad_inputs.h"

namespace gj::robust {

void addJsonRows(BadInputTable& t) {
  // [SECTION] JSON text: encodings, limits, syntax
  t.json("json: UTF-16 LE BOM", bytes("\xFF\xFE{\0}\0", 6),
       {"UTF-16 text (byte order mark) at byte 0: save it as UTF-8"});
  t.json("json: UTF-16 BE BOM", bytes("\xFE\xFF\0{\0}", 6),
       {"UTF-16 text (byte order mark) at byte 0: save it as UTF-8"});
  t.json("json: UTF-16 LE without BOM",
       bytes("{\0\"\0f\0\"\0:\0"
             "1\0}\0",
             14),
       {"NUL byte at byte 1: UTF-16 or binary data, not UTF-8 text"});
  t.json("json: NUL byte inside a string", bytes("{\"format\":\"gong\0jian\"}", 22),
       {"NUL byte at byte 15: UTF-16 or binary data, not UTF-8 text"});
  t.json("json: invalid UTF-8 (lone continuation byte)", "{\"format\":\"gongjian\",\"x\":\"\x80\"}",
       {"invalid UTF-8 at byte 26"});
  t.json("json: invalid UTF-8 (overlong slash)", "{\"format\":\"\xC0\xAF\"}", {"invalid UTF-8 at byte 11"});
  t.json("json: invalid UTF-8 (surrogate)", "{\"format\":\"\xED\xA0\x80\"}", {"invalid UTF-8 at byte 11"});
  t.json("json: invalid UTF-8 (cut at the end)", "{\"format\":\"\xE7\xA4", {"invalid UTF-8 at byte 11"});
  t.json("json: GB18030 text instead of UTF-8", "{\"street\":\"\xC3\xC9\xD1\xF4\xBD\xD6\xB5\xC0\"}",
       {"invalid UTF-8 at byte 11"});
  t.json("json: duplicate top-level key", R"({"format":"gongjian","schema":2,"format":"x"})",
       {"the key \"format\" appears twice in one object at byte 32"});
  t.json("json: duplicate key inside a record",
       R"({"format":"gongjian","schema":2,"records":[{"_id":"need/9","people_affected":1,"people_affected":900}]})",
       {"the key \"people_affected\" appears twice in one object at byte 79"});
  t.json("json: nesting 65 levels", nested(65), {"nested deeper than 64 levels at byte 88"});
  t.json("json: nesting 10000 levels", nested(10000), {"nested deeper than 64 levels at byte 88"});
  std::string bigBudget = bundleWith("project/1", R"({"budget_fen":1})");
  bigBudget.replace(bigBudget.find("\"budget_fen\":1"), 14, "\"budget_fen\":9007199254740993");
  t.json("json: integer 2^53+1 in budget_fen", bigBudget,
       {"the integer 9007199254740993 is beyond 2^53 and would not stay exact at byte 4377"});
  t.json("json: integer -2^53-1", R"({"format":"gongjian","x":-9007199254740993})",
       {"the integer -9007199254740993 is beyond 2^53 and would not stay exact at byte 25"});
  t.json("json: 25-digit count", R"({"format":"gongjian","people_affected":1234567890123456789012345})",
       {"the integer 1234567890123456789012345 is beyond 2^53 and would not stay exact at byte 39"});
  t.json("json: empty file", "", {"the text is empty"});
  t.json("json: whitespace only", " \r\n\t \n", {"the text holds only white space, no JSON value"});
  t.json("json: UTF-8 BOM and nothing else", kBom, {"the text is empty"});
  t.json("json: cut short", R"({"format":"gongjian","schema":2,"records":[)",
       {"parse error at line 1, column 44: syntax error while parsing value - unexpected end of input; expected '[', "
        "'{', or a literal"});
  t.json("json: text after the document", R"({"format":"gongjian"} {"format":"gongjian"})",
       {"parse error at line 1, column 23: syntax error while parsing value - unexpected '{'; expected end of input"});
  t.json("json: single quotes", "{'format':'gongjian'}",
       {"parse error at line 1, column 2: syntax error while parsing object key - invalid literal; last read: '{''; "
        "expected string literal"});
  t.json("json: unterminated string", R"({"format":"gongjian)",
       {"parse error at line 1, column 20: syntax error while parsing value - invalid string: missing closing quote; "
        "last read: '\"gongjian'"});
  t.json("json: trailing comma", R"({"format":"gongjian","schema":2,})",
       {"parse error at line 1, column 33: syntax error while parsing object key - unexpected '}'; expected string "
        "literal"});

  // [SECTION] bundles: not ours, schema, shape
  t.bundle("bundle: UTF-8 BOM is accepted (same data: all unchanged)", kBom + writeBundle(test::smallStreet()), {});
  t.bundle("bundle: a list, not an object", "[]", {"bundle: expected an object {\"format\":\"gongjian\",...}, got []"});
  t.bundle("bundle: null", "null", {"bundle: expected an object {\"format\":\"gongjian\",...}, got null"});
  t.bundle("bundle: no format (someone's settings file)", R"({"theme":"dark","schema":2})",
         {"bundle.format: expected \"gongjian\", got nothing"});
  t.bundle("bundle: another program's JSON", R"({"type":"FeatureCollection","features":[]})",
         {"bundle.format: expected \"gongjian\", got nothing"});
  t.bundle("bundle: format of another program", R"({"format":"excel","schema":2,"records":[]})",
         {"bundle.format: expected \"gongjian\", got \"excel\""});
  t.bundle("bundle: format as a number", R"({"format":1,"records":[]})", {"bundle.format: expected \"gongjian\", got 1"});
  t.bundle(
      "bundle: newer schema", bundleTop(R"({"schema":3})"),
      {"bundle: schema 3 is newer than this program understands (2); update the program — the data was not changed"});
  t.bundle("bundle: schema 0", bundleTop(R"({"schema":0})"), {"bundle.schema: expected a schema version 1..2, got 0"});
  t.bundle("bundle: schema as text", bundleTop(R"({"schema":"2"})"),
         {"bundle.schema: expected a schema version 1..2, got \"2\""});
  t.bundle("bundle: schema missing", bundleTop(R"({"schema":null})"),
         {"bundle.schema: expected a schema version 1..2, got nothing"});
  t.bundle("bundle: records missing", bundleTop(R"({"records":null})"), {"bundle.records: expected a list, got nothing"});
  t.bundle("bundle: records not a list", bundleTop(R"({"records":{"need/1":{}}})"),
         {"bundle.records: expected a list, got {\"need/1\":{}}"});
  t.bundle(
      "bundle: street of another dataset",
      R"({"format":"gongjian","schema":2,"street":"street/9","records":[{"_id":"street/9","rev":1,"created":"2024-07-05T09:30:00+08:00","updated":"2024-07-05T09:30:00+08:00","history":[],"name":"城东街道"}]})",
      {"bundle.street: expected \"street/1\" (the street of this dataset), got \"street/9\""});
  t.bundle("bundle: street id of the wrong type", bundleTop(R"({"street":"community/1"})"),
         {"bundle.street: expected an id like \"street/3\", got \"community/1\""});
  t.bundle("bundle: street points nowhere", bundleTop(R"({"street":"street/7"})"),
         {"bundle.street: expected the id of an existing street, got \"street/7\""});
  t.bundle("bundle: the same id twice", bundleAdding("need/2", R"({"urgency":5})"),
         {"records[16]._id: expected an id used once, got \"need/2\" again"});
  t.bundle("bundle: a record that is not an object", bundleTop(R"({"records":[1]})"),
         {"records[0]: expected an object (a record), got 1"});
  t.bundle("bundle: a record without _id", bundleAdding("need/2", R"({"_id":null})"),
         {"records[16]._id: expected an id like \"need/17\" of a known record type (street, community, unit, resource, "
          "need, project, volunteer, activity, meeting, assessment, feedback, award), got nothing"});
  t.bundle("bundle: a record of an unknown type", bundleAdding("need/2", R"({"_id":"widget/1"})"),
         {"records[16]._id: expected an id like \"need/17\" of a known record type (street, community, unit, resource, "
          "need, project, volunteer, activity, meeting, assessment, feedback, award), got \"widget/1\""});
  t.bundle("bundle: an id with a space", bundleAdding("need/2", R"({"_id":"need/ 4"})"),
         {"records[16]._id: expected an id like \"need/17\", got \"need/ 4\""});

  // [SECTION] bundles: wrong values per field
  t.bundle("need: community as a number", bundleWith("need/1", R"({"community":1})"),
         {"need/1.community: expected an id like \"community/3\", got 1"});
  t.bundle("need: community id of the wrong type", bundleWith("need/1", R"({"community":"unit/1"})"),
         {"need/1.community: expected an id like \"community/3\", got \"unit/1\""});
  t.bundle("need: community points nowhere", bundleWith("need/1", R"({"community":"community/9"})"),
         {"need/1.community: expected the id of an existing community, got \"community/9\""});
  t.bundle("need: empty text", bundleWith("need/1", R"({"text":""})"),
         {"need/1.text: expected a non-empty text, got \"\""});
  t.bundle("need: text as a number", bundleWith("need/1", R"({"text":42})"),
         {"need/1.text: expected a non-empty text, got 42"});
  t.bundle("need: people_affected as text", bundleWith("need/1", R"({"people_affected":"12"})"),
         {"need/1.people_affected: expected a whole number >= 0, got \"12\""});
  t.bundle("need: people_affected negative", bundleWith("need/1", R"({"people_affected":-1})"),
         {"need/1.people_affected: expected a whole number >= 0, got -1"});
  t.bundle("need: people_affected 0 is accepted (added)",
         bundleAdding("need/2", R"({"_id":"need/4","people_affected":0})"), {});
  t.rows.back().adds = 1;
  t.bundle("need: people_affected a fraction", bundleWith("need/1", R"({"people_affected":1.5})"),
         {"need/1.people_affected: expected a whole number >= 0, got 1.5"});
  t.bundle("need: people_affected beyond int", bundleWith("need/1", R"({"people_affected":3000000000})"),
         {"need/1.people_affected: expected a whole number >= 0, got 3000000000"});
  t.bundle("need: urgency 6", bundleWith("need/1", R"({"urgency":6})"),
         {"need/1.urgency: expected an integer 1..5, got 6"});
  t.bundle("need: urgency 0", bundleWith("need/1", R"({"urgency":0})"),
         {"need/1.urgency: expected an integer 1..5, got 0"});
  t.bundle("need: unknown target group", bundleWith("need/1", R"({"target_group":"elders"})"),
         {"need/1.target_group: expected one of \"general\", \"elderly\", \"children\", \"disabled\", \"other\", got "
          "\"elders\""});
  t.bundle("need: unknown status", bundleWith("need/1", R"({"status":"done"})"),
         {"need/1.status: expected one of \"reported\", \"classified\", \"listed\", \"matched\", \"claimed\", "
          "\"in_progress\", \"resolved\", \"evaluated\", \"rejected\", \"duplicate\", \"withdrawn\", "
          "\"closed_not_fixed\", got \"done\""});
  t.bundle("need: status in Chinese", bundleWith("need/1", R"({"status":"已解决"})"),
         {"need/1.status: expected one of \"reported\", \"classified\", \"listed\", \"matched\", \"claimed\", "
          "\"in_progress\", \"resolved\", \"evaluated\", \"rejected\", \"duplicate\", \"withdrawn\", "
          "\"closed_not_fixed\", got \"已解决\""});
  t.bundle("need: reported 2024-02-30", bundleWith("need/1", R"({"reported":"2024-02-30"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024-02-30\""});
  t.bundle("need: reported 2024-13-01", bundleWith("need/1", R"({"reported":"2024-13-01"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024-13-01\""});
  t.bundle("need: reported yesterday", bundleWith("need/1", R"({"reported":"yesterday"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"yesterday\""});
  t.bundle("need: reported with slashes", bundleWith("need/1", R"({"reported":"2024/07/01"})"),
         {"need/1.reported: expected a date like \"2024-07-05\", got \"2024/07/01\""});
  t.bundle("need: reported 1899-12-31 is a real day: accepted (added)",
         bundleAdding("need/2", R"({"_id":"need/4","reported":"1899-12-31"})"), {});
  t.rows.back().adds = 1;
  t.bundle("need: reporter as text", bundleWith("need/1", R"({"reporter":"梁琼"})"),
         {"need/1.reporter: expected an object, got \"梁琼\""});
  t.bundle("need: phone as a number", bundleWith("need/1", R"({"reporter":{"phone":13800001234}})"),
         {"need/1.reporter.phone: expected a text, got 13800001234"});
  t.bundle("need: matched unit points nowhere", bundleWith("need/1", R"({"matched_unit":"unit/9"})"),
         {"need/1.matched_unit: expected the id of an existing unit, got \"unit/9\""});
  t.bundle("need: duplicate of itself", bundleWith("need/1", R"({"status":"duplicate","duplicate_of":"need/1"})"),
         {"need/1.duplicate_of: expected the id of another need, got \"need/1\""});
  t.bundle("need: claimed without a project",
         bundleWith("need/1", R"({"status":"claimed","category":"housing","matched_unit":"unit/2"})"),
         {"need/1.project: expected an id like \"project/3\" once the need is claimed, got \"\""});
  t.bundle("project: negative budget", bundleWith("project/1", R"({"budget_fen":-100})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got -100"});
  t.bundle("project: budget with fen fraction", bundleWith("project/1", R"({"budget_fen":12.5})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got 12.5"});
  t.bundle("project: budget as text", bundleWith("project/1", R"({"budget_fen":"10000"})"),
         {"project/1.budget_fen: expected an amount in fen (a whole number >= 0), got \"10000\""});
  t.bundle("project: percent 101",
         bundleWith("project/1", R"({"timeline":[{"date":"2024-07-10","percent":101,"note":"","funds_spent_fen":0}]})"),
         {"project/1.timeline[0].percent: expected an integer 0..100, got 101"});
  t.bundle(
      "project: progress going backwards",
      bundleWith(
          "project/1",
          R"({"timeline":[{"date":"2024-07-10","percent":60,"note":"","funds_spent_fen":0},{"date":"2024-07-20","percent":40,"note":"","funds_spent_fen":0}]})"),
      {"project/1.timeline[1].percent: expected at least 60 (progress does not go backwards), got 40"});
  t.bundle(
      "project: timeline date before the previous",
      bundleWith(
          "project/1",
          R"({"timeline":[{"date":"2024-07-10","percent":10,"note":"","funds_spent_fen":0},{"date":"2024-07-01","percent":20,"note":"","funds_spent_fen":0}]})"),
      {"project/1.timeline[1].date: expected a date not before 2024-07-10, got \"2024-07-01\""});
  t.bundle("project: negative spending",
         bundleWith("project/1", R"({"timeline":[{"date":"2024-07-10","percent":10,"note":"","funds_spent_fen":-5}]})"),
         {"project/1.timeline[0].funds_spent_fen: expected an amount in fen (a whole number >= 0), got -5"});
  t.bundle("project: lead unit points nowhere", bundleWith("project/1", R"({"lead_unit":"unit/9"})"),
         {"project/1.lead_unit: expected the id of an existing unit, got \"unit/9\""});
  t.bundle("project: lead unit id of the wrong type", bundleWith("project/1", R"({"lead_unit":"community/1"})"),
         {"project/1.lead_unit: expected an id like \"unit/3\", got \"community/1\""});
  t.bundle("project: unknown status", bundleWith("project/1", R"({"status":"finished"})"),
         {"project/1.status: expected one of \"proposed\", \"claimed\", \"in_progress\", \"completed\", \"evaluated\", "
          "got \"finished\""});
  t.bundle("project: quarter 2024Q5", bundleWith("project/1", R"({"quarter":"2024Q5"})"),
         {"project/1.quarter: expected a quarter like \"2024Q3\", got \"2024Q5\""});
  t.bundle("project: unknown beneficiary group", bundleWith("project/1", R"({"beneficiaries":{"elders":3}})"),
         {"project/1.beneficiaries: expected only the groups \"general\", \"elderly\", \"children\", \"disabled\", "
          "\"other\", got \"elders\""});
  t.bundle("project: the same need twice", bundleWith("project/1", R"({"needs":["need/1","need/1"]})"),
         {"project/1.needs[1]: expected each id once, got \"need/1\""});
  t.bundle("activity: start without a time zone", bundleWith("activity/1", R"({"start":"2024-07-05T09:00:00"})"),
         {"activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05T09:00:00\""});
  t.bundle("activity: start as a date only", bundleWith("activity/1", R"({"start":"2024-07-05"})"),
         {"activity/1.start: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05\""});
  t.bundle("activity: end before start", bundleWith("activity/1", R"({"end":"2024-07-05T08:00:00+08:00"})"),
         {"activity/1.end: expected a time not before start (2024-07-05T09:00:00+08:00), got "
          "\"2024-07-05T08:00:00+08:00\""});
  t.bundle("activity: attendance volunteer points nowhere",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"volunteer/9","minutes":60}]})"),
         {"activity/1.attendance[0].volunteer: expected the id of an existing volunteer, got \"volunteer/9\""});
  t.bundle("activity: attendance volunteer id of the wrong type",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"unit/2","minutes":60}]})"),
         {"activity/1.attendance[0].volunteer: expected an id like \"volunteer/3\", got \"unit/2\""});
  t.bundle("activity: the same volunteer twice",
         bundleWith(
             "activity/1",
             R"({"attendance":[{"volunteer":"volunteer/1","minutes":60},{"volunteer":"volunteer/1","minutes":30}]})"),
         {"activity/1.attendance[1].volunteer: expected each volunteer once per activity, got \"volunteer/1\""});
  t.bundle("activity: 1441 minutes",
         bundleWith("activity/1", R"({"attendance":[{"volunteer":"volunteer/1","minutes":1441}]})"),
         {"activity/1.attendance[0].minutes: expected an integer 0..1440, got 1441"});
  t.bundle("activity: unknown activity type", bundleWith("activity/1", R"({"type":"concert"})"),
         {"activity/1.type: expected one of \"free_clinic\", \"legal_aid\", \"safety_publicity\", "
          "\"policy_consultation\", \"home_visit\", \"neighbourhood_school\", \"children\", \"culture\", \"other\", "
          "got \"concert\""});
  t.bundle("activity: more children than people served", bundleWith("activity/1", R"({"children_served":41})"),
         {"activity/1.children_served: expected at most people_served (40), got 41"});
  t.bundle("feedback: unknown rating", bundleWith("feedback/1", R"({"rating":"great"})"),
         {"feedback/1.rating: expected one of \"satisfied\", \"basic\", \"unsatisfied\", got \"great\""});
  t.bundle("feedback: rating as a number", bundleWith("feedback/1", R"({"rating":5})"),
         {"feedback/1.rating: expected one of \"satisfied\", \"basic\", \"unsatisfied\", got 5"});
  t.bundle("feedback: target points nowhere", bundleWith("feedback/1", R"({"target":"activity/9"})"),
         {"feedback/1.target: expected the id of an existing activity, got \"activity/9\""});
  t.bundle("feedback: target of the wrong kind", bundleWith("feedback/1", R"({"target":"project/1"})"),
         {"feedback/1.target: expected an id like \"activity/3\", got \"project/1\""});
  t.bundle("feedback: time without a zone", bundleWith("feedback/1", R"({"at":"2024-07-05 11:40"})"),
         {"feedback/1.at: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05 11:40\""});
  t.bundle("award: negative amount", bundleWith("award/1", R"({"amount_fen":-1})"),
         {"award/1.amount_fen: expected an amount in fen (a whole number >= 0), got -1"});
  t.bundle("volunteer: weekday 8", bundleWith("volunteer/1", R"({"weekdays":[8]})"),
         {"volunteer/1.weekdays[0]: expected a weekday 1..7 (1 = Monday), got 8"});
  t.bundle("meeting: date outside its quarter", bundleWith("meeting/1", R"({"date":"2024-10-10"})"),
         {"meeting/1.date: expected a date inside 2024Q3, got \"2024-10-10\""});
  t.bundle("assessment: score 101", bundleWith("assessment/1", R"({"scores":{"participation":101}})"),
         {"assessment/1.scores.participation: expected an integer 0..100, got 101"});
  t.bundle("unit: unknown level", bundleWith("unit/1", R"({"level":"province"})"),
         {"unit/1.level: expected one of \"city\", \"district\", got \"province\""});
  t.bundle("record: rev 0", bundleWith("need/3", R"({"rev":0})"),
         {"need/3.rev: expected an integer 1..2147483647, got 0"});
  t.bundle("record: created without a zone", bundleWith("need/3", R"({"created":"2024-07-05T09:30:00"})"),
         {"need/3.created: expected a time like \"2024-07-05T09:30:00+08:00\", got \"2024-07-05T09:30:00\""});
  t.bundle("record: history entry not an object", bundleWith("need/3", R"({"history":["created"]})"),
         {"need/3.history[0]: expected an object, got \"created\""});

  // [SECTION] bundles that read but conflict: listed, nothing overwritten
  t.bundle("merge: same rev, other content", bundleWith("need/1", R"({"urgency":5})"),
         {"need/1: stored rev 1, incoming rev 1: the same revision with other content; kept the stored one"},
         {"need/1：已存版本 1，导入版本 1：版本号相同但内容不同，保留已存记录"});
  t.bundle(
      "merge: histories went apart",
      bundleWith(
          "need/1",
          R"({"rev":2,"urgency":5,"history":[{"at":"2024-07-05T09:30:00+08:00","by":"别人","field":"*","before":null,"after":null,"note":"created"}]})"),
      {"need/1: stored rev 1, incoming rev 2: both were changed separately (the histories differ); kept the stored "
       "one"},
      {"need/1：已存版本 1，导入版本 2：两边分别修改过（修改历史不一致），保留已存记录"});

}

}  // namespace gj::robust
