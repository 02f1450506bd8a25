// Internal to the demo-table reader: the readers of the larger tables and the checks across tables.
#pragma once
#include "domain/json_fields.h"
#include "io/demo_source.h"

namespace gj::io::demo {

void readProjects(const Json& doc, DemoSource& s, Errors& errors);
void readActivities(const Json& doc, DemoSource& s, Errors& errors);
void readStation(const Json& doc, DemoSource& s, Errors& errors);
// Keys exist and are unique, pairings hold, dates are in order: each problem named by file and field.
void checkSourceKeys(const DemoSource& s, const std::vector<std::string>& categories, Errors& errors);

}  // namespace gj::io::demo
