"""The values of a clause: its numbers, what the words around each make of it (a level, a
change, a target, a starting point …), the runs they are written in (A、B和C) and which of the
subject's names each run gives a value to. Used by :mod:`plancompare.indicators.prose`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_subject import Subject, name_pattern
from plancompare.indicators.values import ParsedValue, parse_value

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.\d+)?"  # 12,600 and 18 500
_UNIT = r"(?:万余人次|余万人次|万人次|亿人次|万余人|余万人|万人|亿人|余万名|万名|万户|万个|亿元|万元|元|余人次|人次|余人|人|名|户|个|项|%|亿|余万|万|年)"
_IN_BRACKETS = re.compile(rf"〔\s*([<>≤≥]?)\s*({_NUMBER})\s*({_UNIT})\s*〕")


def units_out_of_brackets(text: str) -> str:
    """A five-year total written with its unit inside the brackets (基数〔28.6万人〕, 目标〔>30万人〕) as :data:`VALUE`
    reads one (〔28.6〕万人, >〔30〕万人), every offset kept."""
    return _IN_BRACKETS.sub(lambda m: f"{m.group(1)}〔{m.group(2)}〕{m.group(3)}".ljust(len(m.group(0))), text)


#: a number with its unit; in 〔〕 or [] a five-year total, as tables write them
VALUE = re.compile(rf"(?P<open>[〔\[]\s*)?(?P<num>{_NUMBER})(?(open)\s*[〕\]])\s*(?P<unit>{_UNIT})?")
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d\s*年")
_PLAN_TIME = re.compile(r"十[一二三四五六七八九]五”?\s*(?:末|期末|时期|期间)")  # (“十四五”末为48.6万人): dated as a year is
_RUN_GAP = re.compile(r"^\s*(?:以上|以内|以下|之内|左右)?\s*(?:、|和|及|与|以及)\s*(?:分别)?\s*$")
_UNITS_OF = {"persons": ("人", "名"), "person-times": ("人次",), "percent": ("%",), "yuan": ("元",),
             "households": ("户",), "units": ("个", "项"), "years": ("年",)}


@dataclass
class Value:
    """One number of a predicate, with what the words around it make of it."""

    start: int  # offset in the clause
    end: int
    text: str  # number and unit as written
    kind: str = "plain"  # plain, added, change, share, modifier, target, plan_target, from, to
    year: int | None = None  # the year the from/to phrase names
    year_word: str = ""
    upper: Value | None = None  # a range's upper bound (5%—5.5%): this value is its lower bound
    dated: bool = False  # a year is written between the previous value and this one (2020年为A、2025年为B)


# --- values -----------------------------------------------------------------------------------


def values_of(clause: str) -> list[Value]:
    """The numbers of a clause, years and section numbers left out (kinds are set later)."""
    out = []
    for m in VALUE.finditer(clause):
        quoted = clause[max(0, m.start() - 1):m.start()] == "“" and not (m.group("unit") and re.match(
            r"\s*(?:以上|以内|以下|左右)?\s*”", clause[m.end():]))  # “311”工程, not “1200万人以上”的预期目标
        if YEAR_TOKEN.match(clause, m.start()) or clause[max(0, m.start() - 1):m.start()] in ("第", "十") or quoted or \
                re.match(r"(?:19|20)\d\d\s*[—–~至到-]\s*(?:19|20)\d\d\s*年", clause[m.start():]):  # 2021—2023年
            continue
        if re.match(r"\s*(?:[—–~-]|至|到)\s*\d+\s*月", clause[m.end():]) or re.match(r"\s*(?:个)?月", clause[m.end():]) or \
                re.match(r"\s*[日号]", clause[m.end():]) and re.search(r"月\s*$", clause[:m.start()]):
            continue  # 1—9月: months, not a value; 1月9日: a day
        if re.match(r"\s*(?:[—–~-]\s*\d+\s*)?周?岁", clause[m.end():]):
            continue  # 16—24岁青年: an age band
        if re.match(r"[:∶]\s*\d", clause[m.end():]) or re.search(r"\d\s*[:∶]$", clause[:m.start()]):
            continue  # 高、中、初级专业技术人才比例达到12:40:48: a ratio's terms, no value each
        if re.match(r"\s*(?:以内|以上|以下|左右)?\s*[〕\])]?\s*/\s*[<>≤≥]?\s*[〔\[(]?\s*\d", clause[m.end():]) or re.search(
                r"\d\s*(?:%|[万亿]?(?:人次|人|户|个|元))?\s*(?:以内|以上|以下|左右)?\s*[〕\])]?\s*/\s*[<>≤≥]?\s*[〔\[(]?\s*$",
                clause[:m.start()]):
            continue  # 覆盖2/3人口: a fraction; 3.2%/<4%, 12.8/15万人: a pair whose parts no words here name
        if m.group("unit") == "年" and re.match(r"\s*(?:累计|来|间|内|期间|中|里|后|以来|时间)", clause[m.end():]):
            continue  # 5年累计…, 三年来: a span of time, not a value
        v = Value(m.start(), m.end(), m.group(0))
        gap = clause[out[-1].end:v.start] if out else ""
        if out and out[-1].upper is None and (re.fullmatch(r"\s*[—–~～-]\s*", gap) or (
                re.fullmatch(r"\s*[至到]\s*", gap) and (re.match(r"\s*(?:之间|区间|范围)", clause[v.end:]) or (
                    re.search(r"\d(?:[万亿]?(?:人次|人|名)?|%)$", out[-1].text) and not re.search(r"[从由][^,;。]{0,8}$", clause[:out[-1].start]))))):
            out[-1].upper, out[-1].end = v, v.end  # 5%—5.5%: one range, two bounds, read as one value
            continue
        out.append(v)
    return out


#: a list closed by 的目标 after the value (失业率控制在5.5%以内、参保率达到95%的目标): each item is a target
_CLOSED_BY_TARGET = re.compile(r"[^,。;、\d]{0,6}、(?!\s*(?:均|都|分别)?(?:略|远|明显)?(?:高于|低于|超过|超出|好于|优于|超|(?:超额|提前)?完成|实现|达到|接近|突破))"
                               r"[^,。;]{0,30}?\d[^,。;]{0,12}?(?:的|等)(?:规划|预期|年度|主要|既定|各项)?目标")


def aside_bracket(v: Value, values: list[Value], clause: str, pred: int) -> int:
    """Where the bracket a value stands in opens, when it opened after an earlier value of the predicate
    (目标值为5.5万人(2025年实际完成5.3万人): an aside with words of its own); -1 otherwise."""
    opened = clause.rfind("(", pred, v.start)
    return opened if opened >= 0 and ")" not in clause[opened:v.start] and \
        any(pred <= w.end <= opened for w in values) else -1


def classify(values: list[Value], clause: str, pred: int, rules: Rules, catalog: IndicatorCatalog,
             following: str = "") -> None:
    """Set each value's kind (and the year its from/to phrase names) from the predicate's words
    (``following``: the paragraph after the clause, where a list the clause begins may end)."""
    prev_end = pred
    for v in values:
        before, after = clause[pred:v.start], clause[v.end:]
        v.dated, prev_end = bool(YEAR_TOKEN.search(clause[prev_end:v.start]) or _PLAN_TIME.search(clause[prev_end:v.start])), v.end
        head = name_pattern(catalog).sub("", clause[:v.start])  # 平均受教育年限 names, it is no average
        v.kind = rules.kind_of(before, after, VALUE.match(v.text).group("unit") or "", head)
        opened = aside_bracket(v, values, clause, pred)
        if opened >= 0 and v.kind in ("target", "plan_target"):
            before = clause[opened + 1:v.start]  # 目标值为5.5万人(2025年实际完成5.3万人): the bracket's own words
            v.kind = rules.kind_of(before, after, VALUE.match(v.text).group("unit") or "", head)
        if v.kind == "plain" and _CLOSED_BY_TARGET.match(after + following):
            v.kind = "target"
        if v.kind == "plain" and pred and rules.kind_of(head, after, "", head) in ("from", "to"):
            v.kind = rules.kind_of(head, after, "", head)  # 人才总量(2020年:1.86万人: the tag is before the colon
            before = head
        if v.kind in ("from", "to", "current"):
            v.year, v.year_word = rules.pair_year(before, after)
            if v.year is None and not v.year_word:  # 参保率(2020年90.8%→…: the tag inside the subject's bracket
                v.year, v.year_word = rules.pair_year(clause[max(0, v.start - 8):v.start], after)
    for v, w in reversed(list(zip(values, values[1:]))):
        if v.kind == "plain" and w.kind in ("target", "plan_target") and _RUN_GAP.match(clause[v.end:w.start]):
            v.kind = w.kind  # 分别高于70%和90%的规划目标: the run's targets, all of them


def runs_of(values: list[Value], clause: str) -> list[list[Value]]:
    """Values written as one list (A、B和C) form a run, of the kind of its first value."""
    runs: list[list[Value]] = []
    for v in values:
        if runs and _RUN_GAP.match(clause[runs[-1][-1].end:v.start]) and v.kind in (runs[-1][0].kind, "plain"):
            if v.kind == "plain":
                v.kind, v.year, v.year_word = runs[-1][0].kind, runs[-1][0].year, runs[-1][0].year_word
            runs[-1].append(v)
        else:
            runs.append([v])
    return runs


def respective(clause: str, values: list[Value], listed: int, named: int) -> bool:
    """Whether a clause's values go one to each of the ``listed`` names the sentence gave before (of which the
    subject carried on has ``named``): it says so (实际分别完成…), or it has just as many values in one list and
    reports them (目标为A2600人、B200人,实际完成2812人、236人)."""
    if listed <= named:
        return False
    if re.match(r"\s*(?:实际)?\s*(?:分别|依次)", clause):
        return True
    return len(values) == listed and re.match(r"\s*(?:实际|全年|年内)?\s*(?:完成|实现|达到)", clause) is not None and \
        all(_RUN_GAP.match(clause[a.end:b.start]) for a, b in zip(values, values[1:]))


def pairs(subject: Subject, runs: list[list[Value]], predicate: str) -> Iterator[tuple[int, Value, bool]]:
    """(index of the subject's name, value, enumeration) for every value the predicate gives a name."""
    n = len(subject.names)
    taken_plain = False
    for run in runs:
        kind = run[0].kind
        if kind in ("change", "share", "modifier"):
            continue
        if len(run) == n and (n > 1 or kind != "plain" or not taken_plain or run[0].dated):
            for i, v in enumerate(run):
                yield i, v, n > 1
        elif n > 1 and len(run) == 1 and (re.search(r"均|都|双双", predicate) or (  # A和B稳定在4.3%左右: both rates
                re.search(r"(?:稳定|控制|保持)在", predicate) and run[0].text.rstrip().endswith("%"))):
            for i in range(n):
                yield i, run[0], True
        elif n == 1 and len(run) > 1 and len({v.year for v in run if v.year}) == len(run):
            for v in run:  # one name, a year each: 2020年、2025年…分别为3.2万人和4.5万人
                yield 0, v, False
        elif n == 1 and (kind != "plain" or not taken_plain or run[0].dated):
            yield 0, run[0], False
        else:
            continue
        taken_plain = taken_plain or kind == "plain"


def parsed_value(v: Value, clause: str, unit_of: str, name: str, rules: Rules, flags: list[str],
            shared_unit: str = "", run_words: tuple[str, str] | None = None) -> ParsedValue | None:
    """The value in the grammar of values, its comparator from the words around it; None when its
    unit cannot be the indicator's. ``shared_unit``: the unit the last value of its run carries
    (285.6、98.3、112.4万人); ``run_words``: the words before and after its whole run, whose
    comparator the run's values share (分别控制在5.5%、4.5%以内)."""
    m = VALUE.match(v.text)
    unit = m.group("unit") or shared_unit
    approx = "余" in unit  # 1.2万余人: more than
    unit = unit.replace("余", "")
    if unit.endswith("名") and unit_of in ("persons", "person-times"):
        unit = unit[:-1] + "人"  # 1.86万名: 名 counts persons
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
        if "." in m.group("num") or float(re.sub(r"[, ]", "", m.group("num"))) < 100:
            return None  # 30.5 or 25 without a unit: a 万 or a caption's unit left off, not known
        unit = "人" if unit_of == "persons" else "人次"
        flags.append(f"unit_inferred: {unit_of} (the indicator's unit)")
    pv = parse_value(re.sub(r"[, ]", "", m.group("num")) + unit)
    pv.raw = v.text.strip()
    pv.comparator = (rules.comparator(clause[:v.start], clause[v.end:], unit_of)
                     or (rules.comparator(*run_words, unit_of) if run_words else "") or (">" if approx else "="))
    if m.group("open"):
        pv.cumulative = True  # 〔3.5〕万人: a five-year total
    since = re.split(r"[\d%]", clause[:v.start])[-1]  # the words since the previous number
    annual, total = rules.annual.search(since), re.search(r"累计|合计|共计|总计", since)
    if annual and (not total or annual.start() > total.start()):
        pv.annual = True  # 年均城镇新增就业不少于4万人
    elif total:
        pv.cumulative = True  # …、累计不少于20万人
    run = re.split(r"[\d%]", run_words[0])[-1] if run_words else ""  # 年均分别保持在62万人、18万人左右: each of the run
    pv.per_year = bool(pv.annual and re.search(r"年均|平均每年", since) or re.search(r"年均|平均每年", run))
    return pv


def uniform(run: list[Value], clause: str) -> bool:
    """Whether a run's values share the words around it (分别控制在5.5%、4.5%以内), rather than each
    carrying its own (5万人、5.5%以内、4%以内: 以内 is not the first one's)."""
    def dim(v: Value) -> str:
        unit = VALUE.match(v.text).group("unit") or ""
        return "" if not unit else ("%" if "%" in unit else "count")

    units = {dim(v) for v in run[:-1]} - {""}
    if units and units != {dim(run[-1])} and \
            (re.match(r"\s*(?:左右|上下)", clause[run[-1].end:]) or (
                re.match(r"\s*(?:以内|以下|以上|之内)", clause[run[-1].end:])
                and not re.search(r"(?:控制|保持|稳定|维持)在?\s*$", clause[:run[0].start]))):
        return False  # 分别为2万人、5.5%左右; 完成8万人和5.5%以内的要求: the bound is the rate's only
    return not any(re.match(r"\s*(?:以上|以内|以下|之内|左右)", clause[v.end:]) for v in run[:-1])


def range_units(low: str, high: str, unit: str) -> tuple[str, str]:
    """The units of a range's two bounds when the upper one carries the unit (1.2万至1.5万人: both 万人; 5—5.5%:
    both %): a bare lower bound larger than the upper's number counts the unit's ones, not its ten thousands
    (8000至1万人次: 8000 person-times, not 80 million)."""
    own = VALUE.match(low)
    if own is None or own.group("unit"):
        return unit, unit
    upper = VALUE.match(high)
    number = lambda m: float(re.sub(r"[, ]", "", m.group("num")))  # noqa: E731
    if upper is not None and number(own) > number(upper) and unit[:1] in ("万", "亿"):
        return unit[1:], unit
    return unit, unit
