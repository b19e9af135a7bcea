"""Year markers in running text: the last words of a sentence that name a year (到2025年, 截至2022年底,
“十三五”期间, 今年/去年 of a one-year document, 规划期末, 规划实施第二年) and the role they imply."""

from __future__ import annotations

import functools
import re

from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_spans import FIRST_YEARS, first_years
from plancompare.indicators.prose_tags import DATED_ASIDE, NEW_YEAR, unbracketed
from plancompare.structure.numbering import cn_to_int, fyp_end

__all__ = ["BASE_AFTER", "COMPARISON", "EACH_YEAR", "MONTH_END", "WHOLE_YEAR", "before_year_end", "earlier_time", "earlier_words", "for_part_of_year", "next_plan_year", "part_of_year", "past_word", "plain_time_words", "year_marker"]

#: 各年均控制在…: each year's, not an average (年均)
EACH_YEAR = re.compile(r"(?<=[各每历])年均(?=\s*(?:控制|保持|稳定|维持|未|不|低于|高于|在|达|超过|好于))")
_PAST_THE = re.compile(r"过去[的这](\s*(?:[一二三四五两]|\d)\s*年)(?!多)")


def work_report(section: str, text: str) -> bool:
    """Whether a text is a government work report: its section says so, or it addresses the deputies (各位代表)."""
    return "政府工作报告" in section or re.search(r"各位代表|代表们", text) is not None


