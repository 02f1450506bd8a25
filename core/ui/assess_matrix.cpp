// The matrix: the assessing community chosen, one row per unit with the 8 aspects. A cell left empty shows the
// score pre-filled from records (grey, the raw value on hover); a number typed there is the community's own
// score (0..100, checked as it is typed, the message naming the aspect). Satisfaction is the residents' word
// only and cannot be typed. Saving a row (its button or Enter) stores one record for (community, unit, year)
// as one action — created the first time, updated after, with its history — and shows the unit's new total
// and rank.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include <imgui.h>

#include "domain/ids.h"
#include "report/assessment_workflow.h"
#include "ui/assess_screen.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace assess_ui;

namespace {

const char* kSatisfaction = "satisfaction";

std::string defaultCommunity(const ScreenContext& ctx) {
  if (ctx.mode == UserMode::community_worker && ctx.data().find<Community>(ctx.actingFor)) return ctx.actingFor;
  return ctx.data().communities().empty() ? "" : ctx.data().communities().begin()->first;
}

// What the community has stored for the unit, as the row's typed texts.
AssessRowEdit storedRow(const ScreenContext& ctx, const AssessUi& ui, const std::string& unit) {
  AssessRowEdit row;
  const Assessment* a = report::latestAssessment(ctx.data(), ui.year, ui.community, unit);
  for (const auto& aspect : report::assessmentAspects()) {
    if (aspect.id == std::string(kSatisfaction)) continue;
    row.cells[aspect.id] = "";
    if (a)
      if (auto it = a->scores.find(aspect.id); it != a->scores.end()) row.cells[aspect.id] = std::to_string(it->second);
  }
  if (a) row.note = a->note;
  return row;
}

// Edits belong to one community and year; rows nobody is typing in follow the stored records.
void syncEdits(ScreenContext& ctx, AssessUi& ui) {
  const std::string key = ui.community + "|" + std::to_string(ui.year);
  if (ui.editsKey != key) {
    ui.edits.clear();
    ui.editsKey = key;
  } else if (ui.editsVersion != ctx.workspace->version()) {
    for (auto it = ui.edits.begin(); it != ui.edits.end();) it = it->second.dirty ? std::next(it) : ui.edits.erase(it);
  }
  ui.editsVersion = ctx.workspace->version();
}

AssessRowEdit& rowEdit(ScreenContext& ctx, AssessUi& ui, const std::string& unit) {
  auto it = ui.edits.find(unit);
  if (it == ui.edits.end()) it = ui.edits.emplace(unit, storedRow(ctx, ui, unit)).first;
  return it->second;
}

report::ScoreEntry entryOf(const AssessUi& ui, const std::string& unit, const AssessRowEdit& row) {
  return report::ScoreEntry{.year = ui.year, .community = ui.community, .unit = unit, .scores = row.cells, .note = row.note};
}

void validateRow(ScreenContext& ctx, const AssessUi& ui, const std::string& unit, AssessRowEdit& row) {
  row.errors.clear();
  const Edit probe{nowTimestamp(), "-", ""};  // only the fields are checked here; saving stamps the operator
  for (const auto& [field, why] : report::scoreUnit(ctx.data(), entryOf(ui, unit, row), probe).fieldErrors)
    row.errors[field] = shownMessage(why);
}

std::string rankText(int rank) {
  if (rank <= 0) return tr("assess.not_ranked");
  char text[64];
  std::snprintf(text, sizeof text, tr("assess.rank_n"), rank);
  return text;
}

void saveRow(ScreenContext& ctx, AssessUi& ui, const std::string& unit) {
  AssessRowEdit& row = rowEdit(ctx, ui, unit);
  report::ScoreEntry entry = entryOf(ui, unit, row);
  entry.newId = ctx.workspace->allocateId(Assessment::kType);
  const report::ScoreChange change = report::scoreUnit(ctx.data(), entry, editNow(ctx));
  ui.savedText.clear();
  if (!change) {
    ui.refusalKey = change.outcome.reason.key;
    ui.refusalText = shownMessage(change.outcome.reason);
    row.errors.clear();
    for (const auto& [field, why] : change.fieldErrors) row.errors[field] = shownMessage(why);
    return;
  }
  const report::AssessedUnit* before = findAssessed(ui.result, unit);
  AssessSaved saved{.unit = unit, .before_total = before ? before->total_x100 : 0, .before_rank = before ? before->rank : 0};
  if (change.record) {
    io::Action action;
    action.put(*change.record);
    if (!performOrRefuse(ctx, ui, std::move(action))) return;
  } else {
    ui.refusalKey.clear();
    ui.refusalText.clear();
  }
  row.dirty = false;
  row.errors.clear();
  ui.edits.erase(unit);  // follows the stored record again
  refreshAssessment(ctx, ui);
  const report::AssessedUnit* after = findAssessed(ui.result, unit);
  saved.total = after ? after->total_x100 : 0;
  saved.rank = after ? after->rank : 0;
  ui.saved = saved;
  const Unit* u = ctx.data().find<Unit>(unit);
  char text[512];
  std::snprintf(text, sizeof text, tr(change.record ? "assess.saved" : "assess.saved_unchanged"),
                u ? u->name.c_str() : unit.c_str(), report::totalText(saved.before_total).c_str(),
                report::totalText(saved.total).c_str(), rankText(saved.before_rank).c_str(), rankText(saved.rank).c_str());
  ui.savedText = text;
}

// The units the matrix lists: the assessed ones (district units and paired city units), by id; only those
// paired with the community unless all are asked for.
std::vector<const report::AssessedUnit*> matrixUnits(const ScreenContext& ctx, const AssessUi& ui) {
  std::vector<const report::AssessedUnit*> out;
  for (const auto* list : {&ui.result.ranked, &ui.result.insufficient, &ui.result.city_units})
    for (const auto& u : *list) {
      const Unit* unit = ctx.data().find<Unit>(u.unit);
      const bool paired = unit && std::find(unit->communities.begin(), unit->communities.end(), ui.community) !=
                                      unit->communities.end();
      if (ui.allUnits || paired) out.push_back(&u);
    }
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return idLess(a->unit, b->unit); });
  return out;
}

