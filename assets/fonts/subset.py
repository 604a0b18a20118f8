#!/usr/bin/python3
"""Makes NotoSansCJKsc-subset.otf, the CJK font Parley embeds.

    python3 subset.py NotoSansCJK-Regular.ttc FYNE_FONT_DIR

NotoSansCJK-Regular.ttc is Noto Sans CJK 2.004 (Debian's fonts-noto-cjk,
/usr/share/fonts/opentype/noto/); FYNE_FONT_DIR is the theme/font folder of
the Fyne module in go.mod. Needs fontTools (Debian: fonttools).

What goes in: the hanzi and symbols of GB 2312 (simplified Chinese), CJK
punctuation and full-width forms, minus every character one of Fyne's own
fonts draws (those come before this font, so it must not change them), plus
the white space characters: the shaper gives a space between two Chinese
words the face of the words. The spaces get Noto Sans's advance and the
font gets Noto Sans's line metrics, so that a line measures the same
whether its spaces resolve here or in Noto Sans.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SC = 2  # Noto Sans CJK SC in the collection


def gb2312():
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return out


SPACES = {0x20, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F}
IGNORABLE = {*range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF}


def main(ttc, fyne_dir):
    noto = TTFont(fyne_dir + "/NotoSans-Regular.ttf")
    earlier = set()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "EmojiOneColor.otf", "InterSymbols-Regular.ttf"):
        earlier |= set(TTFont(fyne_dir + "/" + name).getBestCmap())
    want = (gb2312() | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))) - earlier
    want |= SPACES | IGNORABLE

    font = TTCollection(ttc).fonts[SC]
    want &= set(font.getBestCmap())
    opts = subset.Options()
    opts.layout_features = ["ccmp", "kern", "liga", "calt", "clig", "mark", "mkmk", "rlig"]
    opts.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(want))
    sub.subset(font)

    # Noto Sans's line metrics and space widths (both have 1000 units per em).
    assert font["head"].unitsPerEm == noto["head"].unitsPerEm
    for t, f in (("hhea", ("ascent", "descent", "lineGap")),):
        for a in f:
            setattr(font[t], a, getattr(noto[t], a))
    for a in ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent", "usWinDescent"):
        setattr(font["OS/2"], a, getattr(noto["OS/2"], a))
    cmap, ncmap = font.getBestCmap(), noto.getBestCmap()
    for r in SPACES | IGNORABLE:
        if r in cmap:
            lsb = font["hmtx"][cmap[r]][1]
            adv = noto["hmtx"][ncmap[r]][0] if r in ncmap else (0 if r in IGNORABLE else font["hmtx"][cmap[r]][0])
            font["hmtx"][cmap[r]] = (adv, lsb)
    font.save("NotoSansCJKsc-subset.otf")
    print(len(want), "characters,", font["maxp"].numGlyphs, "glyphs")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
