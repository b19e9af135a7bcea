"""What a copy of a PDF or Word file leaves inside pasted text: page numbers (``— 12 —``, ``第 5 页 共 30 页``),
the document's title repeated at the top of each page, and the page's width, at which lines end in mid-sentence.
Readers drop the first two and join lines across the third, as :mod:`plancompare.read.formats.pdf` does with a
PDF's own coordinates."""

from __future__ import annotations

import re

from plancompare.read.normalization import normalize, to_simplified, unspaced

__all__ = ["PAGE_NUMBER", "page_furniture", "page_width", "plain"]

#: a page number standing alone: between dashes, or 第N页 (共M页); a bare number may be a table's cell and is not one
PAGE_NUMBER = re.compile(r"\s*(?:[—–-]+\s*\d{1,4}\s*[—–-]+|第\s*\d{1,4}\s*页\s*(?:[,/]?\s*共\s*\d{1,4}\s*页)?"
                         r"|共\s*\d{1,4}\s*页\s*[,/]?\s*第\s*\d{1,4}\s*页)\s*")
#: a document's title on a line of its own: no sentence's punctuation, ending in the name of a kind of document
_TITLE = re.compile(r"[^,;。:、!?]{2,60}(?:规划|纲要|报告|公报|总结|方案|意见|计划|要点|通知|白皮书)(?:\s*\([^()]{1,20}\))?")
#: a heading's number (一、2023年工作总结 heads what follows it, on any page)
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[、.]|第[一二三四五六七八九十\d]+[章节篇部])")
#: a line that ends a statement, or a heading's colon
_ENDED = re.compile(r"[。;!?:]\s*$")


def plain(line: str) -> str:
    """A pasted line as the rules read it: normalised, without a PDF copy's letter-spacing, in Simplified script."""
    return to_simplified(unspaced(normalize(line))[0])


def page_furniture(lines: list[str]) -> set[int]:
    """Indexes of ``lines`` that a page, not the text, put there: page numbers, a title beside one (the running
    title of the page before's foot or the next page's head), and a title repeating an earlier line of the text
    inside a sentence a page broke (…参加城乡居民 / 2016年某省…统计公报 / 基本养老保险人数…)."""
    simple = [plain(line).strip() for line in lines]
    numbers = {i for i, s in enumerate(simple) if s and PAGE_NUMBER.fullmatch(s)}
    first = next((i for i, s in enumerate(simple) if s and i not in numbers), -1)  # the text's own title: kept
    found = set(numbers)
    for i in numbers:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(simple) and (not simple[j] or j in numbers):
                j += step
            if 0 <= j < len(simple) and j != first and _TITLE.fullmatch(simple[j]) and not _HEADING.match(simple[j]):
                found.add(j)
    seen = set()
    for i, s in enumerate(simple):
        if s in seen and _TITLE.fullmatch(s) and i > 0 and simple[i - 1] and not _ENDED.search(simple[i - 1]):
            found.add(i)
        seen.add(s)
    return found


def page_width(lines: list[str]) -> int:
    """The width in characters at which a copy broke its paragraphs' lines: the longest line's, when at least two
    lines run to within a fifth of it and it is a page's (20 characters or more); else 0, no page width."""
    widths = sorted((len(s) for s in (plain(line).strip() for line in lines) if s), reverse=True)
    if len(widths) < 2 or widths[0] < 20 or widths[1] < 0.8 * widths[0]:
        return 0
    return widths[0]
