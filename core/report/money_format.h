// Money as people read it in reports: integer fen shown as yuan or as 万元, with no floating point.
#pragma once
#include <cstdint>
#include <string>

namespace gj::report {

// 1541000_00 fen -> "154.1" (万元, trailing zeros dropped, at most `decimals` places, rounded half up).
std::string formatWanYuan(std::int64_t fen, int decimals = 2);
// 12345 fen -> "123.45"; 10000 fen -> "100.00".
std::string formatYuan(std::int64_t fen);

}  // namespace gj::report
