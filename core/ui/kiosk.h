// The kiosk in the community centre (issue 9), shared by its files: kiosk_screen.cpp (frame, timers, input,
// burn-in shift), kiosk_panel_*.cpp (one panel each), kiosk_rating.cpp (one-tap satisfaction),
// kiosk_exit.cpp (leaving with the PIN), kiosk_draw.cpp (large type drawn at any size).
//
// Everything is drawn with explicit pixel sizes scaled to the screen's short side (1080 px = 1.0), so the
// type is readable from three metres in landscape 1920x1080 and portrait 1080x1920 alike. Only the public
// snapshot (kiosk_store.h) is read; nothing here can edit, navigate or import/export.
#pragma once
#include <set>
#include <string>

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/screens.h"

namespace gj::ui::kiosk {

enum class Panel { figures, projects, activities, honours, featured, solved, rate };
inline constexpr int kPanelCount = 7;
const char* panelId(Panel panel);        // "figures", ... (tests, widget names)
const char* panelTitleKey(Panel panel);  // string-table key

struct View {
  bool loaded = false;
  Json snapshot;        // the public snapshot; null when there is none yet
  std::string pinDoc;   // the PIN hash document ("" when no PIN was set)
  int panel = 0;
  double lastInput = 0;     // ImGui::GetTime() of the last touch, click, key or wheel
  double panelSince = 0;    // when the current panel came up
  int rotations = 0;        // panels changed by the timer
  int idleResets = 0;
  // One tap session: from the first touch until the idle reset. One rating per target per session.
  int session = 1;
  std::set<std::string> rated;  // targets rated in this session
  double lastRatingAt = -1e9;
  std::string rateTarget;       // the target picked on the rating panel
  double thanksUntil = -1;
  int ratingsStored = 0;        // put in the outbox by this kiosk
  int ratingsIgnored = 0;       // repeated or too fast
  bool exitOpen = false;
  std::string pinEntry;
  std::string exitMessageKey;
  float scale = 1;             // short side / 1080
  bool portrait = false;
  ImVec2 shift{0, 0};          // burn-in shift now
};

View& view();
inline float px(float size) { return size * view().scale; }

// Sizes of the type at scale 1 (a 1080 px short side): body text is ~1 cm tall on a 43" screen.
inline constexpr float kBody = 40, kSmall = 32, kTitle = 64, kHuge = 104;

// [SECTION] drawing (kiosk_draw.cpp)
// Text at `size` px (scaled), wrapped at wrap (0: none); the cursor moves below it. Returns its size.
ImVec2 text(const std::string& s, float size, ImU32 colour, float wrap = 0, FontRole role = FontRole::body);
// One line cut with "…" to fit width.
void textFit(const std::string& s, float size, ImU32 colour, float width, FontRole role = FontRole::body);
ImVec2 measure(const std::string& s, float size, float wrap = 0, FontRole role = FontRole::body);
// A rounded card filling width x height from the cursor; returns its top-left (content goes inside).
ImVec2 card(float width, float height, ImU32 fill);
void progressBar(float fraction, float width, float height);
void stars(int count, int of, float size);
// A large touch button; true when tapped. `name` is the widget's test name.
bool button(ScreenContext& ctx, const std::string& label, const char* name, ImVec2 size, ImU32 fill,
            ImU32 textColour, bool enabled = true);
std::string formatted(const char* key, const std::string& a, const std::string& b = "", const std::string& c = "");
std::string thousands(long long n);  // 10222 -> "10,222"
ImU32 colour(const ImVec4& c);
extern const ImU32 kInk, kMutedInk, kBrandRed, kCardFill, kPaper;

// [SECTION] panels (kiosk_panel_*.cpp), drawn into the area from the cursor, width x height
void drawFigures(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawProjects(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawActivities(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawHonours(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawFeatured(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawSolved(ScreenContext& ctx, const Json& snap, ImVec2 area);
void drawRating(ScreenContext& ctx, const Json& snap, ImVec2 area);  // kiosk_rating.cpp
// The PIN dialog over everything (kiosk_exit.cpp); returns true when the PIN was accepted.
bool drawExit(ScreenContext& ctx, ImVec2 origin, ImVec2 size);

// Json field helpers that never throw (a snapshot from disk may be damaged).
std::string str(const Json& j, const char* key);
long long num(const Json& j, const char* key);
const Json& list(const Json& j, const char* key);

}  // namespace gj::ui::kiosk
