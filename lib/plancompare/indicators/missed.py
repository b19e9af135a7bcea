"""What a plan states that the build may have missed, for a person to check.

Nothing is lost silently: after the build, every plan is searched for

* **unread mentions**: a sentence of running text naming a catalog indicator with a
  number after it, where no value of that indicator was read from that line;
* **table lines without a value**: lines inside a table, or laid out like a table row
  (several numbers separated by spaces, tabs or pipes), that gave no value;
* **heading-like lines**: short numbered lines (第三章 …, 二、…, (一)…, 1. …) without
  final punctuation that did not become headings.

Each finding names the plan, the raw line and its text; ``qa_report.md`` lists them
and ``plans.csv`` counts them (column ``to_check``). They are hints, not errors:
a change (比上年增加…) or a count of something else is reported too.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from plancompare.indicators.catalog import IndicatorCatalog, load_catalog

if TYPE_CHECKING:  # pandas is imported where it is used
    import pandas as pd

_SENTENCE = re.compile(r"[^。;!?]+")
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分]|[一二三四五六七八九十]+[、.]|"
                       r"\([一二三四五六七八九十\d]+\)|\d{1,2}[.、](?!\d))")
_ROW_LIKE = re.compile(r"\S+(?:[ \t|]+[\[〔(<>≤≥~约]*\d+(?:\.\d+)?[\]〕)%]*){2,}")
NEAR = 16  # characters between an indicator's name and a number that count as "next to"


@functools.lru_cache(maxsize=4)
def _names(catalog: IndicatorCatalog) -> re.Pattern:
    names = sorted({n for ind in catalog for n in (ind.name_zh, *ind.synonyms) if ind.unit},
                   key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in names))


def _values_on(indicators: "pd.DataFrame") -> dict[tuple[str, int], set[str]]:
    read: dict[tuple[str, int], set[str]] = {}
    for plan, line, ind in zip(indicators["plan_id"], indicators["source_line"], indicators["indicator_id"]):
        read.setdefault((plan, int(line)), set()).add(ind)
    return read


def _unread_mentions(plan: str, line: int, text: str, read: set[str], catalog: IndicatorCatalog) -> list[dict]:
    out = []
    for sentence in _SENTENCE.findall(text):
        for m in _names(catalog).finditer(sentence):
            ind = catalog.match(m.group(0))
            near = sentence[m.end():m.end() + NEAR]
            nums = [n for n in _NUMBER.findall(near) if not _YEAR.fullmatch(n)]
            if ind and nums and ind not in read:
                out.append({"check": "unread_mention", "plan_id": plan, "indicator": ind, "lines": str(line),
                            "detail": sentence.strip()[:80]})
                read = read | {ind}  # once per indicator and line
    return out


def _cell_values(text: str) -> str:
    """A table line without what is not a value: a note, a caption's number (表1, 专栏2), a row number,
    a unit in brackets."""
    if re.match(r"^\s*注", text):
        return ""
    return re.sub(r"^\s*(?:附?表|专栏)\s*\d{1,2}|^\s*\d{1,2}(?=\D)|[(（][^)）]*[)）]?", "", text)


def _numbers(text: str) -> list[str]:
    return [n for n in _NUMBER.findall(text) if not _YEAR.fullmatch(n)]


def missed_findings(lines: "pd.DataFrame", indicators: "pd.DataFrame",
                    catalog: IndicatorCatalog | None = None) -> list[dict]:
    """The findings of every plan (see the module docstring), in plan and line order."""
    catalog = catalog or load_catalog()
    read = _values_on(indicators)
    out: list[dict] = []
    for plan, line, kind, text in zip(lines["plan_id"], lines["source_line"], lines["kind"], lines["text"]):
        line, text = int(line), str(text)
        got = read.get((plan, line), set())
        if kind == "paragraph":
            out += _unread_mentions(plan, line, text, got, catalog)
            if _ROW_LIKE.fullmatch(text.strip()) and not got:
                out.append({"check": "table_line_without_value", "plan_id": plan, "indicator": "",
                            "lines": str(line), "detail": "laid out like a table row: " + text[:80]})
            elif len(text) <= 30 and _NUMBERED.match(text) and not re.search(r"[。;!?,:]$", text):
                out.append({"check": "heading_like_line", "plan_id": plan, "indicator": "", "lines": str(line),
                            "detail": text[:80]})
        elif kind == "table" and not got and _numbers(_cell_values(text)):
            out.append({"check": "table_line_without_value", "plan_id": plan, "indicator": "",
                        "lines": str(line), "detail": text[:80]})
    return out


TITLES = {
    "unread_mention": "Sentences naming an indicator next to a number that gave no value of it",
    "table_line_without_value": "Table lines (or lines laid out like table rows) that gave no value",
    "heading_like_line": "Numbered heading-like lines that did not become headings",
}


def to_check(plan_ids, findings: list[dict]) -> list[str]:
    """The ``to_check`` column of plans.csv: per plan, what to look at, counted (details in the QA report)."""
    from collections import Counter

    counts = Counter((f["plan_id"], f["check"]) for f in findings)
    words = {"unread_mention": "unread mention(s)", "table_line_without_value": "table line(s) without a value",
             "heading_like_line": "heading-like line(s)"}
    return ["; ".join(f"{counts[(p, k)]} {w}" for k, w in words.items() if counts[(p, k)]) for p in plan_ids]
