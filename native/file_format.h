// The two files of a data folder, both plain text with length-framed JSON documents:
//
//   gongjian.snapshot   "gongjian-snapshot 1 <generation>\n" then one frame holding every document
//   gongjian.journal    "gongjian-journal 1 <generation>\n" then one frame per commit since that snapshot
//
// A frame:  "@<count> <payload bytes> <crc32 of the payload, 8 hex>\n" then <count> entries, each
//           "<rev> <key bytes> <text bytes>\n<key><text>\n".
// A frame is one commit: it counts only when complete with a matching checksum. A journal whose last frame
// is cut short (the program was killed while appending) ends before it: that commit never happened.
// Anything else that does not read is damage, reported with the byte offset; nothing is guessed.
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace gj::native {

struct StoredDoc {
  std::string text;
  int rev = 0;
  bool operator==(const StoredDoc&) const = default;
};
using StoredDocs = std::map<std::string, StoredDoc>;

inline constexpr int kFileFormatVersion = 1;

std::uint32_t crc32(const char* data, std::size_t size);

// Builds one frame.
class FrameWriter {
 public:
  void add(const std::string& key, int rev, const std::string& text);
  std::string finish() const;  // header + payload
  std::size_t count() const { return count_; }

 private:
  std::string payload_;
  std::size_t count_ = 0;
};

std::string fileHeader(const char* kind, std::uint64_t generation);  // kind: "snapshot" or "journal"

// Reads the header line of a snapshot or journal. Returns "" or what is wrong; *offset: first frame's byte.
std::string readFileHeader(const std::string& bytes, const char* kind, std::uint64_t* generation,
                           std::size_t* offset);

struct FrameScan {
  std::size_t frames = 0;        // complete, checked frames
  std::size_t goodBytes = 0;     // where the last of them ends
  bool tornTail = false;         // bytes after goodBytes: a commit cut short
};

// Applies the frames from `offset` on to docs (when docs is not null). Returns "" or the damage, e.g.
// "byte 1234: frame 17: checksum mismatch". With `journal`, a cut-short last frame is not damage (see
// FrameScan); a snapshot is written whole, so there it is.
std::string readFrames(const std::string& bytes, std::size_t offset, StoredDocs* docs, FrameScan* scan, bool journal);

}  // namespace gj::native
