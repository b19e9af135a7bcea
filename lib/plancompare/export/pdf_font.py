"""PDFs whose embedded Chinese font is what it says it is.

The bundled Noto Sans SC has CFF (PostScript) outlines, which matplotlib embeds
in PDFs declared as a TrueType font: poppler warns "Mismatch between font type
and embedded font file" and preflight checks reject the file. For a PDF, the
characters a figure uses are cut out of the font (fontTools subsetting) and their
outlines converted to TrueType quadratics (fontTools cu2qu, error under 1/1000 em),
so that the embedded font is a real TrueType font; PNG and SVG keep the original.
The subset is a function of the font and the characters, so the PDF is the same
on every machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from pathlib import Path
from typing import Iterator

_SUFFIX = " TT"
#: characters every subset keeps (labels made while saving: ticks, offsets, minus signs)
_ALWAYS = "".join(chr(c) for c in range(0x20, 0x7F)) + "−–—·×÷±≤≥≈°%‰²³“”‘’、。,:;()《》【】〔〕"


def _to_truetype(font) -> None:
    """Replace a font's CFF outlines by TrueType ones (after fontTools' otf2ttf snippet)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width = hmtx.metrics[name][0]
        hmtx.metrics[name] = (width, getattr(glyph, "xMin", 0) if glyph.numberOfContours else 0)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 3.0, [], {}, order
    font.sfntVersion = "\000\001\000\000"


def _rename(font, family: str) -> None:
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = family.replace(" ", "")


def truetype_subset(otf: str | Path, chars: set[str], folder: Path) -> tuple[Path, str]:
    """A TrueType-outline subset of ``otf`` with ``chars`` (file, family name); cached by content."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    otf = Path(otf)
    text = "".join(sorted(chars))
    digest = hashlib.sha256(otf.read_bytes() + text.encode("utf-8")).hexdigest()[:16]
    family = TTFont(otf, lazy=True)["name"].getDebugName(1) + _SUFFIX + " " + digest
    out = folder / f"{digest}.ttf"
    if not out.exists():
        font = TTFont(otf, recalcTimestamp=False)  # the font's dates stay the original's: reproducible bytes
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(text=text)
        sub.subset(font)
        _to_truetype(font)
        _rename(font, family)
        font.save(out)
    return out, family


@contextlib.contextmanager
def truetype_text(fig, otf: str | Path, family: str) -> Iterator[None]:
    """Draw ``fig``'s text set in ``family`` (the CFF font ``otf``) with a TrueType subset instead,
    for the duration of the block (while a PDF is saved)."""
    import matplotlib as mpl
    from matplotlib import font_manager
    from matplotlib.text import Text

    fig.draw_without_rendering()  # creates the tick labels, so that their characters are known
    texts = [t for t in fig.findobj(Text) if t.get_text()]
    chars = {c for t in texts for c in t.get_text()} | set(_ALWAYS)
    with tempfile.TemporaryDirectory(prefix="plancompare-font-") as tmp:
        path, tt_family = truetype_subset(otf, chars, Path(tmp))
        font_manager.fontManager.addfont(str(path))
        saved = []
        for t in texts:  # text set in the family by name; text in "sans-serif" follows the rcParams below
            families = list(t.get_fontfamily())
            if family in families:
                saved.append((t, families))
                t.set_fontfamily([tt_family if f == family else f for f in families])
        swap = {key: [tt_family if f == family else f for f in mpl.rcParams[key]]
                for key in ("font.sans-serif", "font.serif", "font.family")}
        try:
            with mpl.rc_context(swap):
                yield
        finally:
            for t, families in saved:
                t.set_fontfamily(families)
            font_manager.fontManager.ttflist = [f for f in font_manager.fontManager.ttflist
                                                if f.fname != str(path)]
            font_manager._get_font.cache_clear()
