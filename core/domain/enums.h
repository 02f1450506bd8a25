// The closed sets of values in records, with the exact words used for them in JSON.
// Adding a value: append it to the enum and to its names (the order of names must match the enum).
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gj {

enum class UnitLevel { city, district };
enum class ResourceKind { funds, volunteer_hours, service, material, venue };
enum class TargetGroup { general, elderly, children, disabled, other };
enum class NeedStatus {
  reported, classified, listed, matched, claimed, in_progress, resolved, evaluated,
  // side exits: the record stays, the reason is in its fields and history
  rejected, duplicate, withdrawn, closed_not_fixed
};
enum class ProjectStatus { proposed, claimed, in_progress, completed, evaluated };
enum class ActivityType {
  free_clinic, legal_aid, safety_publicity, policy_consultation, home_visit, neighbourhood_school, children,
  culture, other
};
enum class Rating { satisfied, basic, unsatisfied };
enum class FeedbackChannel { kiosk, worker };
enum class FeedbackTarget { project, activity };
enum class AwardTarget { project, volunteer };

template <class E> struct EnumNames;
#define GJ_ENUM_NAMES(E, ...)                                        \
  template <> struct EnumNames<E> {                                  \
    static constexpr std::string_view type = #E;                     \
    static constexpr std::string_view list[] = {__VA_ARGS__};        \
  };
GJ_ENUM_NAMES(UnitLevel, "city", "district")
GJ_ENUM_NAMES(ResourceKind, "funds", "volunteer_hours", "service", "material", "venue")
GJ_ENUM_NAMES(TargetGroup, "general", "elderly", "children", "disabled", "other")
GJ_ENUM_NAMES(NeedStatus, "reported", "classified", "listed", "matched", "claimed", "in_progress", "resolved",
              "evaluated", "rejected", "duplicate", "withdrawn", "closed_not_fixed")
GJ_ENUM_NAMES(ProjectStatus, "proposed", "claimed", "in_progress", "completed", "evaluated")
GJ_ENUM_NAMES(ActivityType, "free_clinic", "legal_aid", "safety_publicity", "policy_consultation", "home_visit",
              "neighbourhood_school", "children", "culture", "other")
GJ_ENUM_NAMES(Rating, "satisfied", "basic", "unsatisfied")
GJ_ENUM_NAMES(FeedbackChannel, "kiosk", "worker")
GJ_ENUM_NAMES(FeedbackTarget, "project", "activity")
GJ_ENUM_NAMES(AwardTarget, "project", "volunteer")
#undef GJ_ENUM_NAMES

template <class E>
concept NamedEnum = requires { EnumNames<E>::list; };

template <class E> constexpr std::size_t enumCount() { return std::size(EnumNames<E>::list); }

template <NamedEnum E> std::string_view enumName(E value) {
  return EnumNames<E>::list[static_cast<std::size_t>(value)];
}

template <NamedEnum E> std::optional<E> parseEnum(std::string_view text) {
  for (std::size_t i = 0; i < enumCount<E>(); ++i)
    if (EnumNames<E>::list[i] == text) return static_cast<E>(i);
  return std::nullopt;
}

// Every value in order, for tables in tests and UI pickers.
template <class E> std::array<E, enumCount<E>()> allValues() {
  std::array<E, enumCount<E>()> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<E>(i);
  return out;
}

// `one of "a", "b", "c"` — the expectation text of a validation error.
template <class E> std::string enumExpectation() {
  std::string out = "one of ";
  for (std::size_t i = 0; i < enumCount<E>(); ++i) {
    if (i) out += ", ";
    out += '"';
    out += EnumNames<E>::list[i];
    out += '"';
  }
  return out;
}

}  // namespace gj
