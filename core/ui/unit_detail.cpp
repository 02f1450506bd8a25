// A unit's detail: level, liaison and paired communities (editable: pairing with a community or ending it,
// changing the liaison — one action with a history entry, nothing deleted), its slots in the shown quarter,
// its resources, its results and the projects it leads.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include <imgui.h>

#include "domain/project_lifecycle.h"
#include "report/money_format.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/unit_history.h"
#include "ui/unit_quarter.h"
#include "ui/unit_screen.h"

namespace gj::ui {

namespace {

struct UnitEditState {
  std::string unit;  // the unit the fields below belong to
  bool editing = false;
  char liaison[64] = "";
  std::vector<std::string> communities;  // chosen community ids
  std::string error;    // inline, under the liaison
  std::string refused;  // the domain's or the storage's refusal
  bool saved = false;
};

UnitEditState& edit() {
  static UnitEditState e;
  return e;
}

// A label and its value; the values line up after the longer of the two labels.
void row(const char* key, const std::string& value) {
  const float labels = std::max(ImGui::CalcTextSize(tr("units.col.liaison")).x, ImGui::CalcTextSize(tr("units.col.communities")).x);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::SameLine(labels + ImGui::GetStyle().ItemSpacing.x * 2 + ImGui::GetStyle().WindowPadding.x);
  ImGui::TextWrapped("%s", value.c_str());
}

void heading(const char* key) {
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(key));
  ImGui::Separator();
}

std::string trimmed(const char* s) {
  std::string t = s;
  const auto first = t.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return t.substr(first, t.find_last_not_of(" \t") - first + 1);
}

bool save(ScreenContext& ctx, const Unit& current, UnitEditState& e) {
  e.error.clear();
  e.refused.clear();
  const std::string liaison = trimmed(e.liaison);
  // A co-building relation needs someone the community can call.
  if (liaison.empty() && !e.communities.empty()) {
    e.error = tr("units.err.liaison");
    return false;
  }
  Unit next = current;
  next.liaison = liaison;
  next.communities = e.communities;
  std::sort(next.communities.begin(), next.communities.end(), [](const auto& a, const auto& b) { return idLess(a, b); });
  Unit stored = current;
  Outcome o = editRecord(stored, next, editNow(ctx));
  if (!o) {
    e.refused = inLang(o.reason);
    return false;
  }
  if (stored.rev == current.rev) return true;  // nothing changed
  io::Action action;
  action.put(stored);
  if (!ctx.workspace->perform(std::move(action))) {
    e.refused = performRefusal(ctx);
    return false;
  }
  return true;
}

void drawEditor(ScreenContext& ctx, const Unit& u, UnitEditState& e) {
  ImGui::TextUnformatted(tr("units.col.liaison"));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##units.edit.liaison", e.liaison, sizeof e.liaison);
  ctx.widgets.markLastItem("units.edit.liaison");
  if (!e.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", e.error.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("units.col.communities"));
  for (const auto& [id, c] : ctx.data().communities()) {
    auto at = std::find(e.communities.begin(), e.communities.end(), id);
    bool on = at != e.communities.end();
    ImGui::PushID(id.c_str());
    if (ImGui::Checkbox(c.name.c_str(), &on)) {
      if (on) e.communities.push_back(id);
      else e.communities.erase(at);
    }
    ImGui::PopID();
    ctx.widgets.markLastItem("units.edit.community." + id);
  }
  formRefusal(ctx, e.refused);
  if (ImGui::Button(tr("units.edit.save"))) {
    if (save(ctx, u, e)) {
      e.editing = false;
      e.saved = true;
    }
  }
  ctx.widgets.markLastItem("units.edit.save");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) e.editing = false;
  ctx.widgets.markLastItem("units.edit.cancel");
}

void drawResources(ScreenContext& ctx, const Unit& u) {
  heading("units.detail.resources");
  bool any = false;
  for (const auto& [id, r] : ctx.data().resources()) {
    if (r.unit != u.id) continue;
    any = true;
    ImGui::Bullet();
    ImGui::TextWrapped("%s · %s · %s · %s", r.title.c_str(), kindLabel(r.kind).c_str(), capacityLabel(r).c_str(),
                       categoryList(ctx, r.categories).c_str());
  }
  if (!any) ImGui::TextDisabled("%s", tr("units.detail.no_resources"));
}

void drawResults(const report::UnitPerformance& p, const std::optional<Quarter>& quarter) {
  char title[128];
  std::snprintf(title, sizeof title, "%s · %s", tr("units.tab.results"),
                quarter ? quarter->text().c_str() : tr("units.results.all"));
  ImGui::Spacing();
  ImGui::Spacing();
  ImGui::TextUnformatted(title);
  ImGui::Separator();
  char text[256];
  std::snprintf(text, sizeof text, tr("units.detail.projects_line"), p.projects(), p.claimed, p.in_progress,
                p.completed, p.evaluated);
  ImGui::TextWrapped("%s", text);
  std::snprintf(text, sizeof text, tr("units.detail.results_line"), p.problems_solved,
                report::formatWanYuan(p.funds_fen).c_str());
  ImGui::TextWrapped("%s", text);
  if (p.insufficientSample())
    std::snprintf(text, sizeof text, tr("units.detail.sample_small"), p.ratings);
  else
    std::snprintf(text, sizeof text, tr("units.detail.satisfaction"), p.satisfiedPercent(), p.satisfied, p.ratings);
  ImGui::TextWrapped("%s", text);
}

void drawProjects(ScreenContext& ctx, const Unit& u) {
  heading("units.detail.projects");
  std::vector<const Project*> led;
  for (const auto& [id, p] : ctx.data().projects())
    if (p.lead_unit == u.id) led.push_back(&p);
  // Newest quarter first; a total order by id within a quarter.
  std::stable_sort(led.begin(), led.end(), [](const Project* a, const Project* b) {
    const Quarter qa = a->quarter.value_or(Quarter{}), qb = b->quarter.value_or(Quarter{});
    if (qa != qb) return qb < qa;
    return idLess(a->id, b->id);
  });
  if (led.empty()) {
    ImGui::TextDisabled("%s", tr("units.detail.no_projects"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##units.projects", 3, kFlags)) return;
  float statusWidth = 0;
  for (ProjectStatus s : allValues<ProjectStatus>())
    statusWidth = std::max(statusWidth, ImGui::CalcTextSize(inLang(projectStatusName(s)).c_str()).x);
  ImGui::TableSetupColumn(tr("units.detail.quarter"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize("2024Q3").x, ImGui::CalcTextSize(tr("units.detail.quarter")).x));
  ImGui::TableSetupColumn(tr("units.detail.project"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("units.detail.status"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(statusWidth, ImGui::CalcTextSize(tr("units.detail.status")).x));
  ImGui::TableHeadersRow();
  for (const Project* p : led) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p->quarter ? p->quarter->text().c_str() : "—");
    ImGui::TableNextColumn();
    clippedCell(p->title);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(inLang(projectStatusName(p->status)).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawUnitDetail(ScreenContext& ctx, const std::string& unitId) {
  const Unit* found = ctx.data().find<Unit>(unitId);
  if (!found) return;
  const Unit u = *found;  // a save may replace the stored record while this frame draws
  UnitEditState& e = edit();
  if (e.unit != u.id) {
    e = UnitEditState{};
    e.unit = u.id;
  }

  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(u.name.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  char revision[64];
  std::snprintf(revision, sizeof revision, tr("units.revision"), u.rev);
  ImGui::Text("%s · %s · %s", u.id.c_str(), levelLabel(u.level).c_str(), revision);
  ImGui::PopStyleColor();
  ImGui::Separator();

  if (e.editing) {
    drawEditor(ctx, u, e);
  } else {
    row("units.col.liaison", u.liaison.empty() ? "—" : u.liaison);
    std::string paired;
    for (const std::string& c : u.communities) paired += (paired.empty() ? "" : listSeparator()) + communityName(ctx, c);
    row("units.col.communities", paired.empty() ? tr("units.detail.unpaired") : paired);
    if (ImGui::Button(tr("units.edit"))) {
      e.editing = true;
      e.saved = false;
      e.error.clear();
      e.refused.clear();
      std::snprintf(e.liaison, sizeof e.liaison, "%s", u.liaison.c_str());
      e.communities = u.communities;
    }
    ctx.widgets.markLastItem("units.edit");
    if (e.saved) {
      ImGui::SameLine();
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
      ImGui::TextUnformatted(tr("res.saved"));
      ImGui::PopStyleColor();
    }
  }

  heading("units.detail.slots");
  const match::UnitSlots s = slotsOf(shownLoads(ctx), u.id);
  char text[128];
  std::snprintf(text, sizeof text, tr("units.detail.slots_line"), shownQuarter().text().c_str(), s.slots, s.used, s.left());
  ImGui::TextWrapped("%s", text);
  drawLoadBar(s);

  drawResources(ctx, u);

  const UnitsState& st = unitsState();
  const std::optional<Quarter> quarter = resultsQuarter(st);
  report::UnitPerformance p{.unit = u.id};
  for (const UnitRow& r : st.rows)
    if (r.unit == u.id) p = r.performance;
  drawResults(p, quarter);
  drawProjects(ctx, u);

  heading("detail.history");
  drawRecordHistory("##units.history", u);
}

}  // namespace gj::ui
