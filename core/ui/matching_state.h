// The Matching screen's state for tests (App::stateJson): {"phase","quarter","planQuarter","proposals",
// "unmatched","lastAccepted","accepted","stale","locked","forbidden","message"}.
#pragma once
#include "domain/json_fields.h"

namespace gj::ui {

Json matchingState();

}  // namespace gj::ui
