// SHA-256 against FIPS 180-4 / NIST test vectors and Python's hashlib (padding edges at 55, 56, 64 bytes), and
// the kiosk PIN document: salted, iterated, never the PIN itself.
#include <doctest/doctest.h>

#include <string>

#include "report/kiosk_pin.h"
#include "report/sha256.h"

using namespace gj::report;

TEST_CASE("kiosk pin: sha256 test vectors") {
  CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(sha256Hex(std::string(55, 'x')) == "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072");
  CHECK(sha256Hex(std::string(56, 'x')) == "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e");
  CHECK(sha256Hex(std::string(64, 'x')) == "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c");
}

TEST_CASE("kiosk pin: salted iterated hash (values from Python's hashlib)") {
  CHECK(pinHash("1234", "a1b2", 0) == "bc974898ab1a8b7ab59e8fcb72d194195e735bca85ac0b5ac2ade08cf41456df");
  CHECK(pinHash("1234", "a1b2", 3) == "10d610fa1da793d61087c04405d660c72bfc09fdaaaad638442ac45c5e94f4ea");
  CHECK(pinHash("20240805", "00ff") == "1abbafcf91cc73ffe037b795b9f11c1cbe54eef7f5191b9cb0054a3983d707eb");
  CHECK(pinHash("1234", "a1b2") != pinHash("1234", "a1b3"));  // the salt changes the hash
}

TEST_CASE("kiosk pin: the document holds the salt and hash, never the PIN") {
  const std::string doc = pinDocument("20240805", "00ff");
  CHECK(doc == R"({"pin_hash":"1abbafcf91cc73ffe037b795b9f11c1cbe54eef7f5191b9cb0054a3983d707eb","pin_rounds":10000,"pin_salt":"00ff"})");
  CHECK(doc.find("20240805") == std::string::npos);
  CHECK(hasPin(doc));
  CHECK(pinMatches(doc, "20240805"));
  CHECK_FALSE(pinMatches(doc, "20240806"));
  CHECK_FALSE(pinMatches(doc, ""));
  CHECK_FALSE(hasPin(""));
  CHECK_FALSE(pinMatches("", "1234"));
  CHECK_FALSE(hasPin(R"({"pin_salt":"00","pin_hash":"abc","pin_rounds":1})"));  // a hash must be 64 hex
  CHECK_FALSE(pinMatches("{not json", "1234"));
}

TEST_CASE("kiosk pin: 4 to 8 digits") {
  CHECK(isValidPin("1234"));
  CHECK(isValidPin("12345678"));
  CHECK_FALSE(isValidPin("123"));
  CHECK_FALSE(isValidPin("123456789"));
  CHECK_FALSE(isValidPin("12a4"));
  CHECK_FALSE(isValidPin("１２３４"));  // full-width digits are not ASCII digits
}
