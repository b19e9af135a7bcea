"""Segmentation (plancompare.segment)."""

from __future__ import annotations

import json

import pytest

from plancompare.topics import segmentation as seg


def test_domain_terms_stay_whole_and_boilerplate_goes():
    toks = seg.segment(["到2025年,城镇新增就业9万人,加强社会保障卡一网通办,推进劳动人事争议调解。"],
                       use_cache=False)[0]
    for term in ("城镇新增就业", "社会保障卡", "一网通办", "劳动人事争议"):
        assert term in toks
    for gone in ("加强", "推进", "2025", "9", "万人", ","):
        assert gone not in toks


def test_baseline_uses_jiebas_own_dictionary():
    toks = seg.segment(["城镇新增就业"], use_cache=False, domain=False)[0]
    assert "城镇新增就业" not in toks


def test_cache_is_used_and_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCOMPARE_CACHE_DIR", str(tmp_path))
    first = seg.segment(["健全多层次社会保障体系。"])
    files = list(tmp_path.glob("segments-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text(encoding="utf-8"))
    files[0].write_text("{not json", encoding="utf-8")
    assert seg.segment(["健全多层次社会保障体系。"]) == first


def test_unwritable_cache_folder_is_not_needed(monkeypatch):
    monkeypatch.setenv("PLANCOMPARE_CACHE_DIR", "/proc/plancompare-no-such-dir")
    seg.tokenizer.cache_clear()
    try:
        assert seg.segment(["社会保障卡持卡人数"], use_cache=True)[0] == ["社会保障卡", "持卡人数"]
    finally:
        seg.tokenizer.cache_clear()


def test_malformed_dictionary_lines_are_reported(tmp_path):
    bad = tmp_path / "dict.txt"
    bad.write_text("好词 10 n\n坏 行 有 太多 字段\n另一个词\n", encoding="utf-8")
    with pytest.warns(seg.SegmentationWarning, match=r"dict.txt:2: malformed"):
        entries = seg.read_userdict(bad)
    assert [e[0] for e in entries] == ["好词", "另一个词"]
