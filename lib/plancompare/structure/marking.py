"""The passes that mark lines before the tree is built.

Each decides something about single lines from their text and place alone,
without the tree: web furniture (by pattern, then by place: among the page's
footer, or between two furniture lines), table regions, the title, blank lines,
the preamble's metadata and notice, the table of contents, numbered-heading
matches. A new line rule that needs no tree belongs here, as one more pass.
"""

from __future__ import annotations

import itertools
import re
from typing import Sequence

from plancompare.read.decoding import Line
from plancompare.structure.headings import _META, _NOTICE_TITLE, _find_title, is_heading_form, match_heading
from plancompare.structure.state import ParseState
from plancompare.structure.tables import find_tables, pipe_cells


def mark_furniture(state: ParseState) -> None:
    """Record web-page furniture (breadcrumbs, share buttons, site footer) first.

    Furniture is no part of the plan, so no later pass (tables, title, headings)
    may take one of its lines.
    """
    state.furniture_lines = {ln.no for ln in state.lines
                             if ln.text and any(p.match(ln.text) for p in state.furniture)}
    for n in state.furniture_lines:
        state.record(state.by_no[n], "furniture")


def mark_tables(state: ParseState) -> None:
    """Find the table regions (pipe and flattened tables, by their shape).

    Before the title and the headings, because table cells and captions look like
    short title or heading lines; they are recorded when the tree reaches them.
    """
    state.tables = find_tables(state.lines, skip=state.furniture_lines)
    state.table_of = {}
    for t in state.tables:
        for n in t.lines:
            state.table_of.setdefault(n, t)
    state.table_lines = set(state.table_of)


#: a line of the page's footer that no pattern knows is at most this long
FOOTER_LINE_MAX = 40


def mark_footer(state: ParseState) -> None:
    """Record as furniture the unknown short lines among the page's footer, after the plan has ended.

    The footer is the run of furniture, blank and short non-sentence lines that ends
    the file; from its first furniture line on (上一篇, 【打印】, 分享到, 主办单位 …),
    the plan has ended, so a line there that no pattern knows (a link title, an
    injected line) is the page's too. A plan's own closing lines (issuer, date)
    before that first furniture line stay the plan's.
    """
    tail: list[int] = []
    for ln in reversed(state.lines):
        short = len(ln.text) <= FOOTER_LINE_MAX and "。" not in ln.text and ln.no not in state.table_lines
        if not (ln.no in state.furniture_lines or not ln.text or short):
            break
        tail.append(ln.no)
    started = False
    for n in reversed(tail):
        started = started or n in state.furniture_lines
        if (started and n not in state.records and state.by_no[n].text and n not in state.title_lines
                and n not in state.toc_lines and n != state.notice_line):
            state.furniture_lines.add(n)
            state.record(state.by_no[n], "furniture")


def mark_between_furniture(state: ParseState) -> None:
    """Record as furniture a run of unknown short lines with furniture right before and after it.

    Inside the page's header or footer block (a date bar, then an injected line, then
    【字体】…) a line no pattern knows is the page's too. Only short lines without
    sentence punctuation that are neither numbered headings, a contents label nor
    table lines; blank lines are passed over.
    """
    lines = [ln for ln in state.lines if ln.text]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _unknown_short(state, lines[j]):
            j += 1
        if j > i and i > 0 and j < len(lines) and lines[i - 1].no in state.furniture_lines \
                and lines[j].no in state.furniture_lines:
            for ln in lines[i:j]:
                state.furniture_lines.add(ln.no)
                state.record(ln, "furniture")
        i = j + 1


def _unknown_short(state: ParseState, ln: Line) -> bool:
    t = ln.text
    return (ln.no not in state.records and ln.no not in state.table_lines and ln.no not in state.title_lines
            and ln.no not in state.toc_lines and ln.no != state.notice_line and len(t) <= FOOTER_LINE_MAX
            and not re.search(r"[。;;]", t) and match_heading(t) is None and not _TOC_LABEL.match(t))


def find_title(state: ParseState) -> None:
    """Find the plan's title line(s); it names the root, and the body starts after it.

    Uses the catalog's title when there is a catalog row; without a title the
    whole document is body and the plan is flagged ``title_not_found``.
    """
    root = state.tree.root
    state.title_lines = _find_title(state.lines, state.furniture_lines | state.table_lines, state.row)
    if not state.title_lines:
        state.flags.append("title_not_found")
    state.body_start = (state.title_lines[-1] + 1) if state.title_lines else 1
    if state.title_lines:
        root.title = "".join(state.by_no[n].text for n in state.title_lines)
        root.line_start = state.title_lines[0]
    elif state.row is not None:
        root.title = state.row.title


def mark_blank_lines(state: ParseState) -> None:
    """Record lines with no text, or nothing but pipes, as ``blank``.

    Empty pipe rows inside a table region (``| | | |`` around flattened rows, or a
    pipe table's empty first row) are left to the table, which records them.
    """
    for ln in state.lines:
        if (ln.no not in state.records and ln.no not in state.table_lines
                and (not ln.text or not ln.text.strip("| "))):
            state.record(ln, "blank")


def mark_preamble(state: ParseState) -> None:
    """Record the metadata before the title as ``meta``; note the notice's title line.

    Documents issued with a notice carry a document number, dates, the issuer
    and the notice title ("关于印发…的通知") before the plan's own title. Only
    the first notice title counts; the tree pass makes its section.
    """
    for ln in state.lines:
        if (ln.no >= state.body_start or ln.no in state.records or ln.no in state.title_lines
                or ln.no in state.table_lines):
            continue
        if any(p.search(ln.text) for p in _META) and len(ln.text) <= 60:
            state.record(ln, "meta")
        elif _NOTICE_TITLE.search(ln.text) and state.notice_line is None:
            state.notice_line = ln.no


