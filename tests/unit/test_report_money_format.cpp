// Money formatting: integer fen to yuan and 万元 exactly, as the article writes its figures.
#include <doctest/doctest.h>

#include "report/money_format.h"

using gj::report::formatWanYuan;
using gj::report::formatYuan;

TEST_CASE("money: fen as 万元") {
  CHECK(formatWanYuan(154100000) == "154.1");   // 154.1万元, the article's funds figure
  CHECK(formatWanYuan(36000000) == "36");       // 36万元
  CHECK(formatWanYuan(10050000) == "10.05");
  CHECK(formatWanYuan(10055000) == "10.06");    // half up at two places
  CHECK(formatWanYuan(10055000, 1) == "10.1");
  CHECK(formatWanYuan(4999, 2) == "0");         // less than half of 0.01万元
  CHECK(formatWanYuan(0) == "0");
  CHECK(formatWanYuan(-154100000) == "-154.1");
}

TEST_CASE("money: fen as yuan") {
  CHECK(formatYuan(12345) == "123.45");
  CHECK(formatYuan(10000) == "100.00");
  CHECK(formatYuan(5) == "0.05");
  CHECK(formatYuan(-5) == "-0.05");
}
