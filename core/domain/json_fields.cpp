// Field readers with uniform error texts; see json_fields.h.
#include "domain/json_fields.h"

#include <algorithm>
#include <climits>

#include "domain/ids.h"

namespace gj {

std::string jsonText(const Json& value, int indent) {
  return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string shown(const Json& value) {
  std::string text = jsonText(value);
  if (text.size() <= 60) return text;
  std::size_t cut = 60;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return text.substr(0, cut) + "…";
}

std::optional<std::int64_t> asInteger(const Json& v) {
  if (v.is_number_unsigned())
    return v.get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)
               ? std::optional<std::int64_t>(static_cast<std::int64_t>(v.get<std::uint64_t>()))
               : std::nullopt;
  if (v.is_number_integer()) return v.get<std::int64_t>();
  return std::nullopt;
}

bool isCategoryId(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

Fields::Fields(const Json& object, std::string path, Errors& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {}

void Fields::fail(std::string_view key, std::string_view expected, const Json* got) {
  errors_.push_back(pathOf(key) + ": expected " + std::string(expected) + ", got " +
                    (got ? shown(*got) : std::string("nothing")));
}

const Json* Fields::find(std::string_view key, Presence p, std::string_view expected) {
  known_.emplace(key);
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) {
    if (p == Presence::required) fail(key, expected, nullptr);
    return nullptr;
  }
  return &*it;
}

void Fields::text(std::string_view key, std::string& out, Presence p) {
  const Json* v = find(key, p, "a text");
  if (!v) return;
  if (v->is_string())
    out = v->get<std::string>();
  else
    fail(key, "a text", v);
}

void Fields::name(std::string_view key, std::string& out) {
  const Json* v = find(key, Presence::required, "a non-empty text");
  if (!v) return;
  if (v->is_string() && !v->get_ref<const std::string&>().empty())
    out = v->get<std::string>();
  else
    fail(key, "a non-empty text", v);
}

void Fields::integer(std::string_view key, int& out, int lo, int hi, Presence p) {
  const std::string expected = "an integer " + std::to_string(lo) + ".." + std::to_string(hi);
  const Json* v = find(key, p, expected);
  if (!v) return;
  auto n = asInteger(*v);
  if (n && *n >= lo && *n <= hi)
    out = static_cast<int>(*n);
  else
    fail(key, expected, v);
}

void Fields::count(std::string_view key, int& out, Presence p) {
  const Json* v = find(key, p, "a whole number >= 0");
  if (!v) return;
  auto n = asInteger(*v);
  if (n && *n >= 0 && *n <= INT_MAX)
    out = static_cast<int>(*n);
  else
    fail(key, "a whole number >= 0", v);
}

void Fields::wholeNumber64(std::string_view key, std::int64_t& out, Presence p, std::string_view expected) {
  const Json* v = find(key, p, expected);
  if (!v) return;
  auto n = asInteger(*v);
  if (n && *n >= 0)
    out = *n;
  else
    fail(key, expected, v);
}

void Fields::fen(std::string_view key, std::int64_t& out, Presence p) {
  wholeNumber64(key, out, p, "an amount in fen (a whole number >= 0)");
}

void Fields::quantity(std::string_view key, std::int64_t& out, Presence p) {
  wholeNumber64(key, out, p, "a whole number >= 0");
}

void Fields::flag(std::string_view key, bool& out, Presence p) {
  const Json* v = find(key, p, "true or false");
  if (!v) return;
  if (v->is_boolean())
    out = v->get<bool>();
  else
    fail(key, "true or false", v);
}

static std::string idExpectation(std::string_view type) {
  return "an id like \"" + std::string(type) + "/3\"";
}

void Fields::id(std::string_view key, std::string& out, std::string_view type, Presence p) {
  const std::string expected = idExpectation(type);
  const Json* v = find(key, p, expected);
  if (!v) return;
  if (v->is_string() && v->get_ref<const std::string&>().empty() && p == Presence::optional)
    out.clear();  // "" is how an optional reference is written when unset
  else if (v->is_string() && isIdOfType(v->get_ref<const std::string&>(), type))
    out = v->get<std::string>();
  else
    fail(key, expected, v);
}

void Fields::ids(std::string_view key, std::vector<std::string>& out, std::string_view type) {
  const std::string listExpected = "a list of ids like [\"" + std::string(type) + "/3\"]";
  const Json* v = find(key, Presence::optional, listExpected);
  if (!v) return;
  if (!v->is_array()) return fail(key, listExpected, v);
  std::vector<std::string> got;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const Json& e = (*v)[i];
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    if (!e.is_string() || !isIdOfType(e.get_ref<const std::string&>(), type)) {
      fail(at, idExpectation(type), &e);
    } else if (std::find(got.begin(), got.end(), e.get<std::string>()) != got.end()) {
      fail(at, "each id once", &e);
    } else {
      got.push_back(e.get<std::string>());
    }
  }
  out = std::move(got);
}

void Fields::texts(std::string_view key, std::vector<std::string>& out) {
  const Json* v = find(key, Presence::optional, "a list of texts");
  if (!v) return;
  if (!v->is_array()) return fail(key, "a list of texts", v);
  std::vector<std::string> got;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const Json& e = (*v)[i];
    if (e.is_string())
      got.push_back(e.get<std::string>());
    else
      fail(std::string(key) + "[" + std::to_string(i) + "]", "a text", &e);
  }
  out = std::move(got);
}

