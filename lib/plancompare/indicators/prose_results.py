"""Results told from targets within a sentence: a value measured against a target beside it (为5.0%,低于5.5%的
规划目标), reached after its target (目标98%,年底达到98.6%) or said to be done (实际完成…, 截至11月底) is the
result; a bound before a result (控制在1500人以内,年末实际为1318人) is the target it is measured against."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from plancompare.indicators.catalog import IndicatorCatalog, load_catalog
from plancompare.indicators.prose_markers import MONTH_END, before_year_end
from plancompare.indicators.prose_rules import load_rules
from plancompare.indicators.prose_values import parsed_value, values_of

if TYPE_CHECKING:
    from plancompare.indicators.prose import Mention

__all__ = ["own_clause", "results_beside_their_target", "statement_checks"]

_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d{3})|[;。!?]")


#: words of an aim before a value, which keep it a target (力争达到…, 目标为…, 将…, 控制在…)
_AIM = re.compile(r"力争|争取|确保|目标|计划|预期|将|要|控制在")


def _own_part(paragraph: str, start: int) -> str:
    """The words before a value in its sentence's ;-part."""
    return re.split(r"[。;!?]", paragraph[:start])[-1]


def own_clause(paragraph: str, start: int) -> str:
    """The words of the clause a value at ``start`` stands in, before it."""
    return _CLAUSE_END.split(paragraph[:start])[-1]


#: words that measure a value against a target after it (…为5.0%,低于5.5%的规划目标; 达到38.2万人,完成38万人的…目标)
_MEASURED = re.compile(r"(?:低于|高于|超过|超出|好于|优于|完成|实现|达到|达成|突破|接近|略低于|略高于|处于|处在)了?[^,;。\d]{0,12}$")


def results_beside_their_target(mentions: list[Mention], paragraph: str, aims: bool, reviewed: bool = False,
                                catalog: IndicatorCatalog | None = None) -> list[Mention]:
    """A value the sentence then measures against a target of the same indicator and year (2025年,…为5.0%,低于
    5.5%的规划目标), or one beside a target the sentence says was met (…95%的目标如期实现,2025年达到95.8%; 完成率103%):
    the result, not a second target; the plan's last year made both targets. Not in a section or
    document that sets targets (``aims``: 主要目标, a work plan), where an aim is set above a higher level's target
    (2030年,…达到5万人,超过省定4.5万人的目标), nor for a bound (3.3%以内,低于3.5%的控制目标). A value dated 到 a
    year is an aim unless the section ``reviewed`` (工作回顾: 到2020年末…为3.12%,处于4.5%的规划控制线之内)."""
    for m in mentions:  # 年度目标:…。实际完成城镇新增就业3421人: its sentence says it was done, whatever heads the line
        if m.time.role == "target" and m.kind == "plain" and m.time.year is not None and re.search(
                r"(?:^|[。;!?])\s*(?:(?:全年|年末|年底)?\s*实际(?:完成|实现|达到|为)|(?:全年|年度)?完成(?:情况)?\s*:|执行(?:结果|情况)\s*:|"
                r"(?:截至|截止)\s*\d{1,2}\s*月(?:底|末|\s*\d{1,2}\s*日)|(?:截至|截止)?\s*(?:[一二三]季度|上半年)末)"
                r"(?![^。;!?]*(?:目标|计划|任务)(?!的?\d|[^。;!?]{0,4}(?:完成|实现)))[^。!?]*$", paragraph[:m.start]):
            opener = re.split(r"[。!?]", paragraph[:m.start])[-1]
            early = before_year_end(MONTH_END.search(opener), opener)
            flow = catalog is not None and catalog.indicators[m.indicator_id].flow
            m.time.role, m.time.year = ("", None) if early and flow else ("actual", m.time.year)
            m.time.evidence += "; its sentence reports (实际完成, 执行结果:, 截至…月底): " + (
                "a flow before the year's end" if early and flow else "the result")
    if aims:
        return mentions
    for t in mentions:
        met = re.search(r"目标[^,;。!?]{0,6}?(?:实现|完成|达成)|完成率", re.match(r"[^。!?]*", paragraph[t.start:]).group(0))
        if t.kind not in ("target", "plan_target") or t.time.role != "target" or \
                not (_MEASURED.search(paragraph[:t.start]) or met):
            continue
        for m in mentions:  # …的目标顺利实现,2025年末达到52.6万人; 2025年为61.8万人,规划目标为60万人,完成率103%
            if (m.start < t.start or met) and m is not t and m.kind in ("plain", "to") and m.indicator_id == t.indicator_id and \
                    m.value.comparator in ("", "=") and \
                    m.time.role == "target" and m.time.year == t.time.year and m.value.value != t.value.value and \
                    (reviewed or ("marker '到" not in m.time.evidence and "marker '至" not in m.time.evidence)) and \
                    not _AIM.search(_own_part(paragraph, m.start) if m.start < t.start else own_clause(paragraph, m.start)):
                m.time.role = "actual"
                m.time.evidence += "; measured against the target beside it: the result"
    return _results_after_their_target(_results_before_their_target(mentions, paragraph), paragraph)


