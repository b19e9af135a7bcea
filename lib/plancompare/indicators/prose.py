"""Targets and results stated in running text: a grammar of how these documents state figures.

Plans without tables (舟山市) state everything in prose, plans with tables repeat
their headline figures in the text, and bulletins and work reports are prose only.
:func:`find_mentions` reads a paragraph sentence by sentence and clause by clause
(clauses split at commas), each clause as **subject → predicate**:

* the **subject** is a list of indicator names, possibly sharing a head or a prefix
  (``基本养老、失业、工伤保险参保人数``, ``城镇登记失业率和调查失业率``) or said
  with a frame (``参加X、Y和Z的人数`` is X, Y and Z's 参保人数); every indicator of
  ``indicators.yaml`` is recognised, by its whole name (never a part of a longer
  name: ``城乡居民基本养老保险参保人数`` is not ``基本养老保险参保人数``);
* the **predicate** holds the values, in runs (``A、B、C``), each of a kind:
  a level (plain), a change (``比上年末增加A``: no row), a share of a target
  (``完成目标的112%``: no row), the target a result is measured against
  (``超额完成B的目标任务``), or a from–to pair (``从2020年的A增加到2025年的C``);
  runs are given to the subject's names in order (``分别``) or to its one name.
  A clause that starts with a predicate (``为2.9%``) continues the sentence's subject.

Each value's role and year come from its kind, then the time words before it in
the sentence and paragraph (``到2025年``, ``截至2022年底``, ``“十三五”期间``,
``今年``/``明年``/``去年`` in a one-year document), then the section (主要目标 →
target, 发展基础 → result). What cannot be decided is left without role or year
and flagged, never guessed. The vocabulary is data: ``data/prose.yaml``.

:func:`extract_indicators` is the public entry point for any text a user pastes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from plancompare.indicators.catalog import IndicatorCatalog, load_catalog
from plancompare.indicators.cn_numbers import convert as convert_cn_numbers
from plancompare.indicators.prose_checks import settle_baselines, unplace_conflicts
from plancompare.indicators.prose_rules import Rules, load_rules
from plancompare.indicators.prose_subject import Subject, name_pattern, read_subject, whole_names
from plancompare.indicators.prose_time import TimeContext, resolve_time
from plancompare.indicators.values import ParsedValue, parse_value
from plancompare.read.normalization import normalize, to_simplified

_SENTENCE = re.compile(r"(?:\([^()。]*\)|[^。;!?])+[。;!?]?")  # a ; inside brackets ends no sentence
# a comma ends a clause unless it is a thousands separator (12,600); so does a list's separator
# after a bracket that closed on a value (A(2020年:1.86万人;2025年:2.4万人)和B(…))
_CLAUSE_END = re.compile(r",(?!\d{3}(?!\d))|:(?!\s*\d)|(?:(?<=[\d%人次个元年上内下右])|(?<=[\d%人次个元年]\)))[、;]"
                         r"(?=[^\d、]{2})|(?<=[\d%人次个元]\))(?:和|及|与|以及)")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.\d+)?"  # 12,600 and 18 500
_UNIT = r"(?:万余人次|万人次|亿人次|万余人|万人|亿人|万名|万户|万个|亿元|万元|元|余人次|人次|余人|人|名|户|个|项|%|亿|万|年)"
#: a number with its unit; in 〔〕 or [] a five-year total, as tables write them
_VALUE = re.compile(rf"(?P<open>[〔\[]\s*)?(?P<num>{_NUMBER})(?(open)\s*[〕\]])\s*(?P<unit>{_UNIT})?")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d\s*年")
_RUN_GAP = re.compile(r"^\s*(?:以上|以内|以下|之内|左右)?\s*(?:、|和|及|与|以及)\s*(?:分别)?\s*$")
_UNITS_OF = {"persons": ("人", "名"), "person-times": ("人次",), "percent": ("%",), "yuan": ("元",),
             "households": ("户",), "units": ("个", "项"), "years": ("年",)}


__all__ = ["Mention", "TimeContext", "find_mentions", "extract_indicators"]


@dataclass
class Mention:
    indicator_id: str
    name: str
    value: ParsedValue
    sentence: str
    start: int  # offset of the mention in the paragraph
    time: TimeContext = field(default_factory=TimeContext)
    enumeration: bool = False
    flags: list[str] = field(default_factory=list)
    kind: str = "plain"  # what the words around the value made of it (see _Value)


@dataclass
class _Value:
    """One number of a predicate, with what the words around it make of it."""

    start: int  # offset in the clause
    end: int
    text: str  # number and unit as written
    kind: str = "plain"  # plain, added, change, share, modifier, target, plan_target, from, to
    year: int | None = None  # the year the from/to phrase names
    year_word: str = ""
    upper: _Value | None = None  # a range's upper bound (5%—5.5%): this value is its lower bound


# --- values -----------------------------------------------------------------------------------

def _values(clause: str) -> list[_Value]:
    """The numbers of a clause, years and section numbers left out (kinds are set later)."""
    out = []
    for m in _VALUE.finditer(clause):
        if _YEAR_TOKEN.match(clause, m.start()) or clause[max(0, m.start() - 1):m.start()] in ("第", "“", "十"):
            continue
        if re.match(r"\s*[—–-]\s*\d+\s*月", clause[m.end():]) or re.match(r"\s*(?:个)?月", clause[m.end():]):
            continue  # 1—9月: months, not a value
        if m.group("unit") == "年" and re.match(r"\s*(?:累计|来|间|内|期间|中|里|后|以来|时间)", clause[m.end():]):
            continue  # 5年累计…, 三年来: a span of time, not a value
        v = _Value(m.start(), m.end(), m.group(0))
        if out and out[-1].upper is None and re.fullmatch(r"\s*[—–~～-]\s*", clause[out[-1].end:v.start]):
            out[-1].upper, out[-1].end = v, v.end  # 5%—5.5%: one range, two bounds, read as one value
            continue
        out.append(v)
    return out


def _classify(values: list[_Value], clause: str, pred: int, rules: Rules, catalog: IndicatorCatalog) -> None:
    """Set each value's kind (and the year its from/to phrase names) from the predicate's words."""
    for v in values:
        before, after = clause[pred:v.start], clause[v.end:]
        head = name_pattern(catalog).sub("", clause[:v.start])  # 平均受教育年限 names, it is no average
        v.kind = rules.kind_of(before, after, _VALUE.match(v.text).group("unit") or "", head)
        if v.kind == "plain" and pred and rules.kind_of(head, after, "", head) in ("from", "to"):
            v.kind = rules.kind_of(head, after, "", head)  # 人才总量(2020年:1.86万人: the tag is before the colon
            before = head
        if v.kind in ("from", "to", "current"):
            v.year, v.year_word = rules.pair_year(before, after)
            if v.year is None and not v.year_word:  # 参保率(2020年90.8%→…: the tag inside the subject's bracket
                v.year, v.year_word = rules.pair_year(clause[max(0, v.start - 8):v.start], after)


def _runs(values: list[_Value], clause: str) -> list[list[_Value]]:
    """Values written as one list (A、B和C) form a run, of the kind of its first value."""
    runs: list[list[_Value]] = []
    for v in values:
        if runs and _RUN_GAP.match(clause[runs[-1][-1].end:v.start]) and v.kind in (runs[-1][0].kind, "plain"):
            if v.kind == "plain":
                v.kind, v.year, v.year_word = runs[-1][0].kind, runs[-1][0].year, runs[-1][0].year_word
            runs[-1].append(v)
        else:
            runs.append([v])
    return runs


def _pairs(subject: Subject, runs: list[list[_Value]], predicate: str) -> Iterator[tuple[int, _Value, bool]]:
    """(index of the subject's name, value, enumeration) for every value the predicate gives a name."""
    n = len(subject.names)
    taken_plain = False
    for run in runs:
        kind = run[0].kind
        if kind in ("change", "share", "modifier"):
            continue
        if len(run) == n and (n > 1 or kind != "plain" or not taken_plain):
            for i, v in enumerate(run):
                yield i, v, n > 1
        elif n > 1 and len(run) == 1 and re.search(r"均|都", predicate):
            for i in range(n):
                yield i, run[0], True
        elif n == 1 and (kind != "plain" or not taken_plain):
            yield 0, run[0], False
        else:
            continue
        taken_plain = taken_plain or kind == "plain"


# --- mentions ---------------------------------------------------------------------------------

def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, last = [], 0
    for m in _CLAUSE_END.finditer(sentence):
        out.append((last, sentence[last:m.start()]))
        last = m.end()
    out.append((last, sentence[last:]))
    return out


def _parsed(v: _Value, clause: str, unit_of: str, name: str, rules: Rules, flags: list[str],
            shared_unit: str = "", run_words: tuple[str, str] | None = None) -> ParsedValue | None:
    """The value in the grammar of values, its comparator from the words around it; None when its
    unit cannot be the indicator's. ``shared_unit``: the unit the last value of its run carries
    (285.6、98.3、112.4万人); ``run_words``: the words before and after its whole run, whose
    comparator the run's values share (分别控制在5.5%、4.5%以内)."""
    m = _VALUE.match(v.text)
    unit = m.group("unit") or shared_unit
    approx = "余" in unit  # 1.2万余人: more than
    unit = unit.replace("余", "")
    if unit in ("万", "亿") and unit_of in ("persons", "person-times"):
        unit += "人" if unit_of == "persons" else "人次"
    job_posts = unit.endswith("个") and unit_of == "persons" and "岗位" in name  # 新增就业岗位: posts
    if unit_of == "person-times" and unit.endswith("人"):  # 培训3.2万人: the count as written
        unit += "次"
        flags.append("unit_as_persons: 人 written for a count of person-times")
    if unit and not job_posts and not any(unit.endswith(u) for u in _UNITS_OF.get(unit_of, (unit,))):
        return None
    if unit == "年" and unit_of != "years":
        return None
    if not unit and unit_of in ("persons", "person-times"):
        if "." in m.group("num"):
            return None  # 30.5 without a unit: 万 was shared with the last value and is not known
        unit = "人" if unit_of == "persons" else "人次"
        flags.append(f"unit_inferred: {unit_of} (the indicator's unit)")
    pv = parse_value(re.sub(r"[, ]", "", m.group("num")) + unit)
    pv.raw = v.text.strip()
    pv.comparator = (rules.comparator(clause[:v.start], clause[v.end:], unit_of)
                     or (rules.comparator(*run_words, unit_of) if run_words else "") or (">" if approx else "="))
    if m.group("open"):
        pv.cumulative = True  # 〔3.5〕万人: a five-year total
    since = re.split(r"[\d%]", clause[:v.start])[-1]  # the words since the previous number
    annual, total = rules.annual.search(since), re.search(r"累计", since)
    if annual and (not total or annual.start() > total.start()):
        pv.annual = True  # 年均城镇新增就业不少于4万人
    elif total:
        pv.cumulative = True  # …、累计不少于20万人
    return pv


def find_mentions(paragraph: str, period: tuple[int, int] | None = None, section: str = "",
                  catalog: IndicatorCatalog | None = None) -> list[Mention]:
    """Indicator mentions in one (normalised, Simplified) paragraph. Pure.

    ``period`` is the document's period (start, end; one year for a bulletin or a
    work report) and ``section`` its section path, used for values without time words.
    Numbers in Chinese numerals are read as Arabic ones; quotes keep the original.
    """
    catalog = catalog or load_catalog()
    rules = load_rules()
    work = convert_cn_numbers(paragraph)
    originals = [m.group(0) for m in _SENTENCE.finditer(paragraph)]
    sentences = list(_SENTENCE.finditer(work))
    mentions: list[Mention] = []
    for k, sm in enumerate(sentences):
        quote = originals[k] if len(originals) == len(sentences) else sm.group(0)
        reader = _SentenceReader(work, sm.start(), quote, period, section, catalog, rules)
        found = [m for c0, clause in _clauses(sm.group(0)) for m in reader.read_clause(c0, clause)]
        mentions += unplace_conflicts(settle_baselines(found, period), catalog)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _direct(clause: str, values: list[_Value], catalog: IndicatorCatalog,
            rules: Rules) -> list[tuple[_Value, str, str]]:
    """Values written right with their name: 城镇新增就业(1.35万人), 12.6万人的城镇新增就业(目标)."""
    names = name_pattern(catalog)
    out = []
    for v in values:
        before = re.search(rf"({names.pattern})\s*\(\s*$", clause[:v.start])
        after = re.match(rf"\s*(?:以上|左右)?\s*的\s*({names.pattern})(目标)?", clause[v.end:])
        verb = re.search(r"(帮助|扶持|促进)\s*$", clause[:v.start])  # 帮助1,860人成功创业: the name around the value
        rest = re.match(r"\s*([\u4e00-\u9fff]{2,6}?)(?=[,。;、]|$)", clause[v.end:])
        if verb and rest and catalog.match(verb.group(1) + rest.group(1)) and not (before or after):
            v.kind = "plain"
            out.append((v, catalog.match(verb.group(1) + rest.group(1)), verb.group(1) + rest.group(1)))
            continue
        m = before or after
        if before and rules.name_modifiers.search(clause[:before.start(1)]):
            continue  # 城乡居民基本养老保险参保人数(…): another scheme's count
        if m and catalog.match(m.group(1)):
            v.kind = "target" if after and after.group(2) else "plain"
            out.append((v, catalog.match(m.group(1)), m.group(1)))
    return out


def _coverage_of(ind_id: str, name: str, catalog: IndicatorCatalog) -> tuple[str, str]:
    """The coverage rate of a count (社会保障卡持卡人数 → 社会保障卡覆盖率), for 覆盖X%的人口."""
    if catalog.indicators[ind_id].unit == "percent":
        return ind_id, name
    stem = re.sub(r"(?:持卡人数|参保人数|人数|总量|总数)$", "", name)
    cand = stem + "覆盖率"
    return (catalog.match(cand), cand) if catalog.match(cand) else ("", name)


@dataclass
class _SentenceReader:
    """Reads the clauses of one sentence in order, carrying the subject and the from/to years."""

    paragraph: str
    s0: int
    sentence: str
    period: tuple[int, int] | None
    section: str
    catalog: IndicatorCatalog
    rules: Rules
    subject: Subject | None = None
    topic: Subject | None = None  # names the sentence has mentioned, for 参保总人数 after them
    pair_years: dict = field(default_factory=dict)

    def read_clause(self, c0: int, clause: str) -> list[Mention]:
        values = _values(clause)
        direct = _direct(clause, values, self.catalog, self.rules)
        out = [m for v, ind, name in direct for m in self._mention(c0, clause, v, ind, name, False, "")]
        values = [v for v in values if all(v is not d[0] for d in direct)]
        own = read_subject(clause, values[0].start if values else len(clause), self.catalog, self.rules,
                       self.subject or self.topic)
        if own is not None:
            self.subject, pred = own, own.end
        elif self.subject is not None and values and self.rules.continues(clause[:values[0].start]):
            pred = 0
        else:
            self.subject = None
            found = [(self.catalog.match(m.group(0)), m.group(0)) for m in whole_names(clause, self.catalog, self.rules)]
            self.topic = Subject(found, 0) if found else self.topic
            return out
        live = [v for v in values if v.start >= pred]
        _classify(live, clause, pred, self.rules, self.catalog)
        if own is not None and own.target:  # only where the subject is stated, not in later clauses
            for v in live:
                v.kind = "target" if v.kind == "plain" else v.kind
        one_year = self.period is not None and self.period[0] == self.period[1]
        for v in live:  # 城镇调查失业率平均5.2%: a bulletin's year; “十三五”期间…平均3.5%: no level
            if v.kind == "average":
                several = re.search(r"年来|以来|期间|时期|近\S{1,2}年|五年", self.paragraph[self.s0:self.s0 + c0 + v.start])
                v.kind = "plain" if one_year and not several else "change"
        if own is not None and own.added:
            for v in live:
                v.kind = "added" if v.kind == "plain" else v.kind
        for v in live:  # 由240万人增至298万人 after 从2020年末的…增至2023年末的…: the same years
            if v.kind in ("from", "to"):
                if v.year is None and v.kind in self.pair_years:
                    v.year, v.year_word = self.pair_years[v.kind]
                elif v.year is not None:
                    self.pair_years[v.kind] = (v.year, v.year_word)
        return out + list(self._mentions(c0, clause, pred, live))

    def _mentions(self, c0: int, clause: str, pred: int, live: list[_Value]) -> Iterator[Mention]:
        runs = _runs(live, clause)
        shared = {id(v): (_VALUE.match(r[-1].text).group("unit") or "",
                          (clause[:r[0].start], clause[r[-1].end:]) if len(r) > 1 else None) for r in runs for v in r}
        for i, v, enum in _pairs(self.subject, runs, clause[pred:]):
            ind_id, name = self.subject.names[i]
            if not ind_id or (v.kind == "added" and not self.catalog.indicators[ind_id].flow):
                continue
            if v.upper is None:
                yield from self._mention(c0, clause, v, ind_id, name, enum, *shared[id(v)])
                continue
            v.upper.kind, v.upper.year, v.upper.year_word = v.kind, v.year, v.year_word
            unit = _VALUE.match(v.upper.text).group("unit") or shared[id(v)][0]
            for bound, comparator in ((v, ">="), (v.upper, "<=")):
                for m in self._mention(c0, clause, bound, ind_id, name, enum, unit):
                    m.value.comparator = comparator
                    m.flags.append("range: the bound of a range the sentence gives")
                    yield m

    def _mention(self, c0: int, clause: str, v: _Value, ind_id: str, name: str, enum: bool,
                 shared_unit: str, run_words: tuple[str, str] | None = None) -> Iterator[Mention]:
        flags: list[str] = []
        if v.text.rstrip().endswith("%") and self.rules.coverage.search(clause[:v.start]):
            ind_id, name = _coverage_of(ind_id, name, self.catalog)  # 持卡人数13.79亿人,覆盖97.7%的人口
            if not ind_id:
                return
        if not shared_unit and not _VALUE.match(v.text).group("unit"):  # 参保人数(万人):2020年 12.4
            units = re.findall(r"\((万人次|万人|亿人|人次|人|%|万元|亿元|元|个|户|万)\)",
                               self.paragraph[self.s0:self.s0 + c0 + v.start])
            shared_unit = units[-1] if units else ""
        pv = _parsed(v, clause, self.catalog.indicators[ind_id].unit, name, self.rules, flags, shared_unit,
                     run_words)
        if pv is None or pv.value is None:
            return
        start = self.s0 + c0 + v.start
        time = resolve_time(self.paragraph, self.s0, start, v.kind, v.year, v.year_word, self.period,
                            self.section, self.rules)
        one_year = self.period is not None and self.period[0] == self.period[1]
        several = one_year and re.search(r"近\s*\S{1,2}\s*年|\S{1,2}年来|以来|期间|时期",
                                         self.paragraph[self.s0:start])
        if (time.part_period or several) and pv.annual:  # 前两年…年均4230人: an average of those years
            time.role, time.year = "", None
            time.evidence += "; an average over several years, no one year's value"
        yield Mention(ind_id, name, pv, self.sentence.strip(), start, time, enum, flags, v.kind)


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

    from plancompare.indicators.records import mention_records, merge_repeated
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
    return pd.DataFrame.from_records(merge_repeated(records), columns=columns("indicators"))
