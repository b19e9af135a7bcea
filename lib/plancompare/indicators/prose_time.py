"""The time a value in running text speaks of: its role (baseline, target, actual) and year.

Decided, in order, by the value's own phrase (从2020年的 → baseline 2020; 到2025年的 →
2025; 超额完成…的目标 → the target of the result's year), the time words before it in
its sentence, then in its paragraph (到2025年, 截至2022年底, “十三五”期间, 今年/明年/去年
of a one-year document, 力争/预计 for targets), then its section (主要目标 → the plan's
targets, 发展基础 → the previous period's results). What is not decided stays empty.
"""

from __future__ import annotations

import re

from plancompare.indicators.prose_aims import (
    aim_year,
    bounded_own_year,
    done_before,
    later_bare,
    no_aim,
    own_year_ahead,
    plan_listed,
    reported,
    shape_of_own_year,
    year_named_before,
    year_turn,
)
from plancompare.indicators.prose_markers import (
    BASE_AFTER,
    MEASURED_SHARE,
    WHOLE_YEAR,
    earlier_words,
    for_part_of_year,
    next_plan_year,
    past_word,
    work_report,
    year_marker,
)
from plancompare.indicators.prose_open import after_last_year, open_value, unsaid_or_final
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_sections import (
    OPEN,
    base_among_aims,
    end_of_plan,
    five_years_of_plan,
    from_section,
    reviewing,
    role_of_year,
)
from plancompare.indicators.prose_spans import FIRST_YEARS, SPAN, other_span
from plancompare.indicators.prose_tags import since_one_year, tagged_time, unbracketed, unsaid_year
from plancompare.indicators.prose_when import TimeContext
from plancompare.structure.numbering import fyp_end

_FIVE_YEARS = "五年间"  # the words of a starting point five years before its pair


def _start_year(before: str, pair_words: str, period: tuple[int, int] | None) -> tuple[int | None, str]:
    """The year of a starting point its own words do not date, from the sentence before it: a
    comparison (与2015年相比,…由18.6万人增至25.3万人), a plan period named (“十三五”时期…由1.9万人增长至
    3.1万人: its start) or the plan's base (由规划基期的18.3万人)."""
    compared = re.search(r"(?:与|同|和)\s*(?:((?:19|20)\d\d)\s*年|“?(十[一二三四五六七八九]五)”?)(?:期?末|底)?\s*相比",
                         before)
    if compared:
        return (int(compared.group(1)) if compared.group(1) else fyp_end(compared.group(2))), compared.group(0)
    named = re.findall(r"(十[一二三四五六七八九]五)”?\s*(?:时期|期间|以来|末|期末|,)", before)
    if not pair_words and named and fyp_end(named[-1]):
        return fyp_end(named[-1]) - 5, named[-1]
    if period is not None and period[0] != period[1] and re.search(r"基期|基数", before[-10:]):
        return period[0] - 1, "基期"
    if not pair_words and re.search(r"(?:五|5)\s*年(?:间|来|以来|中)|过去\s*(?:五|5)\s*年", before):
        return None, _FIVE_YEARS  # 五年间…从38.2万人增长到46.9万人: five years before the value it rose to
    return None, pair_words


def _whole_period(before: str, rules: Rules) -> bool:
    """Whether the words before a value make it cover a whole period (期间, 累计), unless its own clause
    names its year (…期间,…累计5.6万人,其中2020年…新增9800人: that year's)."""
    own = re.split(r"[,;:]", before)[-1]
    return bool(rules.period_total.search(own if re.search(r"(?:(?:19|20)\d\d\s*年|收官之?年)(?![^,;]*累计)", own) else before))


def _starting_point(pair_year: int | None, pair_words: str, total: bool, before: str,
                    period: tuple[int, int] | None) -> TimeContext:
    """The time of a 'from' value: the base, of its year when named; a year's actual result when the words
    say so (比上年实际完成的5068人多132人), unless, in a one-year document, the value it is compared with is a
    target (今年…目标为6万人,较去年实际完成的6.42万人): both a result and the target's base, its role is left
    open and flagged."""
    if pair_year is None:
        if pair_words == _FIVE_YEARS:
            return TimeContext("baseline", None, total, "a 'from' value five years before its pair", True, back=5)
        return TimeContext("baseline", None, total, "a 'from' value without a year", True)
    if re.search(r"实际(?:完成|实现)", pair_words):
        if period is not None and period[0] == period[1] and re.search(r"目标|计划|力争|确保|争取", before):
            return TimeContext("", pair_year, total, f"from '{pair_words}': a result that is also a target's base; "
                               "role left open", True)
        return TimeContext("actual", pair_year, total, f"from '{pair_words}'", True)
    done = period is not None and period[0] <= pair_year < period[1]  # 从2021年的A增加到B, in a plan's years: a result
    return TimeContext("actual" if done else "baseline", pair_year, total, f"from '{pair_words}'", True)


