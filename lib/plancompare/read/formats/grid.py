"""A table of a published document (HTML, Word, PDF) as ledger lines: one pipe row per table row.

Every format hands over its table as a grid: one list per row with one :class:`GridCell` per
column, merged cells already expanded (a cell spanning two rows or columns stands in each of
them, with the same ``origin``). :func:`table_lines` writes the grid as the pipe rows the
text tables use (``| 就业 | 城镇新增就业人数 | 万人 | 3.6 | 〔18〕 | 预期性 |``), so the table
reader downstream takes role and year from the header and each value from its own cell:

* a row that is one cell across the whole table is a caption when it comes first, a ``注:``
  note when it says so (written as plain lines, as a text table's caption and notes are), and a
  category row (``| 一、就业 |``) otherwise;
* header rows stacked above the first row of values (a merged ``“十四五”目标`` over ``2025年``)
  are joined column by column into one header row (``“十四五”目标2025年``; a ``年均/累计``
  label stays as it is: it names the plan period's column);
* rows without text are left out; a ``|`` inside a cell is written ``/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Hashable, Sequence

#: a cell holding only a value (12.5, 〔5〕, <5.5, ≥95%, 5左右): a row with one is not a header row
_VALUE = re.compile(r"^[\[〔(<>≤≥=~约+\-]*\d+(?:\.\d+)?[\]〕)%‰]*(?:左右|以上|以下|以内)?$")
#: a header label that says a column holds whole-period figures; it stands for itself
_PERIOD_LABEL = re.compile(r"^(年均|累计)([/或](年均|累计))?$")
_NOTE = re.compile(r"^(注|说明|备注|资料来源)\s*[:：\d]")
_WORD_END = re.compile(r"[A-Za-z]$")
_WORD_START = re.compile(r"^[A-Za-z]")


@dataclass(frozen=True)
class GridCell:
    """One position of an expanded table: its text and the merged cell it belongs to."""

    text: str
    origin: Hashable


def join_parts(parts: Sequence[str]) -> str:
    """Join the lines of a cell, or of a paragraph wrapped by a page: with a space between two
    Latin words only (Chinese text, and a number wrapped in a narrow cell, join without one)."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and _WORD_END.search(out) and _WORD_START.search(part):
            out += " "
        out += part
    return out


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text.replace(" ", "")))


def _full_width(row: Sequence[GridCell]) -> bool:
    return len(row) > 1 and len({c.origin for c in row}) == 1


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ").strip()


def _pipe(texts: Sequence[str]) -> str:
    return "| " + " | ".join(_cell(t) for t in texts) + " |"


def _merged_header(rows: Sequence[Sequence[GridCell]]) -> list[str]:
    """Stacked header rows joined column by column, each merged cell's text once."""
    width = max(len(r) for r in rows)
    out = []
    for j in range(width):
        seen: list[str] = []
        for r in rows:
            t = _cell(r[j].text) if j < len(r) else ""
            if t and t not in seen:
                seen.append(t)
        out.append(seen[-1] if seen and _PERIOD_LABEL.match(seen[-1]) else "".join(seen))
    return out


def table_lines(grid: Sequence[Sequence[GridCell]], locators: Sequence[str]) -> list[tuple[str, str]]:
    """The ledger lines ``(text, locator)`` of an expanded table (see the module docstring).

    ``locators[i]`` says where row ``i`` is in the original (an element path, a row index).
    """
    rows = [(r, loc) for r, loc in zip(grid, locators) if any(c.text.strip() for c in r)]
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(rows) and _full_width(rows[i][0]):  # captions written into the table
        out.append((_cell(rows[i][0][0].text), rows[i][1]))
        i += 1
    end = len(rows)
    while end > i and _full_width(rows[end - 1][0]) and _NOTE.match(_cell(rows[end - 1][0][0].text)):
        end -= 1
    h = i
    while h < end and not _full_width(rows[h][0]) and not any(_is_value(c.text) for c in rows[h][0]):
        h += 1
    if h - i > 1 and h < end:  # stacked header rows above the values: one header line
        out.append((_pipe(_merged_header([r for r, _ in rows[i:h]])), rows[i][1]))
        i = h
    for row, loc in rows[i:end]:
        out.append((_pipe([row[0].text]) if _full_width(row) else _pipe([c.text for c in row]), loc))
    for row, loc in rows[end:]:
        out.append((_cell(row[0].text), loc))
    return out
