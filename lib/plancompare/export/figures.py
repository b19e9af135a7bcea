"""Writing the standard figures (PNG, SVG, PDF) with their data and notes."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Sequence

from plancompare import config, plots
from plancompare.errors import BuildError, PlanError
from plancompare.export.registry import FIGURES, render
from plancompare.pipeline import outputs
from plancompare.pipeline.spreadsheet import write_csv

FORMATS = ("png", "svg", "pdf")
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


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
    if fmt != "pdf":
        fig.savefig(path, format=fmt, dpi=dpi, metadata=meta, bbox_inches=None)  # constrained layout already fits
        return
    from plancompare.export.pdf_font import truetype_text

    with truetype_text(fig, plots.cjk_font_path(), plots.cjk_font()):  # the embedded font is really TrueType
        fig.savefig(path, format=fmt, dpi=dpi, metadata=meta, bbox_inches=None)


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
            from plancompare.pipeline.workers import ordered_map

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
