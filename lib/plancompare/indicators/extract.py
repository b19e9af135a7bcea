"""All indicator records of one plan (its tables and its running text), and of any text a user pastes."""

from __future__ import annotations

import re
from typing import Sequence

from plancompare.errors import IndicatorError, PlanError
from plancompare.indicators.catalog import load_catalog
from plancompare.indicators.decisions import _apply_decisions
from plancompare.indicators.pasted import ARROW_TITLE, HEADING, TITLE, pasted_tables
from plancompare.indicators.prose import CAPTION, EACH_YEAR, find_mentions
from plancompare.indicators.prose_region import own_region_of_plan, own_region_of_text
from plancompare.indicators.prose_tags import COLUMN_TITLE, column_tags
from plancompare.indicators.prose_when import TimeContext
from plancompare.indicators.records import PlanContext, mention_records, merge_repeated
from plancompare.indicators.table_records import _Evidence, table_records
from plancompare.indicators.table_rows import parse_table
from plancompare.indicators.wrapped import join_wrapped
from plancompare.read.decoding import Line
from plancompare.read.furniture import is_furniture
from plancompare.read.normalization import normalize, to_simplified, unspaced
from plancompare.structure.numbering import fyp_end
from plancompare.structure.rowcells import header_cells, row_cells

# ---------------------------------------------------------------------------------------
# One plan
# ---------------------------------------------------------------------------------------

def plan_indicators(ctx: PlanContext, lines: dict[int, str], regions, paragraphs: Sequence[tuple[int, str, str]],
                    decisions: Sequence[dict] = ()) -> list[dict]:
    """All indicator records of one plan.

    ``lines`` maps raw line numbers to normalised text, ``regions`` are the plan's
    table regions, ``paragraphs`` are (source_line, text, section path) of its
    running text (notice and indicator definitions excluded). Pure.
    """
    catalog = load_catalog()
    own = own_region_of_plan(ctx.region)
    prose: list[dict] = []
    for line, text, path in paragraphs:
        try:
            for m in find_mentions(text, period=ctx.period, section=path, catalog=catalog, own=own):
                prose.append(mention_records(m, ctx, ctx.source_file, line))
        except PlanError:
            raise
        except Exception as exc:  # a bug: name the plan and the line it happened on
            raise IndicatorError(f"{ctx.plan_id}: internal error while reading the indicators of this line: "
                                 f"{exc!r}", file=ctx.source_file, line=line,
                                 hint="please report it with this plan; --keep-going builds the other plans") from exc
    tables = [parse_table(r, lines, ctx.period) for r in regions]
    tables = [t for t in tables if t.value_columns and t.rows]  # project boxes are not indicator tables
    exact = [(t, table_records(t, ctx, catalog, None, lines)) for t in tables]
    evidence = _Evidence(prose, exact)
    records: list[dict] = []
    for t in tables:
        records += table_records(t, ctx, catalog, evidence, lines)
    records += prose
    _apply_decisions(records, decisions, ctx, lines)
    return merge_repeated(records)


#: a thousands separator (12,600): the rules read the number without it, so that it does not end a clause
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def extract_indicators(text: str, period: tuple[int, int] | None = None, section: str = "", kind: str = ""):
    """Indicator targets and results stated in ``text``, as a DataFrame (see :func:`_extract`).

    ``kind`` names the kind of document when the text does not say it (``document_kinds`` in prose.yaml: ``summary``,
    ``work_plan``, ``work_report``, ``bulletin``, ``mid_term_review``, ``final_review``): a figure whose
    role only the kind of document decides (今年全县城镇新增就业3260人 with no verb: a summary's result or a
    work plan's target) is then placed instead of left open. Without it such figures stay unplaced and
    flagged."""
    from plancompare.indicators.prose_rules import load_rules

    kinds = load_rules().kinds
    if kind and kind not in kinds:
        raise ValueError(f"extract_indicators: unknown kind {kind!r}; use one of {', '.join(kinds)} (or leave it "
                         "empty when the text says what kind of document it is)")
    heading = kinds.get(kind, "")
    return _extract(text, period, " > ".join(s for s in (heading, section) if s))