def plain_time_words(text: str, section: str = "", period: tuple[int, int] | None = None) -> str:
    """Time words said the long way, as the rules read them, every offset kept: 各年均控制在 and, over years that
    are over, 每年都控制在 (each year's, not an average: 年都), 每一年 (每年), 过去的一年 (过去一年), a date in 【】
    (in round brackets, as an aside), 从2023年…数据看 (the data's year, not a starting point). In a year's summary
    (a 总结 section) 新的一年/新年度 is 明年 (今年 when the summary is of the year before the text's, 2025年工作总结 in
    a text of 2026) and 过去一年, 一年来 the year it sums up; in a work report or plan 新的一年 is the text's own year (今年).
    In a text of no stated kind it is the next year after statements of the text's own year and none of the year
    before (2023年,…。新的一年,…: a summary's), else the text's own (:func:`~.prose_tags.unsaid_year`)."""
    text = EACH_YEAR.sub("年都", text).replace("每一年", "每年 ")
    if not re.search(r"以来|(?:截至|截止)[^。;]{0,8}月", text):  # 过去五年,…每年都控制在3.5%以内: each finished year's bound
        text = re.sub(r"每年都(?=\s*控制)", "各年都", text)
    text = re.sub(r"从(?=\s*(?:19|20)\d\d\s*年[^,;。]{0,8}?(?:数据|情况|结果)(?:来)?看)", " ", text)  # 从2023年监测数据看: 2023's
    text = re.sub(r"【(\s*(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*)】", r"(\1)", text)  # 【2026年1月8日】
    text = _PAST_THE.sub(lambda m: "过去" + m.group(1) + " ", text)
    if work_report(section, text):  # a work report's 一年来: the year before it
        text = re.sub(r"(?<![\d十五两三四二])(?:一|1)\s*年来", lambda m: "去年".ljust(len(m.group(0))), text)
    if period is None:
        return text
    summed = re.findall(r"((?:19|20)\d\d)\s*年[^>]*总结", section)  # 2025年工作总结 in a text of 2026: the year before's
    summed = ("去年" if summed and int(summed[-1]) < period[0] else "今年") if "总结" in section else ""
    planned = re.search(r"政府工作报告|工作计划|工作要点", section)
    if planned:  # its 新的一年 is its own year, or the year it names (2025年工作计划 in 2024's)
        named = [int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年(?=[^>]*(?:工作计划|工作要点))", section[:planned.end()])]
        word = {period[0]: "今年", period[0] + 1: "明年"}.get(named[-1] if named else period[0], "")
    elif summed:
        word = "今年" if summed == "去年" else "明年"
    else:
        word = "明年" if _summary_shaped(text, period) else ""
    text = NEW_YEAR.sub(lambda m: word.ljust(len(m.group(0))), text) if word else text
    if summed:  # a summary's 过去一年 and 一年来 are the year it sums up
        text = re.sub(r"过去\s*一年|回顾过去一年|(?<![\d十五两三四二])(?:一|1)\s*年来",
                      lambda m: summed.ljust(len(m.group(0))), text)
    return text


def _summary_shaped(text: str, period: tuple[int, int]) -> bool:
    """Whether a one-year text of no stated kind reads as a year-end summary before its 新的一年: it states its own
    year (今年, 2023年, 截至12月) and none of the year before (2023年,…2860人。新的一年,…: 2024's aims)."""
    ahead = NEW_YEAR.search(text) if period[0] == period[1] else None
    return ahead is not None and bool(re.search(
        rf"(?:^|[。!?;])\s*(?:今年|本年|{period[0]}\s*年(?!度?(?:工作)?(?:目标|计划))|截至\s*(?:{period[0]}\s*年)?\s*1[12]\s*月)",
        text[:ahead.start()])) and not re.search(rf"去年|上年(?!末|底|同期)|过去\s*一年|{period[0] - 1}\s*年",
                                                 text[:ahead.start()])


# year markers: (pattern, how it places the year)
_YEAR_MARKERS = [
    (re.compile(r"到\s*“?(十[一二三四五六七八九]?五)”?\s*(?:期末|末|时期|期间)?"), "fyp_future"),
    (re.compile(r"(?:回顾|“)\s*“?(十[一二三四五六七八九]?五)”?\s*(期间|时期|期末|末|以来|,|”(?!\s*规划(?:实施|执行)?以来))"), "fyp"),
    (re.compile(r"(?<![“])(十[一二三四五六七八九]五)(期间|时期|期末|末|以来)"), "fyp"),
    (re.compile(r"(?<!截)(?<!截止)(?<!截至)(?<!\d年)(?<!\d)(?:到|至)\s*((?:19|20)\d\d)\s*年"), "year_future"),
    (re.compile(r"(?:截至|截止)(?:到)?\s*((?:19|20)\d\d)\s*年"), "year_past"),
    (re.compile(r"((?:19|20)\d\d)\s*年(?:底|末|全年)?"), "year"),
]
#: a year of the plan counted from its start (规划实施第一年, 规划实施的第3年, 规划实施首年)
_PLAN_YEAR = re.compile(r"(?:“?(十[一二三四五六七八九]五)”?)?\s*规划实施的?(?:第\s*([一二三四五]|[1-5])\s*个?|首)年(?!度|级)")
#: the day a release is dated (2026年1月12日,市人社局发布:…), after its year
_RELEASE_DAY = re.compile(r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^。\d]{0,30}?(?:发布|通报|召开|举行|获悉|介绍|公布|表示|消息|讯)")
_RELEASE_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?=" + _RELEASE_DAY.pattern + ")")
#: a plan quoted or evaluated midway by its name (国家“十四五”规划纲要提出,…; “十三五”规划中期评估:…): its ordinal names
#: a document, and dates no later sentence (a final 总结评估 is dated by the plan's end)
_QUOTED_PLAN = re.compile(r"“?十[一二三四五六七八九]五”?[^,;。“”]{0,12}?规划(?:纲要)?》?\s*(?=提出|明确|要求|确定|指出|"
                          r"(?:实施)?中期评估|(?:实施)?(?:年度|年中)监测)")
#: the five years a text looks back on (五年来, 五年间), which the year of a one-year text dates
_FIVE_YEARS = re.compile(r"(?<![前近头十\d一二三四六七八九两第后来])[五5]\s*年(?=来|间|以来|里)")
COMPARISON = ("比", "较", "从", "由", "与", "同", "于")
#: words that name the whole of a year already named or, in a one-year text, the text's own (全年, 年末)
WHOLE_YEAR = ("全年", "年末", "年底", "当年")
#: a statement dated at a month's end or day (截至9月底, 到11月底, 截至12月20日): the month and day
MONTH_END = re.compile(r"(?:截至|截止|(?<![\u4e00-\u9fff])到)(?:到)?\s*(?:(?:19|20)\d\d\s*年)?\s*(\d{1,2})\s*月(?:底|末|份|\s*(\d{1,2})\s*日)?")
_PART_END = re.compile(r"[一二三]季度末|上半年末")


