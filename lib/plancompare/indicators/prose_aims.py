"""Whether a figure of the document's own year (今年, 全年, 年末) is an aim, a result, or unsaid: the words and
the shape of its sentence (力争, 以上, 完成, a year reported before it), the kind of document (a year-end summary,
a release dated at the year's turn)."""

from __future__ import annotations

import re

from plancompare.indicators.prose_markers import earlier_time, year_marker
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_sections import bounded, from_section
from plancompare.indicators.prose_tags import within_one_year_since

__all__ = ["aim_shaped", "aim_year", "done_before", "round_figures", "shape_of_own_year", "bounded_own_year", "later_bare", "no_aim", "own_year_ahead", "plan_listed", "reported", "year_named_before", "year_turn"]


def year_turn(words: str, year: int, period: tuple[int, int], before: str, opening: str) -> bool:
    """Whether 全年/年末 in a release of January or February (1月8日,区人社局发布:年末全区…; (2026年1月8日)年末全区…)
    mean the year just ended, and a running total (“十四五”以来) runs to its end: a one-year text dated by the year it
    was published in, no year or 今年 named before the value, no word of an aim. ``opening``: the paragraph as written
    up to the value's sentence and on (brackets kept)."""
    day = rf"\s*[(\[【]?\s*(?:{period[0]}\s*年\s*)?[12]\s*月\s*(?:\d{{1,2}}\s*日|(?=[^。]{{0,20}}?(?:通报|发布|公布|获悉|介绍|消息)))" \
          r"\s*[)\]】]?"  # January or February (2026年1月,县人社局通报:…)
    dated = re.match(day, opening) or re.match(day, before)  # (2026年)1月12日,…发布:全年…; (记者 …)1月9日,…
    since = words.endswith("以来")  # its own sentence dates it: the years of the sentences before do not
    aimed = re.search(r"力争|确保|争取|目标|计划|任务|预期|提出|确定|明确|要求|部署|安排|不少于|不低于|不超过|不高于|至少",
                      re.split(r"[。!?;]", before)[-1])
    return (words in ("全年", "年末", "年底") or since) and year == period[0] and dated is not None and not aimed and not re.search(
        r"今年|本年|(?:19|20)\d\d\s*年", re.split(r"[。!?]", before)[-1] if since else re.sub("^" + day, "", before))


def no_aim(words: str, around: tuple[str, str, str], section: str, rules: Rules) -> bool:
    """Whether a 今年 figure states no aim: no word of one (力争, 目标, 计划 …), no section that sets targets, no
    kind of document the user named (which decides), and no shape of one (aim_shaped)."""
    earlier, before, after = around
    return words in ("今年", "本年") and not rules.plans_ahead(section) and not rules.target_section.search(section) \
        and not section.startswith(tuple(rules.kinds.values())) \
        and not rules.intents(earlier[-80:] + before + after) and not re.search(r"目标|任务|计划|预期|预计|指标", before + after) \
        and not aim_shaped(words, earlier, before, after)


def bounded_own_year(words: str, year: int, own: int, around: tuple[str, str, str], rest: str, section: str,
                     rules: Rules) -> bool:
    """Whether a figure a one-year document dates by its own year (2026年,…不低于4.5万人) is bounded as an aim
    is (不低于, 左右, 以内) while nothing says it was done or planned: a work plan's target or a summary's result,
    unsaid. A count rounded as reported figures are (2100余人, 逾, 将近) says it was done."""
    earlier, before, after = around
    sentence = before + after
    return bool(re.fullmatch(r"(?:19|20)\d\d\s*年度?", words)) and year == own and not section and \
        bool(re.search(r"(?:不低于|不少于|不超过|不高于|至少)\s*[\d〔]|\d\s*(?:[万亿]?(?:人次|人|名|个|户)|%)?\s*"
                       r"(?:左右|以内|以下|以上|之间)", sentence)) and \
        not rules.intents(earlier[-80:] + before) and not reported(words, around, rest, rules) and \
        not re.search(r"完成|实现|为|是|增长|下降|提高|目标|任务|计划|逾|将近|超过|\d\s*余\s*[万亿人名个户]", sentence)


