"""Readable notebook tables (plancompare.tables): formats, blank empty cells, compact width."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from plancompare.tables import display_frame, headline_tables, number, percent, styled


@pytest.mark.parametrize("value,unit,lang,text", [
    (4420000.0, "persons", "zh", "442万"), (4420000.0, "persons", "en", "4,420,000"),
    (18400.0, "persons", "zh", "1.84万"), (3.35, "percent", "en", "3.35 %"), (95.0, "percent", "zh", "95 %"),
    (4.8, "points", "zh", "4.8 个百分点"), (4.8, "points", "en", "4.8 pp"), (np.nan, "persons", "zh", ""),
    (None, "", "en", ""), (1234.5, "", "en", "1,234.5"),
])
def test_number_carries_its_unit(value, unit, lang, text):
    assert number(value, unit, lang) == text


def test_percent_has_one_decimal():
    assert percent(66.666667) == "66.7 %" and percent(0.125, 100) == "12.5 %" and percent(np.nan) == ""


def test_display_frame_whole_years_blank_gaps_and_units():
    df = pd.DataFrame({"plan_id": ["a", "b"], "year": [2020.0, np.nan], "source_line": [1234.0, 7.0],
                       "value": [4420000.0, 3.35], "unit": ["persons", "percent"], "change_pct": [66.666667, np.nan],
                       "note": [None, "x"], "n_paragraphs": pd.array([1200, None], dtype="Int64")})
    text = display_frame(df, lang="en")
    assert text["year"].tolist() == ["2020", ""]
    assert text["source_line"].tolist() == ["1234", "7"]  # a line number has no thousands separator
    assert text["value"].tolist() == ["4,420,000", "3.35 %"]
    assert text["change_pct"].tolist() == ["66.7 %", ""]
    assert text["note"].tolist() == ["", "x"] and text["n_paragraphs"].tolist() == ["1,200", ""]


def _header_cells(html: str) -> int:
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    return len(re.findall(r"<th ", head))


@pytest.fixture(scope="module")
def ds():
    from plancompare.api import load

    return load()


def test_styled_tables_show_no_nan_and_no_float_years(ds):
    for df in (ds.plans, ds.headline(), ds.indicators.head(200)):
        html = styled(df).to_html()
        assert not re.search(r">\s*(nan|NaN|None|<NA>)\s*<", html)
        assert not re.search(r">\s*20\d\d\.0\s*<", html)
    assert "white-space: normal" in styled(ds.plans).to_html()  # long text wraps


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_headline_is_one_compact_table_per_indicator(ds, lang):
    tables = headline_tables(ds, lang=lang)
    assert set(tables) == set(ds.headline()["indicator_id"])
    for ind, st in tables.items():
        html = st.to_html()
        assert _header_cells(html) <= 8, ind
        assert not re.search(r"nan|NaN|None|\d\.0 \(", html)
    jobs = tables["new_urban_jobs"].to_html()
    assert ("442万 (2020)" if lang == "zh" else "4,420,000 (2020)") in jobs
    assert "<4.5 % (2025)" in tables["registered_unemployment_rate"].to_html().replace("&lt;", "<")
