// Snapshot and journal framing; see file_format.h. Parsing is strict: every number, length and newline must
// be where the format puts it, so damage is reported instead of half-read.
#include "file_format.h"

#include <array>
#include <cstdio>

namespace gj::native {
namespace {

const std::array<std::uint32_t, 256>& crcTable() {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  return table;
}

// Reads a decimal number ending at `stop` from bytes[*at]; false when there is none or it overflows.
bool readNumber(const std::string& bytes, std::size_t* at, char stop, std::uint64_t* out) {
  std::size_t i = *at;
  std::uint64_t value = 0;
  while (i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9' && i - *at < 18)
    value = value * 10 + static_cast<std::uint64_t>(bytes[i++] - '0');
  if (i == *at || i >= bytes.size() || bytes[i] != stop) return false;
  *at = i + 1;
  *out = value;
  return true;
}

std::string at(std::size_t offset) { return "byte " + std::to_string(offset) + ": "; }

// An unfinished append: a prefix of "@<digits> <digits> <hex>\n…", or the zeros a lost write may leave.
bool looksCutShort(const std::string& bytes, std::size_t from) {
  bool zeros = true;
  for (std::size_t i = from; i < bytes.size(); ++i) zeros = zeros && bytes[i] == '\0';
  if (zeros) return true;
  if (bytes[from] != '@') return false;
  for (std::size_t i = from + 1; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '\n') return false;  // a whole header line: judged by its numbers, not here
    if (!(c == ' ' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

std::uint32_t crc32(const char* data, std::size_t size) {
  const auto& table = crcTable();
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) c = table[(c ^ static_cast<unsigned char>(data[i])) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void FrameWriter::add(const std::string& key, int rev, const std::string& text) {
  payload_ += std::to_string(rev) + " " + std::to_string(key.size()) + " " + std::to_string(text.size()) + "\n";
  payload_ += key;
  payload_ += text;
  payload_ += '\n';
  ++count_;
}

std::string FrameWriter::finish() const {
  char crc[16];
  std::snprintf(crc, sizeof crc, "%08x", static_cast<unsigned>(crc32(payload_.data(), payload_.size())));
  return "@" + std::to_string(count_) + " " + std::to_string(payload_.size()) + " " + crc + "\n" + payload_;
}

std::string fileHeader(const char* kind, std::uint64_t generation) {
  return std::string("gongjian-") + kind + " " + std::to_string(kFileFormatVersion) + " " +
         std::to_string(generation) + "\n";
}

std::string readFileHeader(const std::string& bytes, const char* kind, std::uint64_t* generation,
                           std::size_t* offset) {
  const std::string magic = std::string("gongjian-") + kind + " ";
  if (bytes.compare(0, magic.size(), magic) != 0)
    return "not a Gongjian " + std::string(kind) + " file (it does not start with \"" + magic + "\")";
  std::size_t i = magic.size();
  std::uint64_t version = 0;
  if (!readNumber(bytes, &i, ' ', &version)) return "the first line has no format version";
  if (version != static_cast<std::uint64_t>(kFileFormatVersion))
    return "format " + std::to_string(version) + " is not the one this program understands (" +
           std::to_string(kFileFormatVersion) + "); update the program — the data was not changed";
  if (!readNumber(bytes, &i, '\n', generation)) return "the first line has no generation number";
  *offset = i;
  return "";
}

std::string readFrames(const std::string& bytes, std::size_t offset, StoredDocs* docs, FrameScan* scan, bool journal) {
  *scan = FrameScan{};
  scan->goodBytes = offset;
  std::size_t i = offset;
  while (i < bytes.size()) {
    const std::size_t start = i;
    const std::string where = at(start) + "frame " + std::to_string(scan->frames + 1) + ": ";
    std::uint64_t count = 0, size = 0;
    ++i;
    const bool headOk = bytes[start] == '@' && readNumber(bytes, &i, ' ', &count) && readNumber(bytes, &i, ' ', &size) &&
                        i + 9 <= bytes.size() && bytes[i + 8] == '\n';
    if (!headOk) {
      if (journal && looksCutShort(bytes, start)) {
        scan->tornTail = true;
        return "";
      }
      return where + "not a frame header (\"@<count> <bytes> <checksum>\")";
    }
    unsigned stored = 0;
    if (std::sscanf(bytes.c_str() + i, "%8x", &stored) != 1) return where + "the checksum is not 8 hex digits";
    i += 9;
    if (size > bytes.size() - i) {  // the payload runs past the end: cut short while appending
      if (!journal) return where + "the file ends " + std::to_string(size - (bytes.size() - i)) + " bytes early";
      scan->tornTail = true;
      return "";
    }
    const std::size_t end = i + size;
    if (crc32(bytes.data() + i, size) != stored) {
      if (journal && end == bytes.size()) {  // the very last bytes, never finished: as if not there
        scan->tornTail = true;
        return "";
      }
      return where + "checksum mismatch (the file is damaged)";
    }
    // The checksum matched, so a malformed entry is a bug of the writer, still reported as damage.
    StoredDocs frame;
    for (std::uint64_t n = 0; n < count; ++n) {
      std::uint64_t rev = 0, keySize = 0, textSize = 0;
      const std::string entry = where + "entry " + std::to_string(n + 1) + ": ";
      if (!readNumber(bytes, &i, ' ', &rev) || !readNumber(bytes, &i, ' ', &keySize) ||
          !readNumber(bytes, &i, '\n', &textSize) || i > end || keySize + textSize + 1 > end - i || rev > 0x7FFFFFFF)
        return entry + "malformed";
      std::string key = bytes.substr(i, keySize);
      if (bytes[i + keySize + textSize] != '\n') return entry + "no newline after the document";
      if (docs) frame[key] = StoredDoc{bytes.substr(i + keySize, textSize), static_cast<int>(rev)};
      i += keySize + textSize + 1;
    }
    if (i != end) return where + "the payload is longer than its entries";
    if (docs)
      for (auto& [key, doc] : frame) (*docs)[key] = std::move(doc);
    ++scan->frames;
    scan->goodBytes = end;
  }
  return "";
}

}  // namespace gj::native
