"""Output folders are safe: never deleted or overwritten unless plancompare wrote them; one-step
swap; a lock; stale staging folders cleaned; workers stopped with the build (plancompare.outputs)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plancompare.pipeline import outputs
from plancompare.cli import main
from plancompare.errors import BuildError

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make_corpus  # noqa: E402

SENTINEL = "precious-notes.txt"


@pytest.fixture(scope="module")
def small_raw(tmp_path_factory) -> Path:
    """A two-plan synthetic corpus (fast to build)."""
    return make_corpus(2, tmp_path_factory.mktemp("small") / "raw", seed=3)


def _sentinel(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SENTINEL
    path.write_text("a researcher's work\n", encoding="utf-8")
    return path


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _place(kind: str, base: Path, raw: Path, monkeypatch) -> tuple[Path, Path, list[Path]]:
    """Set up one --raw/--out combination under ``base``; return (raw, out, sentinels)."""
    project = base / "project"
    shutil.copytree(raw, project / "data" / "raw")
    monkeypatch.setenv("PLANCOMPARE_ROOT", str(project))
    raw = project / "data" / "raw"
    sentinels = [_sentinel(project), _sentinel(base / "cwd"), _sentinel(base / "home")]
    monkeypatch.chdir(base / "cwd")
    monkeypatch.setenv("HOME", str(base / "home"))
    out = {
        "absent": base / "new" / "processed",
        "empty": base / "empty",
        "file": base / "a-file.txt",
        "foreign": base / "foreign",
        "raw": raw,
        "inside_raw": raw / "out",
        "parent_of_raw": raw.parent,
        "project_root": project,
        "cwd": base / "cwd",
        "dot": Path("."),
        "home": base / "home",
        "root": Path("/"),
        "symlink": base / "link",
    }[kind]
    if kind == "empty":
        out.mkdir()
    if kind == "file":
        out.write_text("not a folder\n", encoding="utf-8")
        sentinels.append(out)
    if kind == "foreign":
        sentinels.append(_sentinel(out))
    if kind == "symlink":
        target = base / "elsewhere"
        sentinels.append(_sentinel(target))
        out.symlink_to(target)
    return raw, out, sentinels


SAFE = {"absent", "empty"}
KINDS = ["absent", "empty", "file", "foreign", "raw", "inside_raw", "parent_of_raw", "project_root", "cwd",
         "dot", "home", "root", "symlink"]


@pytest.mark.parametrize("kind", KINDS)
def test_out_never_deletes_what_plancompare_did_not_write(kind, small_raw, tmp_path, monkeypatch, capsys):
    raw, out, sentinels = _place(kind, tmp_path, small_raw, monkeypatch)
    before = {p: p.read_bytes() for p in sentinels + sorted(raw.iterdir())}
    code = main(["build", "--no-cache", "--raw", str(raw), "--out", str(out)])
    err = capsys.readouterr().err
    for path, data in before.items():
        assert path.is_file() and path.read_bytes() == data, f"{path} was changed by --out {kind}"
    if kind in SAFE:
        assert code == 0, err
        assert (out / "datapackage.json").is_file()
    else:
        assert code == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err and "refusing to" in lines[0], err


def test_processed_folder_with_a_users_file_is_not_replaced(small_raw, tmp_path, capsys):
    out = tmp_path / "processed"
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 0
    _sentinel(out)
    before = _tree(out)
    capsys.readouterr()
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"it holds {SENTINEL}, which plancompare did not write" in err
    assert _tree(out) == before


def test_folder_with_a_fake_descriptor_only_is_refused(small_raw, tmp_path, capsys):
    out = tmp_path / "processed"
    _sentinel(out)
    (out / "datapackage.json").write_text(json.dumps({"name": "someone-elses"}), encoding="utf-8")
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 1
    assert "not empty and was not written by plancompare" in capsys.readouterr().err
    assert (out / SENTINEL).is_file()


def test_a_second_writer_fails_cleanly_while_the_first_holds_the_lock(small_raw, tmp_path, capsys):
    out = tmp_path / "processed"
    with outputs.OutputLock(out.resolve()):
        assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 1
    assert "another plancompare command is writing this folder" in capsys.readouterr().err
    assert not out.exists()
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 0
    assert not list(tmp_path.glob(".processed.lock"))  # the lock file is removed when released


def test_stale_staging_folders_are_removed_and_an_interrupted_swap_recovered(tmp_path):
    out = tmp_path / "processed"
    (tmp_path / ".processed.tmp-123").mkdir()
    old = tmp_path / ".processed.old-456"
    old.mkdir()
    (old / "datapackage.json").write_text("{}", encoding="utf-8")
    outputs.clean_stale(out)  # out is missing: the previous output is put back
    assert (out / "datapackage.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]


def test_swap_is_one_step_and_the_fallback_gives_the_same_result(small_raw, tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    _sentinel(a)
    b.mkdir()
    if sys.platform.startswith("linux"):
        assert outputs._exchange(a, b)
        assert (b / SENTINEL).is_file() and not (a / SENTINEL).exists()
    out = tmp_path / "processed"
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 0
    first = _tree(out)
    monkeypatch.setattr(outputs, "_exchange", lambda x, y: False)
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 0
    assert _tree(out) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "processed"]


@pytest.fixture
def sigint_default():
    """Ctrl-C as a terminal delivers it: a test runner started in the background (``cmd &`` in a
    script, nohup) inherits SIGINT ignored, and a process that ignores it is rightly not interrupted."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _sigint_default_in_child() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # so that the child's Python turns it into KeyboardInterrupt


