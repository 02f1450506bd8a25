// Which browser tab may edit: the one holding the Web Lock "gongjian-editor" (JavaScript side:
// tab_lock.js). Other tabs are read-only with a banner offering to take over; a tab that is taken over
// from becomes read-only and is told so.
#pragma once
#include <functional>

namespace gj::web {

enum class TabRole {
  deciding,    // the lock has not answered yet
  editor,      // this tab edits
  readOnly,    // another tab was editing when this one opened
  superseded,  // this tab edited until another tab took over
};
const char* tabRoleId(TabRole role);  // "deciding", "editor", "read_only", "superseded"

// Asks for the lock; onChange runs whenever the role changes (the first time once the lock answered).
void startTabCoordination(std::function<void(TabRole)> onChange);
TabRole tabRole();

}  // namespace gj::web
