"""Plot functions (plancompare.plots) on the real dataset."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import plancompare as pc  # noqa: E402
from plancompare import plots  # noqa: E402
from plancompare.indicators import new_jobs_data  # noqa: E402


@pytest.fixture(scope="module")
def ds():
    return pc.load()


@pytest.fixture(autouse=True)
def no_missing_glyphs():
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        yield
    plt.close("all")


def _texts(ax):
    return [t.get_text() for t in ax.get_yticklabels()] + [t.get_text() for t in ax.get_xticklabels()]


def test_dumbbell_shows_reporting_regions_with_their_values(ds):
    ax = plots.dumbbell(ds, "pension_coverage_rate", lang="zh")
    assert _texts(ax)[:3] == ["舟山市", "叙永县", "湖北省"]
    labels = " ".join(t.get_text() for t in ax.texts)
    # 叙永县 table 专栏2 line 57: 90.2 -> 95.0; 湖北省 line 320/324: 90.67 -> 95
    assert "90.2" in labels and "95" in labels and "90.7" in labels
    assert ax.get_title(loc="left") == "基本养老保险参保率"
    ax_en = plots.dumbbell(ds, "pension_coverage_rate", lang="en")
    assert [t.get_text() for t in ax_en.get_yticklabels()][:2] == ["Zhoushan", "Xuyong County"]
    assert ax_en.get_title(loc="left") == "Basic pension insurance coverage rate"


def test_dumbbell_draws_on_a_given_axes(ds):
    fig, ax = plt.subplots()
    assert plots.dumbbell(ds, "ss_card_holders", ax=ax) is ax


def test_new_jobs_are_per_year_with_totals_divided(ds):
    d = new_jobs_data(ds.indicators)
    x = d[(d["plan_id"] == "xuyong-14") & (d["period"] == "period_plan")].iloc[0]
    assert x["basis"] == "five_year_total" and x["annual_value"] == pytest.approx(18500 / 5)  # [1.85]万, line 49
    q = d[(d["plan_id"] == "qingpu-14") & (d["period"] == "period_plan")].iloc[0]
    assert q["basis"] == "annual" and q["annual_value"] == 18000  # 年均新增就业岗位, line 48
    ax = plots.new_jobs(ds, lang="en")
    assert ax.get_xscale() == "log" and "per year" in ax.get_xlabel()
    assert not ax.patches  # points on a log axis, never bars
    markers = {(h.get_marker(), h.get_markerfacecolor() == "white") for h in ax.get_legend().legend_handles}
    assert len(markers) == len(ax.get_legend().legend_handles) == 4  # target/annual etc. each distinct


def test_new_jobs_numbers_have_one_format_in_both_languages(ds):
    zh = " ".join(t.get_text() for t in plots.new_jobs(ds, lang="zh").texts)
    en = " ".join(t.get_text() for t in plots.new_jobs(ds, lang="en").texts)
    assert "1.14万 (2015)" in zh and "11.4 k (2015)" in en  # 舟山 57160 ÷ 5, line 12
    assert "88.4万" in zh and "884 k" in en and "70.0万" in zh and "700 k" in en


def _drawn(ax):
    return [(line.get_xdata()[0], line.get_ydata()[0], line.get_marker()) for line in ax.lines]


def test_unemployment_draws_rates_as_points_with_comparator_and_year(ds):
    ax = plots.unemployment(ds, lang="en")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["registered", "surveyed"]
    assert not ax.patches  # ceilings are never bars from zero
    points = _drawn(ax)
    assert {(round(y, 2), m) for _, y, m in points} >= {(4.2, "v"), (4.5, "v"), (5.5, "o"), (4.0, "D")}
    labels = [t.get_text() for t in ax.texts]
    assert "≤4.2\n(2020)" in labels and "<4.5\n(2025)" in labels  # 舟山 L102 (13th plan), 叙永 L51
    assert "≤4\n(2015)" in labels  # 舟山's registered rate, line 12, is drawn
    assert not any("—" in t for t in labels)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Zhoushan (13th FYP, targets for 2020)" in legend and "Hubei (14th FYP, targets for 2025)" in legend
    assert "舟山市(十三五,目标2020年)" in [t.get_text() for t in plots.unemployment(ds).get_legend().get_texts()]


def test_topic_share_labels_contrast_with_their_bar(ds):
    ax = plots.topic_shares(ds, lang="en")
    labels = [t for t in ax.texts if t.get_text().endswith("%")]
    assert labels
    for t in labels:
        x, y = t.get_position()
        bar = next(p for p in ax.patches if p.contains_point(ax.transData.transform((x, y))))
        assert plots.contrast_ratio(t.get_color(), bar.get_facecolor()) >= 4.5, t.get_text()


def test_label_colour_is_the_more_contrasting_of_black_and_white():
    assert plots.label_color("#ece133") == "black" and plots.label_color("#0173b2") == "white"
    assert plots.contrast_ratio("black", "white") == pytest.approx(21)
    for grey in (i / 20 for i in range(21)):
        assert plots.contrast_ratio(plots.label_color(str(grey)), str(grey)) >= 4.5


def test_coverage_matrix_and_topic_figures(ds):
    ax = plots.coverage_matrix(ds, lang="zh")
    assert [t.get_text() for t in ax.get_xticklabels()] == list(ds.plans["region"])
    assert plots.topic_shares(ds, lang="en").get_xlim() == (0, 1)
    fig = plots.topic_terms(ds, lang="zh")
    assert len([a for a in fig.axes if a.get_visible()]) == len(ds.topic_labels)
    assert len(plots.keyness(ds, lang="en").axes) == 5
    plots.similarity(ds, lang="zh")
    plots.paragraph_map(ds, lang="en")


def test_one_colour_per_region_everywhere(ds):
    colors = plots.region_colors(ds.plans)
    assert len(set(colors.values())) == len(ds.plans)
    ax = plots.topic_shares(ds)  # region colours are not reused for topics, but regions keep theirs
    del ax


@pytest.mark.parametrize("call,message", [
    (lambda ds: plots.dumbbell(ds, "no_such_indicator"), "unknown indicator id"),
    (lambda ds: plots.dumbbell(ds, "hr_info_sharing"), "no region reports"),
    (lambda ds: plots.dumbbell(ds, "new_urban_jobs", regions=["atlantis"]), "unknown plan_id"),
    (lambda ds: plots.new_jobs(ds, lang="fr"), "unsupported language 'fr'"),
    (lambda ds: plots.coverage_matrix(ds, indicators=["nope"]), "unknown indicator"),
])
def test_bad_arguments_name_the_value_and_the_allowed_ones(ds, call, message):
    with pytest.raises((ValueError, KeyError), match=message):
        call(ds)


def test_importing_plots_changes_no_global_state():
    import subprocess
    import sys

    code = ("import matplotlib as mpl; before = dict(mpl.rcParams); import plancompare.plots; "
            "print(dict(mpl.rcParams) == before)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


def test_dumbbell_draws_ceilings_as_triangles_with_comparator_and_year(ds):
    ax = plots.dumbbell(ds, "surveyed_unemployment_rate", lang="en")
    points = {(round(x, 2), m) for x, _, m in _drawn(ax)}
    assert {(4.2, "v"), (6.0, "v"), (6.0, "o"), (5.5, "o")} <= points  # 舟山 ≤4.2 L102, 叙永 <6 L50, 湖北 6 L290
    labels = [t.get_text() for t in ax.texts]
    assert "≤4.2\n(2020)" in labels and "<6\n(2025)" in labels and "6\n(2025)" in labels
    assert "target is a ceiling (<, ≤)" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_dumbbell_labels_actuals_and_keeps_them_off_the_target(ds):
    ax = plots.dumbbell(ds, "pension_coverage_rate", lang="en")
    labels = [t.get_text() for t in ax.texts]
    assert "≥90\n(2015)" in labels  # 舟山 actual, line 26, same value as its 2020 target (line 104)
    drawn = _drawn(ax)
    target = next((x, y) for x, y, m in drawn if m == "o" and y == 0)
    actual = next((x, y) for x, y, m in drawn if m == "D")
    assert actual[0] == target[0] == 90 and actual[1] > target[1]  # moved below the row, not hidden


def test_social_security_labels_actuals_and_shows_holder_changes_on_linear_axes(ds):
    fig = plots.social_security(ds, lang="en")
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "98.5\n(2020)" in labels and "82\n(2020)" in labels  # 湖北 L206, 叙永 L27
    holders = fig.axes[2:]
    assert len(holders) == 3 and all(ax.get_xscale() == "linear" for ax in holders)
    for ax in holders:  # baseline and target at least a third of the panel apart
        (x0, x1), (lo, hi) = sorted(x for x, _, _ in _drawn(ax)), ax.get_xlim()
        assert (x1 - x0) / (hi - lo) > 0.33
    assert "61.4 M (2025)" in [t.get_text() for t in holders[1].texts]  # 湖北 L430
