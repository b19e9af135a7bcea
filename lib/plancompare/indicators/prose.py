"""Targets and results stated in running text: a grammar of how these documents state figures.

Plans without tables (舟山市) state everything in prose, plans with tables repeat
their headline figures in the text, and bulletins and work reports are prose only.
:func:`find_mentions` reads a paragraph sentence by sentence and clause by clause
(clauses split at commas), each clause as **subject → predicate**:

* the **subject** is a list of indicator names, possibly sharing a head or a prefix
  (``基本养老、失业、工伤保险参保人数``, ``城镇登记失业率和调查失业率``) or said
  with a frame (``参加X、Y和Z的人数`` is X, Y and Z's 参保人数); every indicator of
  ``indicators.yaml`` is recognised, by its whole name (never a part of a longer
  name: ``城乡居民基本养老保险参保人数`` is not ``基本养老保险参保人数``);
* the **predicate** holds the values, in runs (``A、B、C``), each of a kind:
  a level (plain), a change (``比上年末增加A``: no row), a share of a target
  (``完成目标的112%``: no row), the target a result is measured against
  (``超额完成B的目标任务``), or a from–to pair (``从2020年的A增加到2025年的C``);
  runs are given to the subject's names in order (``分别``) or to its one name.
  A clause that starts with a predicate (``为2.9%``) continues the sentence's subject.

Each value's role and year come from its kind, then the time words before it in
the sentence and paragraph (``到2025年``, ``截至2022年底``, ``“十三五”期间``,
``今年``/``明年``/``去年`` in a one-year document), then the section (主要目标 →
target, 发展基础 → result). What cannot be decided is left without role or year
and flagged, never guessed. The vocabulary is data: ``data/prose.yaml``.

:func:`extract_indicators` is the public entry point for any text a user pastes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from plancompare.indicators.catalog import IndicatorCatalog, load_catalog
from plancompare.indicators.cn_numbers import convert as convert_cn_numbers
from plancompare.indicators.prose_checks import (
    SEVERAL_YEARS,
    bases_beside_later,
    date_by_closing_note,
    date_final_results,
    drop_part_counts,
    settle_baselines,
    unplace_beside_aims,
    unplace_conflicts,
    unplace_part_years,
    unplace_running_totals,
    unplace_shared_targets,
    unplace_visions,
)
from plancompare.indicators.prose_direct import direct_mentions
from plancompare.indicators.prose_markers import EACH_YEAR, plain_time_words
from plancompare.indicators.prose_parts import (
    arrow_years,
    continued,
    listed_before,
    part_of_added,
    qualified_by_frame,
    whole_added,
)
from plancompare.indicators.prose_region import OwnRegion, unplace_other_regions
from plancompare.indicators.prose_results import results_beside_their_target, statement_checks
from plancompare.indicators.prose_rules import Rules, load_rules
from plancompare.indicators.prose_sections import from_section
from plancompare.indicators.prose_subject import Subject, coverage_of, opening_name, read_subject, whole_names
from plancompare.indicators.prose_time import TimeContext, resolve_time
from plancompare.indicators.prose_values import (
    VALUE,
    Value,
    aside_bracket,
    classify,
    pairs,
    parsed_value,
    range_units,
    respective,
    runs_of,
    uniform,
    units_out_of_brackets,
    values_of,
)
from plancompare.indicators.prose_years import listed_years
from plancompare.indicators.values import ParsedValue

#: a list item's number opening a line or a ;-entry ((1), ①, 2.): no value
_LIST_MARK = re.compile(r"((?:^|[;。:])\s*)(\(\s*\d{1,2}\s*\)|[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s*[.、](?!\d))")
_LEVELS = ("plain", "target", "plan_target")  # the kinds of a value that names no change
#: words that point back to the one indicator the previous sentence spoke of (该指标)
_ANAPHOR = re.compile(r"(?:该|这一|这项|此项|上述)(?:指标|比重|比例|比率|数字|数值|数据)")
_SENTENCE = re.compile(r"(?:\([^()。]*\)|[^。;!?])+[。;!?]?")  # a ; inside brackets ends no sentence
# a comma ends a clause unless it is a thousands separator (12,600); so does a list's separator
# after a bracket that closed on a value (A(2020年:1.86万人;2025年:2.4万人)和B(…))
_CLAUSE_END = re.compile(r",(?!\d{3}(?!\d))|\((?=\s*(?:19|20)\d\d[^()]{0,12}分别)|(?<!目标):(?!\s*\d)|(?:(?<=[\d%人次个元年上内下右])|(?<=[\d%人次个元年]\)))[、;]"
                         r"(?=[^\d、]{2})|(?<=[\d%人次个元]\))(?:和|及|与|以及)")
#: a table's caption naming the unit of its bare numbers: (单位:万人)
CAPTION = r"\(单位\s*:\s*(万人次|万人|亿人|人次|人|万元|亿元|元|个|户|万)\)"
_QUOTES = str.maketrans("「」『』", "“”‘’")  # Traditional texts' quotes: 「十三五」 is “十三五”
_COMPARED = re.compile(r"\s*(?:与|同|和)\s*((?:19|20)\d\d)\s*年(?:末|底)?\s*的?\s*[\d.,]+\s*(?:%|万人|万|亿人|人)?\s*相比\s*")
#: a clause that gives the target of the subject an aside interrupted (规划目标为15万人次)
_TARGET_LEAD = re.compile(r"\s*(?:完成了?\s*)?(?:规划|五年|年度|全年|预期)?目标(?:值|任务|数)?\s*(?:为|是)?\s*")
__all__ = ["CAPTION", "EACH_YEAR", "Mention", "TimeContext", "find_mentions"]


@dataclass
class Mention:
    indicator_id: str
    name: str
    value: ParsedValue
    sentence: str
    start: int  # offset of the mention in the paragraph
    time: TimeContext = field(default_factory=TimeContext)
    enumeration: bool = False
    flags: list[str] = field(default_factory=list)
    kind: str = "plain"  # what the words around the value made of it (see Value)


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, last = [], 0
    for m in _CLAUSE_END.finditer(sentence):
        if m.group(0) == "、" and not re.search(r"\d", sentence[last:m.start()]):
            continue  # 农民工参加职业培训人次、帮助成功创业人数…: a list of names, not of values
        out.append((last, sentence[last:m.start()]))
        last = m.end()
    out.append((last, sentence[last:]))
    return out


def find_mentions(paragraph: str, period: tuple[int, int] | None = None, section: str = "",
                  catalog: IndicatorCatalog | None = None, caption_unit: str = "", own: OwnRegion | None = None) -> list[Mention]:
    """Indicator mentions in one (normalised, Simplified) paragraph. Pure.

    ``period`` is the document's period (start, end; one year for a bulletin or a work report) and ``section`` its
    section path, used for values without time words; ``caption_unit`` the unit a caption above the paragraph gives
    its bare numbers (表1 …(单位:万人)); ``own`` the text's region (:mod:`.prose_region`: a higher one's figures are
    not the text's). Numbers in Chinese numerals are read as Arabic ones; quotes keep the original."""
    catalog = catalog or load_catalog()
    rules = load_rules()
    work = _LIST_MARK.sub(lambda m: m.group(1) + " " * len(m.group(2)), convert_cn_numbers(paragraph.translate(_QUOTES)))
    work = plain_time_words(units_out_of_brackets(work), section, period)
    originals = [m.group(0) for m in _SENTENCE.finditer(paragraph)]
    sentences = list(_SENTENCE.finditer(work))
    mentions: list[Mention] = []
    group: list[list[Mention]] = []  # sentences joined by ; that carry one subject: one statement for the base

    def flush() -> None:
        settle_baselines(joined := [m for found in group for m in found], period, catalog)
        unplace_running_totals(joined, work, period, catalog)  # 就业3200人;累计…1.5万人: across the ;-parts too
        aims = rules.plans_ahead(section) or bool(rules.target_section.search(section))  # 主要目标, 工作计划
        for found in group:
            found = unplace_conflicts(results_beside_their_target(found, work, aims, bool(section), catalog), catalog)
            found = date_final_results(unplace_running_totals(found, work, period, catalog), period, section)
            mentions.extend(unplace_shared_targets(unplace_beside_aims(found, work, period, section)))
        group.clear()

    reader, spoken = None, []
    for k, sm in enumerate(sentences):
        quote = originals[k] if len(originals) == len(sentences) else sm.group(0)
        carried = reader.subject if k and sentences[k - 1].group(0).endswith(";") and (
            not reader.part or re.match(r"\s*占", sm.group(0))) else None
        # A…,其中B…;当年… : whether the whole or the part goes on is not said
        if carried is None:
            flush()
        named = reader.named if reader is not None and not reader.part else None
        pairs = reader.pair_years if reader is not None and re.match(r"[^,。;\d]{0,16}?(?:同期|同一时期|同一期间)", sm.group(0)) else {}
        spoken += [n for n in (reader.said if reader is not None else []) if n not in spoken]
        reader = _SentenceReader(work, sm.start(), quote, period, section, catalog, rules, carried)
        reader.referent, reader.pair_years, reader.caption_unit, reader.spoken = named, dict(pairs), caption_unit, list(spoken)  # 同期,…从31.6%提升至72.8%: the same years
        group.append([m for c0, clause in _clauses(sm.group(0)) for m in reader.read_clause(c0, clause)])
        unplace_other_regions(group[-1], work, sm.start(), own)
    flush()
    looks_back = period is not None and from_section(period, section, rules).year == period[0] - 1  # 发展基础
    sets_targets = bool(rules.target_section.search(section))  # 主要目标: a period's total beside the new one is its base
    mentions = unplace_visions(statement_checks(unplace_running_totals(drop_part_counts(bases_beside_later(date_by_closing_note(
        mentions, work), period, catalog, looks_back, sets_targets, work), work), work, period, catalog), work,
        bool(section) and not sets_targets and not rules.plans_ahead(section)), period)  # 到2025年末,…高于95%的规划目标;…
    return sorted(mentions, key=lambda m: m.start)


