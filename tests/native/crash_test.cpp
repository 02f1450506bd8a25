// Crash test of FileStorage: a writer child commits in a loop and is killed (SIGKILL) after a random delay,
// again and again. After each kill the folder is opened as the next program start would: no temp file may
// be left, it must load, and it must hold exactly the state after the last commit the writer logged as
// finished, or after the one following it (done on disk, killed before it could log it). Every backup must
// read whole, at most 10 are kept, and the current snapshot is one of them.
//
// Usage: file_storage_crash DIR [KILLS=500] [MAX_DELAY_US=20000] [SEED=1]
// Commit i puts "counter" (rev i) and one or two of 16 documents; every 25th commit rewrites all 16 with
// bigger texts. compactAfterCommits = 6, so kills land in snapshot writes and renames as well as appends.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "file_storage.h"

namespace {

using gj::native::FileStorage;
using gj::native::FileStorageOptions;
using State = std::map<std::string, std::pair<int, std::string>>;  // key -> rev, text

constexpr int kDocs = 16;
const FileStorageOptions kOptions{.compactAfterCommits = 6, .keepBackups = 10};

std::string textOf(int commit, int doc, bool big) {
  std::string text = "{\"commit\":" + std::to_string(commit) + ",\"doc\":" + std::to_string(doc) + ",\"pad\":\"";
  text.append(big ? 2000 : static_cast<std::size_t>((commit * 37 + doc) % 200), 'x');
  return text + "\"}";
}

// The puts of commit i on top of `state` (which it updates).
gj::Transaction commitOf(int i, State& state) {
  gj::Transaction tx;
  auto add = [&](const std::string& key, std::string text) {
    auto& [rev, stored] = state[key];
    tx.puts.push_back(gj::RecordPut{key, text, rev + 1, rev});
    rev += 1;
    stored = std::move(text);
  };
  add("counter", std::to_string(i));
  if (i % 25 == 0) {
    for (int d = 0; d < kDocs; ++d) add("doc/" + std::to_string(d), textOf(i, d, true));
  } else {
    const int a = i % kDocs, b = (i * 7 + 3) % kDocs;
    add("doc/" + std::to_string(a), textOf(i, a, false));
    if (b != a) add("doc/" + std::to_string(b), textOf(i, b, false));
  }
  return tx;
}

int counterOf(const std::map<std::string, std::string>& docs) {
  auto it = docs.find("counter");
  return it == docs.end() ? 0 : std::atoi(it->second.c_str());
}

gj::LoadResult loadNow(FileStorage& s) {
  gj::LoadResult out;
  s.loadAll([&](gj::LoadResult r) { out = std::move(r); });
  return out;
}

// The writer: commits until killed, writing the number of each finished commit to `log`.
[[noreturn]] void writer(const std::string& dir, int log, State state, int last) {
  FileStorage s(dir, kOptions);
  if (!s.open().empty() || s.readOnly()) _exit(3);
  gj::LoadResult loaded = loadNow(s);
  if (!loaded.ok || counterOf(loaded.docs) != last) _exit(4);
  for (int i = last + 1;; ++i) {
    bool ok = false;
    s.commit(commitOf(i, state), [&](gj::CommitResult r) { ok = r.ok(); });
    if (!ok) _exit(5);
    if (::write(log, &i, sizeof i) != static_cast<ssize_t>(sizeof i)) _exit(6);
  }
}

bool hasTempFiles(const std::string& dir) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.path().extension() == ".tmp") return true;
  return false;
}

int fail(const char* what, int kill) {
  std::fprintf(stderr, "file_storage_crash: kill %d: %s\n", kill, what);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: file_storage_crash DIR [KILLS=500] [MAX_DELAY_US=20000] [SEED=1]\n");
    return 2;
  }
  const std::string dir = argv[1];
  const int kills = argc > 2 ? std::atoi(argv[2]) : 500;
  const int maxDelay = argc > 3 ? std::atoi(argv[3]) : 20000;
  std::mt19937 random(argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 1u);
  std::filesystem::remove_all(dir);

  State state;  // after commit `done`, as the checker replays it
  int done = 0, sameAsLogged = 0, oneAfterLogged = 0, noCommit = 0;
  for (int k = 1; k <= kills; ++k) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0) return fail("pipe failed", k);
    const pid_t pid = ::fork();
    if (pid < 0) return fail("fork failed", k);
    if (pid == 0) {
      ::close(pipeFds[0]);
      writer(dir, pipeFds[1], state, done);
    }
    ::close(pipeFds[1]);
    ::usleep(static_cast<useconds_t>(std::uniform_int_distribution<int>(0, maxDelay)(random)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFSIGNALED(status)) {
      std::fprintf(stderr, "file_storage_crash: kill %d: the writer stopped by itself (exit %d)\n", k, WEXITSTATUS(status));
      return 1;
    }
    int logged = done, n = 0;
    while (::read(pipeFds[0], &n, sizeof n) == static_cast<ssize_t>(sizeof n)) logged = n;
    ::close(pipeFds[0]);

    // The next start: opening removes leftover temp files; the folder must load as a committed prefix.
    FileStorage s(dir, kOptions);
    if (!s.open().empty() || s.readOnly()) return fail("the folder cannot be opened for writing", k);
    if (hasTempFiles(dir)) return fail("temp files are left after opening", k);
    gj::LoadResult loaded = loadNow(s);
    if (!loaded.ok) return fail(("the folder does not load: " + loaded.error).c_str(), k);
    const int found = counterOf(loaded.docs);
    State expected = state;
    for (int i = done + 1; i <= logged; ++i) commitOf(i, expected);
    if (found == logged + 1) {
      commitOf(found, expected);
      ++oneAfterLogged;
    } else if (found == logged) {
      ++sameAsLogged;
    } else {
      std::fprintf(stderr, "file_storage_crash: kill %d: the folder holds commit %d; the writer logged %d\n", k, found, logged);
      return 1;
    }
    std::map<std::string, std::string> texts;
    for (const auto& [key, value] : expected) texts[key] = value.second;
    if (texts != loaded.docs) return fail("the documents are not those of that commit", k);
    if (found == done) ++noCommit;
    state = std::move(expected);
    done = found;
    const auto backups = s.backups();
    if (backups.size() > 10) return fail("more than 10 backups are kept", k);
    bool current = s.generation() == 0;
    for (const auto& b : backups) {
      if (!b.problem.empty()) return fail(("a backup is damaged: " + b.path + ": " + b.problem).c_str(), k);
      current = current || b.generation == s.generation();
    }
    if (!current) return fail("the current snapshot has no backup", k);
  }
  FileStorage last(dir, kOptions);
  std::printf("file_storage_crash: %d kills, %d commits; after a kill the folder held the last logged commit %d times, "
              "the one after it %d times; %d kills came before any commit of that writer; generation %llu, all good\n",
              kills, done, sameAsLogged, oneAfterLogged, noCommit,
              static_cast<unsigned long long>((last.open(), loadNow(last), last.generation())));
  return 0;
}
