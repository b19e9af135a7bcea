"""The indicator catalog (``lib/plancompare/data/indicators.yaml``) and name matching.

The catalog is the one place where indicators are defined; this module reads
it and maps the names plans use (``*1.城镇新增就业人数(万人)``,
``失业保险参保人员总数``, ``劳动监察举报投诉按期结案率``) to catalog ids.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import yaml

from plancompare.config import PACKAGE_DATA_DIR

INDICATORS_FILE = PACKAGE_DATA_DIR / "indicators.yaml"

#: words in front of a name that do not change what it measures
_PREFIXES = re.compile(r"^(其中:|其中|全市|全省|全县|全区|全州|全镇|本市|本区|本县|本省|参加|累计|开展各类|各类)+")
#: spellings of the same thing, rewritten before matching
_REWRITES = [
    (re.compile(r"参保人员总数$"), "参保人数"),
    (re.compile(r"参保人员$"), "参保人数"),
    (re.compile(r"保险人数$"), "保险参保人数"),
    (re.compile(r"保险参保参保人数$"), "保险参保人数"),
]
#: a share written as A在B中的占比 (高技能人才在技能人才中的占比): A占B的比重
_SHARE = re.compile(r"^(.+?)在(.+?)中的?(?:占比|比重|比例)$")
_SPACES = re.compile(r"\s+")
_NUMBERING = re.compile(r"^\d{1,2}[.、]?")
_UNIT_BRACKET = re.compile(r"\((万人次|万人|人次|人|%|亿元|万元|个|户|年|倍|万|万张)?\)?$")
_UNIT_WORD = re.compile(r"(万人次|万人|%)$")
#: endings that make _key strip the end of a name (the unit): names with them skip the quick test
_UNIT_ENDINGS = ("万人次", "万人", "%")


@dataclass(frozen=True)
class Indicator:
    id: str
    name_zh: str
    name_en: str
    unit: str
    kind: str
    better: str
    category: str
    headline: bool
    flow: bool
    definition: str = ""
    definition_source: str = ""
    synonyms: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, eq=False)  # hashed by identity: one loaded catalog, cached patterns
class IndicatorCatalog:
    indicators: dict[str, Indicator]
    categories: dict[str, dict]

    def __getitem__(self, indicator_id: str) -> Indicator:
        try:
            return self.indicators[indicator_id]
        except KeyError:
            known = ", ".join(sorted(self.indicators))
            raise KeyError(f"unknown indicator id '{indicator_id}'; known ids: {known}") from None

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self.indicators

    def __iter__(self):
        return iter(self.indicators.values())

    @property
    def headline_ids(self) -> tuple[str, ...]:
        """The indicators the comparisons show by default (``headline: true``), in catalog order."""
        return tuple(i.id for i in self.indicators.values() if i.headline)

    @functools.cached_property
    def _lookup(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for ind in self.indicators.values():
            for name in (ind.name_zh, *ind.synonyms):
                table[_key(name)] = ind.id
        return table

    @functools.cached_property
    def _matched(self) -> dict[str, str]:
        return {}  # name → id, filled by match (the prose reader asks for the same names many times)

    @functools.cached_property
    def _endings(self) -> dict[str, tuple[str, ...]] | None:
        """The ends a name must have to match, by last character: every lookup key and every
        spelling a rewrite replaces (None when a key or a rewrite does not allow the quick test).

        :meth:`_key` only cuts a name's start (numbering, 全市…) and, for names ending in a
        unit, its end; without a unit (and without a bracket), the key is a tail of the name
        without spaces, and a rewrite applies only to a key ending in the spelling it replaces.
        So a name that ends in none of these cannot match, and is rejected without the regular
        expressions (the prose reader tries many candidate names, nearly all of them no name).
        """
        ends = set(self._lookup)
        for pattern, _ in _REWRITES:
            literal = pattern.pattern[:-1]
            if not pattern.pattern.endswith("$") or re.escape(literal) != literal:
                return None
            ends.add(literal)
        if "" in ends:
            return None
        by_last: dict[str, list[str]] = {}
        for end in ends:
            by_last.setdefault(end[-1], []).append(end)
        return {c: tuple(v) for c, v in by_last.items()}

    def match(self, name: str) -> str:
        """The id of the indicator a plan's name refers to, or "" when none matches exactly.

        Numbering, stars, a unit in brackets, spaces and words like 全市 / 其中: are
        removed first, then a few spelling variants are rewritten (参保人员总数 → 参保人数).
        """
        found = self._matched.get(name)
        if found is None:
            if not self._may_match(name):
                return ""  # not remembered: there are many such names, and the test is quick
            found = self._matched[name] = self._match(name)
        return found

    def _may_match(self, name: str) -> bool:
        """False when ``name`` surely matches nothing (see :attr:`_endings`); True when it may."""
        endings = self._endings
        if endings is None:
            return True
        s = _SPACES.sub("", name)
        if "(" in s or s.endswith(_UNIT_ENDINGS) or _SHARE.match(s):
            return True
        ends = endings.get(s[-1]) if s else None
        return ends is not None and s.endswith(ends)

    def _match(self, name: str) -> str:
        key = _key(name)
        if key in self._lookup:
            return self._lookup[key]
        for pattern, repl in _REWRITES:
            alt = pattern.sub(repl, key)
            if alt != key and alt in self._lookup:
                return self._lookup[alt]
        share = _SHARE.sub(r"\1占\2的比重", key)
        return self._lookup.get(share, "") if share != key else ""


def _key(name: str) -> str:
    s = _SPACES.sub("", name)
    s = s.lstrip("*")
    s = _NUMBERING.sub("", s)
    s = _UNIT_BRACKET.sub("", s)
    s = _UNIT_WORD.sub("", s)
    s = _PREFIXES.sub("", s)
    return s


@functools.lru_cache(maxsize=2)
def load_catalog(path: str | None = None) -> IndicatorCatalog:
    """Read the indicator catalog (cached). Validates ids, units and kinds."""
    from plancompare.errors import IndicatorError

    source = path or str(INDICATORS_FILE)
    with open(source, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    indicators: dict[str, Indicator] = {}
    for i, entry in enumerate(data.get("indicators", []), 1):
        try:
            ind = Indicator(**{**entry, "synonyms": tuple(entry.get("synonyms", []))})
        except TypeError as exc:
            raise IndicatorError(f"indicator entry {i} is malformed: {exc}", file=source) from None
        if not re.fullmatch(r"[a-z][a-z0-9_]*", ind.id) or ind.id in indicators:
            raise IndicatorError(f"indicator entry {i}: id '{ind.id}' is not a unique snake_case id",
                                 file=source)
        if ind.kind not in ("count", "rate", "money", "ratio", "text"):
            raise IndicatorError(f"indicator {ind.id}: unknown kind '{ind.kind}'", file=source)
        if ind.better not in ("higher", "lower", "none"):
            raise IndicatorError(f"indicator {ind.id}: better must be higher, lower or none", file=source)
        indicators[ind.id] = ind
    return IndicatorCatalog(indicators, data.get("categories", {}))
