// Residents' and volunteers' personal information (names, phones, exact addresses) never leaves staff
// screens: the kiosk and public exports work from publicSnapshot(); staff screens show maskedPhone().
#pragma once
#include <string>
#include <string_view>

#include "domain/dataset.h"

namespace gj {

// "13812345678" -> "138****5678"; anything shorter than 7 characters becomes "****".
std::string maskedPhone(std::string_view phone);

// A copy without personal information: needs' reporters and volunteers' phones are emptied, and so are the
// before/after values of history entries that recorded them (a history must not leak what a field hides).
Dataset publicSnapshot(const Dataset& ds);

}  // namespace gj
