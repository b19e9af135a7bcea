"""The interactive view (plancompare.interactive): widgets drive the same chart and tables as the
static views; tested without a browser by changing the widgets' values."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import plancompare as pc  # noqa: E402
from plancompare.interactive import Explorer  # noqa: E402


def test_choosing_indicators_and_regions_redraws_chart_and_tables():
    ds = pc.load()
    ex = Explorer(ds, lang="en")
    assert ex.figure is not None and len(ex.figure.axes) >= 2 and len(ex.tables) == 2
    ex.indicators.value = ("registered_unemployment_rate",)  # the widgets call update()
    assert len(ex.tables) == 1 and "registered_unemployment_rate" in ex.tables
    ex.regions.value = ("hubei-14", "xuyong-14")
    html = ex.tables["registered_unemployment_rate"].to_html()
    assert "Hubei" in html and "Zhoushan" not in html
    labels = [t.get_text() for t in ex.figure.axes[0].get_yticklabels()]
    assert set(labels) <= {"Hubei", "Xuyong County"}


def test_nothing_chosen_says_what_to_do():
    ex = Explorer(pc.load(), lang="zh")
    ex.regions.value = ()
    assert ex.figure is None and ex.tables == {}
    assert ex.message.startswith("选择")
