// The reverse assessment's result for the departments' annual targets: a CSV table (csv_write.h: UTF-8 with BOM,
// CRLF, formulas defused) and one printable HTML page (self-contained, every text escaped). Both list the ranked
// district units, then the units with too few ratings, then the paired city units for reference, each with its
// total and every aspect's score and where it comes from. Only unit names and figures: no resident's personal
// information, and no community's free-text note (it may name people).
#pragma once
#include <string>

#include "domain/dataset.h"
#include "domain/message.h"
#include "report/assessment.h"

namespace gj::io {

// Columns: list, rank, unit, level, total, then per aspect "<aspect> (weight w)" score and its source, ratings.
std::string assessmentCsv(const report::AssessmentResult& result, Language lang);
// `ds` supplies the street's name for the title.
std::string assessmentHtml(const Dataset& ds, const report::AssessmentResult& result, Language lang);

}  // namespace gj::io
