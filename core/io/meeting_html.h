// The quarterly joint-meeting pack (report/meeting_pack.h) as one printable HTML page: self-contained (inline
// CSS with print rules, no script, no external resource), in Chinese or English, every text HTML-escaped.
// It holds only the pack's figures and names of the street, communities, units and projects — no resident's
// or volunteer's personal information.
#pragma once
#include <string>
#include <string_view>

#include "domain/dataset.h"
#include "domain/message.h"
#include "report/meeting_pack.h"

namespace gj::io {

// `ds` supplies the names of the street, communities and units the pack refers to by id.
std::string meetingPackHtml(const Dataset& ds, const report::MeetingPack& pack, Language lang);

std::string htmlEscape(std::string_view text);  // & < > " ' -> entities

}  // namespace gj::io