def aim_shaped(words: str, earlier: str, before: str, after: str) -> bool:
    """Whether a 今年 figure reads as an aim by its shape: a bound in its sentence (以上, 左右, 以内, 控制在, 不少于) or 今年 set
    against a year just reported (去年…。今年,…; 过去一年…。今年…)."""
    lead = before[:before.rfind(words)] if words in before else before
    sentence = before + after
    return bool(re.search(r"[\d一二三四五六七八九十百千万亿][^,;。、\d]{0,6}?(?:以上|以内|以下|左右|之间)", sentence)
                or re.search(r"(?:控制在|不少于|不低于|不超过|不高于|最少|至少|安排)", sentence)
                or re.search(r"去年|上年|过去[一五]年|过去的一年|\d{4}\s*年(?:是|,|工作回顾)", earlier[-200:] + lead))


def reported(words: str, around: tuple[str, str, str], rest: str, rules: Rules) -> bool:
    """Whether a value its 今年 (or a plan named) dates is reported, not planned: result words after it (…,超额
    完成), a verb of something done between the marker and the value (今年全市完成…, 今年…共帮助), or a year-end
    summary (2023年度工作总结:今年…; 今年…。明年,计划…), or a release of late December (12月28日,县人社局通报:今年…);
    a figure more than its target (…,比市里下达的2800人目标任务多出382人); a plan's running total in a text of its last year (2025年是“十四五”收官之年。…“十四五”五年累计15.6万人)."""
    earlier, before, after = around
    since = before[before.rfind(words) + len(words):] if words in before else before  # or the part it dates
    if rules.intents(before):
        return False  # 今年力争全市共完成…: an aim
    if rules.result_after.search(after) or re.search(r"工作总结|年度总结|年终总结|总结报告", earlier + before) or \
            re.search(r"(?:圆满|全面|超额|顺利)完成[^。;:]{0,12}:|成效(?:明显|显著)|取得(?:了)?(?:明显|显著|积极)成效|稳中向好|"
                      r"好于预期", re.split(r"[。!?]", earlier + before)[-1]) or \
            re.search(r"[。;!?]\s*明年", rest) and not re.search(r"目标|任务|计划|预期", since) or \
            re.search(r"12\s*月\s*\d{1,2}\s*日[^。]{0,30}(?:通报|发布|公布|介绍|指出|表示|说|召开|消息|获悉|讯)", earlier[-80:] + before):
        return True  # a bound too (12月26日,…通报:今年…保持在5.5%以内): the year's result kept within it
    if _exact_counts(before + after) and re.search(r"以内|以上|以下|控制在|保持在|稳定在|达到", before + after):
        return True  # 今年全市新增城镇就业21300人,城镇登记失业率控制在3.2%以内: counts as measured, not as set (with no
        # bound, 今年…3260人,…2.8% stays unsaid)
    if bounded(after):
        return False  # 今年…控制在5.5%以内 with no word of a report: the year's aim
    if re.search(r"(?:为|是)\s*$", since) and re.match(r"\s*\d+\.\d{2}", after):
        return True  # …各年均控制在3.5%以内,今年为3.08%: a figure as measured, not as set
    return bool(re.search(r"完成|共有?|共计|合计|实现了|达到了|(?:全年|仍|共)\s*实现|(?:比|较)(?:上年|去年)(?:末|底)?(?:净)?"
                          r"(?:增加|增长|多|减少|少|提高|下降|上升)", since)
                or ("五" in words and re.search(r"累计|合计", since) and re.search(r"收官", earlier + before))
                or re.match(r"[^。;]{0,12}?[,]\s*(?:比|较)(?:上年|去年)(?:末|底)?(?:净)?(?:增加|增长|多|减少|少|提高|下降|上升)", after)
                or re.match(r"[^。;]{0,12}?[,]\s*比[^。,;]{0,20}?(?:目标|任务|计划)[^。,;]{0,4}?(?:多出|超出|高出)", after))


