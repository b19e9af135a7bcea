"""The time a document's section gives its values: a plan's targets under 主要目标, the previous period's
results under 发展基础, the year's targets under an annual document's 主要预期目标, and what a review of
the plan's own progress makes of a value dated the plan's last year."""

from __future__ import annotations

import re

from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_spans import SPAN
from plancompare.indicators.prose_when import TimeContext
from plancompare.structure.numbering import fyp_end

__all__ = ["OPEN", "base_among_aims", "bounded", "end_of_plan", "from_section", "reviewing", "role_of_year"]


def role_of_year(year: int, period: tuple[int, int] | None) -> str:
    if period is None:
        return ""
    if year < period[0]:
        return "actual"
    if period[0] == period[1]:
        return "target" if year > period[0] else ""
    return "target" if year >= period[1] else ""


def from_section(period: tuple[int, int] | None, section: str, rules: Rules) -> TimeContext:
    if period is None:
        return TimeContext(evidence="no time words")
    title = section.split(" > ")[-1] if section else ""
    if re.search(r"预计|预测", title):
        return TimeContext("", None, False, f"section '{title}': a forecast, neither target nor result", True)
    if period[0] == period[1] and re.search(r"\d{1,2}\s*[—–~-]\s*\d{1,2}\s*月|上半年|前三季度|[一二三四]季度|月度", title):
        return TimeContext("", None, False, f"section '{title}': part of a year, no year's value", True)
    if period[0] == period[1] and rules.plans_ahead(section):
        named = next((m for t in reversed(section.split(" > ")) if (m := re.search(r"((?:19|20)\d\d)\s*年", t))), None)
        plan = re.search(r"(十[一二三四五六七八九]五)”?\s*(?:时期|期间|规划)", title)
        if plan and fyp_end(plan.group(1)) is not None:  # “十四五”时期主要目标 in a one-year text: that plan's
            return TimeContext("target", fyp_end(plan.group(1)), True, f"section '{title}' states that plan's targets")
        ahead = int(named.group(1)) if named else (
            period[0] + 1 if re.search(r"明年|下一?年度?|来年", section) else period[0])  # 2025年工作计划 > 主要目标
        return TimeContext("target", ahead, False, f"section '{title}' of a document about {period[0]}: the targets "
                           f"of {ahead}")
    named = re.search(r"((?:19|20)\d\d)\s*年", section.split(" > ")[-1]) if section else None
    if period[0] == period[1] and named and int(named.group(1)) < period[0] and (
            rules.reviews(section) or "公报" in section.split(" > ")[-1]):  # 2024年…统计公报 over a 2025 text: 2024's
        return TimeContext("actual", int(named.group(1)), False, f"section '{section.split(' > ')[-1]}' reviews that year")
    past = re.search(r"过去\s*(?:一|1|五|5)\s*年|去年|上一?年度?|(?<!\d)[五5]\s*年来", re.sub(  # not 变化情况(与上年相比)
        r"(?:与|同|和|比|较)\s*上一?年(?:末|底|同期)?\s*(?:相比)?", "", section.split(" > ")[-1])) if section else None
    if period[0] == period[1] and (past or "政府工作报告" in section) and rules.reviews(section.split(" > ")[-1]):
        # 过去一年工作回顾, a work report's 工作回顾: the year before
        return TimeContext("actual", period[0] - 1, bool(past and re.search(r"[五5]", past.group(0))),
                           f"section '{section.split(' > ')[-1]}' reviews the year before {period[0]}")
    if period[0] == period[1]:
        return TimeContext("actual", period[0], False, f"a document about {period[0]}")
    progress = ""
    for title in reversed(section.split(" > ")) if section else ():
        named = re.search(r"(十[一二三四五六七八九]五)", title)  # “十三五”时期发展回顾: that plan's results
        if named and fyp_end(named.group(1)) == period[1] and re.search(r"以来|成效|进展|回顾|实施", title):
            progress = progress or title  # “十四五”以来主要成效 in the 14th plan: its progress so far
            continue
        if named and rules.progress_section.search(title) and fyp_end(named.group(1)) is not None \
                and fyp_end(named.group(1)) < period[0]:
            return TimeContext("actual", fyp_end(named.group(1)), True, f"section '{title}' reviews that period")
        if rules.progress_section.search(title) and not rules.review_section.search(title):
            progress = progress or title
            continue
        if rules.review_section.search(title) and not _within_progress(period, section, title, rules):
            return TimeContext("actual", period[0] - 1, True, f"section '{title}' reviews the previous period")
        if rules.review_section.search(title):
            progress = progress or title  # 中期评估 > 主要指标完成情况: the plan's own progress, not the last period
            continue
        if rules.target_section.search(title):
            return TimeContext("target", period[1], True, f"section '{title}' states the plan's targets")
    if progress and re.search(r"规划(?:期末|末期)", progress):  # 主要指标变化情况(规划基期→规划期末): to the plan's end
        return TimeContext("actual", period[1], False, f"section '{progress}' reviews the plan to its end", False)
    if progress:
        return TimeContext("actual", None, False, f"section '{progress}' reviews progress; no year given", False)
    where = f"section '{section.split(' > ')[-1]}'" if section else "the plan text"
    if not section:
        return TimeContext("", None, False, "a plan's text without its section: its targets or its review, unsaid")
    return TimeContext("target", period[1], True, f"{where} (tasks of the plan period)")


