"""Every error a user can trigger from the command line: one line, the right message, exit 1."""

from __future__ import annotations

import subprocess
import sys

import pytest

from plancompare.cli import main

from .conftest import ROOT


@pytest.mark.parametrize("argv,message", [
    (["build", "--raw", "/nonexistent/raw"], "/nonexistent/raw: raw folder not found"),
    (["figures", "--format", "tiff", "--out", "{tmp}/f"], "unsupported format tiff"),
    (["figures", "--lang", "de", "--out", "{tmp}/f"], "unsupported language de"),
    (["figures", "--dpi", "2", "--out", "{tmp}/f"], "dpi must be a whole number"),
    (["figures", "--processed", "{tmp}/empty", "--out", "{tmp}/f"], "no processed data here"),
    (["notebooks", "--lang", "fr", "--out", "{tmp}/n"], "unsupported language fr"),
])
def test_cli_errors(argv, message, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    err = capsys.readouterr().err
    assert code == 1 and message in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("plancompare: error: ")


def test_decisions_file_errors(raw_copy, tmp_path, capsys):
    (raw_copy / "alignment_decisions.csv").write_text("plan_id,source_line\nx,1\n", encoding="utf-8")
    assert main(["build", "--raw", str(raw_copy), "--out", str(tmp_path / "p")]) == 1
    assert "alignment_decisions.csv:1: needs the columns" in capsys.readouterr().err


def test_usage_errors_exit_2_and_help_lists_commands():
    res = subprocess.run([sys.executable, "-m", "plancompare", "frobnicate"], capture_output=True, text=True)
    assert res.returncode == 2 and "invalid choice" in res.stderr
    res = subprocess.run([sys.executable, "-m", "plancompare", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0 and all(c in res.stdout for c in ("build", "figures", "notebooks", "extract"))


_SUMMARY = "2024年全县人力资源和社会保障工作总结\n今年全县城镇新增就业3260人。\n年末全县企業職工基本養老保險參保人數達到12.6萬人。\n"


def test_extract_reads_a_document_and_keeps_file_and_line(tmp_path, capsys):
    doc = tmp_path / "summary.txt"
    doc.write_text(_SUMMARY, encoding="gb18030")
    assert main(["extract", str(doc), "--period", "2024", "--kind", "summary"]) == 0
    out, err = capsys.readouterr()
    import io

    import pandas as pd

    table = pd.read_csv(io.StringIO(out))
    got = {(r.indicator_id, r.role, r.year, r.value, r.source_line) for r in table.itertuples()}
    assert got == {("new_urban_jobs", "actual", 2024, 3260.0, 2), ("enterprise_pension_insured", "actual", 2024, 126000.0, 3)}
    assert set(table["source_file"]) == {str(doc)}
    assert "參保人數" in table.loc[table["source_line"] == 3, "quote"].iloc[0]  # the document's own script
    assert "2 values from 1 file(s): 2 placed" in err


def test_extract_without_kind_leaves_what_only_the_kind_decides_open(tmp_path, capsys):
    doc = tmp_path / "summary.txt"
    doc.write_text("今年全县城镇新增就业3260人。\n", encoding="utf-8")
    out = tmp_path / "values.csv"
    assert main(["extract", str(doc), "--period", "2024", "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    import pandas as pd

    table = pd.read_csv(out, encoding="utf-8-sig")
    assert len(table) == 1 and table["role"].isna().all() and table["flags"].str.len().gt(0).all()


@pytest.mark.parametrize("argv,message", [
    (["extract", "{tmp}/doc.txt", "--period", "20x4"], "cannot read the period '20x4'"),
    (["extract", "{tmp}/doc.txt", "--period", "2025-2021"], "cannot read the period"),
    (["extract", "{tmp}/doc.txt", "--kind", "bulletn"], "unknown kind of document 'bulletn' (use one of summary"),
    (["extract", "{tmp}/missing.txt"], "missing.txt: file not found"),
    (["extract", "{tmp}"], "this is a folder, not a document"),
    (["extract", "{tmp}/binary.txt"], "binary.txt:1: contains NUL bytes"),
    (["extract", "{tmp}/doc.txt", "--out", "{tmp}/mine.csv"], "mine.csv: the output file exists already"),
    (["extract", "{tmp}/doc.txt", "--out", "{tmp}/no/such/folder/x.csv"], "folder: the folder to write the output file in"),
    (["extract", "{tmp}/doc.txt", "--out", "{tmp}"], "this is a folder, not a file to write"),
])
def test_extract_errors_change_nothing(argv, message, tmp_path, capsys):
    (tmp_path / "doc.txt").write_text("今年全县城镇新增就业3260人。\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "mine.csv").write_text("the user's own file\n", encoding="utf-8")
    before = sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir() if p.is_file())
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    out, err = capsys.readouterr()
    assert code == 1 and message in err and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("plancompare: error: ")
    assert sorted((p.name, p.read_bytes()) for p in tmp_path.iterdir() if p.is_file()) == before
