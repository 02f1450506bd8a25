// JSON from outside is checked before a tree is built (json_text.h): each refusal names what and where.
#include <doctest/doctest.h>

#include <string>

#include "domain/bundle.h"
#include "domain/json_text.h"

using gj::checkJsonText;
using gj::JsonLimits;
using gj::parseJsonText;

namespace {
std::string nested(int depth) { return std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']'); }
}  // namespace

TEST_CASE("json limits: 64 levels of nesting are read, the 65th is refused before parsing") {
  CHECK(checkJsonText(nested(64)) == "");
  CHECK(parseJsonText(nested(64), nullptr).has_value());
  CHECK(checkJsonText(nested(65)) == "nested deeper than 64 levels at byte 64");
  // Deep enough to overflow the stack in nlohmann's recursive destructor, natively and in WebAssembly.
  std::string error;
  CHECK_FALSE(parseJsonText(std::string(1000000, '['), &error).has_value());
  CHECK(error == "nested deeper than 64 levels at byte 64");
  CHECK(checkJsonText(R"({"a":{"b":[{"c":1}]}})", JsonLimits{1024, 3}) == "nested deeper than 3 levels at byte 11");
  // Brackets inside strings are text, not nesting.
  CHECK(checkJsonText(R"({"note":"[[[[{{{{\"]]]]"})", JsonLimits{1024, 1}) == "");
}

TEST_CASE("json limits: integers beyond 2^53 are refused with their offset; 2^53 itself and decimals are read") {
  CHECK(checkJsonText(R"({"budget_fen":9007199254740992})") == "");
  CHECK(checkJsonText(R"({"budget_fen":-9007199254740992})") == "");
  CHECK(checkJsonText(R"({"budget_fen":9007199254740993})") ==
        "the integer 9007199254740993 is beyond 2^53 and would not stay exact at byte 14");
  CHECK(checkJsonText(R"([1, -123456789012345678])") ==
        "the integer -123456789012345678 is beyond 2^53 and would not stay exact at byte 4");
  CHECK(checkJsonText(R"([1.5e300, 12345678901234567.5])") == "");  // not integers: the field readers judge them
  CHECK(checkJsonText(R"({"t":"99999999999999999999"})") == "");    // a string, not a number
}

TEST_CASE("json limits: encodings — invalid UTF-8, UTF-16 and NUL bytes are refused, a UTF-8 BOM is skipped") {
  CHECK(checkJsonText("{\"a\":\"\xC3\x28\"}") == "invalid UTF-8 at byte 6");
  CHECK(checkJsonText("{\"a\":\"\xC0\xAF\"}") == "invalid UTF-8 at byte 6");          // overlong "/"
  CHECK(checkJsonText("{\"a\":\"\xED\xA0\x80\"}") == "invalid UTF-8 at byte 6");      // a surrogate
  CHECK(checkJsonText("{\"a\":\"\xF4\x90\x80\x80\"}") == "invalid UTF-8 at byte 6");  // above U+10FFFF
  CHECK(checkJsonText("{\"a\":\"\xE5\xBE\x85\"}") == "");                             // 待
  CHECK(checkJsonText("{\"a\":\"\xE5\xBE\"}") == "invalid UTF-8 at byte 6");          // cut short
  CHECK(checkJsonText("\xFF\xFE{\0\"\0") == "UTF-16 text (byte order mark) at byte 0: save it as UTF-8");
  CHECK(checkJsonText(std::string("{\0\"\0a\0", 6)) == "NUL byte at byte 1: UTF-16 or binary data, not UTF-8 text");
  std::string error;
  auto doc = parseJsonText("\xEF\xBB\xBF{\"a\":1}", &error);
  REQUIRE(doc.has_value());
  CHECK((*doc)["a"] == 1);
}

TEST_CASE("json limits: a key given twice in one object is refused; the same key in different objects is not") {
  CHECK(checkJsonText(R"({"a":1,"b":{"a":2},"a":3})") == "the key \"a\" appears twice in one object at byte 19");
  CHECK(checkJsonText(R"([{"a":1},{"a":2}])") == "");
  CHECK(checkJsonText(R"({"a\"b":1,"a\"b":2})") == "the key \"a\\\"b\" appears twice in one object at byte 10");
  CHECK(checkJsonText(R"({"list":["a","a"],"k":"a"})") == "");  // values, not keys
  // Many keys: the check stays exact past the short list.
  std::string wide = "{";
  for (int i = 0; i < 100; ++i) wide += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  CHECK(checkJsonText(wide + "\"k99\":0}") == "the key \"k99\" appears twice in one object at byte " +
                                                 std::to_string(wide.size()));
  CHECK(checkJsonText(wide + "\"k100\":0}") == "");
}

TEST_CASE("json limits: size — more than the limit is refused before anything is read") {
  CHECK(checkJsonText(std::string(1536 * 1024, ' '), JsonLimits{1 << 20, 64}) ==
        "the text is 1.5 MB, more than the limit of 1.0 MB");
  const std::string hundred(std::size_t{100} << 20, ' ');
  CHECK(checkJsonText(hundred) == "the text is 100.0 MB, more than the limit of 64.0 MB");
}

TEST_CASE("json limits: syntax errors keep nlohmann's position; readBundle names the bundle") {
  std::string error;
  CHECK_FALSE(parseJsonText(R"({"a":})", &error).has_value());
  CHECK(error.find("syntax error") != std::string::npos);
  CHECK(error.find("column 6") != std::string::npos);
  CHECK(error.find("json.exception") == std::string::npos);

  auto parsed = gj::readBundle("{\"format\":\"gongjian\",\"records\":" + std::string(200, '[') + "}");
  REQUIRE(parsed.errors.size() == 1);
  CHECK(parsed.errors[0] == "bundle: not valid JSON: nested deeper than 64 levels at byte 94");
  auto twice = gj::readBundle(R"({"format":"gongjian","format":"gongjian"})");
  REQUIRE(twice.errors.size() == 1);
  CHECK(twice.errors[0] == "bundle: not valid JSON: the key \"format\" appears twice in one object at byte 21");
}

TEST_CASE("json limits: a number too large for a double is refused with a message, not thrown (found by fuzzing)") {
  std::string error;
  CHECK_FALSE(parseJsonText(R"({"schema":1,"records":[2020e94955]})", &error).has_value());
  CHECK(error.find("number overflow parsing '2020e94955'") != std::string::npos);
  CHECK(parseJsonText(R"([1e308])", &error).has_value());
  const gj::Parsed<gj::Dataset> bundle = gj::readBundle(R"({"schema":1,"records":[19e9191]})");
  CHECK_FALSE(bundle.ok());
}
