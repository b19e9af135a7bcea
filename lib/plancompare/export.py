"""Export-ready figures and tables for reports.

:func:`export_figures` writes every standard figure under a stable name, in the
formats and languages asked for, byte-for-byte reproducibly (no dates in PDF or
SVG metadata, a fixed SVG hash salt), and beside each figure a CSV of exactly
the data drawn and a short source note (plans, table or sentence, raw line
numbers) that is also printed under the figure. :func:`export_tables` writes the
report tables as CSV (UTF-8 with BOM) and XLSX.

Output is written into a temporary folder and moved into place only when
complete, so an error leaves nothing half-written.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from . import config, outputs, plots
from .errors import BuildError, PlanError
from .spreadsheet import write_csv, write_xlsx

FORMATS = ("png", "svg", "pdf")
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass
class FigureResult:
    """A rendered figure, the data it draws and its source note."""

    name: str
    figure: object
    data: pd.DataFrame
    note: str


def _region_names(plans: pd.DataFrame, lang: str) -> dict[str, str]:
    return {r.plan_id: (r.region if lang == "zh" else r.region_en) for r in plans.itertuples()}


def indicator_note(rows: pd.DataFrame, plans: pd.DataFrame, lang: str, extra: str = "") -> str:
    """"Sources: 叙永县 table L49, L51; 舟山市 prose L102 …" for the indicator rows drawn."""
    names = _region_names(plans, lang)
    parts = []
    for plan in [p for p in plans["plan_id"] if p in set(rows["plan_id"])]:
        g = rows[rows["plan_id"] == plan]
        bits = []
        for source in ("table", "prose"):
            lines = sorted({int(x) for x in g.loc[g["source"] == source, "source_line"].dropna()})
            if lines:
                word = {"table": ("表", "table"), "prose": ("正文", "text")}[source][0 if lang == "zh" else 1]
                bits.append(f"{word} L" + ", L".join(map(str, lines)))
        parts.append(f"{names[plan]} {'; '.join(bits)}")
    head = "来源(原始文本行号)" if lang == "zh" else "Sources (raw line numbers)"
    tail = ("数据:indicators.csv" if lang == "zh" else "Data: indicators.csv") + (f"; {extra}" if extra else "")
    return f"{head}: " + " | ".join(parts) + f". {tail}."


def topic_note(ds, lang: str, table: str) -> str:
    n = len(ds.topics)
    k = len(ds.topic_labels)
    plans = len(ds.plans)
    if lang == "zh":
        return (f"数据:{table}(由 plancompare build 生成)。主题模型:{plans} 份规划的 {n} 个正文段落,"
                f"TF-IDF + NMF,{k} 个主题,按章节平滑;各段落的原始行号见 topics.csv。")
    return (f"Data: {table} (from plancompare build). Topic model on {n} running-text paragraphs of "
            f"{plans} plans, TF-IDF + NMF, {k} topics, smoothed within sections; each paragraph's raw "
            "line is in topics.csv.")


def _used_rows(ind: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """The indicator rows behind (plan_id, source_line) pairs."""
    keys = set(zip(pairs["plan_id"], pairs["source_line"].astype(int)))
    return ind[[(p, int(line)) in keys for p, line in zip(ind["plan_id"], ind["source_line"])]]


def _headline_rows(ds, ids: Sequence[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    from .indicators import headline

    h = headline(ds.indicators, ids)
    pairs = []
    for role in ("baseline", "target", "actual"):
        sub = h[h[f"{role}_line"].notna()]
        pairs += [(p, int(line)) for p, line in zip(sub["plan_id"], sub[f"{role}_line"])]
    ind = ds.indicators
    used = ind[[(p, int(line)) in set(pairs) and i in ids
                for p, line, i in zip(ind["plan_id"], ind["source_line"], ind["indicator_id"])]]
    return h, used


def _fig_headline(ds, lang):
    import matplotlib.pyplot as plt

    ids = ["surveyed_unemployment_rate", "registered_unemployment_rate", "pension_coverage_rate"]
    fig, axes = plt.subplots(2, 2, figsize=(12, 7.5), layout="constrained")
    # new jobs first, per year: five-year totals and annual figures never share an axis unconverted
    plots.new_jobs(ds, lang=lang, ax=axes.flat[0])
    for ax, ind in zip(list(axes.flat)[1:], ids):
        plots.dumbbell(ds, ind, lang=lang, ax=ax, legend=False)
    fig.legend(handles=plots.marker_handles(lang), loc="outside upper right", ncol=3, fontsize=8, frameon=False)
    h, used = _headline_rows(ds, ids)
    jobs = plots.new_jobs_data(ds.indicators)
    used = pd.concat([used, _used_rows(ds.indicators, jobs)])
    data = pd.concat([h, jobs.assign(indicator_id="new_urban_jobs")], ignore_index=True)
    extra = "新增就业为年均值(五年累计÷5)" if lang == "zh" else "new jobs per year (five-year totals ÷ 5)"
    return fig, data, indicator_note(used, ds.plans, lang, extra)


def _fig_new_jobs(ds, lang):
    ax = plots.new_jobs(ds, lang=lang)
    d = plots.new_jobs_data(ds.indicators)
    extra = ("五年累计数除以5得到年均值(阴影);青浦区为“新增就业岗位”(上海口径)"
             if lang == "zh" else "five-year totals ÷ 5 give the annual average (hatched); "
             "Qingpu reports new job posts (Shanghai's form)")
    return ax.figure, d, indicator_note(_used_rows(ds.indicators, d), ds.plans, lang, extra)


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
    from .indicators import coverage

    ax = plots.coverage_matrix(ds, lang=lang)
    cov = coverage(ds.indicators, ds.plans).reset_index()
    note = ("数据:indicators.csv;约束性/预期性取自各规划本期目标的属性栏" if lang == "zh" else
            "Data: indicators.csv; binding/expected is the attribute of each plan's own target")
    return ax.figure, cov, note + "."


def _fig_topic_shares(ds, lang):
    ax = plots.topic_shares(ds, lang=lang)
    return ax.figure, ds.plan_topic_shares.merge(ds.topic_labels[["topic_id", "label_zh", "label_en"]]), \
        topic_note(ds, lang, "plan_topic_shares.csv")


def _fig_topic_terms(ds, lang):
    fig = plots.topic_terms(ds, lang=lang)
    return fig, ds.topic_terms[ds.topic_terms["rank"] <= 8], topic_note(ds, lang, "topic_terms.csv")


def _fig_keyness(ds, lang):
    fig = plots.keyness(ds, lang=lang)
    return fig, ds.plan_keyness[ds.plan_keyness["rank"] <= 10], topic_note(ds, lang, "plan_keyness.csv")


def _fig_similarity(ds, lang):
    ax = plots.similarity(ds, lang=lang)
    return ax.figure, ds.plan_similarity, topic_note(ds, lang, "plan_similarity.csv")


def _fig_map(ds, lang):
    ax = plots.paragraph_map(ds, lang=lang)
    return ax.figure, ds.topic_map, topic_note(ds, lang, "topic_map.csv")


#: stable figure names -> builders
FIGURES: dict[str, Callable] = {
    "01-headline-indicators": _fig_headline,
    "02-new-urban-jobs": _fig_new_jobs,
    "03-unemployment-rates": _fig_unemployment,
    "04-social-security": _fig_social_security,
    "05-indicator-coverage": _fig_coverage,
    "06-topic-shares": _fig_topic_shares,
    "07-topic-terms": _fig_topic_terms,
    "08-plan-keyness": _fig_keyness,
    "09-plan-similarity": _fig_similarity,
    "10-paragraph-map": _fig_map,
}


def render(ds, name: str, lang: str = "zh") -> FigureResult:
    """Draw one standard figure (with its source note under it)."""
    if name not in FIGURES:
        raise PlanError(f"unknown figure '{name}'", hint="known figures: " + ", ".join(FIGURES))
    plots._check_lang(lang)
    fig, data, note = FIGURES[name](ds, lang)
    plots.add_source_note(fig, note)
    return FigureResult(name, fig, data, note)


def _parse_list(value: str | Sequence[str], allowed: Sequence[str], what: str) -> list[str]:
    items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad or not items:
        raise PlanError(f"unsupported {what} {', '.join(bad) or '(none)'}",
                        hint=f"use one or more of: {', '.join(allowed)}")
    return list(dict.fromkeys(items))


def _save(fig, path: Path, fmt: str, dpi: int) -> None:
    meta = {"png": {"Software": None}, "pdf": {"CreationDate": None, "ModDate": None, "Producer": None,
                                             "Creator": None},
            "svg": {"Date": None, "Creator": None}}[fmt]
    fig.savefig(path, format=fmt, dpi=dpi, metadata=meta, bbox_inches=None)  # constrained layout already fits


def export_figures(ds, out: str | Path, formats: str | Sequence[str] = ("png",), dpi: int = 300,
                   lang: str | Sequence[str] = ("zh", "en"), names: Sequence[str] | None = None) -> list[Path]:
    """Write the standard figures to ``out/<lang>/<name>.<format>`` with ``<name>.csv`` and ``<name>.txt``.

    Returns the written paths. Raises :class:`PlanError` for an unsupported
    format or language, an unknown figure, or an output folder that cannot be
    written; nothing is left half-written.
    """
    formats = _parse_list(formats, FORMATS, "format")
    langs = _parse_list(lang, plots.LANGS, "language")
    names = _parse_list(names, list(FIGURES), "figure") if names is not None else list(FIGURES)
    if not isinstance(dpi, int) or not 50 <= dpi <= 1200:
        raise PlanError(f"dpi must be a whole number from 50 to 1200, not {dpi!r}")
    out = outputs.claim(out, "figures", [config.raw_dir()])
    tmp = _staging(out)
    written: list[Path] = []
    try:
        for lg in langs:
            (tmp / lg).mkdir()
        tasks = [(lg, name) for lg in langs for name in names]
        if len(tasks) >= PARALLEL_MIN_FIGURES and (os.cpu_count() or 1) > 1:
            from .workers import ordered_map

            batches = _batches(tasks)
            list(ordered_map(_render_batch, [(ds, b, tmp, formats, dpi) for b in batches], len(batches)))
        else:
            _render_batch(ds, tasks, tmp, formats, dpi)
        written = _commit(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


#: below this many figures, worker processes (each loading matplotlib and the font) cost more
PARALLEL_MIN_FIGURES = 6


def _batches(tasks: list, n: int = 2) -> list[list]:
    """Split tasks into ``n`` interleaved batches (figures differ in cost)."""
    n = min(n, os.cpu_count() or 1)
    return [tasks[i::n] for i in range(n) if tasks[i::n]]


def _render_batch(ds, tasks, folder: Path, formats, dpi) -> None:
    """Render and save figures: in the calling process or in a worker. The output does not depend
    on which process draws it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context():
        plots.set_theme()
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
            for lg, name in tasks:
                res = render(ds, name, lg)
                for fmt in formats:
                    _save(res.figure, folder / lg / f"{name}.{fmt}", fmt, dpi)
                write_csv(res.data, folder / lg / f"{name}.csv")
                (folder / lg / f"{name}.txt").write_text(res.note + "\n", encoding="utf-8")
                plt.close(res.figure)


