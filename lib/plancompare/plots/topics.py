"""Charts of topics, keyness and similarity (tidy DataFrame in, Axes out)."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from plancompare.plots.theme import (
    _ax,
    _ensure_font,
    _unpack,
    check_lang,
    label_color,
    region_colors,
    region_label,
    tr,
)

# ---------------------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------------------

def _topic_data(data, table: str, labels: pd.DataFrame | None, func: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(table, labels) from a Dataset or from a DataFrame plus labels."""
    if hasattr(data, table):
        labels = data.topic_labels if labels is None else labels
        data = getattr(data, table)
    if labels is None:
        raise ValueError(f"{func} needs labels= (topic_labels.csv) or a Dataset")
    return data, labels


def _topic_names(labels: pd.DataFrame, lang: str) -> dict[str, str]:
    col = "label_zh" if lang == "zh" else "label_en"
    return {r.topic_id: f"{r.topic_id} {getattr(r, col)}" for r in labels.itertuples()}


def topic_palette(labels: pd.DataFrame) -> dict[str, tuple]:
    import seaborn as sns

    ids = list(labels["topic_id"])
    pal = sns.color_palette("tab20", len(ids)) if len(ids) > 10 else sns.color_palette("colorblind", 10)
    return {t: pal[i % len(pal)] for i, t in enumerate(ids)}


