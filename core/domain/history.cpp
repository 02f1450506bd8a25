// Field diffs for history entries, and the edit-level refusal messages.
#include "domain/history.h"

#include <set>

#include "domain/field_names.h"

namespace gj {

bool isMetaField(const std::string& key) {
  static const std::set<std::string> kMeta = {"_id", "rev", "created", "updated", "history"};
  return kMeta.count(key) > 0;
}

std::optional<Message> checkEdit(const Edit& e) {
  if (e.by.empty())
    return Message{"edit.no_operator", "the operator's name is missing: set it before changing records",
                   "缺少操作人姓名：请先设置操作人再修改记录"};
  if (!isTimestamp(e.at))
    return Message{"edit.bad_time", "the time of the change is missing or not like 2024-07-05T09:30:00+08:00",
                   "修改时间缺失或格式不正确（应如 2024-07-05T09:30:00+08:00）"};
  return std::nullopt;
}

std::vector<Change> diffFields(const Json& before, const Json& after, const Edit& e) {
  std::set<std::string> keys;
  for (auto it = before.begin(); it != before.end(); ++it) keys.insert(it.key());
  for (auto it = after.begin(); it != after.end(); ++it) keys.insert(it.key());
  std::vector<Change> out;
  for (const std::string& key : keys) {
    if (isMetaField(key)) continue;
    const Json b = before.contains(key) ? before.at(key) : Json();
    const Json a = after.contains(key) ? after.at(key) : Json();
    if (a == b) continue;
    // A list that only grew (a progress entry, an attendance line): record just the new elements.
    if (a.is_array() && b.is_array() && a.size() > b.size() && std::equal(b.begin(), b.end(), a.begin())) {
      for (std::size_t i = b.size(); i < a.size(); ++i)
        out.push_back(Change{e.at, e.by, key + "[" + std::to_string(i) + "]", Json(), a[i], e.note});
      continue;
    }
    out.push_back(Change{e.at, e.by, key, b, a, e.note});
  }
  return out;
}

Message invalidRecordMessage(const Errors& errors) {
  std::string first = errors.empty() ? "" : errors.front();
  std::string more = errors.size() > 1 ? " (+" + std::to_string(errors.size() - 1) + ")" : "";
  return Message{"record.invalid", "the record is not valid: " + first + more, "记录有误：" + errorZh(first) + more};
}

Message statusChangeMessage() {
  return Message{"record.status_by_lifecycle", "the status changes only through the steps of its lifecycle",
                 "状态只能通过相应的办理步骤变更"};
}

}  // namespace gj
