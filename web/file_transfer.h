// Files in and out of the browser app (JavaScript side: file_transfer.js). The formats (CSV, JSON, ics,
// HTML) live in core/io; this only moves bytes between the user's disk and C++.
#pragma once
#include <functional>
#include <string>

namespace gj::web {

struct PickedFile {
  enum class Status { picked, cancelled, failed } status = Status::cancelled;
  std::string name;   // as the user's disk names it, no folder
  std::string bytes;  // the file exactly as stored (no decoding: GB18030 stays GB18030)
  std::string error;  // why it could not be read (failed only)
};

// Opens the browser's file picker (call it while handling a click: browsers allow pickers only shortly
// after a user gesture). accept: the <input accept> filter, e.g. ".csv,text/csv" ("" for any file).
// done runs later, at most once: with the file, or cancelled when the user closed the picker (browsers
// without the input's "cancel" event, Chrome < 113, never report a closed picker).
void pickFile(const std::string& accept, std::function<void(PickedFile)> done);

// Offers bytes to the user as a download named `name` (the browser's download folder or save dialog).
void downloadFile(const std::string& name, const std::string& mimeType, const std::string& bytes);

}  // namespace gj::web
