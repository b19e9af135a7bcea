"""The build cache is verified on read (plancompare.cache, segment): edited, mistyped or foreign
entries are rebuilt with a one-line notice; --no-cache reads and writes no cache file."""

from __future__ import annotations

import json
import logging
import tempfile

import pytest

from plancompare.topics import segmentation as seg
from plancompare.cache import Cache, read_entry
from plancompare.cli import main
from plancompare.pipeline.corpus import build_corpus

from ..conftest import small_raw


@pytest.fixture()
def raw(tmp_path):
    return small_raw(tmp_path / "raw")


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PLANCOMPARE_CACHE_DIR", str(folder))
    return folder


def _jobs(tables, plan_id="xuyong-14"):
    ind = tables["indicators"]
    return sorted(ind.loc[(ind["plan_id"] == plan_id) & (ind["indicator_id"] == "new_urban_jobs"), "value"])


def _entry_of(cache_dir, plan_id):
    for path in (cache_dir / "plans").glob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        if entry["value"]["plans"][0]["plan_id"] == plan_id:
            return path, entry
    raise AssertionError(f"no cache entry for {plan_id}")


def _notices(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "plancompare.cache"]


def test_an_edited_value_in_valid_json_is_rebuilt_with_a_notice(raw, cache_dir, caplog):
    first, _ = build_corpus(raw, jobs=1)
    right = _jobs(first)
    path, entry = _entry_of(cache_dir, "xuyong-14")
    for rec in entry["value"]["indicators"]:
        if rec["indicator_id"] == "new_urban_jobs":
            rec["value"] = 99999999.0
    path.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="plancompare.cache"):
        again, _ = build_corpus(raw, jobs=1)
    assert _jobs(again) == right and 99999999.0 not in _jobs(again)
    notes = _notices(caplog)
    assert len(notes) == 1 and path.name in notes[0] and "does not match its digest" in notes[0]
    assert "\n" not in notes[0]
    # the rebuilt entry replaced the edited one and is used silently afterwards
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="plancompare.cache"):
        build_corpus(raw, jobs=1)
    assert not _notices(caplog)


@pytest.mark.parametrize("damage", ["wrong_type", "missing_field", "extra_table", "list_value",
                                    "other_key", "no_digest"])
def test_a_mistyped_or_foreign_entry_is_rebuilt_without_a_traceback(raw, cache_dir, caplog, damage):
    from plancompare.cache import digest

    first, _ = build_corpus(raw, jobs=1)
    path, entry = _entry_of(cache_dir, "qingpu-14")
    value = entry["value"]
    if damage == "wrong_type":
        value["indicators"][0]["source_line"] = "12"
    elif damage == "missing_field":
        del value["sections"][0]["level"]
    elif damage == "extra_table":
        value["extra"] = []
    elif damage == "list_value":
        entry["value"] = value = [1, 2]
    elif damage == "other_key":
        entry["key"] = "0" * 64
    if damage == "no_digest":
        del entry["sha256"]
    elif damage != "other_key":
        entry["sha256"] = digest(value)  # a consistent digest: the type check must catch it
    path.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="plancompare.cache"):
        again, _ = build_corpus(raw, jobs=1)
    for name in first:  # as written: topic tables read from the cache differ only in dtypes
        assert again[name].to_csv() == first[name].to_csv(), name
    assert len(_notices(caplog)) == 1


def test_the_topic_entry_is_verified_too(raw, cache_dir, caplog):
    first, _ = build_corpus(raw, jobs=1)
    [path] = (cache_dir / "topics").glob("*.json")
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["value"]["topic_labels"][0]["label_en"] = "=HYPERLINK(\"http://x\",\"a\")"
    path.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="plancompare.cache"):
        again, _ = build_corpus(raw, jobs=1)
    assert again["topic_labels"].to_csv() == first["topic_labels"].to_csv()
    assert len(_notices(caplog)) == 1


def test_cache_reader_never_raises(tmp_path, caplog):
    path = tmp_path / "k.json"
    for text in ["garbage", "[]", '{"key": "k"}', '{"key": "k", "sha256": 5, "value": {}}',
                 "[" * 100000, "\udcff"]:
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        assert read_entry(path, "k") is None
    assert read_entry(tmp_path / "missing.json", "k") is None
    c = Cache("x")
    c.folder = tmp_path
    c.put("k", {"a": [1, 2.5, None, "x"]})
    assert c.get("k") == {"a": [1, 2.5, None, "x"]}
    assert c.get("k", lambda v: "rejected") is None
    assert c.get("k", lambda v: v["missing"]) is None  # a validator that raises rejects


def _fresh_tokenizers():
    seg.tokenizer.cache_clear()
    seg._base_tokenizer.cache_clear()


def test_jieba_dictionary_cache_is_verified_and_a_tampered_one_is_not_loaded(cache_dir, caplog):
    _fresh_tokenizers()
    try:
        expected = seg.segment(["社会保障卡持卡人数"], use_cache=False, dict_cache=True)
        dictionary = cache_dir / "jieba" / seg.DICT_CACHE_NAME
        sidecar = dictionary.with_name(dictionary.name + ".sha256")
        assert dictionary.is_file() and sidecar.is_file()
        words, freqs, total = json.loads(dictionary.read_text(encoding="utf-8"))
        words.append("社会保障卡持卡人数")  # with a frequency that would make the whole text one word
        freqs.append(10 ** 12)
        dictionary.write_text(json.dumps([words, freqs, total], ensure_ascii=False), encoding="utf-8")
        _fresh_tokenizers()
        with caplog.at_level(logging.WARNING, logger="plancompare.cache"):
            got = seg.segment(["社会保障卡持卡人数"], use_cache=False, dict_cache=True)
        assert got == expected
        assert len(_notices(caplog)) == 1 and "jieba" in _notices(caplog)[0]
        # rebuilt and verified again: the file is jieba's dictionary once more
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        import hashlib

        assert meta["sha256"] == hashlib.sha256(dictionary.read_bytes()).hexdigest()
        assert "社会保障卡持卡人数" not in json.loads(dictionary.read_text(encoding="utf-8"))[0]
    finally:
        _fresh_tokenizers()


def test_no_cache_writes_no_file_anywhere(raw, cache_dir, tmp_path, monkeypatch):
    systmp = tmp_path / "systmp"
    systmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(systmp))  # jieba's default cache location
    _fresh_tokenizers()
    try:
        assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--no-cache", "--quiet"]) == 0
    finally:
        _fresh_tokenizers()
    assert not cache_dir.exists()
    assert list(systmp.iterdir()) == []
    assert (tmp_path / "out" / "indicators.csv").is_file()


def test_the_build_key_ignores_the_stages_drawn_from_the_data():
    """Changing a chart or an export must not make the committed processed data stale."""
    from plancompare import config
    from plancompare.cache import BUILD_PARTS

    drawn = {"plots", "export", "tables.py", "dataset.py", "api.py", "cli.py", "notebooks.py", "interactive.py",
             "__main__.py"}
    parts = {p.name for p in config.PACKAGE_DIR.iterdir()
             if p.name != "__pycache__" and (p.is_dir() or p.suffix == ".py")}
    assert not drawn & set(BUILD_PARTS)
    assert parts <= set(BUILD_PARTS) | drawn, parts - set(BUILD_PARTS) - drawn  # every module is placed
