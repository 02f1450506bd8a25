// The shown quarter, the cached slots and the labels of the Resources and Units screens (unit_quarter.h).
#include "ui/unit_quarter.h"

#include <algorithm>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/resource_quantity.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

std::vector<Quarter> selectableQuarters(const Dataset& ds, const Quarter& current) {
  std::vector<Quarter> out{current};
  for (const auto& [id, p] : ds.projects())
    if (p.quarter) out.push_back(*p.quarter);
  for (const auto& [id, m] : ds.meetings()) out.push_back(m.quarter);
  std::sort(out.begin(), out.end(), [](const Quarter& a, const Quarter& b) { return b < a; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove_if(out.begin(), out.end(), [](const Quarter& q) { return !q.valid(); }), out.end());
  return out;
}

Quarter& shownQuarter() {
  static Quarter q = Quarter::ofDate(today()).value_or(Quarter{});
  return q;
}

namespace {
struct LoadCache {
  const io::Workspace* workspace = nullptr;
  std::uint64_t version = 0;
  Quarter quarter;
  std::int64_t fundsPerSlot = 0, minutesPerSlot = 0;  // the weights the slots were counted with
  UnitLoads loads;
  std::vector<Quarter> quarters;  // selectableQuarters of the same version
};
LoadCache& cache() {
  static LoadCache c;
  return c;
}
void refresh(ScreenContext& ctx) {
  LoadCache& c = cache();
  const match::NeedWeights& w = ctx.matchingWeights.needs;  // Settings may change the slot sizes
  if (c.workspace == ctx.workspace && c.version == ctx.workspace->version() && c.quarter == shownQuarter() &&
      c.fundsPerSlot == w.funds_fen_per_slot && c.minutesPerSlot == w.volunteer_minutes_per_slot)
    return;
  c.workspace = ctx.workspace;
  c.version = ctx.workspace->version();
  c.quarter = shownQuarter();
  c.fundsPerSlot = w.funds_fen_per_slot;
  c.minutesPerSlot = w.volunteer_minutes_per_slot;
  c.loads = match::unitSlots(ctx.data(), c.quarter, w);
  c.quarters = selectableQuarters(ctx.data(), *Quarter::ofDate(today()));
}
}  // namespace

const UnitLoads& shownLoads(ScreenContext& ctx) {
  refresh(ctx);
  return cache().loads;
}

void drawShownQuarterCombo(ScreenContext& ctx, const char* widgetName) {
  refresh(ctx);
  Quarter& shown = shownQuarter();
  const Quarter current = *Quarter::ofDate(today());
  auto label = [&](const Quarter& q) {
    std::string text = q.text();
    if (q == current) text += std::string(" · ") + tr("units.quarter.current");
    return text;
  };
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("units.quarter"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(label(current).c_str()).x + ImGui::GetFrameHeight() * 2);
  if (ImGui::BeginCombo("##quarter", label(shown).c_str())) {
    for (const Quarter& q : cache().quarters)
      if (ImGui::Selectable(label(q).c_str(), q == shown)) shown = q;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem(widgetName);
}

void drawLoadBar(const match::UnitSlots& s) {
  const float fraction = s.slots > 0 ? static_cast<float>(s.used) / static_cast<float>(s.slots) : 0.0f;
  // Red once nothing is left, so full units stand out in a long list.
  const bool full = s.slots > 0 && s.left() == 0;
  labelledBar(fraction, "", "", full ? theme::kBrand : ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram));
}

std::string kindLabel(ResourceKind k) { return tr("res.kind." + std::string(enumName(k))); }

std::string levelLabel(UnitLevel level) { return tr("units.level." + std::string(enumName(level))); }

std::string unitDisplayName(const ScreenContext& ctx, const std::string& id) {
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

std::string capacityLabel(const Resource& r) {
  return capacityNumber(r.kind, r.capacity_per_quarter) + " " + tr(capacityUnitKey(r.kind));
}

const char* listSeparator() { return strings().lang() == Lang::zh ? "、" : ", "; }

std::string categoryList(const ScreenContext& ctx, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : listSeparator()) + categoryLabel(ctx, id);
  return out.empty() ? "—" : out;
}

bool rowSelectable(const std::string& text, bool selected) {
  const bool clicked = ImGui::Selectable(text.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
  if ((ImGui::TableGetColumnFlags() & ImGuiTableColumnFlags_IsHovered) && ImGui::IsItemHovered() &&
      ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth())
    ImGui::SetTooltip("%s", text.c_str());
  return clicked;
}

}  // namespace gj::ui
