"""Nothing lost silently: what a plan states that the build may have missed (plancompare.indicators.missed)."""

from __future__ import annotations

import pandas as pd

from plancompare.indicators.missed import missed_findings, to_check


def _lines(rows):
    return pd.DataFrame(rows, columns=["plan_id", "source_line", "kind", "text"])


def _ind(rows):
    return pd.DataFrame(rows, columns=["plan_id", "source_line", "indicator_id"])


def test_each_kind_of_miss_is_found_with_its_line():
    lines = _lines([
        ("p", 1, "paragraph", "全市城镇新增就业比上年增加1.2万人,城镇登记失业率控制在4%以内。"),
        ("p", 2, "paragraph", "城镇新增就业 3.6 〔18〕 4.0"),
        ("p", 3, "paragraph", "三、 加强人才队伍建设"),
        ("p", 4, "table", "| 城镇调查失业率(%) | 5.2 | <5.5 |"),
        ("p", 5, "table", "2城镇登记失业率(%"),  # a row-name cell: its 2 is a row number, not a value
        ("p", 6, "paragraph", "专业技术人才总量达到1.5万人。"),
        ("p", 7, "table", "表1 某县“十四五”主要指标"),  # a caption's number is no value
        ("p", 8, "table", "专栏2 “十四五”主要指标"),
    ])
    ind = _ind([("p", 1, "registered_unemployment_rate"), ("p", 6, "professional_talent")])
    found = {(f["check"], f["lines"], f["indicator"]) for f in missed_findings(lines, ind)}
    assert found == {("unread_mention", "1", "new_urban_jobs"), ("table_line_without_value", "2", ""),
                     ("unread_mention", "2", "new_urban_jobs"),
                     ("heading_like_line", "3", ""), ("table_line_without_value", "4", "")}
    assert to_check(["p", "q"], missed_findings(lines, ind)) == [
        "2 unread mention(s); 2 table line(s) without a value; 1 heading-like line(s)", ""]


def test_the_five_plans_have_nothing_left_to_check(tables):
    assert (tables["plans"]["to_check"] == "").all(), tables["plans"][["plan_id", "to_check"]]


def test_the_qa_report_lists_the_misses(tmp_path):
    from plancompare.pipeline.write import _write_folder

    lines = _lines([("p", 2, "paragraph", "城镇新增就业 3.6 〔18〕 4.0")])
    ind = pd.DataFrame(columns=["plan_id", "region", "indicator_id", "indicator_name", "category", "role", "year",
                                "value", "unit", "value_raw", "comparator", "cumulative", "basis", "binding",
                                "source", "source_file", "source_line", "quote", "alignment", "flags"])
    _write_folder({"lines": lines, "indicators": ind}, tmp_path, {}, ["csv"])
    report = (tmp_path / "qa_report.md").read_text(encoding="utf-8")
    assert "# What may have been missed" in report and "| p |  | 2 | laid out like a table row:" in report
