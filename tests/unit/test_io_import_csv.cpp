// CSV import of needs, units and volunteers: a dry run with row/column-named issues, records created and
// edited through the domain's history, re-import by external id without duplicates.
#include <doctest/doctest.h>

#include "domain/memory_storage.h"
#include "io/export_csv.h"
#include "io/import_action.h"
#include "io/import_csv.h"
#include "io/text_file.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::io;

namespace {

ImportOptions options(std::string at = "2024-08-01T10:00:00+08:00") {
  ImportOptions o;
  o.edit = Edit{std::move(at), "王芳", "导入"};
  o.category_names = {{"养老助老", "elderly"}, {"基础设施", "infrastructure"}, {"法律服务", "legal"}};
  return o;
}

// Stores the writes the way the workspace would apply them.
void apply(Dataset& ds, const ImportResult& r) {
  r.writes.forEachTable([&](const auto& table) {
    for (const auto& entry : table) ds.put(entry.second);
  });
}

std::vector<std::string> issueTexts(const ImportResult& r) {
  std::vector<std::string> out;
  for (const auto& i : r.issues) out.push_back(i.message.en);
  return out;
}

std::string fileText(const char* name) {
  std::string error;
  auto text = readTextFile(std::string(GONGJIAN_SOURCE_DIR "/tests/unit/data/io/") + name, &error);
  REQUIRE_MESSAGE(text, error);
  return *text;
}

const Need* needWithExternalId(const Dataset& ds, const std::string& ext) {
  for (const auto& [id, n] : ds.needs())
    if (externalId(n) == ext) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("io import: a GB18030 file from Excel with CRLF and quoted line breaks imports the right Chinese text") {
  Dataset ds = test::smallStreet();
  ImportResult r = importCsv(ImportTable::needs, fileText("needs_gb18030.csv"), ds, options());
  REQUIRE_MESSAGE(r.ok(), issueTexts(r));
  CHECK(r.encoding == TextEncoding::gb18030);
  CHECK(r.headers.front() == "编号");
  CHECK(r.added == 3);
  CHECK(r.updated == 0);
  CHECK(r.writeCount() == 3);
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].row == 2);
  CHECK(r.rows[1].row == 3);  // the quoted line break in row 2 does not count as a row
  CHECK(r.rows[0].record == "need/4");  // smallStreet has need/1..3
  CHECK(std::string(rowActionId(r.rows[2].action)) == "added");

  const Need& n = r.writes.needs().at("need/4");
  CHECK(n.text == "楼道灯坏了，老人晚上出门不方便\n三单元尤其严重");
  CHECK(n.community == "community/1");
  CHECK(n.target_group == TargetGroup::elderly);
  CHECK(n.people_affected == 12);
  CHECK(n.urgency == 4);
  CHECK(n.reported == "2024-07-01");
  CHECK(n.status == NeedStatus::reported);
  CHECK(n.reporter.name == "梁琼");
  CHECK(n.reporter.address == "茶都景苑2栋, 3单元");
  CHECK(externalId(n) == "XC-001");
  CHECK(n.rev == 1);
  REQUIRE(n.history.size() == 1);
  CHECK(n.history[0].by == "王芳");
  CHECK(n.history[0].note == "导入");
  const Need& n2 = r.writes.needs().at("need/5");
  CHECK(n2.text == "小区门口积水，\"下雨就淹\"");
  CHECK(n2.community == "community/2");
  CHECK(n2.reporter.name == "陈㐀");
  CHECK(n2.reported == "2024-07-02");
  CHECK(r.writes.needs().at("need/6").text == "希望开设儿童托管班（€20/月以内），家长é签名");

  // The same file as UTF-8 with a BOM gives the same records.
  ImportResult u = importCsv(ImportTable::needs, fileText("needs_utf8_bom.csv"), ds, options());
  CHECK(u.encoding == TextEncoding::utf8_bom);
  CHECK(u.writes == r.writes);
}

