// Checked JSON reading; see json_text.h.
#include "domain/json_text.h"

#include <cstdio>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace gj {
namespace {

constexpr std::size_t npos = std::string_view::npos;

std::string at(std::size_t offset) { return " at byte " + std::to_string(offset); }

std::string megabytes(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos.
std::size_t invalidUtf8(std::string_view s, std::size_t from) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = from; i < n;) {
    const unsigned c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
    i += len;
  }
  return npos;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// An object's keys so far: a short list searched in place, a hash set once it grows.
class KeySet {
 public:
  bool insert(std::string_view key) {
    if (set_.empty()) {
      for (std::string_view k : list_)
        if (k == key) return false;
      list_.push_back(key);
      if (list_.size() > 32) set_.insert(list_.begin(), list_.end());
      return true;
    }
    return set_.insert(key).second;
  }

 private:
  std::vector<std::string_view> list_;
  std::unordered_set<std::string_view> set_;
};

struct Level {
  bool object = false;
  bool expectKey = false;
  KeySet keys;
};

}  // namespace

std::string checkJsonText(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes)
    return "the text is " + megabytes(text.size()) + ", more than the limit of " + megabytes(limits.max_bytes);
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return "UTF-16 text (byte order mark)" + at(0) + ": save it as UTF-8";
  if (std::size_t nul = text.find('\0'); nul != npos)
    return "NUL byte" + at(nul) + ": UTF-16 or binary data, not UTF-8 text";
  const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (std::size_t bad = invalidUtf8(text, start); bad != npos) return "invalid UTF-8" + at(bad);

  std::vector<Level> levels;
  const std::size_t n = text.size();
  for (std::size_t i = start; i < n;) {
    const char c = text[i];
    if (c == '{' || c == '[') {
      if (static_cast<int>(levels.size()) >= limits.max_depth)
        return "nested deeper than " + std::to_string(limits.max_depth) + " levels" + at(i);
      levels.push_back(Level{c == '{', c == '{', {}});
      ++i;
    } else if (c == '}' || c == ']') {
      if (!levels.empty()) levels.pop_back();  // a mismatch is a syntax error: nlohmann names it
      ++i;
    } else if (c == ',') {
      if (!levels.empty() && levels.back().object) levels.back().expectKey = true;
      ++i;
    } else if (c == ':') {
      if (!levels.empty()) levels.back().expectKey = false;
      ++i;
    } else if (c == '"') {
      std::size_t j = i + 1;
      while (j < n && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
      if (!levels.empty() && levels.back().object && levels.back().expectKey) {
        std::string_view key = text.substr(i + 1, std::min(j, n) - i - 1);
        if (!levels.back().keys.insert(key)) {
          std::string shownKey(key.substr(0, 40));
          return "the key \"" + shownKey + "\" appears twice in one object" + at(i);
        }
        levels.back().expectKey = false;
      }
      i = j + 1;
    } else if (c == '-' || isDigit(c)) {
      std::size_t j = i + (c == '-' ? 1 : 0);
      const std::size_t digits = j;
      while (j < n && isDigit(text[j])) ++j;
      const bool integer = !(j < n && (text[j] == '.' || text[j] == 'e' || text[j] == 'E'));
      std::string_view magnitude = text.substr(digits, j - digits);
      while (magnitude.size() > 1 && magnitude.front() == '0') magnitude.remove_prefix(1);
      constexpr std::string_view kMax = "9007199254740992";  // 2^53
      if (integer && (magnitude.size() > kMax.size() || (magnitude.size() == kMax.size() && magnitude > kMax)))
        return "the integer " + std::string(text.substr(i, std::min<std::size_t>(j - i, 40))) +
               " is beyond 2^53 and would not stay exact" + at(i);
      while (j < n && (isDigit(text[j]) || text[j] == '.' || text[j] == 'e' || text[j] == 'E' || text[j] == '+' ||
                       text[j] == '-'))
        ++j;
      i = j;
    } else {
      ++i;
    }
  }
  return "";
}

std::optional<nlohmann::json> parseJsonText(std::string_view text, std::string* error, const JsonLimits& limits) {
  std::string problem = checkJsonText(text, limits);
  const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (problem.empty() && text.find_first_not_of(" \t\r\n", start) == std::string_view::npos)
    problem = text.size() > start ? "the text holds only white space, no JSON value" : "the text is empty";
  if (problem.empty()) {
    try {
      return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for 1e999 (found by fuzzing)
      problem = e.what();
      if (auto cut = problem.find("] "); cut != std::string::npos) problem = problem.substr(cut + 2);
    }
  }
  if (error) *error = std::move(problem);
  return std::nullopt;
}

}  // namespace gj
