// The dashboard charts' numbers: round axis steps, tick labels and grouped thousands (ui/dash_scale.h).
#include <doctest/doctest.h>

#include "ui/dash_scale.h"

using gj::ui::AxisScale;
using gj::ui::groupedNumber;
using gj::ui::niceScale;
using gj::ui::tickLabel;

namespace {
void checkScale(AxisScale s, double step, int ticks) {
  CHECK(s.step == doctest::Approx(step));
  CHECK(s.ticks == ticks);
}
}  // namespace

TEST_CASE("dashboard charts: a round axis that reaches the largest value") {
  checkScale(niceScale(49, 5), 10, 5);      // 49 projects: 0, 10, .. 50
  checkScale(niceScale(50, 5), 10, 5);      // exactly on a tick
  checkScale(niceScale(51, 5), 20, 3);      // one more needs the next step
  checkScale(niceScale(154.1, 5), 50, 4);   // 154.1 万元: 0 .. 200
  checkScale(niceScale(10222, 5), 5000, 3); // person-times: 0 .. 15,000
  checkScale(niceScale(10222, 8), 2000, 6);
  checkScale(niceScale(7, 2), 5, 2);
  checkScale(niceScale(0.3, 5), 0.1, 3);    // 0.1 * 3 is a hair above 0.3 in binary: still 3 ticks
  checkScale(niceScale(0.3, 5, true), 1, 1);  // counts never step by less than 1
  checkScale(niceScale(3, 5, true), 1, 3);
  checkScale(niceScale(0, 5), 1, 1);        // nothing yet: 0 .. 1
  checkScale(niceScale(-4, 5), 1, 1);
  checkScale(niceScale(12, 0), 20, 1);      // at least one tick
  CHECK(niceScale(154.1, 5).top() == doctest::Approx(200));
}

TEST_CASE("dashboard charts: tick labels and grouped numbers") {
  CHECK(tickLabel(0) == "0");
  CHECK(tickLabel(40) == "40");
  CHECK(tickLabel(2.5) == "2.5");
  CHECK(tickLabel(0.25) == "0.25");
  CHECK(tickLabel(0.1 * 3) == "0.3");
  CHECK(tickLabel(15000) == "15,000");
  CHECK(tickLabel(1234.05) == "1,234.05");
  CHECK(tickLabel(-0.5) == "-0.5");
  CHECK(tickLabel(-2) == "-2");
  CHECK(groupedNumber(0) == "0");
  CHECK(groupedNumber(999) == "999");
  CHECK(groupedNumber(1000) == "1,000");
  CHECK(groupedNumber(10222) == "10,222");
  CHECK(groupedNumber(1234567) == "1,234,567");
  CHECK(groupedNumber(-45678) == "-45,678");
}
