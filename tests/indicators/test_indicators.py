"""indicators.csv on the five real plans (plancompare.indicators).

Each expectation cites the raw line it checks.
"""

from __future__ import annotations

import pandas as pd
import pytest

from plancompare.indicators.views import annualise, change, coverage, headline, to_five_year_total
from plancompare.pipeline.corpus import build_tables
from plancompare.schema import columns
from plancompare.structure.tables import find_tables
from plancompare.indicators.table_rows import parse_table
from plancompare.read.decoding import read_document

from ..conftest import PROCESSED, RAW


@pytest.fixture(scope="module")
def ind(tables):
    return tables["indicators"]


def one(ind, plan_id, line, **where):
    df = ind[(ind["plan_id"] == plan_id) & (ind["source_line"] == line)]
    for k, v in where.items():
        df = df[df[k] == v]
    assert len(df) == 1, df
    return df.iloc[0]


def test_columns_are_exactly_as_documented(ind):
    assert list(ind.columns) == columns("indicators")


def test_every_table_row_is_in_the_indicator_table(ind):
    for path, plan_id in [("xuyong_14th.txt", "xuyong-14"), ("hubei_14th.txt", "hubei-14"),
                          ("qingpu_14th.txt", "qingpu-14"), ("yingkou_14th.txt", "yingkou-14")]:
        doc = read_document(RAW / path)
        lines = {ln.no: ln.text for ln in doc.lines}
        names = set(ind[(ind["plan_id"] == plan_id) & (ind["source"] == "table")]["indicator_name"])
        n_rows = 0
        for region in find_tables(doc.lines):
            for row in parse_table(region, lines, (2021, 2025)).rows:
                n_rows += 1
                assert row.name.split("(")[0].rstrip("%万人") in {n.split("(")[0] for n in names} | names, row.name
        assert n_rows == {"xuyong-14": 37, "hubei-14": 31, "qingpu-14": 18, "yingkou-14": 16}[plan_id]


def test_xuyong_tables(ind):
    # line 11: "*1.城镇新增就业人数(万人) | [2] | [1.7] | [2.06] | 约束性 |", [ ] = five-year totals
    r = one(ind, "xuyong-14", 11, role="actual")
    assert (r.value, r.unit, r.cumulative, r.basis, r.binding, r.year) == \
        (20600.0, "persons", True, "five_year_total", "binding", 2020)
    assert "starred" in r["flags"]
    # line 49: 14th-plan target [1.85]
    r = one(ind, "xuyong-14", 49, role="target")
    assert (r.value, r.year, r.cumulative) == (18500.0, 2025, True)
    # line 51: registered unemployment "<4.5"
    r = one(ind, "xuyong-14", 51, role="target")
    assert (r.value, r.comparator, r.basis) == (4.5, "<", "rate")
    # line 15: "*4.基本养老保险参保人数 | 24.48 | …" has no unit: taken from the sibling rows, flagged
    r = one(ind, "xuyong-14", 15, role="actual")
    assert r.value == 323300.0 and "unit_inferred: 万人" in r["flags"]
    # line 76: social-security card holders 59.3 -> 64.8 万人
    assert one(ind, "xuyong-14", 76, role="target").value == 648000.0
    # line 20: a ratio is kept as text
    r = one(ind, "xuyong-14", 20, role="target")
    assert (r.value_raw, pd.isna(r.value), r.unit) == ("10:40:50", True, "ratio")


def test_hubei_flattened_tables(ind):
    # line 90: 442 (2020 完成数) — the note's 〔〕 were lost; 累计 in the prose (line 44) shows a total
    r = one(ind, "hubei-14", 90)
    assert (r.role, r.year, r.value, r.cumulative) == ("actual", 2020, 4420000.0, True)
    assert "cumulative_inferred" in r["flags"] and "prose line 44" in r["flags"]
    # line 290: "6" alone under three columns; the prose (line 246) says 调查失业率控制在6% for 十四五期末
    r = one(ind, "hubei-14", 290)
    assert (r.role, r.year, r.alignment) == ("target", 2025, "inferred")
    assert "prose line 246" in r["flags"]
    # lines 172/174: 60 and 68.37 under three columns, placed by the same figures in table 2 (line 396)
    assert (one(ind, "hubei-14", 172).role, one(ind, "hubei-14", 174).role) == ("target", "actual")
    # line 146: "145" is the ratio 1:4:5 with its colons lost: kept as text, flagged, not a number
    r = one(ind, "hubei-14", 146)
    assert pd.isna(r.value) and "ratio_separators_lost" in r["flags"] and r.alignment == "ambiguous"
    # line 344: work-injury insured target 744 below the 2020 baseline 746 (line 342)
    assert "qa_target_worse_than_baseline" in one(ind, "hubei-14", 344)["flags"]
    # line 430: social-security card holders 6140万 in 2025
    r = one(ind, "hubei-14", 430)
    assert (r.role, r.year, r.value) == ("target", 2025, 61400000.0)


