"""Running the notebook suite headlessly with a real Jupyter kernel, and storing notebooks clean.

:func:`run_notebooks` executes the numbered notebooks of ``notebooks/`` with
papermill (parameters injected after the cell tagged ``parameters``) into an
output folder and renders an HTML copy of each with nbconvert. A failing cell
raises :class:`NotebookError` naming the notebook and carrying the cell's error.
Executed notebooks hold no absolute paths of the machine that ran them: path
parameters are passed relative to the notebook's folder (the kernel's working
directory) and papermill's record of the input and output files is made
relative to the project.

:func:`clean_notebook` is the form notebooks are stored in: no outputs, no
execution counts, the project's kernelspec, and only the metadata that is part
of the notebook rather than of one session (cell tags). :func:`clean_before_save`
applies it on every save in JupyterLab: ``make lab`` loads the project's Jupyter
configuration (``etc/jupyter/jupyter_server_config.py``), which installs it as the
contents manager's ``pre_save_hook``.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Any, Sequence

from plancompare import config
from plancompare.errors import PlanError

NOTEBOOK = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


class NotebookError(PlanError):
    """A notebook cell failed."""


#: The kernelspec every notebook is stored with: the environment's ``python3`` kernel.
KERNELSPEC = {"display_name": "Python 3 (plancompare)", "language": "python", "name": "python3"}
#: Cell metadata kept when a notebook is stored (the same as jupytext's ``cell_metadata_filter``).
CELL_METADATA = ("tags",)
#: Jupytext notebook metadata kept when a notebook is stored.
JUPYTEXT_METADATA = ("cell_metadata_filter",)


def clean_notebook(nb: dict) -> dict:
    """Put a notebook (a dict or ``NotebookNode``) in its stored form, in place, and return it.

    Code cells lose their outputs and execution counts; every cell keeps only the
    metadata in :data:`CELL_METADATA` (not JupyterLab's ``collapsed``/``scrolled``/
    ``jupyter`` view state, execution timings or papermill's records); the notebook
    keeps its jupytext settings (:data:`JUPYTEXT_METADATA`) and the project's
    :data:`KERNELSPEC`, not the ``language_info``, widget state or kernel display
    name of the session that saved it. Sources, cell ids and attachments are kept.
    Cleaning a clean notebook changes nothing.
    """
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        meta = cell.get("metadata") or {}
        cell["metadata"] = {k: meta[k] for k in CELL_METADATA if meta.get(k)}
    meta = nb.get("metadata") or {}
    jupytext = {k: v for k, v in (meta.get("jupytext") or {}).items() if k in JUPYTEXT_METADATA}
    nb["metadata"] = {**({"jupytext": jupytext} if jupytext else {}), "kernelspec": dict(KERNELSPEC)}
    return nb


def clean_before_save(model: dict, path: str = "", contents_manager: Any = None, **kwargs: Any) -> None:
    """Jupyter server ``pre_save_hook``: store every notebook saved from JupyterLab in its clean form.

    Outputs stay in the open notebook in the browser; the file written (and so
    what git sees) is :func:`clean_notebook`'s. Other files (the paired ``.py``
    scripts jupytext writes) are saved unchanged.
    """
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        clean_notebook(model["content"])


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN-what-it-answers.ipynb``), in order."""
    folder = Path(folder) if folder is not None else config.notebooks_dir()
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK.match(p.name))


@functools.cache
def kernel_manager_class() -> type:
    """The kernel manager :func:`run_notebook` starts kernels with (built on first use: jupyter_client is heavy).

    Two differences from jupyter_client's ``AsyncKernelManager``, both so that a
    run prints nothing a reader cannot act on:

    - **Encrypted transport.** ipykernel warns when its sockets are plain TCP;
      the kernel manager provisions CurveZMQ keys (``transport_encryption``
      ``"auto"``: when pyzmq supports Curve and the kernelspec declares it, as
      ipykernel's does), which is what the warning asks for.
    - **A plain shutdown request.** ``shutdown_kernel`` first interrupts the kernel
      (SIGINT to its process group) in case it is busy; our kernels are idle
      when the run ends, and a SIGINT that lands while ipykernel is handling a
      message is logged as ``KeyboardInterrupt caught in kernel``. Here an idle
      kernel is only asked to shut down; one that does not exit in time still
      gets SIGTERM, then SIGKILL (``finish_shutdown``).
    """
    import zmq
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class QuietKernelManager(AsyncKernelManager):
        @default("transport_encryption")
        def _transport_encryption_default(self) -> str:
            return "auto" if zmq.has("curve") else "disabled"

        async def shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
            if now or restart or not self.owns_kernel or not self.has_kernel:
                return await super().shutdown_kernel(now=now, restart=restart)
            self.shutting_down = True
            self.stop_restarter()
            await self.request_shutdown()
            await self.finish_shutdown()
            await self.cleanup_resources()

    return QuietKernelManager


def run_notebook(path: str | Path, out_dir: str | Path, parameters: dict | None = None,
                 html: bool = True, timeout: int = 600) -> Path:
    """Execute one notebook into ``out_dir`` (and its HTML copy); return the executed notebook's path.

    Parameters that are absolute paths are passed relative to the notebook's
    folder, where the kernel runs, so that the injected-parameters cell shows no
    machine-specific path; they point at the same files.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    path = Path(path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / path.name
    cwd = path.parent.resolve()
    params = {k: _relative_path(v, cwd) for k, v in (parameters or {}).items()}
    try:
        pm.execute_notebook(str(path), str(target), parameters=params, kernel_name="python3",
                            cwd=str(cwd), progress_bar=False, request_save_on_cell_execute=False,
                            execution_timeout=timeout, log_output=False,
                            kernel_manager_class=kernel_manager_class())
    except PapermillExecutionError as exc:
        _record_relative_paths(target, path)
        raise NotebookError(f"cell {exc.exec_count} failed: {exc.ename}: {exc.evalue}", file=path,
                            hint=f"the executed notebook with the error is {target}") from None
    _record_relative_paths(target, path)
    if html:
        to_html(target)
    return target


def _relative_path(value: Any, cwd: Path) -> Any:
    """An absolute path (str or Path) as a path relative to ``cwd``; anything else unchanged."""
    if isinstance(value, (str, Path)) and str(value) and os.path.isabs(value):
        try:
            return Path(os.path.relpath(value, cwd)).as_posix()
        except ValueError:  # another drive (Windows): no relative path exists
            return str(value)
    return value


def _display_path(path: Path) -> str:
    """``path`` relative to the project root when inside it, else its file name."""
    try:
        return path.resolve().relative_to(config.project_root().resolve()).as_posix()
    except ValueError:
        return path.name


def _record_relative_paths(executed: Path, source: Path) -> None:
    """Replace papermill's absolute ``input_path``/``output_path`` in an executed notebook's metadata."""
    import nbformat

    if not executed.exists():
        return
    nb = nbformat.read(executed, as_version=4)
    record = nb.metadata.get("papermill")
    if record is None:
        return
    record["input_path"] = _display_path(source)
    record["output_path"] = _display_path(executed)
    nbformat.write(nb, executed)


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
    from plancompare.pipeline import outputs

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
