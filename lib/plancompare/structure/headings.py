"""Recognising headings by their numbering style, and the plan's title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from plancompare.read.catalog import CatalogRow
from plancompare.read.decoding import Line
from plancompare.structure.numbering import _CN

# Heading styles, each with the regex that recognises it. Order matters.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("box", re.compile(r"^专栏\s*(\d+)\s*[:：]?\s*(.*)$")),
    ("chapter", re.compile(rf"^第\s*({_CN}|\d+)\s*章\s*[:：]?\s*(.*)$")),
    ("part", re.compile(rf"^第\s*({_CN}|\d+)\s*部分\s*[:：]?\s*(.*)$")),
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
_STRONG = {"chapter", "part", "section", "appendix"}
_NUMBER_FORMAT = {
    "chapter": "第{}章", "part": "第{}部分", "section": "第{}节", "cn": "{}、", "cn_paren": "({})",
    "arabic": "{}.", "arabic_paren": "({})", "box": "专栏{}", "bullet": "——", "appendix": "",
}
_KIND_OF_STYLE = {
    "chapter": "chapter", "part": "chapter", "section": "section", "box": "box", "bullet": "bullet",
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
        if style in ("box", "chapter", "part", "section"):
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


_HEADING_FORM_PUNCT = re.compile(r"[。,,;;!?！？:：|]|[、)]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: an unnumbered heading is at most this long
HEADING_FORM_MAX = 25


def is_heading_form(text: str) -> bool:
    """A line with the form of a heading: short, Chinese, no sentence punctuation, no final punctuation."""
    t = text.strip()
    return (2 <= len(t) <= HEADING_FORM_MAX and bool(_CJK.search(t))
            and not _HEADING_FORM_PUNCT.search(t) and not re.search(r"\d\s*$", t))


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
