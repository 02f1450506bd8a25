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

void sectionTitle(const char* key) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(tr(key));
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void mutedText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void errorText(const std::string& text) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

namespace {
// ImGui asks for a bigger buffer as the text grows: the string grows with it.
int resizeString(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}
}  // namespace

bool inputString(const char* id, std::string* text, const char* hint, float height) {
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  if (height > 0)
    return ImGui::InputTextMultiline(id, text->data(), text->capacity() + 1, ImVec2(-1, height), flags, resizeString,
                                     text);
  return ImGui::InputTextWithHint(id, hint ? hint : "", text->data(), text->capacity() + 1, flags, resizeString, text);
}

}  // namespace gj::ui::meeting_ui