@dataclass
class _SentenceReader:
    """Reads the clauses of one sentence in order, carrying the subject and the from/to years."""

    paragraph: str
    s0: int
    sentence: str
    period: tuple[int, int] | None
    section: str
    catalog: IndicatorCatalog
    rules: Rules
    subject: Subject | None = None
    topic: Subject | None = None  # names the sentence has mentioned, for 参保总人数 after them
    pair_years: dict = field(default_factory=dict)
    compared: list = field(default_factory=list)  # 与2015年的4.1%相比,…: a base before its subject
    aside: Subject | None = None  # the subject a clause about something else interrupted
    listed: list = field(default_factory=list)  # names of clauses listed with 、 (A3万人次、B1.2万人次)
    years: list = field(default_factory=list)  # the years a list of values was for (2021年、2022年…分别为)
    referent: Subject | None = None  # the one indicator the paragraph's previous sentence spoke of (该指标)
    said: list = field(default_factory=list)  # every name the sentence's clauses opened with, in order
    caption_unit: str = ""  # the unit a table caption above gives bare numbers (单位:万人)
    spoken: list = field(default_factory=list)  # the names the paragraph's earlier sentences opened with
    part: bool = False  # the subject is a part of the one before it (其中…)
    added_whole: bool = False  # 其中… of a flow or an increase: its parts are amounts added

    def sentence_so_far(self, end: int) -> str:
        """The sentence's words up to ``end`` (an offset in the sentence), from the paragraph."""
        return self.paragraph[self.s0:self.s0 + end]

    @property
    def named(self) -> Subject | None:
        """The one indicator this sentence last spoke of, for 该指标/这一比重 in the next sentence."""
        last = self.subject or self.topic
        return last if last is not None and len(last.names) == 1 else self.referent

    def read_clause(self, c0: int, clause: str) -> list[Mention]:
        values = values_of(clause)
        direct = direct_mentions(clause, values, self.catalog, self.rules)
        out = [m for v, ind, name in direct for m in self._mention(c0, clause, v, ind, name, False, "")]
        values = [v for v in values if all(v is not d[0] for d in direct)]
        if direct and (self.subject is None or not values):  # 612.4万人参加了基本养老保险,参保率为95.8%: its rate next
            self.subject, self.topic = None, Subject(tuple((ind, name) for _, ind, name in direct[-1:]), 0)
            self.aside = self.topic  # 帮助1386人成功创业,完成规划目标1200人的115.5%: its target next, not the earlier
        own = self._part_of_increase(c0, clause, self._listed_before(clause, values) or read_subject(
            clause, values[0].start if values else len(clause), self.catalog, self.rules,
            self.subject or self.topic or (self.referent if c0 == 0 else None)) or opening_name(
            clause, values, self.catalog, self.rules))  # 上述两项指标分别…; 其中…; 技能人才总量分两步走,…
        own = qualified_by_frame(own, self.sentence_so_far(c0), self.catalog)  # 参加城镇职工社会保险的人员中,基本养老…
        anaphor = _ANAPHOR.search(clause[:values[0].start] if values else clause)
        meant = self.named if self.subject is not None and len(self.subject.names) == 1 else self.referent
        if own is None and anaphor and meant is not None and not whole_names(clause, self.catalog, self.rules):
            self.subject = Subject(meant.names, 0)  # 该指标一度有所上升,2023年回落至2.7%: the one named before
            if not values:
                return out
            own = Subject(meant.names, anaphor.end())
        if own is None and not values and not whole_names(clause, self.catalog, self.rules):
            self.subject = None if self.rules.other_topic(clause) else self.subject  # 服务对象满意度,目标值…: another's
            return out  # 截至2023年6月底,提高到98.9%: a clause of time words keeps the subject
        if own is not None:
            listed = c0 > 0 and self.paragraph[self.s0 + c0 - 1] == "、" and self.subject is not None
            self.listed = [*self.listed, *own.names] if listed else list(own.names)
            self._say(own)
            self.part = re.match(r"\s*其中", clause) is not None  # 其中农民工…: a part of what came before
            self.subject, pred = own, own.end
            out += self._compared(own)
        elif self.subject is not None and values and self.rules.continues(clause[:values[0].start]):
            pred = 0
            if respective(clause, values, len(self.listed), len(self.subject.names)):
                self.subject = Subject(list(self.listed), 0)  # 计划开展A3万人次、B1.2万人次,实际分别完成…: both
        elif self.subject is None and self.topic is None and not self.said and self.referent is not None and \
                len(self.referent.names) == 1 and values and continued(self.sentence_so_far(c0 + values[0].start),
                                                                         self.rules):
            self.subject, pred = Subject(self.referent.names, 0), 0  # …新增就业82.4万人;第二年…新增78.1万人: the same
        elif self.aside is not None and values and _TARGET_LEAD.fullmatch(self.rules.strip_time(clause[:values[0].start])):
            self.subject, pred = self.aside, 0  # …累计完成10.5万人次,按序时进度应完成9万人次,规划目标为15万人次
        else:
            self._no_subject(c0, clause, values)
            return out
        live = self._kinds(c0, clause, pred, own, values)
        return out + list(self._mentions(c0, clause, pred, live))

    def _kinds(self, c0: int, clause: str, pred: int, own: Subject | None, values: list[Value]) -> list[Value]:
        """The clause's values after its predicate starts, each with its kind (a level, target, change …) and
        the year a list or a pair dates it by."""
        live = [v for v in values if v.start >= pred]
        classify(live, clause, pred, self.rules, self.catalog, self.paragraph[self.s0 + c0 + len(clause):])
        if own is not None and own.target:  # only where the subject is stated, not in later clauses
            planned = re.match(r"规划目标", self.rules.strip_time(clause[:pred])) is not None  # 规划目标城镇新增就业12万人
            opened = clause.rfind("(", 0, own.end) > clause.rfind(")", 0, own.end)  # A(规划目标:6万人)…完成3.9万人
            close = clause.find(")", own.end) if opened else -1
            for k, v in enumerate(live):
                done = k and re.search(r"实际|完成|实现", clause[live[k - 1].end:v.start])  # 目标:3000人 完成:3260人
                if (close < 0 or v.start < close) and aside_bracket(v, live, clause, pred) < 0 and not done:
                    v.kind = ("plan_target" if planned else "target") if v.kind == "plain" else v.kind
        live = self._dated_list(c0, clause, pred, live)
        one_year = self.period is not None and self.period[0] == self.period[1]
        for v in live:  # 城镇调查失业率平均5.2%: a bulletin's year; “十三五”期间…平均3.5%: no level
            if v.kind == "average":
                several = SEVERAL_YEARS.search(self.paragraph[self.s0:self.s0 + c0 + v.start])
                v.kind = "plain" if one_year and not several else "change"
        if own is not None and own.added:
            for v in live:
                v.kind = "added" if v.kind == "plain" else v.kind
        for v in live:  # 由240万人增至298万人 after 从2020年末的…增至2023年末的…: the same years
            if v.kind in ("from", "to"):
                known = {**arrow_years(self.section), **self.pair_years}  # 主要指标(2020年→2025年): 3.42→3.05
                if v.year is None and not v.year_word and v.kind in known:
                    v.year, v.year_word = known[v.kind]
                elif v.year is not None or re.search(r"上年|去年|前年", v.year_word or ""):  # 由上年的…,…从…: the same
                    self.pair_years[v.kind] = (v.year, v.year_word)
        return live

    def _dated_list(self, c0: int, clause: str, pred: int, live: list[Value]) -> list[Value]:
        """The values of a list the clause dates year by year (2020年、2025年…分别为A和B), or gives the
        names of the sentence's earlier clauses (均…分别为A和B); without names or years for them, none."""
        upto = live[0].start if live else pred  # (2021—2023年分别为A、B、C): the span may open the clause
        years = listed_years(clause[:pred], self.paragraph[self.s0:self.s0 + c0 + upto], clause[pred:], self.period) or (
            self.years if re.match(r"\s*(?:分别|依次)", clause[pred:]) and not re.search(r"(?:19|20)\d\d", clause)
            else [])  # 2021年、2022年城镇新增就业分别为A和B,城镇调查失业率分别为C和D: the same years
        self.years = years if len(years) >= 2 else self.years
        if len(years) >= 2 and len(self.subject.names) == 1 and len(live) == len(years) and all(v.kind == "plain" or v.kind == "added" and (
                self.subject.names[0][0] and self.catalog.indicators[self.subject.names[0][0]].flow) for v in live):  # 2020年、2025年…分别为A和B
            for v, y in zip(live, years):
                v.kind, v.year, v.year_word = "to", int(y), f"{y}年"
        if len(years) < 2 and len(self.subject.names) == 1 and re.search(r"分别|依次", clause) and \
                sum(v.kind in _LEVELS for v in live) >= 2:  # 均高于…的目标(分别为95%和65%) after one name
            both = sum(v.kind in _LEVELS for v in live)
            if re.match(r"\s*(?:均|都|分别)", clause) and len(self.said) == both:
                self.subject = Subject(tuple(self.said), 0)  # A为97.3%,B为72.5%,均高于…(分别为95%和65%)
            else:
                live = [v for v in live if v.kind not in _LEVELS]
        return live

    def _part_of_increase(self, c0: int, clause: str, own: Subject | None) -> Subject | None:
        """其中… after a flow or an increase: its counts are parts of what was added (:func:`part_of_added`)."""
        self.added_whole = whole_added(clause, self.sentence_so_far(c0), self.subject, self.catalog, self.added_whole)
        return part_of_added(own, self.added_whole, self.catalog)

    def _say(self, own: Subject) -> None:
        """Keep the names a clause opened with, for later clauses to take up (两项指标分别…); an amount added
        to a stock (新增高技能人才) keeps its place in the list but no name."""
        for ind, name in own.names:
            if (ind, name) not in self.said:
                self.said.append(("", name) if own.added and ind and not self.catalog.indicators[ind].flow else (ind, name))

    def _listed_before(self, clause: str, values: list[Value]) -> Subject | None:
        """The names the paragraph gave, for 上述两项指标分别完成… (the last N of them; :func:`listed_before`)."""
        named = [*self.spoken, *(n for n in self.said if n not in self.spoken)]  # …,2025年这三项分别为: this sentence's
        return listed_before(clause, values, named, self.catalog, self.rules)

    def _no_subject(self, c0: int, clause: str, values: list[Value]) -> None:
        """A clause without a subject of its own: it ends the subject, but may hold a value for the next
        subject (与2015年的4.1%相比; 提前完成全年1.2万人的目标任务,全年共新增城镇就业1.38万人)."""
        found = [(self.catalog.match(m.group(0)), m.group(0)) for m in whole_names(clause, self.catalog, self.rules)]
        self.aside = self.subject if self.subject is not None and len(self.subject.names) == 1 and not found \
            else None
        self.subject = None
        self.topic = Subject(found, 0) if found else self.topic
        if found:
            return
        if len(values) == 2 and re.match(r"\s*(?:从|由)", clause):  # 从2020年的96.2%到2023年的97.8%,全省…参保率稳步提升
            classify(values, clause, 0, self.rules, self.catalog)
            if [v.kind for v in values] in (["from", "to"], ["from", "plain"]) and values[0].year:
                pair = re.match(r"\s*(?:增加|提高|增长|上升|下降|降低|回落|提升|增|降|升)?\s*(?:到|至)\s*((?:19|20)\d\d)\s*年(?:末|底)?\s*的?\s*$",
                                clause[values[0].end:values[1].start])
                if pair:
                    values[1].kind, values[1].year, values[1].year_word = "to", int(pair.group(1)), pair.group(0)
                    self.compared = [(c0, clause, v) for v in values]
            return
        if len(values) != 1:
            return
        v = values[0]
        front = _COMPARED.fullmatch(clause)
        if front:
            v.kind, v.year, v.year_word = "from", int(front.group(1)), front.group(0)
            self.compared = [(c0, clause, v)]
        elif re.search(r"(?:完成|实现|达成)\s*(?:了)?\s*(?:全年|年度)?\s*[“\"]?\s*$", clause[:v.start]) and \
                self.rules.target_after.match(clause[v.end:]):
            v.kind = "target"
            self.compared = [(c0, clause, v)]

    def _compared(self, own: Subject) -> list[Mention]:
        """The base a comparison before the subject gave (与2015年的4.1%相比,2020年…失业率下降至3.4%)."""
        held, self.compared = self.compared, []
        if len(own.names) != 1 or not own.names[0][0]:
            return []
        (ind_id, name), = own.names
        return [m for c0, clause, v in held for m in self._mention(c0, clause, v, ind_id, name, False, "")]

    def _mentions(self, c0: int, clause: str, pred: int, live: list[Value]) -> Iterator[Mention]:
        runs = runs_of(live, clause)
        shared = {id(v): (VALUE.match(r[-1].text).group("unit") or "",
                          (clause[:r[0].start], clause[r[-1].end:]) if len(r) > 1 and uniform(r, clause) else None)
                  for r in runs for v in r}
        for i, v, enum in pairs(self.subject, runs, clause[pred:]):
            ind_id, name = self.subject.names[i]
            if not ind_id or ((v.kind == "added" or self.subject.added) and not self.catalog.indicators[ind_id].flow):
                continue
            if v.upper is None:
                yield from self._mention(c0, clause, v, ind_id, name, enum, *shared[id(v)])
                continue
            v.upper.kind, v.upper.year, v.upper.year_word = v.kind, v.year, v.year_word
            unit = VALUE.match(v.upper.text).group("unit") or shared[id(v)][0]
            both = [m for bound, u in zip((v, v.upper), range_units(v.text, v.upper.text, unit))
                    for m in self._mention(c0, clause, bound, ind_id, name, enum, u)]
            for m, comparator in zip(both, (">=", "<=")):
                m.value.comparator = comparator
                m.flags.append("range: the bound of a range the sentence gives")
                m.value.annual, m.value.cumulative = both[0].value.annual, both[0].value.cumulative  # 年均1.5万—2万人
                m.time.period_total = both[0].time.period_total
                yield m

    def _mention(self, c0: int, clause: str, v: Value, ind_id: str, name: str, enum: bool,
                 shared_unit: str, run_words: tuple[str, str] | None = None) -> Iterator[Mention]:
        flags: list[str] = []
        if v.text.rstrip().endswith("%") and self.rules.coverage.search(clause[:v.start]):
            ind_id, name = coverage_of(ind_id, name, self.catalog)  # 持卡人数13.79亿人,覆盖97.7%的人口
            if not ind_id:
                return
        if not shared_unit and not VALUE.match(v.text).group("unit"):  # 参保人数(万人):2020年 12.4
            units = re.findall(r"\((?:单位\s*:\s*)?(万人次|万人|亿人|人次|人|%|万元|亿元|元|个|户|万|年)\)",
                               self.paragraph[self.s0:self.s0 + c0 + v.start]) or re.findall(
                r"\((万人次|万人|亿人|人次|人|%|万元|亿元|元|个|户|万|年)\)\s*:?(?:(?!\((?:[万亿]?人次?|%|[万亿]?元|个|户|万|年)\))[^,。])*;\s*$", self.paragraph[:self.s0]) or re.findall(
                CAPTION, self.paragraph[:self.s0]) or [self.caption_unit if self.catalog.indicators[ind_id].unit != "percent" else ""]
            shared_unit = units[-1]  # …(万人): its row's; (单位:万人) above: the table's
        pv = parsed_value(v, clause, self.catalog.indicators[ind_id].unit, name, self.rules, flags, shared_unit, run_words)
        if pv is None or pv.value is None:
            return
        if v.kind in ("target", "plan_target") and re.match(r"\s*(?:以上|以下|以内|左右)?\s*(?:的|(?:、|和|及|与)\s*\d)",
                                                             clause[v.end:]):  # 高于70%和90%的规划目标: both targets
            own_bound = re.search(r"(?:不低于|不少于|不高于|不超过|不突破)\s*$", clause[:v.start])  # 每年不低于18000个的目标
            bound_after = re.match(r"\s*的?[^,。;\d]{0,6}?目标(?:值)?\s*(以内|以下|之内|范围内|以上)", clause[v.end:])
            pv.comparator = (self.rules.comparator("", clause[v.end:], "") or (pv.comparator if own_bound else "")
                             or ({"以上": ">="}.get(bound_after.group(1), "<=") if bound_after else "")
                             or ("<=" if re.match(r"[^,。;]{0,8}?(?:控制|调控)(?:目标|数|指标|线)", clause[v.end:]) else "="))
            # 已超过98%的目标值: 超过 is the result's; 低于4%的控制目标: a control target is a ceiling
        start = self.s0 + c0 + v.start
        time = resolve_time(self.paragraph, self.s0, start, v.kind, v.year, v.year_word, self.period,
                            self.section, self.rules)
        unplace_part_years(time, pv, self.paragraph[self.s0:start], self.period,
                           self.catalog.indicators[ind_id].flow, re.search(r"[^。!?]*$", self.paragraph[:self.s0]).group(0))
        yield Mention(ind_id, name, pv, self.sentence.strip(), start, time, enum, flags, v.kind)
