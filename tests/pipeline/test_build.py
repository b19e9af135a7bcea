"""The build: determinism, atomicity, committed data, and bad input (plancompare.pipeline, plancompare.cli)."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plancompare.pipeline.run import build
from plancompare.cli import main

from ..conftest import PROCESSED, RAW, ROOT

from plancompare.schema import table_names

FILES = sorted([f"{t}.csv" for t in table_names()] + ["datapackage.json", "qa_report.md"])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_committed_processed_data_equals_a_fresh_build(tmp_path):
    out = tmp_path / "processed"
    build(RAW, out)
    assert sorted(p.name for p in out.iterdir()) == FILES
    match, mismatch, errors = filecmp.cmpfiles(PROCESSED, out, FILES, shallow=False)
    assert not mismatch and not errors, (
        f"data/processed differs from a fresh build in {mismatch + errors}: run `make data` "
        "and commit; never edit processed data by hand")


def test_build_is_deterministic(tmp_path):
    build(RAW, tmp_path / "a")
    build(RAW, tmp_path / "b")
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")


def test_csv_files_have_bom_and_unix_line_ends(tmp_path):
    build(RAW, tmp_path / "p")
    data = (tmp_path / "p" / "paragraphs.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data


def test_raw_files_are_untouched_and_match_the_catalog():
    import csv
    import hashlib

    with open(RAW / "catalog.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    for row in rows:
        assert hashlib.sha256((RAW / row["source_file"]).read_bytes()).hexdigest() == row["sha256"]


def _break(raw: Path, what: str) -> None:
    """Apply one kind of damage to a scratch raw folder."""
    cat = raw / "catalog.csv"
    text = cat.read_text(encoding="utf-8")
    if what == "missing_file":
        (raw / "qingpu_14th.txt").unlink()
    elif what == "checksum":
        with open(raw / "qingpu_14th.txt", "a", encoding="utf-8") as fh:
            fh.write("\n多出来的一行。\n")
    elif what == "undecodable":
        data = b"\xff\xfe\xfa\n" * 3
        (raw / "qingpu_14th.txt").write_bytes(data)
        _set_sha(raw, "qingpu_14th.txt")
    elif what == "empty":
        (raw / "qingpu_14th.txt").write_bytes(b"")
        _set_sha(raw, "qingpu_14th.txt")
    elif what == "unknown_level":
        cat.write_text(text.replace(",district,", ",township,"), encoding="utf-8")
    elif what == "duplicate_id":
        cat.write_text(text.replace("qingpu-14,", "hubei-14,"), encoding="utf-8")
    elif what == "region_not_in_text":
        cat.write_text(text.replace("qingpu-14,青浦区,", "qingpu-14,松江区,"), encoding="utf-8")
    elif what == "wrong_period":  # the 14th plan's text catalogued as the 13th plan
        cat.write_text(text.replace(",2021,2025,14,青浦区", ",2016,2020,13,青浦区"), encoding="utf-8")
    elif what == "no_catalog":
        cat.unlink()
    elif what == "bad_plan_id":
        cat.write_text(text.replace("qingpu-14,", "../x,"), encoding="utf-8")


def _set_sha(raw: Path, name: str) -> None:
    import hashlib

    cat = raw / "catalog.csv"
    lines = cat.read_text(encoding="utf-8").splitlines(keepends=True)
    sha = hashlib.sha256((raw / name).read_bytes()).hexdigest()
    out = []
    for line in lines:
        if f",{name}," in line:
            head, _, rest = line.partition(f",{name},")
            rest = sha + rest[64:]
            line = f"{head},{name},{rest}"
        out.append(line)
    cat.write_text("".join(out), encoding="utf-8")


BAD_INPUT = {
    # damage: (file named in the message, line, words in the message)
    "missing_file": ("catalog.csv", 5, "raw file 'qingpu_14th.txt' not found"),
    "checksum": ("catalog.csv", 5, "checksum of qingpu_14th.txt does not match"),
    "undecodable": ("qingpu_14th.txt", 1, "cannot decode byte 0xff"),
    "empty": ("qingpu_14th.txt", None, "the file is empty"),
    "unknown_level": ("catalog.csv", 5, "unknown level 'township'"),
    "duplicate_id": ("catalog.csv", 5, "duplicate plan_id 'hubei-14' (first on line 4)"),
    "region_not_in_text": ("catalog.csv", 5, "region '松江区' does not occur in qingpu_14th.txt"),
    "wrong_period": ("catalog.csv", 5, "qingpu_14th.txt line 1 names the 十四五 plan, 2021–2025 (“关于印发《青浦区"
                                       "就业和社会保障“十四五”规划》 的通知”), but the catalog says the 十三五 plan, "
                                       "2016–2020 (fix period_start, period_end and fyp_number"),
    "no_catalog": ("catalog.csv", None, "catalog not found"),
    "bad_plan_id": ("catalog.csv", 5, "plan_id '../x' is not a slug"),
}


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "processed"
    build(RAW, out)
    return out


@pytest.mark.parametrize("damage", sorted(BAD_INPUT))
def test_bad_input_stops_with_one_clear_line_and_leaves_processed_as_it_was(
        damage, raw_copy, tmp_path, capsys, built_once):
    import shutil

    out = tmp_path / "processed"
    shutil.copytree(built_once, out)
    before = _snapshot(out)
    raw_before = {p.name: p.read_bytes() for p in raw_copy.iterdir()}
    capsys.readouterr()
    _break(raw_copy, damage)
    damaged = {p.name: p.read_bytes() for p in raw_copy.iterdir()}

    code = main(["build", "--raw", str(raw_copy), "--out", str(out)])

    err = capsys.readouterr().err
    file, line, words = BAD_INPUT[damage]
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("plancompare: error: ")
    where = f"{file}:{line}: " if line else f"{file}: "
    assert where in lines[0] and words in lines[0], lines[0]
    assert _snapshot(out) == before  # processed data untouched
    assert {p.name: p.read_bytes() for p in raw_copy.iterdir()} == damaged  # raw not rewritten
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".processed")]  # no leftovers
    del raw_before


def test_debug_flag_shows_the_traceback(raw_copy, tmp_path):
    _break(raw_copy, "unknown_level")
    from plancompare.errors import CatalogError

    with pytest.raises(CatalogError):
        main(["build", "--debug", "--raw", str(raw_copy), "--out", str(tmp_path / "p")])


def test_failure_while_writing_leaves_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "processed"
    build(RAW, out)
    before = _snapshot(out)
    import plancompare.pipeline.write as b

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(b, "datapackage", boom)
    from plancompare.errors import BuildError

    with pytest.raises(BuildError, match="cannot write the processed data: disk full"):
        build(RAW, out, use_cache=False)
    assert _snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["processed"]


def test_unwritable_output_folder(tmp_path, capsys):
    if os.geteuid() == 0:
        target = Path("/proc/plancompare-test/out")  # not writable even for root
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "sub" / "out"
    code = main(["build", "--out", str(target)])
    assert code == 1
    assert "cannot write to" in capsys.readouterr().err


def test_console_script_and_module_entry_point(tmp_path):
    exe = Path(sys.executable).parent / "plancompare"
    for i, cmd in enumerate(([str(exe)], [sys.executable, "-m", "plancompare"])):
        res = subprocess.run(cmd + ["build", "--out", str(tmp_path / f"o{i}")], capture_output=True,
                             text=True, cwd=ROOT, timeout=120)
        assert res.returncode == 0, res.stderr
        assert res.stdout.startswith("built 5 plans:")
    res = subprocess.run([str(exe), "build", "--out", str(tmp_path / "o0")], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert res.returncode == 0 and res.stdout.startswith("up to date:")
    res = subprocess.run([sys.executable, "-m", "plancompare", "build", "--raw", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "raw folder not found" in res.stderr
