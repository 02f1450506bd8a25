// Checks across the demo tables, before any record is made: every key refers to an entry that exists, lead
// units are paired with the project's community, statuses come with what they need, nothing is dated after
// the dataset's as_of date. Each problem names the file and field it is in.
#include <algorithm>
#include <numeric>
#include <set>

#include "io/demo_source_tables.h"

namespace gj::io::demo {
namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

class Check {
 public:
  Check(const DemoSource& s, const std::vector<std::string>& categories, Errors& errors)
      : s_(s), categories_(categories), errors_(errors) {}

  void fail(const std::string& where, const std::string& field, const std::string& expected, const std::string& got) {
    const bool file = where.size() > 5 && where.compare(where.size() - 5, 5, ".json") == 0;  // a top-level field
    errors_.push_back(where + (file ? ": " : ".") + field + ": expected " + expected + ", got " + got);
  }
  const SourceCommunity* community(const std::string& where, const std::string& field, const std::string& key) {
    const SourceCommunity* c = s_.community(key);
    if (!c) fail(where, field, "a community key from street.json", quoted(key));
    return c;
  }
  const SourceUnit* unit(const std::string& where, const std::string& field, const std::string& key) {
    const SourceUnit* u = s_.unit(key);
    if (!u) fail(where, field, "a unit key from units.json", quoted(key));
    return u;
  }
  void paired(const std::string& where, const std::string& field, const std::string& unitKey,
              const std::string& communityKey) {
    const SourceUnit* u = unit(where, field, unitKey);
    if (u && std::find(u->communities.begin(), u->communities.end(), communityKey) == u->communities.end())
      fail(where, field, "a unit paired with " + quoted(communityKey), quoted(unitKey));
  }
  void category(const std::string& where, const std::string& field, const std::string& id) {
    if (std::find(categories_.begin(), categories_.end(), id) == categories_.end())
      fail(where, field, "a category id from categories.json", quoted(id));
  }
  void place(const std::string& where, const SourceCommunity* c, const std::string& place) {
    if (c && std::find(c->compounds.begin(), c->compounds.end(), place) == c->compounds.end())
      fail(where, "place", "a compound of " + quoted(c->key) + " in street.json", quoted(place));
  }
  void notAfterAsOf(const std::string& where, const std::string& field, const std::string& date) {
    if (!date.empty() && date > s_.as_of) fail(where, field, "a date on or before " + s_.as_of, quoted(date));
  }
  template <class T> void uniqueKeys(const std::vector<T>& list, const std::string& file, const std::string& table) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i)
      if (!seen.insert(list[i].key).second)
        fail(file + ": " + table + "[" + std::to_string(i) + "]", "key", "a key used once", quoted(list[i].key));
  }

  void project(const SourceProject& p);
  void need(const SourceNeed& n);

  const DemoSource& s_;
  const std::vector<std::string>& categories_;
  Errors& errors_;
};

void Check::project(const SourceProject& p) {
  const std::string& w = p.where;
  const SourceCommunity* c = community(w, "community", p.community);
  place(w, c, p.place);
  category(w, "category", p.category);
  const bool claimed = p.status >= ProjectStatus::claimed;
  const bool completed = p.status >= ProjectStatus::completed;
  if (claimed) {
    paired(w, "lead", p.lead, p.community);
    for (std::size_t i = 0; i < p.partners.size(); ++i) unit(w, "partners[" + std::to_string(i) + "]", p.partners[i]);
    if (p.quarter) notAfterAsOf(w, "quarter", p.quarter->firstDay());
  } else if (!p.lead.empty() || p.quarter || p.funds_fen != 0) {
    fail(w, "status", "\"claimed\" or later for a project with a lead, quarter or funds", "\"proposed\"");
  }
  if (p.needs.empty() && completed) fail(w, "needs", "at least one need (a problem solved)", "[]");
  const int ratings = p.ratings[0] + p.ratings[1] + p.ratings[2];
  if (p.status == ProjectStatus::evaluated && ratings == 0)
    fail(w, "ratings", "at least one rating for an evaluated project", "[0,0,0]");
  if (ratings > 0 && !completed) fail(w, "ratings", "no ratings before the project is completed", "some");
  if (p.award) notAfterAsOf(w + ".award", "date", p.award->date);
  if (!p.timeline.empty()) {
    std::int64_t sum = 0;
    for (const auto& e : p.timeline) sum += e.funds_fen;
    if (sum != p.funds_fen)
      fail(w, "funds_yuan", "the sum of the timeline's funds_yuan (" + std::to_string(sum / 100) + ")",
           std::to_string(p.funds_fen / 100));
    notAfterAsOf(w, "timeline", p.timeline.back().date);
    return;
  }
  if (p.status == ProjectStatus::in_progress && p.percent.empty())
    fail(w, "percent", "the progress percents of a project in progress", "nothing");
  if (completed && p.days.size() > 3) fail(w, "days", "at most 3 progress entries", std::to_string(p.days.size()));
  if (!p.days.empty() && !p.percent.empty() && p.days.size() != p.percent.size())
    fail(w, "days", std::to_string(p.percent.size()) + " entries, one per percent", std::to_string(p.days.size()));
  if (p.status == ProjectStatus::claimed && p.funds_fen != 0)
    fail(w, "funds_yuan", "0 for a project with no progress yet", std::to_string(p.funds_fen / 100));
  if (claimed && p.status != ProjectStatus::claimed && !s_.progress_notes.count(p.category))
    fail("projects.json: progress_notes", p.category, "3 notes for the category", "nothing");
}

