// Masking and stripping personal information; see privacy.h.
#include "domain/privacy.h"

namespace gj {
namespace {

void scrubHistory(Record& r, std::string_view field) {
  for (Change& c : r.history)
    if (c.field == field || c.field.rfind(std::string(field) + ".", 0) == 0) c.before = c.after = Json();
}

}  // namespace

std::string maskedPhone(std::string_view phone) {
  if (phone.size() < 7) return "****";
  return std::string(phone.substr(0, 3)) + "****" + std::string(phone.substr(phone.size() - 4));
}

Dataset publicSnapshot(const Dataset& ds) {
  Dataset out = ds;
  for (auto& [id, n] : out.needs()) {
    n.reporter = Reporter{};
    scrubHistory(n, "reporter");
  }
  for (auto& [id, v] : out.volunteers()) {
    v.phone.clear();
    scrubHistory(v, "phone");
  }
  return out;
}

}  // namespace gj
