#!/usr/bin/python3
"""Cut the UI font down to what the app can show: ASCII, GB2312 (every common simplified character,
so residents' needs typed with an input method render) and every character used in assets/.
With FALLBACK_TTF, also write the rest of the source font's CJK characters (rare surnames, traditional
forms) as a second font: the browser fetches it only when a character missing from OUT_TTF must render,
so it is not part of the first visit; the desktop program reads it from disk.
Usage: subset_font.py SOURCE_FONT ASSET_DIR OUT_TTF [FALLBACK_TTF]"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# Blocks the fallback covers (BMP only: ImGui 1.86 stores 16-bit characters).
CJK_BLOCKS = [(0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3100, 0x312F), (0x31A0, 0x31BF), (0x3200, 0x33FF),
              (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF)]


def gb2312_chars():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def asset_chars(asset_dir):
    chars = set()
    for path in sorted(pathlib.Path(asset_dir).rglob("*")):
        if path.suffix in (".json", ".txt", ".csv", ".md"):
            chars.update(path.read_text(encoding="utf-8"))
    return chars


def cut(source, text, out):
    font = TTFont(source, fontNumber=0, lazy=False)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # the same input gives the same bytes
    font.save(out)


def main():
    source, asset_dir, out = sys.argv[1:4]
    chars = {chr(c) for c in range(0x20, 0x7F)} | gb2312_chars() | asset_chars(asset_dir)
    chars |= set("，。、；：？！“”‘’（）《》【】…—·￥％")
    main_text = "".join(sorted(c for c in chars if c.isprintable()))
    cut(source, main_text, out)
    if len(sys.argv) > 4:
        cmap = TTFont(source, fontNumber=0).getBestCmap()
        rest = sorted(chr(c) for c in cmap if any(lo <= c <= hi for lo, hi in CJK_BLOCKS) and chr(c) not in main_text)
        cut(source, "".join(rest), sys.argv[4])


if __name__ == "__main__":
    main()
