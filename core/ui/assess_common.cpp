// Small pieces every view of the Assessment screen uses: aspect names, the words behind a raw value, the colours
// of the score sources and their legend.
#include <cstdio>
#include <utility>

#include <imgui.h>

#include "report/money_format.h"
#include "ui/assess_screen.h"
#include "ui/edit_stamp.h"
#include "ui/fonts.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui::assess_ui {
namespace {

std::string formatted(const char* key, const std::string& a, long long b = 0) {
  char text[256];
  std::snprintf(text, sizeof text, tr(key), a.c_str(), b);
  return text;
}

// One decimal, rounded half up, without floating point: 125 -> "12.5".
std::string tenths(std::int64_t num, std::int64_t den) {
  if (den <= 0) return "0.0";
  const std::int64_t t = (num * 10 * 2 + den) / (2 * den);
  return std::to_string(t / 10) + "." + std::to_string(t % 10);
}

}  // namespace

const char* aspectLabel(const report::AssessmentAspect& a) { return strings().lang() == Lang::zh ? a.zh : a.en; }

const report::AssessedUnit* findAssessed(const report::AssessmentResult& r, const std::string& unit) {
  for (const auto* list : {&r.ranked, &r.insufficient, &r.city_units})
    for (const auto& u : *list)
      if (u.unit == unit) return &u;
  return nullptr;
}

std::string rawValueText(const report::AspectScore& s) {
  const std::string key = "assess.raw." + s.aspect;
  if (s.aspect == "funds") return formatted(key.c_str(), report::formatYuan(s.value));
  if (s.aspect == "volunteer_hours") return formatted(key.c_str(), tenths(s.value, 60));
  if (s.aspect == "response_time") {
    if (s.samples == 0) return tr("assess.raw.response_none");
    return formatted(key.c_str(), tenths(s.value, s.samples), s.samples);
  }
  if (s.aspect == "satisfaction") return formatted(key.c_str(), tenths(s.value, s.samples), s.samples);
  return formatted(key.c_str(), std::to_string(s.value));
}

ImVec4 sourceColour(report::ScoreSource s) {
  switch (s) {
    case report::ScoreSource::records: return theme::kMuted;
    case report::ScoreSource::communities: return ImVec4(0.10f, 0.36f, 0.70f, 1.0f);
    case report::ScoreSource::feedback: return ImVec4(0.10f, 0.50f, 0.25f, 1.0f);
    case report::ScoreSource::insufficient_sample: return theme::kBrand;
  }
  return theme::kMuted;
}

void drawSourceLegend() {
  ImGui::TextUnformatted(tr("assess.legend"));
  for (auto s : {report::ScoreSource::records, report::ScoreSource::communities, report::ScoreSource::feedback,
                 report::ScoreSource::insufficient_sample}) {
    ImGui::SameLine(0, 14);
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + h * 0.25f), ImVec2(at.x + h * 0.5f, at.y + h * 0.75f),
                                              ImGui::GetColorU32(sourceColour(s)), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.5f, h));
    ImGui::SameLine(0, 4);
    ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(s));
    ImGui::TextUnformatted(shownMessage(report::scoreSourceName(s)).c_str());
    ImGui::PopStyleColor();
  }
}

std::string shownMessage(const Message& m) {
  const std::string& text = inLang(m);
  requireGlyphs(text);
  return text;
}

bool performOrRefuse(ScreenContext& ctx, AssessUi& ui, io::Action action) {
  if (!ctx.workspace->perform(std::move(action))) {
    ui.refusalKey = "workspace.read_only";
    ui.refusalText = performRefusal(ctx);
    return false;
  }
  ui.refusalKey.clear();
  ui.refusalText.clear();
  return true;
}

}  // namespace gj::ui::assess_ui
