// Recording the quarterly joint meeting (联席会议): a new Meeting record or an edit of one, checked field by
// field so a form can show every problem under its field at once. Nothing is changed here: the caller stores
// the one record as one action (its history keeps every earlier version's values).
//
// Checks, each naming its field:
//   quarter    a real quarter; an edited meeting keeps its quarter
//   date       a real date inside the quarter
//   community  "" (street-wide) or an existing community
//   attending  at least one unit, each an existing unit; listed once each, kept in id order
//   notes      not empty once surrounding spaces are dropped
//   decisions  surrounding spaces dropped, blank ones left out, order kept
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj {

struct MeetingDraft {
  std::string meeting;  // the record's id: an existing meeting to edit, or a free id for a new one
  Quarter quarter;
  std::string date;
  std::string community;               // "" for a street-wide meeting
  std::vector<std::string> attending;  // unit ids
  std::string notes;
  std::vector<std::string> decisions;
};

// Refused: outcome says why (the first problem) and fieldErrors holds every problem by field name
// ("date", "community", "attending", "notes", "quarter", "meeting"); meeting is unset.
struct MeetingChange {
  Outcome outcome;
  std::optional<Meeting> meeting;
  std::map<std::string, Message> fieldErrors;
  bool created = false;  // a new record (not an edit)
  explicit operator bool() const { return outcome.applied; }
};

MeetingChange recordMeeting(const Dataset& ds, const MeetingDraft& draft, const Edit& e);

// A draft holding the meeting's current values (for editing it).
MeetingDraft draftOf(const Meeting& m);

// The meetings of quarter q, by date then id.
std::vector<const Meeting*> meetingsOfQuarter(const Dataset& ds, Quarter q);

}  // namespace gj