def resolve_time(paragraph: str, sentence_start: int, pos: int, kind: str, pair_year: int | None,
                 pair_words: str, period: tuple[int, int] | None, section: str, rules: Rules) -> TimeContext:
    """Role and year of the value at ``pos`` of ``paragraph`` (see the module docstring)."""
    before = paragraph[sentence_start:pos]
    if kind not in ("target", "plan_target") and for_part_of_year(paragraph[:sentence_start], before, period, rules):
        return TimeContext("", None, False, "a figure for part of a year", True)
    total = _whole_period(before, rules) or bool(re.search(r"时期|期间", pair_words))
    one_year = period is not None and period[0] == period[1]
    if pair_year is None and re.search(r"上年|去年|前年", pair_words) and one_year:
        pair_year = period[0] - (2 if "前年" in pair_words else 1)  # 由上年末的…: the year before the document's
    elif pair_year is None and re.search(r"年末|年底", pair_words) and one_year:
        pair_year = period[0]  # 由年初的5.4%降至年末的5.0%: the document's year end (年初 stays undated)
    if pair_year is None and re.search(r"期初|期末", pair_words):  # the start or end of the plan named
        fyps = re.findall(r"(十[一二三四五六七八九]五)", before)  # the last one: 从“十二五”期末…至“十三五”期末的
        end = fyp_end(fyps[-1]) if fyps else (period[1] if period and not one_year else None)
        if not fyps and period and not one_year and from_section(period, section, rules).year == period[0] - 1:
            end = period[0] - 1  # 从期初的…降至期末的… under 发展基础: the period it reviews
        if end is not None:
            pair_year = end - 5 if "期初" in pair_words else end
    if kind == "from" and pair_year is None:
        pair_year, pair_words = _start_year(before, pair_words, period)
    if kind == "current":
        return _current(paragraph, sentence_start, before, pair_year, pair_words, total, period, section, rules)
    if kind == "from":
        return _starting_point(pair_year, pair_words, total, before, period)
    if kind == "to" and pair_year is not None:
        total = total and not (SPAN.search(before) and re.fullmatch(r"(?:19|20)\d\d\s*年", pair_words or ""))  # one of a list
        after = re.match(r"[^。;!?]*", paragraph[pos:]).group(0)
        return _pair_end(pair_year, pair_words, (paragraph[:sentence_start], before, after), total, period, section,
                         rules)
    after = re.match(r"[^。;!?]*", paragraph[pos:]).group(0)
    before = re.sub(r"在[^,。;]*?的?基础上", "", before)  # the starting point's year dates no later value
    # 由“十三五”时期的1.1万人提高到…: the starting point's time dates neither the pair's end nor a later clause
    before = re.sub(r"(?:从|由)(?:[^,。;从由]|(?<=\d),(?=\d{3}))*?(?=(?:增加|提高|增长|提升|上升|下降|降低|减少|降|增|扩大)(?:到|至))", "", before)
    ctx = _context(paragraph, sentence_start, before, period, section, rules, after)
    ctx.period_total = ctx.period_total or total
    if kind not in ("target", "plan_target") and other_span(before, period):
        ctx.part_period, ctx.period_total = True, False
    if kind in ("target", "plan_target"):
        ctx.role = "target"
        ctx.evidence += "; measured against a target"
        within = ctx.year is not None and period is not None and period[0] <= ctx.year < period[1] and (re.search(
            r"(?:规划|五年)[^,;。]{0,6}$", before) or not re.search(r"年度|全年|当年|(?:19|20)\d\d\s*年度?的?(?:目标|计划)", before[-16:] + after[:12]) and
            not re.search(r"年度(?:目标|计划|任务)", paragraph[:pos]) and
            not re.match(r"[\d.]*[^,;。\d]{0,6},\s*实际", after))  # not 从年度目标完成情况看,2022年…; 2022年,…目标为…,实际…
        if period is not None and period[0] != period[1] and (within or
                ctx.year is None or (period[0] <= ctx.year < period[1] and re.search(r"截[至止]", before) is not None)):
            ctx.year = period[1]  # 目标值为98%, 截至2022年底…已超过98%的目标值: the plan's own target
    fyp = re.search(r"(十[一二三四五六七八九]五)", before)
    partial = FIRST_YEARS.search(before) is not None
    if kind in ("target", "plan_target") and fyp and (kind == "plan_target" or partial):
        # the target of the plan the sentence names (“十四五”前三年…完成规划目标): its last year
        ctx.year = fyp_end(fyp.group(1))
    elif kind == "plan_target" and period is not None and not one_year and (ctx.year or period[1]) >= period[0]:
        # a result within the period (截至2023年底…好于规划目标) is measured against the plan's own target;
        # one of the previous period (发展基础) against that period's, dated like the result
        ctx.year = period[1]
    if kind in ("target", "plan_target") and period is not None and period[0] != period[1] \
            and ctx.year in (period[1], fyp_end(fyp.group(1)) if fyp else None):
        ctx.evidence += " of the plan"
        ctx.period_total = ctx.period_total or kind == "plan_target" or bool(  # 完成规划目标3万人的20.7%: the five years'
            re.match(r"[\d.,\s]*[万亿]?(?:人次|人|名)?\s*(?:以上|以内)?\s*的?\s*(?:五|5)\s*年(?:累计)?(?:规划)?(?:目标|任务)", after))  # 为600万人五年目标任务的67.1%
        ctx.part_period = False
    return ctx


