"""Whole plan documents in shapes the five plans lack (tests/material/plans/tuning/): values,
heading tree, table of contents and furniture, in Simplified and converted to Traditional script.
The set-aside documents are scored by benchmarks/plan_score.py --heldout, never here."""

from __future__ import annotations

import sys
import warnings

import pytest
import yaml

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from plan_score import score_document  # noqa: E402

DOCS = sorted((ROOT / "tests" / "material" / "plans" / "tuning").glob("*.txt"))


def _score(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return score_document(path)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_document_is_read_with_no_wrong_value(path):
    s = _score(path)
    assert "error" not in s, s.get("error")
    assert s["wrong"] == 0, s["wrong_rows"]
    assert s["found"] >= 0.95 * s["expected"], [(e["indicator_id"], e["line"]) for e in s["missed"]]
    assert s["chapters_ok"] and s["toc_ok"] and not s["furniture_in_paragraphs"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_the_same_document_in_traditional_script_reads_the_same(path, tmp_path):
    import opencc

    cc = opencc.OpenCC("s2t")
    trad = tmp_path / path.name
    trad.write_text(cc.convert(path.read_text(encoding="utf-8")), encoding="utf-8")
    key = yaml.safe_load(path.with_name(path.stem + ".key.yaml").read_text(encoding="utf-8"))
    key["region"], key["title"] = cc.convert(key["region"]), cc.convert(key["title"])  # as the text writes them
    (tmp_path / f"{path.stem}.key.yaml").write_text(yaml.safe_dump(key, allow_unicode=True), encoding="utf-8")
    simple, traditional = _score(path), _score(trad)
    assert "error" not in traditional, traditional.get("error")
    assert (traditional["found"], traditional["wrong"], traditional["chapters_ok"]) == \
        (simple["found"], simple["wrong"], simple["chapters_ok"])