def test_qingpu_shifted_cells_and_text_targets(ind):
    # line 20: "就业创业 | 新增就业岗位 | 每年不低于18000个 | 约束性 | 年均超过18400个 |" (merged cell)
    r = one(ind, "qingpu-14", 20, role="actual")
    assert (r.value, r.comparator, r.basis, r.category) == (18400.0, ">", "annual", "就业创业")
    assert r.indicator_id == "new_urban_jobs" and "jobs_as_persons" in r["flags"]
    # line 48: 年均新增就业岗位 18000 -> 18000 (annual), unit column 个
    r = one(ind, "qingpu-14", 48, role="target")
    assert (r.indicator_id, r.value, r.basis, r.year) == ("new_urban_jobs", 18000.0, "annual", 2025)
    # line 49: shifted row, text target kept without a value
    r = one(ind, "qingpu-14", 49, role="target")
    assert (r.value_raw, pd.isna(r.value), r.category) == ("市下达指标之内", True, "就业创业")
    assert "realigned_merged_cells" in r["flags"]
    # line 51: 零就业家庭 动态为0
    assert one(ind, "qingpu-14", 51, role="target").value == 0.0


def test_yingkou_flattened_table(ind):
    # line 92: ">〔9〕" belongs to the 年均/累计 column: a five-year total of over 9万
    r = one(ind, "yingkou-14", 92)
    assert (r.role, r.year, r.value, r.comparator, r.basis, r.alignment) == \
        ("target", 2025, 90000.0, ">", "five_year_total", "inferred")
    # line 90: "1.97" could be the 2020 or the 2025 value: kept, flagged, not placed
    r = one(ind, "yingkou-14", 90)
    assert (r.alignment, r.role) == ("ambiguous", "") and pd.isna(r.year)
    # line 100: 5.5左右
    r = one(ind, "yingkou-14", 100)
    assert (r.role, r.value, r.comparator) == ("target", 5.5, "~")
    # line 178: unemployment insured ≥34万
    r = one(ind, "yingkou-14", 178)
    assert (r.role, r.value, r.comparator) == ("target", 340000.0, ">=")


def test_zhoushan_prose(ind):
    z = ind[ind["plan_id"] == "zhoushan-13"]
    assert set(z["source"]) == {"prose"}
    # line 102: "到“十三五”期末实现城镇新增就业达到5万人,调查失业率控制在4.2%以内"
    r = one(ind, "zhoushan-13", 102, indicator_id="new_urban_jobs")
    assert (r.role, r.year, r.value, r.basis) == ("target", 2020, 50000.0, "five_year_total")
    r = one(ind, "zhoushan-13", 102, indicator_id="surveyed_unemployment_rate")
    assert (r.value, r.comparator) == (4.2, "<=")
    # line 104: "基本养老保险和基本医疗保险参保率达到90%和98%"
    assert one(ind, "zhoushan-13", 104, indicator_id="pension_coverage_rate").value == 90.0
    assert one(ind, "zhoushan-13", 104, indicator_id="medical_coverage_rate").value == 98.0
    # line 26: "参保人数分别达到76.88、95.69、21.30、30.37、20.71万人" (end of 十二五)
    r = one(ind, "zhoushan-13", 26, indicator_id="pension_insured")
    assert (r.role, r.year, r.value) == ("actual", 2015, 768800.0)
    assert one(ind, "zhoushan-13", 26, indicator_id="maternity_insured").value == 207100.0
    # line 12: "“十二五”期间,全市新增城镇就业人员57160人"
    r = one(ind, "zhoushan-13", 12, indicator_id="new_urban_jobs")
    assert (r.role, r.year, r.value, r.basis) == ("actual", 2015, 57160.0, "five_year_total")


def test_qa_conflicts(ind):
    # 舟山市 gives two 2015 pension insured counts: line 26 (76.88万) and line 66 (73.66万)
    for line in (26, 66):
        assert "qa_conflict" in one(ind, "zhoushan-13", line, indicator_id="pension_insured")["flags"]
    # 叙永县: table target 1.42万 (line 63) vs prose 1.5万 (line 43) professional talent
    assert "qa_conflict" in one(ind, "xuyong-14", 63, role="target")["flags"]
    assert "qa_conflict" in one(ind, "xuyong-14", 43, indicator_id="professional_talent")["flags"]


