// What the street office hands out for a joint meeting: the printable pack (io/meeting_html.h) followed by
// the meeting record — date, street-wide or community, attending units, notes and decisions — and the pack's
// figures as CSV for a spreadsheet. Names come from the dataset; nothing personal is written.
#pragma once
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/message.h"
#include "report/meeting_pack.h"

namespace gj::io {

// The pack page with one section per meeting (in the order given) before its end. Each text HTML-escaped;
// the notes keep their line breaks (<br>), decisions form a numbered list. No meetings: the pack page as is.
std::string meetingRecordHtml(const Dataset& ds, const report::MeetingPack& pack,
                              const std::vector<const Meeting*>& meetings, Language lang);

// The pack as CSV (UTF-8 with BOM, CRLF, io/csv_write.h): a header, then for the street, each community (by
// id) and each unit (by id) one row of quarter figures and one of cumulative figures:
//   level, id, name, quarter, scope, claimed, completed, funds (万元), activities, volunteer hours (one decimal,
//   rounded half up), people served, problems solved, meetings, progress average %, stale claims
// (progress and stale claims are the quarter's, repeated on the cumulative row).
std::string meetingPackCsv(const report::MeetingPack& pack, Language lang);

// Minutes as hours with one decimal, rounded half up ("342.0").
std::string hoursText(std::int64_t minutes);

}  // namespace gj::io