def _within_progress(period: tuple[int, int], section: str, title: str, rules: Rules) -> bool:
    """Whether a title that reviews (主要指标完成情况, 存在的问题) sits in a review of the plan's own progress
    (中期评估, 规划实施情况, “十四五”规划总结): then it reports that progress, not the previous period."""
    for outer in section.split(" > ")[:-1] if section.endswith(title) else []:
        named = re.search(r"(十[一二三四五六七八九]五)", outer)
        if rules.progress_section.search(outer) and not rules.review_section.search(outer) and \
                (named is None or fyp_end(named.group(1)) == period[1]):
            return True
    return False


def reviewing(period: tuple[int, int] | None, section: str, rules: Rules) -> bool:
    """Whether the section reviews the plan's own progress (工作回顾, 规划实施进展), not what lies ahead."""
    progress = from_section(period, section, rules)
    return progress.role == "actual" and progress.year is None and bool(section) and period is not None and \
        period[0] != period[1] and not re.search(r"展望|目标|形势", section.split(" > ")[-1])


#: words that make a review a final one (总结评估, “十四五”收官之年, 规划目标全面完成)
_FINAL = re.compile(r"总结|终期|收官|如期完成|全面完成|均已完成|均完成|已完成|完成情况|(?<![前近])五年(?:间|来|以来)|过去五年")
#: words that make a plan's last-year value its target, even in a review (规划提出, 按照规划, 展望)
_PLANNED = re.compile(r"规划(?:(?:提出|明确|确定|要求)(?![^,;。]*?目标[^,;。]{0,8}?(?:完成|实现|达成))|为|值|"
                      r"目标(?![^,;。]{0,6}(?:完成|实现|达成|达到))(?![^。;]*?完成率))|按照规划|展望|力争|预计|预期(?!目标)|将(?!近)|可达|有望|可望")
#: 规划确定的…的目标已经实现, 规划目标为60万人,完成率103%: a target quoted as met plans nothing after it
#: words of a final review, strict enough for a value whose own words look ahead (到2025年)
_FINAL_STRICT = re.compile(r"总结|终期|收官|如期完成|全面完成")


#: the role of a value that must stay unplaced, whatever its section says
OPEN = "open"


def bounded(after: str) -> bool:
    """Whether the value the words ``after`` open is a bound (1.2万人以上, 4%以内): a target's form, no result's."""
    return re.match(r"[^,;。]*?(?:以内|以上|以下|左右)", after) is not None


def five_years_of_plan(words: str, period: tuple[int, int], section: str, rules: Rules) -> TimeContext:
    """A plan's past word (五年来, “十三五”以来): the period before the plan's, but 五年间 among the plan's targets is its
    own five years (主要目标: 五年间共组织…培训10万人次以上)."""
    if re.fullmatch(r"[五5]年[间里内]", words) and rules.target_section.search(section):
        return TimeContext("target", period[1], True, f"marker '{words}' among the plan's targets: its own five years", True)
    return TimeContext("actual", period[0] - 1, True, f"marker '{words}'", True)


