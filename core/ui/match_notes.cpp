// Reading the plan's notes: "lock need/3 -> unit/7 ignored: the need is matched" and its siblings.
#include "ui/match_notes.h"

namespace gj::ui {

namespace {
bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }
}  // namespace

PlanNote parsePlanNote(const std::string& note) {
  PlanNote out;
  std::string rest;
  std::string rule;
  for (const char* r : {"lock ", "forbid "})
    if (startsWith(note, r)) {
      rule = std::string(r, std::char_traits<char>::length(r) - 1);
      rest = note.substr(rule.size() + 1);
    }
  if (rule.empty()) return out;
  const auto arrow = rest.find(" -> ");
  if (arrow == std::string::npos) return out;
  const auto space = rest.find(' ', arrow + 4);
  if (space == std::string::npos) return out;
  const std::string need = rest.substr(0, arrow), unit = rest.substr(arrow + 4, space - arrow - 4);
  const std::string tail = rest.substr(space + 1);
  if (tail == "ignored: no such need") out.kind = rule + "_no_need";
  else if (tail == "ignored: no such unit") out.kind = rule + "_no_unit";
  else if (rule == "lock" && tail == "ignored: the need is locked to another unit already") out.kind = "lock_taken";
  else if (rule == "lock" && tail == "kept past the unit's slots") out.kind = "lock_past_slots";
  else if (rule == "lock" && startsWith(tail, "ignored: the need is ")) {
    out.kind = "lock_not_open";
    out.status = tail.substr(std::string("ignored: the need is ").size());
  }
  if (out.kind.empty()) return out;
  out.need = need;
  out.unit = unit;
  return out;
}

}  // namespace gj::ui
