#!/usr/bin/env bash
# gongjian-cli on a data folder, step by step: demo, validate, a damaged snapshot that every command reports
# (naming the newest good backup) and nothing overwrites, restore (damaged files kept), the lock of another
# program, an empty folder, and a bundle left by an older version.
# Usage: data_folder.sh CLI EXPECT TMPDIR
set -euo pipefail
cli=$1 expect=$2 tmp=$3
rm -rf "$tmp" && mkdir -p "$tmp"
dir=$tmp/data
step() { echo "--- $*"; "$expect" "$@"; }

step 0 -e "wrote the demo dataset to $dir \\(1809 records\\)" -- "$cli" demo "$dir"
step 0 -e "^$dir: 1809 documents, generation 1, 0 commits in the journal, 1 backups: no problems$" -- "$cli" validate --data "$dir"
step 0 -e "^$dir: 1809 documents" -- "$cli" validate "$dir"
step 0 -e "the data it replaced is kept in $dir/replaced-1" -- "$cli" demo --force "$dir"
[ -f "$dir/replaced-1/gongjian.snapshot" ]
step 1 -e "loads without a problem; nothing was changed" -- "$cli" restore --data "$dir"
step 1 -e "no backup named \"nope\" in $dir/backups \\(there are: gongjian-00000002.snapshot, gongjian-00000001.snapshot\\)" \
  -- "$cli" restore --data "$dir" --backup nope

# One byte of the current snapshot changes on disk (its backup link, generation 2, is the same file).
printf 'X' | dd of="$dir/gongjian.snapshot" bs=1 seek=3000 conv=notrunc status=none
cp "$dir/gongjian.snapshot" "$tmp/damaged-copy"
damage="$dir/gongjian.snapshot: damaged: byte 22: frame 1: checksum mismatch \\(the file is damaged\\)\\. Nothing in $dir was written\\."
offer="The newest good backup is $dir/backups/gongjian-00000001.snapshot \\(generation 1, 1809 documents\\); restore it with: gongjian-cli restore --data $dir"
step 1 -e "$damage" -e "$offer" -- "$cli" stats --data "$dir"
step 1 -e "$damage" -e "backups/gongjian-00000002.snapshot: damaged" -e "2 problems$" -- "$cli" validate --data "$dir"
step 1 -e "holds data already; use --force" -- "$cli" demo "$dir"
step 1 -e "gongjian-cli import: $damage" -- "$cli" import --data "$dir" --table needs "$(dirname "$0")/fixtures/needs-good.csv"
cmp "$dir/gongjian.snapshot" "$tmp/damaged-copy"  # never written over
step 0 -e "^gongjian-00000002.snapshot  generation 2  damaged: byte 22" -e "^gongjian-00000001.snapshot  generation 1  1809 documents$" \
  -- "$cli" restore --data "$dir" --list
step 0 -e "^restored $dir from gongjian-00000001.snapshot \\(the files it replaced are kept in $dir/damaged-1\\)$" -- "$cli" restore --data "$dir"
cmp "$dir/damaged-1/gongjian.snapshot" "$tmp/damaged-copy"
step 0 -e "generation 3, 0 commits in the journal, 2 backups: no problems" -- "$cli" validate --data "$dir"
step 0 -e '"projects_claimed":49' -- "$cli" stats --data "$dir" --json

# Another program holds the folder: commands that write refuse, readers still read.
step 1 -e "nothing was written: $dir is open in another Gongjian program; this one only reads it" \
  -- flock "$dir/lock" "$cli" demo --force "$dir"
step 1 -e "nothing was changed: $dir is open in another Gongjian program" -- flock "$dir/lock" "$cli" restore --data "$dir" --backup gongjian-00000001.snapshot
step 0 -e '"projects_claimed":49' -- flock "$dir/lock" "$cli" stats --data "$dir" --json

# An empty folder holds no data; a missing one is no folder; the default folder falls back to the demo.
mkdir -p "$tmp/empty"
step 1 -e "$tmp/empty holds no data yet \\(no gongjian.snapshot\\); write the demo dataset with: gongjian-cli demo $tmp/empty" \
  -- "$cli" stats --data "$tmp/empty"
step 1 -e "$tmp/empty: holds no data \\(no gongjian.snapshot\\)" -e "1 problem$" -- "$cli" validate --data "$tmp/empty"
step 1 -e "$tmp/missing: no data folder here" -- "$cli" restore --data "$tmp/missing"
step 0 -e "$tmp/xdg/gongjian holds no data yet: using the demo dataset" -e '"projects_claimed":49' \
  -- env XDG_DATA_HOME="$tmp/xdg" "$cli" stats --json

# A folder an older gongjian-cli wrote (DIR/gongjian.json) is read as it is; demo keeps it unless --force.
mkdir -p "$tmp/legacy"
"$cli" export --data "$dir" --format json --output "$tmp/legacy/gongjian.json"
step 0 -e '"projects_claimed":49' -- "$cli" stats --data "$tmp/legacy" --json
step 1 -e "holds data already; use --force" -- "$cli" demo "$tmp/legacy"
echo "all steps passed"
