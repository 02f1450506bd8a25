// Benchmark (not a test): FileStorage at district scale, 60,000 documents of ~700 bytes (~40 MB): the first
// save (a snapshot), loading it, journal appends of one-record edits, and one compaction into a new snapshot.
// Usage: bench_file_storage DIR [DOCUMENTS=60000]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "file_storage.h"

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string textOf(int i, int rev) {
  std::string text = "{\"_id\":\"need/" + std::to_string(i) + "\",\"rev\":" + std::to_string(rev) + ",\"text\":\"";
  while (text.size() < 680) text += "楼道灯坏了，老人晚上上下楼只能摸黑。";
  return text + "\"}";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_file_storage DIR [DOCUMENTS=60000]\n");
    return 2;
  }
  const std::string dir = argv[1];
  const int count = argc > 2 ? std::atoi(argv[2]) : 60000;
  std::filesystem::remove_all(dir);
  gj::Transaction all;
  std::size_t bytes = 0;
  for (int i = 1; i <= count; ++i) {
    all.puts.push_back(gj::RecordPut{"need/" + std::to_string(i), textOf(i, 1), 1, 0});
    bytes += all.puts.back().text.size();
  }
  auto done = [](const gj::CommitResult& r) {
    if (!r.ok()) {
      std::fprintf(stderr, "commit failed: %s\n", r.error.c_str());
      std::exit(1);
    }
  };
  {
    gj::native::FileStorage s(dir);
    auto start = Clock::now();
    s.commit(all, done);
    std::printf("first save: %d documents, %.1f MB, %.0f ms\n", count, bytes / 1e6, msSince(start));
  }
  gj::native::FileStorage s(dir, gj::native::FileStorageOptions{.compactAfterCommits = 100});
  auto start = Clock::now();
  std::size_t loaded = 0;
  s.loadAll([&](gj::LoadResult r) { loaded = r.docs.size(); });
  std::printf("load: %zu documents, %.0f ms\n", loaded, msSince(start));
  start = Clock::now();
  for (int k = 0; k < 100; ++k) s.commit(gj::Transaction{{gj::RecordPut{"need/7", textOf(7, k + 2), k + 2, k + 1}}}, done);
  std::printf("100 journal appends: %.2f ms each\n", msSince(start) / 100);
  start = Clock::now();
  s.commit(gj::Transaction{{gj::RecordPut{"need/7", textOf(7, 102), 102, 101}}}, done);
  std::printf("compaction (a commit writing a new snapshot): %.0f ms, generation %llu\n", msSince(start),
              static_cast<unsigned long long>(s.generation()));
  return 0;
}