def _current(paragraph: str, sentence_start: int, before: str, pair_year: int | None, pair_words: str,
             total: bool, period: tuple[int, int] | None, section: str, rules: Rules) -> TimeContext:
    """A current value (现状值97.2%(2023年底)): a result then; undated, in a plan: where it starts."""
    if pair_year is not None:
        return TimeContext("actual", pair_year, total, f"current value '{pair_words}'", True)
    ctx = _context(paragraph, sentence_start, before, period, section, rules)
    if ctx.role == "actual" and ctx.year is not None:
        return ctx
    if period is not None and period[0] != period[1]:
        return TimeContext("baseline", period[0] - 1, total, "current value of a plan: its base", True)
    return TimeContext("actual", period[0] if period else None, total, "current value", True)


def _context(paragraph: str, sentence_start: int, before: str, period, section: str, rules: Rules,
             after: str = "") -> TimeContext:
    """Time words before a value (its sentence's, else its paragraph's, its section's); ``after`` may say it is done."""
    one_year = period is not None and period[0] == period[1]
    if (tagged := tagged_time(before, period)) is not None:
        return tagged
    raw, before = before, MEASURED_SHARE.sub("", BASE_AFTER.sub("", unbracketed(before)))  # not 上年为…'s, nor a target's share's
    for text, explicit in ((before, True), *earlier_words(paragraph[:sentence_start], raw, period, rules)):
        marker = year_marker(text, period, rules)
        if not explicit and base_among_aims(marker, period, section, rules):  # dates no later aim
            continue
        if one_year and (unfinished := _plan_in_work_report(marker, period, section, explicit, text, paragraph)) is not None:
            return unfinished
        if one_year and marker is not None and marker[2] in WHOLE_YEAR and \
                year_named_before(paragraph[:sentence_start], before, explicit, period, section, rules, after):
            if (unsaid := since_one_year(text, explicit, period, paragraph[:sentence_start] + before)) is not None:
                return unsaid  # 一年来,全区年末…: the year 一年来 ends, which the text does not say
            continue
        future = _intended(paragraph[:sentence_start], before, text, explicit, after, period, section, rules)
        if marker is not None and future is not None and not one_year and period is not None and \
                re.search(r"今后|未来", future.group(0)) and text.rfind(marker[2]) < future.start():
            marker = None  # 2020年已达96.8%,规划要求今后五年稳定在95%以上: the later words say when
        if marker is not None and "规划期末" in marker[2] and from_section(period, section, rules).year == period[0] - 1:
            marker = None  # 规划期末 in a 发展基础: the previous plan's end, which it does not date
        if marker is None and explicit:
            marker = next_plan_year(text, paragraph[:sentence_start], period)
        if marker is None and (unsaid := unsaid_year(text, explicit, period)) is not None:
            return unsaid
        now = re.search(r"(?:截至)?(?:目前|当前|现在|迄今|现阶段)", text) if explicit else None
        current = _now_in_targets(now, text, after, marker, period, section, rules) if not future else None
        if current is not None:
            return current
        if now is not None and marker is not None and text.rfind(marker[2]) < now.start() and not future:
            return TimeContext("actual", period[0] if one_year else None, False,  # 2025年…控制在5.5%以内,目前为5.1%
                               f"marker '{now.group(0)}': when the text was written; no year given", True)
        left_open = open_value(marker, future, explicit, (paragraph[:sentence_start], before, after,
                                                           paragraph[sentence_start:]), period, section, rules)
        if left_open is not None:
            return left_open
        if marker is not None:
            return _from_marker(marker, future, explicit, (paragraph[:sentence_start], before, after,
                                                           paragraph[sentence_start:]), period, section, rules)
        if not one_year and re.search(r"今年|本年|(?<![\d五])年内|明年|去年", text):
            return TimeContext("target" if future else "", None, False,
                               "a year named relative to the document's date, which a plan does not give", explicit)
        if explicit and future and period is not None and not (future.group(0).startswith(("目标", "计划")) and (
                re.search(r"年度(?:目标|计划|任务)", paragraph[:sentence_start]) or re.search(r"实际|^[^。;,]{0,10},\s*完成", after))
                and re.search(r"(?:19|20)\d\d\s*年|去年|上年", paragraph[:sentence_start])):  # 2023年…。…计划4200人,实际完成…
            return TimeContext("target", aim_year(paragraph[:sentence_start], period, rules), not one_year,
                               f"marker '{future.group(0)}'", True)
        past = past_word(text, rules)
        if explicit and past and past.group(0) == "以来" and period is not None and not one_year and \
                re.search(r"(?:规划实施|规划|实施|十四五|(?:19|20)\d\d\s*年)”?\s*$", text[:past.start()]):
            return TimeContext("actual", None, False, "since the plan began; no date given", True)
        if explicit and past and period is not None and not one_year:
            in_progress = from_section(period, section, rules)
            if in_progress.role == "actual" and in_progress.year is None:  # a review of this plan's progress
                if re.fullmatch(r"[五5]年[来间里]|过去\s*[五5]\s*年", past.group(0)):  # 五年来: its five years
                    return TimeContext("actual", period[1], True, f"marker '{past.group(0)}' in a review of the plan", True)
                return TimeContext("actual", None, False, f"marker '{past.group(0)}' in a review of the plan; no year "
                                   "given", True)  # 规划中期…已超过规划目标: up to a date other words give
            return five_years_of_plan(past.group(0), period, section, rules)
    return unsaid_or_final(paragraph[:sentence_start] + before, period, section, rules, paragraph) or \
        from_section(period, section, rules)


