// Numbers on the dashboard's charts, kept apart from drawing so they can be tested: an axis from 0 to a round
// maximum in round steps (1, 2 or 5 times a power of ten), tick labels without noise, grouped thousands.
#pragma once
#include <string>

namespace gj::ui {

struct AxisScale {
  double step = 1;  // distance between ticks, > 0
  int ticks = 1;    // ticks after 0; the axis ends at step * ticks, at or above the largest value
  double top() const { return step * ticks; }
};

// The smallest round step giving at most maxTicks ticks (>= 1) above 0 that reach maxValue. Counts
// (wholeSteps) never get a step below 1. maxValue <= 0 gives 0..1.
AxisScale niceScale(double maxValue, int maxTicks = 5, bool wholeSteps = false);

// 40 -> "40", 2.5 -> "2.5", 1500 -> "1,500", 0.25 -> "0.25": at most two decimals, trailing zeros dropped.
std::string tickLabel(double value);

// 10234 -> "10,234": counts read at a glance.
std::string groupedNumber(long long n);

}  // namespace gj::ui
