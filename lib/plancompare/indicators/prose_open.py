"""Values a text leaves open, neither target nor result nor dated: a forecast, a one-year text that does not
say whether it reports or plans its year, a news item that does not date its figures; and the sign that a
paragraph about a year has first reported the year before."""

from __future__ import annotations

import re

from plancompare.indicators.prose_aims import round_figures
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_sections import from_section
from plancompare.indicators.prose_when import TimeContext

__all__ = ["after_last_year", "open_value", "unsaid_or_final"]

#: a news item that does not date itself or its figures (近日, 日前, 记者…获悉)
_UNDATED_RELEASE = re.compile(r"近日|日前|近期|记者[^。]{0,12}(?:获悉|了解到)")
#: a paragraph opened by a day at the turn of the year ((1月12日)全县…): its figures' year is not said
_TURN_DAY = re.compile(r"\s*\(\s*(?:(?:19|20)\d\d\s*年\s*)?[12]\s*月\s*\d{1,2}\s*日\s*\)")


def unsaid_or_final(before: str, period: tuple[int, int] | None, section: str, rules: Rules,
                    paragraph: str = "") -> TimeContext | None:
    """What the words before a value with no time words of its own decide before its section does: a news item's
    date left unsaid, a final review's total over the plan's whole period, the tasks ahead a paragraph opens, or a
    one-year text of no known kind whose ``paragraph`` gives round bounded figures only (aim or result, unsaid)."""
    one_year = period is not None and period[0] == period[1]
    if one_year and not section and _TURN_DAY.match(paragraph):
        return TimeContext("", None, False, "a paragraph opened by a day at the turn of the year: the year its "
                           "figures are for is not said", True)
    said = undated_release(before, one_year, section) or _whole_plan_in_final_review(before, period, section, rules) \
        or _tasks_ahead(before, period, section)
    if said is None and one_year and paragraph and round_figures(period, paragraph, section, rules):
        return TimeContext("", None, False, "round figures set as aims are, no time words and no word of a report: aim "
                           "or result as the kind of document decides", True)
    return said


#: words that open a list of the tasks ahead (我们将重点做好以下工作:…, 2024年重点工作:…)
_TASKS_AHEAD = re.compile(r"(?:将|要)[^。;]{0,6}(?:做好|抓好|推进|开展|落实)[^。;]{0,10}(?:以下|如下|下列)[^。;]{0,8}(?:工作|任务|方面)|"
                          r"(?:重点工作|主要任务|重点任务|工作重点|工作安排)\s*:")


def _tasks_ahead(before: str, period: tuple[int, int] | None, section: str) -> TimeContext | None:
    """A value with no time words of its own after words that open the tasks ahead, in a one-year text of no
    section (我们将重点做好以下工作:…(八)稳定和扩大就业。开展补贴性职业技能培训5万人次以上): the year's aim."""
    opened = _TASKS_AHEAD.search(before)
    if period is None or period[0] != period[1] or section or not opened or \
            re.search(r"完成|实现了|达到了|已", before[opened.end():]):
        return None
    return TimeContext("target", period[0], False, "a task of the list the paragraph opens (以下工作:)", True)


def _whole_plan_in_final_review(before: str, period: tuple[int, int] | None, section: str,
                                rules: Rules) -> TimeContext | None:
    """A total over the plan's years in its final review (总结评估显示,规划期内…累计逾6万人): up to its last year."""
    if period is None or period[0] == period[1] or not re.search(r"规划期内|规划实施以来|规划实施五年", before) or \
            not re.search(r"总结评估|终期评估|总结报告|收官", before + section):
        return None
    progress = from_section(period, section, rules)
    if progress.role != "actual" or progress.year is not None:
        return None
    return TimeContext("actual", period[1], True, "the plan's whole period in its final review", True)


def undated_release(before: str, one_year: bool, section: str) -> TimeContext | None:
    """A value of a one-year news item that dates neither itself nor its figures (近日,县人社局发布就业数据:…):
    the year so far or a whole year, unsaid. A month's end it names (截至9月底) dates its stocks."""
    if one_year and not section and _UNDATED_RELEASE.search(before) and \
            not re.search(r"(?:截至|截止|到)\s*\d{1,2}\s*月|\d{1,2}\s*月(?:底|末)", before):
        return TimeContext("", None, False, "a release of a date it does not give (近日…发布): the year so far or "
                           "a whole year, unsaid")
    return None


def open_value(marker, future: re.Match | None, explicit: bool, around: tuple[str, str, str, str],
               period: tuple[int, int] | None, section: str, rules: Rules) -> TimeContext | None:
    """A value the text leaves open, neither target nor result: a forecast (预计, 测算…可达, 按目前进度), and in a
    one-year text a year it does not say it reports or plans (:func:`_kind_unsaid`). ``around``: the paragraph
    before the sentence, the sentence before the value, the rest of the sentence, the sentence and all after."""
    earlier, before, after, rest = around
    forecast = re.search(r"预计|预测|估计|估算|测算|按(?:目前|当前|现有)?(?:的)?(?:趋势|进度)", before) if explicit else None
    if forecast and not re.search(r"去年|前年|上年|截至|截止|已(?!经?提前)", before[forecast.end():]) and not (
            rules.target_section.search(section) or rules.plans_ahead(section)):
        return TimeContext("", None, False, "a forecast (预计), neither a target nor a result", True)
    if marker is not None and period is not None and period[0] == period[1] and not future and \
            not rules.reviews(section) and _kind_unsaid(marker, explicit, earlier, before, after, period, rest):
        return TimeContext("", marker[0], False, f"marker '{marker[2]}': whether the text reports or plans the year, "
                           "it does not say", explicit)
    return None


_RESULT_WORDS = re.compile(r"完成|实现|达到了|累计|共有|同比|比上年|超过|突破|全年共|平均")


def _kind_unsaid(marker: tuple[int, str, str], explicit: bool, earlier: str, before: str, after: str,
                 period: tuple[int, int], rest: str) -> bool:
    """Whether a one-year text leaves open if it reports or plans the year its value is dated: 全年… after
    earlier sentences reported part of the year (1—6月…。全年城镇新增就业3500人: a target or a forecast), and
    figures after 2025年是…之年 with no verb of their own (a work report's targets or a summary's results),
    unless the paragraph goes on to the next year (then it reviews this one)."""
    if marker[0] != period[0] or _RESULT_WORDS.search(before + after):
        return False
    if explicit and marker[2] == "全年":
        return re.search(r"\d{1,2}\s*[—–~-]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:末|底)|上半年|前三季度|一季度", earlier) is not None
    theme = re.search(rf"(?:^|[。!?])\s*(?:{period[0]}\s*年|今年)是[^。]{{0,30}}(?:之年|一年)[。!?]\s*$", earlier)
    ahead = re.search(rf"明年|下一?年|{period[0] + 1}\s*年", rest)  # …。2026年,力争…: a summary of the year before it
    return not explicit and theme is not None and ahead is None


def after_last_year(earlier: str, before: str, after: str, year: int) -> bool:
    """Whether a paragraph about ``year`` has first reported the year before (过去一年…, 去年…, 2019年,…) and
    the value's words are a target's (控制在, 以内, 力争): the document's year is then the year ahead."""
    told = re.search(rf"(?:^|[。;!?])\s*(?:过去一年|去年|{year - 1}\s*年)[^。;!?]*\d", earlier)
    return told is not None and "今年以来" not in before and \
        re.search(r"控制在|以内|以上|左右|不低于|不少于|不超过|力争|确保", before + after) is not None