def _extract(text: str, period: tuple[int, int] | None, section: str):
    """Indicator targets and results stated in ``text``, as a DataFrame.

    Works on any text a user pastes (Traditional Chinese and full-width forms
    included: the text is normalised and converted to Simplified for matching,
    and the quote is taken from the original). Columns are those of
    ``indicators.csv``; the plan columns (plan_id, region, source_file,
    source_line) are empty, and ``source_line`` counts lines of ``text``.
    ``period`` (start, end) places statements without explicit years; ``section``,
    the heading the text sits under (主要目标, 发展基础 …), says whether unmarked
    statements are targets or results. A one-year ``period`` is a yearly document
    (a work report, a bulletin): 今年 is that year. Tables pasted in the text (rows per
    line, pipe rows, cells per line) are read as a plan's tables are, and a heading or
    title on a line of its own (2024年主要目标:) heads the lines below it
    (:mod:`plancompare.indicators.pasted`). Lines a copy broke in mid-sentence are joined first, a record keeping
    the number of its first line (:mod:`plancompare.indicators.wrapped`); a note below sets bases (:func:`_noted_totals`)."""
    import pandas as pd

    from plancompare.schema import columns

    raw_lines = str(text).splitlines() or [str(text)]
    tabled, table_rows = pasted_tables(raw_lines, period, to_simplified(normalize(section)))
    records, caption, heading, header_above, named, released = [], "", "", False, [], ""
    given, own = to_simplified(normalize(section)), own_region_of_text(to_simplified(normalize(str(text))))  # 全县 beside 全国
    given = given or _own_review(to_simplified(normalize(str(text))), period)
    for lineno, raw_line in join_wrapped(raw_lines, tabled | _apart(raw_lines)):
        written = normalize(raw_line)
        norm, kept = _unseparated(written)
        simple = to_simplified(norm)
        if lineno in tabled:
            continue  # a table's row, read as a table below
        released = _released(simple, period) if _DATELINE.search(simple) else released
        if is_furniture(simple):
            continue  # 相关链接:2021年全县城镇新增就业2,986人: the page's furniture, not the text
        units = re.findall(CAPTION, simple)  # 表3 2024年末社会保险参保情况(单位:万人): the rows below
        caption = units[-1] if units else (caption if simple.strip() else "")
        title = _title(simple)
        if title:  # 2024年主要目标: or “十四五”规划中期评估报告 on a line of its own heads the lines below it
            heading, named = title.group(1).strip(), column_tags(simple)
            continue
        under = " > ".join(s for s in (given, _kept(heading, given), *_lead(simple, given)) if s)  # 全年目标任务:①…: heads its line
        line = Line(lineno, raw_line, simple)
        simple, norm = _unmarked(simple, norm, line)
        simple = _VALUE_LIST.sub(";", simple) if named or column_tags(simple, inline=True) else simple  # (2020年基数、2025年目标):A、B
        simple = EACH_YEAR.sub("年都", _GAP.sub(r"\1,", simple))  # 失业率 <5.5% 参保率 ≥96%: a list's items set apart by
        # spaces; 各年均控制在: each year's (the same length, so that the quote is the original's)
        if header_cells(line) is not None:
            header_above = True  # 指标 2020年 2025年: the lines below are a table's rows, read or not
            continue
        header_above = header_above and bool(simple.strip()) and not re.search(r"[。;]", simple)
        headless = header_above or row_cells(line) is not None  # 城镇调查失业率(%) 5.4 5.2 5.3: columns unknown
        for m in _bare_under_title(_by_columns(_read_line(simple, period, under, caption, own, released), named, simple, period),
                                   simple, heading, period, given):
            if headless:
                m.time = TimeContext("", None, False, "a table row without its header: which value is which "
                                     "year's is unknown", True)
            records.append(_quoted(mention_records(m, plan=None, source_file="", line=lineno), m.sentence, simple,
                                   written if len(simple) == len(norm) else "", kept))
    _noted_totals(raw_lines, records)
    if table_rows:
        tabled_rows = table_rows(records)
        exact = {(r["indicator_id"], r["role"], r["year"]) for r in tabled_rows if r["role"] and r["comparator"] == "="}
        records = tabled_rows + [r for r in records if not (  # 五年来…累计超过32万人 under a table's 〔32.4〕: rounded
            r["comparator"] in (">", ">=", "~") and (r["indicator_id"], r["role"], r["year"]) in exact)]
    return pd.DataFrame.from_records(merge_repeated(records), columns=columns("indicators"))


