// The few file operations FileStorage needs, behind one seam so tests can make any of them fail (a full
// disk, a failing rename or fsync) without LD_PRELOAD. Every call returns 0 or an errno value.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gj::native {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Opens for writing: create+truncate (append=false) or append to an existing file (append=true).
  virtual int openWrite(const std::string& path, bool append, int* fd);
  virtual int write(int fd, const char* data, std::size_t size);  // all of it, or an errno
  virtual int fsync(int fd);
  virtual int truncate(int fd, std::uint64_t size);
  virtual int close(int fd);
  virtual int fsyncDir(const std::string& dir);
  virtual int rename(const std::string& from, const std::string& to);
  virtual int link(const std::string& from, const std::string& to);
  virtual int unlink(const std::string& path);
  virtual int mkdir(const std::string& path);  // EEXIST counts as success
  // The whole file; ENOENT when it does not exist.
  virtual int readFile(const std::string& path, std::string* bytes);
  // Names in dir (no "." or ".."), sorted.
  virtual int list(const std::string& dir, std::vector<std::string>* names);
};

// The real file system (POSIX calls).
FileSystem& realFileSystem();

// "No space left on device (ENOSPC)" style text for an errno value.
std::string errnoText(int error);

}  // namespace gj::native
