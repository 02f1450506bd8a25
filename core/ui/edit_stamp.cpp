// Time stamps for edits made on screen.
#include "ui/edit_stamp.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "ui/strings.h"

namespace gj::ui {

std::string nowTimestamp() {
  using namespace std::chrono;
  const std::time_t t = system_clock::to_time_t(system_clock::now()) + 8 * 3600;  // UTC+8, no DST
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[64];  // room for any int the compiler cannot rule out, not only real dates
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d+08:00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return text;
}

std::string today() { return nowTimestamp().substr(0, 10); }

Edit editNow(const ScreenContext& ctx, std::string note) { return Edit{nowTimestamp(), ctx.operatorName, std::move(note)}; }

const std::string& inLang(const Message& m) { return m.in(strings().lang() == Lang::zh ? Language::zh : Language::en); }

}  // namespace gj::ui
