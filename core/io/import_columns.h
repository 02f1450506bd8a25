// The columns a CSV import of needs, units or volunteers accepts, as data: the header names (Chinese or
// English, any of the aliases), whether the column is required, and what a value looks like. Exports write
// the `zh` or `en` header, so an exported file imports again. Header names are matched after trimming
// spaces (also U+3000), ignoring ASCII case and treating ' ' and '-' as '_' ("External ID" = external_id).
//
// needs (需求):
//   编号 external_id            optional  the row's key in the source sheet; a re-import updates by it
//   社区 community              required  community name (新城社区) or id (community/1)
//   需求描述 description         required  the need as the resident said it
//   类别 category               optional  category id (elderly) or a name in ImportOptions::category_names
//   服务对象 target_group        optional  一般/老人/儿童/残疾人/其他 or general/elderly/children/disabled/other
//   涉及人数 people_affected     optional  whole number >= 0 (default 1)
//   紧急程度 urgency             optional  1 (can wait) .. 5 (urgent) (default 3)
//   反映日期 reported            required  2024-07-01, 2024/7/1 or 2024年7月1日
//   反映人 reporter_name, 联系电话 reporter_phone, 住址 reporter_address   optional, personal information
//   (a phone cell holds digits — also full-width — and spaces + - ( ) / 、 , ; 转 only: letters are refused)
// units (共建单位):
//   编号 external_id optional; 单位名称 name required; 级别 level optional (市级/区级, city/district; default
//   district); 结对社区 communities optional (names or ids separated by 、，,;； or line breaks);
//   联络人 liaison optional
// volunteers (志愿者):
//   编号 external_id optional; 姓名 name required; 所在单位 unit required (name or id); 党员 party_member
//   optional (是/否, yes/no, true/false, 1/0; default 是); 技能 skills optional (category ids or names,
//   separated as above); 可服务日 weekdays optional (周一、周三 / 星期一 / 一三 / 1,3; 1 = Monday);
//   联系电话 phone optional, personal information
// importColumns() has every alias.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gj::io {

enum class ImportTable { needs, units, volunteers };
const char* importTableId(ImportTable t);                       // "needs", "units", "volunteers"
std::optional<ImportTable> parseImportTable(std::string_view id);  // inverse of importTableId

struct ImportColumn {
  std::string_view field;                 // "external_id", "community", "text", "reporter_phone", ...
  std::string_view zh;                    // header of a Chinese export: "编号"
  std::string_view en;                    // header of an English export: "external_id"
  std::vector<std::string_view> aliases;  // further accepted headers: "需求编号", "ID"
  bool required = false;
  bool personal = false;                  // residents' / volunteers' personal information (never public)
  std::string_view format_en;             // what a value looks like, for messages and help
  std::string_view format_zh;
};

// The columns of `t`, in the order exports write them.
const std::vector<ImportColumn>& importColumns(ImportTable t);

// The column a header names, or nullptr.
const ImportColumn* findImportColumn(ImportTable t, std::string_view header);

}  // namespace gj::io