def _staging(out: Path) -> Path:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=out, delete=True)
        probe.close()
        return Path(tempfile.mkdtemp(prefix=".export-", dir=out))
    except OSError as exc:
        raise BuildError(f"cannot write the output folder: {exc.strerror}", file=out,
                         hint="choose another --out folder") from None


def _commit(tmp: Path, out: Path) -> list[Path]:
    """Move the staged files into ``out``, after checking that none overwrites a file plancompare
    did not write; then mark the folder as written by plancompare."""
    staged = sorted(p for p in tmp.rglob("*") if p.is_file())
    outputs.claim(out, "figures", [config.raw_dir()], [str(p.relative_to(tmp)) for p in staged])
    written = []
    for src in staged:
        dst = out / src.relative_to(tmp)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
        written.append(dst)
    outputs.write_marker(out, "figures")
    return written


def report_tables(ds, lang: str = "zh") -> dict[str, pd.DataFrame]:
    """The tables a report uses: headline comparison, indicator coverage, topic labels."""
    from .indicators import HEADLINE, coverage, headline

    plots._check_lang(lang)
    names = _region_names(ds.plans, lang)
    h = headline(ds.indicators, HEADLINE)
    h.insert(1, "region_name", h["plan_id"].map(names))
    h.insert(3, "indicator", [plots.indicator_label(i, lang) for i in h["indicator_id"]])
    cov = coverage(ds.indicators, ds.plans)
    cov.index = [names[p] for p in cov.index]
    cov.columns = [plots.indicator_label(i, lang) for i in cov.columns]
    return {"headline-indicators": h, "indicator-coverage": cov.reset_index(names="region"),
            "topic-labels": ds.topic_labels}


