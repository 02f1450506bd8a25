// Reading and writing single CSV cells of the needs/units/volunteers tables: numbers, dates, yes/no, lists,
// weekdays and the enum words, in the forms Chinese spreadsheets use. Shared by import_csv and export_csv so
// an exported cell always imports as the same value.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.h"
#include "domain/message.h"

namespace gj::io::cells {

// Trims ASCII spaces/tabs and U+3000, and drops the ' that defuseFormula put before = + - @ tab CR LF or '.
std::string clean(std::string_view cell);

std::optional<int> wholeNumber(std::string_view cell);  // "12", "０１２" (full-width), not "1.5" or "-1"
// "2024-07-01", "2024/7/1", "2024-7-1", "2024.7.1", "2024年7月1日" -> "2024-07-01" (a real day), else nullopt.
std::optional<std::string> date(std::string_view cell);
std::optional<bool> yesNo(std::string_view cell);       // 是/否, 党员/非党员, yes/no, y/n, true/false, 1/0
// Split on 、 ， , ; ； and line breaks; items trimmed, empty ones dropped.
std::vector<std::string> list(std::string_view cell);
// "周一、周三", "星期一至星期五", "一三五", "1,3", "1-5", "Mon,Wed" -> ascending days 1..7, each once.
std::optional<std::vector<int>> weekdays(std::string_view cell);

std::optional<TargetGroup> targetGroup(std::string_view cell);  // 一般/老人/儿童/残疾人/其他 or the enum name
std::optional<UnitLevel> unitLevel(std::string_view cell);      // 市级/区级, 市/区 or the enum name

// Words written by exports (and read back by the functions above).
std::string targetGroupWord(TargetGroup g, Language lang);
std::string unitLevelWord(UnitLevel l, Language lang);
std::string yesNoWord(bool b, Language lang);
std::string weekdaysWord(const std::vector<int>& days, Language lang);  // "周一、周三" / "Mon,Wed"
std::string listWord(const std::vector<std::string>& items, Language lang);  // joined by 、 / ","

}  // namespace gj::io::cells
