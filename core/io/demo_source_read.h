// Shared helpers of the demo-table readers (demo_source*.cpp): opening one table, reading an entry with
// gj::Fields (so errors read `units.json: units[3].level: expected one of "city", "district", got "town"`),
// refusing unknown fields (a typo in a hand-written table must not pass silently), yuan to fen.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/json_fields.h"

namespace gj::io::demo {

// The parsed JSON object of `<dir>/<file>`, or nullopt with an error naming the file.
std::optional<Json> readTable(const std::string& dir, const std::string& file, Errors& errors);

// One JSON object of a table being read: `where` is "units.json: units[3]".
class Entry {
 public:
  Entry(const Json& object, std::string where, Errors& errors) : fields_(object, std::move(where), errors) {}
  Fields& f() { return fields_; }
  const std::string& where() const { return fields_.path(); }
  void fail(const std::string& key, const std::string& expected, const Json* got) { fields_.fail(key, expected, got); }
  const Json* value(const std::string& key) const;  // the raw value, or nullptr

  // Amount in whole yuan -> fen.
  void yuan(const std::string& key, std::int64_t& fen, Presence p = Presence::required);
  // A list of integers, each within lo..hi; at least `minCount` of them.
  void integers(const std::string& key, std::vector<int>& out, int lo, int hi, std::size_t minCount,
                Presence p = Presence::required);
  // Every field not read so far is reported as unknown ("comment" is always allowed).
  void finish();

 private:
  Fields fields_;
};

// Calls read(entry) for each object of the list `key` of `doc`; where = "<file>: <key>[i]".
template <class F> void eachEntry(const Json& doc, const std::string& file, const std::string& key, Errors& errors, F read) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) {
    errors.push_back(file + ": " + key + ": expected a list, got " + (it == doc.end() ? "nothing" : shown(*it)));
    return;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string where = file + ": " + key + "[" + std::to_string(i) + "]";
    if (!(*it)[i].is_object()) {
      errors.push_back(where + ": expected an object, got " + shown((*it)[i]));
      continue;
    }
    Entry e((*it)[i], where, errors);
    read(e);
    e.finish();
  }
}

}  // namespace gj::io::demo