def _now_in_targets(now: re.Match | None, text: str, after: str, marker, period: tuple[int, int] | None,
                    section: str, rules: Rules) -> TimeContext | None:
    """A value the words 目前/当前 of its own clause date, among targets: a plan's base (目前,全县城镇登记失业率
    为3.1%,到2025年控制在3.5%以内); in a year's targets the value now, of no year the text gives. Not a target
    compared with (目前…高于5.5%的控制目标) nor words of another clause (参照目前…,…)."""
    own = now is not None and re.fullmatch(r"\s*,?[^,;\d]*", text[now.end():]) is not None and \
        not re.match(r"[^,;。]*?的?(?:控制|预期|规划|年度)?目标", after)
    if not own or period is None or (marker is not None and marker[2] != now.group(0)) or \
            from_section(period, section, rules).role != "target":
        return None
    if period[0] == period[1]:
        return TimeContext("", None, False, f"marker '{now.group(0)}' in a year's targets: the value now", True)
    return TimeContext("baseline", period[0] - 1, False, f"marker '{now.group(0)}' in a plan's targets: its base", True)


#: a heading of aims opening a sentence of ;-parts (2026年全区人社工作主要目标:…;…, …资金绩效目标:…;…)
_AIMS_HEADING = re.compile(r"\s*(?:(?:19|20)\d\d\s*年度?\s*,?)?[^,;:。\d]{0,16}?(?:主要|预期|年度|工作|绩效)(?:目标|计划)(?:任务)?(?:设定情况|设定)?(?:是|为)?\s*:")