TEST_CASE("io import: importing the same file again writes nothing; a changed cell updates with history") {
  Dataset ds = test::smallStreet();
  const std::string file = fileText("needs_gb18030.csv");
  ImportResult first = importCsv(ImportTable::needs, file, ds, options());
  REQUIRE(first.ok());
  apply(ds, first);
  const std::size_t size = ds.size();

  ImportResult again = importCsv(ImportTable::needs, file, ds, options("2024-08-02T10:00:00+08:00"));
  REQUIRE_MESSAGE(again.ok(), issueTexts(again));
  CHECK(again.added == 0);
  CHECK(again.updated == 0);
  CHECK(again.unchanged == 3);
  CHECK(again.writeCount() == 0);
  apply(ds, again);
  CHECK(ds.size() == size);

  // Urgency of XC-002 raised from 3 to 5: one update, rev 2, one history entry for the field.
  std::string changed = fileText("needs_utf8_bom.csv");
  const std::string from = ",一般,30,3,", to = ",一般,30,5,";
  changed.replace(changed.find(from), from.size(), to);
  ImportResult update = importCsv(ImportTable::needs, changed, ds, options("2024-08-03T10:00:00+08:00"));
  REQUIRE_MESSAGE(update.ok(), issueTexts(update));
  CHECK(update.updated == 1);
  CHECK(update.unchanged == 2);
  REQUIRE(update.writeCount() == 1);
  const Need& n = update.writes.needs().begin()->second;
  CHECK(externalId(n) == "XC-002");
  CHECK(n.id == needWithExternalId(ds, "XC-002")->id);
  CHECK(n.urgency == 5);
  CHECK(n.rev == 2);
  CHECK(n.updated == "2024-08-03T10:00:00+08:00");
  REQUIRE(n.history.size() == 2);
  CHECK(n.history[1].field == "urgency");
  CHECK(n.history[1].before == 3);
  CHECK(n.history[1].after == 5);
}

TEST_CASE("io import: English headers, rows without an external id matched by their content") {
  Dataset ds = test::smallStreet();
  const std::string file =
      "Community,Description,Category,Target group,People affected,Urgency,Reported\n"
      "新城社区,独居老人需要助餐服务,养老助老,elderly,5,4,2024-07-10\n"
      "community/2,Broken street light,infrastructure,general,20,2,2024.7.11\n";
  ImportResult r = importCsv(ImportTable::needs, file, ds, options());
  REQUIRE_MESSAGE(r.ok(), issueTexts(r));
  CHECK(r.encoding == TextEncoding::utf8);
  CHECK(r.added == 2);
  CHECK(r.writes.needs().at("need/4").category == "elderly");
  CHECK(r.writes.needs().at("need/5").community == "community/2");
  CHECK(r.writes.needs().at("need/5").reported == "2024-07-11");
  CHECK(externalId(r.writes.needs().at("need/4")) == "");
  apply(ds, r);
  ImportResult again = importCsv(ImportTable::needs, file, ds, options());
  CHECK(again.unchanged == 2);
  CHECK(again.writeCount() == 0);
}

