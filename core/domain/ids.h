// Record ids: "<type>/<key>", e.g. "need/17" — the storage key and (later) the CouchDB document id.
// IdLess is the one order in which records are listed and serialized: by type, then numbers by value.
#pragma once
#include <string>
#include <string_view>

namespace gj {

// type: [a-z_]+, key: [a-z0-9_-]+ (lower case, so ids are safe as file names and URL parts).
bool isRecordId(std::string_view id);
bool isIdOfType(std::string_view id, std::string_view type);
std::string_view idType(std::string_view id);  // "need" of "need/17"; "" when no '/'
std::string_view idKey(std::string_view id);   // "17" of "need/17"
std::string makeId(std::string_view type, long long number);

// Numeric-aware: "need/2" < "need/10" < "need/abc" < "project/1". A total order (ties broken by text).
bool idLess(std::string_view a, std::string_view b);
struct IdLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return idLess(a, b); }
};

}  // namespace gj
