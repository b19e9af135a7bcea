"""Lines a pasted text broke in the middle of a sentence (copied from a PDF or a web page): joined again
before the text is read, so that 分别为\\n286.4万人、92.3万人 or 48.\\n63万人 is one statement. Page numbers
between the parts (— 7 —) are dropped. Table rows, headers and titles on lines of their own stay apart."""

from __future__ import annotations

import re

from plancompare.read.normalization import normalize, to_simplified

__all__ = ["join_wrapped"]

#: a page number a PDF copy leaves between the parts of a sentence
_PAGE_NUMBER = re.compile(r"\s*[—–-]*\s*\d{1,3}\s*[—–-]*\s*")
#: the end of a line that cannot end a statement: a comma, an open bracket or quote, a number cut in two
_OPEN_END = re.compile(r"(?:[,、(“万亿]|\d\.|(?<=[\u4e00-\u9fff])(?:为|在|达|达到|到|至|分别为|依次为|是))\s*$")
#: the start of a line that cannot start a statement: a number's rest, a unit, closing punctuation
_CONTINUING_START = re.compile(r"\s*(?:\d|[,、。;)”%]|万人|人次|人|万|亿)")

#: a list's lead whose values follow one per line (…依次为:), and such a value
_LIST_LEAD = re.compile(r"(?:分别|依次)(?:为|是)\s*:(?:\s*[\d.]+\s*(?:万人次|万人|亿人|人次|人|%|万|亿)?(?:以上|以内|左右)?、)*"
                        r"\s*[\d.]+?[^,;。]*$|(?:分别|依次)(?:为|是)\s*:\s*$")
_BARE = re.compile(r"\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\d.]+)\s*(?:万人次|万人|亿人|人次|人|%|万|亿)?\s*(?:以上|以内|左右)?\s*[。;]?\s*")


def join_wrapped(raw_lines: list[str], apart: set[int]) -> list[tuple[int, str]]:
    """(first line number, text) of each statement; ``apart``: numbers (from 1) of lines that stay on their
    own (a table's rows, headers, titles)."""
    out: list[tuple[int, str]] = []
    joinable = False
    i = 0
    while i < len(raw_lines):
        n, raw = i + 1, raw_lines[i]
        nxt = i + 1
        page = nxt < len(raw_lines) and _PAGE_NUMBER.fullmatch(raw_lines[nxt]) and raw_lines[nxt].strip() != ""
        named = bool(out) and n not in apart and out[-1][0] not in apart and _BARE.fullmatch(_simple(raw)) is not None \
            and re.fullmatch(r"\s*[\u4e00-\u9fff“”()]{2,30}\s*", _simple(out[-1][1])) is not None  # 城镇新增就业 / 3,286人
        listing = named or bool(out) and _LIST_LEAD.search(_simple(out[-1][1])) is not None and _BARE.fullmatch(_simple(raw))
        if listing:  # 依次为: / 1.32万人 / 2.86%: the list's values, one per line
            out[-1] = (out[-1][0], out[-1][1].rstrip() + ("" if named or out[-1][1].rstrip().endswith(("：", ":")) else "、")
                       + raw.strip())
        elif joinable and out and n not in apart and raw.strip() and _CONTINUING_START.match(_simple(raw)):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + raw.strip())
        else:
            out.append((n, raw))
        joinable = n not in apart and bool(_OPEN_END.search(_simple(out[-1][1]))) and \
            not re.search(r"[。;!?]\s*$", _simple(out[-1][1]))
        i += 2 if page and joinable and nxt + 1 not in apart else 1
    return out


def _simple(text: str) -> str:
    return to_simplified(normalize(text))
