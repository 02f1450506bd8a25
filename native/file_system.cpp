// FileSystem: thin POSIX wrappers; EINTR is retried, short writes continue.
#include "file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gj::native {

int FileSystem::openWrite(const std::string& path, bool append, int* fd) {
  const int flags = O_WRONLY | O_CLOEXEC | (append ? O_APPEND : O_CREAT | O_TRUNC);
  do *fd = ::open(path.c_str(), flags, 0644);
  while (*fd < 0 && errno == EINTR);
  return *fd < 0 ? errno : 0;
}

int FileSystem::write(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    if (n == 0) return ENOSPC;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return 0;
}

int FileSystem::fsync(int fd) { return ::fsync(fd) == 0 ? 0 : errno; }

int FileSystem::truncate(int fd, std::uint64_t size) {
  return ::ftruncate(fd, static_cast<off_t>(size)) == 0 ? 0 : errno;
}

int FileSystem::close(int fd) { return ::close(fd) == 0 ? 0 : errno; }

int FileSystem::fsyncDir(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int result = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return result;
}

int FileSystem::rename(const std::string& from, const std::string& to) {
  return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

int FileSystem::link(const std::string& from, const std::string& to) {
  return ::link(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

int FileSystem::unlink(const std::string& path) { return ::unlink(path.c_str()) == 0 ? 0 : errno; }

int FileSystem::mkdir(const std::string& path) {
  return ::mkdir(path.c_str(), 0755) == 0 || errno == EEXIST ? 0 : errno;
}

int FileSystem::readFile(const std::string& path, std::string* bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  bytes->clear();
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) bytes->reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      return error;
    }
    if (n == 0) break;
    bytes->append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return 0;
}

int FileSystem::list(const std::string& dir, std::vector<std::string>* names) {
  names->clear();
  DIR* d = ::opendir(dir.c_str());
  if (!d) return errno;
  while (const dirent* entry = ::readdir(d)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names->push_back(name);
  }
  ::closedir(d);
  std::sort(names->begin(), names->end());
  return 0;
}

FileSystem& realFileSystem() {
  static FileSystem fs;
  return fs;
}

std::string errnoText(int error) {
  const char* name = error == ENOSPC ? "ENOSPC" : error == EIO ? "EIO" : error == ENOENT ? "ENOENT"
                   : error == EACCES ? "EACCES" : error == EROFS ? "EROFS" : error == EDQUOT ? "EDQUOT" : nullptr;
  std::string text = std::strerror(error);
  return name ? text + " (" + name + ")" : text;
}

}  // namespace gj::native
