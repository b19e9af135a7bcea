"""Targets and results stated in running text.

Plans without tables (舟山市) state everything in prose, and plans with tables
repeat their headline figures in the text: "到“十三五”期末实现城镇新增就业达到5万人,
调查失业率控制在4.2%以内", "参保人数分别达到76.88、95.69、21.30、30.37、20.71万人".

:func:`find_mentions` finds the indicators of the catalog flagged ``prose`` in
a paragraph: single mentions (name, linking words, number, unit, qualifier) and
enumerations (``A、B、C…分别达到x、y、z万人``, ``A和B参保率达到90%和98%``). Each
mention gets a time context (role and year) from explicit markers in its
sentence or paragraph (``“十二五”期间``, ``到2025年``, ``截至2015年底``), else from
its section (a 主要目标 section states targets, a 发展基础 section results), and
says which of these it used.

:func:`extract_indicators` is the public entry point for any text a user pastes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from plancompare.indicators.catalog import IndicatorCatalog, load_catalog
from plancompare.indicators.values import ParsedValue, parse_value
from plancompare.read.normalization import normalize, to_simplified
from plancompare.structure.numbering import fyp_end

_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
_VALUE = (r"(?P<value>(?:累计|年均|每年)?(?:达到|达|为|控制在|保持在|稳定在|实现|超过|不低于|不少于|不超过|"
          r"低于|提高到|增加到|增长到|突破|约)?\s*\d+(?:\.\d+)?\s*"
          r"(?:万人次|亿人次|万人|亿人|亿元|万元|人次|人|%|个|户|亿|万)?\s*(?:以上|以内|之内|以下|左右)?)")
_GAP = r"(?P<gap>[^\d,。;、:()]{0,8}?)"
_NUM_LIST = re.compile(
    r"(?P<verb>分别(?:达到|达|为|是|增加到|提高到|控制在)?|(?:达到|达|为|控制在|提高到)(?=[^,。;]*\d[^,。;]*(?:和|、)))\s*"
    r"(?P<values>\d+(?:\.\d+)?\s*(?:万人次|万人|亿人|亿元|%|人|个)?\s*(?:(?:、|和|及)\s*\d+(?:\.\d+)?\s*"
    r"(?:万人次|万人|亿人|亿元|%|人|个)?\s*)+(?:以上|以内|左右)?)")
_TIME_MARKERS = [
    # (pattern, kind) — kinds: fyp (group 1 = 十X五), year (group 1 = YYYY), future, past
    (re.compile(r"到\s*“?(十[一二三四五六]五)”?\s*(?:期末|末|时期|期间)?"), "fyp_future"),
    (re.compile(r"“?(十[一二三四五六]五)”?\s*(期间|时期|期末|末|以来)"), "fyp"),
    (re.compile(r"(?<!截至)(?<!截止)到\s*(20\d\d)\s*年"), "year_future"),
    (re.compile(r"(?:截至|截止)(?:到)?\s*(20\d\d)\s*年"), "year"),
    (re.compile(r"(20\d\d)\s*年(?:底|末|全年)?"), "year"),
    (re.compile(r"(力争|预计|目标是|确保|将)"), "future"),
    (re.compile(r"(五年内|5年内)"), "future"),
    (re.compile(r"(五年来|5年来|以来)"), "past"),
]
_REVIEW_SECTION = re.compile(r"(基础|成就|回顾|成效|环境|形势|现状|进展|完成情况)")
_TARGET_SECTION = re.compile(r"(目标|指标)")


@dataclass
class TimeContext:
    role: str = ""  # target, actual or "" (unknown)
    year: int | None = None
    period_total: bool = False  # the statement covers a whole five-year period (期间, 到…期末)
    evidence: str = ""  # what decided it
    explicit: bool = False  # decided by a marker in the sentence itself


@dataclass
class Mention:
    indicator_id: str
    name: str
    value: ParsedValue
    sentence: str
    start: int  # offset of the mention in the paragraph
    time: TimeContext = field(default_factory=TimeContext)
    enumeration: bool = False


@functools.lru_cache(maxsize=4)
def _single_pattern(catalog: IndicatorCatalog) -> re.Pattern:
    names = "|".join(re.escape(s) for s, _ in catalog.synonyms_for_prose())
    return re.compile(rf"(?P<name>{names}){_GAP}{_VALUE}")


def _resolve_time(paragraph: str, sentence_start: int, mention_start: int,
                  period: tuple[int, int] | None, section: str) -> TimeContext:
    """The time a mention speaks of: sentence markers, then paragraph markers, then the section."""
    def from_markers(text: str, explicit: bool) -> TimeContext | None:
        best: tuple[int, TimeContext] | None = None
        for pattern, kind in _TIME_MARKERS:
            for m in pattern.finditer(text):
                before = text[: m.start()].rstrip("“\" ")
                if before.endswith(("比", "较", "从", "与", "同")):
                    continue  # a point of comparison ("比“十一五”期末增加"), not the statement's time
                if kind in ("fyp", "year") and before.endswith("到"):
                    continue  # "到2025年" is matched as a future marker
                ctx = _context_of(kind, m, period)
                if ctx is None:
                    continue
                ctx.explicit = explicit
                ctx.evidence = f"marker '{m.group(0).strip()}'"
                # the marker nearest before the mention wins
                if best is None or m.start() >= best[0]:
                    best = (m.start(), ctx)
        return best[1] if best else None

    in_sentence = paragraph[sentence_start:mention_start]
    ctx = from_markers(in_sentence, explicit=True)
    if ctx is None:
        ctx = from_markers(paragraph[:sentence_start], explicit=False)
    if ctx is None and period is not None and section:
        # the innermost section whose title says review or targets decides
        for title in reversed(section.split(" > ")):
            if _REVIEW_SECTION.search(title):
                ctx = TimeContext("actual", period[0] - 1, True,
                                  f"section '{title}' reviews the previous period")
                break
            if _TARGET_SECTION.search(title):
                ctx = TimeContext("target", period[1], True, f"section '{title}' states the plan's targets")
                break
        else:
            ctx = TimeContext("target", period[1], True,
                              f"plan text in section '{section.split(' > ')[-1]}' (tasks of the plan period)")
    return ctx or TimeContext(evidence="no time marker")


def _context_of(kind: str, m: re.Match, period: tuple[int, int] | None) -> TimeContext | None:
    if kind in ("fyp", "fyp_future"):
        end = fyp_end(m.group(1))
        if end is None:
            return None
        if kind == "fyp_future" or (period and end >= period[1]):
            return TimeContext("target", end, True)
        if period is None:
            return TimeContext("", end, True)  # past or future depends on the plan's period
        return TimeContext("actual", end, True)
    if kind in ("year", "year_future"):
        year = int(m.group(1))
        if period and year < period[0]:
            return TimeContext("actual", year, False)
        if kind == "year_future" or (period and year >= period[1]):
            return TimeContext("target", year, False)
        if period and year >= period[0]:
            return None  # a year inside the plan period says nothing certain
        if period is None:
            return TimeContext("", year, False)
        return TimeContext("actual", year, False)
    if kind == "future":
        return TimeContext("target", period[1] if period else None, True)
    if kind == "past":
        return TimeContext("actual", period[0] - 1 if period else None, True)
    return None


def find_mentions(paragraph: str, period: tuple[int, int] | None = None, section: str = "",
                  catalog: IndicatorCatalog | None = None) -> list[Mention]:
    """Indicator mentions in one (normalised, Simplified) paragraph. Pure.

    ``period`` is the plan period (start, end) and ``section`` the section path,
    used to place mentions without explicit time markers.
    """
    catalog = catalog or load_catalog()
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for sm in _SENTENCE.finditer(paragraph):
        sentence, s0 = sm.group(0), sm.start()
        for enum in _enumerations(sentence, catalog):
            name, ind_id, pv, offset = enum
            m = Mention(ind_id, name, pv, sentence.strip(), s0 + offset, enumeration=True)
            mentions.append(m)
            taken.append((s0 + offset, sm.end()))
        for mm in _single_pattern(catalog).finditer(sentence):
            start = s0 + mm.start()
            if any(a <= start < b for a, b in taken):
                continue
            name = mm.group("name")
            pv = parse_value(mm.group("gap") + mm.group("value"))
            if pv.kind != "number":
                continue
            ind_id = catalog.match(name)
            mentions.append(Mention(ind_id, name, pv, sentence.strip(), start))
    for m in mentions:
        s_start = paragraph.rfind(m.sentence[:8], 0, m.start + 1)
        m.time = _resolve_time(paragraph, max(s_start, 0), m.start, period, section)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _enumerations(sentence: str, catalog: IndicatorCatalog):
    """Yield (name, id, value, offset) for "A、B、C…分别达到x、y、z" and "A和B…达到x和y"."""
    for vm in _NUM_LIST.finditer(sentence):
        values_text = vm.group("values")
        raw_values = [v.strip() for v in re.split(r"、|和|及", values_text) if v.strip()]
        # the subject: the clause before the verb, after the last comma
        head = sentence[: vm.start()]
        head = re.split(r"[,:。;]", head)[-1]
        items = [i.strip() for i in re.split(r"、|和|及", head) if i.strip()]
        if len(items) < 2 or len(items) != len(raw_values):
            continue
        names = _distribute(items, catalog)
        if names is None:
            continue
        shared_unit = re.search(r"(万人次|万人|亿人|亿元|%|人|个)\s*(以上|以内|左右)?\s*$", raw_values[-1])
        shared_tail = re.search(r"(以上|以内|左右)\s*$", raw_values[-1])
        offset = sentence.find(head)
        for name, raw in zip(names, raw_values):
            text = raw
            if shared_unit and not re.search(r"(万人次|万人|亿人|亿元|%|人|个)", raw):
                text += shared_unit.group(1)
            if shared_tail and not re.search(r"(以上|以内|左右)", raw):
                text += shared_tail.group(1)
            pv = parse_value(vm.group("verb").replace("分别", "") + text)
            pv.raw = raw
            if pv.kind == "number":
                yield name, catalog.match(name), pv, max(offset, 0)


def _distribute(items: list[str], catalog: IndicatorCatalog) -> list[str] | None:
    """Give every item the shared suffix the last item carries ("养老、…、生育保险人数").

    Returns the full names when every one of them is a catalog indicator, else None.
    """
    last = items[-1]
    for cut in range(1, len(last)):
        suffix = last[cut:]
        names = [re.sub(r"^(全市|全省|全县|全区|参加)+", "", i) + suffix for i in items[:-1]] + [last]
        if all(catalog.match(n) for n in names):
            return names
    if all(catalog.match(i) for i in items):
        return items
    return None


def extract_indicators(text: str, period: tuple[int, int] | None = None, section: str = ""):
    """Indicator targets and results stated in ``text``, as a DataFrame.

    Works on any text a user pastes (Traditional Chinese and full-width forms
    included: the text is normalised and converted to Simplified for matching,
    and the quote is taken from the original). Columns are those of
    ``indicators.csv``; the plan columns (plan_id, region, source_file,
    source_line) are empty, and ``source_line`` counts lines of ``text``.
    ``period`` (start, end) places statements without explicit years; ``section``,
    the heading the text sits under (主要目标, 发展基础 …), says whether unmarked
    statements are targets or results. A one-year ``period`` is a yearly document
    (a work report, a bulletin): 今年 is that year.
    """
    import pandas as pd

    from plancompare.indicators.records import mention_records
    from plancompare.schema import columns

    records = []
    for lineno, raw_line in enumerate(str(text).splitlines() or [str(text)], 1):
        norm = normalize(raw_line)
        simple = to_simplified(norm)
        for m in find_mentions(simple, period=period, section=to_simplified(normalize(section))):
            rec = mention_records(m, plan=None, source_file="", line=lineno)
            if len(simple) == len(norm):  # quote the original wording, not the conversion
                i = simple.find(m.sentence)
                if i >= 0:
                    rec["quote"] = norm[i:i + len(m.sentence)]
            records.append(rec)
    return pd.DataFrame.from_records(records, columns=columns("indicators"))
