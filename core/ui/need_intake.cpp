// The intake form 登记需求: what the resident said, where, for whom, how urgent, and who reported it.
// While the text is typed, the classifier's suggestions (with the keywords that decided them) and similar
// needs of the same community are shown. A refused form keeps everything typed and says what is wrong.
#include <cstdio>
#include <cstring>
#include <map>

#include <imgui.h>

#include "domain/dates.h"
#include "domain/need_lifecycle.h"
#include "match/classifier.h"
#include "match/duplicates.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/needs_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

struct IntakeForm {
  std::string community;
  char text[2048] = "";
  TargetGroup group = TargetGroup::general;
  int people = 1;
  int urgency = 3;
  char reported[16] = "";
  char name[64] = "";
  char phone[32] = "";
  char address[128] = "";
  std::string category;  // accepted suggestion or chosen; "" leaves the need unclassified
  std::map<std::string, std::string> errors;  // field -> message, shown under the field
  std::string refused;                         // a refusal of the whole form
  // Suggestions for the text last seen.
  std::string seenText, seenCommunity;
  std::vector<match::CategoryScore> suggestions;
  std::vector<match::DuplicateMatch> duplicates;
};

IntakeForm& form() {
  static IntakeForm f;
  return f;
}

bool digitsOnly(const char* s) {
  for (; *s; ++s)
    if (*s < '0' || *s > '9') return false;
  return true;
}

void refreshSuggestions(ScreenContext& ctx, IntakeForm& f) {
  if (f.seenText == f.text && f.seenCommunity == f.community) return;
  f.seenText = f.text;
  f.seenCommunity = f.community;
  f.suggestions = match::classify(ctx.taxonomy, f.text);
  if (f.suggestions.size() > 3) f.suggestions.resize(3);
  f.duplicates.clear();
  if (!f.community.empty() && std::strlen(f.text) >= 4)
    f.duplicates = match::findDuplicates(ctx.data(), ctx.taxonomy,
                                         match::DuplicateQuery{f.community, f.text, "", f.reported, ""});
  if (f.duplicates.size() > 5) f.duplicates.resize(5);
}

void drawSuggestions(ScreenContext& ctx, IntakeForm& f) {
  formLabel("intake.suggested");
  if (f.suggestions.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s", tr("intake.no_suggestion"));
    ImGui::PopStyleColor();
  }
  for (std::size_t i = 0; i < f.suggestions.size(); ++i) {
    const auto& s = f.suggestions[i];
    ImGui::PushID(static_cast<int>(i));
    const bool chosen = f.category == s.id;
    if (ImGui::RadioButton(categoryLabel(ctx, s.id).c_str(), chosen)) f.category = chosen ? "" : s.id;
    ctx.widgets.markLastItem("intake.suggestion." + std::to_string(i));
    ImGui::SameLine();
    std::string words;
    for (const auto& k : s.keywords) words += (words.empty() ? "" : "、") + k;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s %d · %s", tr("intake.score"), s.score, words.c_str());
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  // Any category, when the suggestions miss.
  std::string shown = f.category.empty() ? tr("intake.category_later") : categoryLabel(ctx, f.category);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##intake.category", shown.c_str())) {
    if (ImGui::Selectable(tr("intake.category_later"), f.category.empty())) f.category.clear();
    for (const auto& c : ctx.taxonomy.categories)
      if (ImGui::Selectable(categoryLabel(ctx, c.id).c_str(), f.category == c.id)) f.category = c.id;
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("intake.category");

  if (f.duplicates.empty()) return;
  formLabel("intake.similar");
  for (const auto& d : f.duplicates) {
    const Need* other = ctx.data().find<Need>(d.need);
    if (!other) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::Text("%d%%", d.similarity);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextWrapped("%s %s · %s", other->id.c_str(), needStatusLabel(other->status).c_str(), other->text.c_str());
  }
}

// Checks what the form can check itself, in the user's language; the domain checks the rest.
bool checkForm(IntakeForm& f) {
  f.errors.clear();
  f.refused.clear();
  if (f.community.empty()) f.errors["community"] = tr("intake.err.community");
  if (std::strlen(f.text) == 0) f.errors["text"] = tr("intake.err.text");
  if (f.people < 1) f.errors["people"] = tr("intake.err.people");
  if (!isDate(f.reported)) f.errors["reported"] = tr("intake.err.date");
  const std::size_t digits = std::strlen(f.phone);
  if (digits > 0 && (!digitsOnly(f.phone) || digits < 7 || digits > 12)) f.errors["phone"] = tr("intake.err.phone");
  return f.errors.empty();
}

std::string submit(ScreenContext& ctx, IntakeForm& f) {
  if (!checkForm(f)) return "";
  io::Workspace& ws = *ctx.workspace;
  Need n;
  n.id = ws.allocateId(Need::kType);
  n.community = f.community;
  n.text = f.text;
  n.target_group = f.group;
  n.people_affected = f.people;
  n.urgency = f.urgency;
  n.reported = f.reported;
  n.reporter = Reporter{f.name, f.phone, f.address};
  const Edit e = editNow(ctx);
  Outcome o = createRecord(n, e);
  if (o && !f.category.empty()) o = classifyNeed(n, e, f.category, f.group);
  if (!o) {
    f.refused = inLang(o.reason);
    return "";
  }
  io::Action action;
  action.put(n);
  if (!ws.perform(std::move(action))) {
    f.refused = performRefusal(ctx);
    return "";
  }
  return n.id;
}

}  // namespace

