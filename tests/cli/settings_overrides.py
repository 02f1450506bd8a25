#!/usr/bin/env python3
"""gongjian-cli classify / match / staff use the categories and weights edited in Settings (stored in the data
folder as settings documents), not only the assets. Usage: settings_overrides.py CLI DIR

Writes the demo dataset to DIR, checks the commands' output, appends one commit holding the edited documents
to the folder's journal (the format of native/file_format.h), and checks the output again."""
import json, os, shutil, subprocess, sys, zlib

cli, folder = sys.argv[1], sys.argv[2]


def run(*args):
    r = subprocess.run([cli, *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r.stdout


def append_commit(docs):
    """One journal frame with these settings documents (rev 1), as the program's FileStorage writes it."""
    payload = b""
    for key, doc in docs.items():
        doc = dict(doc, _rev=1)
        k, t = key.encode(), json.dumps(doc, ensure_ascii=False).encode()
        payload += f"1 {len(k)} {len(t)}\n".encode() + k + t + b"\n"
    frame = f"@{len(docs)} {len(payload)} {zlib.crc32(payload):08x}\n".encode() + payload
    with open(os.path.join(folder, "gongjian.snapshot"), "rb") as f:
        generation = f.readline().split()[2].decode()
    journal = os.path.join(folder, "gongjian.journal")
    if not os.path.exists(journal):
        with open(journal, "wb") as f:
            f.write(f"gongjian-journal 1 {generation}\n".encode())
    with open(journal, "ab") as f:
        f.write(frame)


def check(condition, what):
    if not condition:
        sys.exit("FAIL: " + what)
    print("ok:", what)


shutil.rmtree(folder, ignore_errors=True)
run("demo", folder)
text = "垃圾分类没人管"
before = json.loads(run("classify", "--data", folder, "--json", text))
check(before["categories"][0]["id"] == "environment", "assets: 垃圾分类 is environment")
plan = json.loads(run("match", "--data", folder, "--quarter", "2024Q3", "--json"))
check(plan["assignments"] and all(a["parts"]["pairing"] in (0, 150) for a in plan["assignments"]),
      "assets: pairing scores 150 or 0")
check(any(a["parts"]["pairing"] == 150 for a in plan["assignments"]), "assets: a paired unit scores 150")

with open(os.path.join(os.path.dirname(cli), "..", "assets", "categories.json"), encoding="utf-8") as f:
    categories = json.load(f)
for c in categories["categories"]:
    if c["id"] == "environment":
        c["retired"] = True
weights = {"format": "gongjian-matching-weights", "needs": {"pairing": 7}, "volunteers": {"base": 3}}
append_commit({"settings/categories": categories, "settings/matching_weights": weights})

after = json.loads(run("classify", "--data", folder, "--json", text))
check(all(c["id"] != "environment" for c in after["categories"]), "edited: a retired category is not suggested")
plan = json.loads(run("match", "--data", folder, "--quarter", "2024Q3", "--json"))
check(any(a["parts"]["pairing"] == 7 for a in plan["assignments"]), "edited: a paired unit scores the stored 7")
check(all(a["parts"]["pairing"] in (0, 7) for a in plan["assignments"]), "edited: no pairing score of 150 left")
staff = json.loads(run("staff", "--data", folder, "--quarter", "2024Q3", "--fresh", "--json"))
check(staff["assignments"] and all(a["parts"]["base"] == 3 for a in staff["assignments"]),
      "edited: every volunteer assignment has the stored base 3")
