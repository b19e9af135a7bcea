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
    assert res.returncode == 0 and all(c in res.stdout for c in ("build", "figures", "notebooks"))
