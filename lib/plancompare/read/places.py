"""Place names, to leave out of keyness: a plan's own region says nothing about its policy.

The names come from a small gazetteer (``data/places.txt``: provinces, their capitals, regions
across provinces) and from the catalog (each plan's region, province and parent). Each name
counts also in its short form, without its administrative suffix (湖北省 → 湖北); a term that
begins with a name of two or more characters (舟山群岛, 长三角一体化) is a place too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from plancompare.config import PLACES_FILE

#: administrative suffixes, longest first; an autonomous area's name (广西壮族自治区, 新疆维吾尔自治区)
#: also loses its people's name
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "县", "区", "盟", "旗", "镇", "乡")
_ETHNIC = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族|维吾尔)+(?:自治区|自治州|自治县|自治旗)$")
#: the catalog columns that name a plan's places
CATALOG_COLUMNS = ("region", "province", "parent")


def short_forms(name: str) -> set[str]:
    """The name and its short form without the administrative suffix, when that leaves two or
    more characters (青浦区 → {青浦区, 青浦}; 广西壮族自治区 → {广西壮族自治区, 广西})."""
    name = str(name).strip()
    if not name:
        return set()
    out = {name}
    m = _ETHNIC.match(name)
    if m:
        out.add(m.group(1))
        return out
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            out.add(name[: -len(suffix)])
            break
    return out


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """The names of ``data/places.txt`` with their short forms."""
    lines = PLACES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(n for ln in lines if ln.strip() and not ln.lstrip().startswith("#")
                     for n in short_forms(ln))


def catalog_places(plans) -> set[str]:
    """The places a catalog (a DataFrame with region/province/parent) names, with their short forms."""
    if plans is None:
        return set()
    names: set[str] = set()
    for col in CATALOG_COLUMNS:
        if col in plans:
            for value in plans[col].dropna():
                names |= short_forms(value)
    return names


def place_names(extra: Iterable[str] = ()) -> frozenset[str]:
    """The gazetteer's names and ``extra`` names (with their short forms)."""
    names = set(gazetteer())
    for name in extra:
        names |= short_forms(name)
    return frozenset(names)


def is_place(term: str, names: frozenset[str] | set[str]) -> bool:
    """Whether ``term`` is one of ``names`` or begins with one of two or more characters."""
    if term in names:
        return True
    return any(term[:n] in names for n in range(2, len(term)))
