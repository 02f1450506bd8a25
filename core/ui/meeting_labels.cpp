// The small pieces every part of the Joint meeting screen uses: names, money and hours as shown, section
// titles, and a text field that edits a std::string of any length (notes and decisions have no fixed limit).
#include <cstdio>

#include <imgui.h>

#include "domain/project_lifecycle.h"
#include "io/meeting_record_export.h"
#include "report/money_format.h"
#include "ui/edit_stamp.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui::meeting_ui {

std::string unitName(const ScreenContext& ctx, const std::string& id) {
  if (id.empty()) return "—";
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

std::string wanYuan(std::int64_t fen) { return report::formatWanYuan(fen); }

std::string hours(std::int64_t minutes) { return io::hoursText(minutes); }

std::string quarterLabel(Quarter q) {
  char text[64];
  std::snprintf(text, sizeof text, tr("meet.quarter_format"), q.year, q.q);
  return text;
}

std::string statusLabel(ProjectStatus s) { return inLang(projectStatusName(s)); }

std::string scopeLabel(const ScreenContext& ctx, const std::string& community) {
  return community.empty() ? std::string(tr("meet.street_wide")) : communityName(ctx, community);
}


bool inputString(const char* id, std::string* text, const char* hint, float height) {
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  if (height > 0)
    return ImGui::InputTextMultiline(id, text->data(), text->capacity() + 1, ImVec2(-1, height), flags, resizeStringCallback,
                                     text);
  return ImGui::InputTextWithHint(id, hint ? hint : "", text->data(), text->capacity() + 1, flags, resizeStringCallback, text);
}

}  // namespace gj::ui::meeting_ui