void resetNeedIntake() { form() = IntakeForm{}; }

std::string drawNeedIntake(ScreenContext& ctx) {
  IntakeForm& f = form();
  if (f.reported[0] == '\0') std::snprintf(f.reported, sizeof f.reported, "%s", today().c_str());
  ImGui::TextUnformatted(tr("intake.title"));
  ImGui::Separator();

  formLabel("intake.community");
  const Community* chosen = ctx.data().find<Community>(f.community);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##intake.community", chosen ? chosen->name.c_str() : tr("intake.pick"))) {
    for (const auto& [id, c] : ctx.data().communities()) {
      if (ImGui::Selectable(c.name.c_str(), f.community == id)) f.community = id;
      ctx.widgets.markLastItem("intake.community." + id);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("intake.community");
  formError(f.errors, "community");

  formLabel("intake.text");
  ImGui::InputTextMultiline("##intake.text", f.text, sizeof f.text, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
  ctx.widgets.markLastItem("intake.text");
  formError(f.errors, "text");
  refreshSuggestions(ctx, f);
  drawSuggestions(ctx, f);

  formLabel("intake.group");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##intake.group", targetGroupLabel(f.group).c_str())) {
    for (std::size_t i = 0; i < enumCount<TargetGroup>(); ++i) {
      auto g = static_cast<TargetGroup>(i);
      if (ImGui::Selectable(targetGroupLabel(g).c_str(), f.group == g)) f.group = g;
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("intake.group");

  formLabel("intake.people");
  ImGui::SetNextItemWidth(160);
  ImGui::InputInt("##intake.people", &f.people);
  ctx.widgets.markLastItem("intake.people");
  formError(f.errors, "people");
  formLabel("intake.urgency");
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderInt("##intake.urgency", &f.urgency, 1, 5, tr("intake.urgency_format"));
  ctx.widgets.markLastItem("intake.urgency");
  formLabel("intake.reported");
  ImGui::SetNextItemWidth(160);
  ImGui::InputText("##intake.reported", f.reported, sizeof f.reported);
  ctx.widgets.markLastItem("intake.reported");
  formError(f.errors, "reported");

  formLabel("intake.reporter");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("intake.reporter_note"));
  ImGui::PopStyleColor();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##intake.name", tr("intake.name"), f.name, sizeof f.name);
  ctx.widgets.markLastItem("intake.name");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##intake.phone", tr("intake.phone"), f.phone, sizeof f.phone, ImGuiInputTextFlags_CharsDecimal);
  ctx.widgets.markLastItem("intake.phone");
  formError(f.errors, "phone");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##intake.address", tr("intake.address"), f.address, sizeof f.address);
  ctx.widgets.markLastItem("intake.address");

  ImGui::Spacing();
  formRefusal(ctx, f.refused);
  std::string stored;
  if (ImGui::Button(tr("intake.save"))) {
    stored = submit(ctx, f);
    if (!stored.empty()) resetNeedIntake();
  }
  ctx.widgets.markLastItem("intake.save");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) needsState().intakeOpen = false;  // the draft stays for next time
  ctx.widgets.markLastItem("intake.cancel");
  return stored;
}

}  // namespace gj::ui
