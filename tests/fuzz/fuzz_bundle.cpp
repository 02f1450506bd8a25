// Fuzz target: a JSON bundle from outside (import, `gongjian-cli validate`). Any bytes are either refused
// with messages or read into a dataset that writes back to a bundle which reads again to the same dataset
// and the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/bundle.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gj;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Parsed<Dataset> read = readBundle(text);
  if (!read.ok()) {
    fuzz::require(!read.errors.empty(), "a refused bundle says why");
    for (const auto& e : read.errors) fuzz::require(!e.empty(), "no error message is empty");
    return 0;
  }
  const std::string written = writeBundle(*read.value);
  Parsed<Dataset> again = readBundle(written);
  fuzz::require(again.ok(), "a bundle written from a read dataset reads again",
                again.errors.empty() ? "" : again.errors.front());
  fuzz::require(*again.value == *read.value, "bundle -> dataset -> bundle -> dataset changes nothing", written);
  fuzz::require(writeBundle(*again.value) == written, "the same dataset gives the same bytes", written);
  return 0;
}
