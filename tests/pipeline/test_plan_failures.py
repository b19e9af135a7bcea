"""One plausible line does not stop a corpus: repeated mentions are merged, and an unexpected
failure names its plan and line, with --keep-going building the other plans (plancompare.pipeline)."""

from __future__ import annotations

import hashlib
import re

import pytest

from plancompare.indicators import extract as indicators
from plancompare.cli import main
from plancompare.errors import PlanError
from plancompare.pipeline.corpus import build_corpus

from ..conftest import small_raw

LINE = 40  # xuyong_14th.txt:40 states three targets (jobs, registered and surveyed unemployment)


def _edit(raw, name, edit):
    path = raw / name
    lines = path.read_bytes().split(b"\n")
    lines[LINE - 1] = edit(lines[LINE - 1])
    data = b"\n".join(lines)
    path.write_bytes(data)
    cat = (raw / "catalog.csv").read_text(encoding="utf-8")
    row = next(ln for ln in cat.splitlines() if f",{name}," in ln)
    old = re.search(r",([0-9a-f]{64}),", row).group(1)
    (raw / "catalog.csv").write_text(cat.replace(old, hashlib.sha256(data).hexdigest()), encoding="utf-8")


@pytest.fixture()
def raw(tmp_path):
    return small_raw(tmp_path / "raw")


def test_a_line_appended_to_itself_builds_with_each_value_once(raw, tmp_path, capsys):
    before = build_corpus(raw, use_cache=False, jobs=1)[0]["indicators"]
    _edit(raw, "xuyong_14th.txt", lambda ln: ln + ln)
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache", "--quiet"]) == 0, capsys.readouterr().err
    tables, failures = build_corpus(raw, use_cache=False, jobs=1)
    assert not failures
    after = tables["indicators"]
    assert len(after) == len(before)
    on_line = after[(after["plan_id"] == "xuyong-14") & (after["source_line"] == LINE)]
    assert len(on_line) == 3 and on_line["flags"].str.contains("repeated: 2 mentions on this line").all()
    assert not before["flags"].str.contains("repeated").any()  # the real plans have no repeated mention


def test_an_unexpected_error_names_plan_and_line_and_keep_going_builds_the_rest(raw, monkeypatch):
    real = indicators.find_mentions
    target = (raw / "xuyong_14th.txt").read_text(encoding="utf-8").splitlines()[LINE - 1][:12]

    def broken(text, **kw):
        if target in text:
            raise RuntimeError("boom")
        return real(text, **kw)

    monkeypatch.setattr(indicators, "find_mentions", broken)
    with pytest.raises(PlanError) as err:
        build_corpus(raw, use_cache=False, jobs=1)
    assert str(err.value).startswith(f"xuyong_14th.txt:{LINE}: xuyong-14: internal error")
    assert "RuntimeError('boom')" in str(err.value) and "\n" not in str(err.value)
    tables, failures = build_corpus(raw, use_cache=False, jobs=1, keep_going=True)
    assert len(failures) == 1 and f"xuyong_14th.txt:{LINE}" in failures[0]
    assert list(tables["plans"]["plan_id"]) == ["qingpu-14"]


def test_a_key_clash_is_attributed_to_its_plan(raw, monkeypatch):
    """Were repeated mentions not merged, the clash would name the plan's file and line, not the corpus."""
    _edit(raw, "xuyong_14th.txt", lambda ln: ln + ln)
    monkeypatch.setattr(indicators, "merge_repeated", lambda records: records)
    with pytest.raises(PlanError) as err:
        build_corpus(raw, use_cache=False, jobs=1)
    text = str(err.value)
    assert f"xuyong_14th.txt:{LINE}: row of xuyong-14: internal error: two rows of table 'indicators'" in text
    tables, failures = build_corpus(raw, use_cache=False, jobs=1, keep_going=True)
    assert len(failures) == 1 and "xuyong-14" in failures[0]
    assert list(tables["plans"]["plan_id"]) == ["qingpu-14"]
