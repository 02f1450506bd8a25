// Helpers for the FileStorage tests: a fresh folder per test, synchronous commit/load, file snapshots for
// byte-identity checks, and a FileSystem that fails a chosen call.
#pragma once
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "file_storage.h"

namespace gj::test {

namespace fs = std::filesystem;

// An empty folder under the build tree, named after the test.
inline std::string freshDir(const std::string& name) {
  const fs::path dir = fs::path(GONGJIAN_TEST_OUTPUT) / "native-storage" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

inline CommitResult commitNow(Storage& s, Transaction tx) {
  CommitResult out;
  bool called = false;
  s.commit(std::move(tx), [&](CommitResult r) { out = std::move(r), called = true; });
  REQUIRE(called);
  return out;
}

inline LoadResult loadNow(Storage& s) {
  LoadResult out;
  bool called = false;
  s.loadAll([&](LoadResult r) { out = std::move(r), called = true; });
  REQUIRE(called);
  return out;
}

inline RecordPut put(const std::string& key, int rev, const std::string& text, int expected) {
  return RecordPut{key, text, rev, expected};
}

inline std::string readBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void writeBytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Every file under dir (relative path -> bytes), the lock file left out.
inline std::map<std::string, std::string> folderBytes(const std::string& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != "lock")
      out[fs::relative(entry.path(), dir).string()] = readBytes(entry.path());
  return out;
}

inline bool hasTempFiles(const std::string& dir) {
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.path().extension() == ".tmp") return true;
  return false;
}

// Fails call number `failAt` (1-based, counted across the chosen operation only) with `error`; with
// `sticky`, every later call of that operation fails too (a disk that stays full).
class FaultyFileSystem : public native::FileSystem {
 public:
  enum class Op { openWrite, write, fsync, truncate, fsyncDir, rename, link, unlink, mkdir };
  Op op = Op::write;
  int failAt = 0;  // 0: never
  int error = EIO;
  bool sticky = false;
  int calls = 0;     // of `op` so far
  bool failed = false;

  int openWrite(const std::string& p, bool a, int* fd) override {
    if (int e = hit(Op::openWrite)) return e;
    return FileSystem::openWrite(p, a, fd);
  }
  int write(int fd, const char* d, std::size_t n) override {
    // A full disk takes part of the data before it refuses the rest.
    if (int e = hit(Op::write)) {
      if (n > 1) FileSystem::write(fd, d, n / 2);
      return e;
    }
    return FileSystem::write(fd, d, n);
  }
  int fsync(int fd) override {
    if (int e = hit(Op::fsync)) return e;
    return FileSystem::fsync(fd);
  }
  int truncate(int fd, std::uint64_t n) override {
    if (int e = hit(Op::truncate)) return e;
    return FileSystem::truncate(fd, n);
  }
  int fsyncDir(const std::string& d) override {
    if (int e = hit(Op::fsyncDir)) return e;
    return FileSystem::fsyncDir(d);
  }
  int rename(const std::string& a, const std::string& b) override {
    if (int e = hit(Op::rename)) return e;
    return FileSystem::rename(a, b);
  }
  int link(const std::string& a, const std::string& b) override {
    if (int e = hit(Op::link)) return e;
    return FileSystem::link(a, b);
  }
  int unlink(const std::string& p) override {
    if (int e = hit(Op::unlink)) return e;
    return FileSystem::unlink(p);
  }
  int mkdir(const std::string& p) override {
    if (int e = hit(Op::mkdir)) return e;
    return FileSystem::mkdir(p);
  }

 private:
  int hit(Op o) {
    if (o != op || failAt == 0) return 0;
    ++calls;
    if (calls == failAt || (sticky && calls > failAt)) {
      failed = true;
      return error;
    }
    return 0;
  }
};

}  // namespace gj::test
