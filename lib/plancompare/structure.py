"""Parsing a plan's lines into a heading tree, paragraphs and a line ledger.

Every non-blank raw line ends up with exactly one ``kind`` in the line ledger:

``furniture``  web-page furniture (breadcrumbs, share buttons, site footer);
``meta``       document metadata before the plan title (document number, dates,
               issuer, index number, disclosure note);
``title``      the plan's title line(s);
``heading``    a heading (第X章, 第X节, 一、, (一), 1., (1), 专栏N, ——lead-in,
               an appendix such as 指标解释, a notice title); when the heading
               runs into its text on the same line ("(一)发展基础。“十二五”期间…")
               the line also holds a paragraph with the text after the title;
``table``      a table row, cell, caption or note (see :mod:`plancompare.tables`);
``paragraph``  running text.

Headings nest by their numbering style, in the order the styles first appear
(the way the documents themselves nest them), so the same code reads
第X章/第X节 plans and 一、/(一)/1./(1) plans. Chapter headings whose "第X章"
prefix was lost in a scrape are recognised from their place (a short
title-like line followed by a 第一节) and numbered after the previous chapter,
with the flag ``number_inferred``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from .catalog import CatalogRow
from .tables import TableRegion, find_tables, pipe_cells
from .text import Document, Line

CN_DIGITS = "零〇一二三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"

# Heading styles, each with the regex that recognises it. Order matters.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("box", re.compile(r"^专栏\s*(\d+)\s*[:：]?\s*(.*)$")),
    ("chapter", re.compile(rf"^第\s*({_CN}|\d+)\s*章\s*[:：]?\s*(.*)$")),
    ("section", re.compile(rf"^第\s*({_CN}|\d+)\s*节\s*[:：]?\s*(.*)$")),
    ("bullet", re.compile(r"^(——|--|—)\s*(.+)$")),
    ("cn", re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.]\s*(.+)$")),
    ("cn_paren", re.compile(r"^\(?([一二三四五六七八九十]{1,3})\)\s*(.+)$")),
    ("arabic_paren", re.compile(r"^\(?(\d{1,2})\)\s*(.+)$")),
    ("arabic", re.compile(r"^([1-9]\d?)(?:\s*[.、]\s*(?!\d)|(?=[\u4e00-\u9fff]))(.+)$")),
    ("appendix", re.compile(r"^(指标解释|名词解释|附件\s*\d*|附表\s*\d*)\s*[:：]?\s*$")),
]
# After a bare number, these characters make it a quantity ("5年内"), not a heading number.
_QUANTITY_CHARS = set("年月日号个万亿元人家名项次倍天岁期届所多余条份类批级")
_STRONG = {"chapter", "section", "appendix"}
_NUMBER_FORMAT = {
    "chapter": "第{}章", "section": "第{}节", "cn": "{}、", "cn_paren": "({})",
    "arabic": "{}.", "arabic_paren": "({})", "box": "专栏{}", "bullet": "——", "appendix": "",
}
_KIND_OF_STYLE = {
    "chapter": "chapter", "section": "section", "box": "box", "bullet": "bullet",
    "appendix": "appendix", "cn": "heading", "cn_paren": "heading", "arabic": "heading",
    "arabic_paren": "heading",
}
_TITLE_MAX = 60
_SENTENCE_PUNCT = re.compile(r"[。,,;;!?！？:：、“”\"]")

# Metadata lines before the title (documents issued with a notice).
_META = [
    re.compile(r"〔\s*\d{4}"),                                        # document number 〔2021〕
    re.compile(r"^\d{4}\s*[年.\-/]?\s*\d{1,2}\s*[月.\-/]?\s*\d{1,2}\s*日?$"),  # a date
    re.compile(r"^(发布|成文|印发|公开)?(日期|时间)\s*[:：]"),
    re.compile(r"^[A-Z]{2,}\d{6,}$"),                                 # index number
    re.compile(r"^(主动公开|依申请公开|不予公开|公开方式.*)$"),
    re.compile(r"^\((此件|联系单位|本文|发布).*\)$"),
    re.compile(r"^[^\s,,。;;:：]{2,30}(人民政府|办公室|办公厅|厅|局|委员会)$"),  # issuer / signatory
]
_NOTICE_TITLE = re.compile(r"(关于|印发).*(通知|决定|意见|批复)\s*$")
_PLAN_WORD = re.compile(r"(规划|纲要)")
_QUOTES = re.compile(r"[“”\"'‘’《》\s]")


def cn_to_int(token: str) -> int | None:
    """Convert a Chinese (or Arabic) numeral of up to 99 to an int."""
    if token.isdigit():
        return int(token)
    values = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
    if token == "十":
        return 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        t = values.get(tens, None) if tens else 1
        o = values.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(token) == 1 and token in values:
        return values[token]
    return None


def int_to_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


@dataclass
class Section:
    """A node of the heading tree."""

    index: int
    parent: "Section | None"
    kind: str
    style: str
    number: str
    title: str
    line_start: int
    flags: list[str] = field(default_factory=list)
    line_end: int = 0
    # box bookkeeping: "start" right after the header, "item" after a title-only item,
    # "content" once the box holds text
    state: str = "start"

    @property
    def level(self) -> int:
        return 0 if self.parent is None else self.parent.level + 1

    def label(self) -> str:
        return " ".join(p for p in (self.number, self.title) if p)


@dataclass
class Paragraph:
    index: int
    section: Section
    line: int
    text: str
    kind: str


@dataclass
class LineRecord:
    line: Line
    kind: str
    section: Section | None = None
    paragraph: Paragraph | None = None


@dataclass
class ParsedPlan:
    """The structure of one plan: sections, paragraphs, tables and the line ledger."""

    sections: list[Section]
    paragraphs: list[Paragraph]
    records: list[LineRecord]
    tables: list[tuple[Section, TableRegion]]
    flags: list[str]


@dataclass
class _Heading:
    style: str
    number: str  # the raw number token (一, 3, 12 …)
    title: str
    body: str  # text after a run-in title ("" for title-only lines)


def split_runin(rest: str) -> tuple[str, str] | None:
    """Split "标题。正文…" into (title, body); None when no title fits.

    The title ends at the first 。 or : within :data:`_TITLE_MAX` characters. A
    line with no such break is a title only if it is short; a trailing
    parenthetical such as "(市人社局)" stays with the title.
    """
    rest = rest.strip()
    m = re.search(r"[。:：]", rest)
    if m and m.start() <= _TITLE_MAX:
        title, body = rest[:m.start()].strip(), rest[m.end():].strip()
        if re.fullmatch(r"\([^()]{1,40}\)", body):
            title, body = title + body, ""
        if title:
            return title, body
        return None
    if len(rest) <= _TITLE_MAX:
        return rest, ""
    return None


def match_heading(text: str) -> _Heading | None:
    """Recognise a heading line by its numbering. Pure function."""
    for style, pattern in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        if style == "appendix":
            return _Heading(style, "", m.group(1).replace(" ", ""), "")
        number, rest = m.group(1), m.group(2)
        if style == "arabic":
            nxt = text[len(number):len(number) + 1]
            if nxt in _QUANTITY_CHARS or int(number) == 0:
                continue
        if style in ("box", "chapter", "section"):
            title, body = rest.strip(), ""
            if len(title) > _TITLE_MAX:  # a running sentence that happens to start with 第X节
                continue
            return _Heading(style, number, title, body)
        if style == "bullet":
            split = split_runin(rest)
            if split and len(split[0]) <= 40 and split[1]:
                return _Heading(style, "", split[0], split[1])
            return _Heading(style, "", "", rest)
        split = split_runin(rest)
        if split is None:
            continue
        return _Heading(style, number, split[0], split[1])
    return None


def _is_title_like(text: str) -> bool:
    return 0 < len(text) <= 30 and not _SENTENCE_PUNCT.search(text)


def _find_title(lines: Sequence[Line], skip: set[int], row: CatalogRow | None) -> list[int]:
    """Line numbers of the plan title (possibly split over several lines)."""
    candidates = [ln for ln in lines[:80] if ln.text and ln.no not in skip]
    if row is not None:
        target = _QUOTES.sub("", row.title)
        found: list[int] = []
        for ln in candidates:
            compact = _QUOTES.sub("", ln.text)
            if compact and compact in target and (len(compact) >= 8 or found):
                found.append(ln.no)
            elif found:
                break
        if found:
            return found
    for ln in candidates:
        if (_PLAN_WORD.search(ln.text) and not _NOTICE_TITLE.search(ln.text)
                and len(ln.text) <= _TITLE_MAX and "。" not in ln.text):
            return [ln.no]
    return []


def parse_document(doc: Document, row: CatalogRow | None = None,
                   furniture: Sequence[re.Pattern] = ()) -> ParsedPlan:
    """Parse a decoded document into sections, paragraphs and a line ledger.

    ``row`` (the catalog row) helps to find the title; ``furniture`` holds the
    compiled furniture patterns. Does not modify ``doc``.
    """
    lines = doc.lines
    by_no = {ln.no: ln for ln in lines}
    records: dict[int, LineRecord] = {}
    plan_flags: list[str] = []

    furn = {ln.no for ln in lines if ln.text and any(p.match(ln.text) for p in furniture)}
    for n in furn:
        records[n] = LineRecord(by_no[n], "furniture")
    tables = find_tables(lines, skip=furn)
    table_start = {t.start: t for t in tables}
    table_lines = {n for t in tables for n in t.lines}

    title_lines = _find_title(lines, furn | table_lines, row)
    if not title_lines:
        plan_flags.append("title_not_found")
    body_start = (title_lines[-1] + 1) if title_lines else 1

    root = Section(0, None, "document", "root", "", "", lines[0].no if lines else 1)
    if title_lines:
        root.title = "".join(by_no[n].text for n in title_lines)
        root.line_start = title_lines[0]
    elif row is not None:
        root.title = row.title
    sections: list[Section] = [root]
    paragraphs: list[Paragraph] = []
    stack: list[Section] = [root]
    chapters_seen: list[int] = []

    def new_section(kind: str, style: str, number: str, title: str, line: int,
                    parent: Section, flags: list[str] | None = None) -> Section:
        sec = Section(len(sections), parent, kind, style, number, title, line, flags or [])
        sections.append(sec)
        return sec

    def add_paragraph(sec: Section, ln: Line, text: str, kind: str) -> Paragraph:
        para = Paragraph(len(paragraphs), sec, ln.no, text, kind)
        paragraphs.append(para)
        return para

    def paragraph_kind(sec: Section) -> str:
        s: Section | None = sec
        while s is not None:
            if s.kind in ("notice", "box", "appendix"):
                return {"appendix": "definition"}.get(s.kind, s.kind)
            s = s.parent
        return "text"

    def open_box() -> Section | None:
        for s in reversed(stack):
            if s.kind == "box":
                return s
        return None

    def close_box() -> None:
        box = open_box()
        if box is not None:
            del stack[stack.index(box):]

    def place(h: _Heading) -> Section:
        """Put a heading into the tree by its style and return its node."""
        style = h.style
        box = open_box()
        if style in _STRONG or style == "chapter_inferred":
            close_box()
        if style in ("chapter", "chapter_inferred", "appendix"):
            del stack[1:]
        elif style == "box":
            close_box()
        elif style != "bullet":
            # look for a sibling of the same style; inside a box only within the box
            floor = stack.index(box) + 1 if (box is not None and style not in _STRONG) else 1
            styles = [s.style for s in stack[floor:]]
            if style in styles:
                del stack[floor + styles.index(style):]
        parent = stack[-1]
        kind = _KIND_OF_STYLE.get(style, "chapter")
        if kind in ("heading", "chapter", "section"):
            # the role follows the place: top-level numbered headings are the chapters
            # whatever their numbering (第X章 or 一、), the level below them the sections
            kind = {0: "chapter", 1: "section"}.get(parent.level, "heading")
            if parent.kind in ("box", "appendix", "notice") or (
                    parent.level == 1 and parent.kind != "chapter"):
                kind = "heading"
        number = _NUMBER_FORMAT.get(style, "第{}章").format(h.number) if h.number else ""
        flags = ["number_inferred"] if style == "chapter_inferred" else []
        sec = new_section(kind, "chapter" if style == "chapter_inferred" else style,
                          number, h.title, 0, parent, flags)
        if style != "bullet":
            stack.append(sec)
        if box is not None and parent is not root and open_box() is box:
            box.state = "item" if not h.body else "content"
        return sec

    # Pre-compute heading matches for the look-ahead of prefix-less chapters.
    body_lines = [ln for ln in lines if ln.no >= body_start and ln.text
                  and ln.no not in furn and ln.no not in table_lines]
    matches = {ln.no: match_heading(_strip_pipes(ln.text)) for ln in body_lines}

    notice: Section | None = None
    tables_out: list[tuple[Section, TableRegion]] = []
    for ln in lines:
        if ln.no in records:
            continue
        text = ln.text
        if not text or not text.strip("| "):
            records[ln.no] = LineRecord(ln, "blank")
            continue
        # ---- preamble: metadata, notice, title -------------------------------------------
        if ln.no in title_lines:
            stack[:] = [root]
            records[ln.no] = LineRecord(ln, "title", root)
            continue
        if ln.no < body_start:
            if ln.no in table_lines:
                pass  # handled below with the body
            elif any(p.search(text) for p in _META) and len(text) <= 60:
                records[ln.no] = LineRecord(ln, "meta")
                continue
            elif _NOTICE_TITLE.search(text) and notice is None:
                notice = new_section("notice", "notice", "", text, ln.no, root)
                stack[:] = [root, notice]
                records[ln.no] = LineRecord(ln, "heading", notice)
                continue
            else:
                sec = stack[-1]
                para = add_paragraph(sec, ln, _strip_pipes(text), paragraph_kind(sec))
                records[ln.no] = LineRecord(ln, "paragraph", sec, para)
                continue
        # ---- tables --------------------------------------------------------------------------
        if ln.no in table_lines:
            region = table_start.get(ln.no)
            if region is None:
                continue  # recorded when the table started
            parent_for_table = stack[-1]
            cap_is_box = region.caption_line is not None and bool(
                re.match(r"^专栏\s*\d+", region.caption))
            if cap_is_box:
                h = match_heading(region.caption) or _Heading("box", "", region.caption, "")
                box = place(h)
                box.line_start = region.caption_line
                records[region.caption_line] = LineRecord(by_no[region.caption_line], "heading", box)
                parent_for_table = box
            table = new_section("table", "table", "", region.caption if not cap_is_box else
                                (box.title or region.caption), 0, parent_for_table)
            cells = [n for n in region.lines if not (cap_is_box and n == region.caption_line)]
            table.line_start = cells[0] if cells else region.start
            for n in cells:
                records[n] = LineRecord(by_no[n], "table", table)
            if cap_is_box:
                box.state = "content"
            tables_out.append((table, region))
            continue
        # ---- headings ------------------------------------------------------------------------
        clean = _strip_pipes(text)
        h = matches.get(ln.no)
        if h is None and _is_title_like(clean) and chapters_seen and _next_is_first_section(
                ln.no, body_lines, matches):
            h = _Heading("chapter_inferred", int_to_cn(chapters_seen[-1] + 1), clean, "")
        if h is not None:
            sec = place(h)
            sec.line_start = ln.no
            if sec.kind == "chapter":
                n = cn_to_int(h.number) if h.number else None
                if n is not None:
                    chapters_seen.append(n)
            rec = LineRecord(ln, "heading", sec)
            if h.body:
                rec.paragraph = add_paragraph(sec, ln, h.body, paragraph_kind(sec))
            records[ln.no] = rec
            continue
        # ---- paragraphs ----------------------------------------------------------------------
        box = open_box()
        if box is not None:
            top = stack[-1]
            if box.state in ("start", "item") or (top is not box and top.state == "item"):
                box.state = "content"
                top.state = "content"
            elif "|" in text and box.state == "content":
                pass  # pipe-laid box text continues the box
            else:
                close_box()
        sec = stack[-1]
        para = add_paragraph(sec, ln, clean, paragraph_kind(sec))
        records[ln.no] = LineRecord(ln, "paragraph", sec, para)

    _finish_line_ends(sections, records)
    # the root spans the whole file, notice and furniture included
    root.line_start = lines[0].no if lines else 1
    root.line_end = lines[-1].no if lines else 1
    ordered = [records[ln.no] for ln in lines]
    return ParsedPlan(sections, paragraphs, ordered, tables_out, plan_flags)


def _strip_pipes(text: str) -> str:
    """Text of a line laid out with pipes but holding one cell ("专栏3 促进就业项目 |")."""
    if "|" not in text:
        return text
    cells = pipe_cells(text)
    return " ".join(cells) if len(cells) <= 1 else text


def _next_is_first_section(no: int, body_lines: Sequence[Line], matches: dict) -> bool:
    """True when the next heading after line ``no`` is 第一节 (within a few lines)."""
    import bisect
    import itertools

    seen = 0
    start = bisect.bisect_right(body_lines, no, key=lambda ln: ln.no)  # body lines are in raw order
    for ln in itertools.islice(body_lines, start, None):
        h = matches.get(ln.no)
        if h is not None and h.style in ("section", "chapter"):
            return h.style == "section" and cn_to_int(h.number) == 1
        seen += 1
        if seen > 6:
            return False
    return False


def _finish_line_ends(sections: list[Section], records: dict[int, LineRecord]) -> None:
    last: dict[int, int] = {}
    for rec in records.values():
        if rec.section is not None:
            s: Section | None = rec.section
            while s is not None:
                if rec.line.no > last.get(s.index, 0):
                    last[s.index] = rec.line.no
                s = s.parent
    for sec in sections:
        sec.line_end = max(last.get(sec.index, sec.line_start), sec.line_start)
