// The Projects screen's state for tests (App::stateJson): the selected project, its status and progress, the
// open claim form and the last refused step.
#pragma once
#include "domain/json_fields.h"

namespace gj::ui {

// {"selected": "project/50", "status": "in_progress", "leadUnit": "unit/3", "progress": 60, "claiming": "", "toClaim": 2,
//  "refusal": "project.progress.backwards", "message": "<the reason in the user's language>"}
Json projectsState();

}  // namespace gj::ui
