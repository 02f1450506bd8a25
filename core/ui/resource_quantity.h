// A resource's capacity per quarter as people read and type it, in its kind's own unit: funds in 万元,
// volunteer service in hours, services / material / venues as a count. Records keep integers (fen, minutes,
// a count); these convert exactly, without floating point.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/enums.h"

namespace gj::ui {

// 5000000 fen -> "5" (万元); 750 minutes -> "12.5" (hours, at most 2 decimals, rounded half up); 6 -> "6".
std::string capacityNumber(ResourceKind kind, std::int64_t amount);

enum class CapacityInput { ok, empty, not_a_number, too_precise, too_large };

// The inverse of capacityNumber for typed text (spaces around are ignored): 万元 with at most 6 decimals
// (1 fen), hours with at most 2 decimals (rounded to the minute, half up), a count as a whole number.
// Negative numbers are not a number here. *out is set only when ok.
CapacityInput parseCapacity(ResourceKind kind, std::string_view text, std::int64_t* out);

// The string-table key of the kind's unit ("res.unit.funds" -> 万元 / ×10k yuan).
std::string capacityUnitKey(ResourceKind kind);

}  // namespace gj::ui