#: a note naming the figures above it that are totals over a plan's years (注:城镇新增就业、补贴性职业技能培训为五年累计数)
_TOTALS_NOTE = re.compile(r"(?:^\s*(?:注|说明|备注)\s*:|[;。])\s*(?:\d{1,2}\s*[.、)]\s*)?(?:其中\s*,?)?([^。;:]{2,80}?)(?:等?指标)?"
                          r"(?:均|都)?(?:为|是|系)(?:“?十[一二三四五六七八九]五”?(?:期间|时期)?|五年|规划期内?)"
                          r"(?:累计|合计)(?:数|值|数据|完成数)?")


def _noted_totals(raw_lines: list[str], records: list[dict]) -> None:
    """Figures of the indicators a note below them names as five-year totals (注:城镇新增就业、补贴性职业技能培训为
    五年累计数): the targets of a plan period's end (2025) and the values of columns a title names (2020年基数, 2025年
    目标) read as annual become five-year totals, as a table's note makes its columns; a figure said to be yearly
    (年均, 每年) keeps its basis, and a base year's stated figure (2020年城镇新增就业5.2万人) stays one year's."""
    catalog, above = load_catalog(), 0
    for n, raw in enumerate(raw_lines, 1):
        simple = to_simplified(normalize(raw))
        if not re.match(r"\s*(?:注|说明|备注)\s*:", simple):
            continue
        names = [w.strip() for m in _TOTALS_NOTE.finditer(simple) for w in re.split(r"[、,和及与]", m.group(1)) if w.strip()]
        ids = {catalog.match(w) for w in names} - {""}
        for rec in records:
            if not (above < rec["source_line"] < n) or rec["basis"] != "annual" or not rec["year"] \
                    or rec["year"] % 5 or _yearly(rec) or not (rec["role"] == "target" or "column '" in rec["flags"]):
                continue
            if rec["indicator_id"] in ids or any(len(w) >= 4 and w in rec["indicator_name"] for w in names):
                rec["basis"], rec["cumulative"] = "five_year_total", True
                rec["flags"] = "; ".join(f for f in (rec["flags"], f"basis_from_note: line {n} names it a five-year "
                                                     "total") if f)
        above = n


def _own_review(text: str, period: tuple[int, int] | None) -> str:
    """The kind of review a plan's text says it is, when no section is given (…发布“十四五”规划实施情况总结评估报告。报告显示,
    …: the plan's own final evaluation, whose 五年间 are its own years): its words, which the rules read as a section."""
    if period is None or period[0] == period[1]:
        return ""
    m = re.search(r"“?(十[一二三四五六七八九]五)”?\s*规划(?:实施情况)?\s*(总结评估|终期评估|中期评估)", text)
    return m.group(2) if m and fyp_end(m.group(1)) == period[1] else ""


def _quoted(rec: dict, sentence: str, simple: str, written: str, kept: list[int]) -> dict:
    """``rec`` quoting the original wording of its sentence (not the conversion to Simplified, and with the thousands
    separators the rules read without), where ``written``, the normalised line, is known to align with ``simple``."""
    i = simple.find(sentence) if written and sentence else -1
    if i >= 0:
        rec["quote"] = written[kept[i]:kept[i + len(sentence) - 1] + 1]
        rec["value_raw"] = _as_written(rec["value_raw"], rec["quote"])
    return rec


