"""The indicator catalog (plancompare.indicator_catalog, data/indicators.yaml)."""

from __future__ import annotations

import re

import pytest

from plancompare.indicators.catalog import load_catalog

from ..conftest import RAW

REQUIRED = ["new_urban_jobs", "registered_unemployment_rate", "surveyed_unemployment_rate",
            "pension_coverage_rate", "pension_insured", "employee_pension_insured", "unemployment_insured",
            "work_injury_insured", "ss_card_holders", "ss_card_coverage_rate", "e_ss_card_coverage_rate",
            "subsidized_training", "mediation_success_rate", "arbitration_closure_rate",
            "labor_inspection_closure_rate"]


def test_required_ids_are_defined():
    cat = load_catalog()
    assert all(i in cat for i in REQUIRED)
    for ind in cat:
        assert ind.name_zh and ind.name_en and ind.category in cat.categories
        assert ind.unit or ind.kind == "text"


def test_synonyms_name_one_indicator_each():
    owner = {}
    for ind in load_catalog():
        for s in (ind.name_zh, *ind.synonyms):
            assert owner.setdefault(s, ind.id) == ind.id, f"{s} belongs to {owner[s]} and {ind.id}"


def test_definitions_quote_xuyong_indicator_explanations():
    lines = (RAW / "xuyong_14th.txt").read_text(encoding="utf-8").split("\n")
    defined = [i for i in load_catalog() if i.definition_source]
    assert len(defined) >= 20
    for ind in defined:
        plan, line = ind.definition_source.split(":")
        assert plan == "xuyong-14"
        assert ind.definition in lines[int(line) - 1], ind.id


@pytest.mark.parametrize("name,expected", [
    ("*1.城镇新增就业人数(万人)", "new_urban_jobs"),          # 叙永县 line 11
    ("2城镇调查失业率(%", "surveyed_unemployment_rate"),       # 湖北省 line 288
    ("17社会保障卡持卡人数万人", "ss_card_holders"),           # 湖北省 line 424
    ("年均新增就业岗位", "new_urban_jobs"),                    # 青浦区 line 48
    ("劳动监察举报投诉按期结案率", "labor_inspection_closure_rate"),
    ("工伤保险单位职工参保人数(万人)", "work_injury_insured"),
    ("其中:城镇企业职工基本养老保险参保人数(万人)", "enterprise_pension_insured"),
    ("城镇职工基本养老保险参保人数(万人)", "employee_pension_insured"),
    ("失业保险参保人员总数", "unemployment_insured"),           # 舟山市 line 12
    ("全市参加养老保险人数", "pension_insured"),
    ("某某神秘指标", ""),
])
def test_match(name, expected):
    assert load_catalog().match(name) == expected


def test_unknown_id_error_lists_known_ids():
    with pytest.raises(KeyError, match="known ids: .*new_urban_jobs"):
        load_catalog()["no_such_indicator"]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i.id) for i in load_catalog())


def test_table_row_name_with_its_verb_matches_the_catalog():
    from plancompare.indicators.catalog import load_catalog

    assert load_catalog().match("4.开展补贴性职业技能培训(万人次)") == "subsidized_training"


def _texts_to_try() -> list[str]:
    """Names as the prose reader tries them: every short stretch of the raw plans' lines that hold a
    figure, and every catalog name decorated as plans write it (numbered, starred, with a unit, 全市…,
    spelled another way)."""
    out: set[str] = set()
    for f in sorted(RAW.glob("*.txt")):
        lines = [ln for ln in f.read_text(encoding="utf-8").split("\n") if re.search(r"\d", ln)][:15]
        for ln in lines:
            ln = ln[:80]
            out.update(ln[i:j] for i in range(len(ln)) for j in range(i + 1, min(len(ln), i + 14) + 1))
    for ind in load_catalog():
        for n in (ind.name_zh, *ind.synonyms):
            out.update({n, f"1.{n}(万人)", f"*{n}%", f"全市{n}", f" {n} ", f"{n}(", n.replace("参保人数", "参保人员总数"),
                        n.replace("参保人数", "参保人员"), n.replace("保险参保人数", "保险人数"), n[:-1], n + "数"})
    return sorted(out)


def test_the_quick_test_never_rejects_a_name_that_matches():
    """The catalog rejects a name by its ending before its regular expressions (speed, issue #18):
    that may only skip names the full matching would not match either."""
    cat = load_catalog()
    assert cat._endings is not None
    rejected = 0
    for text in _texts_to_try():
        if not cat._may_match(text):
            rejected += 1
            assert cat._match(text) == "", text
    assert rejected > 1000  # the test does reject most of what the prose reader tries


def test_every_prose_frame_needs_its_text():
    """A frame of the prose rules is skipped when its text is missing (speed): it must never match
    without it."""
    from plancompare.indicators.prose_rules import load_rules
    from plancompare.indicators.prose_subject import _frame_needles

    texts = _texts_to_try()
    rules = load_rules()
    assert sum(bool(n) for n in _frame_needles(rules)) >= len(rules.frames) - 1  # nearly all can be skipped
    for (pattern, _), needle in zip(rules.frames, _frame_needles(rules)):
        for text in texts:
            if needle not in text:
                assert pattern.search(text) is None, (pattern.pattern, text)


@pytest.mark.parametrize("pattern, text", [
    (r"^参加", "参加"), (r"(保险)参保(?:规模|总量)?$", "保险参保"), (r"(农民工)(?:参加|接受)培训$", "农民工"),
    (r"ab|cd", ""), (r"ab?c", "a"), (r"x(?:ab)+y", "x"), (r"a(?i:bc)d", "a"), (r"(?i)abc", ""), (r"a\.b[:]", "a.b:"),
    (r"^(?:持有|拥有|持)(.{2,6}?卡)$", "卡"), (r"[ab]c", "c"),
])
def test_required_text_is_what_every_match_holds(pattern, text):
    from plancompare.indicators.prose_subject import required_text

    assert required_text(re.compile(pattern)) == text
