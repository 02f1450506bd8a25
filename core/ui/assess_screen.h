// The Assessment screen 反向考核 is several files: the layout, year and views (screen_assessment.cpp), the ranking
// with where every score comes from (assess_ranking.cpp), the community x unit matrix where a community enters
// its scores (assess_matrix.cpp), one unit's scores by community (assess_by_unit.cpp), the street office's
// weights (assess_weights.cpp) and the exports (assess_export.cpp). This is what they share.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "report/assessment.h"
#include "ui/assess_sort.h"
#include "ui/screens.h"

namespace gj::ui {

enum class AssessView { ranking, matrix, by_unit, weights };

// What a community has typed for one unit in the matrix, before it is saved.
struct AssessRowEdit {
  std::map<std::string, std::string> cells;  // aspect id -> typed text ("" = left to the records)
  std::string note;
  bool dirty = false;
  std::map<std::string, std::string> errors;  // aspect id (or "note") -> why, in the user's language
};

// The outcome of the last save in the matrix: the unit's total and rank before and after.
struct AssessSaved {
  std::string unit;
  std::int64_t before_total = 0, total = 0;
  int before_rank = 0, rank = 0;  // 0: not ranked
};

struct AssessUi {
  int year = 0;             // the latest year with records until the user picks one
  bool yearChosen = false;
  AssessView view = AssessView::ranking;
  std::string community;  // the assessing community (matrix)
  std::string unit;       // the unit whose scores are shown by community
  bool allUnits = false;  // matrix: every assessed unit, not only the community's paired units

  // The result as last computed, and what it was computed from.
  report::AssessmentResult result;
  report::AssessmentWeights weights;  // the year's stored weights, or the defaults
  bool weightsStored = false;
  std::string weightsProblem;         // why the stored weights document was not used ("" when fine)
  std::vector<int> years;
  const io::Workspace* resultWorkspace = nullptr;
  std::uint64_t resultVersion = 0;
  int resultYear = 0;
  std::string resultWeightsText;

  AssessSort sort;
  std::vector<const report::AssessedUnit*> shown;  // ranked units in the order the table shows them

  std::map<std::string, AssessRowEdit> edits;  // unit id -> the matrix row being typed
  std::string editsKey;                        // community|year the edits belong to
  std::uint64_t editsVersion = 0;

  std::map<std::string, int> weightEdit;  // aspect id -> weight being typed
  int weightEditYear = 0;
  bool weightEditDirty = false;

  std::string refusalKey, refusalText;  // the last refused save
  AssessSaved saved;
  std::string savedText;
  std::string exportResult;
};

AssessUi& assessUi();

// Recomputes the result when the data, year or stored weights changed.
void refreshAssessment(ScreenContext& ctx, AssessUi& ui);
void drawAssessRanking(ScreenContext& ctx, AssessUi& ui);
void drawAssessMatrix(ScreenContext& ctx, AssessUi& ui);
void drawAssessByUnit(ScreenContext& ctx, AssessUi& ui);
void drawAssessWeights(ScreenContext& ctx, AssessUi& ui);
void drawAssessExport(ScreenContext& ctx, AssessUi& ui);

namespace assess_ui {

// The aspect's name in the user's language.
const char* aspectLabel(const report::AssessmentAspect& a);
// A unit's row in the result (ranked, insufficient or city), or nullptr.
const report::AssessedUnit* findAssessed(const report::AssessmentResult& r, const std::string& unit);
// The raw value behind a pre-filled score, in words ("3 joint meetings", "12.5 hours", ...).
std::string rawValueText(const report::AspectScore& s);
// The colour a score's source is marked with, and the legend of all four.
ImVec4 sourceColour(report::ScoreSource s);
void drawSourceLegend();
// A message from core in the user's language, with its glyphs added to the font.
std::string shownMessage(const Message& m);
// Stores `action` as one change. Refused (another tab holds the data, a reference is missing): the reason is
// kept in ui.refusalKey / refusalText and false returned; stored: an earlier refusal is cleared.
bool performOrRefuse(ScreenContext& ctx, AssessUi& ui, io::Action action);

}  // namespace assess_ui

}  // namespace gj::ui
