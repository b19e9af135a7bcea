"""Place names left out of keyness (plancompare.read.places, keyness(exclude_places=...))."""

from __future__ import annotations

import pandas as pd
import pytest

from plancompare.topics.distinctive import keyness
from plancompare.read.places import catalog_places, gazetteer, is_place, short_forms


@pytest.mark.parametrize("name,short", [
    ("湖北省", "湖北"), ("青浦区", "青浦"), ("叙永县", "叙永"), ("泸州市", "泸州"),
    ("广西壮族自治区", "广西"), ("新疆维吾尔自治区", "新疆"), ("内蒙古自治区", "内蒙古"),
    ("香港特别行政区", "香港"), ("凉山彝族自治州", "凉山"),
])
def test_short_forms_drop_the_administrative_suffix(name, short):
    assert short_forms(name) == {name, short}


def test_a_one_character_stem_is_not_a_short_form():
    assert short_forms("沙市") == {"沙市"}  # 沙 alone would exclude far too much


def test_gazetteer_has_every_province_and_its_short_form():
    g = gazetteer()
    for name in ("湖北省", "湖北", "上海", "西藏", "宁夏", "黑龙江", "澳门", "武汉", "长三角"):
        assert name in g
    # 34 provincial-level divisions: 23 provinces, 5 autonomous regions, 2 SARs (and 4 municipalities)
    assert len({n for n in g if n.endswith(("省", "自治区", "特别行政区"))}) == 30
    assert {"北京市", "天津市", "上海市", "重庆市"} <= g


def test_a_term_beginning_with_a_place_is_a_place():
    names = {"舟山", "长三角", "成渝"}
    assert is_place("舟山群岛", names) and is_place("成渝地区双城经济圈", names) and is_place("舟山", names)
    assert not is_place("新区", names) and not is_place("山舟", names)


def test_catalog_places_take_region_province_and_parent():
    plans = pd.DataFrame({"region": ["叙永县"], "province": ["四川省"], "parent": ["泸州市"]})
    assert catalog_places(plans) == {"叙永县", "叙永", "四川省", "四川", "泸州市", "泸州"}
    assert catalog_places(None) == set()


TOKENS = {"a": ["叙永"] * 12 + ["农民工"] * 10 + ["湖北省"] * 3 + ["就业"] * 10,
          "b": ["救助"] * 10 + ["就业"] * 10 + ["营口市"] * 8}


def test_keyness_leaves_places_out_by_default_with_the_others_scores_unchanged():
    kept = keyness(TOKENS, exclude_places=False)
    default = keyness(TOKENS, places=["叙永县", "营口市"])  # 湖北省 is in the gazetteer
    assert {"叙永", "营口市", "湖北省"} <= set(kept["term"])
    assert not {"叙永", "营口市", "湖北省"} & set(default["term"])
    top = default[default["rank"] == 1].set_index("plan_id")["term"].to_dict()
    assert top == {"a": "农民工", "b": "救助"}
    both = kept.merge(default, on=["plan_id", "term"])
    assert (both["score_x"] == both["score_y"]).all()


def test_the_build_ranks_no_place_of_the_catalog(tables):
    k = tables["plan_keyness"]
    names = catalog_places(tables["plans"]) | gazetteer()
    assert not [t for t in k["term"] if is_place(t, names)]
    assert len(k) == 30 * 5  # still 30 terms a plan
