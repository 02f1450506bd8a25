#include "report/money_format.h"

#include <cstdio>

namespace gj::report {

namespace {
std::string withSign(bool negative, std::string text) { return negative ? "-" + text : text; }
}  // namespace

std::string formatWanYuan(std::int64_t fen, int decimals) {
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;  // 1 fen = 0.000001万元: no finer unit exists
  bool negative = fen < 0;
  std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  std::uint64_t scale = 1000000;  // fen per smallest shown unit: 1万元 = 1,000,000 fen
  for (int i = 0; i < decimals; ++i) scale /= 10;
  std::uint64_t rounded = (v + scale / 2) / scale;  // in units of 10^-decimals 万元
  std::uint64_t pow10 = 1;
  for (int i = 0; i < decimals; ++i) pow10 *= 10;
  std::string text = std::to_string(rounded / pow10);
  if (decimals > 0) {
    std::string f = std::to_string(rounded % pow10);
    f.insert(0, static_cast<size_t>(decimals) - f.size(), '0');
    while (!f.empty() && f.back() == '0') f.pop_back();
    if (!f.empty()) text += "." + f;
  }
  return withSign(negative && rounded != 0, text);
}

std::string formatYuan(std::int64_t fen) {
  bool negative = fen < 0;
  std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  char text[32];
  std::snprintf(text, sizeof text, "%llu.%02llu", static_cast<unsigned long long>(v / 100),
                static_cast<unsigned long long>(v % 100));
  return withSign(negative && v != 0, text);
}

}  // namespace gj::report
