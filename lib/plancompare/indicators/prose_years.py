"""The years a list of values is for, when the sentence names them apart from the values: years
listed before the subject (2020年、2025年…分别为A和B), a span with a value for each of its years
(2021年至2023年,…分别为A、B、C) or the plan's first years (“十四五”前三年,…分别为A、B和C)."""

from __future__ import annotations

import re

from plancompare.indicators.prose_spans import FIRST_YEARS, SPAN, first_years
from plancompare.structure.numbering import fyp_end

__all__ = ["listed_years"]


def listed_years(head: str, sentence: str, predicate: str, period: tuple[int, int] | None = None) -> list[str]:
    """The years a list of values is for: listed before the subject (2020年、2025年…分别为A和B) or right
    after it (…结案率2022年、2023年依次为A、B), listed before a comma with 分别/依次 after (2021年、
    2022年,…依次为), the plan's first years (“十四五”前三年,…分别为A、B和C; ``period`` when no plan is
    named), or a span with a value for each of its years (2021年至2023年,…分别为A、B、C)."""
    lead = re.match(r"\s*(?:(?:19|20)\d\d\s*年(?:末|底)?\s*[、和及与]?\s*)+(?![至到—–~\-]\s*(?:19|20)\d\d)", head) or \
        re.search(r"(?:(?:19|20)\d\d\s*年(?:末|底)?\s*[、和及与]\s*)+(?:19|20)\d\d\s*年(?:末|底)?\s*$", head)
    if lead:
        return re.findall(r"(?:19|20)\d\d", lead.group(0))
    lead = re.match(r"\s*(?:(?:19|20)\d\d\s*年(?:末|底)?\s*[、和及与]\s*)+(?:19|20)\d\d\s*年(?:末|底)?\s*(?=分别|依次)", predicate)
    if lead:  # …持续增长,2016年、2017年分别新增A和B: the years open the predicate
        return re.findall(r"(?:19|20)\d\d", lead.group(0))
    lead = re.match(r"\s*(?:(?:19|20)\d\d\s*年(?:末|底)?\s*[、和及与]?\s*){2,}[,:]", sentence)  # 2021年、2022年,…依次为
    if lead and re.match(r"\s*(?:分别|依次)", predicate):
        return re.findall(r"(?:19|20)\d\d", lead.group(0))
    first = FIRST_YEARS.search(sentence)  # “十四五”前三年,…分别为A、B和C
    if first and not SPAN.search(sentence) and re.match(r"\s*(?:实际|实现|完成|逐年|每年|各年)?\s*(?:分别|依次)", predicate):
        n = first_years(first)
        start = fyp_end(first.group(1)) - 4 if first.group(1) and fyp_end(first.group(1)) else (
            period[0] if period and period[0] != period[1] else None)
        if start is not None and n and 2 <= n <= 5 and re.search(r"[前头]", first.group(0)):
            return [str(y) for y in range(start, start + n)]
    spans = list(SPAN.finditer(sentence))
    if not spans or not re.search(r"^\s*(?:(?:19|20)\d\d\s*[—–~至到-]\s*(?:19|20)\d\d\s*年)?\s*(?:实际|实现|完成|逐年|每年|各年)?\s*(?:分别|依次)", predicate) or \
            re.search(r"(?:19|20)\d\d", sentence[spans[-1].end():]):
        return []
    first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
    return [str(y) for y in range(first, last + 1)] if 1 <= last - first <= 10 else []
