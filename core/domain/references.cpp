// Cross-record checks of a dataset: references point at existing records, duplicates form no loop.
// The same per-record checks serve a whole dataset (on load) and one action's records (before it is stored).
#include <set>

#include "domain/dataset.h"

namespace gj {
namespace {

// Where references are looked up: the records of one action first (`changed`, may be null), then `base`.
struct Lookup {
  const Dataset& base;
  const Dataset* changed = nullptr;
  template <class R> const R* find(const std::string& id) const {
    if (changed)
      if (const R* r = changed->find<R>(id)) return r;
    return base.find<R>(id);
  }
};

class RefCheck {
 public:
  RefCheck(const Lookup& look, Errors& errors) : look_(look), errors_(errors) {}

  template <class Target> void one(const std::string& from, const std::string& field, const std::string& id) {
    if (!id.empty() && !look_.find<Target>(id))
      errors_.push_back(from + "." + field + ": expected the id of an existing " + std::string(Target::kType) +
                        ", got \"" + id + "\"");
  }
  template <class Target> void many(const std::string& from, const char* field, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i) one<Target>(from, std::string(field) + "[" + std::to_string(i) + "]", ids[i]);
  }
  const Lookup& look() const { return look_; }
  Errors& errors() { return errors_; }

 private:
  const Lookup& look_;
  Errors& errors_;
};

// Following duplicate_of from `start` must end at a need that is not a duplicate.
bool duplicateLoop(const Lookup& look, const Need& start) {
  std::set<std::string> seen{start.id};
  const Need* n = &start;
  while (!n->duplicate_of.empty()) {
    if (!seen.insert(n->duplicate_of).second) return true;
    n = look.find<Need>(n->duplicate_of);
    if (!n) return false;  // reported as a missing reference
  }
  return false;
}

// The references of one record, by type.
void refs(RefCheck&, const Street&) {}
void refs(RefCheck& c, const Community& r) { c.one<Street>(r.id, "street", r.street); }
void refs(RefCheck& c, const Unit& r) { c.many<Community>(r.id, "communities", r.communities); }
void refs(RefCheck& c, const Resource& r) { c.one<Unit>(r.id, "unit", r.unit); }
void refs(RefCheck& c, const Need& r) {
  c.one<Community>(r.id, "community", r.community);
  c.one<Unit>(r.id, "matched_unit", r.matched_unit);
  c.one<Project>(r.id, "project", r.project);
  c.one<Need>(r.id, "duplicate_of", r.duplicate_of);
  if (duplicateLoop(c.look(), r))
    c.errors().push_back(r.id + ".duplicate_of: expected a chain of duplicates that ends, got a loop through \"" +
                         r.duplicate_of + "\"");
}
void refs(RefCheck& c, const Project& r) {
  c.one<Community>(r.id, "community", r.community);
  c.many<Need>(r.id, "needs", r.needs);
  c.one<Unit>(r.id, "lead_unit", r.lead_unit);
  c.many<Unit>(r.id, "partner_units", r.partner_units);
}
void refs(RefCheck& c, const Volunteer& r) { c.one<Unit>(r.id, "unit", r.unit); }
void refs(RefCheck& c, const Activity& r) {
  c.one<Community>(r.id, "community", r.community);
  c.many<Unit>(r.id, "organisers", r.organisers);
  c.one<Project>(r.id, "project", r.project);
  for (std::size_t i = 0; i < r.attendance.size(); ++i)
    c.one<Volunteer>(r.id, "attendance[" + std::to_string(i) + "].volunteer", r.attendance[i].volunteer);
}
void refs(RefCheck& c, const Meeting& r) {
  c.one<Community>(r.id, "community", r.community);
  c.many<Unit>(r.id, "attending", r.attending);
}
void refs(RefCheck& c, const Assessment& r) {
  c.one<Community>(r.id, "community", r.community);
  c.one<Unit>(r.id, "unit", r.unit);
}
void refs(RefCheck& c, const Feedback& r) {
  if (r.target_kind == FeedbackTarget::project)
    c.one<Project>(r.id, "target", r.target);
  else
    c.one<Activity>(r.id, "target", r.target);
}
void refs(RefCheck& c, const Award& r) {
  if (r.target_kind == AwardTarget::project)
    c.one<Project>(r.id, "target", r.target);
  else
    c.one<Volunteer>(r.id, "target", r.target);
}

void refsOfAll(RefCheck& c, const Dataset& records) {
  records.forEachTable([&](const auto& t) {
    for (const auto& entry : t) refs(c, entry.second);
  });
}

}  // namespace

Errors checkReferences(const Dataset& ds) {
  Errors errors;
  if (!ds.street.empty() && !ds.find<Street>(ds.street))
    errors.push_back("bundle.street: expected the id of an existing street, got \"" + ds.street + "\"");
  const Lookup look{ds};
  RefCheck c(look, errors);
  refsOfAll(c, ds);
  return errors;
}

Errors checkChangedReferences(const Dataset& ds, const Dataset& changed) {
  Errors errors;
  const Lookup look{ds, &changed};
  RefCheck c(look, errors);
  refsOfAll(c, changed);
  return errors;
}

}  // namespace gj
