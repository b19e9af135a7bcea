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


# ... and on huaiyang_14th (web furniture, a row table whose header stands between empty pipe rows)
HEADER = "| | | | | | |\n序号 指标 单位 2020年 2025年 属性\n| | | | | | |\n"
VARIATIONS_WEB = {
    "unknown link titles in the footer": lambda t: t.replace("相关链接:", "相关推荐\n槐阳市2021年度技能大师工作室名单公示\n相关链接:"),
    "an unknown line after the title among furniture": lambda t: t.replace(
        "发布时间:2021-11-26 来源:市人力资源和社会保障局 字号:大 中 小\n槐阳市“十四五”人力资源和社会保障事业发展规划\n",
        "槐阳市“十四五”人力资源和社会保障事业发展规划\n发布时间:2021-11-26 来源:市人力资源和社会保障局 字号:大 中 小\n"
        "乐享生活 尽在掌握\n扫一扫在手机打开当前页\n").replace("扫一扫在手机打开当前页\n发布时间", "发布时间", 1),
    "no caption": lambda t: t.replace("槐阳市“十四五”人力资源和社会保障事业发展主要指标\n", ""),
    "header with 指标名称 and 指标属性": lambda t: t.replace(HEADER, HEADER.replace("序号 指标 单位", "序号 指标名称 单位")
                                                         .replace("属性", "指标属性")),
    "no empty row above the header": lambda t: t.replace(HEADER, HEADER.split("\n", 1)[1]),
}
CASES = [("lanting_14th_trad", c) for c in VARIATIONS.values()] + [("huaiyang_14th", c) for c in VARIATIONS_WEB.values()]


@pytest.mark.parametrize("name,change", CASES, ids=list(VARIATIONS) + list(VARIATIONS_WEB))
def test_scrape_variations_of_a_document_keep_its_tree_and_values(name, change, tmp_path):
    src = ROOT / "tests" / "material" / "plans" / "tuning" / f"{name}.txt"
    path = tmp_path / src.name
    text = src.read_text(encoding="utf-8")
    assert change(text) != text  # the variation applies
    path.write_text(change(text), encoding="utf-8")
    (tmp_path / f"{name}.key.yaml").write_bytes(src.with_name(f"{name}.key.yaml").read_bytes())
    s = _score(path)
    assert "error" not in s, s.get("error")
    assert (s["found"], s["wrong"], s["chapters_ok"], bool(s["toc_ok"])) == (s["expected"], 0, True, True), \
        s.get("chapters")
    page = ("乐享生活", "樂享生活", "相关推荐", "工作室名单公示")  # lines of the page the variations add
    assert not [p for p in s["paragraph_texts"] if any(w in p for w in page)]
