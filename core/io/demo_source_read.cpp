// Reading helpers of the demo tables; see demo_source_read.h.
#include "io/demo_source_read.h"

#include "io/text_file.h"

namespace gj::io::demo {

std::optional<Json> readTable(const std::string& dir, const std::string& file, Errors& errors) {
  std::string error;
  auto text = readTextFile(dir + "/" + file, &error);
  if (!text) {
    errors.push_back(file + ": cannot be read (" + error + ")");
    return std::nullopt;
  }
  Json doc = Json::parse(*text, nullptr, false);  // no exceptions: the wasm build may run without them
  if (doc.is_discarded()) {
    errors.push_back(file + ": not valid JSON");
    return std::nullopt;
  }
  if (!doc.is_object()) {
    errors.push_back(file + ": expected an object, got " + shown(doc));
    return std::nullopt;
  }
  return doc;
}

const Json* Entry::value(const std::string& key) const {
  auto it = fields_.raw().find(key);
  return it == fields_.raw().end() || it->is_null() ? nullptr : &*it;
}

void Entry::yuan(const std::string& key, std::int64_t& fen, Presence p) {
  std::int64_t whole = -1;
  fields_.quantity(key, whole, p);
  if (whole < 0) return;
  if (whole > 10'000'000'000'000LL) return fail(key, "an amount of yuan below 10^13", value(key));
  fen = whole * 100;
}

void Entry::integers(const std::string& key, std::vector<int>& out, int lo, int hi, std::size_t minCount,
                     Presence p) {
  const std::string expected = "a list of at least " + std::to_string(minCount) + " integers " + std::to_string(lo) +
                               ".." + std::to_string(hi);
  const Json* list = fields_.array(key, p);
  if (!list) return;
  std::vector<int> got;
  for (const Json& v : *list) {
    auto n = asInteger(v);
    if (!n || *n < lo || *n > hi) return fail(key, expected, list);
    got.push_back(static_cast<int>(*n));
  }
  if (got.size() < minCount) return fail(key, expected, list);
  out = std::move(got);
}

void Entry::finish() {
  fields_.markKnown("comment");
  Json rest = fields_.rest();
  for (auto it = rest.begin(); it != rest.end(); ++it)
    fields_.errors().push_back(fields_.pathOf(it.key()) + ": unknown field (a typo?)");
}

}  // namespace gj::io::demo