void Fields::category(std::string_view key, std::string& out, Presence p) {
  static constexpr std::string_view kExpected = "a category id like \"elderly\"";
  const Json* v = find(key, p, kExpected);
  if (!v) return;
  if (v->is_string() && v->get_ref<const std::string&>().empty() && p == Presence::optional)
    out.clear();
  else if (v->is_string() && isCategoryId(v->get_ref<const std::string&>()))
    out = v->get<std::string>();
  else
    fail(key, kExpected, v);
}

void Fields::categories(std::string_view key, std::vector<std::string>& out) {
  const Json* v = find(key, Presence::optional, "a list of category ids like [\"elderly\"]");
  if (!v) return;
  if (!v->is_array()) return fail(key, "a list of category ids like [\"elderly\"]", v);
  std::vector<std::string> got;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const Json& e = (*v)[i];
    const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
    if (!e.is_string() || !isCategoryId(e.get_ref<const std::string&>()))
      fail(at, "a category id like \"elderly\"", &e);
    else if (std::find(got.begin(), got.end(), e.get<std::string>()) != got.end())
      fail(at, "each category once", &e);
    else
      got.push_back(e.get<std::string>());
  }
  out = std::move(got);
}

void Fields::date(std::string_view key, std::string& out, Presence p) {
  static constexpr std::string_view kExpected = "a date like \"2024-07-05\"";
  const Json* v = find(key, p, kExpected);
  if (!v) return;
  if (v->is_string() && v->get_ref<const std::string&>().empty() && p == Presence::optional)
    out.clear();
  else if (v->is_string() && isDate(v->get_ref<const std::string&>()))
    out = v->get<std::string>();
  else
    fail(key, kExpected, v);
}

void Fields::timestamp(std::string_view key, std::string& out, Presence p) {
  static constexpr std::string_view kExpected = "a time like \"2024-07-05T09:30:00+08:00\"";
  const Json* v = find(key, p, kExpected);
  if (!v) return;
  if (v->is_string() && isTimestamp(v->get_ref<const std::string&>()))
    out = v->get<std::string>();
  else
    fail(key, kExpected, v);
}

void Fields::quarter(std::string_view key, std::optional<Quarter>& out, Presence p) {
  static constexpr std::string_view kExpected = "a quarter like \"2024Q3\"";
  const Json* v = find(key, p, kExpected);
  if (!v) return;
  if (v->is_string() && v->get_ref<const std::string&>().empty() && p == Presence::optional) {
    out.reset();
    return;
  }
  auto q = v->is_string() ? Quarter::parse(v->get_ref<const std::string&>()) : std::nullopt;
  if (q)
    out = q;
  else
    fail(key, kExpected, v);
}

void Fields::anyValue(std::string_view key, Json& out) {
  const Json* v = find(key, Presence::optional, "");
  out = v ? *v : Json();
}

void Fields::requireNonEmpty(std::string_view key, std::string_view expected) {
  auto it = object_.find(key);
  if (it == object_.end() || it->is_null())
    fail(key, expected, nullptr);
  else if (it->is_string() && it->get_ref<const std::string&>().empty())
    fail(key, expected, &*it);
}

const Json* Fields::object(std::string_view key, Presence p) {
  const Json* v = find(key, p, "an object");
  if (v && !v->is_object()) {
    fail(key, "an object", v);
    return nullptr;
  }
  return v;
}

const Json* Fields::array(std::string_view key, Presence p) {
  const Json* v = find(key, p, "a list");
  if (v && !v->is_array()) {
    fail(key, "a list", v);
    return nullptr;
  }
  return v;
}

Json Fields::rest() const {
  Json out = Json::object();
  for (auto it = object_.begin(); it != object_.end(); ++it)
    if (!known_.count(it.key())) out[it.key()] = it.value();
  return out;
}

}  // namespace gj