def before_year_end(month: re.Match | None, words: str) -> bool:
    """Whether a statement is dated before its year's end: a month's end before December (截至11月底, a
    :data:`MONTH_END` match), a day before 31 December (截至12月20日), or a quarter's or half-year's end (三季度末)."""
    return month is not None and (int(month.group(1)) < 12 or int(month.group(2) or 31) < 31) or \
        _PART_END.search(words) is not None


_PLAN_END = re.compile(r"(?:到|至)\s*本?规划(?:期末|末期)")  # a plan's last year, which its section dates
MEASURED_SHARE = re.compile(r"[^,;。]*?目标(?:任务)?的\s*[\d.]+\s*%")  # a share of a target, whose year dates only it
_YEAR_BEFORE_LAST = re.compile(r"前年(?!度|以来)")  # in a one-year document: two years before it


def _names_only(text: str, m: re.Match, one_year: bool) -> bool:
    """Whether a plan is only named (“十五五”开局之年; in a one-year text 围绕“十四五”规划, 为“十四五”收官打好基础),
    which dates nothing."""
    return bool(re.match(r"[^,;。]{0,8}(?:之年|一年)", text[m.end():]) or one_year and (
        re.search(r"(?:围绕|聚焦|按照|根据|对照|落实|实施|贯彻|推进|编制|印发|服务)\s*“?$", text[:m.start()])
        or re.match(r"[”\s]*(?:规划)?\s*(?:圆满|顺利|胜利)?(?:收官|开局|起步)", text[m.end():])))


def year_marker(text: str, period: tuple[int, int] | None, rules: Rules) -> tuple[int, str, str] | None:
    """The last year marker in ``text``: (year, role it implies or "", words)."""
    best = None
    for pattern, kind in _YEAR_MARKERS:
        for m in pattern.finditer(text):
            before = text[: m.start()].rstrip("“\" ")
            span_end = re.search(r"\d\s*年\s*(?:到|至)$", before) is not None  # 2021年至2023年: its end
            if before.endswith(COMPARISON) or (kind in ("year", "fyp") and before.endswith(("到", "至", "截至", "截止"))
                                                and not span_end):
                continue  # a point of comparison (比上年, 从2015年), or matched as 到…
            one_year = period is not None and period[0] == period[1]
            if kind == "fyp" and (_names_only(text, m, one_year) or
                                  re.match(r"[”\s]*(?:的)?(?:良好|精彩|顺利)?(?:开局|起步)", text[m.end():])):
                continue  # 实现了“十四五”良好开局: the plan named for its first year, which other words date
            year = fyp_end(m.group(1)) if kind.startswith("fyp") else int(m.group(1))
            if year is None or (kind.startswith("fyp") and re.match(r"[”\s]*(?:规划)?(?:[五5]年)?(?:目标|任务)", text[m.end():])
                                and re.search(r"(?:完成|实现|超过|达到|高于|低于|好于|优于)了?$", before)):
                continue  # 完成“十四五”五年目标任务(5万人次)的64%,其中…: the target's name dates no later value
            if text.rfind("“", 0, m.start()) > text.rfind("”", 0, m.start()) and \
                    re.match(r"[^“”]*”\s*的?(?:规划|预期|年度|既定|发展)?(?:目标|任务)", text[m.end():]):
                continue  # 未实现“到2025年达到75万人”的规划目标,其中…: a quoted target's year dates only the quote
            if kind.startswith("year") and re.match(r"\s*的?\s*[\d.]+\s*倍", text[m.end():]):
                continue  # 达到2025年的1.5倍: the year a multiple is of
            verb = re.search(r"(?:增加|提高|增长|提升|上升|下降|降低|减少|扩大|跃升|增|降)$", before) if kind == "year_future" else None
            role = {"fyp_future": "target", "year_future": "target", "year_past": "actual"}.get(kind, "")
            if role and period is not None and kind.endswith("future"):  # 到2020年 in a 2021–2025 plan: done
                one_year = period[0] == period[1]
                role = "target" if (year > period[0] if one_year else year >= period[0]) else "actual"
            since = "以来" in m.group(0) or re.match(r"[”\s]*以来", text[m.end():]) is not None
            if kind == "fyp" and since and period is not None and period[0] != period[1] and year >= period[1]:
                continue  # “十四五”以来 in the 14th plan's review: up to a date other words give
            if kind == "fyp" and period is not None:
                role = "actual" if year < period[1] else "target"
                if period[0] == period[1] == year and re.search(r"期间|时期|以来|五年", m.group(0) + text[m.end():m.end() + 3]):
                    role = "actual"  # “十三五”期间, “十四五”五年 in a report on 2020: the period just ending, looked back on
            if kind == "fyp" and period is not None and period[0] != period[1] and year < period[0] - 1 and since:
                year, role = period[0] - 1, "actual"  # “十二五”以来 in a 14th plan: up to its start
            if kind == "fyp" and period is not None and period[0] == period[1] and since and year >= period[0]:
                year, role = period[0], "actual"  # “十四五”以来 in a 2025 release: up to the release
            if kind == "year" and m.group(0).rstrip().endswith(("末", "底")) and \
                    (period is None or year <= max(period[0], period[1] - 1)):
                role = "actual"  # 2023年末…: a stock at a year's end already past
            if kind == "year" and (re.match(r"\s*(?:以来|起)", text[m.end():]) or _RELEASE_DAY.match(text, m.end())):
                continue  # 2021年以来: where a running total starts; 2026年1月12日,…发布: a release's day, not its figures' year
            if best is None or m.start() >= best[0]:
                best = (m.start(), year, role, (verb.group(0) if verb else "") + m.group(0).strip())  # 提高到2025年: a pair's end
    for m in FIRST_YEARS.finditer(text):  # “十四五”前三年: 2021–2023, a result of 2023
        n = first_years(m)
        end = _first_years_end(m, n, period)
        start = period[0] if period and period[1] - period[0] not in (0, 4) and end == period[1] else (end or 0) - 4
        if end is not None and n and (best is None or m.start() >= best[0]):  # a 2023—2025 action plan's 三年: all of it
            best = (m.start() + 1, start + n - 1, "" if _own_plan(start + n - 1, period) else "actual", m.group(0))
    best = _plan_years(text, period, best)
    if period is not None and period[0] == period[1]:  # a one-year document
        best = _relative_year(text, period, rules, best)
    return best[1:] if best else None


