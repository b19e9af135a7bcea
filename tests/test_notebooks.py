"""The notebook suite (plancompare.notebooks): stored clean, paired, only glue, executed by a real kernel."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import jupytext
import nbformat
import pytest

import plancompare as pc
from plancompare.notebooks import (KERNELSPEC, clean_before_save, clean_notebook, kernel_manager_class,
                                   notebook_paths, run_notebook)

from .conftest import ROOT

NB_DIR = ROOT / "notebooks"
JUPYTER_CONFIG = ROOT / "etc" / "jupyter"  # what `make lab` puts on JUPYTER_CONFIG_PATH
EXPECTED = ["01-plans-overview.ipynb", "02-indicator-comparison.ipynb", "03-topic-clusters.ipynb",
            "04-report-figures.ipynb", "05-add-your-own-plan.ipynb"]


def test_the_suite_is_there_numbered():
    assert [p.name for p in notebook_paths()] == EXPECTED


@pytest.mark.parametrize("name", EXPECTED)
def test_stored_without_outputs_and_paired_with_a_script(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "strip outputs"
    script = jupytext.read(NB_DIR / name.replace(".ipynb", ".py"))
    assert [c.source for c in script.cells] == [c.source for c in nb.cells], \
        "notebook and its .py pair differ: run `jupytext --sync notebooks/*.ipynb`"


@pytest.mark.parametrize("name", EXPECTED)
def test_stored_in_the_form_a_save_writes(name):
    """The committed files are what saving writes: the cleaned notebook, and the script jupytext writes from it."""
    from jupytext.config import load_jupytext_config

    text = (NB_DIR / name).read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    assert nbformat.writes(clean_notebook(nbformat.reads(text, as_version=4))) + "\n" == text
    assert nb.metadata.kernelspec == KERNELSPEC
    script = jupytext.writes(nb, fmt="py:percent", config=load_jupytext_config(str(NB_DIR / name)))
    assert script == (NB_DIR / name.replace(".ipynb", ".py")).read_text(encoding="utf-8"), \
        "the .py is not what jupytext writes (a YAML header?): run `jupytext --sync notebooks/*.ipynb`"


def test_clean_notebook_strips_a_session_and_leaves_other_files_alone():
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.9"}, "widgets": {"state": {}},
        "jupytext": {"cell_metadata_filter": "tags,-all", "notebook_metadata_filter": "-all"}})
    nb.cells = [nbformat.v4.new_code_cell("1 + 1", execution_count=3, metadata={
        "tags": ["parameters"], "scrolled": True, "jupyter": {"outputs_hidden": True},
        "execution": {"iopub.status.busy": "2026-01-01T00:00:00Z"}},
        outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=3)]),
        nbformat.v4.new_markdown_cell("# x", metadata={"collapsed": False})]
    model = {"type": "notebook", "content": json.loads(nbformat.writes(nb))}
    clean_before_save(model=model, path="x.ipynb", contents_manager=None)
    cleaned = model["content"]
    assert cleaned["metadata"] == {"jupytext": {"cell_metadata_filter": "tags,-all"}, "kernelspec": KERNELSPEC}
    assert cleaned["cells"][0]["outputs"] == [] and cleaned["cells"][0]["execution_count"] is None
    assert [c["metadata"] for c in cleaned["cells"]] == [{"tags": ["parameters"]}, {}]
    assert ["".join(c["source"]) for c in cleaned["cells"]] == ["1 + 1", "# x"]
    assert clean_notebook(json.loads(json.dumps(cleaned))) == cleaned
    text = {"type": "file", "format": "text", "content": "# %%\n1 + 1\n"}
    clean_before_save(model=text, path="x.py", contents_manager=None)
    assert text == {"type": "file", "format": "text", "content": "# %%\n1 + 1\n"}


@pytest.mark.parametrize("name", EXPECTED)
def test_parameters_cell_and_only_glue(name):
    nb = nbformat.read(NB_DIR / name, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and code.index(params[0]) == 0
    names = {t.id for node in ast.parse(params[0].source).body if isinstance(node, ast.Assign) for t in node.targets}
    assert {"regions", "lang", "output_dir", "random_state"} <= names
    for cell in code:
        tree = ast.parse(cell.source)
        defs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda))]
        assert not defs, "notebooks call the library; logic belongs in lib/plancompare"
        assert len(cell.source.splitlines()) <= 14
    headings = [c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("#")]
    assert headings and all("·" in h.splitlines()[0] for h in headings), "headings in Chinese and English"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Every notebook executed by a real kernel through `plancompare notebooks`, in English (a non-default
    parameter); the command's output is kept for the tests of what a user sees."""
    out = tmp_path_factory.mktemp("nb")
    res = subprocess.run([sys.executable, "-m", "plancompare", "notebooks", "--out", str(out), "--lang", "en"],
                         capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr
    paths = [out / name for name in EXPECTED if (out / name).exists()]
    return out, paths, res


def _outputs(nb) -> str:
    text = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            text.append(o.get("text", ""))
            text.append(o.get("data", {}).get("text/plain", ""))
            text.append(o.get("data", {}).get("text/html", ""))
    return "\n".join(text)


def test_every_notebook_runs_and_renders_html(executed):
    out, paths, _ = executed
    assert [p.name for p in paths] == EXPECTED
    for p in paths:
        nb = nbformat.read(p, as_version=4)
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        html = p.with_suffix(".html").read_text(encoding="utf-8")
        assert "<html" in html and "<script>alert" not in html


def test_key_outputs_match_the_library(executed):
    out, paths, _ = executed
    ds = pc.load()
    # 01: the plans table lists every plan; the coverage chart was written in English
    text = _outputs(nbformat.read(out / EXPECTED[0], as_version=4))
    for region_en in ds.plans["region_en"]:
        assert region_en in text
    assert (out / "output" / "01-coverage-en.png").stat().st_size > 10_000
    # 02: the headline tables show the library's values, e.g. 叙永县's 2025 target 18500 (line 49),
    # formatted (no 18500.0, no NaN) in one compact table per indicator
    text = _outputs(nbformat.read(out / EXPECTED[1], as_version=4))
    assert "18,500 (2025)" in text and "Xuyong County" in text and "49 · 49 · 11" in text
    assert "18500.0" not in text and ">nan<" not in text.lower()
    assert (out / "output" / "02-new-jobs-en.png").exists()
    # 03: the evaluation table is the library's
    from plancompare.topics.evaluation import evaluate_pipelines

    text = _outputs(nbformat.read(out / EXPECTED[2], as_version=4))
    ev = evaluate_pipelines(ds.paragraphs, ds.sections)
    tuned = ev.query("plan_id == 'all' and uses_sections and k_by_coherence")["gold_nmi"].iloc[0]
    assert f"{tuned:.4f}".rstrip("0") in text
    # 04: figures and tables for the report
    assert (out / "output" / "en" / "01-headline-indicators.png").exists()
    assert (out / "output" / "en" / "tables" / "report-tables.xlsx").exists()
    # 05: the sixth plan appears in the comparisons
    text = _outputs(nbformat.read(out / EXPECTED[4], as_version=4))
    assert "sample-14" in text and "Sample County" in text
    assert (out / "output" / "05-topic-shares-en.png").exists()


def test_a_run_prints_only_its_summary(executed):
    """No kernel warnings a reader cannot act on: plain-TCP transport, a KeyboardInterrupt at shutdown."""
    _, _, res = executed
    assert "without encryption" not in res.stderr and "KeyboardInterrupt" not in res.stderr
    assert "[IPKernelApp]" not in res.stderr, res.stderr  # nothing else logged by the kernels either
    assert re.fullmatch(r"executed 5 notebooks in [0-9.]+ s -> .+ \(HTML copies beside them\)\n", res.stdout)


def test_executed_notebooks_and_html_hold_no_machine_paths(executed):
    from plancompare.notebooks import _relative_path

    # `make run` writes into reports/notebooks/: the notebooks get a project-relative output_dir
    assert _relative_path(str(ROOT / "reports" / "notebooks" / "output"), NB_DIR) == "../reports/notebooks/output"
    out, paths, _ = executed
    private = [str(ROOT), str(ROOT.resolve())]
    if len(str(Path.home())) > 1:
        private.append(str(Path.home()))
    for p in paths:
        for f in (p, p.with_suffix(".html")):
            text = f.read_text(encoding="utf-8")
            assert not [s for s in private if s in text], f"{f.name} shows a path of this machine"
        nb = nbformat.read(p, as_version=4)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert 'output_dir = "../' in injected[0].source  # relative to the notebook, where the kernel runs
        assert nb.metadata.papermill.input_path == f"notebooks/{p.name}"


def test_kernels_are_encrypted_and_shut_down_without_an_interrupt():
    """The kernel manager of `plancompare notebooks` provisions CurveZMQ keys and stops an idle kernel
    with a shutdown request alone (no SIGINT, which ipykernel may log as a KeyboardInterrupt)."""
    import zmq

    async def run():
        km = kernel_manager_class()(kernel_name="python3")
        await km.start_kernel()
        sent = []
        send_signal = km.provisioner.send_signal

        async def record(signum):
            sent.append(signum)
            await send_signal(signum)

        km.provisioner.send_signal = record
        kc = km.client()
        kc.start_channels()
        await kc.wait_for_ready(timeout=60)
        reply = await kc.execute("6 * 7", reply=True, timeout=60)
        kc.stop_channels()
        encrypted = km.curve_publickey is not None
        await km.shutdown_kernel()
        return reply["content"]["status"], sent, encrypted, await km.is_alive()

    status, sent, encrypted, alive = asyncio.run(run())
    assert status == "ok" and not alive
    assert signal.SIGINT not in sent
    assert encrypted == zmq.has("curve")


def test_parameters_change_regions_without_editing_cells(tmp_path):
    out = tmp_path / "run"
    p = run_notebook(NB_DIR / EXPECTED[1], out, parameters={
        "regions": ["hubei-14", "xuyong-14"], "lang": "en", "output_dir": str(out / "o")}, html=False)
    text = _outputs(nbformat.read(p, as_version=4))
    assert "hubei-14" in text and "yingkou-14" not in text.split("Quality checks")[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _jupyter(root_dir: Path, log: Path, app: str = "lab"):
    """A real Jupyter server (`jupyter lab` as `make lab` starts it, with the project's configuration) on
    loopback, a random port and a token; yields (call, port, token), call(method, path, body) -> JSON."""
    port, token = _free_port(), uuid.uuid4().hex
    env = {**os.environ, "JUPYTER_CONFIG_PATH": os.pathsep.join(
        [str(JUPYTER_CONFIG)] + ([os.environ["JUPYTER_CONFIG_PATH"]] if os.environ.get("JUPYTER_CONFIG_PATH") else []))}
    with open(log, "w", encoding="utf-8") as err:
        server = subprocess.Popen(
            [sys.executable, "-m", "jupyter", app, "--no-browser", f"--port={port}", "--ip=127.0.0.1",
             f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root_dir}"]
            + (["--allow-root"] if os.geteuid() == 0 else []),
            stdout=subprocess.DEVNULL, stderr=err, env=env)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}

    def call(method, path, body=None):
        req = urllib.request.Request(base + path, method=method, headers=headers,
                                     data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read() or b"null")

    try:
        for _ in range(240):  # bounded wait for the server to come up
            try:
                call("GET", "/api/status")
                break
            except OSError:
                time.sleep(0.25)
        yield call, port, token
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_make_lab_loads_the_project_jupyter_config():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^lab:.*\n((?:\t.*\n)+)", makefile, flags=re.M).group(1)
    assert 'JUPYTER_CONFIG_PATH="$(CURDIR)/etc/jupyter' in recipe and "jupyter lab" in recipe
    config = (JUPYTER_CONFIG / "jupyter_server_config.py").read_text(encoding="utf-8")
    assert '"plancompare.notebooks.clean_before_save"' in config


def test_jupyter_server_lists_notebooks_and_a_kernel_runs_a_cell(tmp_path):
    import websocket

    with _jupyter(NB_DIR, tmp_path / "server.log") as (call, port, token):
        listed = {c["name"] for c in call("GET", "/api/contents/")["content"]}
        assert set(EXPECTED) <= listed
        kernel = call("POST", "/api/kernels", {"name": "python3"})
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels?token={token}", timeout=60)
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test", "session": msg_id,
                       "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": "import plancompare as pc; print(len(pc.load().plans))", "silent": False,
                        "store_history": False, "user_expressions": {}, "allow_stdin": False}}))
        result = None
        deadline = time.time() + 60
        while time.time() < deadline and result is None:
            m = json.loads(ws.recv())
            if m.get("parent_header", {}).get("msg_id") == msg_id and m["msg_type"] == "stream":
                result = m["content"]["text"].strip()
        ws.close()
        call("DELETE", f"/api/kernels/{kernel['id']}")
        assert result == "5"
    # the project's config encrypts the kernel's transport: ipykernel does not warn about plain TCP
    assert "without encryption" not in (tmp_path / "server.log").read_text(encoding="utf-8")