def export_tables(ds, out: str | Path, lang: str | Sequence[str] = ("zh", "en")) -> list[Path]:
    """Write the report tables as CSV (UTF-8 with BOM) and XLSX into ``out/<lang>/tables/``."""
    langs = _parse_list(lang, plots.LANGS, "language")
    out = outputs.claim(out, "figures", [config.raw_dir()])
    tmp = _staging(out)
    try:
        for lg in langs:
            folder = tmp / lg / "tables"
            folder.mkdir(parents=True)
            tables = report_tables(ds, lg)
            for name, df in tables.items():
                write_csv(df, folder / f"{name}.csv")
            write_xlsx(tables, folder / "report-tables.xlsx")
            _fix_xlsx_dates(folder / "report-tables.xlsx")
        return _commit(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fix_xlsx_dates(path: Path) -> None:
    """Make the workbook a function of its content: fixed document dates (openpyxl stamps the time
    of saving) and fixed dates on the zip entries, so that exports are byte-identical."""
    import re as _re
    import zipfile

    fixed = "2000-01-01T00:00:00Z"
    with zipfile.ZipFile(path) as zf:
        entries = [(info, zf.read(info.filename)) for info in zf.infolist()]
    tmp = path.with_name(f".{path.name}.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + fixed.encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            zf.writestr(entry, data)
    os.replace(tmp, path)