def _unseparated(text: str) -> tuple[str, list[int]]:
    """``text`` without its thousands separators (12,600 → 12600) nor a PDF copy's letter-spacing (城 镇 新 增 就 业,
    :func:`~plancompare.read.normalization.unspaced`), and for each character kept its place in ``text``."""
    joined, places = unspaced(text)
    kept = [i for i, ch in enumerate(joined) if ch != "," or not _THOUSANDS.match(joined, i)]
    return "".join(joined[i] for i in kept), [places[i] for i in kept]


def _as_written(value_raw: str, quote: str) -> str:
    """``value_raw`` with the thousands separators its quote writes (12600人 → 12,600人)."""
    def grouped(m: re.Match) -> str:
        return f"{int(m.group()):,}" if m.group()[0] != "0" and f"{int(m.group()):,}" in quote else m.group()
    return re.sub(r"(?<![\d.])\d{4,}", grouped, value_raw) if value_raw else value_raw


def _yearly(rec: dict) -> bool:
    """Whether the words before a record's value in its clause say it is a yearly figure (年均新增就业5000人)."""
    quote = to_simplified(normalize(rec["quote"]))  # the original's wording; value_raw is the simplified one
    i = quote.find(to_simplified(normalize(rec["value_raw"]))) if rec["value_raw"] else -1
    clause = re.split(r"[,;。]", quote[:i])[-1] if i >= 0 else quote
    return bool(re.search(r"年均|每年|各年|逐年", clause))


#: a release's date on a line of its own, or after 发布时间: on a line of the page's furniture
_DATELINE = re.compile(r"^\s*[(\[【]?\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[)\]】]?"
                       r"\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*(?:(?:来源|作者|浏览|点击|编辑|发布)[^。;]{0,60})?$"
                       r"|^[^。;]{0,60}?(?:发布|发稿|更新|录入)?(?:时间|日期)\s*:\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})"
                       r"\s*[-/.月]\s*(\d{1,2})(?!\d)[^。;]{0,60}$")


def _released(line: str, period: tuple[int, int] | None) -> str:
    """The words a news item would open with (1月9日发布。) for a release dated, on a line of its own, in the
    first two months of the one year the text is dated by: its 全年 and 年末 are then the year just ended, as in a
    release that says so in its first sentence (:func:`plancompare.indicators.prose_aims.year_turn`)."""
    m = _DATELINE.search(line)
    year, month, day = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    return f"{month}月{day}日发布。" if period is not None and period[0] == period[1] == year and month <= 2 else ""


def _read_line(simple: str, period: tuple[int, int] | None, under: str, caption: str, own, released: str) -> list:
    """The mentions of one line, read after the opening a dated release gives it (:func:`_released`)."""
    mentions = find_mentions(released + simple, period=period, section=under, caption_unit=caption, own=own)
    for m in mentions:
        m.start -= len(released)
    return mentions


def _kept(heading: str, given: str) -> str:
    """The heading in force, unless the kind of document the user named decides over a slogan (锚定就业目标); one
    naming a year or the next (落实2025年工作目标) still plans it."""
    slogan = _SLOGAN.search(heading) and not re.search(r"(?:19|20)\d\d\s*年|明年|下一?年", heading)
    return "" if given and slogan else heading