def test_no_silent_placement(ind):
    inferred = ind[(ind["alignment"] == "inferred") & (ind["source"] == "table")]
    assert len(inferred) > 0
    assert inferred["flags"].str.contains("evidence:|curated:").all()
    prose_inferred = ind[(ind["alignment"] == "inferred") & (ind["source"] == "prose")]
    assert prose_inferred["flags"].str.contains("time: ").all()
    ambiguous = ind[ind["alignment"] == "ambiguous"]
    assert (ambiguous["role"] == "").all() and ambiguous["year"].isna().all()
    report = (PROCESSED / "qa_report.md").read_text(encoding="utf-8")
    for r in ambiguous.itertuples():
        assert f"| {r.plan_id} | {r.indicator_id or r.indicator_name} | {r.source_line} |" in report
    # every value is traceable: its raw value stands on its raw line
    for plan_id, g in ind.groupby("plan_id"):
        src = g["source_file"].iloc[0]
        raw = (RAW / src).read_text(encoding="utf-8").split("\n")
        for r in g.itertuples():
            digits = "".join(ch for ch in r.value_raw if ch.isdigit())
            assert digits in "".join(ch for ch in raw[r.source_line - 1] if ch.isdigit()) or \
                r.value_raw in raw[r.source_line - 1], (plan_id, r.source_line, r.value_raw)


def test_rates_and_units_are_sane(ind):
    rates = ind[ind["unit"] == "percent"]
    assert (rates["value"].dropna() <= 100).all()
    assert set(ind["unit"]) <= {"persons", "person-times", "percent", "yuan", "households", "units",
                                "cards", "years", "times", "ratio", ""}


def test_comparison_helpers(ind):
    h = headline(ind)
    jobs = h[h["indicator_id"] == "new_urban_jobs"].set_index("plan_id")
    assert jobs.loc["xuyong-14", "target"] == 18500.0 and jobs.loc["xuyong-14", "target_line"] == 49
    assert jobs.loc["zhoushan-13", "target"] == 50000.0
    a = annualise(ind)
    x = a[(a["plan_id"] == "xuyong-14") & (a["source_line"] == 49) & (a["role"] == "target")].iloc[0]
    assert x["annual_value"] == pytest.approx(3700.0) and "÷ 5" in x["conversion"]
    t = to_five_year_total(ind)
    q = t[(t["plan_id"] == "qingpu-14") & (t["source_line"] == 48) & (t["role"] == "target")].iloc[0]
    assert q["total_value"] == 90000.0 and "× 5" in q["conversion"]
    c = change(ind, ["work_injury_insured"])
    hubei = c[c["plan_id"] == "hubei-14"].iloc[0]
    assert (hubei["baseline"], hubei["target"], hubei["change"]) == (7460000.0, 7440000.0, -20000.0)
    cov = coverage(ind)
    assert cov.loc["xuyong-14", "new_urban_jobs"] == "expected"
    assert cov.loc["zhoushan-13", "new_urban_jobs"] == "reported"
    assert cov.loc["qingpu-14", "surveyed_unemployment_rate"] == ""
    with pytest.raises(KeyError, match="unknown indicator"):
        headline(ind, ["nope"])


def test_curated_decision_settles_an_ambiguous_value(raw_copy):
    (raw_copy / "alignment_decisions.csv").write_text(
        "plan_id,source_line,value_raw,role,year,reason\n"
        "yingkou-14,90,1.97,baseline,2020,\"2020年 column: the row's 2025 target is the five-year "
        "total in 年均/累计\"\n", encoding="utf-8")
    ind = build_tables(raw_copy)["indicators"]
    r = one(ind, "yingkou-14", 90)
    assert (r.role, r.year, r.alignment) == ("baseline", 2020, "inferred") and "curated:" in r["flags"]


def test_curated_decision_must_cite_its_line(raw_copy):
    from plancompare.errors import IndicatorError

    (raw_copy / "alignment_decisions.csv").write_text(
        "plan_id,source_line,value_raw,role,year,reason\nyingkou-14,91,1.97,baseline,2020,why\n",
        encoding="utf-8")
    with pytest.raises(IndicatorError, match="does not occur on raw line 91"):
        build_tables(raw_copy)
