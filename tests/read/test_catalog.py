"""The hand-written catalog (plancompare.catalog)."""

from __future__ import annotations

import pytest

from plancompare.read.catalog import COLUMNS, LEVELS, read_catalog, verify_text
from plancompare.errors import CatalogError

from ..conftest import RAW


def test_the_project_catalog():
    rows = read_catalog(RAW / "catalog.csv")
    by_id = {r.plan_id: r for r in rows}
    assert [r.region for r in rows] == ["舟山市", "叙永县", "湖北省", "青浦区", "营口市"]
    assert {r.level for r in rows} <= set(LEVELS)
    assert by_id["zhoushan-13"].fyp_name == "十三五" and by_id["hubei-14"].fyp_name == "十四五"
    assert (by_id["zhoushan-13"].period_start, by_id["zhoushan-13"].period_end) == (2016, 2020)
    assert by_id["yingkou-14"].doc_number == "营政办发〔2022〕20号"
    assert by_id["qingpu-14"].doc_number == "青府办发〔2021〕57号"
    assert by_id["xuyong-14"].parent == "泸州市"
    # fields the texts do not give are left empty rather than guessed
    assert by_id["xuyong-14"].published == "" and by_id["hubei-14"].doc_number == ""
    assert all(r.admin_code == "" for r in rows)


def _write(tmp_path, rows: list[str]):
    p = tmp_path / "catalog.csv"
    p.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return p


GOOD = ("a-14,甲县,A County,county,四川省,泸州市,,2021,2025,14,甲县规划,2021-01-02,,,a.txt,"
        + "0" * 64 + ",")


@pytest.mark.parametrize("change,message", [
    (lambda r: r.replace("county", "village", 1), "unknown level 'village'"),
    (lambda r: r.replace("2021,2025", "2025,2021"), "period_start must be before period_end"),
    (lambda r: r.replace(",14,", ",xiv,"), "'fyp_number' is 'xiv', not a whole number"),
    (lambda r: r.replace("2021-01-02", "2021/1/2"), "is not a date"),
    (lambda r: r.replace("0" * 64, "abc"), "sha256 is not 64"),
    (lambda r: r.replace("a.txt", "../a.txt"), "must be a plain file name"),
    (lambda r: r.replace("甲县,A County", ",A County"), "'region' is empty"),
    (lambda r: r.replace("a-14", "A 14"), "is not a slug"),
])
def test_malformed_rows_name_the_line(tmp_path, change, message):
    path = _write(tmp_path, [GOOD.replace("a-14", "b-14").replace("a.txt", "b.txt"), change(GOOD)])
    with pytest.raises(CatalogError) as err:
        read_catalog(path)
    assert err.value.line == 3 and message in str(err.value)
    assert str(err.value).startswith(f"{path}:3: row of ")


def test_missing_column_and_empty_catalog(tmp_path):
    p = tmp_path / "catalog.csv"
    p.write_text("plan_id,region\nx,y\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="missing column"):
        read_catalog(p)
    with pytest.raises(CatalogError, match="lists no plans"):
        read_catalog(_write(tmp_path, []))


def test_verify_text_accepts_fyp_name_or_years():
    row = read_catalog(RAW / "catalog.csv")[1]
    verify_text(row, "叙永县“十四五”规划", "catalog.csv")
    verify_text(row, "叙永县2021—2025年规划", "catalog.csv")
    with pytest.raises(CatalogError, match="plan period 2021-2025"):
        verify_text(row, "叙永县十三五规划", "catalog.csv")


@pytest.mark.parametrize("title,period", [
    ("叙永县人力资源和社会保障事业发展“十四五”规划", (14, 2021, 2025)),
    ("叙永县人力资源和社会保障事业发展十四五规划", (14, 2021, 2025)),
    ("叙永县人力资源和社会保障事业发展规划(2021—2025年)", (14, 2021, 2025)),
    ("叙永县人力资源和社会保障事业发展规划(2016-2020年)", (13, 2016, 2020)),
    ("叙永县人力资源和社会保障事业第十三个五年发展规划", (13, 2016, 2020)),
    ("关于印发《叙永县人力资源和社会保障事业“十二五”规划》的通知", (12, 2011, 2015)),
])
def test_title_periods_read_the_title_forms(title, period):
    from plancompare.read.catalog import title_periods

    assert [p for _, p, _ in title_periods(f"{title}\n正文。\n")] == [period]


def test_title_periods_ignore_the_body_and_sentences():
    from plancompare.read.catalog import title_periods

    text = ("叙永县人力资源和社会保障事业发展规划\n"
            "根据《泸州市“十三五”规划》和《叙永县第十二个五年规划纲要》,编制本规划。\n"  # a sentence
            "第一章 发展基础\n"
            "“十三五”时期主要成就\n")  # after the first chapter heading: the body
    assert title_periods(text) == []
    # fifteen years, 2020—2035年 (not five years), a bare 十五 are no plan periods
    assert title_periods("十五年规划\n2020—2035年远景规划\n") == []


def test_verify_text_refuses_a_title_naming_another_period():
    row = read_catalog(RAW / "catalog.csv")[1]  # xuyong-14: 2021–2025, 十四五
    # the body naming the previous plan is fine; a title naming it too, beside the right one, is fine
    verify_text(row, "叙永县“十四五”规划\n第一章 基础\n“十三五”时期主要成就\n", "catalog.csv")
    verify_text(row, "关于“十三五”规划总结和“十四五”规划的报告\n叙永县\n", "catalog.csv")
    with pytest.raises(CatalogError, match=r"^catalog.csv:3: row of xuyong-14: xuyong_14th.txt line 1 names the "
                       r"十三五 plan, 2016–2020 \(“叙永县.*”\), but the catalog says the 十四五 plan, 2021–2025 "
                       r"\(fix period_start"):
        verify_text(row, "叙永县人力资源和社会保障事业“十三五”规划\n2021年至2025年,十四五\n", "catalog.csv")
