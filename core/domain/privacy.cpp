// Masking and stripping personal information; see privacy.h.
#include "domain/privacy.h"

#include <vector>

namespace gj {
namespace {

void scrubHistory(Record& r, std::string_view field) {
  for (Change& c : r.history)
    if (c.field == field || c.field.rfind(std::string(field) + ".", 0) == 0) c.before = c.after = Json();
}

}  // namespace

std::string maskedPhone(std::string_view phone) {
  // Counted in characters, not bytes: a phone typed with full-width digits or a note ("电话13812345678")
  // must not be cut inside a UTF-8 sequence.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < phone.size(); ++i)
    if ((static_cast<unsigned char>(phone[i]) & 0xC0) != 0x80) starts.push_back(i);
  if (starts.size() < 7) return "****";
  return std::string(phone.substr(0, starts[3])) + "****" + std::string(phone.substr(starts[starts.size() - 4]));
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