def _plan_in_work_report(marker: tuple[int, str, str] | None, period: tuple[int, int], section: str,
                         explicit: bool, text: str, paragraph: str) -> TimeContext | None:
    """A plan's span looked back on in a work report of the plan's own year (2025年报告:“十四五”以来,…累计21.6万人):
    the report reviews the years before it, up to one the text does not give; left open."""
    since = re.search(r"(十[一二三四五六七八九]五)”?\s*规划(?:实施|执行)?以来", text) if marker is None else None  # no marker
    marker = (fyp_end(since.group(1)), "actual", since.group(0)) if since else marker  # of its own: “十四五”规划实施以来
    if marker is not None and work_report(section, paragraph[:80]) and "五" in marker[2] and marker[0] == period[0] and \
            marker[1] != "target":
        return TimeContext("", None, False, f"marker '{marker[2]}' in a work report, which reviews the years before "
                           "it: a plan not over by then", explicit)
    return None


def _intended(earlier: str, before: str, text: str, explicit: bool, after: str, period: tuple[int, int] | None,
              section: str, rules: Rules) -> re.Match | None:
    """The words that make a value intended (a target): the future words of its sentence or, when not
    ``explicit``, of the paragraph's time words ``text``; those of a ;-part just before (力争…;…控制在,
    主要目标:…;…); never a heading of targets a review goes on to report (主要目标:…,均完成规划目标)."""
    one_year = period is not None and period[0] == period[1]
    joined = re.search(r"[^。!?]*;\s*$", earlier) if explicit and not re.match(r"\s*(?:截至|截止|至?\s*(?:[1-9]|1[01])\s*月(?:末|底))", before) else None
    own = re.search(r"(?:19|20)\d\d\s*年|今年|去年|本年|明年", before)
    if joined and own and re.search(r"(?:19|20)\d\d\s*年|今年|去年|本年|明年", joined.group(0)) and own.group(0) not in joined.group(0):
        joined = None  # 明年,全县力争…;2024年全县…5260人: its own year, not the aim's
    if joined and re.search(r"明年|下一?年|目标|计划|力争|确保", after):
        joined = None  # …明年将继续控制在5.5%以内;城镇新增就业1.08万人,明年目标不低于1万人: the part's own aim after it
    # …预计全年可达3800人;截至11月末,…: a ;-part dated at a point already past takes no aim from the part before
    future = rules.future_words(before, text, explicit, one_year and not rules.reviews(section), after) or (
        re.search(r"力争|确保(?!了)|预计|(?<![把即])将(?!近|…)|^\s*(?:(?:19|20)\d\d\s*年)?(?:主要|预期|年度|工作)?(?:目标|计划)(?:任务)?(?:是|为)?\s*:",
                  joined.group(0)) if joined else None) or (
        _AIMS_HEADING.match(re.split(r"[。!?]", earlier)[-1] + ("" if joined else before)) if joined or not re.search(
            r"[,;]", re.split(r":", before)[-1]) else None)  # 绩效目标:…≥2800人;…≤3.5%;…; 2026年,…主要目标:城镇新增就业…
    bare = future is not None and re.fullmatch(r"\s*(?:(?:19|20)\d\d\s*年)?(?:主要|预期|年度|工作)?(?:目标|计划)(?:任务)?\s*:",
                                               future.group(0))
    if bare and from_section(period, section, rules).role == "actual" and bool(section):
        return None
    reviewed = from_section(period, section, rules).role == "actual" and bool(section)
    if explicit and future is not None and reviewed and re.fullmatch(r"确保|力争|争取|要|应|将", future.group(0)) and \
            future.end() <= len(before) and re.search(r"[,;]", before[future.end():]) and before[:future.start()].strip() and \
            not re.match(r"\s*(?:下半年|下一步|下一?阶段|接下来|今后(?:一段时间|一个时期)?|(?:第?四|最后一个)季度)\s*,", before):  # 下半年,要…,全年…: all aims
        return None  # 努力确保就业大局稳定,城镇登记失业率控制在3.5%以内 under 发展基础: its own clause's aim
    return future


