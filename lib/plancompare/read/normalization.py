"""Reading raw plan files: decoding, line splitting and normalisation.

Raw files are never modified. Every line keeps its 1-based line number in the
raw file (``Line.no``); the normalised text (``Line.text``) is what the parsers
see. Normalisation folds what scrapes and reposts vary in without changing the
meaning:

* non-breaking, ideographic and other odd spaces become ASCII spaces, runs of
  whitespace collapse to one, and the line is stripped;
* full-width ASCII forms (``１２．５％``, ``（一）``, ``：``) become ASCII;
* HTML character references left by a scrape (``&nbsp;``, ``&amp;``) are decoded;
* zero-width characters and byte-order marks are removed;
* Traditional characters are converted to Simplified with OpenCC (``t2s``);
  the raw text stays available through ``Line.raw``.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# zero-width characters, and control characters other than tab (invisible scrape debris that
# spreadsheets refuse)
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Full-width ASCII forms U+FF01..U+FF5E map to U+0021..U+007E.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported on first use: a few ms, but not needed by `import plancompare`

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese characters to Simplified (OpenCC ``t2s``)."""
    return _t2s().convert(text)


def normalize(text: str) -> str:
    """Normalise one line of text (see the module docstring). Pure function."""
    if "&" in text:
        text = html.unescape(text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.translate(_FULLWIDTH)
    text = _SPACES.sub(" ", text).strip()
    return unicodedata.normalize("NFC", text)
