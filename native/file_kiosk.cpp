// The kiosk's files in the data folder; see file_kiosk.h.
#include "file_kiosk.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

namespace gj::native {

std::string kioskFilePath(const std::string& dataDir, const std::string& key) {
  return dataDir + "/kiosk-" + key + ".json";
}

std::string readKioskFile(const std::string& dataDir, const std::string& key) {
  std::ifstream in(kioskFilePath(dataDir, key), std::ios::binary);
  if (!in) return "";
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string writeFileAtomically(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return temp + ": " + std::strerror(errno);
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string err = temp + ": " + std::strerror(errno);
      ::close(fd);
      return err;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) return temp + ": " + std::strerror(errno);
  if (::rename(temp.c_str(), path.c_str()) != 0) return path + ": " + std::strerror(errno);
  return "";
}

}  // namespace gj::native
