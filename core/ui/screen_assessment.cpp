// Assessment 反向考核: the year, the four views (ranking, community x unit matrix, one unit by community,
// weights) and the exports. The result is computed from the records whenever they, the year or the year's
// stored weights change — never per frame.
#include <algorithm>

#include <imgui.h>

#include "report/assessment_workflow.h"
#include "ui/assess_screen.h"
#include "ui/screen_states.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

AssessUi& assessUi() {
  static AssessUi ui;
  return ui;
}

void refreshAssessment(ScreenContext& ctx, AssessUi& ui) {
  const Dataset& ds = ctx.data();
  const std::uint64_t version = ctx.workspace->version();
  if (ctx.workspace != ui.resultWorkspace || version != ui.resultVersion) {
    ui.years = report::assessmentYears(ds);
    if (!ui.yearChosen || ctx.workspace != ui.resultWorkspace) ui.year = ui.years.empty() ? 0 : ui.years.front();
  }
  if (ui.year == 0) ui.year = 2024;  // an empty dataset: any year shows an empty ranking
  const std::string weightsText = ctx.workspace->setting(report::assessmentWeightsKey(ui.year));
  if (ctx.workspace == ui.resultWorkspace && version == ui.resultVersion && ui.year == ui.resultYear &&
      weightsText == ui.resultWeightsText)
    return;
  std::string problem;
  // Parsed even when absent: no document gives the default weights.
  ui.weightsStored = report::parseAssessmentWeights(weightsText, &ui.weights, &problem) && !weightsText.empty();
  ui.weightsProblem = problem;
  ui.result = report::computeAssessment(ds, ui.year, ui.weights);
  ui.shown = sortAssessed(ui.result.ranked, ui.sort);
  ui.resultWorkspace = ctx.workspace;
  ui.resultVersion = version;
  ui.resultYear = ui.year;
  ui.resultWeightsText = weightsText;
}

namespace {

Json unitScores(const report::AssessedUnit& u) {
  Json scores = Json::object(), sources = Json::object(), communities = Json::object();
  for (const report::AspectScore& s : u.aspects) {
    scores[s.aspect] = s.score;
    sources[s.aspect] = s.source == report::ScoreSource::records       ? "records"
                        : s.source == report::ScoreSource::communities ? "communities"
                        : s.source == report::ScoreSource::feedback    ? "feedback"
                                                                       : "insufficient_sample";
    communities[s.aspect] = s.communities;
  }
  return Json{{"scores", scores}, {"sources", sources}, {"communities", communities}};
}

int ratingsOf(const report::AssessedUnit& u) {
  for (const report::AspectScore& s : u.aspects)
    if (s.aspect == "satisfaction") return s.samples;
  return 0;
}

const char* viewId(AssessView v) {
  switch (v) {
    case AssessView::ranking: return "ranking";
    case AssessView::matrix: return "matrix";
    case AssessView::by_unit: return "by_unit";
    case AssessView::weights: return "weights";
  }
  return "";
}

void drawYear(ScreenContext& ctx, AssessUi& ui) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("assess.year"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  const std::string shown = std::to_string(ui.year);
  if (ImGui::BeginCombo("##assess.year", shown.c_str())) {
    for (int y : ui.years) {
      if (ImGui::Selectable(std::to_string(y).c_str(), y == ui.year)) ui.year = y, ui.yearChosen = true;
      ctx.widgets.markLastItem("assess.year." + std::to_string(y));
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("assess.year");
}

void drawViews(ScreenContext& ctx, AssessUi& ui) {
  const std::pair<AssessView, const char*> views[] = {{AssessView::ranking, "assess.view.ranking"},
                                                      {AssessView::matrix, "assess.view.matrix"},
                                                      {AssessView::by_unit, "assess.view.by_unit"},
                                                      {AssessView::weights, "assess.view.weights"}};
  for (const auto& [view, key] : views) {
    ImGui::SameLine();
    const bool on = ui.view == view;
    if (on) {
      ImGui::PushStyleColor(ImGuiCol_Button, theme::kBrand);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kBrand);
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
    }
    if (ImGui::Button(tr(key))) ui.view = view;
    if (on) ImGui::PopStyleColor(3);
    ctx.widgets.markLastItem(key);
  }
}

}  // namespace

Json assessmentState() {
  const AssessUi& ui = assessUi();
  Json weights = Json::object();
  for (const auto& [id, w] : ui.weights.by_aspect) weights[id] = w;
  Json ranked = Json::array(), insufficient = Json::array(), city = Json::array(), shown = Json::array();
  for (const auto& u : ui.result.ranked) {
    Json row{{"unit", u.unit}, {"total_x100", u.total_x100}, {"rank", u.rank}, {"insufficient", false}};
    row.update(unitScores(u));
    ranked.push_back(std::move(row));
  }
  for (const auto& u : ui.result.insufficient)
    insufficient.push_back(
        {{"unit", u.unit}, {"total_x100", u.total_x100}, {"rank", 0}, {"insufficient", true}, {"ratings", ratingsOf(u)}});
  for (const auto& u : ui.result.city_units)
    city.push_back({{"unit", u.unit}, {"total_x100", u.total_x100}, {"insufficient", u.insufficient_sample}});
  for (const auto* u : ui.shown) shown.push_back(u->unit);
  Json errors = Json::object();
  for (const auto& [unit, edit] : ui.edits)
    if (!edit.errors.empty()) errors[unit] = edit.errors;
  return Json{{"year", ui.year},
              {"years", ui.years},
              {"view", viewId(ui.view)},
              {"community", ui.community},
              {"unit", ui.unit},
              {"weights", weights},
              {"weightsStored", ui.weightsStored},
              {"weightsProblem", ui.weightsProblem},
              {"error", ui.result.error.key},
              {"ranked", ranked},
              {"insufficient", insufficient},
              {"city", city},
              {"sort", {{"column", ui.sort.column}, {"ascending", ui.sort.ascending}}},
              {"shown", shown},
              {"cellErrors", errors},
              {"refusal", ui.refusalKey},
              {"message", ui.refusalText},
              {"saved",
               {{"unit", ui.saved.unit},
                {"before_total", ui.saved.before_total},
                {"before_rank", ui.saved.before_rank},
                {"total_x100", ui.saved.total},
                {"rank", ui.saved.rank}}},
              {"exportResult", ui.exportResult}};
}

void drawAssessment(ScreenContext& ctx) {
  AssessUi& ui = assessUi();
  screenHeader(ctx, Screen::assessment);
  refreshAssessment(ctx, ui);
  drawYear(ctx, ui);
  drawViews(ctx, ui);
  drawAssessExport(ctx, ui);
  refreshAssessment(ctx, ui);  // the year may just have changed
  ImGui::Spacing();
  switch (ui.view) {
    case AssessView::ranking: drawAssessRanking(ctx, ui); break;
    case AssessView::matrix: drawAssessMatrix(ctx, ui); break;
    case AssessView::by_unit: drawAssessByUnit(ctx, ui); break;
    case AssessView::weights: drawAssessWeights(ctx, ui); break;
  }
}

}  // namespace gj::ui