@pytest.mark.parametrize("when", ["before_swap", "after_swap"])
def test_interrupt_message_says_what_happened(when, small_raw, tmp_path, monkeypatch, capsys, sigint_default):
    import plancompare.pipeline.write as write

    out = tmp_path / "processed"
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 0
    (small_raw / "catalog.csv").touch()
    before = _tree(out)
    real_swap = outputs.swap_in

    def interrupted(tmp, target):
        if when == "before_swap":
            raise KeyboardInterrupt
        old = real_swap(tmp, target)
        os.kill(os.getpid(), signal.SIGINT)  # held back until the swap is complete
        return old

    monkeypatch.setattr(write.outputs, "swap_in", interrupted)
    capsys.readouterr()
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(out)]) == 130
    err = capsys.readouterr().err
    if when == "before_swap":
        assert "interrupted; nothing was changed" in err
    else:
        assert "interrupted after the new output was in place" in err
    assert _tree(out) == before  # same inputs: the new output equals the old one, and is complete
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]


def test_figures_never_overwrite_a_file_they_did_not_write(tmp_path):
    import plancompare as pc
    from plancompare.export.tables import export_tables

    ds = pc.load()
    out = tmp_path / "figs"
    mine = out / "zh" / "tables" / "headline-indicators.csv"
    mine.parent.mkdir(parents=True)
    mine.write_text("my own table\n", encoding="utf-8")
    _sentinel(out)  # (a folder holding only files named as plancompare 0.1 named them counts as its own)
    with pytest.raises(BuildError, match="refusing to overwrite zh/tables/headline-indicators.csv"):
        export_tables(ds, out, lang="zh")
    assert mine.read_text(encoding="utf-8") == "my own table\n"
    assert sorted(p.name for p in out.iterdir()) == [SENTINEL, "zh"]
    # a folder holding other files of the user's: written beside them, marked, and then ours
    other = tmp_path / "report"
    _sentinel(other)
    export_tables(ds, other, lang="zh")
    assert (other / SENTINEL).is_file() and (other / outputs.MARKER).is_file()
    export_tables(ds, other, lang="zh")
    for place in (Path("/"), ROOT, ROOT / "data" / "raw"):
        with pytest.raises(BuildError, match="refusing to write output here"):
            export_tables(ds, place, lang="zh")


def test_notebooks_refuse_a_folder_with_a_users_notebook(tmp_path, capsys):
    out = tmp_path / "nb"
    mine = out / "01-plans-overview.ipynb"
    mine.parent.mkdir()
    mine.write_text("{}", encoding="utf-8")
    _sentinel(out)
    assert main(["notebooks", "--out", str(out)]) == 1
    assert "refusing to overwrite 01-plans-overview.ipynb" in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8") == "{}"


def _descendants(pid: int) -> set[int]:
    import psutil

    try:
        return {p.pid for p in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()


def _alive(pids: set[int]) -> set[int]:
    import psutil

    alive = set()
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                alive.add(pid)
        except psutil.NoSuchProcess:
            pass
    return alive


@pytest.fixture(scope="module")
def parallel_raw(tmp_path_factory) -> Path:
    from plancompare.pipeline.corpus import PARALLEL_MIN_PLANS

    return make_corpus(PARALLEL_MIN_PLANS + 4, tmp_path_factory.mktemp("par") / "raw", seed=5)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_no_worker_outlives_the_build(sig, parallel_raw, tmp_path):
    out = tmp_path / "processed"
    proc = subprocess.Popen([sys.executable, "-m", "plancompare", "build", "--no-cache", "--jobs", "2",
                             "--raw", str(parallel_raw), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_sigint_default_in_child,
                            env={**os.environ, "PLANCOMPARE_CACHE_DIR": str(tmp_path / "cache")})
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(seen) < 2 and proc.poll() is None:
        seen |= _descendants(proc.pid)
        time.sleep(0.05)
    assert len(seen) >= 2, "the build started no worker processes"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while _alive(seen) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(seen), f"workers {sorted(_alive(seen))} outlived the build"
    if sig != signal.SIGKILL:
        assert proc.returncode == 130
        assert err.strip().splitlines()[-1] == "plancompare: interrupted; nothing was changed", err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".processed")]


def test_a_file_far_larger_than_a_plan_gets_one_warning_line(small_raw, tmp_path, monkeypatch, capsys):
    import plancompare.pipeline.plan as plan

    monkeypatch.setattr(plan, "LARGE_PLAN_BYTES", 1000)
    assert main(["build", "--no-cache", "--raw", str(small_raw), "--out", str(tmp_path / "p")]) == 0
    err = capsys.readouterr().err
    warned = [ln for ln in err.splitlines() if "far more than a plan" in ln]
    assert len(warned) == 2 and all(ln.startswith("plancompare: warning: ") for ln in warned), err