def own_year_ahead(words: str, year: int, period: tuple[int, int], around: tuple[str, str, str], rest: str,
                   section: str, rules: Rules) -> str | None:
    """The role of a figure a one-year document dates 到 its own year (到2025年底,…达到42万人 in a 2025 text): a
    work plan's aim, a summary's result, or, where neither the section, the kind of document nor words of a
    result say which, unsaid (""). None when the marker is not of that shape."""
    if period[0] != period[1] or year != period[0] or not re.match(r"[到至]", words):
        return None
    since = around[1][around[1].rfind(words) + len(words):] if words in around[1] else around[1]
    if rules.intents(since):
        return "target"  # 到2025年,…将达到50万人: an aim, whatever the kind of document
    if rules.reviews(section) or reported(words, around, rest, rules) or re.search(r"已|累计|连续", around[1] + around[2]):
        return "actual"
    if rules.plans_ahead(section) or rules.target_section.search(section):
        return "target"
    return ""


def later_bare(words: str, year: int, period: tuple[int, int] | None, text: str) -> bool:
    """Whether a one-year text names a later year with bare figures, no word of an aim nor a bound (a 2024 summary's
    closing 2025年城镇新增就业3300人,城镇登记失业率3.5%): planned or already known, the text does not say."""
    return period is not None and period[0] == period[1] and year > period[0] and \
        re.fullmatch(r"(?:19|20)\d\d\s*年", words) is not None and \
        not re.search(r"以上|以内|以下|左右|控制|不低于|不少于|不超过|不高于|目标|计划|预期|任务", text)


def plan_listed(future: re.Match | None) -> bool:
    """Whether the future words are a plan's list of targets (列出了“十四五”规划的四项目标:…): its targets, whatever
    the time of each."""
    return future is not None and "规划" in future.group(0) and future.group(0).rstrip().endswith(":")


def aim_year(earlier: str, period: tuple[int, int], rules: Rules) -> int:
    """The year an aim with no time words of its own is for: a plan's last year, a one-year text's own year, or
    the later year the sentence before characterised (明年是…关键之年。全县将确保…: the next year's; not a deadline
    named in passing, 力争到2027年…。全县将确保…)."""
    if period[0] != period[1]:
        return period[1]
    statement = re.split(r"[。!?]", earlier)[-1]  # 明年,全县力争…;城镇登记失业率控制在4%以内: the statement's year
    ahead = year_marker(statement, period, rules) if statement.strip() else None
    if ahead is not None and ahead[0] is not None and ahead[0] > period[0]:
        return ahead[0]
    told = earlier_time(earlier, period, rules) if earlier.strip() else ""
    named = year_marker(told, period, rules) if told else None
    characterised = re.search(r"(?:明年|下一?年|(?:19|20)\d\d\s*年)\s*(?:是|为)[^。!?]{0,40}[。!?]?\s*$", told)
    return named[0] if named is not None and named[0] is not None and named[0] > period[0] and characterised else period[0]


#: comparators only aims use (不少于3000人, 至少300人, 4000—4500人), unlike those results use too (以上, 以内, 控制在)
_AIM_ONLY = re.compile(r"(?:不少于|不低于|不超过|不高于|至少|最少|最多)\s*$")
_RANGE_ON = re.compile(r"\s*[\d.,]+\s*(?:[万亿]?(?:人次|人|名|个|户)?|%)?\s*[—–~至]\s*\d")
_REPORTED = re.compile(r"完成|实现了|达到了|已|共有?|累计|同比|比上年|较上年|上年末|增长|下降|减少|增加|提高|(?<!不)超过|突破|逾|余|"
                       r"净增|好于|优于|低于[^,;。]{0,10}目标|(?:未|没有)(?:发生|出现)")  # 未发生…事件: what did not happen (aims: 不发生)


_PART_DONE = re.compile(r"[,;]\s*(?:其中)?\s*(?:一季度|上半年|前三季度|\d{1,2}\s*[—–-]\s*\d{1,2}\s*月)[^;。]*")


def _year_before_its_parts(after: str) -> bool:
    """Whether a year's figure, bounded (以上, 左右) or round (:func:`_round`), has part of the year's result after it
    (全年新增城镇就业4500人以上,其中一季度完成1200人): the year is not over, its figure the aim. An exact figure
    (全年…4620人,其中一季度完成1200人) is the year's result with its parts."""
    figure, part = _FIGURE.match(after.lstrip()), _PART_DONE.search(after)
    if figure is None or part is None or "完成" not in part.group(0):
        return False
    return bool(re.match(r"\s*(?:以上|左右)", after.lstrip()[figure.end():])) or _round(_count(figure))