def _relative_year(text: str, period: tuple[int, int], rules: Rules, best: tuple | None) -> tuple | None:
    """The last marker a one-year text dates by its own year (今年, 去年, 明年, 前年, 五年来), if later than ``best``."""
    back = {1: -1, 0: 0}.get(period[0] % 5)  # 五年来 in a text of a plan's first year: the plan before; its last: its own
    for pattern, shift in ((rules.next_year, 1), (rules.last_year, -1), (_YEAR_BEFORE_LAST, -2), (rules.this_year, 0),
                           *(((_FIVE_YEARS, back),) if back is not None else ())):
        for m in pattern.finditer(text):
            if text[: m.start()].rstrip().endswith(COMPARISON + ("较", "同")):
                continue  # 较上年: a point of comparison
            if shift == 0 and m.group(0) in WHOLE_YEAR and best is not None:
                continue  # 过去一年…全年, 2017年当年: the year already named
            role, step = "target" if shift > 0 else ("actual" if shift < 0 or pattern is _FIVE_YEARS else ""), shift
            if pattern is _FIVE_YEARS and re.search(r"展望|今后|未来|(?<!即)将|力争|计划", text[:m.start()]):
                if period[0] % 5 != 1:
                    continue  # 展望…,我们将…五年间…: the five years ahead, not those past
                step, role = 4, "target"  # in a plan's first year: that plan's
            if m.group(0) == "今年" and not re.match(r"\s*(?:以来|\d{1,2}\s*(?:[—–~-]\s*\d{1,2}\s*)?月|前|上半年|下半年|第?[一二三四]季度)",
                                                     text[m.end():]) \
                    and not re.search(r"(?:到|至)\s*$|截至|截止", text[:m.start()]) \
                    and not (re.search(r"共完成|累计完成|实现了|达到了|(?:好于|优于|超出)(?:年初)?预期|超额完成", text[m.end():]) and not re.search(
                        r"力争|确保|争取|要|将|计划|目标|预期|预计|可|已完成|目前|截至", text[m.end():])):
                role = "target"  # 今年 in a work report: the year ahead (unless the sentence says it was done:
                # 今年全市共完成补贴性职业技能培训9.6万人次)
            if best is None or m.start() > best[0]:
                best = (m.start(), period[0] + step, role, m.group(0))
    return best


