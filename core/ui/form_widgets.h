// Small pieces every form and table draws the same way: a field's label, the message under a refused field,
// and a table cell whose text may be wider than its column (cut by the cell, whole in a tooltip).
#pragma once
#include <map>
#include <string>

#include "ui/screens.h"

struct ImGuiInputTextCallbackData;
struct ImVec4;

namespace gj::ui {

void sectionTitle(const char* key);        // spacing, tr(key) in the brand's dark colour, a separator
void mutedText(const std::string& text);   // wrapped, in the muted colour
void errorText(const std::string& text);   // wrapped, in the brand colour; nothing when empty
// A detail panel's line: tr(key) muted, then `value` wrapped from x (the widest label of the panel).
void detailRow(const char* key, const std::string& value, float x);
// The InputText callback (ImGuiInputTextFlags_CallbackResize) that grows the std::string in UserData.
int resizeStringCallback(ImGuiInputTextCallbackData* data);

void formLabel(const char* key);  // spacing, then tr(key)
// The message for `field` under it, in the brand colour; nothing when the field is fine.
void formError(const std::map<std::string, std::string>& errors, const char* field);
void clippedCell(const std::string& text);
// A thin bar across the rest of the cell, centred on the text line and filled `fraction` in `fill`, with
// `label` right of it in the text colour (on the bar, dark text over a red fill could not be read). The
// label's room is as wide as `widest`, so the bars of a column line up; "" for a bar alone.
void labelledBar(float fraction, const char* label, const char* widest, const ImVec4& fill);
// Why a form was refused (nothing when it was not), with the way to Settings when the operator's name is
// missing: every change is stamped with it.
void formRefusal(ScreenContext& ctx, const std::string& refused);
// Why workspace->perform refused the last action, in the current language: read-only (another tab holds the
// data), or the record named with the field and the missing id it points at.
std::string performRefusal(const ScreenContext& ctx);

}  // namespace gj::ui
