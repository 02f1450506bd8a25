// Settings › need categories: the dictionary the classifier and the forms use (id, Chinese and English
// labels, keywords), edited, added to and retired here — street-office work, read-only in the other modes.
// Each change stores the whole edited dictionary as "settings/categories" (one user action) and takes effect
// at once.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "match/overrides.h"
#include "ui/fonts.h"
#include "ui/form_widgets.h"
#include "ui/settings_category_edit.h"
#include "ui/settings_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/user_mode.h"

namespace gj::ui {

namespace {

void openForm(SettingsUi& ui, const CategoryDraft& draft, bool adding) {
  ui.addingCategory = adding;
  ui.categoryEditing = adding ? "" : draft.id;
  ui.draftId = draft.id;
  ui.draftZh = draft.zh;
  ui.draftEn = draft.en;
  ui.draftKeywords = draft.keywords;
  ui.categoryErrors.clear();
  requireGlyphs(draft.zh + draft.en + draft.keywords);
}

void closeForm(SettingsUi& ui) {
  ui.addingCategory = false;
  ui.categoryEditing.clear();
  ui.categoryErrors.clear();
}

std::string problemText(const DraftProblem& p) {
  if (p.entry == 0) return tr(p.key);
  char text[512];
  std::snprintf(text, sizeof text, tr(p.key), p.entry, p.text.c_str());
  return text;
}

// Stores the edited dictionary and makes it the one in use.
bool storeTaxonomy(ScreenContext& ctx, const match::Taxonomy& edited, const char* savedKey) {
  if (!storeSettingDocument(ctx, match::kCategoriesSettingKey, match::taxonomyJson(edited), savedKey)) return false;
  ctx.taxonomy = edited;
  return true;
}

void saveDraft(ScreenContext& ctx, SettingsUi& ui) {
  const CategoryDraft draft{ui.draftId, ui.draftZh, ui.draftEn, ui.draftKeywords};
  ui.categoryErrors.clear();
  const auto problems = checkCategoryDraft(ctx.taxonomy, draft, ui.addingCategory);
  for (const auto& p : problems) ui.categoryErrors.emplace(p.field, problemText(p));  // the first per field
  if (!problems.empty()) {
    settingsRefused(ui, problems.front().field, problems.front().key, problemText(problems.front()));
    return;
  }
  match::Taxonomy edited = ctx.taxonomy;
  applyCategoryDraft(&edited, draft, ui.addingCategory);
  if (storeTaxonomy(ctx, edited, "settings.cat.saved")) closeForm(ui);
}

void retireOrRestore(ScreenContext& ctx, SettingsUi& ui, const std::string& id, bool retire) {
  match::Taxonomy edited = ctx.taxonomy;
  const std::string problem = retire ? retireCategory(&edited, id) : restoreCategory(&edited, id);
  if (!problem.empty()) {
    ui.categoryErrors["status"] = tr(problem);
    settingsRefused(ui, "status", problem, tr(problem));
    return;
  }
  if (storeTaxonomy(ctx, edited, retire ? "settings.cat.retired_saved" : "settings.cat.restored_saved")) closeForm(ui);
}

void categoryRow(ScreenContext& ctx, SettingsUi& ui, const match::Category& c) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (c.retired) ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  const bool open = !ui.addingCategory && ui.categoryEditing == c.id;
  if (ImGui::Selectable((c.id + "##cat").c_str(), open, ImGuiSelectableFlags_SpanAllColumns)) {
    if (open) closeForm(ui);
    else openForm(ui, draftOf(c), false);
  }
  ctx.widgets.markLastItem("settings.cat.row." + c.id);
  ImGui::TableNextColumn();
  clippedCell(c.zh);
  ImGui::TableNextColumn();
  clippedCell(c.en);
  ImGui::TableNextColumn();
  ImGui::Text("%d", static_cast<int>(c.keywords.size()));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr(c.retired ? "settings.cat.status.retired" : "settings.cat.status.in_use"));
  if (c.retired) ImGui::PopStyleColor();
}