def _first_years_end(m: re.Match, n: int | None, period: tuple[int, int] | None) -> int | None:
    """The last year of the plan whose first years a :data:`FIRST_YEARS` match names: the plan it names, else the
    text's own, else (a one-year text: 今年…,前四年累计… in 2025) the plan the text's year is in, when they are past."""
    if m.group(1):
        return fyp_end(m.group(1))
    if period is None or period[0] != period[1]:
        return period[1] if period else None
    start = (period[0] - 1) // 5 * 5 + 1  # 2021 for 2021—2025
    return start + 4 if n and start + n - 1 < period[0] else None


def _own_plan(year: int, period: tuple[int, int] | None) -> bool:
    """Whether a plan's first years end inside the plan the text is about (“十五五”前三年 in a 15th plan): its
    section, not the words, says whether they are aimed at or reported."""
    return period is not None and period[0] != period[1] and period[0] <= year


def _plan_years(text: str, period: tuple[int, int] | None, best: tuple | None) -> tuple | None:
    """The later of ``best`` and the plan's own years the text names: 规划期末 (its last year), 规划基期 (the year
    before its first), 规划实施第N年 and 收官之年 (the last year of the plan named before it, else of the period)."""
    for m in re.finditer(r"(?:(?<![到至])|(?<=基期[到至]))本?规划(?:期末|末期)", text) if period is not None and period[0] != period[1] else ():
        if re.search(r"十[一二三四五六七八九]五”?\s*$|上一?轮\s*$|上个\s*$", text[:m.start()]):
            continue  # “十四五”规划期末, 上一轮规划期末: another plan's end, dated by its own words
        if best is None or m.start() >= best[0]:
            best = (m.start(), period[1], "", m.group(0))  # 规划期末,…为96.3%: the plan's last year, a target or result
    for m in re.finditer(r"(?<![较比与同从由自])(?:本?规划)基期(?![值数年(])", text) if period is not None and \
            period[0] != period[1] else ():
        if (best is None or m.start() >= best[0]) and not re.search(r"期末|末期|(?:19|20)\d\d\s*年|十.五", text[m.end():]):
            best = (m.start(), period[0] - 1, "baseline", m.group(0))  # 规划基期,…参保率为93.5%: the year before the plan
    for m in _PLAN_YEAR.finditer(text) if period is not None and period[0] != period[1] else ():
        n = 1 if m.group(2) is None else cn_to_int(m.group(2)) if not m.group(2).isdigit() else int(m.group(2))  # 第二年, 首年
        start = fyp_end(m.group(1)) - 4 if m.group(1) and fyp_end(m.group(1)) else period[0]  # “十三五”规划实施的第五年
        if n and 1 <= n <= 5 and (best is None or m.start() >= best[0]):
            best = (m.start(), start + n - 1, "", m.group(0))
    for m in re.finditer(r"收官(?:之)?年", text):  # “十四五”期间…,其中收官之年…: the last year of the plan named
        fyps = re.findall(r"十[一二三四五六七八九]五", text[:m.start()])
        end = fyp_end(fyps[-1]) if fyps else (period[1] if period is not None and period[0] != period[1] else None)
        if end is not None and (best is None or m.start() >= best[0]):
            best = (m.start(), end, "", m.group(0))
    return best


