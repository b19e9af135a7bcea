"""Running the notebook suite headlessly with a real Jupyter kernel.

:func:`run_notebooks` executes the numbered notebooks of ``notebooks/`` with
papermill (parameters injected after the cell tagged ``parameters``) into an
output folder and renders an HTML copy of each with nbconvert. A failing cell
raises :class:`NotebookError` naming the notebook and carrying the cell's error.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from . import config
from .errors import PlanError

NOTEBOOK = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


class NotebookError(PlanError):
    """A notebook cell failed."""


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN-what-it-answers.ipynb``), in order."""
    folder = Path(folder) if folder is not None else config.notebooks_dir()
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK.match(p.name))


def run_notebook(path: str | Path, out_dir: str | Path, parameters: dict | None = None,
                 html: bool = True, timeout: int = 600) -> Path:
    """Execute one notebook into ``out_dir`` (and its HTML copy); return the executed notebook's path."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    path = Path(path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / path.name
    try:
        pm.execute_notebook(str(path), str(target), parameters=parameters or {}, kernel_name="python3",
                            cwd=str(path.parent), progress_bar=False, request_save_on_cell_execute=False,
                            execution_timeout=timeout, log_output=False)
    except PapermillExecutionError as exc:
        raise NotebookError(f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}", file=path,
                            hint=f"the executed notebook with the error is {target}") from None
    if html:
        to_html(target)
    return target


def to_html(notebook: str | Path) -> Path:
    """Render an executed notebook as HTML beside it (nbconvert escapes the outputs' text)."""
    import nbformat
    from nbconvert import HTMLExporter

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    out = notebook.with_suffix(".html")
    out.write_text(body, encoding="utf-8")
    return out


def run_notebooks(out_dir: str | Path | None = None, parameters: dict | None = None,
                  names: Sequence[str] | None = None, html: bool = True) -> list[Path]:
    """Execute every numbered notebook (or those named) into ``out_dir``; return the executed paths.

    ``parameters`` are passed to every notebook (papermill ignores none: each
    notebook's parameters cell defines the names it accepts).
    """
    from . import outputs

    out_dir = Path(out_dir) if out_dir is not None else config.reports_dir() / "notebooks"
    paths = notebook_paths()
    if names is not None:
        wanted = set(names)
        unknown = wanted - {p.name for p in paths} - {p.stem for p in paths}
        if unknown:
            raise PlanError(f"unknown notebook(s) {sorted(unknown)}",
                            hint="known: " + ", ".join(p.name for p in paths))
        paths = [p for p in paths if p.name in wanted or p.stem in wanted]
    targets = [n for p in paths for n in (p.name, p.with_suffix(".html").name if html else p.name)]
    out_dir = outputs.claim(out_dir, "notebooks", [config.raw_dir(), config.notebooks_dir()], targets)
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs.write_marker(out_dir, "notebooks")
    return [run_notebook(p, out_dir, parameters, html) for p in paths]
