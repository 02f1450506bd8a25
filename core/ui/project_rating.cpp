// 满意度评价: a community worker records residents' ratings of a completed project, one big button per rating,
// each click one Feedback record. The first rating evaluates the project and its needs.
#include <array>
#include <cstdio>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

namespace {

struct RatingState {
  std::string project;
  std::string recorded;  // "recorded: satisfied", after a click
  std::string refused;
};

RatingState& state() {
  static RatingState s;
  return s;
}

const char* ratingKey(Rating r) {
  static const char* const kKeys[] = {"proj.rate.satisfied", "proj.rate.basic", "proj.rate.unsatisfied"};
  return kKeys[static_cast<std::size_t>(r)];
}

}  // namespace

void drawRating(ScreenContext& ctx, const Project& p) {
  RatingState& s = state();
  if (s.project != p.id) s = RatingState{.project = p.id};
  sectionTitle("proj.rate.title");
  mutedText(tr("proj.rate.hint"));
  const std::array<int, 3> counts = projectRatingCounts(ctx.data(), p.id);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - gap * 2) / 3;
  const ImVec4 colours[] = {ImVec4(0.16f, 0.55f, 0.30f, 1.0f), ImVec4(0.78f, 0.55f, 0.10f, 1.0f), theme::kBrand};
  for (Rating r : allValues<Rating>()) {
    const auto i = static_cast<std::size_t>(r);
    if (i > 0) ImGui::SameLine(0, gap);
    ImGui::PushStyleColor(ImGuiCol_Button, colours[i]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(colours[i].x * 0.85f, colours[i].y * 0.85f, colours[i].z * 0.85f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(colours[i].x * 0.7f, colours[i].y * 0.7f, colours[i].z * 0.7f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
    const std::string label = ellipsized(tr(ratingKey(r)), width - 8) + "##" + ratingKey(r);
    if (ImGui::Button(label.c_str(), ImVec2(width, ImGui::GetFrameHeight() * 1.8f))) {
      const std::string id = ctx.workspace->allocateId(Feedback::kType);
      if (storeProjectChange(ctx, recordSatisfaction(ctx.data(), p.id, r, id, editNow(ctx)), &s.refused)) {
        char done[128];
        std::snprintf(done, sizeof done, tr("proj.rate.recorded"), tr(ratingKey(r)));
        s.recorded = done;
      } else {
        s.recorded.clear();
      }
    }
    ImGui::PopStyleColor(4);
    ctx.widgets.markLastItem(ratingKey(r));
  }
  char total[256];
  std::snprintf(total, sizeof total, tr("proj.rate.count"), counts[0] + counts[1] + counts[2], counts[0], counts[1],
                counts[2]);
  ImGui::TextWrapped("%s", total);
  ctx.widgets.markLastItem("proj.rate.count");
  if (!s.recorded.empty()) mutedText(s.recorded);
  errorText(s.refused);
}

}  // namespace gj::ui
