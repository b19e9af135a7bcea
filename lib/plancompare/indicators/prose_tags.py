"""Time a sentence states by a column tag (基期(2020年)…, 目标(2025年)…), or names without its year
(第二年 from an unnamed start; 一年来 in an annual document): the first dates its values, the second
leaves them unplaced and flagged."""

from __future__ import annotations

import re

from plancompare.indicators.prose_when import TimeContext

__all__ = ["COLUMN_TITLE", "NEW_YEAR", "column_tags", "tagged_time", "unbracketed", "unsaid_year"]

#: a sentence opening with the column it belongs to: 基期(2020年)…, 目标(2025年)…
_TAG = re.compile(r"(基期|基数|目标)值?\s*\(\s*((?:19|20)\d\d)\s*年?\s*\)\s*[:,]?(?=\s*[\u4e00-\u9fff])")
_COLUMN = r"(?:19|20)\d\d\s*年(?:底|末)?\s*的?(?:基数|基期值?|目标值?|预期目标|预期值|规划目标|实际值?|完成值|实现值|现状值)"
#: a title that names the columns of the value lines below it: 主要指标(2020年基数、2025年目标)
COLUMN_TITLE = re.compile(rf"^\s*([^,;。:]{{0,40}}(?:\(\s*{_COLUMN}(?:\s*[、,;/和与]\s*{_COLUMN})+\s*\)|(?:依次|分别)(?:为|是)\s*"
                          rf"{_COLUMN}(?:\s*[、,;/和与]\s*{_COLUMN})+)[^,;。:\d]{{0,10}})\s*:?\s*$")  # 以下数据依次为…和…:
_COLUMN_ROLES = (("目标", "target"), ("预期", "target"), ("实际", "actual"), ("完成", "actual"), ("实现", "actual"),
                 ("现状", "actual"), ("基", "baseline"))


#: a line that opens with such a title: 主要指标(2020年基数、2025年目标):城镇新增就业(万人)3.62;…
_COLUMN_LEAD = re.compile(rf"^\s*(?:[^。]{{0,30}}。)?[^,;。:]{{0,40}}(?:\(\s*{_COLUMN}(?:\s*[、,;/和与]\s*{_COLUMN})+\s*\)|"
                          rf"(?:依次|分别)(?:为|是)\s*{_COLUMN}(?:\s*[、,;/和与]\s*{_COLUMN})+)[^,;。:\d]{{0,10}}\s*:")


def column_tags(title: str, inline: bool = False) -> list[tuple[str, int, str]]:
    """The role and year of each column a :data:`COLUMN_TITLE` names, in order ([] for another line); ``inline``:
    of a title that opens the line."""
    lead = _COLUMN_LEAD.match(title) if inline else COLUMN_TITLE.match(title)
    if not lead:
        return []
    tags = [m.group(0) for m in re.finditer(_COLUMN, lead.group(0))]
    return [(next(role for word, role in _COLUMN_ROLES if word in tag), int(tag[:4]), tag) for tag in tags]


#: the year a text looks ahead to (新的一年, 新年度): a year-end summary's next year, a work report's own
NEW_YEAR = re.compile(r"(?:新的一?年度?|新一年度?|新年度)(?!\s*(?:即将|就要|将要)?(?:到来|来临|之际))")  # not 新的一年即将到来,回顾全年…
#: the past years of an annual document (一年来, 五年来): up to its year in a year-end summary, up to
#: the year before in a work report
_PAST_YEAR = re.compile(r"(?<![\d])(?:[一二两三四五六七八九十]{1,2}|\d{1,2})\s*年(?:来|以来)")


def tagged_time(before: str, period: tuple[int, int] | None) -> TimeContext | None:
    """The column a plan's value stands in, named before it with its year (基期(2020年)全县…为1.86万人,
    目标(2025年)…), unless a later year in the sentence is the value's own."""
    tags = list(_TAG.finditer(before))
    if not tags or period is None or period[0] == period[1] or \
            re.search(r"(?:19|20)\d\d\s*年|十[一二三四五六七八九]五|(?:到|至)?本?规划(?:期末|末期)|目前|当前",
                      before[tags[-1].end():]):
        return None  # 基期(2020年)…为12万人,2023年(到规划期末)达到15万人: the later time is the value's own
    tag = tags[-1]
    return TimeContext("target" if tag.group(1) == "目标" else "baseline", int(tag.group(2)), False,
                       f"tag '{tag.group(0)}'", True)


