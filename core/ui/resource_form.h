// The Resources screen 资源 is two files: the filtered, sortable list with the units' slots this quarter
// (screen_resources.cpp) and the form that adds a resource or edits one (resource_form.cpp).
#pragma once
#include <string>

#include "ui/screens.h"

namespace gj::ui {

// The form in the right-hand panel: a new resource (resourceId "", offered for presetUnit when given) or
// the stored one with its history. A refused form keeps everything typed and says under each field what
// is wrong.
struct ResourceFormResult {
  std::string stored;   // the id of a resource stored this frame, or ""
  bool closed = false;  // the user cancelled
};
ResourceFormResult drawResourceForm(ScreenContext& ctx, const std::string& resourceId, const std::string& presetUnit);
// Forgets what was typed (after cancel), so the next form starts from the record.
void resetResourceForm();

}  // namespace gj::ui
