// Chinese names of record types and fields, so that a Chinese message names the field in Chinese
// ("need/17 的“涉及人数”") where the English one gives its JSON path ("need/17.people_affected").
// And the readers' English errors ("<path>: expected <what>, got <value>", json_fields.h) in Chinese.
#pragma once
#include <string>
#include <string_view>

#include "domain/json_fields.h"
#include "domain/message.h"

namespace gj {

std::string recordTypeZh(std::string_view type);  // "community" -> "社区"; unknown: as given
std::string fieldNameZh(std::string_view field);   // "people_affected" -> "涉及人数"; unknown: as given

// A field path in Chinese: "attendance[2].volunteer" -> "出勤名单第 3 项的志愿者".
std::string fieldPathZh(std::string_view path);

// "need/17.people_affected: expected a whole number >= 0, got -3" ->
// "need/17 的“涉及人数”：应为不小于 0 的整数，实际为 -3". An error of another shape keeps its English.
std::string errorZh(std::string_view en);

// An English error with its Chinese, under `key`.
Message errorMessage(const char* key, const std::string& en);

}  // namespace gj
