"""The committed data and the figures are the same on every machine: builds with other BLAS kernels,
other SIMD code paths and other thread counts give byte-identical processed files and figures
(simulated in subprocesses; plancompare.topics.topic_compass, threadpool pinning)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import PROCESSED, RAW


def _cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def _machines() -> dict[str, dict[str, str]]:
    """Simulated machines: an OpenBLAS kernel the CPU can run, numpy's SIMD paths switched off to
    match an older CPU, and one or two threads."""
    flags = _cpu_flags()
    old_cpu = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"
    machines = {
        "prescott-1-thread": {"OPENBLAS_CORETYPE": "Prescott", "NPY_DISABLE_CPU_FEATURES": old_cpu, "threads": "1"},
        "nehalem-2-threads": {"OPENBLAS_CORETYPE": "Nehalem", "NPY_DISABLE_CPU_FEATURES": old_cpu, "threads": "2"},
    }
    if "avx2" in flags:
        machines["haswell-2-threads"] = {"OPENBLAS_CORETYPE": "Haswell",
                                         "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR", "threads": "2"}
    if "avx512f" in flags:
        machines["skylakex-1-thread"] = {"OPENBLAS_CORETYPE": "SkylakeX", "threads": "1"}
    return machines


def _start(name: str, machine: dict[str, str], root: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENBLAS_", "OMP_", "MKL_", "NPY_"))}
    threads = machine["threads"]
    env.update({k: v for k, v in machine.items() if k != "threads"})
    env.update({"OPENBLAS_NUM_THREADS": threads, "OMP_NUM_THREADS": threads,
                "PLANCOMPARE_CACHE_DIR": str(root / "cache" / name)})
    out, figs = root / name / "processed", root / name / "figures"
    script = (
        "import sys\n"
        "from plancompare.cli import main\n"
        f"code = main(['build', '--no-cache', '--jobs', '1', '--quiet', '--raw', {str(RAW)!r}, '--out', {str(out)!r}])\n"
        f"code = code or main(['figures', '--processed', {str(out)!r}, '--out', {str(figs)!r}, '--format', 'png,svg',"
        " '--lang', 'zh', '--dpi', '50', '--quiet'])\n"
        "sys.exit(code)\n")
    return subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def machines(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("machines")
    todo = list(_machines().items())
    done = {}
    while todo:  # two at a time: the suite runs on 2-core machines
        batch, todo = todo[:2], todo[2:]
        procs = [(name, _start(name, m, root)) for name, m in batch]
        for name, proc in procs:
            _, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, f"{name}: {err}"
            done[name] = root / name
    return done


def test_every_simulated_machine_builds_the_committed_data(machines):
    committed = _files(PROCESSED)
    for name, folder in machines.items():
        out = folder / "processed"
        assert _files(out) == committed, name
        _, mismatch, errors = filecmp.cmpfiles(PROCESSED, out, committed, shallow=False)
        assert not mismatch and not errors, f"{name}: data/processed differs in {mismatch + errors}"


def test_every_simulated_machine_draws_the_same_figures(machines):
    names = list(machines)
    first = machines[names[0]] / "figures"
    files = _files(first)
    assert any(f.endswith(".png") for f in files) and any(f.endswith(".svg") for f in files)
    for name in names[1:]:
        other = machines[name] / "figures"
        assert _files(other) == files, name
        _, mismatch, errors = filecmp.cmpfiles(first, other, files, shallow=False)
        assert not mismatch and not errors, f"{name} draws differently from {names[0]}: {mismatch + errors}"
