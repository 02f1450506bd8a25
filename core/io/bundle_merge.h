// Importing a JSON bundle (domain/bundle.h) into an existing dataset by merging record by record, by id and
// revision, so that nothing stored is ever overwritten by something that did not descend from it:
//   - a new id                                                      -> added (the record as in the bundle)
//   - same id, same rev, same content                               -> unchanged
//   - incoming rev > stored rev and the stored history is a prefix
//     of the incoming history (the stored record is an ancestor)   -> updated (the record as in the bundle)
//   - anything else (same rev with other content, an older incoming
//     rev, histories that went apart)                               -> conflict: listed with both revs,
//                                                                      neither side changed
// The bundle must read cleanly (readBundle: schema, every record, references) and belong to the same street
// as a non-empty stored dataset; otherwise `errors` says why and nothing is proposed.
// Conflicts do not stop the other records: `writes` holds the added and updated ones.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"
#include "domain/message.h"

namespace gj::io {

enum class ConflictKind { same_rev_differs, incoming_older, diverged };
const char* conflictKindId(ConflictKind k);  // "same_rev_differs", "incoming_older", "diverged"

struct MergeConflict {
  std::string id;  // record id
  int stored_rev = 0;
  int incoming_rev = 0;
  ConflictKind kind = ConflictKind::diverged;
  Message message;  // en/zh: "need/17: stored rev 4, incoming rev 3: the incoming record is older; …"
};

struct MergeResult {
  Errors errors;     // the bundle cannot be merged at all (then everything else is empty)
  Errors errors_zh;  // the same, in Chinese (field names too), one for one
  int added = 0, updated = 0, unchanged = 0;
  std::vector<MergeConflict> conflicts;  // by id (IdLess)
  Dataset writes;                        // the added and updated records, as in the bundle
  bool ok() const { return errors.empty(); }
};

MergeResult mergeBundle(const Dataset& stored, std::string_view bundleText);
MergeResult mergeDatasets(const Dataset& stored, const Dataset& incoming);

}  // namespace gj::io
