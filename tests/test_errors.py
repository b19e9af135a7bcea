"""The exception hierarchy (plancompare.errors) and safety by construction."""

from __future__ import annotations

import re

import pytest

from plancompare import errors
from plancompare.notebooks import NotebookError
from plancompare.topics.model import TopicError

from .conftest import ROOT


def test_one_hierarchy():
    for cls in (errors.DecodingError, errors.CatalogError, errors.StructureError, errors.IndicatorError,
                errors.BuildError, errors.SchemaError, TopicError, NotebookError):
        assert issubclass(cls, errors.PlanError)


def test_message_names_file_line_problem_and_what_to_do():
    e = errors.CatalogError("unknown level 'x'", file="data/raw/catalog.csv", line=4, hint="use one of …")
    assert str(e) == "data/raw/catalog.csv:4: unknown level 'x' (use one of …)"
    assert (e.file, e.line, e.message) == ("data/raw/catalog.csv", 4, "unknown level 'x'")


def test_no_eval_exec_or_unsafe_yaml_in_the_library():
    for path in (ROOT / "lib" / "plancompare").rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\w.])(eval|exec)\s*\(", src), path
        for call in re.findall(r"yaml\.load\([^)]*\)", src):  # only the safe loaders
            assert "SafeLoader" in call, (path, call)
        assert not re.search(r"import pickle|pickle\.load", src), path


def test_plan_ids_that_could_escape_a_folder_are_rejected(tmp_path):
    from plancompare.read.catalog import COLUMNS, read_catalog

    for bad in ("../x", "a/b", "..", "x y", ".hidden"):
        p = tmp_path / "catalog.csv"
        p.write_text(",".join(COLUMNS) + "\n" + f"{bad},甲县,A,county,,,,2021,2025,14,t,,,,a.txt,{'0' * 64},\n",
                     encoding="utf-8")
        with pytest.raises(errors.CatalogError, match="not a slug"):
            read_catalog(p)


def test_html_reports_escape_text_from_the_plans(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    from plancompare.notebooks import to_html

    nb = new_notebook(cells=[new_code_cell("x", outputs=[
        new_output("stream", name="stdout", text="<script>alert('plan')</script>\n")])])
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    html = to_html(path).read_text(encoding="utf-8")
    assert "<script>alert('plan')</script>" not in html and "&lt;script&gt;" in html