def _by_columns(mentions: list, columns: list[tuple[str, int, str]], line: str, period: tuple[int, int] | None = None) -> list:
    """The values of a line under a title that names its columns (主要指标(2020年基数、2025年目标) over
    城镇新增就业(万人):112.6;〔550〕), or after one that opens the line (主要指标(…):城镇新增就业(万人)3.62;〔18〕。
    城镇调查失业率(%)5.4;5.5以内。): each indicator's run of values, as many as the columns and undated by their
    own words, takes the columns' roles and years in order."""
    columns = columns or column_tags(line, inline=True)
    runs: list[list] = []
    for m in mentions:
        if runs and runs[-1][-1].indicator_id == m.indicator_id:
            runs[-1].append(m)
        else:
            runs.append([m])
    tags, lead = [words for _, _, words in columns], line[:line.find(":") + 1]  # …依次为2020年基期值和2025年目标值:

    def titled(m) -> bool:  # its time words are the title's own (2025年目标), not its own words' (2023年)
        return any(t in w or (w.strip(": ") and w.strip(": ") in lead) for w in re.findall(r"'([^']*)'", m.time.evidence)
                   for t in tags)

    for run in runs if columns else ():
        if len(run) != len(columns) and lead:  # 5.6／<5.5 read as one value: the lead's year is no value's own
            for m in run:
                if titled(m):
                    last = len(run) == 1 and not re.match(r"[^;。]+[;。]\s*[〔<>≤≥\d]|[^;。]*?[/、]", line[m.start:])
                    m.time = TimeContext(columns[-1][0], columns[-1][1], False, f"column '{columns[-1][2]}' of the title, "
                                         "the name's last value (those before it lack their unit)", True) if last else \
                        TimeContext("", None, False, "a value under a lead that names its columns, not one per column: "
                                    "which column it is in is not known", True)
            continue
        if len(run) != len(columns) or any(m.time.explicit and re.search(r"marker|tag|from|to ", m.time.evidence) and not
                                           titled(m) for m in run):
            continue  # (a year the caption's own words gave, 2025年目标):8.6万人、10万人, is the caption's
        for m, (role, year, words) in zip(run, columns):
            plan_base = role == "actual" and period is not None and period[0] != period[1] and year == period[0] - 1
            m.time = TimeContext("baseline" if plan_base else role, year, m.time.period_total and role == "target",
                                 f"column '{words}' of the title" + ("; a plan's base year" if plan_base else ""), True)
    return mentions


#: a heading whose 目标 is the object of its verb (锚定就业目标, 紧扣目标任务): a slogan, which says neither that the
#: lines below set aims nor that they report results
_SLOGAN = re.compile(r"(?:锚定|聚焦|紧扣|围绕|对标|对表|锁定|瞄准|紧盯|盯紧|聚力|奋力|坚持|落实|实现|完成|确保|冲刺|决战|攻坚|扛牢|"
                     r"压实|抓实|守牢|守住|稳住|紧贴|服务|助力)[^,;。:\d]{0,8}目标")
#: a line that names a year's figures without saying what they are: 主要指标(2024年)
#: a year's account on a line of its own (2024年完成情况 after 2025年工作目标): it ends the title above it
_YEAR_DONE = re.compile(r"^\s*((?:19|20)\d\d\s*年度?(?:工作)?(?:完成情况|执行情况|工作成效|主要成效))\s*:?\s*$")
_YEAR_TITLE = re.compile(r"^\s*([^\d,。;:!?()]{2,16}\(\s*(?:19|20)\d\d\s*年度?\s*\))\s*:?\s*$")


def _unmarked(simple: str, norm: str, line: Line) -> tuple[str, str]:
    """A list item's line without its number ((一)A、B分别…: the item, not its number) and without the short
    heading after it (二、社会保险　年末全市参加…: the section's name, not the subject's)."""
    mark = _LIST_MARK.match(simple)
    if not mark or header_cells(line) is not None or row_cells(line) is not None:
        return simple, norm
    end = mark.end()
    head = re.match(r"[^\d,。;:\s]{2,8}\s+(?=[^\s\d])", simple[end:])
    end += head.end() if head and not re.search(r"[率数量额]$", head.group(0).strip()) else 0
    return simple[end:], norm[end:] if len(simple) == len(norm) else norm


def _title(line: str) -> re.Match | None:
    """A line that heads the lines below it: a heading, a title, or one that names their columns or year."""
    return HEADING.match(line) or TITLE.match(line) or ARROW_TITLE.match(line) or COLUMN_TITLE.match(line) \
        or _YEAR_TITLE.match(line) or _YEAR_DONE.match(line)


