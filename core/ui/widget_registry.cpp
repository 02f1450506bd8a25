#include "ui/widget_registry.h"

#include <imgui.h>

namespace gj::ui {

void WidgetRegistry::markLastItem(std::string_view name) {
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  rects_[std::string(name)] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y, draw->GetClipRectMin().y,
                                         draw->GetClipRectMax().y};
}

std::optional<WidgetRect> WidgetRegistry::find(std::string_view name) const {
  if (auto it = rects_.find(name); it != rects_.end()) return it->second;
  return std::nullopt;
}

}  // namespace gj::ui