def topic_shares(data, *, labels: pd.DataFrame | None = None, plans: pd.DataFrame | None = None,
                 lang: str = "zh", ax=None):
    """Stacked bars: how much of each plan's running text is about each topic."""
    check_lang(lang)
    _ensure_font()
    if hasattr(data, "plan_topic_shares"):
        labels = data.topic_labels if labels is None else labels
    shares, plans = _unpack(data, "plan_topic_shares", plans)
    if labels is None:
        raise ValueError("topic_shares needs labels= (topic_labels.csv) or a Dataset")
    wide = shares.pivot(index="plan_id", columns="topic_id", values="share")
    order = [p for p in plans["plan_id"] if p in wide.index]
    wide = wide.loc[order, list(labels["topic_id"])]
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    ax = _ax(ax, (8.5, 0.55 * len(order) + 1.8))
    left = np.zeros(len(order))
    for t in wide.columns:
        vals = wide[t].to_numpy()
        ax.barh(range(len(order)), vals, left=left, color=colors[t], label=names[t], edgecolor="white", lw=0.5)
        for i, v in enumerate(vals):
            if v >= 0.06:
                ax.text(left[i] + v / 2, i, f"{v:.0%}", ha="center", va="center", fontsize=6.5,
                        color=label_color(colors[t]))  # WCAG contrast >= 4.5:1 on every bar
        left += vals
    ax.set_yticks(range(len(order)), [region_label(plans, p, lang) for p in order])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.set_xlabel(tr("share", lang))
    ax.set_title(tr("shares_title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
    ax.grid(axis="y", visible=False)
    return ax


def topic_terms(data, *, labels: pd.DataFrame | None = None, lang: str = "zh", n: int = 8):
    """Small multiples: the top terms of each topic with their weights. Returns the Figure."""
    import matplotlib.pyplot as plt

    check_lang(lang)
    _ensure_font()
    data, labels = _topic_data(data, "topic_terms", labels, "topic_terms")
    ids = list(labels["topic_id"])
    cols = 4 if len(ids) > 6 else 3
    rows = int(np.ceil(len(ids) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(2.9 * cols, 2.2 * rows), layout="constrained", squeeze=False)
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    for ax, t in zip(axes.flat, ids):
        d = data[(data["topic_id"] == t) & (data["rank"] <= n)].sort_values("rank")
        ax.barh(range(len(d)), d["weight"], color=colors[t])
        ax.set_yticks(range(len(d)), d["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(names[t], fontsize=8.5)
        ax.tick_params(axis="x", labelsize=6.5)
        ax.grid(axis="y", visible=False)
    for ax in list(axes.flat)[len(ids):]:
        ax.set_visible(False)
    fig.suptitle(tr("terms_title", lang))
    return fig


def keyness(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", top: int = 10):
    """Small multiples: each plan's most distinctive terms (G²). Returns the Figure."""
    import matplotlib.pyplot as plt

    check_lang(lang)
    _ensure_font()
    k, plans = _unpack(data, "plan_keyness", plans)
    order = [p for p in plans["plan_id"] if p in set(k["plan_id"])]
    colors = region_colors(plans)
    fig, axes = plt.subplots(1, len(order), figsize=(2.5 * len(order), 3.4), layout="constrained", squeeze=False)
    for ax, plan in zip(axes.flat, order):
        d = k[(k["plan_id"] == plan) & (k["rank"] <= top)].sort_values("rank")
        ax.barh(range(len(d)), d["score"], color=colors[plan])
        ax.set_yticks(range(len(d)), d["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(region_label(plans, plan, lang), fontsize=9)
        ax.set_xlabel(tr("g2", lang), fontsize=7.5)
        ax.tick_params(axis="x", labelsize=6.5)
        ax.grid(axis="y", visible=False)
    fig.suptitle(tr("keyness_title", lang))
    return fig


def similarity(data, *, plans: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """Heatmap of the plans' text similarity."""
    import seaborn as sns

    check_lang(lang)
    _ensure_font()
    s, plans = _unpack(data, "plan_similarity", plans)
    order = [p for p in plans["plan_id"] if p in set(s["plan_id_a"])]
    m = s.pivot(index="plan_id_a", columns="plan_id_b", values="similarity").loc[order, order]
    names = [region_label(plans, p, lang) for p in order]
    ax = _ax(ax, (5.2, 4.4))
    mask = np.eye(len(order), dtype=bool)
    sns.heatmap(m.to_numpy(), mask=mask, annot=True, fmt=".2f", cmap="Blues", vmin=0.3, vmax=0.7, square=True,
                xticklabels=names, yticklabels=names, cbar_kws={"shrink": 0.7}, ax=ax, annot_kws={"fontsize": 8})
    ax.grid(False)
    long_labels = max((len(t.get_text()) for t in ax.get_xticklabels()), default=0) > 6
    ax.tick_params(axis="x", rotation=30 if long_labels else 0)
    if long_labels:  # region names that would run into each other
        for t in ax.get_xticklabels():
            t.set_ha("right")
            t.set_rotation_mode("anchor")
    ax.tick_params(axis="y", rotation=0)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(tr("similarity_title", lang))
    return ax


def paragraph_map(data, *, labels: pd.DataFrame | None = None, lang: str = "zh", ax=None):
    """The topic compass of paragraphs (topic_map.csv): each topic a labelled point on a circle,
    each paragraph placed between its topics by their weights, coloured by its main topic."""
    import math

    from matplotlib.patches import Circle

    check_lang(lang)
    _ensure_font()
    data, labels = _topic_data(data, "topic_map", labels, "paragraph_map")
    names = _topic_names(labels, lang)
    colors = topic_palette(labels)
    ax = _ax(ax, (9.0, 6.0))
    ax.add_patch(Circle((0, 0), 1.0, fill=False, lw=0.6, color="0.8"))
    ids = list(labels["topic_id"])
    for i, t in enumerate(ids):
        d = data[data["topic_id"] == t]
        ax.scatter(d["x"], d["y"], s=14, color=colors[t], alpha=0.8, label=names[t], lw=0)
        angle = math.pi / 2 - 2 * math.pi * i / len(ids)
        cx, cy = math.cos(angle), math.sin(angle)
        ax.plot([cx], [cy], marker="o", ms=5, color=colors[t], mec="0.2", mew=0.6)
        ax.annotate(t, (cx, cy), xytext=(6 * cx, 6 * cy), textcoords="offset points", fontsize=7,
                    ha="left" if cx > 0.2 else "right" if cx < -0.2 else "center",
                    va="bottom" if cy > 0.2 else "top" if cy < -0.2 else "center")
    ax.set_aspect("equal")
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.2, 1.2)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(textwrap.fill(tr("map_x", lang), 30 if lang == "zh" else 60), fontsize=8, color="0.3")
    ax.set_title(tr("map_title", lang))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False, markerscale=1.5)
    return ax
