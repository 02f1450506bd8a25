// Settings › matching weights: the integers the need -> unit and volunteer -> activity plans add up
// (match/plan_weights.h), each with its allowed range and default; the activity types that ask for a skill;
// reset to the defaults. Saved as "settings/matching_weights" (one user action), used by the next plan at
// once. Street-office work: read-only in the other modes.
#include <algorithm>
#include <cstdio>
#include <optional>

#include <imgui.h>

#include "domain/enums.h"
#include "match/overrides.h"
#include "ui/form_widgets.h"
#include "ui/settings_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/user_mode.h"

namespace gj::ui {

namespace {

std::string fieldId(const match::WeightField& f) { return std::string(f.section) + "." + f.key; }

void loadTexts(SettingsUi& ui, const match::MatchingWeights& w) {
  ui.weightTexts.clear();
  for (const auto& f : match::weightFields(w)) ui.weightTexts.push_back(std::to_string(f.value));
  ui.skillRequired = w.volunteers.skill_required;
  ui.weightErrors.clear();
}

// A whole number typed in the field ("" or anything else: nullopt).
std::optional<std::int64_t> wholeNumber(const std::string& text) {
  std::string t = text;
  t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
  if (t.empty() || t.size() > 15 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return std::stoll(t);
}

std::string rangeMessage(const match::WeightField& f) {
  char text[256];
  std::snprintf(text, sizeof text, tr("settings.weights.err.range"), tr("settings.weights." + fieldId(f)),
                static_cast<long long>(f.min), static_cast<long long>(f.max));
  return text;
}

void saveWeights(ScreenContext& ctx, SettingsUi& ui) {
  ui.weightErrors.clear();
  match::MatchingWeights w = ctx.matchingWeights;
  const auto fields = match::weightFields(w);
  std::string firstField;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    std::string ignored;
    auto value = wholeNumber(ui.weightTexts[i]);
    if (!value || !match::setWeight(&w, fields[i].section, fields[i].key, *value, &ignored)) {
      ui.weightErrors[fieldId(fields[i])] = rangeMessage(fields[i]);
      if (firstField.empty()) firstField = fieldId(fields[i]);
    }
  }
  if (!firstField.empty()) {
    settingsRefused(ui, firstField, "settings.weights.err.range", ui.weightErrors[firstField]);
    return;
  }
  w.volunteers.skill_required = ui.skillRequired;
  if (!storeSettingDocument(ctx, match::kWeightsSettingKey, match::matchingWeightsJson(w), "settings.weights.saved"))
    return;
  ctx.matchingWeights = w;
  loadTexts(ui, w);
}

void weightTable(ScreenContext& ctx, SettingsUi& ui, const char* section, const char* titleKey) {
  ImGui::Spacing();
  ImGui::TextUnformatted(tr(titleKey));
  const auto fields = match::weightFields(ctx.matchingWeights);
  const auto defaults = match::weightFields(ui.assetWeights);
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable((std::string("##settings.weights.") + section).c_str(), 4, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn(tr("settings.weights.col.weight"), ImGuiTableColumnFlags_WidthFixed, em * 17);
  ImGui::TableSetupColumn(tr("settings.weights.col.value"), ImGuiTableColumnFlags_WidthFixed, em * 10);
  ImGui::TableSetupColumn(tr("settings.weights.col.range"), ImGuiTableColumnFlags_WidthFixed, em * 10);
  ImGui::TableSetupColumn(tr("settings.weights.col.default"), ImGuiTableColumnFlags_WidthFixed, em * 6);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (std::string(fields[i].section) != section) continue;
    const std::string id = fieldId(fields[i]);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("settings.weights." + id));
    ImGui::TableNextColumn();
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%s", ui.weightTexts[i].c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText(("##w." + id).c_str(), buffer, sizeof buffer, ImGuiInputTextFlags_CharsDecimal))
      ui.weightTexts[i] = buffer;
    ctx.widgets.markLastItem("settings.weights." + id);
    if (auto e = ui.weightErrors.find(id); e != ui.weightErrors.end()) {
      ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
      ImGui::TextWrapped("%s", e->second.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((std::to_string(fields[i].min) + " – " + std::to_string(fields[i].max)).c_str());
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::to_string(defaults[i].value).c_str());
  }
  ImGui::EndTable();
}

void skillTypes(ScreenContext& ctx, SettingsUi& ui) {
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("settings.weights.skill_required"));
  for (std::size_t i = 0; i < enumCount<ActivityType>(); ++i) {
    const std::string type(enumName(static_cast<ActivityType>(i)));
    auto it = std::find(ui.skillRequired.begin(), ui.skillRequired.end(), type);
    bool on = it != ui.skillRequired.end();
    if (i % 4 != 0) ImGui::SameLine(ImGui::GetFontSize() * 11 * static_cast<float>(i % 4));
    if (ImGui::Checkbox(tr("settings.weights.type." + type), &on)) {
      if (on) ui.skillRequired.push_back(type);
      else ui.skillRequired.erase(it);
      std::sort(ui.skillRequired.begin(), ui.skillRequired.end());  // one order, whatever the clicks
    }
    ctx.widgets.markLastItem("settings.weights.skill." + type);
  }
}

}  // namespace

void drawWeightsSection(ScreenContext& ctx) {
  SettingsUi& ui = settingsUi();
  if (!ui.weightsLoaded || ui.weightTexts.size() != match::weightFields(ctx.matchingWeights).size()) {
    loadTexts(ui, ctx.matchingWeights);
    ui.weightsLoaded = true;
  }
  const bool canEdit = editsSharedData(ctx);
  mutedText(tr(canEdit ? "settings.weights.about" : "settings.shared.read_only"));
  if (!canEdit) ImGui::BeginDisabled();
  weightTable(ctx, ui, "needs", "settings.weights.needs");
  weightTable(ctx, ui, "volunteers", "settings.weights.volunteers");
  skillTypes(ctx, ui);
  ImGui::Spacing();
  if (ImGui::Button(tr("settings.weights.save"))) saveWeights(ctx, ui);
  ctx.widgets.markLastItem("settings.weights.save");
  ImGui::SameLine();
  if (ImGui::Button(tr("settings.weights.reset"))) loadTexts(ui, ui.assetWeights);  // saved with Save
  ctx.widgets.markLastItem("settings.weights.reset");
  ImGui::SameLine();
  if (ImGui::Button(tr("settings.weights.discard"))) loadTexts(ui, ctx.matchingWeights);
  ctx.widgets.markLastItem("settings.weights.discard");
  if (!canEdit) ImGui::EndDisabled();
  if (!ui.weightErrors.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", ui.refusalText.c_str());
    ImGui::PopStyleColor();
  }
  savedLine(ui, "settings.weights.saved");
}

}  // namespace gj::ui