def _as_saved_from_a_session(model_nb: dict, executed_nb, kernelspec: dict) -> dict:
    """The notebook JupyterLab would send after running every cell: the kernel's outputs and execution
    counts, its language_info and kernelspec, execution timings and view state in the cells' metadata."""
    nb = json.loads(json.dumps(model_nb))
    ran = {c.id: c for c in executed_nb.cells}
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            cell["metadata"]["jupyter"] = {"source_hidden": False}
            continue
        done = ran[cell["id"]]
        cell["outputs"] = json.loads(json.dumps(done.outputs))
        cell["execution_count"] = done.execution_count
        cell["metadata"] = {**json.loads(json.dumps(done.metadata)), **cell["metadata"],
                            "scrolled": True, "jupyter": {"outputs_hidden": False}}
    nb["metadata"]["kernelspec"] = kernelspec
    nb["metadata"]["language_info"] = json.loads(json.dumps(executed_nb.metadata.language_info))
    return nb


def test_saving_in_jupyterlab_leaves_the_committed_files_unchanged(executed, tmp_path):
    """Open, run and save every notebook through the server's contents API (as JupyterLab does), in a copy
    of notebooks/ served with the project's configuration: the .ipynb and .py written are byte for byte the
    committed ones, so `git status` stays clean and the tests above still pass."""
    out, _, _ = executed
    work = tmp_path / "notebooks"
    shutil.copytree(NB_DIR, work)
    before = {p.name for p in work.iterdir()}
    with _jupyter(work, tmp_path / "server.log") as (call, _port, _token):
        spec = call("GET", "/api/kernelspecs")["kernelspecs"]["python3"]["spec"]
        kernelspec = {"display_name": spec["display_name"], "language": spec["language"], "name": "python3"}
        for name in EXPECTED:
            model = call("GET", f"/api/contents/{name}?type=notebook&content=1")
            nb = _as_saved_from_a_session(model["content"], nbformat.read(out / name, as_version=4), kernelspec)
            assert sum(len(c.get("outputs", [])) for c in nb["cells"]) >= 2  # real outputs go in
            saved = call("PUT", f"/api/contents/{name}", {"type": "notebook", "format": "json", "content": nb})
            assert saved["name"] == name
    for name in EXPECTED:
        for f in (name, name.replace(".ipynb", ".py")):
            assert (work / f).read_bytes() == (NB_DIR / f).read_bytes(), f"saving changed {f}"
    assert {p.name for p in work.iterdir()} - before <= {".ipynb_checkpoints"}  # ignored by .gitignore