def next_plan_year(text: str, earlier: str, period: tuple[int, int] | None) -> tuple[int, str, str] | None:
    """A bare 第N年 after the paragraph counted the plan's years (规划实施第一年,…;第二年,…): that plan's
    N-th year, as a year marker."""
    bare = re.search(r"(?:^|[,;:])\s*第\s*([一二三四五]|[1-5])\s*个?年(?!度|级)", text)  # opening its clause
    counted = list(_PLAN_YEAR.finditer(earlier))
    if bare is None or not counted or period is None or period[0] == period[1]:
        return None
    m = counted[-1]
    start = fyp_end(m.group(1)) - 4 if m.group(1) and fyp_end(m.group(1)) else period[0]
    n = int(bare.group(1)) if bare.group(1).isdigit() else cn_to_int(bare.group(1))
    return (start + n - 1, "", bare.group(0)) if n else None


@functools.lru_cache(maxsize=1024)
def earlier_time(text: str, period: tuple[int, int] | None, rules: Rules) -> str:
    """The words of a paragraph's earlier sentences that date a sentence with no time words: the
    nearest sentence that has a year marker, up to its first one (年末…86.4万人,上年末为81.9万人。参加
    工伤保险人数为…: 年末, not the base's 上年末; 截至2024年6月底…实现“到2025年达到…”的目标。其中…:
    截至2024年6月底, not the quoted target's year). In a one-year text a sentence that opens with 全年 or 年末
    is the whole of a year named before it, if one is (2024年,…。全年…;年末…: 2024's)."""
    whole_year = None
    for sentence in reversed(re.findall(r"[^。!?]+[。!?]?", text)):
        if (aside := DATED_ASIDE.search(sentence)) and year_marker(unbracketed(sentence), period, rules) is None:
            return sentence[:aside.end()]  # 三年半来(截至2024年6月底),…: dated by its aside
        sentence = _RELEASE_YEAR.sub(lambda m: " " * len(m.group(0)), re.sub(r"\([^()]*\)", "", sentence))
        sentence = _QUOTED_PLAN.sub(lambda m: " " * len(m.group(0)), sentence)
        sentence = _BASE_AFTER.sub("", MEASURED_SHARE.sub("", sentence))  # …目标的97%: the target's year; …,上年为1.46万人
        # other brackets date their own; 2024年1月,…发布2023年…: the release's year dates none of its figures
        if (marker := year_marker(sentence, period, rules)) is None:
            if period is not None and period[0] != period[1] and _PLAN_END.search(sentence):
                return ""  # 截至2023年末,…。到规划期末,…;…: the plan's end, which the section dates
            if period is not None and period[0] == period[1] and rules.month_point.search(sentence):
                return ""  # 今年…任务为…。截至11月底,…;…: the text's own date, not the sentence before
            continue
        end = 0
        for clause in re.findall(r"[^,;:]+[,;:]?", sentence):
            end += len(clause)
            if (marker := year_marker(sentence[:end], period, rules)) is not None:
                break
        if period is not None and period[0] == period[1] and _BASE_YEAR.fullmatch(marker[2]) and \
                (marker[2].startswith("前") or re.search(r"今年|本年|总结|统计公报|统计快报", text)):
            continue  # 今年…。上年,全县…为3018人。年末…: a base year's sentence dates no later one
        if period is None or period[0] != period[1] or marker[2] not in WHOLE_YEAR:
            return sentence[:end]
        whole_year = whole_year or sentence[:end]
    return whole_year or _QUOTED_PLAN.sub("", _BASE_AFTER.sub("", MEASURED_SHARE.sub("", re.sub(r"(?<=[\d%人次户个名])\([^()]*\)",
                                                                                             "", text))))


#: the year before the one a one-year text reviews, named as a comparison base (上年,…为3018人)
_BASE_YEAR = re.compile(r"(?:上|前)年(?:末|底|同期)?")

#: a comparison base stated after a figure (…1.52万人,上年为1.46万人): the base's year dates nothing after it
BASE_AFTER = _BASE_AFTER = re.compile(r"[,;]\s*(?:上年|去年)(?:末|底|同期)?(?:为|是)\s*[\d.]+[^,;。]*")


