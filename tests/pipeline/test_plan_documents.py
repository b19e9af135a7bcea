"""Whole plan documents in shapes the five plans lack (tests/material/plans/tuning/): values,
heading tree, table of contents and furniture, in Simplified and converted to Traditional script.
The set-aside documents are scored by benchmarks/plan_score.py --heldout, never here."""

from __future__ import annotations

import re
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


# Variations a scrape makes of the same page (written for this test, on lanting_14th_trad): each must
# keep the chapter tree, the contents and every value.
VARIATIONS = {
    "page numbers after a space": lambda t: re.sub(r"…+(\d+)", r" \1", t),
    "no dot leaders or page numbers": lambda t: re.sub(r"…+\d+", "", t),
    "no space after 第X章": lambda t: re.sub(r"(第.[章節])　", r"\1", t),
    "contents lost its label": lambda t: t.replace("目　　錄\n", ""),
    "contents before the title": lambda t: t.replace(
        "蘭汀縣人力資源和社會保障事業發展“十四五”規劃\n蘭汀縣人力資源和社會保障局\n2021年12月\n目　　錄", "目　　錄").replace(
        "第一章　發展基礎與面臨形勢\n第一節", "蘭汀縣人力資源和社會保障事業發展“十四五”規劃\n第一章　發展基礎與面臨形勢\n第一節"),
    "blank lines in the contents": lambda t: t.replace("目　　錄\n", "目　　錄\n\n").replace("………1\n", "………1\n\n"),
    "issued with a notice": lambda t: t.replace(
        "蘭汀縣人力資源和社會保障事業發展“十四五”規劃\n蘭汀縣人力資源和社會保障局",
        "蘭汀縣人民政府關於印發《蘭汀縣人力資源和社會保障事業發展“十四五”規劃》的通知\n各鄉鎮人民政府，縣政府各部門：\n"
        "現將《蘭汀縣人力資源和社會保障事業發展“十四五”規劃》印發給你們，請認真貫徹執行。\n"
        "蘭汀縣人力資源和社會保障事業發展“十四五”規劃\n蘭汀縣人力資源和社會保障局", 1),
    "an unknown line inside the page's header": lambda t: t.replace("【字體：大 中 小】\n", "【字體：大 中 小】\n樂享生活 盡在掌握\n"),
    "a contents on one line": lambda t: re.sub(r"目　　錄\n(.*?)\n第一章　發展基礎與面臨形勢\n第一節",
                                               lambda m: "目　　錄\n" + " ".join(
                                                   ln for ln in m.group(1).split("\n") if ln.startswith("第"))
                                               + "\n第一章　發展基礎與面臨形勢\n第一節", t, flags=re.S),
}


@pytest.mark.parametrize("change", VARIATIONS.values(), ids=list(VARIATIONS))
def test_scrape_variations_of_a_document_keep_its_tree_and_values(change, tmp_path):
    src = ROOT / "tests" / "material" / "plans" / "tuning" / "lanting_14th_trad.txt"
    path = tmp_path / src.name
    path.write_text(change(src.read_text(encoding="utf-8")), encoding="utf-8")
    (tmp_path / "lanting_14th_trad.key.yaml").write_bytes(src.with_name("lanting_14th_trad.key.yaml").read_bytes())
    s = _score(path)
    assert "error" not in s, s.get("error")
    assert (s["found"], s["wrong"], s["chapters_ok"], bool(s["toc_ok"])) == (s["expected"], 0, True, True), \
        s.get("chapters")
