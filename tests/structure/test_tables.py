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
