// Fuzz target: iCalendar export of hostile text. The input is cut at 0x1E into an activity's title, place,
// start, end, the community's and a unit's name, and flags; a record that fails validation is skipped (the
// export only ever sees stored records). Checked on the export in both languages: valid UTF-8, every line
// ends with CRLF and holds at most 75 octets, no control character but the line ends, one event.
// Also: escaping and folding raw bytes never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "io/gb18030.h"
#include "io/ical_export.h"

namespace {

std::string field(const std::vector<std::string_view>& p, std::size_t i, std::string_view fallback) {
  return std::string(i < p.size() ? p[i] : fallback);
}

void checkCalendar(const std::string& ics) {
  using gj::fuzz::require;
  require(gj::io::isValidUtf8(ics), "the calendar is valid UTF-8", ics);
  std::size_t events = 0;
  for (std::size_t at = 0; at < ics.size();) {
    const std::size_t end = ics.find("\r\n", at);
    require(end != std::string::npos, "every line ends with CRLF", ics.substr(at));
    const std::string_view line(ics.data() + at, end - at);
    require(line.size() <= 75, "a line holds at most 75 octets", line);
    for (const char ch : line) {
      const auto b = static_cast<unsigned char>(ch);
      require((b >= 0x20 && b != 0x7f) || b == '\t', "no control character but HTAB inside a line (RFC 5545)", line);
    }
    if (line == "BEGIN:VEVENT") ++events;
    at = end + 2;
  }
  require(events == 1, "one activity gives one event", ics);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gj;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)io::icsFoldLine(io::icsEscapeText(input));  // raw bytes: must not crash

  const auto p = fuzz::pieces(input);
  for (std::string_view piece : p)
    if (!io::isValidUtf8(piece)) return 0;  // stored text is always UTF-8 (json_text.h, gb18030.h)
  Dataset ds;
  ds.street = "street/1";
  Street s;
  s.id = "street/1", s.name = "蒙阳街道", s.created = s.updated = "2024-01-01T08:00:00+08:00";
  Community c;
  c.id = "community/1", c.street = s.id, c.name = field(p, 4, "新城社区"), c.created = c.updated = s.created;
  Unit u;
  u.id = "unit/1", u.name = field(p, 5, "名山区司法局"), u.communities = {c.id}, u.created = u.updated = s.created;
  Activity a;
  a.id = "activity/1", a.created = s.created, a.updated = "2024-07-01T10:00:00+08:00", a.rev = 3;
  a.title = field(p, 0, "义诊");
  a.place = field(p, 1, "");
  a.start = field(p, 2, "2024-07-06T09:00:00+08:00");
  a.end = field(p, 3, "2024-07-06T11:30:00+08:00");
  a.community = c.id;
  a.organisers = {u.id};
  const std::string flags = field(p, 6, "");
  a.recurring_weekly = !flags.empty() && (flags[0] & 1);
  a.type = static_cast<ActivityType>(flags.size() > 1 ? static_cast<unsigned char>(flags[1]) % 9 : 0);
  if (!validate(s).empty() || !validate(c).empty() || !validate(u).empty() || !validate(a).empty()) return 0;
  ds.put(s), ds.put(c), ds.put(u), ds.put(a);
  if (!checkReferences(ds).empty()) return 0;

  checkCalendar(io::exportActivitiesIcs(ds, {Language::zh, "", ""}));
  checkCalendar(io::exportActivitiesIcs(ds, {Language::en, "", ""}));
  return 0;
}
