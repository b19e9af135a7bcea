"""The notebook suite (plancompare.notebooks): stored clean, paired, only glue, executed by a real kernel."""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import time
import uuid

import jupytext
import nbformat
import pytest

import plancompare as pc
from plancompare.notebooks import notebook_paths, run_notebook, run_notebooks

from .conftest import ROOT

NB_DIR = ROOT / "notebooks"
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
    """Every notebook executed by a real kernel, in English (a non-default parameter)."""
    out = tmp_path_factory.mktemp("nb")
    paths = run_notebooks(out, parameters={"lang": "en", "output_dir": str(out / "output")})
    return out, paths


def _outputs(nb) -> str:
    text = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            text.append(o.get("text", ""))
            text.append(o.get("data", {}).get("text/plain", ""))
            text.append(o.get("data", {}).get("text/html", ""))
    return "\n".join(text)


def test_every_notebook_runs_and_renders_html(executed):
    out, paths = executed
    assert [p.name for p in paths] == EXPECTED
    for p in paths:
        nb = nbformat.read(p, as_version=4)
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
        html = p.with_suffix(".html").read_text(encoding="utf-8")
        assert "<html" in html and "<script>alert" not in html


def test_key_outputs_match_the_library(executed):
    out, paths = executed
    ds = pc.load()
    # 01: the plans table lists every plan; the coverage chart was written in English
    text = _outputs(nbformat.read(out / EXPECTED[0], as_version=4))
    for region_en in ds.plans["region_en"]:
        assert region_en in text
    assert (out / "output" / "01-coverage-en.png").stat().st_size > 10_000
    # 02: the headline table shows the library's values, e.g. 叙永县's 2025 target 18500 (line 49)
    text = _outputs(nbformat.read(out / EXPECTED[1], as_version=4))
    assert "18500" in text and "xuyong-14" in text
    assert (out / "output" / "02-new-jobs-en.png").exists()
    # 03: the evaluation table is the library's
    from plancompare.topics import evaluate_pipelines

    text = _outputs(nbformat.read(out / EXPECTED[2], as_version=4))
    ev = evaluate_pipelines(ds.paragraphs, ds.sections)
    tuned = ev.query("plan_id == 'all'")["nmi"].dropna().iloc[-1]
    assert f"{tuned:.4f}".rstrip("0") in text
    # 04: figures and tables for the report
    assert (out / "output" / "en" / "01-headline-indicators.png").exists()
    assert (out / "output" / "en" / "tables" / "report-tables.xlsx").exists()
    # 05: the sixth plan appears in the comparisons
    text = _outputs(nbformat.read(out / EXPECTED[4], as_version=4))
    assert "sample-14" in text and "Sample County" in text
    assert (out / "output" / "05-topic-shares-en.png").exists()


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


def test_jupyter_server_lists_notebooks_and_a_kernel_runs_a_cell():
    import urllib.request

    import websocket

    port, token = _free_port(), uuid.uuid4().hex
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "server", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={NB_DIR}"]
        + (["--allow-root"] if os.geteuid() == 0 else []),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {token}"}

    def call(method, path, body=None):
        req = urllib.request.Request(base + path, method=method, headers=headers,
                                     data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"null")

    try:
        for _ in range(120):  # bounded wait for the server to come up
            try:
                call("GET", "/api/status")
                break
            except OSError:
                time.sleep(0.25)
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
    finally:
        server.terminate()
        server.wait(timeout=20)
