// Money is integer fen (分) everywhere; these convert to and from the yuan text people read and type.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gj {

// "10", "10.5", "10.50" -> 1000, 1050, 1050 fen. No sign, no separators, at most 2 decimals, < 10^13 yuan.
std::optional<std::int64_t> parseYuan(std::string_view text);
// 1050 -> "10.50"; negative amounts get a leading "-".
std::string yuanText(std::int64_t fen);

}  // namespace gj