def _from_marker(marker: tuple[int, str, str], future: re.Match | None, explicit: bool,
                 around: tuple[str, str, str, str], period: tuple[int, int] | None, section: str,
                 rules: Rules) -> TimeContext:
    """Role and year from a year marker (year, implied role, words), its future words, the words ``around`` it, the section."""
    one_year = period is not None and period[0] == period[1]
    (earlier, before, after, rest), around = around, around[:3]  # paragraph before, sentence before, rest, paragraph on
    year, role, words = marker
    settled = _own_year(words, year, period, around, rest, future, section, rules, explicit) if one_year else None
    if isinstance(settled, TimeContext):
        return settled
    role = settled or role
    if role == "target" and (words in ("今年", "本年") or "五" in words) and future is None and \
            not rules.plans_ahead(section) and reported(words, around, rest, rules):
        role = "actual"
    if future is None and (role == "target" and no_aim(words, around, section, rules) or not role and one_year
                           and bounded_own_year(words, year, period[0], around, rest, section, rules)):
        return TimeContext("", year, False, f"marker '{words}': the year's figure with no aim and no word of a "
                           "result: whether planned or done is unknown", explicit)
    role = "target" if plan_listed(future) else role
    before_plan = period is not None and not one_year and year < period[0]  # 2020年 beside 到2025年
    ahead = _planned_year(year, period, section, rules) and (explicit and not FIRST_YEARS.search(words) or one_year)
    role = role or ("target" if (future or ahead) and not before_plan else role_of_year(year, period)
                    or ("actual" if one_year else ""))
    shaped = shape_of_own_year(words, year, period, (earlier, before, after, rest), section, rules) \
        if role == "actual" and not future else None  # 不少于4000人: an aim; 保持在95%以上 alone: unsaid
    if shaped is not None:
        return TimeContext(shaped[0], year, False, f"marker '{words}': {shaped[1]}", explicit)
    if role == "target" and not future and later_bare(words, year, period, before + after):  # 2025年…3300人 in 2024
        return TimeContext("", year, False, f"marker '{words}': a later year's bare figure, no word of an aim", explicit)
    quoted = before_plan and re.match(r"[到至]", words) and re.search(
        r"规划(?:提出|明确|确定|要求|设定|目标(?![^,;。]{0,6}(?:完成|实现|达成)))|(?:提出|确定|设定)的?(?:主要)?目标", before)
    role = "target" if quoted else role  # “十四五”规划提出,到2025年… in a 15th plan: the earlier plan's target
    in_review = from_section(period, section, rules).role == "actual" and bool(section) and (not one_year or rules.reviews(section))
    last_year_told = one_year and explicit and after_last_year(earlier, before, after, period[0])
    if one_year and role == "target" and in_review and not future and not last_year_told and \
            (words in ("今年", "本年", "本年度") or "五" in words):  # 过去一年…。今年,…: the year ahead
        role = "actual"  # 本年…, “十四五”五年累计 in a year-end summary: what was done
    if role == "target" and not future and reviewing(period, section, rules) and (
            (re.search(r"五”?\s*(?:期间|时期|以来)", words) and period is not None and year <= period[1])
            or (period is not None and year < period[1] and not re.match(r"[到至]", words))):
        role = "actual"  # “十四五”时期,全县累计新增…; 2023年,全市…达到96.4% in a review of the plan: what it did
    elif role == "target" and period is not None and year == period[1] and not one_year and \
            (not future or future.group(0).startswith(("到", "至"))):
        role = end_of_plan(role, around, period, section, rules, ahead=future is not None or words.startswith(("到", "至")))
        if role == OPEN:
            return TimeContext("", year, False, f"marker '{words}': the plan's last year in a review that does not say "
                               "whether it reports or plans it", explicit)
    if one_year and role == "actual" and not future and year == period[0] and last_year_told and \
            re.fullmatch(r"(?:19|20)\d\d\s*年", words):
        role = "target"  # 2019年,全县…。2020年,…控制在4%以内: the year after the one reported, ahead
    if not role and in_review:
        role = "actual"  # a year inside the period, in a section reviewing what was done
    if role == "target" and in_review and not one_year and period is not None and year < period[1] and not quoted \
            and re.match(r"[到至]", words) and (future is None or future.group(0).startswith(("到", "至"))):
        role = "actual"  # 到2023年 in a review of the plan's progress: up to then
    done = done_before(before, section, rules)
    if done and (done.group(1) or "").startswith("已") and one_year and re.search(r"计划|目标", before) and \
            not re.search(r"全年|年底|年末|12月", before):
        return TimeContext("", None, False, f"marker '{words}': done so far against the year's plan, part of "
                           "the year", explicit)  # 今年计划…3万人次,目前已完成1.8万人次
    done = done or re.search(r"(?:实际完成|完成情况|(?:工作)?成效)\s*:(?![^,;。\d]*(?:计划|目标|任务))[^,;。\d]{0,24}$", before)  # 实际完成:城镇新增就业…
    role = "actual" if done and role == "target" else role  # 今年…目标为4.5万人,实际完成5.3万人: the result's own verb
    # a five-year plan named (“十三五”期间, 到“十四五”期末, not 第五年): a flow is its total
    return TimeContext(role, year, "五" in words and "第" not in words, f"marker '{words}'", explicit)


