// Adding and editing a resource: unit, title, kind, the categories it offers (the first one chosen is the
// primary, as the matcher scores it), capacity per quarter in the kind's unit. Stored as one action with a
// history entry (createRecord / editRecord); nothing is ever deleted — a capacity of 0 pauses a resource.
#include "ui/resource_form.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/resource_quantity.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/unit_history.h"
#include "ui/unit_quarter.h"

namespace gj::ui {

namespace {

struct ResourceFormState {
  bool loaded = false;
  std::string resource;  // "" for a new one
  std::string unit;
  char title[256] = "";
  ResourceKind kind = ResourceKind::service;
  std::vector<std::string> categories;  // in the order chosen
  char capacity[32] = "";
  std::map<std::string, std::string> errors;  // field -> message
  std::string refused;
  std::string saved;  // the id last stored, for the confirmation line
};

ResourceFormState& form() {
  static ResourceFormState f;
  return f;
}

void load(ResourceFormState& f, const Resource* r, const std::string& presetUnit) {
  const std::string saved = f.saved;
  f = ResourceFormState{};
  f.loaded = true;
  f.saved = saved;
  if (!r) {
    f.unit = presetUnit;
    return;
  }
  f.resource = r->id;
  f.unit = r->unit;
  std::snprintf(f.title, sizeof f.title, "%s", r->title.c_str());
  f.kind = r->kind;
  f.categories = r->categories;
  std::snprintf(f.capacity, sizeof f.capacity, "%s", capacityNumber(r->kind, r->capacity_per_quarter).c_str());
}

bool blank(const char* s) {
  for (; *s; ++s)
    if (*s != ' ' && *s != '\t') return false;
  return true;
}

// What the form checks itself, in the user's language; the domain checks the record as a whole.
bool checkForm(const ScreenContext& ctx, ResourceFormState& f, std::int64_t* amount) {
  f.errors.clear();
  f.refused.clear();
  if (!ctx.data().find<Unit>(f.unit)) f.errors["unit"] = tr("res.err.unit");
  if (blank(f.title)) f.errors["title"] = tr("res.err.title");
  if (f.categories.empty()) f.errors["categories"] = tr("res.err.categories");
  switch (parseCapacity(f.kind, f.capacity, amount)) {
    case CapacityInput::ok: break;
    case CapacityInput::empty: f.errors["capacity"] = tr("res.err.capacity_empty"); break;
    case CapacityInput::too_precise: f.errors["capacity"] = tr("res.err.capacity_precise"); break;
    case CapacityInput::too_large: f.errors["capacity"] = tr("res.err.capacity_large"); break;
    case CapacityInput::not_a_number:
      f.errors["capacity"] = tr(f.kind == ResourceKind::funds || f.kind == ResourceKind::volunteer_hours
                                    ? "res.err.capacity_number"
                                    : "res.err.capacity_count");
      break;
  }
  return f.errors.empty();
}

std::string submit(ScreenContext& ctx, ResourceFormState& f) {
  std::int64_t amount = 0;
  if (!checkForm(ctx, f, &amount)) return "";
  const Resource* stored = f.resource.empty() ? nullptr : ctx.data().find<Resource>(f.resource);
  Resource next = stored ? *stored : Resource{};
  next.unit = f.unit;
  next.title = f.title;
  next.kind = f.kind;
  next.categories = f.categories;
  next.capacity_per_quarter = amount;
  const Edit e = editNow(ctx);
  Outcome o;
  if (stored) {
    Resource current = *stored;
    o = editRecord(current, next, e);
    next = current;
  } else {
    next.id = ctx.workspace->allocateId(Resource::kType);
    o = createRecord(next, e);
  }
  if (!o) {
    f.refused = inLang(o.reason);
    return "";
  }
  if (stored && next.rev == stored->rev) return next.id;  // nothing changed: nothing to store
  io::Action action;
  action.put(next);
  if (!ctx.workspace->perform(std::move(action))) {
    f.refused = performRefusal(ctx);
    return "";
  }
  return next.id;
}

void drawCategories(ScreenContext& ctx, ResourceFormState& f) {
  formLabel("res.form.categories");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("res.form.categories_note"));
  ImGui::PopStyleColor();
  // Two columns when the longest label (with the "main" mark) fits in half the panel, else one.
  float widest = 0;
  for (const auto& c : ctx.taxonomy.categories)
    widest = std::max(widest, ImGui::CalcTextSize((categoryLabel(ctx, c.id) + " " + tr("res.form.primary")).c_str()).x);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float column = ImGui::GetContentRegionAvail().x / 2;
  const bool twoColumns = widest + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + style.ItemSpacing.x <= column;
  int i = 0;
  for (const auto& c : ctx.taxonomy.categories) {
    auto at = std::find(f.categories.begin(), f.categories.end(), c.id);
    bool on = at != f.categories.end();
    if (twoColumns && i % 2 == 1) ImGui::SameLine(column + style.WindowPadding.x);
    std::string text = categoryLabel(ctx, c.id);
    if (on && at == f.categories.begin()) text += std::string(" ") + tr("res.form.primary");
    ImGui::PushID(c.id.c_str());
    if (ImGui::Checkbox(text.c_str(), &on)) {
      if (on) f.categories.push_back(c.id);
      else f.categories.erase(std::find(f.categories.begin(), f.categories.end(), c.id));
    }
    ImGui::PopID();
    ctx.widgets.markLastItem("res.form.category." + c.id);
    ++i;
  }
  formError(f.errors, "categories");
}

}  // namespace

