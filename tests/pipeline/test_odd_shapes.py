"""Odd document shapes a scrape produces: each is read (or refused with a clear message), never an
internal error. Small plans written for these tests, in the genre; the figures are invented.

The first two are regressions: a pipe table whose first row is empty, and a ``注:`` line between two
tables (a note of the first, shaped like a caption of the second), both ended in a bare KeyError.
"""

from __future__ import annotations

import random

import pytest

from plancompare.errors import PlanError
from plancompare.pipeline.plan import process_plan
from plancompare.read.catalog import read_catalog

T = "某县人力资源和社会保障事业发展“十四五”规划"
TEXT = "到2025年,全县城镇新增就业累计达到1.2万人,城镇调查失业率控制在5.5%以内。"


def _process(tmp_path, text: str):
    import csv
    import hashlib

    from plancompare.read.catalog import COLUMNS

    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    row = dict.fromkeys(COLUMNS, "") | {
        "plan_id": "x-14", "region": "某县", "region_en": "Mouxian", "level": "county", "period_start": 2021,
        "period_end": 2025, "fyp_number": 14, "title": T, "source_file": "x.txt",
        "sha256": hashlib.sha256((tmp_path / "x.txt").read_bytes()).hexdigest()}
    with open(tmp_path / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerow(row)
    return process_plan(read_catalog(tmp_path / "catalog.csv")[0], tmp_path, tmp_path / "catalog.csv").tables


def _values(tables) -> set[tuple]:
    return {(r["indicator_id"], r["role"], r["year"], r["value"], r["source_line"])
            for r in tables["indicators"] if r["role"]}


def test_a_pipe_table_whose_first_row_is_empty_is_read_with_its_header_inferred(tmp_path):
    t = _process(tmp_path, f"""{T}
第一章 主要目标
{TEXT}
| | | | |
| 城镇新增就业(万人) | 0.24 | [1.2] | 预期性 |
| 城镇调查失业率(%) | 4.8 | <5.5 | 预期性 |
""")
    rows = [r for r in t["indicators"] if r["source"] == "table"]
    assert {(r["indicator_id"], r["role"], r["year"], r["value"]) for r in rows} == {
        ("new_urban_jobs", "baseline", 2020, 2400), ("new_urban_jobs", "target", 2025, 12000),
        ("surveyed_unemployment_rate", "baseline", 2020, 4.8), ("surveyed_unemployment_rate", "target", 2025, 5.5)}
    assert all("header_inferred" in r["flags"] for r in rows)
    kinds = {r["source_line"]: r["kind"] for r in t["lines"]}
    assert [kinds[n] for n in (4, 5, 6)] == ["table"] * 3


def test_a_note_between_two_tables_belongs_to_the_first_and_both_are_read(tmp_path):
    t = _process(tmp_path, f"""{T}
第一章 主要目标
{TEXT}
| 指标 | 2015年 | 2020年完成 | 属性 |
| 城镇登记失业率(%) | 3.5 | 2.9 | 预期性 |
| 失业保险参保人数(万人) | 1.1 | 1.3 | 预期性 |
注:2020年为完成情况
| 指标 | 2020年 | 2025年 | 属性 |
| 城镇新增就业(万人) | 0.24 | [1.2] | 预期性 |
| 城镇调查失业率(%) | 4.8 | <5.5 | 预期性 |
""")
    assert {("registered_unemployment_rate", "actual", 2020, 2.9, 5),
            ("new_urban_jobs", "target", 2025, 12000, 9),
            ("surveyed_unemployment_rate", "target", 2025, 5.5, 10)} <= _values(t)
    tables = [s for s in t["sections"] if s["kind"] == "table"]
    assert [s["line_start"] for s in tables] == [4, 8]
    kinds = {r["source_line"]: r["kind"] for r in t["lines"]}
    assert kinds[7] == "table"


def test_a_note_above_a_table_is_its_note(tmp_path):
    t = _process(tmp_path, f"""{T}
第一章 主要目标
{TEXT}
注:[ ]内为五年累计数。
| 指标 | 2020年 | 2025年 | 属性 |
| 城镇新增就业(万人) | 0.24 | [1.2] | 预期性 |
""")
    kinds = {r["source_line"]: r["kind"] for r in t["lines"]}
    assert kinds[4] == "table"
    assert ("new_urban_jobs", "target", 2025, 12000, 6) in _values(t)


ODD = {
    "a pipe table with only a header": f"{T}\n第一章 主要目标\n| 指标 | 2020年 | 2025年 | 属性 |\n| | | | |\n",
    "two header rows and nothing else": f"{T}\n| 指标 | 2020年 | 2025年 | 属性 |\n| 序号 | 指标 | 单位 | 属性 |\n",
    "a flattened header row between empty pipe rows": f"{T}\n| | | |\n指标 2020年 2025年 属性\n| | | |\n{TEXT}\n",
    "a tab-separated header only": f"{T}\n指标\t单位\t2020年\t2025年\t属性\n",
    "a flattened table of header cells only": f"{T}\n" + "指标\n2020年\n2025年\n属性\n" * 3,
    "a plan that is only a table of contents": f"{T}\n目 录\n第一章 发展基础\n第二章 主要目标\n第三章 保障措施\n",
    "a table of contents without chapters after it": f"{T}\n目 录\n第一章 发展基础\n第二章 主要目标\n{TEXT}\n",
    "a table of contents with page numbers and nothing else": f"{T}\n目  录\n第一章 发展基础……1\n第二章 主要目标……5\n",
    "a title only": f"{T}\n",
    "a single pipe row": f"{T}\n| 城镇新增就业(万人) | 0.24 | [1.2] | 预期性 |\n",
    "rows of numbers without names": f"{T}\n| | | |\n1 2 3 4\n5 6 7 8\n| | | |\n",
    "a note only": f"{T}\n注:[ ]内为五年累计数。\n",
    "notes above a table after rows": f"{T}\n1.城镇新增就业(万人) 0.24 [1.2] 预期性\n2.城镇调查失业率(%) 4.8 <5.5 预期性\n"
                                      f"注:[ ]内为五年累计数。\n注:2020年为预计数。\n| 指标 | 2020年 | 2025年 |\n",
    "furniture only after the title": f"{T}\n分享到:\n【打印】【关闭】\n网站地图\n",
}


@pytest.mark.parametrize("text", ODD.values(), ids=list(ODD))
def test_odd_shapes_never_raise_an_internal_error(tmp_path, text):
    try:
        t = _process(tmp_path, text)
    except PlanError:
        return  # a clear message naming the file is fine
    chapters = [s["title"] for s in t["sections"] if s["kind"] == "chapter"]
    assert len(chapters) == len(set(chapters))
    assert len({r["source_line"] for r in t["lines"]}) == len(text.rstrip("\n").split("\n"))


PIECES = [T, "第一章 主要目标", "第二章 保障措施", "第一节 就业", TEXT, "| | | | |", "| 指标 | 2020年 | 2025年 | 属性 |",
          "| 城镇新增就业(万人) | 0.24 | [1.2] | 预期性 |", "| 城镇调查失业率(%) | 4.8 | <5.5 | 预期性 |",
          "注:[ ]内为五年累计数。", "表1 某县“十四五”主要指标", "指标 2020年 2025年 属性", "1.城镇新增就业(万人) 0.24 [1.2] 预期性",
          "2.城镇调查失业率(%) 4.8 <5.5 预期性", "目 录", "", "城镇新增就业", "0.24", "专栏1 主要指标", "分享到:", "主要目标",
          "一、发展基础", "(一)就业"]


@pytest.mark.parametrize("seed", range(12))
def test_generated_shapes_never_raise_an_internal_error(tmp_path, seed):
    rng = random.Random(seed)
    for _ in range(30):
        lines = [T] + [rng.choice(PIECES) for _ in range(rng.randint(1, 12))]
        try:
            _process(tmp_path, "\n".join(lines) + "\n")
        except PlanError:
            pass
