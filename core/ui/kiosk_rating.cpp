// One-tap satisfaction on the kiosk: a resident picks a recent project or this week's activity and taps
// 满意 / 基本满意 / 不满意. The rating goes to the kiosk's outbox (kiosk_store.h), never to the working data; the
// office program turns it into a Feedback record (channel kiosk, at = the tap time). One rating per target per
// tap session (the session ends at the idle reset), and taps closer than KioskTimings::minTapSeconds are
// ignored, so a child drumming on the screen does not stuff the assessment.
#include <algorithm>
#include <cstdio>
#include <random>

#include "report/kiosk_outbox.h"
#include "ui/edit_stamp.h"
#include "ui/kiosk.h"
#include "ui/kiosk_store.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

namespace {

// Tells this kiosk's taps from another kiosk's tapped in the same second.
const std::string& instanceId() {
  static const std::string id = [] {
    std::random_device rd;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%08x%08x", rd(), rd());
    return std::string(buf);
  }();
  return id;
}

bool storeRating(View& v, const Json& target, Rating rating) {
  const KioskStore& store = kioskStore();
  if (!store.read || !store.write) return false;
  auto kind = parseEnum<FeedbackTarget>(str(target, "kind"));
  if (!kind) return false;
  report::KioskRating r{.kind = *kind, .target = str(target, "target"), .rating = rating, .at = nowTimestamp()};
  r.tap = r.at + "#" + instanceId() + "#" + std::to_string(v.session) + "#" + r.target;
  // What the office program has stored (its "synced" document) leaves the outbox now.
  std::vector<report::KioskRating> box =
      report::pruneOutbox(report::parseOutbox(store.read("outbox")), report::parseSynced(store.read("synced")));
  box.push_back(r);
  return store.write("outbox", report::outboxText(box));
}

const char* const kRatingKeys[] = {"kiosk.rate.satisfied", "kiosk.rate.basic", "kiosk.rate.unsatisfied"};
const ImU32 kRatingFills[] = {IM_COL32(22, 128, 70, 255), IM_COL32(214, 146, 20, 255), IM_COL32(189, 28, 33, 255)};

}  // namespace

void drawRating(ScreenContext& ctx, const Json& snap, ImVec2 area) {
  View& v = view();
  const Json& targets = list(snap, "rate");
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  if (targets.empty()) {
    text(tr("kiosk.rate.none"), kBody, kMutedInk, area.x);
    return;
  }
  const bool portrait = v.portrait;
  const float gap = px(20);
  // The list of what can be rated: left half in landscape, the upper part in portrait.
  const ImVec2 listSize = portrait ? ImVec2(area.x, area.y * 0.58f) : ImVec2(area.x * 0.56f, area.y);
  const float rowH = px(kBody) * 1.25f + px(kSmall) * 1.25f + px(36);
  const int fit = std::max(1, static_cast<int>((listSize.y + gap) / (rowH + gap)));
  const Json* picked = nullptr;
  int i = 0;
  for (const Json& t : targets) {
    if (i == fit) break;
    const std::string id = str(t, "target");
    const bool selected = id == v.rateTarget;
    if (selected) picked = &t;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + i * (rowH + gap)));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(i);
    if (ImGui::InvisibleButton("##target", ImVec2(listSize.x, rowH))) v.rateTarget = id;
    ImGui::PopID();
    ctx.widgets.markLastItem("kiosk.rate.target." + std::to_string(i));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + listSize.x, at.y + rowH), kCardFill, px(16));
    if (selected) dl->AddRect(at, ImVec2(at.x + listSize.x, at.y + rowH), kBrandRed, px(16), 0, px(6));
    ImGui::SetCursorScreenPos(ImVec2(at.x + px(22), at.y + px(16)));
    const bool done = v.rated.count(id) > 0;
    textFit(str(t, "title"), kBody, kInk, listSize.x - px(44));
    ImGui::SetCursorScreenPos(ImVec2(at.x + px(22), ImGui::GetCursorScreenPos().y + px(2)));
    text(done ? tr("kiosk.rate.done") : tr(str(t, "kind") == "project" ? "kiosk.rate.kind.project"
                                                                        : "kiosk.rate.kind.activity"),
         kSmall, done ? IM_COL32(22, 128, 70, 255) : kMutedInk);
    ++i;
  }

  // The three big buttons for the picked target.
  const ImVec2 panelAt = portrait ? ImVec2(origin.x, origin.y + listSize.y + gap)
                                  : ImVec2(origin.x + listSize.x + gap * 2, origin.y);
  const float panelW = portrait ? area.x : area.x - listSize.x - gap * 2;
  ImGui::SetCursorScreenPos(panelAt);
  if (!picked) {
    text(tr("kiosk.rate.pick"), kTitle * 0.8f, kInk, panelW, FontRole::heading);
    return;
  }
  textFit(str(*picked, "title"), kBody, kInk, panelW);
  const std::string id = str(*picked, "target");
  const bool done = v.rated.count(id) > 0;
  const float buttonsTop = ImGui::GetCursorScreenPos().y + px(16);
  const float avail = origin.y + area.y - buttonsTop;
  const float bh = std::min(px(170), (avail - 2 * gap) / 3);
  const double now = ImGui::GetTime();
  for (Rating r : allValues<Rating>()) {
    const auto k = static_cast<std::size_t>(r);
    ImGui::SetCursorScreenPos(ImVec2(panelAt.x, buttonsTop + k * (bh + gap)));
    if (!button(ctx, tr(kRatingKeys[k]), kRatingKeys[k], ImVec2(panelW, bh), kRatingFills[k], IM_COL32_WHITE, !done))
      continue;
    if (now - v.lastRatingAt < kioskTimings().minTapSeconds) {
      ++v.ratingsIgnored;  // repeated taps
      continue;
    }
    if (storeRating(v, *picked, r)) {
      v.rated.insert(id);
      v.lastRatingAt = now;
      v.thanksUntil = now + kioskTimings().thanksSeconds;
      ++v.ratingsStored;
    }
  }
  if (done) {
    ImGui::SetCursorScreenPos(ImVec2(panelAt.x, buttonsTop + 3 * (bh + gap)));
    text(tr("kiosk.rate.once"), kSmall, kMutedInk, panelW);
  }
}

}  // namespace gj::ui::kiosk
