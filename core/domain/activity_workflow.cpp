// The activity steps: every check first, on a copy, then the activity as it will be stored.
#include "domain/activity_workflow.h"

#include <algorithm>

#include "domain/dates.h"

namespace gj {
namespace {

Message msg(const char* key, std::string en, std::string zh) { return Message{key, std::move(en), std::move(zh)}; }

ActivityChange refused(std::string field, Message m) {
  return ActivityChange{.outcome = Outcome::refused(std::move(m)), .field = std::move(field)};
}

std::string trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// "HH:MM" 00:00..23:59 as minutes after midnight; -1 when not one.
int clockMinutes(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return -1;
  for (int i : {0, 1, 3, 4})
    if (t[static_cast<std::size_t>(i)] < '0' || t[static_cast<std::size_t>(i)] > '9') return -1;
  const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
  return h > 23 || m > 59 ? -1 : h * 60 + m;
}

ActivityChange noActivity(const std::string& id) {
  return refused("", msg("activity.no_activity", "there is no activity \"" + id + "\"", "没有活动“" + id + "”"));
}

// Stamps the edited copy; a record that would not validate is refused (never stored).
ActivityChange committed(const Activity& before, const Activity& after, const Edit& e) {
  Activity a = before;
  if (Outcome o = commitEdit(a, after, e); !o) return ActivityChange{.outcome = o};
  return ActivityChange{.outcome = Outcome::ok(), .activity = std::move(a)};
}

}  // namespace

std::string chinaTime(const std::string& date, const std::string& clock) {
  if (!isDate(date) || clockMinutes(clock) < 0) return "";
  return date + "T" + clock + ":00+08:00";
}

int activityMinutes(const Activity& a) {
  const auto start = epochSeconds(a.start), end = epochSeconds(a.end);
  if (!start || !end || *end <= *start) return 0;
  return static_cast<int>((*end - *start) / 60);
}

ActivityChange createActivity(const Dataset& ds, const ActivityDraft& d, const std::string& id, const Edit& e) {
  if (auto why = checkEdit(e)) return refused("", *why);
  if (!isIdOfType(id, Activity::kType) || ds.contains(id))
    return refused("", msg("activity.id_taken", "\"" + id + "\" is not a free id for the new activity",
                           "编号“" + id + "”已被使用或不适用于新活动"));
  const std::string title = trimmed(d.title);
  if (title.empty()) return refused("title", msg("activity.create.no_title", "Title: give the activity a title", "活动名称：请填写活动名称"));
  if (!ds.find<Community>(d.community))
    return refused("community", msg("activity.create.no_community", "Community: choose the community it serves",
                                    "社区：请选择服务的社区"));
  if (!isDate(d.date))
    return refused("date", msg("activity.create.bad_date", "Date: \"" + d.date + "\" is not a date (YYYY-MM-DD)",
                               "日期：“" + d.date + "”不是有效日期（年-月-日）"));
  const int from = clockMinutes(d.from), to = clockMinutes(d.to);
  if (from < 0)
    return refused("start", msg("activity.create.bad_start", "Start: \"" + d.from + "\" is not a time (HH:MM)",
                                "开始时间：“" + d.from + "”不是有效时间（时:分）"));
  if (to < 0)
    return refused("end", msg("activity.create.bad_end", "End: \"" + d.to + "\" is not a time (HH:MM)",
                              "结束时间：“" + d.to + "”不是有效时间（时:分）"));
  if (to <= from)
    return refused("end", msg("activity.create.end_before_start", "End: must be after the start (" + d.from + ")",
                              "结束时间：须晚于开始时间（" + d.from + "）"));
  const std::string place = trimmed(d.place);
  if (place.empty()) return refused("place", msg("activity.create.no_place", "Place: say where it takes place", "地点：请填写活动地点"));
  if (d.headcount < 1 || d.headcount > kMaxHeadcount)
    return refused("headcount", msg("activity.create.bad_headcount",
                                    "Volunteers wanted: a number from 1 to " + std::to_string(kMaxHeadcount),
                                    "所需志愿者：请填写 1 到 " + std::to_string(kMaxHeadcount) + " 之间的人数"));
  if (d.organisers.empty())
    return refused("organisers", msg("activity.create.no_organiser", "Organising units: choose at least one unit",
                                     "组织单位：请至少选择一个单位"));
  for (std::size_t i = 0; i < d.organisers.size(); ++i) {
    if (!ds.find<Unit>(d.organisers[i]))
      return refused("organisers", msg("activity.create.bad_organiser", "Organising units: there is no unit \"" + d.organisers[i] + "\"",
                                       "组织单位：没有单位“" + d.organisers[i] + "”"));
    if (std::count(d.organisers.begin(), d.organisers.end(), d.organisers[i]) > 1)
      return refused("organisers", msg("activity.create.organiser_twice", "Organising units: a unit is listed twice",
                                       "组织单位：单位重复"));
  }
  Activity a{.title = title, .type = d.type, .community = d.community, .start = chinaTime(d.date, d.from),
             .end = chinaTime(d.date, d.to), .place = place, .headcount = d.headcount, .organisers = d.organisers,
             .recurring_weekly = d.recurring_weekly};
  a.id = id;
  if (Outcome o = createRecord(a, e); !o) return refused("", o.reason);
  return ActivityChange{.outcome = Outcome::ok(), .activity = std::move(a)};
}

ActivityChange acceptStaffing(const Dataset& ds, const std::string& activityId, const std::vector<std::string>& volunteers,
                              const Edit& e) {
  if (auto why = checkEdit(e)) return refused("", *why);
  const Activity* found = ds.find<Activity>(activityId);
  if (!found) return noActivity(activityId);
  if (volunteers.empty())
    return refused("volunteers", msg("activity.staff.none", "Volunteers: choose at least one volunteer", "志愿者：请至少选择一名志愿者"));
  Activity next = *found;
  for (const std::string& v : volunteers) {
    const Volunteer* vol = ds.find<Volunteer>(v);
    if (!vol) return refused("volunteers", msg("activity.staff.no_volunteer", "Volunteers: there is no volunteer \"" + v + "\"",
                                               "志愿者：没有志愿者“" + v + "”"));
    for (const Attendance& at : next.attendance)
      if (at.volunteer == v)
        return refused("volunteers", msg("activity.staff.twice", "Volunteers: " + vol->name + " is already signed up",
                                         "志愿者：" + vol->name + " 已在名单中"));
    next.attendance.push_back(Attendance{.volunteer = v, .minutes = 0});
  }
  if (static_cast<int>(next.attendance.size()) > found->headcount) {
    const int left = std::max(0, found->headcount - static_cast<int>(found->attendance.size()));
    return refused("volunteers", msg("activity.staff.over_headcount",
                                     "Volunteers: only " + std::to_string(left) + " of " + std::to_string(found->headcount) +
                                         " places are left",
                                     "志愿者：所需 " + std::to_string(found->headcount) + " 人，只剩 " + std::to_string(left) + " 个名额"));
  }
  return committed(*found, next, e);
}

ActivityChange recordAttendance(const Dataset& ds, const std::string& activityId, const AttendanceRecord& record,
                                const Edit& e) {
  if (auto why = checkEdit(e)) return refused("", *why);
  const Activity* found = ds.find<Activity>(activityId);
  if (!found) return noActivity(activityId);
  const auto start = epochSeconds(found->start), now = epochSeconds(e.at);
  if (start && now && *now < *start)
    return refused("attendance", msg("activity.attend.not_started",
                                     "Attendance: it is recorded once the activity has started (" + found->start.substr(0, 16) + ")",
                                     "出勤：活动开始后才能登记（" + found->start.substr(0, 16) + "）"));
  const int length = activityMinutes(*found);
  Activity next = *found;
  for (const Attendance& in : record.attendance) {
    const Volunteer* vol = ds.find<Volunteer>(in.volunteer);
    if (!vol) return refused("attendance", msg("activity.attend.no_volunteer", "Attendance: there is no volunteer \"" + in.volunteer + "\"",
                                               "出勤：没有志愿者“" + in.volunteer + "”"));
    if (in.minutes < 0 || in.minutes > length)
      return refused("minutes", msg("activity.attend.bad_minutes",
                                    "Minutes of " + vol->name + ": from 0 to the activity's " + std::to_string(length) + " minutes",
                                    vol->name + " 的服务分钟数：须在 0 到活动时长 " + std::to_string(length) + " 分钟之间"));
    auto it = std::find_if(next.attendance.begin(), next.attendance.end(),
                           [&](const Attendance& a) { return a.volunteer == in.volunteer; });
    if (it == next.attendance.end()) next.attendance.push_back(Attendance{.volunteer = in.volunteer, .minutes = in.minutes});
    else it->minutes = in.minutes;
  }
  if (record.people_served < 0)
    return refused("people_served", msg("activity.attend.bad_people", "People served: a whole number, 0 or more",
                                        "服务人次：须为不小于 0 的整数"));
  if (record.children_served < 0 || record.children_served > record.people_served)
    return refused("children_served", msg("activity.attend.bad_children",
                                          "Children served: from 0 to the people served (" + std::to_string(record.people_served) + ")",
                                          "儿童人次：须在 0 到服务人次（" + std::to_string(record.people_served) + "）之间"));
  next.people_served = record.people_served;
  next.children_served = record.children_served;
  return committed(*found, next, e);
}

}  // namespace gj
