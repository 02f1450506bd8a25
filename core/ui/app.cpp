// The main window: a top bar, the navigation of the product on the left, the current area on the right.
#include "ui/app.h"

#include <nlohmann/json.hpp>

#include <imgui.h>

#include "domain/bundle.h"
#include "domain/memory_storage.h"
#include "io/demo_dataset.h"
#include "io/text_file.h"
#include "ui/fonts.h"
#include "ui/kiosk_store.h"
#include "ui/matching_state.h"
#include "ui/needs_screen.h"
#include "ui/projects_state.h"
#include "ui/save_state.h"
#include "ui/screen_states.h"
#include "ui/settings_screen.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
constexpr float kNavWidth = 188.0f;
constexpr float kTopBarHeight = 48.0f;

using DrawScreen = void (*)(ScreenContext&);
constexpr DrawScreen kDraw[kScreenCount] = {drawDashboard,  drawNeeds,      drawResources, drawUnits,
                                            drawMatching,   drawProjects,   drawVolunteers, drawActivities,
                                            drawMeetings,   drawAssessment, drawSettings};
}  // namespace

std::string App::init(const AppOptions& options) {
  options_ = options;
  context_.platform = options.platform;
  context_.storageStatus = options.storageStatus;
  context_.files = options.files;
  context_.kiosk = options.kiosk;
  if (auto err = strings().load(options.assetDir); !err.empty()) return err;
  strings().setLang(options.lang);
  std::string error;
  auto categories = io::readTextFile(options.assetDir + "/categories.json", &error);
  if (!categories || !match::parseTaxonomy(*categories, &context_.taxonomy, &error)) return error;
  if (!match::loadMatchingWeights(options.assetDir, &context_.matchingWeights, &error)) return error;
  // Every character of the string tables gets a glyph now; the records' characters join when they load.
  std::string shown = strings().allText();
  if (auto err = loadFonts(options.assetDir, shown); !err.empty()) return err;
  missingGlyphs_ = countMissingGlyphs(shown);
  applyTheme();
  if (options.kiosk) return "";  // the kiosk reads only its public snapshot: the working data stays closed
  openWorkspace();
  return "";
}

void App::openWorkspace() {
  context_.workspace = options_.workspace;
  if (!context_.workspace) {
    memoryStorage_ = std::make_unique<MemoryStorage>();
    memoryWorkspace_ = std::make_unique<io::Workspace>(*memoryStorage_);
    context_.workspace = memoryWorkspace_.get();
  }
  // An empty store starts with the demo dataset of 蒙阳街道, stored as the first transaction.
  std::string assetDir = options_.assetDir;
  context_.workspace->open([assetDir](Dataset* ds, std::string* error) {
    return io::loadDemoDataset(assetDir, ds, error);
  });
}

bool App::dataReady() const {
  if (!context_.workspace) return context_.kiosk;  // the kiosk needs no working data
  return context_.workspace->state() != io::SaveState::loading;
}

void App::onDataLoaded() {
  const io::Workspace& ws = *context_.workspace;
  context_.dataError = ws.state() == io::SaveState::loadFailed ? ws.error() : "";
  if (settingsApplied_) return;
  settingsApplied_ = true;
  if (ws.loaded()) applyStoredOverrides(context_);  // categories and weights edited in Settings
  Json ui = Json::parse(ws.setting(kUiSettingsKey), nullptr, false);
  if (!ui.is_object()) return;
  if (ws.loaded()) applySavedMode(context_, ui);
  if (auto it = ui.find("operator"); it != ui.end() && it->is_string()) context_.operatorName = *it;
  Lang saved;
  if (auto it = ui.find("lang"); !options_.langExplicit && it != ui.end() && it->is_string() &&
                                 parseLang(it->get<std::string>(), &saved))
    strings().setLang(saved);
}

void App::refreshDerived() {
  const io::Workspace& ws = *context_.workspace;
  if (ws.version() == seenVersion_) return;
  // Every character of the loaded records once; later edits add what was typed (prepareFrame) or
  // imported (data_transfer), so an edit does not serialise the whole dataset.
  if (seenVersion_ == 0) requireGlyphs(writeBundle(ws.dataset()));
  seenVersion_ = ws.version();
  context_.dashboard = report::computeDashboard(ws.dataset());
}

void App::setLang(Lang lang) { strings().setLang(lang); }

