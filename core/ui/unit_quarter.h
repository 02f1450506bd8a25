// What the Resources and Units screens share: the quarter they show (one choice for both screens), the
// units' slots in it as the matcher counts them (cached per dataset version), and small labels.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "ui/resource_list.h"
#include "ui/screens.h"

namespace gj::ui {

// The quarters offered: `current` and every quarter a project is carried out in or a joint meeting is held
// in, newest first, each once.
std::vector<Quarter> selectableQuarters(const Dataset& ds, const Quarter& current);

// The quarter the screens show; the current quarter (by today()) until the user picks another.
Quarter& shownQuarter();
// The quarter picker, registered as widgetName ("res.quarter", "units.quarter").
void drawShownQuarterCombo(ScreenContext& ctx, const char* widgetName);

// match::unitSlots() of the shown quarter with the matcher's weights (ctx.matchingWeights), recomputed only
// when the dataset, the quarter or the slot sizes change.
const UnitLoads& shownLoads(ScreenContext& ctx);

// A bar of slots used out of slots across the rest of the line, without numbers (the caller shows them);
// red when full.
void drawLoadBar(const match::UnitSlots& s);

std::string kindLabel(ResourceKind k);    // 资金 / Funds ...
std::string levelLabel(UnitLevel level);  // 市级 / City ...
std::string unitDisplayName(const ScreenContext& ctx, const std::string& id);
// "5 万元", "12.5 小时", "6 次": the capacity in the kind's unit.
std::string capacityLabel(const Resource& r);
// "、" between the items of a list in Chinese, ", " in English.
const char* listSeparator();
// The categories as labels in the current language, joined with listSeparator().
std::string categoryList(const ScreenContext& ctx, const std::vector<std::string>& ids);

// The first cell of a selectable table row: `text` clipped by its column (whole in a tooltip when cut), the
// whole row clickable. Returns true when clicked. The caller pushes an id unique to the row.
bool rowSelectable(const std::string& text, bool selected);

}  // namespace gj::ui
