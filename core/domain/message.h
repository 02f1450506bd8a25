// A message a person reads (why a step was refused, what a status is called), in both languages the app
// speaks. The key names the message for tests and string tables; en/zh are complete sentences.
#pragma once
#include <string>
#include <utility>

namespace gj {

enum class Language { en, zh };

struct Message {
  std::string key;  // e.g. "need.claim.not_matched"
  std::string en;
  std::string zh;

  const std::string& in(Language lang) const { return lang == Language::zh ? zh : en; }
  bool empty() const { return key.empty(); }
  bool operator==(const Message&) const = default;
};

// The result of a lifecycle step or an edit: applied, or refused with the reason (record left unchanged).
struct Outcome {
  bool applied = false;
  Message reason;

  static Outcome ok() { return {true, {}}; }
  static Outcome refused(Message why) { return {false, std::move(why)}; }
  explicit operator bool() const { return applied; }
};

}  // namespace gj
