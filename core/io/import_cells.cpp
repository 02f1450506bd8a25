// Cell formats of the CSV tables; see import_cells.h.
#include "io/import_cells.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "domain/dates.h"

namespace gj::io::cells {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

std::string asciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Full-width digits (０..９, EF BC 90..99) as ASCII; other text unchanged.
std::string halfWidthDigits(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\xEF\xBC" && i + 2 < s.size()) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c >= 0x90 && c <= 0x99) {
        out += static_cast<char>('0' + (c - 0x90));
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::optional<int> digits(std::string_view s, std::size_t maxLen) {
  if (s.empty() || s.size() > maxLen) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Chinese day names in ISO order (1 = Monday); 日 and 天 are both Sunday.
constexpr std::array<std::string_view, 8> kDayChars = {"一", "二", "三", "四", "五", "六", "日", "天"};
constexpr std::array<std::string_view, 7> kDayEn = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> oneDay(std::string_view t) {
  for (std::string_view prefix : {"星期", "礼拜", "周"})
    if (t.substr(0, prefix.size()) == prefix) {
      t.remove_prefix(prefix.size());
      break;
    }
  for (std::size_t i = 0; i < kDayChars.size(); ++i)
    if (t == kDayChars[i]) return i < 7 ? static_cast<int>(i) + 1 : 7;
  if (t == "七") return 7;
  if (auto d = digits(t, 1); d && *d >= 1 && *d <= 7) return *d;
  const std::string lower = asciiLower(t);
  for (std::size_t i = 0; i < kDayEn.size(); ++i)
    if (lower.substr(0, 3) == kDayEn[i] && lower.size() >= 3) return static_cast<int>(i) + 1;
  return std::nullopt;
}

}  // namespace

std::string clean(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    else if (s.substr(0, 3) == kIdeographicSpace) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace) s.remove_suffix(3);
    else break;
  }
  if (s.size() >= 2 && s[0] == '\'' && std::string_view("=+-@\t\r\n'").find(s[1]) != std::string_view::npos)
    s.remove_prefix(1);
  return std::string(s);
}

std::optional<int> wholeNumber(std::string_view cell) {
  return digits(halfWidthDigits(cell), 9);
}

std::optional<std::string> date(std::string_view cell) {
  std::string s = halfWidthDigits(cell);
  // 2024年7月1日 -> 2024-7-1-
  std::string flat;
  for (std::size_t i = 0; i < s.size();) {
    std::string_view rest = std::string_view(s).substr(i);
    bool sep = false;
    for (std::string_view w : {"年", "月", "日"})
      if (rest.substr(0, w.size()) == w) {
        flat += '-';
        i += w.size();
        sep = true;
        break;
      }
    if (sep) continue;
    flat += (s[i] == '/' || s[i] == '.') ? '-' : s[i];
    ++i;
  }
  if (!flat.empty() && flat.back() == '-') flat.pop_back();
  const auto a = flat.find('-'), b = flat.find('-', a == std::string::npos ? a : a + 1);
  if (a == std::string::npos || b == std::string::npos || flat.find('-', b + 1) != std::string::npos) return std::nullopt;
  auto y = digits(std::string_view(flat).substr(0, a), 4);
  auto m = digits(std::string_view(flat).substr(a + 1, b - a - 1), 2);
  auto d = digits(std::string_view(flat).substr(b + 1), 2);
  if (!y || !m || !d || a != 4) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *y, *m, *d);
  if (!isDate(buf)) return std::nullopt;
  return std::string(buf);
}

std::optional<bool> yesNo(std::string_view cell) {
  const std::string s = asciiLower(cell);
  for (std::string_view y : {"是", "党员", "中共党员", "yes", "y", "true", "1", "√"})
    if (s == y) return true;
  for (std::string_view n : {"否", "非党员", "群众", "no", "n", "false", "0", "×"})
    if (s == n) return false;
  return std::nullopt;
}