void resetResourceForm() { form() = ResourceFormState{}; }

ResourceFormResult drawResourceForm(ScreenContext& ctx, const std::string& resourceId, const std::string& presetUnit) {
  ResourceFormState& f = form();
  const Resource* stored = resourceId.empty() ? nullptr : ctx.data().find<Resource>(resourceId);
  if (!f.loaded || f.resource != resourceId) load(f, stored, presetUnit);

  ImGui::TextUnformatted(stored ? tr("res.form.edit_title") : tr("res.form.new_title"));
  if (stored) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    char revision[64];
    std::snprintf(revision, sizeof revision, tr("units.revision"), stored->rev);
    ImGui::Text("%s · %s", stored->id.c_str(), revision);
    ImGui::PopStyleColor();
  }
  ImGui::Separator();

  formLabel("res.form.unit");
  const Unit* unit = ctx.data().find<Unit>(f.unit);
  if (stored) {  // a resource stays with its unit; a different unit offers its own resource
    ImGui::TextWrapped("%s", unit ? unit->name.c_str() : f.unit.c_str());
  } else {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##res.form.unit", unit ? unit->name.c_str() : tr("intake.pick"))) {
      for (const auto& [id, u] : ctx.data().units())
        if (ImGui::Selectable(u.name.c_str(), f.unit == id)) f.unit = id;
      ImGui::EndCombo();
    }
    ctx.widgets.markLastItem("res.form.unit");
    formError(f.errors, "unit");
  }

  formLabel("res.form.title");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##res.form.title", f.title, sizeof f.title);
  ctx.widgets.markLastItem("res.form.title");
  formError(f.errors, "title");

  formLabel("res.form.kind");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##res.form.kind", kindLabel(f.kind).c_str())) {
    for (ResourceKind k : allValues<ResourceKind>())
      if (ImGui::Selectable(kindLabel(k).c_str(), f.kind == k)) f.kind = k;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("res.form.kind");

  drawCategories(ctx, f);

  formLabel("res.form.capacity");
  ImGui::SetNextItemWidth(160);
  ImGui::InputText("##res.form.capacity", f.capacity, sizeof f.capacity, ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.markLastItem("res.form.capacity");
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(capacityUnitKey(f.kind)));
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("res.form.per_quarter"));
  ImGui::PopStyleColor();
  formError(f.errors, "capacity");

  ImGui::Spacing();
  formRefusal(ctx, f.refused);
  ResourceFormResult result;
  if (ImGui::Button(tr("res.save"))) {
    f.saved.clear();
    result.stored = submit(ctx, f);
    if (!result.stored.empty()) {
      f.loaded = false;  // start again from the stored record next frame
      f.saved = result.stored;
    }
  }
  ctx.widgets.markLastItem("res.save");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) {
    resetResourceForm();
    result.closed = true;
  }
  ctx.widgets.markLastItem("res.cancel");
  if (!f.saved.empty() && f.saved == resourceId && result.stored.empty()) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(tr("res.saved"));
    ImGui::PopStyleColor();
  }

  if (stored) {
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("detail.history"));
    drawRecordHistory("##res.history", *stored);
  }
  return result;
}

}  // namespace gj::ui
