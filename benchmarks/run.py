"""The benchmark suite: `make bench` runs it and writes benchmarks/results.md.

    python benchmarks/run.py [--runs 3] [--corpus 100,1000,3000] [--skip-notebooks]

Every step runs in a fresh process, several times; the table reports the median
wall time and the peak memory (max resident set of the process and the workers
it waited for). The floor — importing pandas, scikit-learn, matplotlib, seaborn
and jieba and initialising jieba's dictionary from an empty cache — is measured
in the same run, so the build can be read as a ratio of it. Corpus scale uses
benchmarks/make_corpus.py and `plancompare build --jobs <cores>`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: results.md from this line on is written by hand and kept when the tables are rewritten
KEEP_MARKER = "<!-- written by hand below: make bench keeps it -->"
PY = sys.executable
CLI = [PY, "-m", "plancompare"]


#: runs a command and samples the resident set of it and every process under it (workers,
#: their children) every 0.1 s: the peak of the sum is the memory of all processes together
_WRAP = """
import subprocess, sys, threading, time
import psutil
p = subprocess.Popen(sys.argv[1:])
peak = [0]
def watch():
    root = psutil.Process(p.pid)
    while p.poll() is None:
        total = 0
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            break
        for q in procs:
            try:
                total += q.memory_info().rss
            except psutil.Error:
                pass
        peak[0] = max(peak[0], total)
        time.sleep(0.1)
