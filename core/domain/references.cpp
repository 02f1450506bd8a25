// Cross-record checks of a dataset: references point at existing records, duplicates form no loop.
#include <set>

#include "domain/dataset.h"

namespace gj {
namespace {

class RefCheck {
 public:
  RefCheck(const Dataset& ds, Errors& errors) : ds_(ds), errors_(errors) {}

  template <class Target> void one(const std::string& from, const char* field, const std::string& id) {
    if (!id.empty() && !ds_.find<Target>(id))
      errors_.push_back(from + "." + field + ": expected the id of an existing " + std::string(Target::kType) +
                        ", got \"" + id + "\"");
  }
  template <class Target> void many(const std::string& from, const char* field, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      one<Target>(from, (std::string(field) + "[" + std::to_string(i) + "]").c_str(), ids[i]);
  }

 private:
  const Dataset& ds_;
  Errors& errors_;
};

// Following duplicate_of from `start` must end at a need that is not a duplicate.
bool duplicateLoop(const Dataset& ds, const Need& start) {
  std::set<std::string> seen{start.id};
  const Need* n = &start;
  while (!n->duplicate_of.empty()) {
    if (!seen.insert(n->duplicate_of).second) return true;
    n = ds.find<Need>(n->duplicate_of);
    if (!n) return false;  // reported as a missing reference
  }
  return false;
}

}  // namespace

Errors checkReferences(const Dataset& ds) {
  Errors errors;
  RefCheck c(ds, errors);
  if (!ds.street.empty() && !ds.find<Street>(ds.street))
    errors.push_back("bundle.street: expected the id of an existing street, got \"" + ds.street + "\"");
  for (const auto& [id, r] : ds.communities()) c.one<Street>(id, "street", r.street);
  for (const auto& [id, r] : ds.units()) c.many<Community>(id, "communities", r.communities);
  for (const auto& [id, r] : ds.resources()) c.one<Unit>(id, "unit", r.unit);
  for (const auto& [id, r] : ds.needs()) {
    c.one<Community>(id, "community", r.community);
    c.one<Unit>(id, "matched_unit", r.matched_unit);
    c.one<Project>(id, "project", r.project);
    c.one<Need>(id, "duplicate_of", r.duplicate_of);
    if (duplicateLoop(ds, r))
      errors.push_back(id + ".duplicate_of: expected a chain of duplicates that ends, got a loop through \"" +
                       r.duplicate_of + "\"");
  }
  for (const auto& [id, r] : ds.projects()) {
    c.one<Community>(id, "community", r.community);
    c.many<Need>(id, "needs", r.needs);
    c.one<Unit>(id, "lead_unit", r.lead_unit);
    c.many<Unit>(id, "partner_units", r.partner_units);
  }
  for (const auto& [id, r] : ds.volunteers()) c.one<Unit>(id, "unit", r.unit);
  for (const auto& [id, r] : ds.activities()) {
    c.one<Community>(id, "community", r.community);
    c.many<Unit>(id, "organisers", r.organisers);
    c.one<Project>(id, "project", r.project);
    for (std::size_t i = 0; i < r.attendance.size(); ++i)
      c.one<Volunteer>(id, ("attendance[" + std::to_string(i) + "].volunteer").c_str(), r.attendance[i].volunteer);
  }
  for (const auto& [id, r] : ds.meetings()) {
    c.one<Community>(id, "community", r.community);
    c.many<Unit>(id, "attending", r.attending);
  }
  for (const auto& [id, r] : ds.assessments()) {
    c.one<Community>(id, "community", r.community);
    c.one<Unit>(id, "unit", r.unit);
  }
  for (const auto& [id, r] : ds.feedback()) {
    if (r.target_kind == FeedbackTarget::project)
      c.one<Project>(id, "target", r.target);
    else
      c.one<Activity>(id, "target", r.target);
  }
  for (const auto& [id, r] : ds.awards()) {
    if (r.target_kind == AwardTarget::project)
      c.one<Project>(id, "target", r.target);
    else
      c.one<Volunteer>(id, "target", r.target);
  }
  return errors;
}

}  // namespace gj
