"""The ``plancompare`` command-line tool.

Errors caused by input (a :class:`~plancompare.errors.PlanError`) are printed as
one line naming the file, the line and the problem, with exit status 1; add
``--debug`` to see the traceback.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from plancompare import __version__, config


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="plancompare", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"plancompare {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the processed dataset from the raw plans")
    b.add_argument("--raw", type=Path, default=None,
                   help="folder of raw plan texts and catalog.csv (default: data/raw)")
    b.add_argument("--out", type=Path, default=None,
                   help="folder to write the processed tables to (default: data/processed)")
    b.add_argument("--quiet", action="store_true", help="print nothing on success")
    b.add_argument("--no-cache", action="store_true", help="do not read or write the cache (.cache/plancompare)")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    b.add_argument("--keep-going", action="store_true",
                   help="build the other plans when one fails; list the failures and exit non-zero")
    b.add_argument("--format", default="csv", help="csv (default), parquet, or csv,parquet")
    b.add_argument("--topics", default=None, metavar="N",
                   help="number of topics, a whole number of 1 or more (default: chosen from the content)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run the plans on the Dask cluster whose scheduler is at ADDRESS, e.g. tcp://host:8786 "
                        "(needs plancompare[dask]; the workers must see the raw folder at the same path)")
    b.add_argument("--progress", action="store_true",
                   help="show progress bars even when stderr is not a terminal (--quiet hides them)")
    b.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    f = sub.add_parser("figures", help="export every standard figure, its data and source note, and the report tables")
    f.add_argument("--out", type=Path, default=None, help="output folder (default: reports/figures)")
    f.add_argument("--format", default="png,svg,pdf", help="comma-separated: png, svg, pdf (default: all three)")
    f.add_argument("--dpi", type=int, default=300, help="resolution of PNG output (default: 300)")
    f.add_argument("--lang", default="zh,en", help="comma-separated: zh, en (default: both)")
    f.add_argument("--processed", type=Path, default=None,
                   help="processed data to draw from (default: data/processed, built if missing)")
    f.add_argument("--quiet", action="store_true", help="print nothing on success")
    f.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    e = sub.add_parser("extract", help="read the indicator values stated in documents that are not catalog plans "
                       "(a bulletin, a work report, another region's plan) and write them as CSV")
    e.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a .txt, .html, .docx or text .pdf file")
    e.add_argument("--period", default=None, metavar="YEARS",
                   help="the document's years: one year for a one-year document (2024), a plan's span (2021-2025)")
    e.add_argument("--section", default="", help="the heading the text sits under, e.g. 主要目标 or 发展基础")
    e.add_argument("--kind", default="", help="the kind of document when the text does not say it: summary, "
                   "work_plan, work_report, bulletin, mid_term_review or final_review")
    e.add_argument("--out", type=Path, default=None,
                   help="CSV file to write (UTF-8 with BOM; must not exist yet); default: print to standard output")
    e.add_argument("--quiet", action="store_true", help="print no summary on standard error")
    e.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    n = sub.add_parser("notebooks", help="execute the notebooks with a real kernel and render HTML copies")
    n.add_argument("--out", type=Path, default=None, help="output folder (default: reports/notebooks)")
    n.add_argument("--lang", default=None, help="language parameter passed to every notebook (zh or en)")
    n.add_argument("--quiet", action="store_true", help="print nothing on success")
    n.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return p


def _cmd_notebooks(args: argparse.Namespace) -> int:
    from plancompare.notebooks import run_notebooks

    out = args.out if args.out is not None else config.reports_dir() / "notebooks"
    params = {"output_dir": str((out / "output").resolve())}
    if args.lang:
        if args.lang not in ("zh", "en"):
            from plancompare.errors import PlanError

            raise PlanError(f"unsupported language {args.lang}", hint="use zh or en")
        params["lang"] = args.lang
    t0 = time.perf_counter()
    done = run_notebooks(out, parameters=params)
    if not args.quiet:
        print(f"executed {len(done)} notebooks in {time.perf_counter() - t0:.1f} s -> {_shown(out)} (HTML copies beside them)")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from plancompare.errors import BuildError
    from plancompare.files import replacing
    from plancompare.indicators.from_file import check_kind, extract_file, parse_period
    from plancompare.pipeline.spreadsheet import csv_text, write_csv

    period, kind = parse_period(args.period), check_kind(args.kind)
    if args.out is not None and args.out.is_dir():
        raise BuildError("this is a folder, not a file to write", file=args.out, hint="give --out a file name (values.csv)")
    if args.out is not None and args.out.exists():
        raise BuildError("the output file exists already; plancompare extract does not overwrite files",
                         file=args.out, hint="choose another name, or remove the file first")
    if args.out is not None and not args.out.parent.is_dir():
        raise BuildError("the folder to write the output file in does not exist", file=args.out.parent,
                         hint="create it first, or choose another place")
    tables = [extract_file(path, period, args.section, kind) for path in args.files]
    table = pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]
    if args.out is None:
        sys.stdout.write(csv_text(table))
    else:
        with replacing(args.out) as tmp:
            write_csv(table, tmp)
    if not args.quiet:
        placed = int((table["role"].fillna("").astype(str).ne("") & table["year"].notna()).sum())
        print(f"{len(table)} values from {len(args.files)} file(s): {placed} placed, {len(table) - placed} left open "
              f"(role or year unsaid; see the flags column)" + (f" -> {_shown(args.out)}" if args.out else ""),
              file=sys.stderr)
    return 0


def _cmd_figures(args: argparse.Namespace) -> int:
    from plancompare.api import load
    from plancompare.export.figures import export_figures
    from plancompare.export.tables import export_tables

    out = args.out if args.out is not None else config.reports_dir() / "figures"
    t0 = time.perf_counter()
    ds = load(processed_dir=args.processed)
    written = export_figures(ds, out, formats=args.format, dpi=args.dpi, lang=args.lang)
    written += export_tables(ds, out, lang=args.lang)
    if not args.quiet:
        print(f"wrote {len(written)} files in {time.perf_counter() - t0:.1f} s -> {_shown(out)}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from plancompare.pipeline.run import build

    raw = args.raw if args.raw is not None else config.raw_dir()
    out = args.out if args.out is not None else config.processed_dir()
    t0 = time.perf_counter()
    result = build(raw, out, use_cache=not args.no_cache, jobs=args.jobs, keep_going=args.keep_going,
                   progress=not args.quiet and (args.progress or sys.stderr.isatty()),
                   formats=[f.strip() for f in args.format.split(",") if f.strip()], n_topics=args.topics,
                   scheduler=args.scheduler)
    took = time.perf_counter() - t0
    if result.up_to_date:
        if not args.quiet:
            print(f"up to date: {_shown(out)} was built from these raw files and this code ({took:.1f} s)")
        return 0
    if not args.quiet:
        n = result.counts
        print(f"built {n['plans']} plans: {n['sections']} sections, {n['paragraphs']} paragraphs, "
              f"{n['lines']} lines, {n['indicators']} indicator values in {took:.1f} s -> {_shown(out)}")
    if result.failures:
        print(f"plancompare: error: {len(result.failures)} plan(s) failed and were left out:", file=sys.stderr)
        for failure in result.failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


def _sigterm_as_interrupt():
    """Handle SIGTERM like Ctrl-C (same clean-up, same message); return the handler it replaced."""
    import signal
    import threading

    def handler(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        return signal.signal(signal.SIGTERM, handler)
    return None


def main(argv: list[str] | None = None) -> int:
    import warnings

    args = _parser().parse_args(argv)
    previous = _sigterm_as_interrupt()

    with warnings.catch_warnings():
        warnings.showwarning = _one_line_warning
        status = _run(args, previous)
    if argv is None:  # run as the program, which ends now: see _before_exit
        _before_exit()
    return status


def _before_exit() -> None:
    """Let the process end without Python's last garbage collection walking every object the command
    made (the imported libraries, jieba's dictionary, the tables): they are moved out of its reach.
    Nothing is collected later anyway, and what the command wrote is closed; this saves about 0.2 s of
    a five-plan build. Only when ``main`` runs as the program, never when called from Python."""
    import gc

    gc.freeze()


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings as the CLI's own one-line notices, not Python's two-line source excerpts."""
    print(f"plancompare: warning: {message}", file=sys.stderr if file is None else file)


def _run(args: argparse.Namespace, previous) -> int:
    from plancompare.errors import PlanError

    try:
        if args.command == "build":
            return _cmd_build(args)
        if args.command == "figures":
            return _cmd_figures(args)
        if args.command == "notebooks":
            return _cmd_notebooks(args)
        if args.command == "extract":
            return _cmd_extract(args)
    except PlanError as exc:
        if args.debug:
            raise
        print(f"plancompare: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        if getattr(exc, "changed", False):
            print("plancompare: interrupted after the new output was in place; it is complete", file=sys.stderr)
        else:
            print("plancompare: interrupted; nothing was changed", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)
    return 2
