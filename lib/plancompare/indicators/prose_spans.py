"""Spans of years a statement covers other than one year: a plan's first years (“十四五”前三年), an
explicit span (2021—2022年), a long span (十年来, 党的十八大以来)."""

from __future__ import annotations

import re

from plancompare.structure.numbering import cn_to_int, fyp_end

__all__ = ["FIRST_YEARS", "SPAN", "first_years", "other_span"]

#: a plan's first years: “十四五”前三年, 规划实施两年来, and at a clause's start 前两年(2021—2022年) or 三年累计
FIRST_YEARS = re.compile(r"(?:“?(十[一二三四五六七八九]五)”?|规划实施|规划期)\s*(?:时期|期间)?\s*(?:以来)?\s*(?:的)?"
                          r"(?:[前头]([一二三四两]|\d)年(?!半)|([一二三四两]|\d)年(?:来|间|以来))"
                          r"|(?:^|(?<=[,;:]))\s*(?:规划)?(?:[前头]([一二三四两]|\d)年(?!半)|([两二三四]|[2-4])年(?=累计|合计|共计))")
#: an explicit span of years (2021—2022年): shorter than a plan period, it dates a running total
SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*[—–\-~至到]\s*((?:19|20)\d\d)\s*年")
#: a span of years that is not one plan period: 十年来, 近十年, 党的十八大以来
_LONG_SPAN = re.compile(r"过去\s*(?:十|[二两三四六七八九]|\d{2,}|[2-46-9])\s*年|(?:十|[一二两三四六七八九]|\d{2,}|[1-46-9])\s*年(?:来|间|以来)|近\s*(?:十|[两二三四六七八九]|\d{2,}|[2-46-9])\s*年|[十]?[八九]大以来")


def first_years(m: re.Match) -> int | None:
    """How many of a plan's first years a :data:`FIRST_YEARS` match names (前三年, 三年累计: 3)."""
    n = next(g for g in m.groups()[1:] if g)
    return cn_to_int(n.replace("两", "二"))


def other_span(before: str, period: tuple[int, int] | None) -> bool:
    """Whether the words before a value say it covers a span of years other than one five-year
    period (前两年, 2021—2022年, 十年来, “十二五”以来 in a 14th plan): a running total over it is no
    five-year total and an average over it no one year's value."""
    span = SPAN.search(before)
    if FIRST_YEARS.search(before) or _LONG_SPAN.search(before):
        return True
    listed = re.search(r"(?:19|20)\d\d\s*年(?:\s*[和、与及]\s*(?:19|20)\d\d\s*年)+(?=[^;。]*?(?:合计|累计|共计|总计|年均|平均每年))", before)
    if listed and len(re.findall(r"(?:19|20)\d\d", listed.group(0))) < 5:
        return True  # 2021年和2022年…合计1.04万人, …年均3630人: a total or average of the years listed
    if span and int(span.group(2)) - int(span.group(1)) != 4:
        return True
    since = re.search(r"(十[一二三四五六七八九]五)”?\s*(?:时期|期间)?\s*以来", before)
    end = fyp_end(since.group(1)) if since else None
    if end is not None and period is not None and period[0] == period[1] and end > period[0]:
        return True  # “十四五”以来 in a report on 2023: the plan's first years only
    return end is not None and period is not None and end < max(period[0] - 1, period[1] - 5)
