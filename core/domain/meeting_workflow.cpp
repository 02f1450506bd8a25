// Recording a joint meeting: every field checked first (all problems collected), then the record created or
// edited through history.h so its rev and history move as for any other change.
#include "domain/meeting_workflow.h"

#include <algorithm>

#include "domain/dates.h"

namespace gj {
namespace {

std::string trimmed(const std::string& s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string zhQuarter(Quarter q) { return std::to_string(q.year) + "年第" + std::to_string(q.q) + "季度"; }

}  // namespace

MeetingDraft draftOf(const Meeting& m) {
  return MeetingDraft{.meeting = m.id, .quarter = m.quarter, .date = m.date, .community = m.community,
                      .attending = m.attending, .notes = m.notes, .decisions = m.decisions};
}

MeetingChange recordMeeting(const Dataset& ds, const MeetingDraft& draft, const Edit& e) {
  MeetingChange out;
  auto fail = [&](const char* field, Message m) { out.fieldErrors.emplace(field, std::move(m)); };
  const Meeting* existing = ds.find<Meeting>(draft.meeting);
  if (!existing && (!isIdOfType(draft.meeting, Meeting::kType) || ds.contains(draft.meeting)))
    fail("meeting", {"meeting.record.id_taken", "\"" + draft.meeting + "\" is not a free id for a new meeting",
                     "编号“" + draft.meeting + "”不能用于新的会议记录"});

  const Quarter q = draft.quarter;
  if (!q.valid())
    fail("quarter", {"meeting.record.no_quarter", "quarter: choose the quarter of the meeting", "季度：请选择会议所属季度"});
  else if (existing && existing->quarter != q)
    fail("quarter", {"meeting.record.quarter_changed",
                     "quarter: a recorded meeting stays in " + existing->quarter.text() + "; record a new one for " +
                         q.text(),
                     "季度：已记录的会议属于" + zhQuarter(existing->quarter) + "，不能改到" + zhQuarter(q) +
                         "；请为该季度新建会议记录"});

  const std::string date = trimmed(draft.date);
  if (date.empty())
    fail("date", {"meeting.record.no_date", "date: give the date of the meeting, like 2024-07-05",
                  "会议日期：请填写日期，如 2024-07-05"});
  else if (!isDate(date))
    fail("date", {"meeting.record.bad_date", "date: \"" + date + "\" is not a real date like 2024-07-05",
                  "会议日期：“" + date + "”不是有效日期（应如 2024-07-05）"});
  else if (q.valid() && !q.contains(date))
    fail("date", {"meeting.record.date_outside",
                  "date: " + date + " is outside " + q.text() + " (" + q.firstDay() + " to " + q.lastDay() + ")",
                  "会议日期：" + date + " 不在" + zhQuarter(q) + "内（" + q.firstDay() + " 至 " + q.lastDay() + "）"});

  if (!draft.community.empty() && !ds.find<Community>(draft.community))
    fail("community", {"meeting.record.no_community", "community: there is no community \"" + draft.community + "\"",
                       "社区：没有社区“" + draft.community + "”"});

  std::vector<std::string> attending;
  for (const std::string& unit : draft.attending) {
    if (!ds.find<Unit>(unit)) {
      fail("attending", {"meeting.record.no_unit", "attending units: there is no unit \"" + unit + "\"",
                         "参会单位：没有单位“" + unit + "”"});
      break;
    }
    if (std::find(attending.begin(), attending.end(), unit) == attending.end()) attending.push_back(unit);
  }
  if (attending.empty() && !out.fieldErrors.count("attending"))
    fail("attending", {"meeting.record.no_attending", "attending units: choose at least one unit that attended",
                       "参会单位：请至少选择一个参会单位"});
  std::sort(attending.begin(), attending.end(), IdLess{});

  const std::string notes = trimmed(draft.notes);
  if (notes.empty())
    fail("notes", {"meeting.record.no_notes", "notes: write what the meeting discussed", "会议纪要：请填写会议讨论的内容"});

  std::vector<std::string> decisions;
  for (const std::string& d : draft.decisions)
    if (std::string t = trimmed(d); !t.empty()) decisions.push_back(std::move(t));

  if (auto why = checkEdit(e)) {  // the operator first: without one nothing can be stored anyway
    out.outcome = Outcome::refused(*why);
    return out;
  }
  if (!out.fieldErrors.empty()) {
    // The first problem in the order the form shows its fields.
    for (const char* field : {"meeting", "quarter", "date", "community", "attending", "notes"})
      if (auto it = out.fieldErrors.find(field); it != out.fieldErrors.end()) {
        out.outcome = Outcome::refused(it->second);
        break;
      }
    return out;
  }

  Meeting next = existing ? *existing : Meeting{};
  next.id = draft.meeting;
  next.quarter = q;
  next.date = date;
  next.community = draft.community;
  next.attending = std::move(attending);
  next.notes = notes;
  next.decisions = std::move(decisions);
  if (existing) {
    Meeting current = *existing;
    if (Outcome o = editRecord(current, next, e); !o) {
      out.outcome = o;
      return out;
    }
    out.outcome = Outcome::ok();
    if (current.rev != existing->rev) out.meeting = std::move(current);  // unchanged: nothing to store
    return out;
  }
  if (Outcome o = createRecord(next, e); !o) {
    out.outcome = o;
    return out;
  }
  out.outcome = Outcome::ok();
  out.created = true;
  out.meeting = std::move(next);
  return out;
}

std::vector<const Meeting*> meetingsOfQuarter(const Dataset& ds, Quarter q) {
  std::vector<const Meeting*> out;
  for (const auto& [id, m] : ds.meetings())
    if (m.quarter == q) out.push_back(&m);
  std::stable_sort(out.begin(), out.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
  return out;  // the table is in id order, so equal dates stay by id
}

}  // namespace gj
