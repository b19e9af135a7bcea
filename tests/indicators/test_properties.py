"""Property-based tests (hypothesis) of the value grammar and the prose extractor."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plancompare as pc
from plancompare.errors import PlanError
from plancompare.read.decoding import decode
from plancompare.read.normalization import normalize
from plancompare.indicators.values import canonical_unit, parse_value

numbers = st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False, allow_infinity=False)
PREFIX = {"": "=", "≤": "<=", "<": "<", "≥": ">=", ">": ">", "不低于": ">=", "超过": ">", "约": "~"}
SUFFIX = {"": None, "左右": "~", "以上": ">=", "以内": "<="}
UNITS = ["", "万人", "人", "%", "亿元", "万人次", "个", "户"]
BRACKETS = [("", "", False), ("[", "]", True), ("〔", "〕", True)]


def _num(d) -> str:
    s = format(d.normalize(), "f")
    return s


@settings(max_examples=300, deadline=None)
@given(numbers, st.sampled_from(list(PREFIX)), st.sampled_from(list(SUFFIX)), st.sampled_from(UNITS),
       st.sampled_from(BRACKETS), st.booleans())
def test_value_grammar_round_trips(d, prefix, suffix, unit, brackets, full_width):
    if prefix and SUFFIX[suffix]:
        suffix = ""  # plans write one comparator, not two
    left, right, cumulative = brackets
    raw = f"{prefix}{left}{_num(d)}{unit}{right}{suffix}"
    if full_width:
        raw = raw.translate({cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)})
    pv = parse_value(raw)
    assert pv.kind == "number"
    assert math.isclose(pv.value, float(d))
    assert pv.comparator == (SUFFIX[suffix] or PREFIX[prefix])
    assert pv.cumulative == cumulative
    assert pv.unit == unit
    if unit:
        assert canonical_unit(unit) is not None


NAMES = {"城镇新增就业": "new_urban_jobs", "城镇调查失业率": "surveyed_unemployment_rate",
         "城镇登记失业率": "registered_unemployment_rate", "基本养老保险参保率": "pension_coverage_rate",
         "社会保障卡持卡人数": "ss_card_holders", "失业保险参保人数": "unemployment_insured"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(list(NAMES)), numbers, st.sampled_from(["达到", "控制在", "保持在", ""]),
       st.sampled_from(["", "以上", "左右", "以内"]), st.sampled_from([2025, 2030]))
def test_prose_extractor_reads_what_was_written(name, d, verb, suffix, year):
    unit = "%" if name.endswith("率") else "万人"
    text = f"到{year}年,全市{name}{verb}{_num(d)}{unit}{suffix}。"
    df = pc.extract_indicators(text)
    assert len(df) == 1
    r = df.iloc[0]
    factor = 1 if unit == "%" else 1e4
    assert r["indicator_id"] == NAMES[name]
    assert math.isclose(r["value"], float(d) * factor, rel_tol=1e-9, abs_tol=1e-9)
    assert (r["role"], r["year"]) == ("target", year)
    assert r["comparator"] == {"": "=", "以上": ">=", "左右": "~", "以内": "<="}[suffix]
    assert r["unit"] == ("percent" if unit == "%" else "persons")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    parse_value(text)
    normalize(text)
    try:
        pc.extract_indicators(text)
    except PlanError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_raise_the_documented_error(data):
    try:
        text, enc = decode(data, "x.txt")
        assert enc in ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be") and text.strip()
    except PlanError as exc:
        assert str(exc).startswith("x.txt")