def end_of_plan(role: str, around: tuple[str, str, str], period: tuple[int, int], section: str,
                rules: Rules, ahead: bool = False) -> str:
    """The role of a value dated the plan's last year, where a section or sentence may report it: a result in
    a final evaluation (总结评估…,2025年…达到96.4%) or where it is measured against its target (…,全部达到规划
    目标要求), the target where the sentence plans it or measures an earlier value against it, and unknown
    ("") where nothing says which: a from–to pair's end stays unplaced, a marker's value takes the role its
    section gives. ``ahead``: its own words look ahead (到2025年底), so
    that without a sign of a result it stays a target."""
    earlier, before, after = around
    if _PLANNED.search(re.sub(r"(?:超额)?(?:完成|实现|达到|超过|高于|低于|好于|优于)了?[^,;。]{0,12}?(?:规划|预期)?目标", "", before)):
        return role  # …超额完成30万人的规划目标,其中2025年…: a target met plans nothing after it
    words = re.sub(r"(?:19|20)\d\d\s*年?\s*[—–\-~至到]\s*(?:19|20)\d\d\s*年", "", before + after)  # a span: no date
    words = re.sub(r"(?:比|较)[^,;。]*?\([^()]*\)", "", words)  # 比规划基期(2020年62.1%)提高: a comparison's base
    others = [int(y) for y in re.findall(r"(?<![从由比较自与是])((?:19|20)\d\d)\s*年", words) if int(y) != period[1]]
    progression = others and reviewing(period, section, rules) and not _FINAL.search(earlier + before + after) and \
        all(y < period[0] for y in others) and not re.search(r"(?:19|20)\d\d\s*年", after) and not bounded(after) \
        and not re.search(r"目前|当前|现在|截至|截止|(?<!提)前[一二三四两]年|中期|控制在", section + earlier + before + after)
    if progression:
        return "actual"  # 基本养老保险 2020年 268.4万人 2025年 301.2万人 in a review: up to the plan's end, reported
    benchmark = re.search(r"目前|当前|现在|截至|截止|(?<!提)前[一二三四两]年|目标|规划|控制在|以内|以上", before + after)
    if others and not benchmark and reviewing(period, section, rules) and any(y >= period[0] for y in others):
        return OPEN  # 2021年为5.1%,2022年为5.3%,2025年为5.0% in a review: its result or its target, unsaid
    if others or re.search(r"目前|当前|现在|截至|截止|(?<!提)前[一二三四两]年", before + after):
        return role  # 2025年…50万人,前三年已累计完成36.2万人: the benchmark of an earlier value
    if not reviewing(period, section, rules):
        bound = bounded(after)
        planning = rules.plans_ahead(section) or rules.target_section.search(section)
        final = re.search(r"(?:总结|终期)评估|收官", earlier + before) and not ahead  # 总结评估:规划期末…为…
        surpassed = re.match(r"[^。;]*?(?:超额完成|提前完成|提前实现|已经?完成|已经?实现)", after)  # 到2025年底…,超额完成…
        return "actual" if ((rules.result_after.search(after) or final) and not ahead or surpassed) and not bound and \
            not planning else role
    if ahead:  # 到2025年…: a result only where the review says it is final, and never a bound (以内)
        final = _FINAL_STRICT.search(section + before + after) and not bounded(after)
        measured = re.match(r"[^。;]*?(?:完成|超过|高于|低于|好于|优于|超额|高出|超出|多出)", after)
        return "actual" if final else ("" if measured else role)  # 到2025年底…,高于98%的规划目标: which, unsaid
    if re.search(r"中期", section) and not re.match(r"[^。;]*?(?:完成|超过|高于|低于|好于|优于|超额)", after) \
            and not _FINAL_STRICT.search(earlier + before + after):
        return role  # 2025年…5.0% in a mid-term review: the plan's aim, which the review quotes
    listed = any(int(m.group(2)) == period[1] for m in SPAN.finditer(before))  # 2021年至2025年…依次为: results
    if listed or _FINAL.search(earlier + before + after) or _FINAL_STRICT.search(section) or re.match(r"[^。;]*?(?:完成|超过|高于|低于|好于|优于|超额)", after):
        return "actual"
    return role if ahead else ""


def base_among_aims(marker, period: tuple[int, int] | None, section: str, rules: Rules) -> bool:
    """Whether a marker of an earlier sentence names a year before a plan whose targets the section states: a
    base's year, which dates no later aim (主要目标: …2025年为96万人,2030年达到110万人;失业保险…达到45万人)."""
    return marker is not None and marker[0] is not None and period is not None and \
        marker[0] < period[0] <= period[1] - 1 and from_section(period, section, rules).role == "target"