TEST_CASE("io import: issues name the row as Excel shows it and the column by its header; nothing is written") {
  Dataset ds = test::smallStreet();
  SUBCASE("a bad number") {
    ImportResult r = importCsv(ImportTable::needs,
                               "编号,社区,需求描述,涉及人数,反映日期\r\n"
                               "A1,新城社区,路灯不亮,3,2024-07-01\r\n"
                               "A2,新城社区,\"多行\r\n描述\",十二,2024-07-01\r\n"
                               "A3,新城社区,积水,4,2024-02-30\r\n",
                               ds, options());
    CHECK_FALSE(r.ok());
    CHECK(issueTexts(r) == std::vector<std::string>{
                               "row 3, column 涉及人数: expected a whole number 0 or more, got \"十二\"",
                               "row 4, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got "
                               "\"2024-02-30\""});
    CHECK(r.issues[0].row == 3);
    CHECK(r.issues[0].column == "涉及人数");
    CHECK(r.issues[0].message.zh == "第 3 行“涉及人数”列：应为0 或以上的整数，实际为“十二”");
    CHECK(r.added == 1);  // the preview still says what the good rows would do
    CHECK(r.rows[1].action == RowAction::failed);
    CHECK(r.writeCount() == 0);
  }
  SUBCASE("a ragged row") {
    ImportResult r = importCsv(ImportTable::needs,
                               "社区,需求描述,反映日期\n新城社区,路灯,2024-07-01,多余\n茶都景苑,积水\n新城社区,ok,2024-07-01,,\n",
                               ds, options());
    CHECK(issueTexts(r) == std::vector<std::string>{"row 2: has 4 cells but the header row has 3",
                                                    "row 3: has 2 cells but the header row has 3"});
    CHECK(r.rows.size() == 3);
    CHECK(r.rows[2].action == RowAction::added);  // trailing empty cells are padding, not a ragged row
    CHECK(r.writeCount() == 0);
  }
  SUBCASE("an unknown header, a duplicated one") {
    ImportResult r = importCsv(ImportTable::needs, "社区,内容,需求描述,备注\n新城社区,a,b,c\n", ds, options());
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].message.en == "row 1, column 需求描述: the same column as 内容");
    CHECK(r.issues[1].column == "备注");
    CHECK(r.issues[1].message.en.rfind("row 1, column 备注: not a column of needs (accepted: external_id, community,", 0) == 0);
    CHECK(r.rows.empty());
  }
  SUBCASE("a required column missing for a row that adds a record") {
    ImportResult r = importCsv(ImportTable::needs, "编号,社区,需求描述\nneed/1,新城社区,路灯\nN9,新城社区,积水\n", ds, options());
    CHECK(issueTexts(r) == std::vector<std::string>{
                               "row 3: the required column 反映日期/reported is missing (a new record needs it)"});
    CHECK(r.issues[0].message.zh == "第 3 行：缺少必需的列“反映日期”（reported），新增记录需要该列");
    CHECK(r.rows[0].action == RowAction::updated);  // need/1 exists: the text changes, the date stays
  }
  SUBCASE("names that match nothing, empty required cells, the same external id twice") {
    ImportResult r = importCsv(ImportTable::needs,
                               "编号,社区,需求描述,类别,反映日期\n"
                               "B1,老城社区,路灯,,2024-07-01\n"
                               "B2,新城社区,,,2024-07-01\n"
                               "B3,新城社区,积水,卫生,2024-07-01\n"
                               "B4,新城社区,积水,,2024-07-01\n"
                               "B4,新城社区,积水2,,2024-07-01\n",
                               ds, options());
    CHECK(issueTexts(r) == std::vector<std::string>{
                               "row 2, column 社区: no community is called \"老城社区\"",
                               "row 3, column 需求描述: expected a non-empty text, got nothing",
                               "row 4, column 类别: no category is called \"卫生\"",
                               "row 6: the same record as row 5"});
    CHECK(r.issues[0].message.zh == "第 2 行“社区”列：找不到名为“老城社区”的社区");
  }
  SUBCASE("a file that is neither UTF-8 nor GB18030, an unclosed quote, an edit without operator") {
    ImportResult enc = importCsv(ImportTable::needs, "社区\n\x80\n", ds, options());
    REQUIRE(enc.issues.size() == 1);
    CHECK(enc.issues[0].row == 0);
    CHECK(enc.issues[0].message.en == "line 2 (byte 7): the file is neither UTF-8 nor GB18030 (byte 0x80)");
    ImportResult quote = importCsv(ImportTable::needs, "社区,需求描述,反映日期\n新城社区,\"路灯,2024-07-01\n", ds, options());
    CHECK(issueTexts(quote) == std::vector<std::string>{"row 2: a quoted cell is not closed before the end of the file"});
    ImportOptions noOne = options();
    noOne.edit.by = "";
    CHECK(importCsv(ImportTable::needs, "社区\n", ds, noOne).issues[0].message.key == "edit.no_operator");
  }
}

TEST_CASE("io import: a change the need's record does not allow is reported on its row") {
  Dataset ds = test::smallStreet();
  Need classified = ds.needs().at("need/1");
  classified.category = "infrastructure";
  classified.status = NeedStatus::classified;
  classified.extra["external_id"] = "C1";
  ds.put(classified);
  // Clearing the category of a classified need would leave a record that does not validate.
  ImportResult r = importCsv(ImportTable::needs, "编号,类别\nC1,\n", ds, options());
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].row == 2);
  CHECK(r.issues[0].message.en.rfind("row 2: the record is not valid: need/1.category:", 0) == 0);
  // An update may leave out columns: only the columns in the file change.
  ImportResult urgency = importCsv(ImportTable::needs, "编号,紧急程度\nC1,5\nneed/2,1\n", ds, options());
  REQUIRE_MESSAGE(urgency.ok(), issueTexts(urgency));
  CHECK(urgency.updated == 2);
  CHECK(urgency.writes.needs().at("need/1").urgency == 5);
  CHECK(urgency.writes.needs().at("need/1").category == "infrastructure");
  CHECK(urgency.writes.needs().at("need/1").status == NeedStatus::classified);
  CHECK(urgency.writes.needs().at("need/2").urgency == 1);  // 编号 may also be the record id of an export
}

