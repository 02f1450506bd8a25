// The Matching screen's state and the actions it commits: rules of the quarter, accepting proposals.
#include <cstdio>

#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/match_accept.h"
#include "ui/match_screen.h"
#include "ui/strings.h"

#include <imgui.h>

#include "ui/theme.h"

namespace gj::ui {

MatchScreenState& matchScreen() {
  static MatchScreenState state;
  return state;
}

void refreshMatchRules(ScreenContext& ctx, MatchScreenState& st) {
  std::string text = ctx.workspace->setting(matchRulesKey(st.quarter));
  if (text == st.rulesText) return;
  st.rulesText = std::move(text);
  std::string error;
  if (parseMatchRules(st.rulesText, &st.rules, &error)) {
    st.rulesError.clear();
  } else {
    st.rules = MatchRules{};
    st.rulesError = error;
  }
}

namespace {
// An action of this screen that leaves the plan valid (its own accepts, its rules) keeps it fresh.
bool performOwn(ScreenContext& ctx, MatchScreenState& st, io::Action action) {
  const bool fresh = ctx.workspace->version() == st.seenVersion;
  if (!ctx.workspace->perform(std::move(action))) {
    st.message = performRefusal(ctx);
    st.messageIsError = true;
    return false;
  }
  if (fresh) st.seenVersion = ctx.workspace->version();
  return true;
}
}  // namespace

bool storeMatchRules(ScreenContext& ctx, MatchScreenState& st, const MatchRules& rules) {
  io::Action action;
  action.putSetting(matchRulesKey(st.quarter), matchRulesJson(rules));
  if (!performOwn(ctx, st, std::move(action))) return false;
  st.rules = rules;
  st.rulesText = ctx.workspace->setting(matchRulesKey(st.quarter));
  st.rulesError.clear();
  st.message = tr("match.msg.rules_saved");
  st.messageIsError = false;
  return true;
}

void acceptMatchProposals(ScreenContext& ctx, MatchScreenState& st, const std::vector<match::PairRule>& pairs) {
  AcceptBatch batch = acceptPairs(ctx.data(), editNow(ctx, tr("match.edit_note")), pairs, st.rules);
  if (!batch.ok()) {
    st.message = batch.refusedNeed.empty() ? std::string(tr("match.msg.nothing"))
                                           : matchFormat(tr("match.msg.refused"), batch.refusedNeed, inLang(batch.reason));
    st.messageIsError = true;
    return;
  }
  if (!performOwn(ctx, st, acceptAction(batch, matchRulesKey(st.quarter)))) return;
  if (batch.rules) {
    st.rules = *batch.rules;
    st.rulesText = ctx.workspace->setting(matchRulesKey(st.quarter));
  }
  st.lastAccepted = batch.matched.back().id;
  st.acceptedCount += static_cast<int>(batch.matched.size());
  if (batch.matched.size() == 1)
    st.message = matchFormat(tr("match.msg.accepted_one"), batch.matched[0].id, matchUnitName(ctx, batch.matched[0].matched_unit));
  else
    st.message = matchFormat(tr("match.msg.accepted_all"), std::to_string(batch.matched.size()));
  st.messageIsError = false;
}

void refreshMatchRows(ScreenContext& ctx, MatchScreenState& st) {
  if (!st.run.hasPlan()) {
    st.rows.clear();
    st.unmatched.clear();
    return;
  }
  const match::NeedPlan* plan = &st.run.plan();
  if (plan == st.rowsPlan && ctx.workspace->version() == st.rowsVersion && st.column == st.rowsColumn &&
      st.descending == st.rowsDescending)
    return;
  st.rows = openProposals(ctx.data(), *plan, st.column, st.descending);
  st.unmatched = openUnmatched(ctx.data(), *plan);
  st.rowsPlan = plan;
  st.rowsVersion = ctx.workspace->version();
  st.rowsColumn = st.column;
  st.rowsDescending = st.descending;
}

std::string matchUnitName(const ScreenContext& ctx, const std::string& id) {
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

std::string matchUnitNames(const ScreenContext& ctx, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : tr("match.list_sep")) + matchUnitName(ctx, id);
  return out;
}

// Formats a string-table text with up to two %s (both languages of a key take the same ones).
std::string matchFormat(const char* format, const std::string& a, const std::string& b) {
  const int n = std::snprintf(nullptr, 0, format, a.c_str(), b.c_str());
  if (n <= 0) return format;
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, a.c_str(), b.c_str());
  out.resize(static_cast<std::size_t>(n));
  return out;
}

void matchMuted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