def earlier_words(earlier: str, before: str, period: tuple[int, int] | None, rules: Rules) -> tuple:
    """The earlier sentences' time words (``earlier_time``) as a second place to look, unless the words before a value
    date its sentence though they name no year outside brackets: a dated aside (三年半来(截至2024年6月底),…) or, in a
    one-year text, a month or part of the year (去年…。截至9月末,…; 去年…。1—9月,…: this year's), or, in a plan, its
    end (截至2023年末,…。到规划期末,…: the end's, which the section decides, never 2023)."""
    own = unbracketed(before)
    one_year = period is not None and period[0] == period[1]
    if year_marker(own, period, rules) is None and (DATED_ASIDE.search(before) or one_year and (
            rules.month_point.search(own) or part_of_year(own, rules)) or period is not None and not one_year and
            _PLAN_END.search(own)):
        return ()
    return ((earlier_time(earlier, period, rules), False),)


_PART_LEAD = re.compile(r"\s*(?:(?:19|20)\d\d\s*年\s*)?([^,。;:]{0,12})[,:]")  # the words opening a sentence


def for_part_of_year(earlier: str, before: str, period: tuple[int, int] | None, rules: Rules) -> bool:
    """Whether a value is for part of a year: by the words before it in its sentence, or by a part of
    a year that opens its paragraph or an earlier sentence (1—10月,全县就业工作稳步推进。城镇新增就业4862人…) and
    that no later time words before the value replace."""
    if part_of_year(before, rules):
        return True
    starts = [0] + [m.end() for m in re.finditer(r"[。!?]", earlier)]
    leads = (_PART_LEAD.match(earlier, s) for s in reversed(starts))
    lead = next((m for m in leads if m and rules.part_year.match(re.sub(r"^(?:今年|本年|从)", "", m.group(1).strip()))), None)
    told = earlier[starts[-2]:starts[-1]] if len(starts) > 1 else ""  # …前三季度稳中有进。全市…: a sentence of no figure
    lead = lead or (rules.part_year.search(earlier, starts[-2]) if told and not re.search(r"\d\s*(?:[万亿]?(?:人次|人|名|户)|%)", told)
                    and rules.part_year.search(told) else None)
    if lead is None:  # 1—9月主要指标:…; 从上半年…看; …。1—10月,全市就业工作稳步推进。…
        sentence = len(earlier) - len(re.split(r"[。!?]", earlier)[-1])  # …获悉,今年1—10月,…;…: its sentence's
        lead = next((m for m in reversed(list(re.finditer(r"(?<=[,:])\s*(?:今年|本年)?\s*([^,。;:]{2,10})[,:]", earlier[sentence:])))
                     if rules.part_year.fullmatch(m.group(1).strip())), None)
        if lead is None or not re.search(r";\s*$", earlier):
            return False
        earlier = earlier[sentence:]
    rest = re.sub(r"全年(?=[^,。;\d]{0,4}(?:目标|任务|计划)|[\d.]+\s*万?人次?(?:的)?(?:目标|任务|计划))", "",
                  earlier[lead.end():] + before)  # 完成全年目标…: the target's
    rest = re.sub(r"(?:预计|预测|估计)[^,;。]*", "", rest)  # 1—11月,…,预计全年可完成3100人;帮助…: a forecast dates no later part
    return year_marker(rest, period, rules) is None and not rules.last_year.search(rest) \
        and not re.search(r"全年|年末|年底|月末|月底", rest)  # 一季度,…。截至3月末,…持卡人数: that date's


def part_of_year(before: str, rules: Rules) -> bool:
    """Whether the words before a value make it a figure for part of a year (1—9月, 上半年), unless
    its own clause goes on to the whole year (上半年…平均为5.4%,全年平均为5.2%)."""
    parts = list(rules.part_year.finditer(before))
    if not parts:
        return False
    rest = before[parts[-1].end():]
    return not (re.search(r"[,;:]", rest) and re.match(r"\s*(?:要|需|将|力争|确保|争取)*\s*(?:全年|年末|年底)",
                                                       re.split(r"[,;:]", rest)[-1]))  # 下半年,要确保全年…


def past_word(text: str, rules: Rules) -> re.Match | None:
    """The first word of the past (截至, 以来, 时期) that is not a period compared with (比“十四五”时期多增1000人)."""
    return next((p for p in rules.past.finditer(text) if not re.search(r"(?:比|较|与)[^,;。]{0,8}$", text[:p.start()])),
                None)
