// Capacity amounts in the kind's unit, both ways (resource_quantity.h).
#include "ui/resource_quantity.h"

#include "report/money_format.h"

namespace gj::ui {

namespace {
constexpr std::int64_t kFenPerWan = 1'000'000;
constexpr std::int64_t kMaxAmount = std::int64_t{1} << 50;  // far beyond any real capacity; no overflow below
}  // namespace

std::string capacityNumber(ResourceKind kind, std::int64_t amount) {
  if (kind == ResourceKind::funds) return report::formatWanYuan(amount, 6);
  if (kind != ResourceKind::volunteer_hours) return std::to_string(amount);
  const bool negative = amount < 0;
  const std::int64_t v = negative ? -amount : amount;
  const std::int64_t hundredths = (v * 100 + 30) / 60;  // hours x 100, half up
  std::string text = std::to_string(hundredths / 100);
  if (const std::int64_t frac = hundredths % 100; frac != 0)
    text += frac % 10 == 0 ? "." + std::to_string(frac / 10) : (frac < 10 ? ".0" : ".") + std::to_string(frac);
  return negative && hundredths != 0 ? "-" + text : text;
}

CapacityInput parseCapacity(ResourceKind kind, std::string_view text, std::int64_t* out) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return CapacityInput::empty;
  const int maxDecimals = kind == ResourceKind::funds ? 6 : kind == ResourceKind::volunteer_hours ? 2 : 0;
  const std::int64_t perWhole = kind == ResourceKind::funds ? kFenPerWan : kind == ResourceKind::volunteer_hours ? 60 : 1;
  std::int64_t whole = 0, frac = 0;
  int decimals = 0, digits = 0;
  bool point = false;
  for (char c : text) {
    if (c == '.' && !point) {
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return CapacityInput::not_a_number;
    ++digits;
    if (point) {
      if (++decimals > maxDecimals) return maxDecimals == 0 ? CapacityInput::not_a_number : CapacityInput::too_precise;
      frac = frac * 10 + (c - '0');
    } else {
      whole = whole * 10 + (c - '0');
      if (whole > kMaxAmount / perWhole) return CapacityInput::too_large;
    }
  }
  if (digits == 0) return CapacityInput::not_a_number;
  if (point && maxDecimals == 0) return CapacityInput::not_a_number;
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // Exact: 万元 decimals are whole fen; hours round to the minute.
  *out = whole * perWhole + (kind == ResourceKind::funds ? frac * (kFenPerWan / scale) : (frac * perWhole + scale / 2) / scale);
  return CapacityInput::ok;
}

std::string capacityUnitKey(ResourceKind kind) { return "res.unit." + std::string(enumName(kind)); }

}  // namespace gj::ui
