"""Subjects a clause takes from what came before: the last N names for 上述两项指标分别…/明年,三项保险参保人数力争分别…,
and the parts after 其中 of a flow or an increase, which are amounts added, not a stock's level."""

from __future__ import annotations

import dataclasses
import re

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_subject import Subject, match_name, whole_names
from plancompare.indicators.prose_values import Value
from plancompare.structure.numbering import cn_to_int

__all__ = ["listed_before", "part_of_added", "whole_added"]

#: words that point back to the last N indicators named (上述两项指标, 以上三项, 明年,三项保险参保人数力争分别)
_SEVERAL_NAMED = re.compile(r"(?:上述|以上|前述|这|这些|此|(?<![\u4e00-\u9fff])|(?<=[,:年]))\s*([两二三四五六七八九]|\d)\s*项"
                            r"(?:指标|保险(?:参保人数)?|参保人数|人数|覆盖率|参保率|培训(?:计划)?|任务|目标|证书)?"
                            r"(?=[^,;。\d]{0,12}?(?:分别|依次))")


#: a clause that gives results of the names before it with no name of its own (…;全年实际完成值分别为A、B和C)
_RESULTS_OF_NAMED = re.compile(r"\s*(?:全年|年度|当年|年末)?\s*实际\s*(?:完成|实现|达到)?\s*(?:值|数)?\s*(?:分别|依次)\s*"
                               r"(?:为|是|达到|完成|实现)?\s*")


def _in_their_units(named: list[tuple[str, str]], values: list[Value], catalog: IndicatorCatalog,
                    lead: re.Match) -> Subject | None:
    """The names, one per value, when there are as many distinct ones as values and each value is in its name's
    unit (a rate's a %, a count's not)."""
    if len(named) != len(values) or len({i for i, _ in named if i}) != len(values):
        return None
    if any((catalog.indicators[i].unit == "percent") != ("%" in v.text) for (i, _), v in zip(named, values)):
        return None
    return Subject(tuple(named), lead.end())


def _own_name(text: str, catalog: IndicatorCatalog) -> bool:
    """Whether the words after 前者/后者 name an indicator of their own (后者中高技能人才达到…)."""
    own = re.split(r"达到|为|是|要|将|力争|增加|增至|提高|保持|稳定|控制", re.sub(r"^(?:中|当中|之中|的)", "", text.strip()))[0]
    return bool(own) and any(match_name(own + s, catalog) for s in ("", "总量", "人数"))


def listed_before(clause: str, values: list[Value], named: list[tuple[str, str]], catalog: IndicatorCatalog,
                  rules: Rules) -> Subject | None:
    """The last N of the names ``named`` so far, for a clause that takes them up by their number (上述两项指标分别
    完成…), unless the clause names its own (城镇职工和城乡居民两项…) or they are not N indicators; the last two's
    first for 前者, second for 后者."""
    pair = re.search(r"(前者|后者)", clause[:values[0].start]) if values else None
    if pair and len(named) >= 2 and len({i for i, _ in named[-2:] if i}) == 2 and \
            not whole_names(clause[:pair.start()], catalog, rules) and \
            not _own_name(clause[pair.end():values[0].start], catalog):  # A…,B…;到2030年,前者…,后者…: A, then B
        # (后者中高技能人才达到…: the name after it is the subject)
        return Subject((named[-2] if pair.group(1) == "前者" else named[-1],), pair.end())
    if values and len(values) > 1 and _RESULTS_OF_NAMED.fullmatch(clause[:values[0].start]):
        return _in_their_units(named[-len(values):], values, catalog, _RESULTS_OF_NAMED.fullmatch(clause[:values[0].start]))
    several = _SEVERAL_NAMED.search(clause[:values[0].start]) if values else None
    n = (int(several.group(1)) if several.group(1).isdigit() else cn_to_int(several.group(1).replace("两", "二"))) \
        if several else 0
    measure = re.search(r"项(参保人数|人数|覆盖率|参保率)", several.group(0)) if several else None
    if measure:  # 这三项参保人数依次为…: the last three counts named, not the rates named after them
        named = [nm for nm in named if nm[1].endswith(measure.group(1))]
    elif several and values and not any("%" in v.text for v in values):  # 上述三项累计分别为2.86万人、…: counts
        named = [nm for nm in named if nm[0] and catalog.indicators[nm[0]].unit != "percent"]
    if not n or len(named) < n or len({i for i, _ in named[-n:] if i}) < n or \
            whole_names(clause[:several.start()], catalog, rules):
        return None
    return Subject(tuple(named[-n:]), several.end())