def unsaid_year(text: str, explicit: bool, period: tuple[int, int] | None) -> TimeContext | None:
    """Time words whose year the text does not give (第二年 from an unnamed start; 一年来 in an annual
    document, whose kind decides the year; 去年同期, a part of the year before): the value stays unplaced and
    flagged; 新的一年 in a text of no stated kind: the aims of its own year, as a work report's, flagged so. 今后五年 in an annual
    document: the targets of the five years ahead, for the end of the plan its year begins (2021, 2026),
    else of a year the text does not give."""
    one_year = period is not None and period[0] == period[1]
    if explicit and one_year and (ahead := re.search(r"(?:今后|未来)\s*[五5]\s*年", text)) is not None:
        return TimeContext("target", period[0] + 4 if period[0] % 5 == 1 else None, True,
                           f"marker '{ahead.group(0)}' in a document of {period[0]}", True)
    if explicit and (ahead := re.search(r"(?:今后|未来)\s*(?:[二两三四]|[2-4])\s*年", text)) is not None:
        return TimeContext("target", None, False, f"marker '{ahead.group(0)}': years ahead whose end the text does "
                           "not give", True)  # 今后三年,全市累计新增城镇就业15万人
    if explicit and one_year and period[0] % 5 and re.search(r"(?<![十五”])\s*(?:到|至)?\s*本?规划(?:期末|末期)", text):
        return TimeContext("", None, False, "规划期末 in a one-year text that is no plan's last year: which plan's end "
                           "is not said", True)  # 到规划期末,全县累计新增城镇就业1.6万人 (2024)
    if explicit and re.search(r"(?<!连续)第\s*[一二三四五六七八九十\d]{1,2}\s*个?年(?!度|级)", text):
        return TimeContext("", None, False, "第N年 counts from a start the sentence does not give", True)
    if explicit and one_year and re.search(r"(?:^|[,;。:])\s*(?:去年|上年)同期", text):
        return TimeContext("", None, False, "去年同期: the same part of the year before, which the text does not give",
                           True)  # 去年同期,全市城镇登记失业率为3.1%;今年一季度末为2.9%
    if one_year and (since := re.search(r"(?:去年|前年|上年)(?:底|末)?以来", text)) is not None:
        return TimeContext("", None, False, f"'{since.group(0)}': a span from an earlier year to the text's date, no "
                           "one year's figure", explicit)  # 去年以来,全县累计帮助成功创业620人
    if one_year and (ahead := NEW_YEAR.search(text)) is not None:  # the kind of document was not said
        return TimeContext("target", period[0], False, f"marker '{ahead.group(0)}': the text's own year, as in a work "
                           "report (a year-end summary's is the next: kind='summary' says so)", explicit)
    if one_year and _PAST_YEAR.search(text):
        return TimeContext("", None, False, "N年来 ends in the document's year (year-end summary) or the one before "
                           "(work report)", explicit)
    return None


DATED_ASIDE = re.compile(r"\(\s*(?:截至|截止|到)\s*(?:19|20)\d\d\s*年[^()]*\)")  # 三年半来(截至2024年6月底)


def unbracketed(before: str) -> str:
    """The words before a value without their brackets, which date only what they hold ((2020年:3.4%)控制在4%以内),
    except a year that says when a point is (规划期末(2025年): its year)."""
    before = re.sub(r"(?<=[末点初])\(\s*((?:19|20)\d\d\s*年(?:底|末)?)\s*\)", r"\1", before)
    return re.sub(r"\([^()]*\)", "", before)


def within_one_year_since(text: str, spoken: bool = False) -> bool:
    """Whether the end of ``text`` is within the year a 一年来 before it sums up, no year named since (一年来,…;截至年末,…):
    the year 一年来 ends, which the kind of document decides. ``spoken``: only a 一年来 a report's speaker opens (一年来,
    我们…。…全年…: the speech's later sentences too; 一年来,全县…。全年…: a summary's own year). 由上年的 is a base."""
    since = re.split(r"(?<![\d十])(?:一|1)\s*年(?:来|以来)" + (r"\s*,\s*我们" if spoken else ""), text)
    return len(since) > 1 and not re.search(
        r"(?:19|20)\d\d\s*年|今年|(?<![由从比较与同])(?:去年|上年)|本年|明年|新的一年", since[-1])


def since_one_year(text: str, explicit: bool, period, earlier: str) -> TimeContext | None:
    """The unsaid year a 一年来 of ``text`` ends, or one a speaker's 一年来 opened before it (一年来,我们…。…;全年…)."""
    if (unsaid := unsaid_year(text, explicit, period)) is not None and unsaid.year is None:
        return unsaid
    return unsaid_year("一年来", False, period) if within_one_year_since(earlier, True) else None
