// Record id syntax and the numeric-aware id order.
#include "domain/ids.h"

namespace gj {
namespace {

bool allOf(std::string_view s, bool (*ok)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!ok(c)) return false;
  return true;
}
bool typeChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool keyChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

std::string_view stripZeros(std::string_view s) {
  while (s.size() > 1 && s[0] == '0') s.remove_prefix(1);
  return s;
}

}  // namespace

bool isRecordId(std::string_view id) {
  auto slash = id.find('/');
  return slash != std::string_view::npos && allOf(id.substr(0, slash), typeChar) &&
         allOf(id.substr(slash + 1), keyChar);
}

bool isIdOfType(std::string_view id, std::string_view type) { return isRecordId(id) && idType(id) == type; }

std::string_view idType(std::string_view id) {
  auto slash = id.find('/');
  return slash == std::string_view::npos ? std::string_view{} : id.substr(0, slash);
}

std::string_view idKey(std::string_view id) {
  auto slash = id.find('/');
  return slash == std::string_view::npos ? std::string_view{} : id.substr(slash + 1);
}

std::string makeId(std::string_view type, long long number) {
  return std::string(type) + "/" + std::to_string(number);
}

bool idLess(std::string_view a, std::string_view b) {
  auto ta = idType(a), tb = idType(b);
  if (ta != tb) return ta < tb;
  auto ka = idKey(a), kb = idKey(b);
  bool na = allOf(ka, digit), nb = allOf(kb, digit);
  if (na != nb) return na;  // numbered keys first
  if (na) {
    auto sa = stripZeros(ka), sb = stripZeros(kb);
    if (sa.size() != sb.size()) return sa.size() < sb.size();
    if (sa != sb) return sa < sb;
  }
  return a < b;
}

}  // namespace gj