def _bounds_of_aims(words: str, year: int, period: tuple[int, int] | None, before: str, after: str,
                   section: str) -> bool:
    """Whether a one-year text's figure of its own year (全年…, 2026年,…), where no section or kind of document says
    what it is, is bounded as only aims are (城镇登记失业率不超过3.8%, 至少300人, a range 4000—4500人) in its own clause,
    which reports nothing (完成, 比上年…) in a sentence of no figure rounded as reports round them (逾5.2万人), or a year's
    figure with part of the year's result after it (全年…4500人以上,其中一季度…完成1200人): an aim.
    Bounds results use too (以上, 控制在) say nothing."""
    own = re.sub(_PART_DONE, "", before + re.split(r"[。!?]", after)[0])  # the sentence (…不超过3.2%,均好于年度调控目标
    # reports), but for parts of the year done (…4500人以上,其中一季度完成1200人)
    return not section and period is not None and period[0] == period[1] == year and \
        re.fullmatch(r"全年|本年度?|年内|(?:19|20)\d\d\s*年度?", words) is not None and not _REPORTED.search(own) and \
        not re.search(r"逾|近\s*\d|\d\s*余\s*[万亿人名个户]", before + after) and \
        not any(_count(m) >= 100 and not _round(_count(m)) for m in _FIGURE.finditer(own) if not m.group(0).endswith("%")) and \
        (_AIM_ONLY.search(before) is not None or _RANGE_ON.match(after) is not None or re.search(r"\d\s*[万亿]?\s*[—–~至]$", before) is not None
         or _year_before_its_parts(after))


_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(万|亿)?\s*(?:人次|人|名|户|个|%)")


def round_figures(period: tuple[int, int] | None, paragraph: str, section: str, rules: Rules) -> bool:
    """Whether a one-year text of no known kind states the figures of a ``paragraph`` as aims are often set and results
    are seldom reported: every figure round (95%, 1.2万名, 4500人; :func:`_round`) and bounded (以上, 保持在), no word of
    a report nor of an aim: aim or result, only the kind of document says (unsaid)."""
    figures = list(_FIGURE.finditer(re.sub(r"[由从][^,;。]{0,12}?的?[\d.]+\s*%?", "", paragraph)))  # 由上年的96.4%: a base
    return not section and period is not None and period[0] == period[1] and bool(figures) and \
        not rules.intents(paragraph) and \
        not re.search(r"完成|实现了|达到了|已(?!建)|共有?|累计|同比|[比较](?:上年|去年)|上年末|增长|下降|减少|增加|增量|逾|余|近\d|"
                      r"不足|超过|净增|当年|目标|任务|计划|安排|预期", paragraph) and \
        bool(re.search(r"以上|以内|左右|保持在|稳定在|控制在|提高到", paragraph)) and \
        all(_count(m).is_integer() and _count(m) < 100 if m.group(0).endswith("%") else _round(_count(m)) for m in figures)


def _count(figure: re.Match) -> float:
    """The number a :data:`_FIGURE` match gives, in units (1.2万 → 12000, 3,268 → 3268; a percent as written)."""
    return float(re.sub(r"[,\s]", "", figure.group(1))) * {"万": 1e4, "亿": 1e8}.get(figure.group(2) or "", 1)


def _round(count: float) -> bool:
    """A count as aims are set: two significant digits at most (4500, 1.2万, 30万), three ending in 5 from a million
    (1150万)."""
    digits = f"{count:.0f}".rstrip("0")
    return count >= 100 and (len(digits) <= 2 or count >= 1e6 and len(digits) == 3 and digits.endswith("5"))


def shape_of_own_year(words: str, year: int, period: tuple[int, int] | None, around: tuple[str, str, str, str],
                      section: str, rules: Rules) -> tuple[str, str] | None:
    """The role (and why) a one-year text of no known kind gives a figure of its own year by the shape of its
    sentence and paragraph: an aim where bounded as only aims are (:func:`_bounds_of_aims`), unsaid where every figure
    is round and bounded (:func:`round_figures`); None otherwise. ``around``: paragraph before, sentence before the
    value, rest of the sentence, paragraph from the sentence on."""
    earlier, before, after, rest = around
    if _bounds_of_aims(words, year, period, before, after, section):
        return "target", "bounded as only aims are"
    if year == (period or (0,))[0] and re.fullmatch(r"全年|本年度?|年内|(?:19|20)\d\d\s*年度?", words) and \
            round_figures(period, earlier + rest, section, rules):
        return "", "round figures set as aims are, no word of a report: aim or result as the kind of document decides"
    return None


