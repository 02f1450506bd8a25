#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from a demo bundle:

    gongjian-cli export --format json --output /tmp/demo.json   # with an empty data folder: the demo dataset
    tests/fuzz/make_corpus.py /tmp/demo.json

Small on purpose (well under 200 KB in all): a few records of every type with what they point at, CSV
tables in UTF-8, UTF-8 with BOM and GB18030, hostile calendar text, need descriptions. Deterministic."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus"
ID = re.compile(r'^[a-z_]+/[0-9]+$')


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def ids_in(value, out):
    if isinstance(value, str) and ID.match(value):
        out.add(value)
    elif isinstance(value, list):
        for v in value: ids_in(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != "history": ids_in(v, out)


def closure(records, start):
    """start plus everything it points at (transitively)."""
    keep, todo = set(), list(start)
    while todo:
        i = todo.pop()
        if i in keep or i not in records: continue
        keep.add(i)
        refs = set()
        ids_in(records[i], refs)
        todo.extend(refs - keep)
    return keep


def id_key(i):
    t, n = i.split("/")
    return (t, int(n))


def bundle(records, keep):
    lines = [json.dumps(records[i], ensure_ascii=False, sort_keys=True, separators=(",", ":")) for i in sorted(keep, key=id_key)]
    return '{"format":"gongjian","schema":2,"street":"street/1","records":[\n' + ",\n".join(lines) + "\n]}\n"


def documents(records, keep):
    docs = []
    for i in sorted(keep, key=id_key):
        doc = dict(records[i], schema=2)
        docs.append(i + "\n" + json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    return "\x1e".join(docs)


def main():
    demo = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    records = {r["_id"]: r for r in demo["records"]}
    by_type = {}
    for i in sorted(records, key=id_key):
        by_type.setdefault(i.split("/")[0], []).append(i)
    first = lambda t: by_type.get(t, [])[:1]

    # One small set per record type (the first record of that type and what it points at), and one with a
    # volunteer's activity attendance; projects pull their needs, so only one project.
    sets = {}
    for t in sorted(by_type):
        sets[t] = closure(records, first(t))
    attended = [i for i in by_type.get("activity", []) if records[i].get("attendance")][:1]
    if attended: sets["attendance"] = closure(records, attended)
    seen = []
    for name, keep in sets.items():
        if keep in seen: continue  # a need pulls its project and the project its needs: one copy
        seen.append(keep)
        write("fuzz_bundle", f"demo-{name}.json", bundle(records, keep))
        write("fuzz_documents", f"demo-{name}", documents(records, keep))
    write("fuzz_bundle", "empty.json", '{"format":"gongjian","schema":2,"street":"","records":[]}\n')
    write("fuzz_bundle", "limits.json", '{"format":"gongjian","schema":2,"street":"","records":[{"_id":"need/1","_id":"need/2","people_affected":9007199254740993,"x":' + "[" * 70 + "]" * 70 + "}]}")
    street = sets["street"]
    write("fuzz_documents", "settings-and-damaged", documents(records, street) + "\x1esettings/ui\n{\"_rev\":3,\"lang\":\"zh\"}\x1eneed/9999\n{\"_id\":\"need/9999\",\"schema\":2,")
    write("fuzz_documents", "newer-schema", documents(records, street) + "\x1eneed/1\n{\"_id\":\"need/1\",\"schema\":99}")

    # CSV: first byte 0 needs, 1 units, 2 volunteers.
    tables = {0: "needs", 1: "units", 2: "volunteers"}
    for sel, table in tables.items():
        src = Path(sys.argv[2] if len(sys.argv) > 2 else "/nonexistent") / f"{table}.csv"
        if not src.exists(): continue
        rows = src.read_text(encoding="utf-8-sig").splitlines()[:6]
        text = "\r\n".join(rows) + "\r\n"
        write("fuzz_csv_import", f"{table}-utf8.csv", bytes([sel]) + text.encode("utf-8"))
        write("fuzz_csv_import", f"{table}-bom.csv", bytes([sel]) + b"\xef\xbb\xbf" + text.encode("utf-8"))
        write("fuzz_csv_import", f"{table}-gb18030.csv", bytes([sel]) + text.encode("gb18030"))
    write("fuzz_csv_import", "needs-en-quoted.csv", b"\x00" + "external_id,community,description,people_affected,urgency,reported\n"
          'X1,新城社区,"楼道灯坏了，""急""\n三单元",12,5,2024年7月1日\nX2,community/1,=cmd|\' /C calc\'!A0,0,1,2024/7/1\n'.encode("utf-8"))

    # Calendar: title, place, start, end, community name, unit name, flags (cut at 0x1E).
    cal = [
        ["义诊进社区", "新城社区活动室", "2024-07-06T09:00:00+08:00", "2024-07-06T11:30:00+08:00", "新城社区", "名山区卫生健康局", "\x01\x03"],
        ["Legal aid; wills, debts \\ and \"leases\"\nbring ID", "Room 3, Block 2", "2024-07-06T01:00:00Z", "2024-07-06T03:00:00Z", "Chengdong", "Justice Bureau", "\x00\x01"],
        ["🎉" * 30 + "，" * 20, "茶都景苑" * 12, "2024-12-31T23:30:00-05:00", "2025-01-01T01:00:00-05:00", "城东社区", "单位" * 40, "\x01\x07"],
    ]
    for n, fields in enumerate(cal):
        write("fuzz_ical", f"activity-{n + 1}", "\x1e".join(fields))

    # Classifier: need descriptions of the demo, in Chinese, and a few in English and traditional characters.
    needs = [records[i]["text"] for i in by_type.get("need", []) if records[i].get("text")][:40:2]
    for n, text in enumerate(needs):
        write("fuzz_classifier", f"need-{n + 1:02}", text)
    for n, text in enumerate(["The stairwell lights are broken and elderly residents living alone fall at night",
                              "樓道燈壞了，獨居老人晚上摸黑", "ＷＩＦＩ　信号差，孩子上网课", "垃圾分类 垃圾 电动车进楼充电"]):
        write("fuzz_classifier", f"extra-{n + 1}", text)


if __name__ == "__main__":
    main()