def _planned_year(year: int, period: tuple[int, int] | None, section: str, rules: Rules) -> bool:
    """Whether a section that sets targets plans the year a marker names: a one-year text's own year (全年… under
    主要目标), or a year inside a plan's period before its last (技能人才总量分两步走,2027年达到…: a staged aim)."""
    if period is None:
        return False
    if period[0] == period[1]:
        return year == period[0] and bool(rules.plans_ahead(section)) and \
            from_section(period, section, rules).year in (None, period[0])
    return period[0] <= year < period[1] and bool(section) and from_section(period, section, rules).role == "target"


def _own_year(words: str, year: int, period: tuple[int, int], around: tuple[str, str, str], rest: str,
              future: re.Match | None, section: str, rules: Rules, explicit: bool) -> TimeContext | str | None:
    """What a one-year document's marker of its own year or the one before settles: the year just ended (a
    January release's 全年), the role 到 its own year takes (:func:`own_year_ahead`), or nothing (None)."""
    if not rules.plans_ahead(section) and year_turn(words, year, period, around[0] + around[1], around[0] + rest):
        return TimeContext("actual", year - 1, False, f"marker '{words}' in a release of the year's first weeks: the year ended", explicit,
                           part_period=words.endswith("以来"))  # “十四五”以来: the plan's years up to the release
    at = around[1].rfind(words)  # 到年底, 到今年底, 到本年末: the year's end ahead
    to_end = at >= 0 and re.search(r"(?<![截])[到至]\s*$", around[1][:at]) is not None and (
        words in ("年底", "年末") or words in ("今年", "本年") and re.match(r"\s*[底末]", around[1][at + len(words):]) is not None)
    own = own_year_ahead("到" + words if to_end else words, year, period, around, rest, section, rules) \
        if future is not None or to_end else None  # 到年底,…达到85%: as 到2025年底 in a 2025 text
    if own == "":
        return TimeContext("", year, False, f"marker '{words}' of the document's own year: a plan's aim or a summary's "
                           "result, as the kind of document decides", explicit)
    return own


def _pair_end(pair_year: int, pair_words: str, around: tuple[str, str, str], total: bool,
              period: tuple[int, int] | None, section: str, rules: Rules) -> TimeContext:
    """The end of a from–to pair its own words date (增加到2025年的61.8万人, 2020年:1.86万人); ``around``: the
    paragraph before its sentence, the sentence before it and the rest of the sentence."""
    before = around[1]
    role = role_of_year(pair_year, period) or ("target" if period and period[0] != period[1] and  # 提高到2027年的…
                                               from_section(period, section, rules).role == "target" else "actual")
    if role == "target" and period is not None and pair_year == period[1] and \
            not rules.intents(re.sub(r"(?:到|至)\s*(?:19|20)\d\d\s*年(?:末|底)?\s*的?\s*$", "", before)):
        role = end_of_plan(role, around, period, section, rules)  # 由2020年的A增加到2025年的B in a final review
        role = "" if role == OPEN else role
    if ":" in pair_words and period and period[0] != period[1] and pair_year < period[0]:
        role = "baseline"  # 2020年:1.86万人 in a 2021–2025 plan: where the plan starts from
    if re.search(r"目标", pair_words):
        role = "target"  # 2024年目标4.5万人: the tag says which
    elif re.search(r"实现值|实际值|完成值|监测值", pair_words):
        role = "actual"
    return TimeContext(role, pair_year, total, f"to '{pair_words}'", True)