_TOC_LABEL = re.compile(r"^[【\[]?\s*(目\s*录|目\s*次)\s*[】\]]?\s*[:：]?$")  # 目录, 目 录:, 【目录】
_NUMBERED_LEVELS = {"chapter", "part", "section", "cn"}


def mark_toc(state: ParseState) -> None:
    """Find a table of contents: heading lines listed before the body repeats them.

    Its entries (dot leaders and page numbers set aside, ``第一章 发展基础……1``) run
    while the lines look like headings (numbered, or short with no sentence
    punctuation) and stop where the body starts: a line that repeats an entry
    (spaces between characters set aside), or a heading with the style and number
    of the first numbered entry. The contents follow a 目录 line; where the scrape
    lost that label, a run of at least :data:`TOC_MIN_UNLABELLED` such lines whose
    first entry the body repeats right after the run is taken for one. The tree
    pass makes it one ``toc`` node; its lines are never headings.
    """
    lines = [ln for ln in state.lines if ln.text and ln.no not in state.records
             and ln.no not in state.table_lines and ln.no not in state.title_lines]
    label = next((i for i, ln in enumerate(lines) if _TOC_LABEL.match(ln.text)), None)
    memo: dict[int, tuple] = {}  # each line read as an entry once, however many runs reach it
    if label is not None:
        entries, _ = _toc_entries(lines, label + 1, memo)
        if len(entries) >= 2 or (entries and len(_SEVERAL.findall(state.by_no[entries[0]].text)) >= 2):
            state.toc_lines = [lines[label].no] + entries  # (one line may list them all)
        return
    for i in range(len(lines)):
        entries, repeats_first = _toc_entries(lines, i, memo)
        if len(entries) >= TOC_MIN_UNLABELLED and repeats_first:
            state.toc_lines, state.toc_title = entries, "目录"
            return


_SEVERAL = re.compile(r"第\s*[一二三四五六七八九十\d]+\s*(?:章|部分)|(?:^|\s)[一二三四五六七八九十]{1,3}、")
#: a table of contents without its 目录 label lists at least this many headings
TOC_MIN_UNLABELLED = 3
#: a contents entry (leader and page number set aside) is at most this long
HEADING_TITLE_MAX = 40


def _as_entry(ln: Line) -> tuple:
    """(heading match, key without spaces, whether it can be an entry) of a line read as a contents entry."""
    text = toc_entry_text(ln.text)
    h = match_heading(text)
    joined = [m.start() for m in _SEVERAL.finditer(text)]
    if len(joined) >= 2:  # several entries on one line: the first one numbers the contents
        first_entry = toc_entry_text(text[:joined[1]])
        h = match_heading(first_entry)
        text = first_entry if h is not None else text
    # an entry is a title only: never a heading run into its text
    entry_like = (h is not None and not h.body and len(text) <= HEADING_TITLE_MAX) or is_heading_form(text)
    return h, re.sub(r"\s", "", text), entry_like


def _toc_entries(lines: Sequence[Line], start: int, memo: dict[int, tuple] | None = None) -> tuple[list[int], bool]:
    """The contents entries from ``lines[start]`` on, and whether the line after them repeats the first
    entry's text (a contents without its label is known only by that). ``memo`` keeps each line's
    reading (:func:`_as_entry`, pure) across calls."""
    memo = {} if memo is None else memo
    entries: list[int] = []
    keys: list[str] = []
    first: tuple[str, str] | None = None  # the first numbered entry's style and number (第一章)
    for ln in itertools.islice(lines, start, None):  # not lines[start:]: a copy per start
        got = memo.get(ln.no)
        if got is None:
            got = memo[ln.no] = _as_entry(ln)
        h, key, entry_like = got
        same_number = h is not None and first == (h.style, h.number)
        if key in keys or same_number:
            return entries, key == keys[0]
        if not entry_like:
            break
        if h is not None and h.number and first is None:
            first = (h.style, h.number)
        keys.append(key)
        entries.append(ln.no)
    return entries, False


_LEADER = re.compile(r"\s*(?:[.…·•_]{2,}|[-—]{3,}|(?<=\S)\s{2,})\s*(?:\d{1,4}|[ivxlcIVXLC]{1,6})?\s*$|\s+\d{1,4}\s*$")


def toc_entry_text(text: str) -> str:
    """A table-of-contents line without its dot leader and page number (``第一章 发展基础……1``)."""
    return _LEADER.sub("", text).strip()


def match_headings(state: ParseState) -> None:
    """Match every body line against the numbered heading styles (第X章, 一、, (1), 专栏N …).

    All at once, before the tree, so that a rule can look ahead (a chapter
    without its 第X章 is known by the 第一节 after it). A run-in heading
    ("(一)发展基础。“十二五”期间…") is split here into its title and body.
    """
    toc = set(state.toc_lines)
    state.body_lines = [ln for ln in state.lines if ln.no >= state.body_start and ln.text
                        and ln.no not in state.furniture_lines and ln.no not in state.table_lines
                        and ln.no not in toc]
    state.matches = {ln.no: match_heading(strip_pipes(ln.text)) for ln in state.body_lines}
    state.unnumbered = not any(h is not None and h.style in _NUMBERED_LEVELS for h in state.matches.values())


def strip_pipes(text: str) -> str:
    """Text of a line laid out with pipes but holding one cell ("专栏3 促进就业项目 |")."""
    if "|" not in text:
        return text
    cells = pipe_cells(text)
    return " ".join(cells) if len(cells) <= 1 else text
