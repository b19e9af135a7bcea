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