void categoryTable(ScreenContext& ctx, SettingsUi& ui) {
  const float rowHeight = ImGui::GetTextLineHeightWithSpacing() + 4;
  const std::size_t rows = ctx.taxonomy.categories.size() + ctx.taxonomy.retired.size();
  const float height = rowHeight * static_cast<float>(std::min<std::size_t>(rows, 10) + 1) + 6;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##settings.cat.table", 5, kFlags, ImVec2(0, height))) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("settings.cat.col.id"), ImGuiTableColumnFlags_WidthFixed, em * 8);
  ImGui::TableSetupColumn(tr("settings.cat.col.zh"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("settings.cat.col.en"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(tr("settings.cat.col.keywords"), ImGuiTableColumnFlags_WidthFixed, em * 5);
  ImGui::TableSetupColumn(tr("settings.cat.col.status"), ImGuiTableColumnFlags_WidthFixed, em * 5);
  ImGui::TableHeadersRow();
  for (const auto& c : ctx.taxonomy.categories) categoryRow(ctx, ui, c);
  for (const auto& c : ctx.taxonomy.retired) categoryRow(ctx, ui, c);
  ImGui::EndTable();
  ctx.widgets.markLastItem("settings.cat.table");
}

void categoryForm(ScreenContext& ctx, SettingsUi& ui) {
  const bool canEdit = editsSharedData(ctx);
  const match::Category* found = ui.addingCategory ? nullptr : ctx.taxonomy.find(ui.categoryEditing);
  if (!ui.addingCategory && !found) return closeForm(ui);
  // Copied: a button below replaces ctx.taxonomy.
  const bool existing = found != nullptr;
  const bool retired = found && found->retired;
  const std::string id = found ? found->id : "";
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##settings.cat.form", ImVec2(0, ImGui::GetFontSize() * 25), true,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::TextUnformatted(tr(ui.addingCategory ? "settings.cat.form.add" : "settings.cat.form.edit"));
  if (!canEdit) ImGui::BeginDisabled();
  const float width = ImGui::GetFontSize() * 18;

  formLabel("settings.cat.field.id");
  if (ui.addingCategory)
    inputString(ctx, "##settings.cat.id", tr("settings.cat.field.id_hint"), &ui.draftId, width, "settings.cat.id");
  else
    ImGui::TextUnformatted(ui.draftId.c_str());
  formError(ui.categoryErrors, "id");

  formLabel("settings.cat.field.zh");
  inputString(ctx, "##settings.cat.zh", tr("settings.cat.field.zh_hint"), &ui.draftZh, width, "settings.cat.zh");
  formError(ui.categoryErrors, "zh");
  formLabel("settings.cat.field.en");
  inputString(ctx, "##settings.cat.en", tr("settings.cat.field.en_hint"), &ui.draftEn, width, "settings.cat.en");
  formError(ui.categoryErrors, "en");

  formLabel("settings.cat.field.keywords");
  mutedText(tr("settings.cat.field.keywords_hint"));
  inputMultiline(ctx, "##settings.cat.keywords", &ui.draftKeywords, -1, ImGui::GetFontSize() * 8,
                 "settings.cat.keywords");
  formError(ui.categoryErrors, "keywords");

  ImGui::Spacing();
  if (ImGui::Button(tr("settings.cat.save"))) saveDraft(ctx, ui);
  ctx.widgets.markLastItem("settings.cat.save");
  ImGui::SameLine();
  if (existing) {
    if (ImGui::Button(tr(retired ? "settings.cat.restore" : "settings.cat.retire"))) retireOrRestore(ctx, ui, id, !retired);
    ctx.widgets.markLastItem(retired ? "settings.cat.restore" : "settings.cat.retire");
    ImGui::SameLine();
  }
  if (!canEdit) ImGui::EndDisabled();
  if (ImGui::Button(tr("settings.cat.close"))) closeForm(ui);
  ctx.widgets.markLastItem("settings.cat.close");
  formError(ui.categoryErrors, "status");
  if (retired) mutedText(tr("settings.cat.retired_note"));
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace

void drawCategoriesSection(ScreenContext& ctx) {
  SettingsUi& ui = settingsUi();
  if (!ui.categoryGlyphsAsked) {  // labels of categories an edit or a newer dictionary brought in
    std::string text;
    for (auto const* list : {&ctx.taxonomy.categories, &ctx.taxonomy.retired})
      for (const auto& c : *list) text += c.zh + c.en;
    requireGlyphs(text);
    ui.categoryGlyphsAsked = true;
  }
  mutedText(tr(editsSharedData(ctx) ? "settings.cat.about" : "settings.shared.read_only"));
  char counts[160];
  std::snprintf(counts, sizeof counts, tr("settings.cat.counts"), static_cast<int>(ctx.taxonomy.categories.size()),
                static_cast<int>(ctx.taxonomy.retired.size()));
  ImGui::TextUnformatted(counts);
  ctx.widgets.markLastItem("settings.cat.counts");
  if (editsSharedData(ctx)) {
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("settings.cat.add"))) openForm(ui, CategoryDraft{}, true);
    ctx.widgets.markLastItem("settings.cat.add");
  }
  categoryTable(ctx, ui);
  savedLine(ui, "settings.cat.saved");
  savedLine(ui, "settings.cat.retired_saved");
  savedLine(ui, "settings.cat.restored_saved");
  if (ui.addingCategory || !ui.categoryEditing.empty()) categoryForm(ctx, ui);
}

}  // namespace gj::ui
