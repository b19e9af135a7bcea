"""An interactive view for JupyterLab: choose indicators and regions, see the chart and table update.

The exported figures stay static; this is for exploring. It is built from the same
library functions as the static views (:func:`plancompare.plots.dumbbell` and
:func:`plancompare.tables.headline_tables`), so what it shows is what they show.

    from plancompare.interactive import Explorer
    Explorer(ds, lang="en").widget      # in a notebook cell
"""

from __future__ import annotations

from typing import Sequence

__all__ = ["Explorer"]


class Explorer:
    """Widgets (indicators, regions) over a ``Dataset``, a chart of the first chosen indicator per
    row and one compact table per indicator. :meth:`update` redraws; the widgets call it."""

    def __init__(self, ds, lang: str = "zh", indicators: Sequence[str] | None = None) -> None:
        import ipywidgets as w

        from plancompare.indicators import headline_ids
        from plancompare.plots import check_lang, indicator_label, region_label

        check_lang(lang)
        self.ds, self.lang = ds, lang
        reported = set(ds.indicators["indicator_id"])
        choices = [i for i in headline_ids() if i in reported]
        self.indicators = w.SelectMultiple(
            options=[(indicator_label(i, lang), i) for i in choices],
            value=tuple(indicators or choices[:2]), description="指标" if lang == "zh" else "indicators", rows=7)
        self.regions = w.SelectMultiple(
            options=[(region_label(ds.plans, p, lang), p) for p in ds.plans["plan_id"]],
            value=tuple(ds.plans["plan_id"]), description="地区" if lang == "zh" else "regions", rows=5)
        self.output = w.Output()
        self.figure = None
        self.tables: dict = {}
        self.message = ""
        for control in (self.indicators, self.regions):
            control.observe(lambda change: self.update(), names="value")
        self.widget = w.VBox([w.HBox([self.indicators, self.regions]), self.output])
        self.update()

    def update(self) -> None:
        """Redraw the chart and the tables for the chosen indicators and regions."""
        import matplotlib.pyplot as plt
        from IPython.display import display

        from plancompare import plots
        from plancompare.tables import headline_tables

        ids, regions = list(self.indicators.value), list(self.regions.value)
        sub = self.ds.subset(regions) if regions else self.ds
        if self.figure is not None:
            plt.close(self.figure)
        self.figure, self.tables = None, {}
        self.output.clear_output(wait=True)
        with self.output:
            if not ids or not regions:
                self.message = "选择至少一个指标和一个地区" if self.lang == "zh" else \
                    "choose at least one indicator and region"
                print(self.message)
                return
            self.message = ""
            fig, axes = plt.subplots(len(ids), 1, figsize=(7.5, 2.2 + 1.6 * len(ids)), layout="constrained",
                                     squeeze=False)
            for ax, ind in zip(axes[:, 0], ids):
                plots.dumbbell(sub, ind, lang=self.lang, ax=ax, legend=ax is axes[0, 0])
            self.figure = fig
            display(fig)
            self.tables = headline_tables(sub, ids, lang=self.lang)
            for table in self.tables.values():
                display(table)