std::vector<std::string> list(std::string_view cell) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    std::string c = clean(item);
    if (!c.empty()) out.push_back(std::move(c));
    item.clear();
  };
  for (std::size_t i = 0; i < cell.size();) {
    bool sep = false;
    for (std::string_view s : {"、", "，", "；", ",", ";", "\n", "\r"})
      if (cell.substr(i, s.size()) == s) {
        flush();
        i += s.size();
        sep = true;
        break;
      }
    if (!sep) item += cell[i++];
  }
  flush();
  return out;
}

std::optional<std::vector<int>> weekdays(std::string_view cell) {
  std::vector<int> days;
  for (const std::string& token : list(cell)) {
    // A range "周一至周五", "1-5", "Mon~Fri".
    std::optional<int> from, to;
    for (std::string_view dash : {"至", "到", "~", "～", "-", "—"}) {
      auto at = token.find(dash);
      if (at != std::string::npos && at > 0) {
        from = oneDay(std::string_view(token).substr(0, at));
        to = oneDay(std::string_view(token).substr(at + dash.size()));
        if (!from || !to || *from > *to) return std::nullopt;
        break;
      }
    }
    if (from) {
      for (int d = *from; d <= *to; ++d) days.push_back(d);
      continue;
    }
    if (auto d = oneDay(token)) {
      days.push_back(*d);
      continue;
    }
    // "一三五": several Chinese day numerals in a row.
    std::string_view rest = token;
    for (std::string_view prefix : {"星期", "礼拜", "周"})
      if (rest.substr(0, prefix.size()) == prefix) rest.remove_prefix(prefix.size());
    if (rest.empty() || rest.size() % 3 != 0) return std::nullopt;
    for (std::size_t i = 0; i < rest.size(); i += 3) {
      auto d = oneDay(rest.substr(i, 3));
      if (!d) return std::nullopt;
      days.push_back(*d);
    }
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::optional<TargetGroup> targetGroup(std::string_view cell) {
  static const std::array<std::vector<std::string_view>, 5> kWords = {{
      {"一般", "普通", "居民", "群众"}, {"老人", "老年人", "老年"}, {"儿童", "孩子", "未成年人", "青少年"},
      {"残疾人", "残障人士"}, {"其他", "其它"}}};
  for (std::size_t i = 0; i < kWords.size(); ++i)
    for (std::string_view w : kWords[i])
      if (cell == w) return static_cast<TargetGroup>(i);
  return parseEnum<TargetGroup>(asciiLower(cell));
}

std::optional<UnitLevel> unitLevel(std::string_view cell) {
  for (std::string_view w : {"市级", "市", "市级单位", "市级部门"})
    if (cell == w) return UnitLevel::city;
  for (std::string_view w : {"区级", "区", "区县级", "区级单位", "区级部门"})
    if (cell == w) return UnitLevel::district;
  return parseEnum<UnitLevel>(asciiLower(cell));
}

std::string targetGroupWord(TargetGroup g, Language lang) {
  static constexpr std::array<std::string_view, 5> kZh = {"一般", "老人", "儿童", "残疾人", "其他"};
  return std::string(lang == Language::zh ? kZh[static_cast<std::size_t>(g)] : enumName(g));
}

std::string unitLevelWord(UnitLevel l, Language lang) {
  if (lang == Language::en) return std::string(enumName(l));
  return l == UnitLevel::city ? "市级" : "区级";
}

std::string yesNoWord(bool b, Language lang) {
  if (lang == Language::en) return b ? "yes" : "no";
  return b ? "是" : "否";
}

std::string weekdaysWord(const std::vector<int>& days, Language lang) {
  static constexpr std::array<std::string_view, 7> kEn = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  std::string out;
  for (int d : days) {
    if (d < 1 || d > 7) continue;
    if (!out.empty()) out += lang == Language::zh ? "、" : ",";
    out += lang == Language::zh ? "周" + std::string(kDayChars[static_cast<std::size_t>(d - 1)])
                                : std::string(kEn[static_cast<std::size_t>(d - 1)]);
  }
  return out;
}

std::string listWord(const std::vector<std::string>& items, Language lang) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += lang == Language::zh ? "、" : ",";
    out += item;
  }
  return out;
}

}  // namespace gj::io::cells
