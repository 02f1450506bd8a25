// SHA-256 (FIPS 180-4), small and self-contained: the kiosk PIN is stored only as a salted, iterated hash.
// Both targets give the same bytes (no platform crypto in core/).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace gj::report {

std::array<std::uint8_t, 32> sha256(std::string_view bytes);
std::string sha256Hex(std::string_view bytes);  // lower-case hex, 64 characters
std::string toHex(std::string_view bytes);

}  // namespace gj::report