t = threading.Thread(target=watch, daemon=True)
t.start()
rc = p.wait()
t.join(1)
print('PEAKSUM', peak[0], file=sys.stderr)
sys.exit(rc)
"""


def timed(cmd: list[str], env: dict | None = None, setup=None) -> tuple[float, float]:
    """(wall seconds, peak MB) of one fresh-process run of ``cmd``.

    The command runs under a small wrapper process that samples the resident set of the command
    and of every process under it (the build's workers) and reports the peak of their sum: the
    memory of all processes together.
    """
    if setup:
        setup()
    t0 = time.perf_counter()
    res = subprocess.run([PY, "-c", _WRAP, *cmd], cwd=ROOT, env={**os.environ, **(env or {})},
                         capture_output=True, text=True)
    took = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{res.stderr[-2000:]}")
    rss = [ln for ln in res.stderr.splitlines() if ln.startswith("PEAKSUM ")]
    return took, int(rss[-1].split()[1]) / 1e6 if rss else float("nan")


def measure(name: str, cmd: list[str], runs: int, env=None, setup=None, note: str = "") -> dict:
    results = [timed(cmd, env, setup) for _ in range(runs)]
    times = [t for t, _ in results]
    peak = max(m for _, m in results)
    return {"step": name, "median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "runs": runs, "peak_mb": peak, "note": note}


def fresh_cache() -> Path:
    d = Path(tempfile.mkdtemp(prefix="plancompare-bench-cache-"))
    return d


def machine() -> dict:
    mem = 0
    try:
        with open("/proc/meminfo") as fh:
            mem = int(fh.readline().split()[1]) / 1024 / 1024
    except OSError:
        pass
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cores": os.cpu_count(), "memory_gb": round(mem, 1), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


FLOOR = ("import pandas, sklearn.feature_extraction.text, sklearn.decomposition, matplotlib.pyplot, seaborn, jieba, "
         "sys, tempfile; jieba.setLogLevel(60); tk = jieba.Tokenizer(); tk.tmp_dir = tempfile.mkdtemp(); "
         "tk.initialize()")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--corpus", default="100,1000", help="corpus sizes to build (comma-separated; '' for none)")
    p.add_argument("--skip-notebooks", action="store_true")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    args = p.parse_args()
    cores = os.cpu_count() or 1
    rows = []
    work = Path(tempfile.mkdtemp(prefix="plancompare-bench-"))
    try:
        rows.append(measure("floor: import pandas, scikit-learn, matplotlib, seaborn, jieba + jieba init",
                            [PY, "-c", FLOOR], args.runs))
        rows.append(measure("import plancompare", [PY, "-c", "import plancompare"], max(args.runs, 5)))
        caches: list[Path] = []

        def new_cache():
            caches.append(fresh_cache())
            os.environ["PLANCOMPARE_CACHE_DIR"] = str(caches[-1])

        out = work / "processed"
        cold = []
        for _ in range(args.runs):
            new_cache()
            shutil.rmtree(out, ignore_errors=True)
            cold.append(timed(CLI + ["build", "--out", str(out), "--quiet"]))
        rows.append({"step": "plancompare build, cold (fresh process, empty cache), 5 plans",
                     "median_s": statistics.median(t for t, _ in cold), "min_s": min(t for t, _ in cold),
                     "max_s": max(t for t, _ in cold), "runs": args.runs, "peak_mb": max(m for _, m in cold),
                     "note": ""})
        rows.append(measure("plancompare build, nothing changed", CLI + ["build", "--out", str(out), "--quiet"],
                            max(args.runs, 5)))
        rows.append(measure("plancompare build, cache warm, new output folder",
                            CLI + ["build", "--out", str(out), "--quiet"], args.runs,
                            setup=lambda: shutil.rmtree(out, ignore_errors=True)))
        topic_code = ("import plancompare as pc; from plancompare.topics import corpus_topics; ds = pc.load(); "
                      "corpus_topics(ds.paragraphs, ds.sections, use_cache=False)")
        rows.append(measure("topic step (segmentation with jieba start-up, model, tables), 5 plans",
                            [PY, "-c", topic_code], args.runs, setup=new_cache))
        figs = work / "figures"
        rows.append(measure("plancompare figures, one format (png, 300 dpi), one language",
                            CLI + ["figures", "--out", str(figs), "--format", "png", "--lang", "zh", "--quiet"],
                            args.runs))
        rows.append(measure("plancompare figures, one format (png, 300 dpi), both languages",
                            CLI + ["figures", "--out", str(figs), "--format", "png", "--quiet"], args.runs))
        if not args.skip_notebooks:
            rows.append(measure("notebook suite (5 notebooks, real kernel, HTML)",
                                CLI + ["notebooks", "--out", str(work / "nb"), "--quiet"], 1,
                                note="one run: the suite takes about a minute"))
        os.environ.pop("PLANCOMPARE_CACHE_DIR", None)
        floor = rows[0]["median_s"]
        scale = []
        sizes = [int(x) for x in args.corpus.split(",") if x.strip()]
        for n in sizes:
            raw = work / f"corpus-{n}"
            subprocess.run([PY, str(ROOT / "benchmarks" / "make_corpus.py"), "--plans", str(n), "--out", str(raw)],
                           check=True, capture_output=True)
            mb = sum(f.stat().st_size for f in raw.glob("*.txt")) / 1e6
            seg_code = ("import sys, glob; sys.path.insert(0, 'lib'); "
                        "from plancompare.read.decoding import read_document; "
                        "from plancompare.topics.segmentation import tokenizer; tk = tokenizer(); import time; "
                        f"t = time.perf_counter(); files = sorted(glob.glob('{raw}/*.txt'))[:50]; n = 0\n"
                        "for f in files:\n    d = read_document(f); n += len(open(f, 'rb').read()); "
                        "tk.lcut(d.text)\n"
                        "print(n / (time.perf_counter() - t))")
            rate = float(subprocess.run([PY, "-c", seg_code], cwd=ROOT, capture_output=True, text=True,
                                        check=True).stdout.strip().splitlines()[-1])
            seg_single = mb * 1e6 / rate
            new_cache()
            out_n = work / f"out-{n}"
            t, m = timed(CLI + ["build", "--raw", str(raw), "--out", str(out_n), "--quiet", "--jobs", str(cores)])
            # the same corpus again, every plan from the cache, as Parquet; then pc.load() of it
            pq = work / f"parquet-{n}"
            tw, mw = timed(CLI + ["build", "--raw", str(raw), "--out", str(pq), "--quiet", "--jobs", str(cores),
                                  "--format", "parquet"])
            load_code = (f"import time; t = time.perf_counter(); import plancompare as pc; "
                         f"ds = pc.load(processed_dir={str(pq)!r}); print(time.perf_counter() - t)")
            load = subprocess.run([PY, "-c", load_code], cwd=ROOT, capture_output=True, text=True, check=True)
            scale.append({"plans": n, "mb": mb, "wall_s": t, "peak_mb": m, "seg_single_s": seg_single,
                          "bound_s": 1.2 * seg_single / cores, "warm_parquet_s": tw, "warm_parquet_mb": mw,
                          "load_s": float(load.stdout.strip().splitlines()[-1])})
            shutil.rmtree(out_n, ignore_errors=True)
            shutil.rmtree(pq, ignore_errors=True)
            shutil.rmtree(raw, ignore_errors=True)
            shutil.rmtree(work / f"out-{n}", ignore_errors=True)
        os.environ.pop("PLANCOMPARE_CACHE_DIR", None)
        for c in caches:
            shutil.rmtree(c, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_results(args.out, machine(), rows, scale, floor)
    print(args.out.read_text(encoding="utf-8"))
    return 0


def write_results(path: Path, mach: dict, rows: list[dict], scale: list[dict], floor: float) -> None:
    lines = ["# Benchmark results", "",
             f"Measured by `make bench` (benchmarks/run.py) on {mach['cores']} cores, {mach['memory_gb']} GB "
             f"memory, {mach['cpu']}, Python {mach['python']} ({mach['platform']}). Each step runs in a fresh "
             "process; times are the median of the runs, memory is the peak resident set.", "",
             "| step | median | min – max | runs | peak memory | vs floor |", "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        ratio = f"{r['median_s'] / floor:.2f}×" if "build, cold" in r["step"] or "floor" in r["step"] else ""
        lines.append(f"| {r['step']} | {r['median_s']:.2f} s | {r['min_s']:.2f} – {r['max_s']:.2f} s | "
                     f"{r['runs']} | {r['peak_mb']:.0f} MB | {ratio} |")
    notes = [r for r in rows if r.get("note")]
    if notes:
        lines += [""] + [f"- {r['step']}: {r['note']}" for r in notes]
    if scale:
        lines += ["", "## Corpus scale", "",
                  f"Synthetic corpora from `benchmarks/make_corpus.py`, built cold with `--jobs {mach['cores']}`. "
                  "The bound is 1.2 × (single-core segmentation time of the corpus ÷ cores), the segmentation "
                  "rate being measured on the corpus's first 50 plans; the fixed start-up comes on top.", "",
                  "| plans | text | wall time | peak memory (all processes) | single-core segmentation | "
                  "1.2 × that ÷ cores | cached rebuild to Parquet | its peak memory | pc.load() of the Parquet |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for s in scale:
            lines.append(f"| {s['plans']} | {s['mb']:.0f} MB | {s['wall_s']:.1f} s | {s['peak_mb']:.0f} MB | "
                         f"{s['seg_single_s']:.1f} s | {s['bound_s']:.1f} s | {s.get('warm_parquet_s', 0):.1f} s | "
                         f"{s.get('warm_parquet_mb', 0):.0f} MB | {s.get('load_s', 0):.1f} s |")
        if len(scale) >= 2:
            import numpy as np

            x = np.array([s["plans"] for s in scale], dtype=float)
            for what, col, unit in (("wall time", "wall_s", "s"), ("peak memory", "peak_mb", "MB")):
                y = np.array([s[col] for s in scale])
                slope, intercept = np.polyfit(x, y, 1)
                by_n = {s["plans"]: s[col] for s in scale}
                ratio = (f"; 3,000 : 1,000 ratio {by_n[3000] / by_n[1000]:.2f}"
                         if 3000 in by_n and 1000 in by_n else "")
                lines += ["", f"Linear fit of {what} on plans: {slope * 1000:.1f} {unit} per 1,000 plans "
                              f"+ {intercept:.1f} {unit}{ratio}."]
    kept = ""
    if path.exists():  # the hand-written notes after the marker (targets, profiles) stay
        old = path.read_text(encoding="utf-8")
        kept = old[old.index(KEEP_MARKER):] if KEEP_MARKER in old else ""
    path.write_text("\n".join(lines) + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
    (path.with_suffix(".json")).write_text(json.dumps({"machine": mach, "steps": rows, "scale": scale},
                                                      indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
