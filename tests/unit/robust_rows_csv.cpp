// Rows of the bad-input table (robust_bad_inputs.h): CSV imports of needs, units and volunteers, through importCsv.
#include "robust_bad_inputs.h"

namespace gj::robust {

void addCsvRows(BadInputTable& t) {
  // [SECTION] CSV: encodings
  t.needs("csv: UTF-8 BOM is accepted (row equals need/1: unchanged)",
        kBom + kNeeds + "新城社区,楼道灯坏了，老人晚上出门不方便,2024-07-01\r\n", {}, {});
  t.needs("csv: GB18030 without a marker is detected (row equals need/1: unchanged)",
        "\xC9\xE7\xC7\xF8,\xD0\xE8\xC7\xF3\xC3\xE8\xCA\xF6,"
        "\xB7\xB4\xD3\xB3\xC8\xD5\xC6\xDA\r\n\xD0\xC2\xB3\xC7\xC9\xE7\xC7\xF8,"
        "\xC2\xA5\xB5\xC0\xB5\xC6\xBB\xB5\xC1\xCB\xA3\xAC\xC0\xCF\xC8\xCB\xCD\xED\xC9\xCF\xB3\xF6\xC3\xC5\xB2\xBB\xB7"
        "\xBD\xB1\xE3,"
        "2024-07-01\r\n",
        {}, {});
  const std::string kAsciiNeeds = "community,text,reported\r\n";
  t.needs("csv: UTF-16 LE BOM", "\xFF\xFE" + utf16(kAsciiNeeds, true),
        {"line 1 (byte 0): the file is UTF-16 text (byte order mark); save it as CSV UTF-8 and import it again"},
        {"第 1 行：文件是 UTF-16 编码（带字节顺序标记），请另存为“CSV UTF-8”后再导入"});
  t.needs("csv: UTF-16 BE BOM", "\xFE\xFF" + utf16(kAsciiNeeds, false),
        {"line 1 (byte 0): the file is UTF-16 text (byte order mark); save it as CSV UTF-8 and import it again"},
        {"第 1 行：文件是 UTF-16 编码（带字节顺序标记），请另存为“CSV UTF-8”后再导入"});
  t.needs("csv: UTF-16 LE without BOM", utf16(kAsciiNeeds, true),
        {"line 1 (byte 1): a NUL byte: the file is UTF-16 or binary, not CSV text; save it as CSV UTF-8 and import it "
         "again"},
        {"第 1 行：文件含有 NUL 字节（UTF-16 或二进制文件，不是 CSV 文本），请另存为“CSV UTF-8”后再导入"});
  t.needs("csv: a NUL byte in a cell", kNeeds + "新城社区,灯坏" + std::string(1, '\0') + "了,2024-07-02\r\n",
        {"line 2 (byte 53): a NUL byte: the file is UTF-16 or binary, not CSV text; save it as CSV UTF-8 and import it "
         "again"},
        {"第 2 行：文件含有 NUL 字节（UTF-16 或二进制文件，不是 CSV 文本），请另存为“CSV UTF-8”后再导入"});
  t.needs("csv: invalid UTF-8 after a BOM", kBom + kNeeds + "新城社区,灯\xE5\x9D了,2024-07-02\r\n",
        {"line 2 (byte 53): the file starts with a UTF-8 byte order mark but is not valid UTF-8 (byte 0xE5)"},
        {"第 2 行：文件以 UTF-8 标记（BOM）开头，但内容不是有效的 UTF-8（字节 0xE5）"});
  t.needs("csv: bytes that are neither UTF-8 nor GB18030", kNeeds + "新城社区,灯\x80了,2024-07-02\r\n",
        {"line 1 (byte 9): the file is neither UTF-8 nor GB18030 (byte 0x80)"},
        {"第 1 行：文件既不是 UTF-8 也不是 GB18030 编码，无法读取"});

  // [SECTION] CSV: shape
  t.needs("csv: empty file", "", {"the file has no header row"}, {"文件中没有表头行"});
  t.needs("csv: BOM only", kBom, {"the file has no header row"}, {"文件中没有表头行"});
  t.needs("csv: whitespace only", "  \r\n\t\r\n\xE3\x80\x80\r\n", {"the file has no header row"}, {"文件中没有表头行"});
  t.needs("csv: blank rows between data rows are skipped (row equals need/1: unchanged)",
        kNeeds + " , , \r\n新城社区,楼道灯坏了，老人晚上出门不方便,2024-07-01\r\n\t,,\r\n", {}, {});
  t.needs("csv: header only, no rows", kNeeds, {}, {});
  t.needs("csv: unrecognised headers", "name,age\r\n张三,30\r\n",
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
  t.needs("csv: missing required column", "社区,需求描述\r\n新城社区,新的需求\r\n",
        {"row 2: the required column 反映日期/reported is missing (a new record needs it)"},
        {"第 2 行：缺少必需的列“反映日期”（reported），新增记录需要该列"});
  t.needs("csv: the same column twice", "社区,所属社区,需求描述,反映日期\r\n新城社区,新城社区,新的需求,2024-07-02\r\n",
        {"row 1, column 所属社区: the same column as 社区"}, {"第 1 行“所属社区”列：与“社区”列重复"});
  t.needs("csv: too many cells", kNeeds + "新城社区,新的需求,2024-07-02,多余\r\n",
        {"row 2: has 4 cells but the header row has 3"}, {"第 2 行：有 4 个单元格，但表头有 3 列"});
  t.needs("csv: too few cells", kNeeds + "新城社区,新的需求\r\n", {"row 2: has 2 cells but the header row has 3"},
        {"第 2 行：有 2 个单元格，但表头有 3 列"});
  t.needs("csv: a value under a column without a header",
        "社区,需求描述,反映日期,\r\n新城社区,新的需求,2024-07-02,多余\r\n",
        {"row 2, column #4: a value under a column without a header"}, {"第 2 行“#4”列：该列没有表头，却填了内容"});
  t.needs("csv: unterminated quote", kNeeds + "新城社区,\"新的需求,2024-07-02\r\n",
        {"row 2: a quoted cell is not closed before the end of the file"},
        {"第 2 行：带引号的单元格直到文件结尾都没有结束引号"});
  t.needs("csv: text after a closing quote", kNeeds + "新城社区,\"新的\"需求,2024-07-02\r\n",
        {"row 2, cell 2: text after the closing quote of a quoted cell"}, {"第 2 行第 2 格：引号结束后还有文字"});
  t.needs("csv: the same record twice", kNeeds + "新城社区,新的需求,2024-07-02\r\n新城社区,新的需求,2024-07-02\r\n",
        {"row 3: the same record as row 2"}, {"第 3 行：与第 2 行是同一条记录"});

  // [SECTION] CSV: cells of needs
  const std::string kCount = "社区,需求描述,反映日期,涉及人数\r\n新城社区,新的需求,2024-07-02,";
  t.needs("csv: people_affected in words", kCount + "十二\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"十二\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“十二”"});
  t.needs("csv: people_affected negative", kCount + "-3\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"-3\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“-3”"});
  t.needs("csv: people_affected a fraction", kCount + "1.5\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"1.5\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“1.5”"});
  t.needs("csv: people_affected beyond 9 digits", kCount + "12345678901\r\n",
        {"row 2, column 涉及人数: expected a whole number 0 or more, got \"12345678901\""},
        {"第 2 行“涉及人数”列：应为0 或以上的整数，实际为“12345678901”"});
  const std::string kUrgency = "社区,需求描述,反映日期,紧急程度\r\n新城社区,新的需求,2024-07-02,";
  t.needs("csv: urgency 6", kUrgency + "6\r\n",
        {"row 2, column 紧急程度: expected a whole number 1 (can wait) to 5 (urgent), got \"6\""},
        {"第 2 行“紧急程度”列：应为1（可缓）到 5（紧急）的整数，实际为“6”"});
  t.needs("csv: urgency 0", kUrgency + "0\r\n",
        {"row 2, column 紧急程度: expected a whole number 1 (can wait) to 5 (urgent), got \"0\""},
        {"第 2 行“紧急程度”列：应为1（可缓）到 5（紧急）的整数，实际为“0”"});
  t.needs("csv: unknown target group", "社区,需求描述,反映日期,服务对象\r\n新城社区,新的需求,2024-07-02,外星人\r\n",
        {"row 2, column 服务对象: expected 一般/老人/儿童/残疾人/其他 or general/elderly/children/disabled/other, got "
         "\"外星人\""},
        {"第 2 行“服务对象”列：应为一般/老人/儿童/残疾人/其他 或 "
         "general/elderly/children/disabled/other，实际为“外星人”"});
  t.needs("csv: reported 2024-02-30", kNeeds + "新城社区,新的需求,2024-02-30\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-02-30\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-02-30”"});
  t.needs("csv: reported 2024-13-01", kNeeds + "新城社区,新的需求,2024-13-01\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-13-01\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-13-01”"});
  t.needs("csv: reported yesterday", kNeeds + "新城社区,新的需求,yesterday\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"yesterday\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“yesterday”"});
  t.needs("csv: reported 昨天", kNeeds + "新城社区,新的需求,昨天\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"昨天\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“昨天”"});
  t.needs("csv: reported with a time", kNeeds + "新城社区,新的需求,2024-07-02 09:00\r\n",
        {"row 2, column 反映日期: expected a date like 2024-07-01, 2024/7/1 or 2024年7月1日, got \"2024-07-02 09:00\""},
        {"第 2 行“反映日期”列：应为日期，如 2024-07-01、2024/7/1 或 2024年7月1日，实际为“2024-07-02 09:00”"});
  t.needs("csv: required cell empty", kNeeds + ",新的需求,2024-07-02\r\n",
        {"row 2, column 社区: expected a community name or id, got nothing"},
        {"第 2 行“社区”列：必填，应为社区名称或编号"});
  t.needs("csv: unknown community", kNeeds + "不存在社区,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community is called \"不存在社区\""},
        {"第 2 行“社区”列：找不到名为“不存在社区”的社区"});
  t.needs("csv: community id that points nowhere", kNeeds + "community/9,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community has the id \"community/9\""},
        {"第 2 行“社区”列：找不到编号为“community/9”的社区"});
  t.needs("csv: a unit id as the community", kNeeds + "unit/1,新的需求,2024-07-02\r\n",
        {"row 2, column 社区: no community is called \"unit/1\""}, {"第 2 行“社区”列：找不到名为“unit/1”的社区"});
  t.needs("csv: unknown category", "社区,需求描述,反映日期,类别\r\n新城社区,新的需求,2024-07-02,没有这类\r\n",
        {"row 2, column 类别: no category is called \"没有这类\""}, {"第 2 行“类别”列：找不到名为“没有这类”的类别"});
  const std::string kPhone = "社区,需求描述,反映日期,联系电话\r\n新城社区,新的需求,2024-07-02,";
  t.needs("csv: phone with letters", kPhone + "138abcd1234\r\n",
        {"row 2, column 联系电话: expected a phone number, got \"138abcd1234\""},
        {"第 2 行“联系电话”列：应为电话号码，实际为“138abcd1234”"});
  t.needs("csv: phone that is a note", kPhone + "微信同号\r\n",
        {"row 2, column 联系电话: expected a phone number, got \"微信同号\""},
        {"第 2 行“联系电话”列：应为电话号码，实际为“微信同号”"});
  t.needs("csv: phone with extension and full-width digits is accepted (added)", kPhone + "０８３５-2221234 转 8\r\n", {},
        {});
  t.rows.back().adds = 1;
  t.csv("volunteers.csv: phone with letters", Entry::volunteersCsv,
      "姓名,所在单位,联系电话\r\n赵六,名山区司法局,l39OOOO5678\r\n",
      {"row 2, column 联系电话: expected a phone number, got \"l39OOOO5678\""},
      {"第 2 行“联系电话”列：应为电话号码，实际为“l39OOOO5678”"});

  // [SECTION] CSV: units and volunteers
  t.csv("units.csv: unknown level", Entry::unitsCsv, "单位名称,级别\r\n新单位,省级\r\n",
      {"row 2, column 级别: expected 市级/区级 or city/district, got \"省级\""},
      {"第 2 行“级别”列：应为市级/区级 或 city/district，实际为“省级”"});
  t.csv("units.csv: unknown paired community", Entry::unitsCsv, "单位名称,结对社区\r\n新单位,新城社区、不存在社区\r\n",
      {"row 2, column 结对社区: no community is called \"不存在社区\""},
      {"第 2 行“结对社区”列：找不到名为“不存在社区”的社区"});
  t.csv("units.csv: empty name", Entry::unitsCsv, "单位名称,联络人\r\n,李明\r\n",
      {"row 2, column 单位名称: expected a non-empty text, got nothing"}, {"第 2 行“单位名称”列：必填，应为非空文字"});
  t.csv("volunteers.csv: unknown unit", Entry::volunteersCsv, "姓名,所在单位\r\n赵六,不存在单位\r\n",
      {"row 2, column 所在单位: no unit is called \"不存在单位\""},
      {"第 2 行“所在单位”列：找不到名为“不存在单位”的单位"});
  t.csv("volunteers.csv: party member maybe", Entry::volunteersCsv, "姓名,所在单位,党员\r\n赵六,名山区司法局,也许\r\n",
      {"row 2, column 党员: expected 是/否 or yes/no, got \"也许\""},
      {"第 2 行“党员”列：应为是/否 或 yes/no，实际为“也许”"});
  t.csv("volunteers.csv: weekday 周八", Entry::volunteersCsv, "姓名,所在单位,可服务日\r\n赵六,名山区司法局,周八\r\n",
      {"row 2, column 可服务日: expected weekdays like 周一、周三 or 1,3 (1 = Monday), got \"周八\""},
      {"第 2 行“可服务日”列：应为星期，如 周一、周三 或 1,3（1 = 周一），实际为“周八”"});
  t.csv("volunteers.csv: weekday range backwards", Entry::volunteersCsv,
      "姓名,所在单位,可服务日\r\n赵六,名山区司法局,周五至周一\r\n",
      {"row 2, column 可服务日: expected weekdays like 周一、周三 or 1,3 (1 = Monday), got \"周五至周一\""},
      {"第 2 行“可服务日”列：应为星期，如 周一、周三 或 1,3（1 = 周一），实际为“周五至周一”"});
  t.csv("volunteers.csv: unknown skill", Entry::volunteersCsv, "姓名,所在单位,技能\r\n赵六,名山区司法局,Legal Aid!\r\n",
      {"row 2, column 技能: no category is called \"Legal Aid!\""}, {"第 2 行“技能”列：找不到名为“Legal Aid!”的类别"});

}

}  // namespace gj::robust
