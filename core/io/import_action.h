// Turning the records an import or a merge proposes into one user action of the workspace.
#pragma once
#include "domain/dataset.h"
#include "io/workspace.h"

namespace gj::io {

// Adds a put for every record of `writes` (type by type, ids in IdLess order) to `action`.
inline void putRecords(const Dataset& writes, Action& action) {
  writes.forEachTable([&](const auto& table) {
    for (const auto& entry : table) action.put(entry.second);
  });
}

}  // namespace gj::io
