// iCalendar export of activities; see ical_export.h.
#include "io/ical_export.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace gj::io {
namespace {

constexpr std::int64_t kBeijingOffset = 8 * 3600;

// "20240705T090000" of UTC seconds shifted by `offset`.
std::string icsDateTime(std::int64_t utcSeconds, std::int64_t offset) {
  const std::int64_t t = utcSeconds + offset;
  std::int64_t days = t / 86400, secs = t % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  const std::string date = dateOfDayNumber(static_cast<int>(days));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4s%.2s%.2sT%02d%02d%02d", date.c_str(), date.c_str() + 5, date.c_str() + 8,
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  return buf;
}

std::string activityTypeWord(ActivityType t, Language lang) {
  static constexpr std::array<std::string_view, 9> kZh = {"义诊", "法律援助", "安全宣传", "政策咨询", "入户走访",
                                                          "邻里学堂", "儿童活动", "文化活动", "其他"};
  static constexpr std::array<std::string_view, 9> kEn = {"free clinic", "legal aid", "safety publicity",
                                                          "policy consultation", "home visit", "neighbourhood school",
                                                          "children", "culture", "other"};
  const auto i = static_cast<std::size_t>(t);
  return std::string(lang == Language::zh ? kZh[i] : kEn[i]);
}

// "activity/17" -> "activity-17@gongjian": stable across exports, so calendars update instead of duplicating.
std::string uidOf(const std::string& id) {
  std::string uid = id;
  std::replace(uid.begin(), uid.end(), '/', '-');
  return uid + "@gongjian";
}

}  // namespace

std::string icsEscapeText(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
      // RFC 5545 TEXT holds no control character but HTAB: a stray one from pasted text is dropped.
    } else {
      out += c;
    }
  }
  return out;
}

std::string icsFoldLine(std::string_view line) {
  std::string out;
  std::size_t limit = 75;  // octets of the first line; later lines start with a space and carry 74 more
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    if (cut == 0) cut = limit;  // not UTF-8 at all (a long run of continuation bytes): cut anyway, never loop
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string exportActivitiesIcs(const Dataset& ds, const IcsOptions& options) {
  const bool zh = options.lang == Language::zh;
  std::vector<const Activity*> list;
  for (const auto& [id, a] : ds.activities()) {
    if (!options.community.empty() && a.community != options.community) continue;
    if (!options.from.empty() && std::string(datePart(a.start)) < options.from) continue;
    if (!epochSeconds(a.start) || !epochSeconds(a.end)) continue;  // validated records always have both
    list.push_back(&a);
  }
  std::stable_sort(list.begin(), list.end(), [](const Activity* a, const Activity* b) {
    const auto sa = *epochSeconds(a->start), sb = *epochSeconds(b->start);
    return sa != sb ? sa < sb : idLess(a->id, b->id);
  });

  std::string out;
  auto line = [&](std::string_view text) { out += icsFoldLine(text); };
  const Street* street = ds.find<Street>(ds.street);
  const std::string streetName = street ? street->name : "";
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Gongjian//Community co-building//ZH");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + icsEscapeText(streetName + (zh ? "志愿服务活动" : (streetName.empty() ? "" : " ") + std::string("volunteer activities"))));
  line("X-WR-TIMEZONE:Asia/Shanghai");
  // China has kept +08:00 all year since 1991: one STANDARD part describes the zone fully.
  for (std::string_view l : {"BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                             "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"})
    line(l);
  for (const Activity* a : list) {
    const Community* community = ds.find<Community>(a->community);
    std::string organisers;
    for (const auto& unitId : a->organisers) {
      const Unit* u = ds.find<Unit>(unitId);
      organisers += (organisers.empty() ? "" : (zh ? "、" : ", ")) + (u ? u->name : unitId);
    }
    std::string description = (zh ? "类型：" : "Type: ") + activityTypeWord(a->type, options.lang);
    if (community) description += (zh ? "\n社区：" : "\nCommunity: ") + community->name;
    if (!organisers.empty()) description += (zh ? "\n组织单位：" : "\nOrganised by: ") + organisers;
    if (a->headcount > 0)
      description += zh ? "\n需要志愿者：" + std::to_string(a->headcount) + " 人"
                        : "\nVolunteers wanted: " + std::to_string(a->headcount);
    std::string location = a->place;
    if (community && a->place.find(community->name) == std::string::npos)
      location = location.empty() ? community->name : community->name + (zh ? "，" : ", ") + location;

    line("BEGIN:VEVENT");
    line("UID:" + uidOf(a->id));
    if (auto stamp = epochSeconds(a->updated)) line("DTSTAMP:" + icsDateTime(*stamp, 0) + "Z");
    line("SEQUENCE:" + std::to_string(std::max(0, a->rev - 1)));
    line("DTSTART;TZID=Asia/Shanghai:" + icsDateTime(*epochSeconds(a->start), kBeijingOffset));
    line("DTEND;TZID=Asia/Shanghai:" + icsDateTime(*epochSeconds(a->end), kBeijingOffset));
    if (a->recurring_weekly) line("RRULE:FREQ=WEEKLY");
    line("SUMMARY:" + icsEscapeText(a->title));
    if (!location.empty()) line("LOCATION:" + icsEscapeText(location));
    line("DESCRIPTION:" + icsEscapeText(description));
    line("CATEGORIES:" + icsEscapeText(activityTypeWord(a->type, options.lang)));
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace gj::io