def done_before(before: str, section: str, rules: Rules) -> re.Match | None:
    """The words right before a value that say it was done (实际完成, 全年共, 已达到; 共有 where nothing plans)."""
    return re.search(r"(实际|全年共|共|已经?)(?:分别|均)?(?:完成|实现|达到|(?<=实际)值?为|(?<=实际)[\u4e00-\u9fff]{1,10})了?\s*"
                     r"(?:[\d.]+\s*(?:%|万人次|万人|人次|人)?\s*[和、及]\s*)*$", before) or (
        re.search(r"(共有|共计|合计)\s*$", before) if not rules.intents(before) and not (
            rules.plans_ahead(section) or rules.target_section.search(section)) else None)  # 今年…共有3.26万名…参加了


def year_named_before(earlier: str, before: str, explicit: bool, period: tuple[int, int], section: str,
                       rules: Rules, after: str = "") -> bool:
    """Whether a one-year text's 全年/年末 is the whole of a year named before it, not the text's own: the year 一年来
    before it in its statement ends, or the year an earlier sentence names (一、2023年工作回顾。全年城镇新增就业…; 明年…。确保全年… when aimed too), not a base it
    compares with (…,上年末为24390人。年末…), or the year the section plans (全年… under 2025年工作要点 of a 2024
    summary). Not a forecast (今年1—11月…;全年预计完成…)."""
    if re.search(r"预计|预测|估计", before):
        return False
    if within_one_year_since(re.split(r"[。!?]", earlier)[-1] + before) or within_one_year_since(earlier + before, True):
        return True
    told = earlier_time(earlier, period, rules) if explicit else ""
    named = year_marker(told, period, rules) if explicit else None
    aimed = rules.intents(before) or re.search(r"以上|以内|以下|左右|控制在|不少于|不低于|不超过|不高于", before) or \
        re.match(r"[^,;。]{0,12}?(?:以上|以内|左右)", after) or \
        _announces_aims(re.split(r"[。!?]", earlier.rstrip("。!? "))[-1])
    # 明年,我们将抓好以下工作。全年城镇新增就业5000人以上; 2025年工作计划。全年…: that year's aims
    if named is not None and (named[0] <= period[0] or aimed) and re.fullmatch(
            r"(?:19|20)\d\d\s*年(?:底|末|度|全年)?|今年|明年|(?:去年|上年)(?:底|末)?|过去一年|年内|本年度?", named[2]) and \
            not re.search(r"(?:上年|去年)(?:末|底)?[^,;。!?]{0,24}?(?:为|是)\s*\d[^。!?]*[。!?]?$", told) and \
            not (named[2].startswith("上年") and re.search(r"总结|统计公报|统计快报", section + earlier)):  # a summary's base year
        return True
    return from_section(period, section, rules).year not in (None, period[0])


def _announces_aims(sentence: str) -> bool:
    """Whether a sentence announces the aims that follow it and states no figure of its own (2025年工作计划;
    明年,我们将抓好以下工作), unlike one that states an aim of its own (明年…确保城镇新增就业3000人以上)."""
    return bool(re.search(r"计划|打算|安排|要点|目标|将|力争|确保", sentence)) and not re.search(
        r"\d\s*(?:[万亿]?(?:人次|人|户|个|名)|%)|[<>≤≥]", re.sub(r"(?:19|20)\d\d\s*年", "", sentence))


def _exact_counts(sentence: str) -> bool:
    """Whether a sentence's counts are all as measured, none as set (21300人, 1.286万人: three significant digits or
    more, :func:`_round`), and it has some (rates say nothing: 3.2% is set and measured alike)."""
    figures = [m for m in _FIGURE.finditer(sentence) if not m.group(0).endswith("%")]
    return bool(figures) and not any(_round(_count(m)) for m in figures) and \
        not any(re.match(r"\s*(?:以上|以内|以下|左右)", sentence[m.end():]) for m in figures)  # 18.5万人以上: set
