"""Checks over one sentence's mentions, once all its clauses are read: what a sentence says of
one indicator as a whole decides what one clause could not (its base year), or shows that a
clause was misread (two values for one role and year)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.prose_markers import MONTH_END, before_year_end
from plancompare.indicators.prose_results import own_clause
from plancompare.indicators.values import canonical_unit

if TYPE_CHECKING:
    from plancompare.indicators.prose import Mention
    from plancompare.indicators.prose_time import TimeContext
    from plancompare.indicators.values import ParsedValue

__all__ = ["SEVERAL_YEARS", "bases_beside_later", "date_by_closing_note", "drop_part_counts", "settle_baselines", "unplace_conflicts", "unplace_part_years", "unplace_running_totals", "unplace_shared_targets"]

#: words that make a statement cover several years (近五年, 十年来, “十三五”期间, 以来)
SEVERAL_YEARS = re.compile(r"[二三四五两]年(?:合计|累计|共计|总计)|每年(?:均|都)|历年|连续\s*\S{1,2}\s*年|过去\s*(?:[二三四五六七八九十两]|\d{1,2})\s*年|近\s*\S{1,2}\s*年|\S{0,2}年来|(?<!今年)(?<!本年)(?<!年初)以来|期间|时期|五年|十[一二三四五六七八九]五(?!”?[^,;。]{0,6}之年)")  # not “十五五”开局之年


def unplace_part_years(time: TimeContext, pv: ParsedValue, before: str, period: tuple[int, int] | None,
                       flow: bool, joined: str = "") -> None:
    """Leave unplaced what is no one year's value: a flow up to a month before the year's end
    (截至11月底…新增就业1.42万人; the plan's running total, 截至6月底…累计完成, stays dated), and an
    average over several years (前两年…年均4230人, 近五年…年均 in a bulletin). ``before``: the
    sentence up to the value, ``joined`` the ;-parts of its statement before it. A flow 今年以来 (with no later 全年) is the year so far. A bulletin's 累计 that names no such span (全年…累计达3.6万人) is the
    year's total, not a five-year one."""
    one_year = period is not None and period[0] == period[1]
    own_year = re.search(r"(?<![—–~至到\-\d])(?:19|20)\d\d\s*年(?:全年|底|末)?(?!以来|起)(?![^,;]*(?:年均|平均))[^,;]*$", before)  # …每年都保持在…以上,2019年全年为6873人
    several = one_year and SEVERAL_YEARS.search(before) and not own_year
    if one_year and not several:
        pv.cumulative = time.period_total = False
    month = MONTH_END.search(before) or (None if re.search(r"(?:19|20)\d\d\s*年|全年|年末|年底|今年|本年", before)
                                          else MONTH_END.search(joined))  # 截至9月底,…;帮助成功创业320人: the same date
    held = re.search(r"(?:稳定|保持|控制)在[^,;。\d]{0,4}$|(?:均值|平均值?)\s*(?:为|是)?\s*$", before)  # 今年以来…失业率
    # 稳定在3%以内, 均值5.2%: over the months so far
    if one_year and (flow or held) and time.role == "actual" and re.search(r"(?:今年|年初)以来(?!.*全年(?!目标|任务|计划))", before) and \
            not pv.cumulative:
        time.role, time.year = "", None  # 今年以来…新增城镇就业1862人: the year so far, not the year's total
        time.evidence += "; the year so far (今年以来), not the year's total"
    if one_year and flow and time.role == "actual" and re.search(r"目前|迄今|到目前为止", before) and \
            not re.search(r"全年", before) and not pv.cumulative:
        time.role, time.year = "", None  # 目前已完成4.9万人: the year so far, up to a date not given
        time.evidence += "; a flow so far (目前), not the year's total"
    this_year = one_year and re.search(rf"(?:今年|本年|年初|{period[0]}\s*年)以来", before)  # 2024年以来,截至11月底,累计…
    if before_year_end(month, before) and flow and time.role and time.role != "target" and \
            (not pv.cumulative or this_year):
        time.role, time.year = "", None
        time.evidence += "; a flow up to a month before the year's end"
    span = re.search(r"(?:连续\s*(?:[一二三四五六七八九十两]{1,2}|\d{1,2})\s*个?年|(?<![\d第])十\s*年(?:间|来|以来)|两个五年)"
                     r"[^,;。\d()]*(?:,[^,;。\d()]*)?$", before.split("其中")[-1])
    if span and not own_year and time.role:  # 连续三年超过5万人, “十三五”和“十四五”十年间: several years, none of them
        time.role, time.year = "", None
        time.evidence += f"; '{span.group(0)}' spans several years, no one year's value"
    named = (re.search(r"十[一二三四五六七八九]五”?\s*(?:时期|期间)[的之]?\s*(?:年均|平均每年|每年)\s*$", before) or re.search(
        r"(?:十[一二三四五六七八九]五(?:”?\s*(?:时期|期间)|”\s*,)|过去\s*[五5]\s*年|(?<![前近头])[五5]\s*年(?:来|间))[^。]*?"
        r"(?:年均|平均每年)[^,;。\d]{0,12}$", before)) and \
        not re.search(r"[前头]\s*[一二三四两1-4]\s*年|以来|截[至止]|(?:19|20)\d\d\s*年", before)  # 十四五时期,…累计…,年均…
    so_far = period is not None and not one_year and time.year is not None and time.year < period[1] and \
        re.search(r"以来[^。]*?截[至止]|(?:截[至止]|到\s*(?:19|20)\d\d\s*年(?:末|底))[^。]*?(?:以来|累计)", before)  # 规划实施以来,截至2023年末…年均1620人
    if (time.part_period or several or so_far) and pv.annual and not named and not own_year:  # “十三五”时期的年均2,340人: that period's
        time.role, time.year = "", None
        time.evidence += "; an average over several years, no one year's value"


def settle_baselines(mentions: list[Mention], period: tuple[int, int] | None,
                     catalog: IndicatorCatalog) -> list[Mention]:
    """Where a sentence of a plan gives the target for the plan's last year or a later result, a
    starting point without a year (由10.8年提高到11.3年, 基期值为…) is the base year's; in a bulletin, an
    earlier year's level beside the document year's is its comparison base. (A result for the year
    before the plan beside a later value becomes the base over the whole paragraph:
    :func:`bases_beside_later`.)"""
    if period is None:
        return mentions
    if period[0] == period[1]:  # a bulletin: an earlier year's level beside a later one's is its comparison base
        for m in mentions:  # 去年…6.08万人,比上年的5.62万人: the year before the one the sentence reports
            if m.kind == "from" and m.time.evidence.startswith("from '上年") and any(
                    p.indicator_id == m.indicator_id and p.time.role == "actual" and p.time.year == m.time.year
                    and p.kind != "from" and p.time.year < period[0] for p in mentions):
                m.time.year -= 1
                m.time.evidence += "; the year before the year the sentence reports"
            elif m.kind == "from" and m.time.evidence.startswith("from '上年") and any(  # 一年来,…由上年的5.6%回落到5.1%
                    p.indicator_id == m.indicator_id and p.kind != "from" and p.time.year is None for p in mentions):
                m.time.year, m.time.evidence = None, m.time.evidence + "; the year before a year the text does not give"
        latest: dict[str, int] = {}
        for m in mentions:
            if m.time.role == "actual" and m.time.year and m.time.year <= period[0]:
                latest[m.indicator_id] = max(latest.get(m.indicator_id, 0), m.time.year)
        for m in mentions:
            if m.indicator_id in latest and m.time.role == "actual" and m.time.year and m.time.year < latest[m.indicator_id] \
                    and m.kind == "plain" and not catalog.indicators[m.indicator_id].flow:  # a flow's years are a series
                m.time.role = "baseline"
                m.time.evidence += "; stated beside the document year's value: the comparison base"
        return mentions
    for m in mentions:  # 五年间…从38.2万人增长到46.9万人: the start of the five years
        pair = next((p for p in mentions if p.indicator_id == m.indicator_id and p.time.year and p.kind in ("to", "plain")
                     and p.time.role == "actual"), None)
        if m.kind == "from" and m.time.year is None and m.time.back and pair is not None:
            m.time.year = pair.time.year - m.time.back
            m.time.evidence += f"; five years before {pair.time.year}"
    targets = {m.indicator_id for m in mentions if m.time.role == "target" and m.time.year == period[1]}
    later = {m.indicator_id for m in mentions if m.time.role in ("actual", "target") and m.time.year
             and m.time.year >= period[0]}  # 2020年分别为…,2023年分别为…: the first is where it started
    for m in mentions:  # 由233.7万人增加到2023年底的262.5万人: from the plan's base too
        if m.indicator_id not in targets and m.indicator_id not in later:
            continue
        if m.kind == "from" and m.time.year is None:
            m.time.year = period[0] - 1
            m.time.evidence += f"; the plan's base year ({period[0] - 1}), beside a value of the plan"
    return mentions


def bases_beside_later(mentions: list[Mention], period: tuple[int, int] | None, catalog: IndicatorCatalog,
                       looks_back: bool = False, sets_targets: bool = True, paragraph: str = "") -> list[Mention]:
    """In a plan, a result for the year before the plan stated beside a later value of the same
    indicator (in its sentence, or its paragraph: 2020年,全市城镇登记失业率为3.1%。…2023年回落至2.7%)
    is the plan's base (a whole period's total, “十三五”期间累计…, only where the section sets targets:
    ``sets_targets``); not in a section that reviews the period before (``looks_back``: 发展基础), whose
    results stay results even where its last sentence says what the plan aims at."""
    mentions = _base_years_named(_bases_taken_up(_five_years_reported(mentions, period, paragraph), catalog), period,
                                 paragraph)
    if period is None or period[0] == period[1]:
        return mentions
    if looks_back:
        return _reviewed_bases(mentions, period)
    later = {m.indicator_id for m in mentions if m.time.role in ("actual", "target") and m.time.year
             and m.time.year >= period[0]}
    beside = {(m.indicator_id, m.sentence) for m in mentions if m.time.role in ("actual", "target") and m.time.year
              and m.time.year >= period[0]}  # “十三五”实际完成8.7万人,“十四五”目标9万人: a pair in one sentence
    for m in mentions:
        if m.indicator_id in later and m.time.role == "actual" and m.time.year == period[0] - 1 \
                and (m.kind in ("to", "from") or (m.kind in ("plain", "added") and (
                    sets_targets or not m.time.period_total or (m.indicator_id, m.sentence) in beside))):
            m.time.role = "baseline"
            m.time.evidence += "; stated beside a later value of the plan: its base"
    return mentions


def _reviewed_bases(mentions: list[Mention], period: tuple[int, int]) -> list[Mention]:
    """In a review of the plan before (发展基础), a result for that plan's base year stated in one sentence with its
    result for its last year (2020年、2025年分别为52.6万人和63.8万人) is the reviewed plan's base."""
    ends = {(m.indicator_id, m.sentence) for m in mentions if m.time.role == "actual" and m.time.year == period[0] - 1}
    for m in mentions:
        if m.time.role == "actual" and m.time.year == period[0] - 6 and (m.indicator_id, m.sentence) in ends:
            m.time.role = "baseline"
            m.time.evidence += "; stated beside the reviewed plan's last year: its base"
    return mentions


def _base_years_named(mentions: list[Mention], period: tuple[int, int] | None, paragraph: str) -> list[Mention]:
    """A value that ``这一数字为`` dates earlier than a value of the same indicator before it is that value's base; and
    in a one-year text, a value dated 上年 or 前年 beside a later one of the same indicator (今年…3126人。上年,全县
    城镇新增就业为3018人; 去年…92.4%。前年…为90.8%) is the base the later one is compared with, as 上年为A is."""
    for m in mentions:  # 2020年…4.12万人。“十二五”时期,这一数字为累计3.86万人: the earlier period's, compared with
        if m.time.role == "actual" and m.time.year and \
                re.search(r"(?:这一|这个|该)(?:数字|数据)\s*(?:为|是)[^,;。\d]{0,4}$", paragraph[:m.start]) and \
                any(p.indicator_id == m.indicator_id and p.start < m.start and p.time.role == "actual" and
                    (p.time.year or 0) > m.time.year for p in mentions):
            m.time.role = "baseline"
            m.time.evidence += "; this figure of an earlier time, beside a later one: its base"
    if period is None or period[0] != period[1]:
        return mentions
    for m in mentions:
        if m.time.role == "actual" and m.time.year and re.search(r"marker '(?:上|前)年(?:末|底)?'", m.time.evidence) and \
                any(o.indicator_id == m.indicator_id and o.time.role != "target" and o is not m and
                    (o.time.year or period[0] + 1) > m.time.year for o in mentions):
            m.time.role = "baseline"
            m.time.evidence += "; stated beside a later value of the same indicator: its base"
    return mentions


def _five_years_reported(mentions: list[Mention], period: tuple[int, int] | None, paragraph: str) -> list[Mention]:
    """In a one-year text of a plan's last year that reports the year before (去年…。五年来,…累计41.2万人: a work
    report), 五年来 ends with the year it reports, not with its own year."""
    if period is None or period[0] != period[1] or period[0] % 5 or not re.search(r"去年|过去\s*一年", paragraph) or \
            re.search(r"今年(?:以来)?\s*,?[^。;]{0,20}(?:完成|实现了|共)", paragraph):
        return mentions
    for m in mentions:
        if m.time.role == "actual" and m.time.year == period[0] and re.match(r"marker '[五5]\s*年(?:来|间)?'", m.time.evidence):
            m.time.year -= 1
            m.time.evidence += "; the five years to the year the text reports"
    return mentions


def _bases_taken_up(mentions: list[Mention], catalog: IndicatorCatalog) -> list[Mention]:
    """An earlier year's level of stocks or rates taken up again by reference after later values of the same indicators
    (2025年…参保人数分别达到320万人…。2024年,上述三项参保人数分别为311.6万人…; 6月末…为42.6万人…。2023年末,这两项
    指标分别为…) is where those start from, not a result reported; one said to be completed (上述两项指标分别完成…) stays
    a result, and so do levels among that year's other results (2022年,…分别完成4.63万人…;上述三项参保人数依次为…)."""
    for m in mentions:
        if m.time.role == "actual" and m.time.year and not catalog.indicators[m.indicator_id].flow and \
                re.search(r"上述|这[两二三四五]项", m.sentence) and not re.search(r"完成|实际|实现", m.sentence) and \
                any(p.indicator_id == m.indicator_id and p.start < m.start and p.time.year and p.time.year > m.time.year
                    and p.time.role in ("actual", "target") for p in mentions) and \
                not any(o.time.role == "actual" and o.time.year == m.time.year and o.sentence != m.sentence and
                        o.start < m.start and o.indicator_id not in {p.indicator_id for p in mentions if p.sentence == m.sentence}
                        for o in mentions):
            m.time.role = "baseline"
            m.time.evidence += "; an earlier level of values stated above, taken up again: their base"
    return mentions


_HOLDS = {"<=": lambda v, b: v <= b, "<": lambda v, b: v < b, ">=": lambda v, b: v >= b, ">": lambda v, b: v > b}


def unplace_conflicts(mentions: list[Mention], catalog: IndicatorCatalog) -> list[Mention]:
    """One sentence giving one indicator, for the same role, year and basis, two different point
    values (户籍人口参保率98%,常住人口参保率95%), or a point value outside a bound it also gives, has
    misread one of them: none of them is placed, all are flagged. A bound the point value keeps
    (控制在3.5%以内,2020年末为2.9%) and a floor beside a goal (不少于3万人、力争3.5万人) agree; a result's
    round bound beside its exact value (突破500万人,达到503.6万人) is dropped for it."""
    def key(m: Mention) -> tuple:
        flow = catalog.indicators[m.indicator_id].flow  # a stock's or a rate's 全年 makes no other basis
        return m.indicator_id, m.time.role, m.time.year, flow and m.value.cumulative, flow and m.value.annual

    groups: dict[tuple, list[Mention]] = {}
    dropped: set[int] = set()
    for m in mentions:
        if m.time.role and m.value.value is not None:
            groups.setdefault(key(m), []).append(m)
    for group in groups.values():
        points = {m.value.value for m in group if m.value.comparator not in _HOLDS}
        bounds = [m for m in group if m.value.comparator in _HOLDS]
        broken = [b for b in bounds for p in points if not _HOLDS[b.value.comparator](p, b.value.value)]
        if group[0].time.role == "target" and re.search(r"确保[^,;。]{0,12}\d[^,;。]*?(?:力争|争取)", group[0].sentence):
            broken = []  # 确保1.2万人、力争突破1.3万人: a floor to keep and an aim beyond it agree
        if (len(points) > 1 and group[0].time.role != "target") or broken:
            for m in group:
                m.flags.append(f"conflict: the sentence gives {m.time.role} {m.time.year or ''} other values too")
                m.time.role, m.time.year = "", None
    for b in mentions:  # 突破500万人,达到503.6万人; 逾2万人,达到20463人: the exact one is the result
        if b.time.role == "actual" and b.value.comparator in (">", ">=") and b.value.value and any(
                p.indicator_id == b.indicator_id and p.time.role == "actual" and p.time.year == b.time.year
                and p.value.comparator in ("", "=") and p.value.value is not None
                and _scaled(b) <= _scaled(p) <= 1.2 * _scaled(b) for p in mentions):
            dropped.add(id(b))
    return [m for m in mentions if id(m) not in dropped]


def unplace_running_totals(mentions: list[Mention], paragraph: str, period: tuple[int, int] | None,
                           catalog: IndicatorCatalog) -> list[Mention]:
    """A one-year text's 累计 figure after the year's own figure of the same indicator (全年…新增就业1260人,累计
    实现…8600人), or a flow's 累计有 (截至年末,全市累计有12.6万人取得…证书): a running total over a span the text does
    not say, not the year's; left unplaced and flagged."""
    if period is None or period[0] != period[1]:
        return mentions
    for k, m in enumerate(mentions):
        earlier = [e for e in mentions[:k] if e.indicator_id == m.indicator_id and m.time.role == "actual" and (
                   e.time.role == "actual" and e.time.year == m.time.year or not e.time.role and not e.value.annual and  # 今年以来…;累计…
                   not re.search(r"全年|年末|年底", re.split(r"[,;]", paragraph[e.start:m.start])[-1]))  # 全年累计: the year's
                   and e.value.value != m.value.value and e.start < m.start]
        between = paragraph[earlier[-1].start:m.start] if earlier else ""
        between = "" if re.search(r"[。!?]", between) else between  # the same statement only
        holders = m.time.role == "actual" and catalog.indicators[m.indicator_id].flow and \
            re.search(r"累计(?:共)?有\s*$", paragraph[:m.start]) is not None and \
            not SEVERAL_YEARS.search(re.split(r"[。!?]", paragraph[:m.start])[-1])  # 五年来,全省累计有…: the five years'
        if holders or earlier and re.search(r"累计|共计|总计", between) and not SEVERAL_YEARS.search(between):
            m.flags.append(f"a running total{'' if holders else ' beside the year' + chr(39) + 's own figure'}: over a span "
                           "the text does not say")
            m.time.role, m.time.year = "", None
    return mentions


def _scaled(m: Mention) -> float:
    """A mention's number in its unit's base (2万人 → 20000)."""
    unit = canonical_unit(m.value.unit) if m.value.unit else None
    return m.value.value * (unit[1] if unit else 1.0)


_DONE_WORDS = re.compile(r"已|实际|完成|实现了|达到了|累计|共")
#: the end of a clause, not a thousands separator (5,412人)
def unplace_beside_aims(mentions: list[Mention], paragraph: str, period: tuple[int, int] | None,
                        section: str) -> list[Mention]:
    """Leave open, in a one-year text of no known kind, a value after an aim of another indicator in its sentence,
    neither with a word of a result (2026年,全市城镇新增就业目标为5万人,城镇调查失业率控制在5.5%左右,…: aims,
    or the year's results); and a value of no time words of its own after a text says it both reviews and plans
    (会议回顾了过去五年的工作,部署了2026年重点任务。会上通报,…), or after a bare label 主要指标: with no verb. (A bound right after the same rate's result,
    2.9%,控制在3.5%以内, stays the result kept within it.)"""
    if period is None or period[0] != period[1]:
        return mentions
    for m in mentions:  # 主要指标:“十四五”时期城镇新增就业2.6万人、…: the plan's aims quoted, or its results
        sentence = re.split(r"[。!?]", paragraph[:m.start])[-1]
        label = re.search(r"主要指标\s*:", sentence)
        if label and m.time.role and not re.search(r"完成|实现|达到|累计|目标|计划|力争|确保|控制|保持|稳定|[为是有]|\d\s*年",
                                                   sentence[label.end():]):
            m.time.role, m.time.year = "", None
            m.time.evidence += "; a bare list under 主要指标, with no word of an aim or a result nor a year: either"
    if section:
        return mentions
    both = re.search(r"回顾[^。]*(?:部署|安排)|总结[^。]*部署", paragraph)  # 会议回顾了过去五年的工作,部署了2026年…
    for m in mentions:
        sentence = re.split(r"[。!?]", paragraph[:m.start])[-1]
        if both and both.end() <= m.start and m.time.role and not m.time.explicit and \
                not re.search(r"(?:19|20)\d\d\s*年|今年|去年|明年|全年|年末|年底|年内|累计", sentence):
            m.time.role, m.time.year = "", None
            m.time.evidence += "; a text that both reviews and plans, with no time words of its own: either"
            continue
        if m.time.role != "actual" or m.time.year is None or _DONE_WORDS.search(own_clause(paragraph, m.start)) or \
                re.match(r"[^,;。(]{0,8}\(\s*(?:年度|全年|年)?(?:目标|计划)", paragraph[m.start:]):
            continue  # …14.8万人(年度目标12万人): a result beside its own target
        if any(r.start < m.start and r.time.year == m.time.year and r.indicator_id != m.indicator_id and
               r.time.role == "target" and r.kind in ("target", "plan_target") and
               not re.search(r"完成|实现|超额|超过|低于|高于", own_clause(paragraph, r.start)) for r in mentions):
            m.time.role, m.time.year = "", None
            m.time.evidence += "; after an aim of the same sentence, with no word of a result: an aim or a result, unknown"
    return mentions


def date_final_results(mentions: list[Mention], period: tuple[int, int] | None, section: str) -> list[Mention]:
    """In a final evaluation (总结评估, 终期, 收官), a result its words leave undated beside the plan's target of the
    same indicator (技能人才总量目标值为45万人,实际完成47.3万人) is the plan's outcome: dated at its last year, a
    flow over the same span as the target."""
    if period is None or period[0] == period[1] or not re.search(r"总结|终期|收官", section):
        return mentions
    for m in mentions:
        if m.time.role != "actual" or m.time.year is not None or m.time.part_period:
            continue
        target = next((t for t in mentions if t.indicator_id == m.indicator_id and t.time.role == "target"
                       and t.time.year == period[1]), None)
        if target is not None:
            m.time.year, m.time.period_total = period[1], target.time.period_total
            m.time.evidence += f"; beside the plan's target in a final evaluation: the plan's outcome, {period[1]}"
    return mentions


def unplace_shared_targets(mentions: list[Mention]) -> list[Mention]:
    """A target that results of several years are measured against (2022年、2023年…分别为3.3%、3.1%,
    均低于4%的控制目标) is no one year's: left unplaced and flagged, unless the sentence dates it."""
    years: dict[str, set] = {}
    for m in mentions:
        if m.time.role == "actual" and m.time.year:
            years.setdefault(m.indicator_id, set()).add(m.time.year)
    for m in mentions:
        if m.kind == "target" and m.time.role == "target" and len(years.get(m.indicator_id, ())) > 1 \
                and m.time.year in years[m.indicator_id]:
            m.flags.append("ambiguous: the target results of several years are measured against")
            m.time.role, m.time.year = "", None
    return mentions


_CLOSING_DATE = re.compile(r"(?:以上|上述)(?:各项)?(?:数据|数字|指标|统计)(?:均|都|皆)?(?:统计)?(?:截至|截止)(?:到)?\s*((?:19|20)\d\d)\s*年")


def date_by_closing_note(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """Results that no words dated, before a note that dates them all (…参保人数达到3.42万人…。以上数据均截至
    2023年12月31日): that year."""
    note = _CLOSING_DATE.search(paragraph)
    if note is None:
        return mentions
    for m in mentions:
        if m.start < note.start() and m.time.role == "actual" and m.time.year is None and not m.time.part_period:
            m.time.year = int(note.group(1))
            m.time.evidence += f"; dated by the note '{note.group(0)}'"
    return mentions


#: a count of part of what an indicator counts, written before its kind: 9.4万人持有第三代社会保障卡
_PART_OF = re.compile(r"^[^,。;]{0,6}?持有?\s*第[一二三]代")


def drop_part_counts(mentions: list[Mention], paragraph: str) -> list[Mention]:
    """A count of one kind of what an indicator counts (holders of the third-generation card) is the
    indicator's only when the paragraph gives no other value of it for that role and year (…持有第三代社会保障卡。
    同期,…持卡人数累计达到62.3万人: the second is the total)."""
    def part(m: Mention) -> bool:
        return _PART_OF.match(paragraph[m.start:]) is not None or \
            _PART_OF.match(re.sub(r"^[\d.,]+\s*\S?人", "", paragraph[m.start:])) is not None
    whole = {(m.indicator_id, m.time.role, m.time.year) for m in mentions if not part(m)}
    kept = [m for m in mentions if not (part(m) and (m.indicator_id, m.time.role, m.time.year) in whole)]
    return [m for m in kept if not any(_named_part_of(m, o, paragraph) for o in kept)]


def _named_part_of(whole: Mention, part: Mention, paragraph: str) -> bool:
    """Whether ``part``, a 其中-part of ``whole``'s sentence with the same indicator and time, names it more
    fully (全年新增就业5.6万人,其中城镇新增就业4.8万人): the whole is then something wider, no catalog value."""
    if part is whole or part.indicator_id != whole.indicator_id or part.start <= whole.start or \
            (part.time.role, part.time.year) != (whole.time.role, whole.time.year):
        return False
    between = paragraph[whole.start:part.start]
    after = re.search(r"其中([^,;。]*)$", between)
    return len(part.name) > len(whole.name) and whole.name in part.name and "。" not in between and \
        after is not None and part.name.replace(whole.name, "", 1) in after.group(1)  # not …年均 carried on


def unplace_visions(mentions: list[Mention], period: tuple[int, int] | None) -> list[Mention]:
    """Aims dated by a year after the end of the five-year plan the text belongs to (到2035年…99%左右 beside a 15th
    plan's 2030 targets, or in a 2026 work report): a vision (远景目标), not one of the plan's targets; its value and
    year are kept, its role left open and flagged. The next plan's aims named by the plan (“十五五”时期…) stay aims."""
    if period is None:
        return mentions
    end = period[1] if period[0] != period[1] else period[0] // 5 * 5 + 5  # a year's: the plan it or the next year is in
    for m in mentions:
        if m.time.role == "target" and m.time.year is not None and m.time.year > end and str(m.time.year) in m.time.evidence:
            m.flags.append(f"a vision for {m.time.year}, after the end of the plan ({end}): not one of its targets")
            m.time.role = ""
    return mentions