void Check::need(const SourceNeed& n) {
  const std::string& w = n.where;
  const SourceCommunity* c = community(w, "community", n.community);
  place(w, c, n.place);
  category(w, "category", n.category);
  notAfterAsOf(w, "reported", n.reported);
  using S = NeedStatus;
  if (n.status >= S::claimed && n.status <= S::evaluated)
    fail(w, "status", "a status before \"claimed\" or a side exit (claimed needs belong to projects.json)",
         quoted(std::string(enumName(n.status))));
  if (n.status == S::matched) paired(w, "matched_unit", n.matched_unit, n.community);
  if (n.status == S::rejected && (n.decided_by.empty() || n.refer_to.empty()))
    fail(w, n.decided_by.empty() ? "decided_by" : "refer_to", "a non-empty text for a rejected need", "\"\"");
  if (n.status == S::closed_not_fixed && n.reason.empty())
    fail(w, "reason", "a non-empty text for a need closed without a fix", "\"\"");
  if (n.status == S::duplicate) {
    auto it = std::find_if(s_.needs.begin(), s_.needs.end(), [&](const SourceNeed& o) { return o.key == n.duplicate_of; });
    if (it == s_.needs.end() || it->key == n.key || it->community != n.community || it->status == S::duplicate)
      fail(w, "duplicate_of", "the key of another need of " + quoted(n.community) + " in needs.json that is not a duplicate",
           quoted(n.duplicate_of));
    else if (it->reported > n.reported)
      fail(w, "duplicate_of", "a need reported on or before " + n.reported, quoted(n.duplicate_of));
  }
}

}  // namespace

void checkSourceKeys(const DemoSource& s, const std::vector<std::string>& categories, Errors& errors) {
  Check c(s, categories, errors);
  c.uniqueKeys(s.communities, "street.json", "communities");
  c.uniqueKeys(s.units, "units.json", "units");
  c.uniqueKeys(s.projects, "projects.json", "projects");
  c.uniqueKeys(s.needs, "needs.json", "needs");
  for (const auto& u : s.units) {
    for (std::size_t i = 0; i < u.communities.size(); ++i)
      c.community(u.where, "communities[" + std::to_string(i) + "]", u.communities[i]);
    for (std::size_t i = 0; i < u.offers.size(); ++i)
      for (std::size_t k = 0; k < u.offers[i].categories.size(); ++k)
        c.category(u.where + ".offers[" + std::to_string(i) + "]", "categories[" + std::to_string(k) + "]",
                   u.offers[i].categories[k]);
    if (u.activity && !s.activity_types.count(*u.activity))
      c.fail(u.where, "activity", "a type described in activities.json", quoted(std::string(enumName(*u.activity))));
  }
  for (const auto& p : s.projects) c.project(p);
  for (const auto& n : s.needs) c.need(n);
  c.notAfterAsOf("activities.json", "last_quarter", s.last_quarter.firstDay());
  for (const auto& f : s.fridays) {
    c.paired(f.where, "unit", f.unit, f.community);
    auto day = dayNumber(f.from);
    if (day && (*day % 7 + 7) % 7 != 1)  // 1970-01-02, day 1, was a Friday
      c.fail(f.where, "from", "a Friday", quoted(f.from));
    if (f.to < f.from) c.fail(f.where, "to", "a date not before " + f.from, quoted(f.to));
    c.notAfterAsOf(f.where, "to", f.to);
  }
  for (const auto& x : s.sessions) {
    auto it = std::find_if(s.projects.begin(), s.projects.end(), [&](const SourceProject& p) { return p.key == x.project; });
    if (it == s.projects.end() || it->status < ProjectStatus::in_progress)
      c.fail(x.where, "project", "the key of a project in progress or later in projects.json", quoted(x.project));
    if (!s.activity_types.count(x.type))
      c.fail(x.where, "type", "a type described in activities.json", quoted(std::string(enumName(x.type))));
    c.notAfterAsOf(x.where, "to", x.to);
  }
  const SourceStation& st = s.station;
  const std::string sw = "children_station.json";
  c.community(sw, "community", st.community);
  c.category(sw, "category", st.category);
  if (const SourceUnit* lead = c.unit(sw, "lead", st.lead); lead && !lead->communities.empty())
    c.fail(sw, "lead", "a unit in no co-building relations (the station is not a co-building project)", quoted(st.lead));
  for (std::size_t i = 0; i < st.years.size(); ++i) {
    const std::string w = sw + ": years[" + std::to_string(i) + "]";
    c.notAfterAsOf(w, "to", st.years[i].to);
    if (i > 0 && st.years[i].year <= st.years[i - 1].year)
      c.fail(w, "year", "a year after " + std::to_string(st.years[i - 1].year), std::to_string(st.years[i].year));
    if (std::to_string(st.years[i].year) < st.claimed.substr(0, 4))
      c.fail(w, "year", "a year not before the claim (" + st.claimed + ")", std::to_string(st.years[i].year));
  }
  for (std::size_t i = 0; i < s.street_meetings.size(); ++i)
    c.notAfterAsOf("meetings.json: street_meetings[" + std::to_string(i) + "]", "date", s.street_meetings[i].date);
}

}  // namespace gj::io::demo