TEST_CASE("io import: units with paired communities and levels; volunteers with unit names, skills and days") {
  Dataset ds = test::smallStreet();
  ImportResult units = importCsv(ImportTable::units,
                                 "单位名称,级别,结对社区,联络人\r\n"
                                 "名山区民政局,区级,\"新城社区、茶都景苑\",赵刚\r\n"
                                 "雅安市政务服务管理局,市级,茶都景苑,李明\r\n"
                                 "雅安市卫健委,省级,新城社区,\r\n",
                                 ds, options());
  CHECK(issueTexts(units) ==
        std::vector<std::string>{"row 4, column 级别: expected 市级/区级 or city/district, got \"省级\""});
  REQUIRE(units.rows.size() == 3);
  CHECK(units.rows[0].action == RowAction::added);
  CHECK(units.rows[1].action == RowAction::unchanged);  // matched by its name: unit/1
  CHECK(units.rows[1].record == "unit/1");

  ImportResult ok = importCsv(ImportTable::units, "name,level,communities\n名山区民政局,district,\"新城社区,茶都景苑\"\n",
                              ds, options());
  REQUIRE_MESSAGE(ok.ok(), issueTexts(ok));
  const Unit& u = ok.writes.units().at("unit/3");
  CHECK(u.communities == std::vector<std::string>{"community/1", "community/2"});
  CHECK(u.level == UnitLevel::district);
  apply(ds, ok);

  ImportResult vols = importCsv(ImportTable::volunteers,
                                "编号,姓名,所在单位,党员,技能,可服务日,联系电话\n"
                                "V1,刘洋,名山区民政局,是,\"养老助老,legal\",周一至周三、周五,13700001111\n"
                                "V2,周敏,unit/2,否,,一三五,\n"
                                "V3,吴强,名山区司法所,1,,8,\n",
                                ds, options());
  CHECK(issueTexts(vols) == std::vector<std::string>{
                                "row 4, column 所在单位: no unit is called \"名山区司法所\"",
                                "row 4, column 可服务日: expected weekdays like 周一、周三 or 1,3 (1 = Monday), got \"8\""});
  REQUIRE(vols.rows.size() == 3);
  CHECK(vols.added == 2);
  vols = importCsv(ImportTable::volunteers,
                   "编号,姓名,所在单位,党员,技能,可服务日,联系电话\n"
                   "V1,刘洋,名山区民政局,是,\"养老助老,legal\",周一至周三、周五,13700001111\n"
                   "V2,周敏,unit/2,否,,一三五,\n",
                   ds, options());
  REQUIRE_MESSAGE(vols.ok(), issueTexts(vols));
  const Volunteer& v = vols.writes.volunteers().at("volunteer/2");
  CHECK(v.unit == "unit/3");
  CHECK(v.party_member);
  CHECK(v.skills == std::vector<std::string>{"elderly", "legal"});
  CHECK(v.weekdays == std::vector<int>{1, 2, 3, 5});
  CHECK(v.phone == "13700001111");
  const Volunteer& w = vols.writes.volunteers().at("volunteer/3");
  CHECK_FALSE(w.party_member);
  CHECK(w.weekdays == std::vector<int>{1, 3, 5});
}

TEST_CASE("io import: a staff export imports again without a single write, in both languages") {
  Dataset ds = test::smallStreet();
  ImportResult first = importCsv(ImportTable::needs, fileText("needs_gb18030.csv"), ds, options());
  REQUIRE(first.ok());
  apply(ds, first);
  Need odd = ds.needs().at("need/2");
  odd.text = "=1+1 \"quoted\", comma\nnext line";
  ds.put(odd);
  for (Language lang : {Language::zh, Language::en})
    for (ImportTable table : {ImportTable::needs, ImportTable::units, ImportTable::volunteers}) {
      CAPTURE(importTableId(table));
      ImportResult again = importCsv(table, exportCsv(table, ds, Audience::staff, lang), ds, options());
      REQUIRE_MESSAGE(again.ok(), issueTexts(again));
      CHECK(again.added == 0);
      CHECK(again.updated == 0);
      CHECK(again.writeCount() == 0);
      CHECK(again.unchanged == static_cast<int>(table == ImportTable::needs   ? ds.needs().size()
                                                : table == ImportTable::units ? ds.units().size()
                                                                              : ds.volunteers().size()));
    }
}

TEST_CASE("io import: the writes of an import are one workspace action; the same file again is none") {
  MemoryStorage storage;
  Workspace ws(storage);
  ws.open([](Dataset* ds, std::string*) {
    *ds = test::smallStreet();
    return true;
  });
  REQUIRE(ws.state() == SaveState::saved);
  const std::string file = fileText("needs_gb18030.csv");
  ImportResult r = importCsv(ImportTable::needs, file, ws.dataset(), options());
  REQUIRE(r.ok());
  Action action;
  putRecords(r.writes, action);
  CHECK_FALSE(action.empty());
  CHECK(ws.perform(std::move(action)));
  CHECK(ws.state() == SaveState::saved);
  CHECK(ws.dataset().needs().size() == 6);
  CHECK(ws.storedRev("need/6") == 1);

  ImportResult again = importCsv(ImportTable::needs, file, ws.dataset(), options());
  Action none;
  putRecords(again.writes, none);
  CHECK(none.empty());
}
