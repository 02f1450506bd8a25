#!/usr/bin/python3
"""Cut the UI font down to what the app can show: ASCII, GB2312 (every common simplified character,
so residents' needs typed with an input method render) and every character used in assets/.
Usage: subset_font.py SOURCE_FONT ASSET_DIR OUT_TTF"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


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


def main():
    source, asset_dir, out = sys.argv[1:4]
    chars = {chr(c) for c in range(0x20, 0x7F)} | gb2312_chars() | asset_chars(asset_dir)
    chars |= set("，。、；：？！“”‘’（）《》【】…—·￥％")
    font = TTFont(source, fontNumber=0, lazy=False)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(c for c in chars if c.isprintable())))
    subsetter.subset(font)
    pathlib.Path(out).parent.mkdir(parents=True, exist_ok=True)
    font.save(out)


if __name__ == "__main__":
    main()
