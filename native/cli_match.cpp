// gongjian-cli match: the need -> unit plan (match/plan_needs.h) of a data folder or the demo dataset for
// one quarter, as a table or as the plan's JSON (--json), and optionally its solver instance
// (--export-instance FILE, format in match/plan_json.h) for checking the optimum with another solver.
#include <fstream>
#include <iostream>

#include "cli_commands.h"
#include "cli_overrides.h"
#include "match/plan_json.h"
#include "match/plan_needs.h"

namespace gj::cli {
namespace {

// NEED=UNIT, with or without the "need/" and "unit/" prefixes.
bool parsePair(const std::string& text, match::PairRule* out) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) return false;
  out->need = text.substr(0, eq);
  out->unit = text.substr(eq + 1);
  if (out->need.find('/') == std::string::npos) out->need = "need/" + out->need;
  if (out->unit.find('/') == std::string::npos) out->unit = "unit/" + out->unit;
  return true;
}

// Without --quarter: the latest quarter any project is claimed in (the dataset decides, not the clock).
std::optional<Quarter> latestQuarter(const Dataset& ds) {
  std::optional<Quarter> latest;
  for (const auto& [id, p] : ds.projects())
    if (p.quarter && (!latest || *latest < *p.quarter)) latest = p.quarter;
  return latest;
}

std::string nameOf(const Dataset& ds, const std::string& unit) {
  const Unit* u = ds.find<Unit>(unit);
  return u ? u->name : unit;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

void printPlan(const Dataset& ds, const match::NeedPlan& plan) {
  std::cout << "need -> unit plan " << plan.quarter << ": " << plan.assignments.size() << " assigned, "
            << plan.unmatched.size() << " unmatched, total score " << plan.total_score << "\n";
  for (const auto& a : plan.assignments) {
    const auto& p = a.parts;
    std::cout << "  " << a.need << " -> " << a.unit << " " << nameOf(ds, a.unit) << "  score " << a.score
              << (a.locked ? " (locked)" : "") << "  = category " << p.category << " + pairing " << p.pairing
              << " + urgency " << p.urgency << " + people " << p.people << " + group " << p.target_group
              << " + capacity " << p.capacity << " + completed " << p.completed << " + satisfaction "
              << p.satisfaction << "\n";
  }
  for (const auto& u : plan.unmatched) {
    std::cout << "  " << u.need << " unmatched: " << match::reasonName(u.reason);
    if (!u.full.empty()) std::cout << "; full: " << joined(u.full);
    if (!u.forbidden.empty()) std::cout << "; forbidden: " << joined(u.forbidden);
    if (!u.candidates.empty()) std::cout << "; taken by higher scores: " << joined(u.candidates);
    std::cout << "\n";
  }
  for (const auto& n : plan.notes) std::cout << "  note: " << n << "\n";
  std::cout << "plan hash " << match::planHash(plan) << "\n";
}

}  // namespace

int runMatch(const MatchOptions& o) {
  match::NeedPlanOptions options;
  for (const auto& [list, rules] : {std::pair{&o.lock, &options.locked}, std::pair{&o.forbid, &options.forbidden}})
    for (const std::string& text : *list) {
      match::PairRule r;
      if (!parsePair(text, &r)) {
        std::cerr << "gongjian-cli match: expected NEED=UNIT (e.g. need/12=unit/3), got \"" << text << "\"\n";
        return 2;
      }
      rules->push_back(r);
    }
  std::optional<Quarter> quarter;
  if (!o.quarter.empty()) {
    quarter = Quarter::parse(o.quarter);
    if (!quarter) {
      std::cerr << "gongjian-cli match: --quarter: expected a quarter like 2024Q3, got \"" << o.quarter << "\"\n";
      return 2;
    }
  }
  // The weights as the program uses them: the assets' ones with the data folder's Settings edits.
  match::MatchingWeights weights;
  if (!loadWeights(o.data_dir, o.asset_dir, "match", &weights)) return 1;
  options.weights = weights.needs;
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  if (!quarter) quarter = latestQuarter(*ds);
  if (!quarter) {
    std::cerr << "gongjian-cli match: no project names a quarter; give one with --quarter\n";
    return 2;
  }
  options.quarter = *quarter;

  if (!o.export_instance.empty()) {
    std::ofstream out(o.export_instance, std::ios::binary | std::ios::trunc);
    out << match::needInstanceJson(match::buildNeedInput(*ds, options), quarter->text());
    out.close();
    if (!out) {
      std::cerr << "gongjian-cli match: cannot write " << o.export_instance << "\n";
      return 1;
    }
  }
  const match::NeedPlan plan = match::planNeeds(*ds, options);
  if (!plan.solved) {
    std::cerr << "gongjian-cli match: the solver found no optimum (a bug: please report it)\n";
    return 1;
  }
  if (o.json)
    std::cout << match::planJson(plan) << "\n";
  else
    printPlan(*ds, plan);
  return 0;
}

}  // namespace gj::cli