void cellTooltip(const report::AspectScore& s, const report::AssessmentAspect& a, bool own) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(aspectLabel(a));
  ImGui::Text(tr("assess.tip.prefilled"), s.prefilled, rawValueText(s).c_str());
  if (s.communities > 0) ImGui::Text(tr("assess.tip.communities"), s.community_mean, s.communities);
  ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(s.source));
  ImGui::Text(tr("assess.tip.counts"), s.score, shownMessage(report::scoreSourceName(s.source)).c_str());
  ImGui::PopStyleColor();
  if (!own) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(tr("assess.tip.type_to_score"));
    ImGui::PopStyleColor();
  }
  ImGui::EndTooltip();
}

// One editable score; returns true when Enter was pressed in it.
bool scoreInput(ScreenContext& ctx, const std::string& unit, const report::AssessmentAspect& a,
                const report::AspectScore& s, AssessRowEdit& row, bool editable) {
  std::string& text = row.cells[a.id];
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s", text.c_str());
  const bool bad = row.errors.count(a.id) > 0;
  if (bad) {
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1.0f, 0.86f, 0.86f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kBrand);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
  }
  ImGui::SetNextItemWidth(-1);
  const std::string hint = std::to_string(s.prefilled);
  ImGui::BeginDisabled(!editable);
  const bool enter = ImGui::InputTextWithHint(("##" + std::string(a.id)).c_str(), hint.c_str(), buf, 4,
                                              ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue |
                                                  ImGuiInputTextFlags_AutoSelectAll);
  ImGui::EndDisabled();
  if (bad) {
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
  }
  ctx.widgets.markLastItem("assess.matrix.cell." + unit + "." + a.id);
  cellTooltip(s, a, !text.empty());
  if (text != buf) {
    text = buf;
    row.dirty = true;
    return enter ? true : (validateRow(ctx, assessUi(), unit, row), false);
  }
  return enter;
}

