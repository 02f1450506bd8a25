// The plan's notes (plan_needs.cpp writes them in English for the CLI) read back into their parts, so the
// Matching screen can say them in the user's language. Pure logic, tested in test_ui_match_notes.cpp.
#pragma once
#include <string>

namespace gj::ui {

struct PlanNote {
  // "lock_no_need", "lock_no_unit", "lock_not_open", "lock_taken", "lock_past_slots", "forbid_no_need",
  // "forbid_no_unit"; "" when the text has none of these shapes (then show it as it is).
  std::string kind;
  std::string need, unit;
  std::string status;  // lock_not_open: the need's status id ("matched")
};

PlanNote parsePlanNote(const std::string& note);

}  // namespace gj::ui
