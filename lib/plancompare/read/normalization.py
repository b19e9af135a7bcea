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

A line some PDF extractors spaced out character by character (``城 镇 新 增 就 业``) is
told by :func:`letter_spaced`; readers drop its spaces where they separate nothing.
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


_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACED = re.compile(rf"[{_CJK}](?= [^ ])")
#: a space inside a letter-spaced line that separates nothing: not between two Latin letters or digits
_INNER_SPACE = re.compile(r"(?<![0-9A-Za-z]) (?=\S)|(?<=\S) (?![0-9A-Za-z])")


def letter_spaced(text: str) -> bool:
    """Whether a normalised line is spaced out character by character (城 镇 新 增 就 业 1.36 万 人), as some PDF
    extractors leave a page: most of its Chinese characters are followed by a space."""
    cjk = len(re.findall(rf"[{_CJK}]", text))
    return cjk >= 4 and len(_SPACED.findall(text)) >= 0.7 * cjk


def unspaced(text: str) -> tuple[str, list[int]]:
    """A letter-spaced line (:func:`letter_spaced`) without the spaces that separate nothing (城 镇 新 增 就 业 1.36
    万 人 → 城镇新增就业1.36万人; a space between two digits or letters stays), and for each character kept its place
    in ``text``; any other line as it is."""
    if not letter_spaced(text):
        return text, list(range(len(text)))
    kept = [i for i, ch in enumerate(text) if ch != " " or not _INNER_SPACE.match(text, i)]
    return "".join(text[i] for i in kept), kept
