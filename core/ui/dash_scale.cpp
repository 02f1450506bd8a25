// Chart axes and number labels; see dash_scale.h.
#include "ui/dash_scale.h"

#include <cmath>
#include <cstdio>

namespace gj::ui {

AxisScale niceScale(double maxValue, int maxTicks, bool wholeSteps) {
  if (maxTicks < 1) maxTicks = 1;
  if (!(maxValue > 0) || !std::isfinite(maxValue)) return AxisScale{1, 1};
  // Candidates 1, 2, 5 x 10^k from just below the raw step upwards; the first that fits wins.
  const double raw = maxValue / maxTicks;
  double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (;; power *= 10)
    for (double m : {1.0, 2.0, 5.0}) {
      const double step = m * power;
      if (wholeSteps && step < 1) continue;
      // Rounding guards against 0.1 * 3 landing a hair below 0.3.
      const int ticks = static_cast<int>(std::ceil(maxValue / step - 1e-9));
      if (ticks <= maxTicks) return AxisScale{step, ticks < 1 ? 1 : ticks};
    }
}

std::string tickLabel(double value) {
  const long long hundredths = std::llround(value * 100);
  std::string text = groupedNumber(hundredths / 100);
  if (hundredths < 0 && hundredths / 100 == 0) text = "-" + text;
  const int rest = static_cast<int>(std::llabs(hundredths % 100));
  if (rest == 0) return text;
  char frac[16];
  if (rest % 10 == 0)
    std::snprintf(frac, sizeof frac, ".%d", rest / 10);
  else
    std::snprintf(frac, sizeof frac, ".%02d", rest);
  return text + frac;
}

std::string groupedNumber(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace gj::ui
