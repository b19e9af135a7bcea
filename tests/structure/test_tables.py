"""Finding and reading tables (plancompare.tables)."""

from __future__ import annotations

from plancompare.indicators.table_model import classify_header
from plancompare.indicators.table_rows import parse_table
from plancompare.structure.tables import find_tables
from plancompare.read.decoding import read_document

from ..conftest import RAW


def _tables(name):
    doc = read_document(RAW / name)
    lines = {ln.no: ln.text for ln in doc.lines}
    return [(r, parse_table(r, lines, (2021, 2025))) for r in find_tables(doc.lines)]


def test_tables_are_found_by_shape_in_every_plan():
    found = {name: [(r.shape, r.start, r.end) for r, _ in _tables(name)] for name in
             ["zhoushan_13th.txt", "xuyong_14th.txt", "hubei_14th.txt", "qingpu_14th.txt", "yingkou_14th.txt"]}
    assert found["zhoushan_13th.txt"] == []  # prose only
    assert found["xuyong_14th.txt"] == [("pipe", 8, 28), ("pipe", 46, 78)]
    assert found["hubei_14th.txt"] == [("flat", 62, 208), ("flat", 258, 444)]
    assert found["qingpu_14th.txt"] == [("pipe", 18, 27), ("pipe", 46, 57)]
    assert found["yingkou_14th.txt"] == [("flat", 74, 214)]


def test_header_semantics():
    period = (2021, 2025)
    assert (c := classify_header("2015年 基数", period, 2020)).role == "baseline" and c.year == 2015
    assert (c := classify_header("“十三五”规划目标", period, 2020)).role == "target" and c.year == 2020
    assert (c := classify_header("2020年 完成数", period, 2020)).role == "actual" and c.year == 2020
    assert (c := classify_header("基准值(2020年预计完成值)", period, 2025)).role == "baseline" and c.year == 2020
    assert (c := classify_header("目标值 (2025年)", period, 2025)).role == "target" and c.year == 2025
    assert classify_header("年均/累计", period, 2025).period_column
    assert classify_header("属性", period, 2025).field == "attr"
    assert (c := classify_header("2020年", period, 2025)).role == "baseline"


def test_rows_of_shifted_pipe_and_flattened_tables():
    (_, t1), (_, t2) = _tables("qingpu_14th.txt")
    # line 21: "城镇登记失业人数 | 市下达指标 | 约束性 | 保持在市下达指标以内 | |" (merged category cell)
    row = next(r for r in t1.rows if r.name == "城镇登记失业人数")
    assert row.category == "就业创业" and [v.text for v in row.values] == ["市下达指标", "保持在市下达指标以内"]
    row = next(r for r in t2.rows if r.name == "每年城镇登记失业人数")
    assert (row.seq, row.unit, row.attr, row.realigned) == ("2", "人", "约束性", True)
    (_, h1), _ = _tables("hubei_14th.txt")
    # lines 144-146: "7高、中、初级专业技术人才比例" with one value for three columns
    row = next(r for r in h1.rows if r.name.startswith("高、中、初级"))
    assert not row.complete and [v.text for v in row.values] == ["145"]
    assert [c.label for c in h1.value_columns] == ["2015年基数", "十三五规划目标", "2020完成数"]
    assert h1.cumulative_marker == "〔〕"


def test_box_tables_of_projects_are_not_indicator_tables():
    # 叙永县's 专栏3 (line 90) holds projects on one pipe line: not a table
    starts = [r.start for r, _ in _tables("xuyong_14th.txt")]
    assert 90 not in starts and 91 not in starts


# ---- row tables: one row per line, cells separated by tabs or spaces (issue #16) -------------

from plancompare.read.decoding import Line  # noqa: E402
from plancompare.read.normalization import normalize  # noqa: E402
from plancompare.structure.rowcells import row_cells  # noqa: E402


def _lines(text: str) -> list[Line]:
    return [Line(i, raw, normalize(raw)) for i, raw in enumerate(text.split("\n"), 1)]


SPACED = """到2025年,全区城镇新增就业累计15万人。
某区“十四五”就业主要指标(2020年基数、2025年目标)
| | | |
1.城镇新增就业人数(万人) 3.2 〔15〕 预期性
2.城镇调查失业率(%) 4.9 <5.5 预期性
3.基本养老保险参保率(%) 92 95 约束性
| | | |
注:〔 〕内为五年累计数。
主要任务"""

TABBED = """表1 某市“十四五”主要指标
序号\t指标\t单位\t2020年\t2025年\t属性
1\t城镇新增就业\t万人\t6.1\t[30]\t预期性
2\t失业保险参保人数\t万人\t40.2\t46\t预期性
注:[ ]内为五年累计数。"""


def test_space_separated_rows_between_empty_pipe_rows_are_one_table():
    (region,) = find_tables(_lines(SPACED))
    assert region.shape == "rows" and region.header_line is None
    assert region.caption_line == 2 and region.note_lines == [8] and region.lines == list(range(2, 9))
    assert region.cells[4] == ["1.城镇新增就业人数(万人)", "3.2", "〔15〕", "预期性"]


def test_tab_separated_rows_keep_their_header_line():
    (region,) = find_tables(_lines(TABBED))
    assert (region.shape, region.header_line, region.caption_line) == ("rows", 2, 1)
    assert region.cells[2] == ["序号", "指标", "单位", "2020年", "2025年", "属性"]
    assert region.cells[3] == ["1", "城镇新增就业", "万人", "6.1", "[30]", "预期性"]


def test_row_lines_are_told_from_sentences_and_headings():
    assert row_cells(Line(1, "1. 城镇新增就业人数(万人) 3.6 〔18〕 预期性", "1. 城镇新增就业人数(万人) 3.6 〔18〕 预期性")) \
        == ["1.", "城镇新增就业人数(万人)", "3.6", "〔18〕", "预期性"]
    for text in ["到2025年,城镇新增就业 45 万人。", "第三章 实施就业优先战略", "主要目标",
                 "2021年12月", "城镇调查失业率 5.5%"]:
        assert row_cells(Line(1, text, normalize(text))) is None, text


def test_rows_shape_in_a_parsed_document_are_table_lines_not_headings():
    from plancompare.read.decoding import Document
    from plancompare.structure.document import parse_document

    lines = _lines("某区就业和社会保障“十四五”规划\n" + SPACED)
    doc = Document(path=__import__("pathlib").Path("x.txt"), encoding="utf-8", sha256="", lines=tuple(lines),
                   traditional_chars=0, cjk_chars=1)
    parsed = parse_document(doc)
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert [kinds[n] for n in range(3, 10)] == ["table"] * 7
    assert not any(s.kind in ("chapter", "section", "heading") and s.title.startswith("城镇") for s in parsed.sections)


HEADER_BETWEEN = """某市“十四五”人力资源和社会保障事业发展主要指标
| | | | | | |
序号 指标 单位 2020年 2025年 属性
| | | | | | |
1 城镇新增就业 万人 5.6 [28] 预期性
2 城镇调查失业率 % 5.1 <5.5 预期性
| | | | | | |
注:[ ]内为五年累计数。"""


def test_a_header_row_between_empty_pipe_rows_keeps_its_caption():
    (region,) = find_tables(_lines(HEADER_BETWEEN))
    assert (region.shape, region.header_line, region.caption_line) == ("rows", 3, 1)
    assert region.lines == list(range(1, 9)) and region.note_lines == [8]
    assert region.cells[5] == ["1", "城镇新增就业", "万人", "5.6", "[28]", "预期性"]
