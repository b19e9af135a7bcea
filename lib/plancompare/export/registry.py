"""The standard figures: for each, the chart, the data it shows and its note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

from plancompare import plots
from plancompare.errors import PlanError
from plancompare.export.notes import _headline_rows, _region_names, _used_rows, indicator_note, method_note
from plancompare.indicators.views import new_jobs_data


@dataclass
class FigureResult:
    """A rendered figure, the data it draws and its source note."""

    name: str
    figure: object
    data: pd.DataFrame
    note: str


@dataclass(frozen=True)
class Figure:
    """A standard figure: how it is drawn, the build tables it draws from and how their numbers
    were computed (a key of :data:`notes.METHODS`, or None for indicator values, whose note names
    the raw lines used). ``draw(ds, lang)`` returns (figure, data drawn, note or None); with None
    the note is built from ``inputs`` and ``method``."""

    draw: Callable
    inputs: tuple[str, ...]
    method: str | None = None


def _fig_headline(ds, lang):
    import matplotlib.pyplot as plt

    ids = ["surveyed_unemployment_rate", "registered_unemployment_rate", "pension_coverage_rate"]
    fig, axes = plt.subplots(2, 2, figsize=(12, 7.5), layout="constrained")
    # new jobs first, per year: five-year totals and annual figures never share an axis unconverted
    plots.new_jobs(ds, lang=lang, ax=axes.flat[0])
    for ax, ind in zip(list(axes.flat)[1:], ids):
        plots.dumbbell(ds, ind, lang=lang, ax=ax, legend=False)
    h, used = _headline_rows(ds, ids)
    ceiling = bool(h["target_comparator"].isin(["<", "<="]).any())  # ▽ in the legend only when drawn
    fig.legend(handles=plots.marker_handles(lang, ceiling), loc="outside upper right", ncol=4, fontsize=8,
               frameon=False)
    jobs = new_jobs_data(ds.indicators)
    used = pd.concat([used, _used_rows(ds.indicators, jobs)])
    data = pd.concat([h, jobs.assign(indicator_id="new_urban_jobs")], ignore_index=True)
    extra = "新增就业为年均值(五年累计÷5)" if lang == "zh" else "new jobs per year (five-year totals ÷ 5)"
    return fig, data, indicator_note(used, ds.plans, lang, extra)


def _fig_new_jobs(ds, lang):
    ax = plots.new_jobs(ds, lang=lang)
    d = new_jobs_data(ds.indicators)
    used = _used_rows(ds.indicators, d)
    extra = "五年累计数除以5得到年均值(方块)" if lang == "zh" else \
        "five-year totals ÷ 5 give the annual average (squares)"
    return ax.figure, d, indicator_note(used, ds.plans, lang, extra + _job_posts_note(used, ds.plans, lang))


def _job_posts_note(used: pd.DataFrame, plans: pd.DataFrame, lang: str) -> str:
    """Name the plans whose figure counts job posts (新增就业岗位) rather than people in new jobs."""
    posts = used[used["indicator_name"].str.contains("岗位")]
    if posts.empty:
        return ""
    names = _region_names(plans, lang)
    regions = list(dict.fromkeys(names[p] for p in posts["plan_id"]))
    if lang == "zh":
        return ";" + "、".join(regions) + "为“新增就业岗位”"
    return "; " + ", ".join(regions) + (" reports" if len(regions) == 1 else " report") + " new job posts"


def _fig_unemployment(ds, lang):
    ax = plots.unemployment(ds, lang=lang)
    h, used = _headline_rows(ds, ["registered_unemployment_rate", "surveyed_unemployment_rate"])
    extra = "登记失业率与调查失业率口径不同,分列显示" if lang == "zh" else \
        "registered and surveyed rates are different measures, shown apart"
    return ax.figure, h, indicator_note(used, ds.plans, lang, extra)


def _fig_social_security(ds, lang):
    fig = plots.social_security(ds, lang=lang)
    h, used = _headline_rows(ds, ["pension_coverage_rate", "ss_card_coverage_rate", "ss_card_holders"])
    return fig, h, indicator_note(used, ds.plans, lang)


def _fig_coverage(ds, lang):
    from plancompare.indicators.views import coverage

    ax = plots.coverage_matrix(ds, lang=lang)
    cov = coverage(ds.indicators, ds.plans).reset_index()
    note = ("数据:indicators.csv;约束性/预期性取自各规划本期目标的属性栏" if lang == "zh" else
            "Data: indicators.csv; binding/expected is the attribute of each plan's own target")
    return ax.figure, cov, note + "."


def _fig_topic_shares(ds, lang):
    ax = plots.topic_shares(ds, lang=lang)
    return ax.figure, ds.plan_topic_shares.merge(ds.topic_labels[["topic_id", "label_zh", "label_en"]]), None


#: how many terms per topic and per plan the standard figures show (the data beside them: the same)
TOP_TERMS, TOP_KEYNESS = 8, 10


def _fig_topic_terms(ds, lang):
    fig = plots.topic_terms(ds, lang=lang, n=TOP_TERMS)
    return fig, ds.topic_terms[ds.topic_terms["rank"] <= TOP_TERMS], None


def _fig_keyness(ds, lang):
    fig = plots.keyness(ds, lang=lang, top=TOP_KEYNESS)
    return fig, ds.plan_keyness[ds.plan_keyness["rank"] <= TOP_KEYNESS], None


def _fig_similarity(ds, lang):
    return plots.similarity(ds, lang=lang).figure, ds.plan_similarity, None


def _fig_map(ds, lang):
    return plots.paragraph_map(ds, lang=lang).figure, ds.topic_map, None


_IND = ("indicators.csv",)

#: stable figure names -> what is drawn, from which tables, computed how
FIGURES: dict[str, Figure] = {
    "01-headline-indicators": Figure(_fig_headline, _IND),
    "02-new-urban-jobs": Figure(_fig_new_jobs, _IND),
    "03-unemployment-rates": Figure(_fig_unemployment, _IND),
    "04-social-security": Figure(_fig_social_security, _IND),
    "05-indicator-coverage": Figure(_fig_coverage, _IND),
    "06-topic-shares": Figure(_fig_topic_shares, ("plan_topic_shares.csv",), "topic_model"),
    "07-topic-terms": Figure(_fig_topic_terms, ("topic_terms.csv",), "topic_model"),
    "08-plan-keyness": Figure(_fig_keyness, ("plan_keyness.csv",), "keyness"),
    "09-plan-similarity": Figure(_fig_similarity, ("plan_similarity.csv",), "similarity"),
    "10-paragraph-map": Figure(_fig_map, ("topic_map.csv",), "topic_model"),
}


def render(ds, name: str, lang: str = "zh") -> FigureResult:
    """Draw one standard figure (with its source note under it)."""
    if name not in FIGURES:
        raise PlanError(f"unknown figure '{name}'", hint="known figures: " + ", ".join(FIGURES))
    plots.check_lang(lang)
    spec = FIGURES[name]
    fig, data, note = spec.draw(ds, lang)
    if note is None:
        note = method_note(ds, lang, spec.inputs, spec.method)
    plots.add_source_note(fig, note)
    return FigureResult(name, fig, data, note)
