// Dataset lookups, id allocation and reading a record of any type.
#include "domain/dataset.h"

#include <algorithm>
#include <cstdlib>
#include <type_traits>

namespace gj {

bool Dataset::contains(std::string_view id) const {
  bool found = false;
  forEachTable([&](const auto& t) { found = found || t.count(id) > 0; });
  return found;
}

std::size_t Dataset::size() const {
  std::size_t n = 0;
  forEachTable([&](const auto& t) { n += t.size(); });
  return n;
}

std::string Dataset::allocateId(std::string_view type) {
  long long next = 1;
  forEachTable([&](const auto& t) {
    using R = typename std::decay_t<decltype(t)>::mapped_type;
    if (R::kType != type) return;
    for (const auto& [id, r] : t) {
      auto key = idKey(id);
      if (key.empty() || key.size() > 15 || key.find_first_not_of("0123456789") != std::string_view::npos) continue;
      next = std::max(next, std::atoll(std::string(key).c_str()) + 1);
    }
  });
  auto it = next_.find(type);
  if (it != next_.end()) next = std::max(next, it->second);
  next_.insert_or_assign(std::string(type), next + 1);
  return makeId(type, next);
}

void Dataset::reserveId(std::string_view id) {
  auto key = idKey(id);
  if (key.empty() || key.size() > 15 || key.find_first_not_of("0123456789") != std::string_view::npos) return;
  const long long after = std::atoll(std::string(key).c_str()) + 1;
  auto it = next_.find(idType(id));
  if (it == next_.end())
    next_.emplace(std::string(idType(id)), after);
  else
    it->second = std::max(it->second, after);
}

bool isRecordType(std::string_view type) {
  bool known = false;
  Dataset{}.forEachTable([&](const auto& t) {
    using R = typename std::decay_t<decltype(t)>::mapped_type;
    known = known || R::kType == type;
  });
  return known;
}

bool readAnyRecord(const Json& j, Dataset& into, Errors& errors, std::string_view where) {
  const std::string label(where);
  if (!j.is_object()) {
    errors.push_back(label + ": expected an object (a record), got " + shown(j));
    return false;
  }
  auto idIt = j.find("_id");
  std::string_view type = idIt != j.end() && idIt->is_string() ? idType(idIt->get_ref<const std::string&>()) : "";
  bool read = false, typed = false;
  into.forEachTable([&](auto& t) {
    using R = typename std::decay_t<decltype(t)>::mapped_type;
    if (R::kType != type) return;
    typed = true;
    R r;
    if (!fromJson(j, r, errors, label)) return;
    if (t.count(r.id)) {
      errors.push_back(label + "._id: expected an id used once, got \"" + r.id + "\" again");
      return;
    }
    t.emplace(r.id, std::move(r));
    read = true;
  });
  if (!typed) {
    std::string types;
    into.forEachTable([&](auto& t) {
      using R = typename std::decay_t<decltype(t)>::mapped_type;
      types += (types.empty() ? "" : ", ") + std::string(R::kType);
    });
    errors.push_back(label + "._id: expected an id like \"need/17\" of a known record type (" + types + "), got " +
                     (idIt == j.end() ? std::string("nothing") : shown(*idIt)));
  }
  return read;
}

}  // namespace gj
