"""The pass that builds the heading tree, line by line in reading order.

It is one walk because where a line goes depends on the lines before it (the
open chapter, an open 专栏 box). Each line the marking passes left unrecorded
goes to the first of :data:`LINE_RULES` that takes it; a heading line is known by
the first of :data:`HEADING_RULES` that finds a heading in it. A new kind of
line or heading is one more rule in these lists. Paragraph texts are only noted
here; :func:`plancompare.structure.finishing.assign_paragraphs` makes them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Callable, Sequence

from plancompare.read.decoding import Line
from plancompare.structure.headings import _Heading, _is_title_like, is_heading_form, match_heading
from plancompare.structure.marking import strip_pipes
from plancompare.structure.numbering import cn_to_int, int_to_cn
from plancompare.structure.state import ParseState


def build_tree(state: ParseState) -> None:
    """Walk the unrecorded lines in order; the first line rule that takes a line records it."""
    for ln in state.lines:
        if ln.no in state.records:
            continue
        for rule in LINE_RULES:
            if rule(state, ln):
                break


# ---- line rules: each takes a line (records it and returns True) or leaves it ----------------

def title_line(state: ParseState, ln: Line) -> bool:
    """A title line belongs to the root and closes whatever the preamble opened."""
    if ln.no not in state.title_lines:
        return False
    state.tree.reopen()
    state.record(ln, "title", state.tree.root)
    return True


def table_line(state: ParseState, ln: Line) -> bool:
    """The first line of a table the walk meets places the whole table; its other lines are recorded then.

    A table captioned "专栏N …" opens that box (which then holds the table and the
    text after it); any other table goes under the open section.
    """
    region = state.table_of.get(ln.no)
    if region is None:
        return False
    placed = next((sec for sec, r in state.placed_tables if r is region), None)
    if placed is not None:  # a line no pass recorded when the table was placed
        state.record(ln, "table", placed)
        return True
    tree = state.tree
    parent, box = tree.top, None
    if region.caption_line is not None and re.match(r"^专栏\s*\d+", region.caption):
        box = tree.place(match_heading(region.caption) or _Heading("box", "", region.caption, ""))
        box.line_start = region.caption_line
        state.record(state.by_no[region.caption_line], "heading", box)
        parent = box
    table = tree.new_section("table", "table", "", region.caption if box is None else
                             (box.title or region.caption), 0, parent)
    cells = [n for n in region.lines if not (box is not None and n == region.caption_line)]
    table.line_start = cells[0] if cells else region.start
    for n in cells:
        if state.table_of.get(n) is region:
            state.record(state.by_no[n], "table", table)
    if box is not None:
        box.state = "content"
    state.placed_tables.append((table, region))
    return True


def toc_line(state: ParseState, ln: Line) -> bool:
    """The table of contents is one ``toc`` node under the root; its entries are not headings."""
    if ln.no not in state.toc_lines:
        return False
    tree = state.tree
    if ln.no == state.toc_lines[0]:
        toc = tree.new_section("toc", "toc", "", state.toc_title or ln.text.replace(" ", ""), ln.no, tree.root)
        tree.reopen()
    else:
        toc = state.records[state.toc_lines[0]].section
    state.record(ln, "toc", toc)
    return True


def preamble_line(state: ParseState, ln: Line) -> bool:
    """Before the title: the notice title opens the notice, other lines are its text.

    A line before the notice's title (or before the plan's title on a page with no
    notice) that is neither metadata nor a table is the page's (a site banner, an
    injected line the patterns do not know): recorded as furniture, never a paragraph.
    """
    if ln.no >= state.body_start:
        return False
    if state.notice_line is None or ln.no < state.notice_line:
        state.record(ln, "furniture")
        return True
    tree = state.tree
    if ln.no == state.notice_line:
        notice = tree.new_section("notice", "notice", "", ln.text, ln.no, tree.root)
        tree.reopen(notice)
        state.record(ln, "heading", notice)
        return True
    state.record(ln, "paragraph", tree.top)
    state.paragraph_text[ln.no] = strip_pipes(ln.text)
    return True


def heading_line(state: ParseState, ln: Line) -> bool:
    """A heading opens its section; a run-in heading's body becomes the section's first paragraph."""
    h = _find_heading(state, ln)
    if h is None:
        return False
    sec = state.tree.place(h)
    sec.line_start = ln.no
    if sec.kind == "chapter":
        n = cn_to_int(h.number) if h.number else None
        if n is not None and n in state.chapters_seen:
            sec.flags.append("duplicate_number")
            state.flags.append(f"duplicate_chapter_number: {sec.number} (line {ln.no})")
        if n is not None:
            state.chapters_seen.append(n)
    if h.style in ("chapter_unnumbered", "section_unnumbered"):
        sec.flags.append("heading_inferred")
    state.record(ln, "heading", sec)
    if h.body:
        state.paragraph_text[ln.no] = h.body
    return True


def paragraph_line(state: ParseState, ln: Line) -> bool:
    """Any other line is running text of the open section (it may end an open box)."""
    sec = state.tree.paragraph_section(ln.text)
    state.record(ln, "paragraph", sec)
    state.paragraph_text[ln.no] = strip_pipes(ln.text)
    return True


LineRule = Callable[[ParseState, Line], bool]
#: in order; the last takes every line
LINE_RULES: tuple[LineRule, ...] = (title_line, table_line, toc_line, preamble_line, heading_line,
                                     paragraph_line)


# ---- heading rules: each finds a heading in a body line, or None ------------------------------

def numbered_heading(state: ParseState, ln: Line, clean: str) -> _Heading | None:
    """A heading by its numbering (matched by :func:`plancompare.structure.marking.match_headings`)."""
    return state.matches.get(ln.no)


def inferred_chapter(state: ParseState, ln: Line, clean: str) -> _Heading | None:
    """A chapter whose "第X章" prefix was lost in a scrape, numbered after the previous chapter.

    Known by its place: a short title-like line, after some chapter, followed by a 第一节.
    """
    if (_is_title_like(clean) and state.chapters_seen
            and _next_is_first_section(ln.no, state.body_lines, state.matches)):
        return _Heading("chapter_inferred", int_to_cn(state.chapters_seen[-1] + 1), clean, "")
    return None


#: titles that stand for a chapter of a plan even when text follows them directly (an unnumbered
#: chapter with no sections); any other such line inside an open chapter is a section
CHAPTER_TITLES = frozenset({
    "发展基础", "发展环境", "发展形势", "面临形势", "发展基础和面临形势", "总体要求", "总体思路",
    "主要任务", "重点任务", "保障措施", "实施保障", "组织实施", "规划实施", "保障机制"})


def unnumbered_heading(state: ParseState, ln: Line, clean: str) -> _Heading | None:
    """In a body with no numbered chapters or sections, a heading known by its form and place.

    A short line without punctuation (:func:`is_heading_form`) followed by running
    text is a section of the open chapter (a chapter when none is open, or when its
    title is one of :data:`CHAPTER_TITLES`); followed by another such line, it is a
    chapter. Flagged ``heading_inferred`` when placed.
    """
    if not state.unnumbered or not is_heading_form(clean) or state.matches.get(ln.no) is not None:
        return None
    nxt = _next_body_lines(ln.no, state.body_lines, 2)
    if not nxt or not (_is_running_text(nxt[0].text) or (
            is_heading_form(nxt[0].text) and len(nxt) > 1 and _is_running_text(nxt[1].text))):
        return None
    chapter_open = len(state.tree.stack) > 1 and state.tree.stack[1].kind == "chapter"
    if is_heading_form(nxt[0].text) or not chapter_open or clean.replace(" ", "") in CHAPTER_TITLES:
        return _Heading("chapter_unnumbered", "", clean, "")
    return _Heading("section_unnumbered", "", clean, "")


HeadingRule = Callable[[ParseState, Line, str], _Heading | None]
#: in order; the first heading found wins
HEADING_RULES: tuple[HeadingRule, ...] = (numbered_heading, inferred_chapter, unnumbered_heading)


def _is_running_text(text: str) -> bool:
    return len(text) > 25 or text.rstrip().endswith(("。", ";", "；"))


def _next_body_lines(no: int, body_lines: Sequence[Line], n: int) -> list[Line]:
    """The ``n`` body lines after line ``no``."""
    start = bisect.bisect_right(body_lines, no, key=lambda ln: ln.no)
    return list(itertools.islice(body_lines, start, start + n))


def _find_heading(state: ParseState, ln: Line) -> _Heading | None:
    """The heading the first of :data:`HEADING_RULES` finds in a line (its pipes stripped)."""
    clean = strip_pipes(ln.text)
    for rule in HEADING_RULES:
        h = rule(state, ln, clean)
        if h is not None:
            return h
    return None


def _next_is_first_section(no: int, body_lines: Sequence[Line], matches: dict) -> bool:
    """True when the next heading after line ``no`` is 第一节 (within a few lines)."""
    seen = 0
    start = bisect.bisect_right(body_lines, no, key=lambda ln: ln.no)  # body lines are in raw order
    for ln in itertools.islice(body_lines, start, None):
        h = matches.get(ln.no)
        if h is not None and h.style in ("section", "chapter", "part"):
            return h.style == "section" and cn_to_int(h.number) == 1
        seen += 1
        if seen > 6:
            return False
    return False