bool App::prepareFrame() {
  // Loaded or changed records: derived figures first, so their characters join the atlas below.
  if (context_.workspace && dataReady()) {
    onDataLoaded();
    refreshDerived();
  }
  // Typed characters (an input method can commit any of GB2312's 6,763) join the atlas before they are drawn.
  for (ImWchar c : ImGui::GetIO().InputQueueCharacters) requireGlyph(c);
  return rebuildFontsIfDue();
}

void App::frame() {
  ++frames_;
  context_.widgets.beginFrame();

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("##gongjian", nullptr, kFlags);
  ImGui::PopStyleVar(3);
  if (context_.kiosk && dataReady()) {  // the public display owns the whole window
    drawKiosk(context_);
    ImGui::End();
    if (!context_.kiosk && !context_.workspace) openWorkspace();  // left with the PIN
    return;
  }
  if (dataReady()) publishForKiosk(context_);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);  // the frame's panels meet edge to edge

  drawTopBar();
  drawNavigation();
  ImGui::PopStyleVar();
  ImGui::SameLine(0, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 18));
  ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (dataReady())
    kDraw[static_cast<int>(context_.screen)](context_);
  else
    drawLoading();
  ImGui::EndChild();
  ImGui::PopStyleVar();

  ImGui::End();
}

void App::drawTopBar() {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBrand);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##topbar", ImVec2(0, kTopBarHeight), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
  ImGui::TextUnformatted(tr("app.title"));
  ImGui::SameLine();
  ImGui::TextUnformatted("  |  ");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("app.street"));

  // Language switch at the right edge: the label names the other language. The save state sits left of it.
  Lang other = lang() == Lang::zh ? Lang::en : Lang::zh;
  const char* label = tr(other == Lang::zh ? "lang.zh" : "lang.en");
  float width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2;
  drawSaveState(context_, ImGui::GetWindowContentRegionMax().x - width - 16);
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
  pushBrandButtons();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 3);
  if (ImGui::Button(label)) {
    setLang(other);
    context_.saveSettings();
  }
  context_.widgets.markLastItem("topbar.lang");
  popBrandButtons();
  ImGui::PopStyleColor();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void App::drawNavigation() {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kNavBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 14));
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
  ImGui::BeginChild("##nav", ImVec2(kNavWidth, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  for (int i = 0; i < kScreenCount; ++i) {
    auto screen = static_cast<Screen>(i);
    if (!screenOffered(context_, screen)) continue;
    bool selected = context_.screen == screen;
    ImGui::PushID(i);
    if (selected) ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    if (ImGui::Selectable(tr(screenLabelKey(screen)), selected, 0, ImVec2(0, 34))) context_.screen = screen;
    if (selected) ImGui::PopStyleColor();
    context_.widgets.markLastItem(std::string("nav.") + screenId(screen));
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

void App::drawLoading() {
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("app.loading"));
}

std::string App::stateJson() const {
  const io::Workspace* ws = context_.workspace;
  nlohmann::json state = {
      {"frame", frames_},
      {"lang", langCode(lang())},
      {"screen", screenId(context_.screen)},
      {"platform", options_.platform},
      {"operator", context_.operatorName},
      {"missingGlyphs", missingGlyphs_},
      {"records", ws && dataReady() ? ws->dataset().size() : 0},
      {"save", ws ? io::saveStateId(ws->state()) : "loading"},
      {"saveError", ws ? ws->error() : ""},
      {"unsaved", ws ? ws->unsavedActions() : 0},
      {"readOnly", ws && ws->readOnly()},
      {"kiosk", context_.kiosk},
      {"transfer", dataTransferState()},
      {"dataError", context_.dataError},
      {"dashboard", report::dashboardJson(context_.dashboard)},
  };
  if (ws && dataReady()) {
    state["needs"] = needsStateJson(context_);
    state["matching"] = matchingState();
    state["projects"] = projectsState();
    state["volunteers"] = volunteersState();
    state["activities"] = activitiesState();
    state["meetings"] = meetingsState();
    state["assessment"] = assessmentState();
    state["settings"] = settingsState(context_);
  }
  if (context_.kiosk || options_.kiosk) state["kioskView"] = kioskState();
  state["kioskSync"] = kioskSyncState();
  state["quarantined"] = ws ? ws->quarantined().size() : 0;
  return state.dump();
}

}  // namespace gj::ui
