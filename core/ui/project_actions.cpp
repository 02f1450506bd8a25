// Storing a workflow step as one action, and the small pieces every part of the Projects screen uses.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "domain/project_lifecycle.h"
#include "report/money_format.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/project_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace project_ui;

bool storeProjectChange(ScreenContext& ctx, const ProjectChange& change, std::string* error) {
  ProjectsUi& ui = projectsUi();
  if (!change) {
    *error = inLang(change.outcome.reason);
    ui.refusalKey = change.outcome.reason.key;
    ui.refusalText = *error;
    return false;
  }
  io::Action action;
  if (change.project) action.put(*change.project);
  for (const Need& n : change.needs) action.put(n);
  if (change.feedback) action.put(*change.feedback);
  if (change.award) action.put(*change.award);
  if (!action.empty() && !ctx.workspace->perform(std::move(action))) {
    *error = performRefusal(ctx);
    ui.refusalKey = "workspace.read_only";
    ui.refusalText = *error;
    return false;
  }
  ui.refusalKey.clear();
  ui.refusalText.clear();
  error->clear();
  return true;
}

namespace project_ui {

std::string projectStatusLabel(ProjectStatus s) { return inLang(projectStatusName(s)); }

std::string unitName(const ScreenContext& ctx, const std::string& id) {
  if (id.empty()) return "—";
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

std::string yuanLabel(std::int64_t fen) {
  char text[64];
  std::snprintf(text, sizeof text, tr("proj.yuan_format"), report::formatYuan(fen).c_str());
  return text;
}


std::string ellipsized(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  static const char* const kDots = "…";
  float used = ImGui::CalcTextSize(kDots).x;
  std::size_t at = 0;
  while (at < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    const std::size_t len = std::min<std::size_t>(c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1, text.size() - at);
    const float w = ImGui::CalcTextSize(text.c_str() + at, text.c_str() + at + len).x;
    if (used + w > width) break;
    used += w;
    at += len;
  }
  return text.substr(0, at) + kDots;
}

void formLabel(const char* key, float labelWidth) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(key));
  ImGui::SameLine(labelWidth);
}

float labelWidthOf(std::initializer_list<const char*> keys) {
  float widest = 0;
  for (const char* key : keys) widest = std::max(widest, ImGui::CalcTextSize(tr(key)).x);
  return ImGui::GetCursorPosX() + widest + ImGui::GetStyle().ItemSpacing.x * 2;  // SameLine counts from the edge
}

}  // namespace project_ui

}  // namespace gj::ui
