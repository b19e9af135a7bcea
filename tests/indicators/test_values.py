"""The value grammar (plancompare.values)."""

from __future__ import annotations

import pytest

from plancompare.indicators.values import canonical_unit, parse_value, unit_from_name


@pytest.mark.parametrize("raw,kind,value,comparator,cumulative,unit", [
    ("≤4", "number", 4.0, "<=", False, ""),               # 叙永县 table 1, line 12
    ("[1.7]", "number", 1.7, "=", True, ""),              # 叙永县 line 11
    (">〔9〕", "number", 9.0, ">", True, ""),              # 营口市 line 92
    ("〔6.5〕", "number", 6.5, "=", True, ""),             # 营口市 line 130
    ("5.5左右", "number", 5.5, "~", False, ""),           # 营口市 line 100
    ("≥34", "number", 34.0, ">=", False, ""),             # 营口市 line 178
    ("<4.5", "number", 4.5, "<", False, ""),
    ("每年不低于18000个", "number", 18000.0, ">=", False, "个"),  # 青浦区 line 20
    ("年均超过18400个", "number", 18400.0, ">", False, "个"),
    ("期末达到30.4%", "number", 30.4, "=", False, "%"),
    ("约5万人", "number", 5.0, "~", False, "万人"),
    ("突破10万人", "number", 10.0, ">", False, "万人"),
    ("１２．５％", "number", 12.5, "=", False, "%"),        # full-width
    ("10:40:50", "ratio", None, "=", False, ""),
    ("市下达指标之内", "text", None, "", False, ""),        # 青浦区 line 49
    ("互联互通、业务协同、信息共享", "text", None, "", False, ""),
    ("—", "missing", None, "", False, ""),
])
def test_parse_value(raw, kind, value, comparator, cumulative, unit):
    pv = parse_value(raw)
    assert (pv.kind, pv.value, pv.comparator, pv.cumulative, pv.unit) == (kind, value, comparator, cumulative, unit)
    assert pv.raw == raw


def test_time_cues_and_qualifiers():
    assert parse_value("每年450人").annual and parse_value("年均超过500人").annual
    assert parse_value("期末达到45%").period_end
    pv = parse_value("动态为0")  # 青浦区 line 51: zero-employment households kept at zero
    assert (pv.value, pv.qualifier) == (0.0, "动态")
    assert parse_value("累计2.06万人").cumulative


def test_units():
    assert unit_from_name("失业保险参保人数(万人)") == ("失业保险参保人数", "万人")
    assert unit_from_name("城镇登记失业率(%") == ("城镇登记失业率", "%")  # bracket lost (湖北省)
    assert unit_from_name("社会保障卡持卡人数万人") == ("社会保障卡持卡人数", "万人")
    assert unit_from_name("乡镇(街道)、社区(村)就业社保服务机构标准化率(%)")[1] == "%"
    assert unit_from_name("基本养老保险参保人数") == ("基本养老保险参保人数", "")
    assert canonical_unit("万人") == ("persons", 1e4)
    assert canonical_unit("亿元") == ("yuan", 1e8)
    assert canonical_unit("万人次") == ("person-times", 1e4)
    assert canonical_unit("%") == ("percent", 1.0)
    assert canonical_unit("斤") is None


# ---- row tables whose header was lost (issue #16) -------------------------------------------

def test_lost_header_is_inferred_from_the_caption_or_the_plan_period_and_flagged():
    from plancompare.indicators.table_rows import inferred_header

    rows = [["1.城镇新增就业人数(万人)", "3.2", "〔15〕", "预期性"], ["2.城镇调查失业率(%)", "4.9", "<5.5", "预期性"]]
    cols = inferred_header(rows, "某区主要指标(2020年基数、2025年目标)", (2021, 2025), None)
    assert [c.field for c in cols] == ["name", "value", "value", "attr"]
    assert [(c.role, c.year) for c in cols if c.field == "value"] == [("baseline", 2020), ("target", 2025)]
    assert all("caption" in c.inferred for c in cols if c.field == "value")
    cols = inferred_header(rows, "某区主要指标", (2021, 2025), None)
    assert [(c.role, c.year) for c in cols if c.field == "value"] == [("baseline", 2020), ("target", 2025)]
    assert all(c.inferred.startswith("header_inferred") for c in cols if c.field == "value")


def test_lost_header_that_cannot_be_decided_leaves_the_values_ambiguous():
    from plancompare.indicators.table_rows import inferred_header

    rows = [["城镇新增就业人数(万人)", "[39.5]", "[40]", "[42.8]", "预期性"],
            ["城镇登记失业率(%)", "3.3", "<4", "2.96", "约束性"]]
    cols = [c for c in inferred_header(rows, "主要指标", (2016, 2020), None) if c.field == "value"]
    assert len(cols) == 3 and all(c.role == "" and c.year is None for c in cols)
    assert all(c.inferred.startswith("ambiguous") for c in cols)


@pytest.mark.parametrize("raw,low,high,unit,cumulative", [
    ("5%—5.5%", 5.0, 5.5, "%", False), ("〔12—13〕", 12.0, 13.0, "", True), ("3.5～4", 3.5, 4.0, "", False),
    ("12-13万人", 12.0, 13.0, "万人", False), ("1,200至1,500", 1200.0, 1500.0, "", False),
])
def test_a_range_is_read_as_its_two_bounds(raw, low, high, unit, cumulative):
    from plancompare.indicators.values import RANGE_FLAG, bounds

    pv = parse_value(raw)
    assert (pv.kind, pv.value, pv.high, pv.unit, pv.cumulative) == ("range", low, high, unit, cumulative)
    (a, fa), (b, fb) = bounds(pv)
    assert (a.kind, a.value, a.comparator, b.kind, b.value, b.comparator) == ("number", low, ">=", "number", high, "<=")
    assert fa == fb == [RANGE_FLAG]
    assert all(p.raw.startswith("〔") == cumulative for p in (a, b))


@pytest.mark.parametrize("raw", ["2021—2025", "5.5—5", "+2.4", "5.5"])
def test_what_is_no_range(raw):
    assert parse_value(raw).kind != "range"
