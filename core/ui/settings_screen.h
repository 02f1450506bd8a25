// The Settings screen 设置 is several files, one collapsing section each: the layout with language, operator,
// storage and data transfer (screen_settings.cpp), who is using the program (settings_mode.cpp), the need
// categories (settings_categories.cpp, edits in settings_category_edit.h) and the matching weights
// (settings_weights.cpp); the stored categories and weights are laid over the assets at load
// (settings_overrides.cpp). This is what they share.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "domain/json_fields.h"
#include "match/plan_weights.h"
#include "ui/screens.h"

namespace gj::ui {

struct SettingsUi {
  // Mode: the choice being made, applied with its button.
  bool modeChosen = false;  // the choice starts from ctx once
  UserMode mode = UserMode::street_office;
  std::string actingFor;
  std::map<std::string, std::string> modeErrors;  // field -> message

  // Categories: the form of one category ("" and !addingCategory: none open).
  std::string categoryEditing;  // id being edited
  bool addingCategory = false;
  std::string draftId, draftZh, draftEn, draftKeywords;
  std::map<std::string, std::string> categoryErrors;
  bool categoryGlyphsAsked = false;  // the taxonomy's characters joined the font once

  // Weights: one text per weightFields() entry (so a refused value stays as typed), and the skill list.
  std::vector<std::string> weightTexts;
  std::vector<std::string> skillRequired;
  bool weightsLoaded = false;  // the texts follow ctx.matchingWeights until edited
  std::map<std::string, std::string> weightErrors;  // "needs.pairing" -> message
  match::MatchingWeights assetWeights;  // what "reset to defaults" brings back (the assets' values)

  std::string overrideProblem;  // a stored categories / weights document that could not be used at load
  // The last refused change, for tests (App::stateJson) and shown by its section.
  std::string refusalKey;    // string-table key
  std::string refusalField;  // "acting_for", "zh", "needs.pairing", ...
  std::string refusalText;   // in the user's language
  std::string savedKey;      // the last stored change's confirmation ("" when none)
};

SettingsUi& settingsUi();

void drawModeSection(ScreenContext& ctx);
void drawCategoriesSection(ScreenContext& ctx);
void drawWeightsSection(ScreenContext& ctx);

// Laid over the assets when the data has loaded (App::onDataLoaded): the stored categories and weights.
// A document that cannot be used leaves the assets' values and is named in Settings.
void applyStoredOverrides(ScreenContext& ctx);
// The mode of the "settings/ui" document, when it names a usable one.
void applySavedMode(ScreenContext& ctx, const Json& ui);

// Shared pieces.
void settingsRefused(SettingsUi& ui, const std::string& field, const std::string& key, const std::string& text);
void settingsStored(SettingsUi& ui, const char* savedKey);
// Stores one settings document as one user action; false (with the refusal recorded) when the workspace
// refuses to write.
bool storeSettingDocument(ScreenContext& ctx, const char* key, const std::string& jsonText, const char* savedKey);
// A one-line or multi-line text field over a std::string (any length), with a test name.
bool inputString(ScreenContext& ctx, const char* id, const char* hint, std::string* value, float width,
                 const char* widgetName);
bool inputMultiline(ScreenContext& ctx, const char* id, std::string* value, float width, float height,
                    const char* widgetName);
void savedLine(const SettingsUi& ui, const char* key);  // the confirmation, when `key` was the last stored change

}  // namespace gj::ui