#: a clause that opens with a year's target after a figure (…2480人,年度目标为2300人; 1250人次,年度任务为1200人次)
_TARGET_AFTER = re.compile(r"\s*(?:其)?(?:全年|年度|今年|本年度?|当年)?(?:的)?(?:目标|任务|计划)(?:任务|数)?\s*(?:为|是|:)?\s*$")


def _results_before_their_target(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """A figure followed in its sentence by the year's target of the same indicator, in a clause of its own
    (今年全县城镇新增就业2480人,年度目标为2300人): the result the target is set beside, not a second target;
    not one with a word of an aim (力争达到2500人,年度目标为2300人)."""
    for t in mentions:
        if t.kind != "target" or t.time.role != "target" or not _TARGET_AFTER.fullmatch(own_clause(paragraph, t.start)):
            continue
        for m in mentions:
            if m.start < t.start and m.kind == "plain" and m.indicator_id == t.indicator_id and m.time.role == "target" \
                    and m.time.year == t.time.year and m.value.value != t.value.value and m.value.comparator in ("", "=") \
                    and not re.match(r"marker '(?:到|至)", m.time.evidence) \
                    and not re.search(r"[。;!?]", paragraph[m.start:t.start]) and \
                    not re.search(_AIM.pattern + r"|任务|预计", _own_part(paragraph, m.start)):
                m.time.role = "actual"
                m.time.evidence += "; the year's target is set beside it after: the result"
    return mentions


def statement_checks(mentions: list[Mention], paragraph: str, reviewed: bool) -> list[Mention]:
    """The checks over a paragraph's whole statements: :func:`counted_targets`, :func:`respective_targets`, then (in a
    section that reviews) :func:`statement_results`, and :func:`rounded_bounds`."""
    return rounded_bounds(statement_results(respective_targets(counted_targets(mentions, paragraph), paragraph), paragraph,
                                            reviewed), paragraph)


def rounded_bounds(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """A bound stated right after the exact figure of the same result (为2.86%,低于3%): a rounding of it, no second
    value; left unplaced and flagged. A bound named as a target (低于3%的控制目标) is a target, not this."""
    for a, b in zip(mentions, mentions[1:]):
        between = paragraph[a.start + len(a.value.raw):b.start]
        if (a.indicator_id, a.time.role, a.time.year) == (b.indicator_id, "actual", b.time.year) and \
                a.value.comparator == "=" and b.value.comparator in ("<", ">", "<=", ">=") and \
                re.fullmatch(r"\s*,\s*(?:低于|高于|超过|不到|不足)\s*", between) and \
                re.match(r"\s*(?:[,;。!?]|$)", paragraph[b.start + len(b.value.raw):]):
            b.time.role, b.time.year = "", None
            b.flags.append("rounded_bound: a bound right after the exact figure, no second value")
    return mentions


#: a list of values closed by the number of targets it names (城镇新增就业2800人、转移就业5.2万人两项目标)
_COUNTED = re.compile(r"(?:这|等)?([两二三四五六七八九十]|\d{1,2})\s*项(?:主要|约束性|预期性)?(?:目标|指标)(?:任务)?")


def counted_targets(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """Values listed before the number of targets they are (确定的城镇新增就业2800人、…5.2万人两项目标全面完成): each a
    target, dated as the one the words after the list date, when the list holds as many values as it says."""
    for c in _COUNTED.finditer(paragraph):
        opened = max(paragraph.rfind(ch, 0, c.start()) for ch in ",;。!?:") + 1
        listed = [m for m in mentions if opened <= m.start < c.start()]
        n = "两二三四五六七八九十".find(c.group(1))
        n = int(c.group(1)) if n < 0 else max(n, 1) + 1
        dated = [m for m in listed if m.time.role == "target" and m.time.year]
        if len(listed) != n or not dated:
            continue
        for m in listed:
            if m.time.role != "target":
                m.time = dataclasses.replace(dated[-1].time)
                m.flags.append(f"listed as one of '{c.group(0)}'")
    return mentions


#: a bracket of targets after the word target (双双完成“十三五”规划目标（95%、80%）, 均处于规划控制目标（5.5%左右、4%以内）之内)
_LISTED_TARGETS = re.compile(r"目标(?:任务|值)?[”\"]?\s*\(([^()]{2,60}?)\)")


def respective_targets(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """Targets listed in a bracket after the results they belong to, in order (…劳动合同签订率…提高到96.3%,…集体合同
    签订率…提高到85.4%,双双完成规划目标(95%、80%)): each the target of the result in its place, as the results' years
    are; when the results before it name two or more indicators but not as many as the bracket lists values,
    none (whose target each is, the text does not say)."""
    catalog, rules = load_catalog(), load_rules()
    out = list(mentions)
    for b in _LISTED_TARGETS.finditer(paragraph):
        values = values_of(b.group(1))
        inside = [m for m in out if b.start(1) <= m.start < b.end(1)]
        if len(values) < 2 or not inside:
            continue
        opened = max(paragraph.rfind(c, 0, b.start()) for c in "。!?") + 1
        results: dict[str, Mention] = {}
        for m in out:
            if opened <= m.start < b.start() and m.time.role == "actual" and m.indicator_id not in results:
                results[m.indicator_id] = m
        if len(results) < 2:
            continue  # 新增就业1.82万人,年均3640人,均高于规划目标(五年1.75万人、年均3500人): one indicator's
        out = [m for m in out if m not in inside]
        if len(results) != len(values):
            continue
        for (ind, result), v in zip(results.items(), values):
            flags: list[str] = []
            pv = parsed_value(v, b.group(1), catalog.indicators[ind].unit, result.name, rules, flags)
            if pv is not None and pv.value is not None:
                out.append(dataclasses.replace(
                    inside[0], indicator_id=ind, name=result.name, value=pv, start=b.start(1) + v.start, kind="target",
                    flags=flags + ["respective: the target listed in its place after the results"],
                    time=dataclasses.replace(inside[0].time, role="target", year=inside[0].time.year or result.time.year)))
    return out


#: a share of a target measured (完成规划目标的102%), and a figure before it that it measures: a result's
_SHARE = r"(?:完成|达到|实现)[^,;。\d]{0,12}(?:目标|任务)(?:任务)?的\s*[\d.]+\s*%"
_SHARE_DONE = re.compile(rf"\d\s*[万亿]?(?:人次|人|名|%)\s*,\s*(?:已|均)?{_SHARE}")


def statement_results(mentions: list[Mention], paragraph: str, reviewed: bool) -> list[Mention]:
    """In a section that reviews, the other values a statement dates 到 a year (到2025年末,…参保率达到96.5%,高于95%的
    规划目标;…五年累计达到22.6万人) are results when one of them is: the date is the statement's, which the results
    measured against their targets show to be a result's, not an aim's; not a value with a word of an aim.
    Over a whole statement (its ;-parts), after each part's :func:`results_beside_their_target`."""
    for m in mentions if reviewed else ():
        marker = re.match(r"marker '(?:到|至)[^']*'", m.time.evidence)
        own = re.sub(_SHARE, "", _own_part(paragraph, m.start))
        if marker is None or m.time.role != "target" or m.kind not in ("plain", "to", "added") or _AIM.search(own):
            continue  # …,完成规划目标的102%,…: a share measured, no aim
        sentence = re.split(r"[。!?]", paragraph[:m.start])[-1]
        if _SHARE_DONE.search(sentence) or any(
                r.time.role == "actual" and r.time.evidence.startswith(marker.group(0)) and r.time.year == m.time.year
                and _one_statement(paragraph, r, m) and any(  # 高于95%的规划目标: its target beside it
                    t.kind in ("target", "plan_target") and t.indicator_id == r.indicator_id and t.time.role == "target"
                    and _one_statement(paragraph, r, t) for t in mentions) for r in mentions):
            m.time.role = "actual"
            m.time.evidence += "; its statement's date is a result's (another value of it measured against its target)"
    for m in mentions if reviewed else ():  # 到2025年末,…提升至88.4%: a final review's or a mid-term review's aim
        if m.time.role == "target" and m.kind in ("plain", "to", "added") and \
                re.match(r"marker '(?:到|至)\s*(?:19|20)\d\d\s*年", m.time.evidence) and \
                re.search(r"(?<!截)(?<!截止)(?<!截至)(?:到|至)\s*(?:19|20)\d\d\s*年(?:末|底)", sentence := re.split(r"[。!?]", paragraph[:m.start])[-1]) \
                and not _AIM.search(sentence + re.split(r"[,;。!?]", paragraph[m.start:])[0]):  # …“到2025年达到95%”的规划目标
            m.time.role = ""
            m.time.evidence += "; a year's end in a review, with no word of an aim: reported or aimed, it does not say"
    return mentions


def _results_after_their_target(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """A value reached after its own target in the same sentence, with no word of an aim (社保卡持卡率目标98%,年底
    达到98.6%; 目标3000人,实际5218人): the result set beside the target, not a second target."""
    for t in mentions:
        if t.kind != "target" or t.time.role != "target":
            continue
        for m in mentions:
            if m.start > t.start and m.kind == "plain" and m.indicator_id == t.indicator_id and m.time.role == "target" \
                    and m.time.year == t.time.year and m.value.value != t.value.value and m.value.comparator in ("", "=") \
                    and not re.search(r"[。;!?]", paragraph[t.start:m.start]) and \
                    re.fullmatch(r"\s*(?:(?:年底|年末|全年)(?:实际)?|实际)\s*(?:已经?)?(?:达到|达|实现|完成)?了?\s*",
                                 own_clause(paragraph, m.start)):
                m.time.role = "actual"
                m.time.evidence += "; reached after its target: the result"
    return _bounds_before_their_result(mentions, paragraph)


def _bounds_before_their_result(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """A bound before a 实际 figure of the same indicator in the sentence (登记失业人员控制在1500人以内,年末实际为
    1318人): the target the result is measured against."""
    for t in mentions:
        if t.kind == "plain" and t.time.role == "actual" and re.search(r"控制在|保持在|稳定在|不超过|不低于|不少于", own_clause(
                paragraph, t.start)) and any(  # 登记失业人员控制在1500人以内,年末实际为1318人: the bound was the aim
                m.start > t.start and m.indicator_id == t.indicator_id and m.time.year == t.time.year and
                m.time.role == "actual" and not re.search(r"[。;!?]", paragraph[t.start:m.start]) and
                re.fullmatch(r"\s*(?:年末|年底|全年)?\s*实际(?:为|完成|达到|值为)?\s*", own_clause(paragraph, m.start))
                for m in mentions):
            t.time.role = "target"
            t.time.evidence += "; a bound the result after it (实际…) is measured against: the target"
    return mentions


def _one_statement(paragraph: str, a: Mention, b: Mention) -> bool:
    return not re.search(r"[。!?]", paragraph[min(a.start, b.start):max(a.start, b.start)])
