// iCalendar (RFC 5545) export of volunteer activities, for phones' and office calendars.
//
// Times: every event is written in Beijing time with TZID=Asia/Shanghai and one VTIMEZONE (+08:00, no daylight
// saving since 1991), because that is where the activities happen and what people expect to see; a record
// stored with another offset is converted. (Floating times would shift for a liaison travelling; UTC would show
// odd times in calendars that ignore the zone.)
// UID is stable from the record id ("activity-17@gongjian"), DTSTAMP is the record's last update (no clock is
// read, so the same dataset gives the same bytes), SEQUENCE = rev - 1, a weekly activity gets RRULE:FREQ=WEEKLY.
// Text is escaped (\\ \; \, \n), lines are folded at 75 octets without splitting a UTF-8 character, CRLF ends.
// No personal data: title, type, place, community and organising units only.
#pragma once
#include <string>
#include <string_view>

#include "domain/dataset.h"
#include "domain/message.h"

namespace gj::io {

struct IcsOptions {
  Language lang = Language::zh;  // words in DESCRIPTION and the calendar name
  std::string community;         // only this community's activities ("" = all)
  std::string from;              // only activities starting on or after this date ("" = all)
};

// Activities by start time, then id.
std::string exportActivitiesIcs(const Dataset& ds, const IcsOptions& options = {});

// The RFC 5545 pieces, for tests and other calendar writers.
std::string icsEscapeText(std::string_view text);
std::string icsFoldLine(std::string_view line);  // the content line folded, with its final CRLF

}  // namespace gj::io