// One unit's row; returns true when it is to be saved (after the table: saving recomputes the result the rows
// are drawn from).
bool drawRow(ScreenContext& ctx, AssessUi& ui, const report::AssessedUnit& u, bool editable) {
  AssessRowEdit& row = rowEdit(ctx, ui, u.unit);
  ImGui::TableNextRow();
  ImGui::PushID(u.unit.c_str());
  ImGui::TableNextColumn();
  clippedCell(u.name);
  bool save = false;
  for (std::size_t i = 0; i < u.aspects.size(); ++i) {
    const auto& a = report::assessmentAspects()[i];
    ImGui::TableNextColumn();
    if (a.id == std::string(kSatisfaction)) {  // the residents' word: shown, never typed
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(u.aspects[i].source));
      if (u.aspects[i].source == report::ScoreSource::insufficient_sample)
        ImGui::TextUnformatted("—");
      else
        ImGui::Text("%d", u.aspects[i].score);
      ImGui::PopStyleColor();
      ctx.widgets.markLastItem("assess.matrix.cell." + u.unit + "." + a.id);
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(tr("assess.tip.satisfaction"));
        ImGui::TextUnformatted(rawValueText(u.aspects[i]).c_str());
        ImGui::EndTooltip();
      }
      continue;
    }
    save |= scoreInput(ctx, u.unit, a, u.aspects[i], row, editable);
  }
  ImGui::TableNextColumn();
  char note[256];
  std::snprintf(note, sizeof note, "%s", row.note.c_str());
  ImGui::SetNextItemWidth(-1);
  ImGui::BeginDisabled(!editable);
  save |= ImGui::InputTextWithHint("##note", tr("assess.note_hint"), note, sizeof note, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("assess.matrix.note." + u.unit);
  if (row.note != note) {
    row.note = note;
    row.dirty = true;
  }
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(report::totalText(u.total_x100).c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(u.rank > 0 ? std::to_string(u.rank).c_str() : "—");
  ImGui::TableNextColumn();
  ImGui::BeginDisabled(!editable || !row.dirty);
  save |= ImGui::Button(tr("assess.save"));
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("assess.matrix.save." + u.unit);
  ImGui::PopID();
  return save && editable;
}

void drawCommunityChoice(ScreenContext& ctx, AssessUi& ui) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("assess.matrix.community"));
  ImGui::SameLine();
  const bool fixed = ctx.mode == UserMode::community_worker && !ctx.actingFor.empty();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
  ImGui::BeginDisabled(fixed);
  if (ImGui::BeginCombo("##assess.matrix.community", communityName(ctx, ui.community).c_str())) {
    for (const auto& [id, c] : ctx.data().communities()) {
      if (ImGui::Selectable(c.name.c_str(), id == ui.community)) ui.community = id;
      ctx.widgets.markLastItem("assess.matrix.community." + id);
    }
    ImGui::EndCombo();
  }
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("assess.matrix.community");
  ImGui::SameLine(0, 16);
  ImGui::Checkbox(tr("assess.matrix.all_units"), &ui.allUnits);
  ctx.widgets.markLastItem("assess.matrix.all_units");
}

}  // namespace

void drawAssessMatrix(ScreenContext& ctx, AssessUi& ui) {
  if (ui.community.empty() || !ctx.data().find<Community>(ui.community) ||
      (ctx.mode == UserMode::community_worker && !ctx.actingFor.empty() && ui.community != ctx.actingFor))
    ui.community = defaultCommunity(ctx);
  syncEdits(ctx, ui);
  drawCommunityChoice(ctx, ui);
  syncEdits(ctx, ui);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("assess.matrix.about"));
  ImGui::PopStyleColor();
  formRefusal(ctx, ui.refusalText);
  for (const auto& [unit, row] : ui.edits)
    for (const auto& [field, why] : row.errors) {
      const Unit* u = ctx.data().find<Unit>(unit);
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::TextWrapped(tr("assess.row_error"), u ? u->name.c_str() : unit.c_str(), why.c_str());
      ImGui::PopStyleColor();
    }
  if (!ui.savedText.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(report::ScoreSource::feedback));
    ImGui::TextWrapped("%s", ui.savedText.c_str());
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("assess.matrix.saved");
  }

  const bool editable = ctx.workspace->loaded() && !ctx.workspace->readOnly() && !ui.community.empty();
  const std::vector<const report::AssessedUnit*> units = matrixUnits(ctx, ui);
  if (units.empty()) {
    ImGui::TextUnformatted(tr("assess.matrix.no_units"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##assess.matrix", 13, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn(tr("assess.col.unit"), ImGuiTableColumnFlags_WidthFixed, em * 9);
  for (const auto& a : report::assessmentAspects())
    ImGui::TableSetupColumn((std::string(tr(std::string("assess.short.") + a.id)) + "##m" + a.id).c_str(),
                            ImGuiTableColumnFlags_WidthFixed, em * 3.2f);
  ImGui::TableSetupColumn(tr("assess.col.note"), ImGuiTableColumnFlags_WidthFixed, em * 6);
  ImGui::TableSetupColumn(tr("assess.col.total"), ImGuiTableColumnFlags_WidthFixed, em * 3.2f);
  ImGui::TableSetupColumn(tr("assess.col.rank"), ImGuiTableColumnFlags_WidthFixed, em * 2.2f);
  ImGui::TableSetupColumn("##save", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize(tr("assess.save")).x + ImGui::GetStyle().FramePadding.x * 2);
  ImGui::TableHeadersRow();
  std::string toSave;
  for (const report::AssessedUnit* u : units)
    if (drawRow(ctx, ui, *u, editable)) toSave = u->unit;
  ImGui::EndTable();
  ctx.widgets.markLastItem("assess.matrix.table");
  if (!toSave.empty()) saveRow(ctx, ui, toSave);
}

}  // namespace gj::ui