def _bare_under_title(mentions: list, line: str, heading: str, period: tuple[int, int] | None, given: str) -> list:
    """The values of bare lines (a name and a value, no verb, no time) under a title that names neither aims nor
    results (主要指标(2024年) over 城镇新增就业 3200人), in a one-year text of no known kind or section: the year's
    aims or its results, which only the kind tells (the twenty-fifth batch's reading); left open."""
    if not heading or given or period is None or period[0] != period[1] or \
            re.search(r"完成|实际|统计|公报|情况|执行|目标|计划|要点|任务|预期|考核|快报|数据|年末|年底|全年|分别|依次", heading) or \
            not re.fullmatch(r"\s*[^\d,。;:]+?(?:\s+|\s*:\s*)[<>≤≥]?[\d.,]+\s*(?:%|[万亿]?人次|[万亿]?人|户|个|元|[万亿]元)?\s*"
                             r"(?:左右|以上|以内|以下)?\s*", line):
        return mentions
    for m in mentions:
        if m.time.evidence.startswith("a document about"):
            m.time = TimeContext("", None, False, f"a bare line under '{heading}', which names neither aims nor "
                                 "results: the kind of document decides", True)
    return mentions


#: the number or bullet of a list's item at the start of its line: 一、 (一) 1. 2、 ① —— ●
_LIST_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*(?:[、)]|\.(?!\d))|[①-⑳]"
                        r"|—{1,2}(?![\d—])|-{1,2}(?![\d-])|[·•●○■□▲△◆◇★☆▪►])\s*")


#: a heading that opens the line it heads: the targets or tasks of a year (全年目标任务:, 2025年主要预期目标:)
_LEAD = re.compile(r"^\s*((?:(?:19|20)\d\d\s*年度?|全年|今年|明年|年度)?[^,;。:\d]{0,6}?(?:目标|目标值|(?:年度|绩效|计划)指标值|目标任务|预期目标|主要任务|(?<=年|度|达)任务))\s*:"
                   r"(?=\s*\S)")
#: the 、 between a name's values, one per column of the caption before them (…(2020年基数、2025年目标):8.6万人、10万人)
_VALUE_LIST = re.compile(r"(?<=[\d%人次万个户名〕])\s*[、/]\s*(?=[〔<>≤≥]?\s*\d)")
#: a space after a value and before the next name, which sets a pasted list's items apart as a comma would
_GAP = re.compile(r"(?<=\d)((?:[万亿千]?(?:人次|人|户|元|个|项|家|名|位))?[%‰〕\]]?(?:左右|以上|以下|以内)?)\s"
                  r"(?=[\u4e00-\u9fff])(?![万亿千百人次户元个项家名位倍年月日左以之上下])"
                  r"(?!(?:目标|基期|基数|实现|实际|完成|现状|预计|规划)值?\s*:)")  # …33.9万人 目标值:36万人: one item


#: a later sentence of a line opening with the results (…。实际完成值:城镇新增就业5360人,…)
_DONE_LEAD = re.compile(r"[。;,\s]\s*(?:实际完成值?|完成值?|实际值?|实现值|执行结果|完成情况)\s*(?::|(?=\d))")


def _lead(simple: str, given: str) -> list[str]:
    """The heading a line opens with (全年目标任务:①…), which heads that line; under a section that reviews what
    was done (2023年工作回顾 > 主要目标:…, the targets now reviewed) only one naming target values (绩效自评 >
    年度指标值:…: the values the results are measured against)."""
    from plancompare.indicators.prose_rules import load_rules

    leads = _LEAD.findall(simple) if not _DONE_LEAD.search(simple) else []  # 计划指标值:…。实际完成值:…: heads no line
    return [h for h in leads if re.search(r"(?:目标|(?:年度|绩效|计划)指标)值$", h)] if load_rules().reviews(given) else leads


def _apart(raw_lines: list[str]) -> set[int]:
    """Numbers (from 1) of the lines that stand on their own: titles, headings, a table's header or row."""
    apart = set()
    for n, raw in enumerate(raw_lines, 1):
        simple = to_simplified(normalize(raw))
        line = Line(n, raw, simple)
        if HEADING.match(simple) or TITLE.match(simple) or ARROW_TITLE.match(simple) or header_cells(line) is not None \
                or row_cells(line) is not None:
            apart.add(n)
    return apart
