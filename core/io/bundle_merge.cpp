// Merging a bundle into a dataset by id and revision; see bundle_merge.h.
#include "io/bundle_merge.h"

#include <algorithm>

#include "domain/bundle.h"
#include "domain/field_names.h"

namespace gj::io {
namespace {

bool historyIsPrefix(const std::vector<Change>& older, const std::vector<Change>& newer) {
  return older.size() <= newer.size() && std::equal(older.begin(), older.end(), newer.begin());
}

MergeConflict conflict(const Record& stored, const Record& incoming, ConflictKind kind) {
  const std::string revs = "stored rev " + std::to_string(stored.rev) + ", incoming rev " + std::to_string(incoming.rev);
  const std::string revsZh = "已存版本 " + std::to_string(stored.rev) + "，导入版本 " + std::to_string(incoming.rev);
  Message m;
  switch (kind) {
    case ConflictKind::same_rev_differs:
      m = {"merge.same_rev_differs", stored.id + ": " + revs + ": the same revision with other content; kept the stored one",
           stored.id + "：" + revsZh + "：版本号相同但内容不同，保留已存记录"};
      break;
    case ConflictKind::incoming_older:
      m = {"merge.incoming_older", stored.id + ": " + revs + ": the incoming record is older; kept the stored one",
           stored.id + "：" + revsZh + "：导入的记录较旧，保留已存记录"};
      break;
    case ConflictKind::diverged:
      m = {"merge.diverged",
           stored.id + ": " + revs + ": both were changed separately (the histories differ); kept the stored one",
           stored.id + "：" + revsZh + "：两边分别修改过（修改历史不一致），保留已存记录"};
      break;
  }
  return MergeConflict{stored.id, stored.rev, incoming.rev, kind, std::move(m)};
}

template <class R> void mergeTable(const Dataset& stored, const Table<R>& incoming, MergeResult& out) {
  for (const auto& [id, in] : incoming) {
    const R* have = stored.find<R>(id);
    if (!have) {
      ++out.added;
      out.writes.put(in);
    } else if (in.rev == have->rev && in == *have) {
      ++out.unchanged;
    } else if (in.rev == have->rev) {
      out.conflicts.push_back(conflict(*have, in, ConflictKind::same_rev_differs));
    } else if (in.rev > have->rev && historyIsPrefix(have->history, in.history)) {
      ++out.updated;
      out.writes.put(in);
    } else {
      const bool older = in.rev < have->rev && historyIsPrefix(in.history, have->history);
      out.conflicts.push_back(conflict(*have, in, older ? ConflictKind::incoming_older : ConflictKind::diverged));
    }
  }
}

}  // namespace

const char* conflictKindId(ConflictKind k) {
  switch (k) {
    case ConflictKind::same_rev_differs: return "same_rev_differs";
    case ConflictKind::incoming_older: return "incoming_older";
    case ConflictKind::diverged: return "diverged";
  }
  return "diverged";
}

MergeResult mergeDatasets(const Dataset& stored, const Dataset& incoming) {
  MergeResult out;
  if (!stored.street.empty() && !incoming.street.empty() && stored.street != incoming.street) {
    out.errors.push_back("bundle.street: expected " + jsonText(Json(stored.street)) + " (the street of this dataset), got " +
                         jsonText(Json(incoming.street)));
    out.errors_zh.push_back("数据包的“街道”：应为本数据的街道 " + jsonText(Json(stored.street)) + "，实际为" +
                            jsonText(Json(incoming.street)));
    return out;
  }
  incoming.forEachTable([&](const auto& table) { mergeTable(stored, table, out); });
  std::sort(out.conflicts.begin(), out.conflicts.end(),
            [](const MergeConflict& a, const MergeConflict& b) { return idLess(a.id, b.id); });
  out.writes.street = stored.street.empty() ? incoming.street : stored.street;
  return out;
}

MergeResult mergeBundle(const Dataset& stored, std::string_view bundleText) {
  Parsed<Dataset> incoming = readBundle(bundleText);
  if (!incoming.ok()) {
    MergeResult out;
    out.errors = std::move(incoming.errors);
    for (const auto& e : out.errors) out.errors_zh.push_back(errorZh(e));
    return out;
  }
  return mergeDatasets(stored, *incoming.value);
}

}  // namespace gj::io
