"""Text that fits (#17): every standard figure, zh and en, drawn with Agg as exported — no text
outside the figure, no value labels on top of each other."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import matplotlib.transforms as mtransforms  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Annotation, Text  # noqa: E402

import plancompare as pc  # noqa: E402
from plancompare import plots  # noqa: E402
from plancompare.export.registry import FIGURES, render  # noqa: E402

INDICATOR_FIGURES = ["01-headline-indicators", "02-new-urban-jobs", "03-unemployment-rates", "04-social-security"]


@pytest.fixture(scope="module")
def figures():
    ds = pc.load()
    out, data = {}, {}
    with matplotlib.rc_context({"figure.max_open_warning": 0}):  # all 20 figures are kept open on purpose
        plots.set_theme()
        for lang in plots.LANGS:
            for name in FIGURES:
                result = render(ds, name, lang)
                fig = result.figure
                fig.canvas.draw()
                out[name, lang] = (fig, _drawn_texts(fig))
                data[name, lang] = result.data
    yield out, data
    plt.close("all")


def _offscale_ticklabels(fig) -> set[int]:
    """Tick labels of ticks outside the view limits: matplotlib keeps them but does not draw them."""
    hidden = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not mtransforms._interval_contains_close((lo, hi), axis.convert_units(tick.get_loc())):
                    hidden |= {id(tick.label1), id(tick.label2)}
    return hidden


def _drawn_texts(fig) -> list[Text]:
    hidden = _offscale_ticklabels(fig)
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip() and id(t) not in hidden
            and (t.axes is None or t.axes.get_visible())]


def _outside(fig, texts) -> list:
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text()[:40], t.get_window_extent(renderer)) for t in texts]
    return [(text, [round(v) for v in bb.extents]) for text, bb in boxes
            if not (fig.bbox.contains(*bb.p0) and fig.bbox.contains(*bb.p1))]


def test_the_check_sees_clipped_text_and_skips_undrawn_ticks():
    fig, ax = plt.subplots(figsize=(3, 2), layout="constrained")
    ax.set(xlim=(0, 0.95), ylim=(0, 0.95))  # the ticks at 1.0 are kept by matplotlib but not drawn
    fig.text(0.98, 0.5, "cut off")
    fig.canvas.draw()
    texts = _drawn_texts(fig)
    assert "1.0" not in [t.get_text() for t in texts]
    assert [text for text, _ in _outside(fig, texts)] == ["cut off"]


@pytest.mark.parametrize("lang", plots.LANGS)
@pytest.mark.parametrize("name", list(FIGURES))
def test_no_text_is_clipped(figures, name, lang):
    fig, texts = figures[0][name, lang]
    assert len(texts) > 5
    out = _outside(fig, texts)
    assert not out, f"text outside the figure {[round(v) for v in fig.bbox.extents]}: {out}"


@pytest.mark.parametrize("lang", plots.LANGS)
@pytest.mark.parametrize("name", INDICATOR_FIGURES)
def test_value_labels_do_not_overlap(figures, name, lang):
    fig, _ = figures[0][name, lang]
    renderer = fig.canvas.get_renderer()
    labels = [t for ax in fig.axes for t in ax.texts if t.get_visible() and t.get_text().strip()]
    assert labels
    boxes = [(t.get_text(), t.get_window_extent(renderer).shrunk(0.98, 0.98)) for t in labels]
    hits = [(a, b) for (a, ba), (b, bb) in itertools.combinations(boxes, 2) if ba.overlaps(bb)]
    assert not hits, hits


def _points(fig) -> list:
    """(axes, x, y) of every single value drawn as a marker (connecting lines have no marker)."""
    return [(ax, float(line.get_xdata()[0]), float(line.get_ydata()[0])) for ax in fig.axes for line in ax.lines
            if line.get_marker() not in (None, "None", "", " ") and len(line.get_xdata()) == 1]


def _value(ax, x, y) -> float:
    """The drawn value: x when the y axis holds named rows (regions), else y."""
    rows = any(ch.isalpha() for t in ax.get_yticklabels() for ch in t.get_text())
    return x if rows else y


@pytest.mark.parametrize("lang", plots.LANGS)
@pytest.mark.parametrize("name", INDICATOR_FIGURES)
def test_every_drawn_value_is_labelled_and_in_the_data(figures, name, lang):
    fig, _ = figures[0][name, lang]
    data = figures[1][name, lang]
    points = _points(fig)
    anchors = [(t.axes, *t.xy) for ax in fig.axes for t in ax.texts
               if isinstance(t, Annotation) and t.get_text().strip()]
    assert len(points) >= 8
    unlabelled = [(ax.get_title(loc="left"), x, y) for ax, x, y in points if (ax, x, y) not in anchors]
    assert not unlabelled, unlabelled
    values = data.select_dtypes("number").to_numpy(dtype=float).ravel()
    missing = [v for v in (_value(ax, x, y) for ax, x, y in points) if not np.isclose(values, v).any()]
    assert not missing, f"drawn but not in {name}.csv: {missing}"


@pytest.mark.parametrize("lang", plots.LANGS)
def test_coverage_matrix_cells_are_all_in_its_data(figures, lang):
    fig, _ = figures[0]["05-indicator-coverage", lang]
    cells = fig.axes[0].images[0].get_array().shape
    cov = figures[1]["05-indicator-coverage", lang].set_index("plan_id")
    assert cells == cov.T.shape
