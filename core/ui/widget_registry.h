// Screen rectangles of named widgets, recorded as they are drawn, so browser and native tests can
// click real ImGui widgets with real mouse events (window.gongjian.rect(name) on the web).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace gj::ui {

struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
  // The visible band of the window it was drawn in (its clip rectangle): a widget scrolled out of its
  // panel keeps a rectangle on screen that belongs to whatever is drawn there instead.
  float clipTop = 0, clipBottom = 0;
};

class WidgetRegistry {
 public:
  void beginFrame() { rects_.clear(); }
  // Records the last ImGui item under name.
  void markLastItem(std::string_view name);
  std::optional<WidgetRect> find(std::string_view name) const;
  std::map<std::string, WidgetRect, std::less<>> const& all() const { return rects_; }

 private:
  std::map<std::string, WidgetRect, std::less<>> rects_;
};

}  // namespace gj::ui
