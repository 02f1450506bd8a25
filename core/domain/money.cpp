// Yuan text <-> fen, exact (no floating point anywhere near money).
#include "domain/money.h"

#include <cstdio>

namespace gj {

std::optional<std::int64_t> parseYuan(std::string_view text) {
  auto dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 13) return std::nullopt;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return std::nullopt;
  std::int64_t fen = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    fen = fen * 10 + (c - '0');
  }
  fen *= 100;
  std::int64_t scale = 10;
  for (char c : frac) {
    if (c < '0' || c > '9') return std::nullopt;
    fen += (c - '0') * scale;
    scale /= 10;
  }
  return fen;
}

std::string yuanText(std::int64_t fen) {
  const bool negative = fen < 0;
  // Work in unsigned so that INT64_MIN does not overflow on negation.
  std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", negative ? "-" : "", static_cast<unsigned long long>(abs / 100),
                static_cast<unsigned long long>(abs % 100));
  return buf;
}

}  // namespace gj
