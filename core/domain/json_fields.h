// Reading one JSON object field by field, collecting every problem as
// `<path>.<field>: expected <what>, got <value>` and remembering which fields were known, so that the
// unknown ones can be kept in `extra` and written back unchanged.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/dates.h"
#include "domain/enums.h"

namespace gj {

using Json = nlohmann::json;
using Errors = std::vector<std::string>;

// A value as shown in an error: its JSON text, cut after 60 bytes (at a character boundary) with "…".
std::string shown(const Json& value);
// Deterministic JSON text that never throws (invalid UTF-8 is replaced, not fatal).
std::string jsonText(const Json& value, int indent = -1);

enum class Presence { required, optional };

class Fields {
 public:
  // `object` must be a JSON object; `path` is what errors start with ("need/17", "need/17.reporter").
  Fields(const Json& object, std::string path, Errors& errors);

  const std::string& path() const { return path_; }
  std::string pathOf(std::string_view key) const { return path_ + "." + std::string(key); }
  // Adds `<path>.<key>: expected <expected>, got <value or "nothing">`.
  void fail(std::string_view key, std::string_view expected, const Json* got);
  std::size_t errorCount() const { return errors_.size(); }
  Errors& errors() { return errors_; }
  const Json& raw() const { return object_; }
  void markKnown(std::string_view key) { known_.emplace(key); }  // read elsewhere (e.g. `_id`)

  // Each reader reads one key; on a wrong value it reports and leaves `out` unchanged.
  // Optional fields that are missing (or null) leave `out` at its default; an optional id/date may be "".
  void text(std::string_view key, std::string& out, Presence p = Presence::optional);
  void name(std::string_view key, std::string& out);  // a required non-empty text
  void integer(std::string_view key, int& out, int lo, int hi, Presence p = Presence::required);
  void count(std::string_view key, int& out, Presence p = Presence::required);  // 0 or more
  void fen(std::string_view key, std::int64_t& out, Presence p = Presence::required);
  void quantity(std::string_view key, std::int64_t& out, Presence p = Presence::required);  // 64-bit count
  void flag(std::string_view key, bool& out, Presence p = Presence::optional);
  void id(std::string_view key, std::string& out, std::string_view type, Presence p = Presence::required);
  void ids(std::string_view key, std::vector<std::string>& out, std::string_view type);
  void texts(std::string_view key, std::vector<std::string>& out);
  void category(std::string_view key, std::string& out, Presence p = Presence::required);
  void categories(std::string_view key, std::vector<std::string>& out);
  void date(std::string_view key, std::string& out, Presence p = Presence::required);
  void timestamp(std::string_view key, std::string& out, Presence p = Presence::required);
  void quarter(std::string_view key, std::optional<Quarter>& out, Presence p = Presence::required);
  void anyValue(std::string_view key, Json& out);  // any JSON; missing -> null

  template <class E> void choice(std::string_view key, E& out, Presence p = Presence::required) {
    const Json* v = find(key, p, enumExpectation<E>());
    if (!v) return;
    std::optional<E> e = v->is_string() ? parseEnum<E>(v->get_ref<const std::string&>()) : std::nullopt;
    if (e)
      out = *e;
    else
      fail(key, enumExpectation<E>(), v);
  }

  // For rules that depend on other fields (a rejected need names who decided): reports `key` when it is
  // missing, null or "" (a value of the wrong kind is reported by its reader already).
  void requireNonEmpty(std::string_view key, std::string_view expected);

  // A nested object or list; nullptr when missing/null (reported if required) or of the wrong kind.
  const Json* object(std::string_view key, Presence p = Presence::required);
  const Json* array(std::string_view key, Presence p = Presence::optional);

  // The fields never asked for, as an object (possibly empty): the record's `extra`.
  Json rest() const;

 private:
  const Json* find(std::string_view key, Presence p, std::string_view expected);
  void wholeNumber64(std::string_view key, std::int64_t& out, Presence p, std::string_view expected);

  const Json& object_;
  std::string path_;
  Errors& errors_;
  std::set<std::string, std::less<>> known_;
};

// The value as a 64-bit integer if it is a JSON integer that fits (signed or unsigned); floats are not.
std::optional<std::int64_t> asInteger(const Json& v);

bool isCategoryId(std::string_view text);  // "elderly", "home_repair": [a-z0-9_-]+

}  // namespace gj
