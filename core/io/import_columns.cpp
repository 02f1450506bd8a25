// The accepted CSV columns per table; see import_columns.h.
#include "io/import_columns.h"

namespace gj::io {
namespace {

using C = ImportColumn;

const std::vector<ImportColumn> kNeeds = {
    C{"external_id", "编号", "external_id", {"需求编号", "外部编号", "id"}, false, false,
      "the row's key in your sheet", "表格中该行的编号"},
    C{"community", "社区", "community", {"所属社区", "社区名称"}, true, false,
      "a community name or id", "社区名称或编号"},
    C{"text", "需求描述", "description", {"需求内容", "需求", "内容", "text"}, true, false,
      "a non-empty text", "非空文字"},
    C{"category", "类别", "category", {"需求类别", "分类"}, false, false,
      "a category name or id", "类别名称或编号"},
    C{"target_group", "服务对象", "target_group", {"对象", "人群"}, false, false,
      "一般/老人/儿童/残疾人/其他 or general/elderly/children/disabled/other",
      "一般/老人/儿童/残疾人/其他 或 general/elderly/children/disabled/other"},
    C{"people_affected", "涉及人数", "people_affected", {"人数", "受益人数"}, false, false,
      "a whole number 0 or more", "0 或以上的整数"},
    C{"urgency", "紧急程度", "urgency", {"紧急度", "优先级"}, false, false,
      "a whole number 1 (can wait) to 5 (urgent)", "1（可缓）到 5（紧急）的整数"},
    C{"reported", "反映日期", "reported", {"日期", "登记日期", "date"}, true, false,
      "a date like 2024-07-01, 2024/7/1 or 2024年7月1日", "日期，如 2024-07-01、2024/7/1 或 2024年7月1日"},
    C{"reporter_name", "反映人", "reporter_name", {"姓名", "居民姓名", "reporter"}, false, true, "a name", "姓名"},
    C{"reporter_phone", "联系电话", "reporter_phone", {"电话", "手机", "phone"}, false, true, "a phone number", "电话号码"},
    C{"reporter_address", "住址", "reporter_address", {"地址", "address"}, false, true, "an address", "地址"},
};

const std::vector<ImportColumn> kUnits = {
    C{"external_id", "编号", "external_id", {"单位编号", "外部编号", "id"}, false, false,
      "the row's key in your sheet", "表格中该行的编号"},
    C{"name", "单位名称", "name", {"单位", "名称", "共建单位"}, true, false, "a non-empty text", "非空文字"},
    C{"level", "级别", "level", {"层级", "单位级别"}, false, false, "市级/区级 or city/district",
      "市级/区级 或 city/district"},
    C{"communities", "结对社区", "communities", {"共建社区", "社区", "paired_communities"}, false, false,
      "community names or ids separated by 、 or ,", "社区名称或编号，用、或，分隔"},
    C{"liaison", "联络人", "liaison", {"联系人"}, false, false, "a name", "姓名"},
};

const std::vector<ImportColumn> kVolunteers = {
    C{"external_id", "编号", "external_id", {"志愿者编号", "外部编号", "id"}, false, false,
      "the row's key in your sheet", "表格中该行的编号"},
    C{"name", "姓名", "name", {"志愿者", "志愿者姓名"}, true, false, "a non-empty text", "非空文字"},
    C{"unit", "所在单位", "unit", {"单位", "共建单位"}, true, false, "a unit name or id", "单位名称或编号"},
    C{"party_member", "党员", "party_member", {"是否党员"}, false, false, "是/否 or yes/no", "是/否 或 yes/no"},
    C{"skills", "技能", "skills", {"特长", "专长"}, false, false,
      "category names or ids separated by 、 or ,", "类别名称或编号，用、或，分隔"},
    C{"weekdays", "可服务日", "weekdays", {"服务时间", "可服务时间", "available_days"}, false, false,
      "weekdays like 周一、周三 or 1,3 (1 = Monday)", "星期，如 周一、周三 或 1,3（1 = 周一）"},
    C{"phone", "联系电话", "phone", {"电话", "手机"}, false, true, "a phone number", "电话号码"},
};

// Trimmed (ASCII space, tab, U+3000), ASCII lower case, ' ' and '-' as '_'.
std::string normalHeader(std::string_view h) {
  auto trimFront = [&] {
    for (;;) {
      if (!h.empty() && (h.front() == ' ' || h.front() == '\t')) h.remove_prefix(1);
      else if (h.substr(0, 3) == "\xE3\x80\x80") h.remove_prefix(3);
      else return;
    }
  };
  auto trimBack = [&] {
    for (;;) {
      if (!h.empty() && (h.back() == ' ' || h.back() == '\t')) h.remove_suffix(1);
      else if (h.size() >= 3 && h.substr(h.size() - 3) == "\xE3\x80\x80") h.remove_suffix(3);
      else return;
    }
  };
  trimFront();
  trimBack();
  std::string out;
  for (char c : h) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '-') c = '_';
    out += c;
  }
  return out;
}

}  // namespace

const char* importTableId(ImportTable t) {
  switch (t) {
    case ImportTable::needs: return "needs";
    case ImportTable::units: return "units";
    case ImportTable::volunteers: return "volunteers";
  }
  return "needs";
}

std::optional<ImportTable> parseImportTable(std::string_view id) {
  for (ImportTable t : {ImportTable::needs, ImportTable::units, ImportTable::volunteers})
    if (id == importTableId(t)) return t;
  return std::nullopt;
}

const std::vector<ImportColumn>& importColumns(ImportTable t) {
  switch (t) {
    case ImportTable::needs: return kNeeds;
    case ImportTable::units: return kUnits;
    case ImportTable::volunteers: return kVolunteers;
  }
  return kNeeds;
}

const ImportColumn* findImportColumn(ImportTable t, std::string_view header) {
  const std::string h = normalHeader(header);
  for (const ImportColumn& c : importColumns(t)) {
    if (h == normalHeader(c.zh) || h == normalHeader(c.en) || h == c.field) return &c;
    for (std::string_view a : c.aliases)
      if (h == normalHeader(a)) return &c;
  }
  return nullptr;
}

}  // namespace gj::io