#: the most columns a table in an executed notebook may have (wider content is split or reshaped)
MAX_COLUMNS = 12
#: a page as a reader's browser window shows it (CSS pixels)
PAGE_WIDTH = 1024


def _tables(html: str) -> list[tuple[str, int]]:
    """(id, columns of the widest row) of every table in an HTML page."""
    out = []
    for m in re.finditer(r"<table\b([^>]*)>(.*?)</table>", html, re.S):
        rows = re.findall(r"<tr\b.*?</tr>", m.group(2), re.S)
        cols = max((len(re.findall(r"<t[hd]\b", r)) for r in rows), default=0)
        out.append(((re.search(r'id="([^"]*)"', m.group(1)) or [None, ""])[1], cols))
    return out


def test_executed_tables_are_narrow_and_many_columns_are_styled(executed):
    """Browser-free: no table has more than MAX_COLUMNS columns, and every table of eight or more goes
    through plancompare.tables.styled (a Styler: wrapped text, headers that break)."""
    _, paths, _ = executed
    for p in paths:
        for table_id, cols in _tables(p.with_suffix(".html").read_text(encoding="utf-8")):
            assert cols <= MAX_COLUMNS, (p.name, table_id, cols)
            assert cols < 8 or table_id.startswith("T_"), (p.name, cols, "a wide table not shown with styled()")


_MEASURE = """<script>window.addEventListener('load', () => {
  const page = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('table')].map(t => [t.id, Math.round(t.getBoundingClientRect().right)])
    .filter(([, right]) => right > page);
  const pre = document.createElement('pre'); pre.id = 'measured';
  pre.textContent = JSON.stringify({page, wide}); document.body.appendChild(pre);
});</script>"""


@pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium is not installed (apt-get install chromium)")
def test_no_table_is_wider_than_the_page_in_chromium(executed, tmp_path):
    _, paths, _ = executed
    for p in paths:
        page = tmp_path / p.with_suffix(".html").name
        page.write_text(p.with_suffix(".html").read_text(encoding="utf-8").replace("</body>", _MEASURE + "</body>"),
                        encoding="utf-8")
        dom = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                              f"--window-size={PAGE_WIDTH},900", "--virtual-time-budget=5000", "--dump-dom",
                              page.as_uri()], capture_output=True, text=True, timeout=180).stdout
        m = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
        assert m, f"{p.name}: the page did not load in Chromium"
        measured = json.loads(m.group(1).replace("&quot;", '"'))
        assert not measured["wide"], (p.name, measured)