def whole_added(clause: str, so_far: str, subject: Subject | None, catalog: IndicatorCatalog, before: bool) -> bool:
    """Whether the whole a clause's 其中 parts belong to is an amount added: a flow (城镇新增就业3.6万人,其中…) or an
    increase without a name of its own (全年新增参保8.6万人,其中…). ``so_far``: the sentence before the clause;
    ``before``: the answer for the clause before, which the parts after the first keep."""
    if re.match(r"\s*其中", clause):
        last = re.split(r"[,;:]", so_far.rstrip(",;: "))[-1]
        return (subject is not None and all(i and catalog.indicators[i].flow for i, _ in subject.names)) or (
            subject is None and re.match(r"\s*(?:全年|累计|今年|当年)?\s*(?:新增|增加|净增)[^,;。\d]{0,8}\d", last) is not None)
    return before and "其中" in so_far


def part_of_added(own: Subject | None, added_whole: bool, catalog: IndicatorCatalog) -> Subject | None:
    """A subject of counts that are parts of an amount added (其中失业保险2.2万人 after 新增参保): marked added, so
    that no stock's level is read from it."""
    if own is None or own.added or not added_whole or \
            any(i and catalog.indicators[i].unit != "persons" for i, _ in own.names):
        return own
    return dataclasses.replace(own, added=True)


#: a clause that sets the population the next ones count (在参加城镇职工社会保险的人员中, 城镇职工各项社会保险中)
_FRAME = re.compile(r"(城镇职工|城乡居民|企业职工|机关事业单位)[^,;。\d]{0,8}?(?:社会保险|各项保险|参保)[^,;。\d]{0,8}?中\s*[,:]")


def qualified_by_frame(own: Subject | None, so_far: str, catalog: IndicatorCatalog) -> Subject | None:
    """A subject whose scheme both workers and residents have (基本养老保险, 基本医疗保险) after a clause that sets
    the population (在全县参加城镇职工社会保险的人员中,基本养老保险6.82万人): that population's, which the catalog
    may not hold; then it names no indicator rather than the unqualified whole."""
    if own is not None and re.search(r"新增(?:参保|参加[^,;。\d]{0,12}?保险)的?(?:人员|人数|职工|单位)?中\s*[,:]", so_far):
        return part_of_added(own, True, catalog)  # 新增参保人员中,参加失业保险的2100人: added, no scheme's stock
    frame = _FRAME.search(so_far)
    if own is None or frame is None:
        return own
    def narrowed(ind: str, name: str) -> str:
        unit = catalog.indicators[ind].unit if ind else ""
        return match_name(frame.group(1) + name, catalog) or (  # 基本养老保险6.82万人 among the insured: its count
            match_name(frame.group(1) + name + "参保人数", catalog) if unit == "persons" else "")

    names = tuple((narrowed(ind, name) if ind else ind, name) if re.match(r"基本(?:医疗|养老)保险", name) else (ind, name)
                  for ind, name in own.names)
    return dataclasses.replace(own, names=names)


_ARROW_YEARS = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:→|->|—>|－>)\s*((?:19|20)\d\d)\s*年?")


def arrow_years(section: str) -> dict[str, tuple[int, str]]:
    """The years a heading gives the pairs below it (主要指标(2020年→2025年): 3.42→3.05 is 2020's and 2025's)."""
    m = _ARROW_YEARS.search(section)
    return {"from": (int(m.group(1)), f"{m.group(1)}年"), "to": (int(m.group(2)), f"{m.group(2)}年")} if m else {}


def continued(head: str, rules: Rules) -> bool:
    """Whether a sentence's words before its first value are only a predicate, so that it speaks of the
    indicator the sentence before spoke of (第二年…新增4.68万人); after 其中 only with a year of its own
    (其中,2021年新增4760人; not 其中,4760人为高校毕业生: a part of it)."""
    part = re.match(r"\s*其中\s*[,:]?", head)
    if part and not re.match(r"\s*(?:(?:19|20)\d\d\s*年|第\s*[一二三四五1-5]\s*个?年|当年|收官之?年)", head[part.end():]):
        return False
    return rules.continues(head[part.end():] if part else head)
