"""The value grammar: how plans write a number, and what it means.

``parse_value("≥34")``, ``parse_value(">〔9〕")``, ``parse_value("5.5左右")``,
``parse_value("每年不低于18000个")`` … return a :class:`ParsedValue` with the number,
its comparator, whether it is a five-year total, any unit written in the cell,
and hints about its time basis. The raw text is never changed; what cannot be
read as a number is kept as text (``kind="text"``) with no value, and a ratio
(``10:40:50``) is kept as ``kind="ratio"``.

:func:`canonical_unit` converts the plans' units to the canonical units of the
indicator table (persons, person-times, percent, yuan, …) with their factor.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from plancompare.read.normalization import normalize

#: comparator words and symbols -> canonical comparator
_PREFIX_COMPARATORS = [
    ("不低于", ">="), ("不少于", ">="), ("至少", ">="), ("不小于", ">="),
    ("不高于", "<="), ("不超过", "<="), ("不多于", "<="), ("不大于", "<="),
    ("超过", ">"), ("突破", ">"), ("高于", ">"), ("大于", ">"), ("多于", ">"),
    ("低于", "<"), ("少于", "<"), ("小于", "<"),
    ("大约", "~"), ("约", "~"),
    ("≤", "<="), ("<=", "<="), ("≥", ">="), (">=", ">="), ("<", "<"), (">", ">"), ("=", "="),
]
_SUFFIX_COMPARATORS = [("以上", ">="), ("以内", "<="), ("之内", "<="), ("以下", "<="), ("左右", "~")]
_CUMULATIVE = re.compile(r"^\s*[\[〔【]\s*(.*?)\s*[\]〕】]\s*$")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
#: a range of two numbers with the same unit (5%—5.5%, 12~13万人; the brackets of 〔12—13〕 already taken off)
_RANGE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)(%|万人|万|人)?(?:—{1,2}|–|~|～|至|到|-)(\d+(?:,\d{3})*(?:\.\d+)?)(%|万人次|万人|万|人次|人)?")
_RATIO = re.compile(r"^\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)+$")
_MISSING = {"", "—", "-", "--", "——", "/", "─", "无", "暂无", "…"}
_ANNUAL = re.compile(r"(每年|年均|年度|每年度|平均每年)")
_PERIOD_END = re.compile(r"(期末|末)")
#: units a cell may carry after its number, longest first
_UNITS = ["万人次", "亿人次", "万人", "亿人", "亿元", "万元", "万张", "万个", "万户", "人次", "个", "人", "户", "家", "名",
          "张", "元", "项", "年", "倍", "%", "亿", "万"]

#: plan unit -> (canonical unit, factor)
UNITS: dict[str, tuple[str, float]] = {
    "万人": ("persons", 1e4), "人": ("persons", 1.0), "名": ("persons", 1.0),
    "亿人": ("persons", 1e8),
    "万人次": ("person-times", 1e4), "亿人次": ("person-times", 1e8), "人次": ("person-times", 1.0),
    "亿元": ("yuan", 1e8), "万元": ("yuan", 1e4), "元": ("yuan", 1.0),
    "%": ("percent", 1.0),
    "个": ("units", 1.0), "万个": ("units", 1e4), "项": ("units", 1.0), "家": ("units", 1.0),
    "户": ("households", 1.0), "万户": ("households", 1e4),
    "张": ("cards", 1.0), "万张": ("cards", 1e4),
    "年": ("years", 1.0), "倍": ("times", 1.0),
}


@dataclass
class ParsedValue:
    """What a value cell or phrase says. ``raw`` is kept verbatim."""

    raw: str
    kind: str = "number"  # number, ratio, text or missing
    value: float | None = None
    comparator: str = ""
    cumulative: bool = False
    unit: str = ""  # unit written with the value (万人, %, 个 …), if any
    annual: bool = False  # 每年 / 年均 …
    per_year: bool = False  # 年均 (not 每年 nor 全年): so many a year on average, which no level is
    period_end: bool = False  # 期末 …
    qualifier: str = ""  # words around the number that are kept but not interpreted (动态 …)
    high: float | None = None  # the upper bound of a range (kind "range": value is the lower one)
    flags: list[str] = field(default_factory=list)


def parse_value(raw: str) -> ParsedValue:
    """Parse one value as plans write it. Pure; never raises for any string."""
    pv = ParsedValue(raw=raw)
    s = normalize(str(raw)).replace(" ", "")
    if s in _MISSING:
        pv.kind = "missing"
        return pv
    s = _strip_markers(s, pv)
    if _RATIO.match(s):
        pv.kind = "ratio"
        pv.comparator = pv.comparator or "="
        return pv
    numbers = _NUMBER.findall(s)
    span = _RANGE.fullmatch(s)
    if span and float(span.group(1).replace(",", "")) < float(span.group(3).replace(",", "")) and not all(
            re.fullmatch(r"(?:19|20)\d\d", span.group(k)) for k in (1, 3)):  # 2021—2025 is a span of years
        pv.kind, pv.value, pv.high = "range", float(span.group(1).replace(",", "")), float(span.group(3).replace(",", ""))
        pv.unit = span.group(4) or span.group(2) or ""
        return pv
    if len(numbers) != 1:
        pv.kind = "text"
        if numbers:
            pv.flags.append("several_numbers")
        return pv
    _read_number(s, numbers[0], pv)
    return pv


RANGE_FLAG = "range: the bound of a range the cell gives"


def bounds(pv: ParsedValue) -> list[tuple[ParsedValue, list[str]]]:
    """A range's two bounds as values of their own (5%—5.5%: at least 5, at most 5.5), each with the flag that
    says so; any other value as it is."""
    if pv.kind != "range":
        return [(pv, [])]
    flag = [RANGE_FLAG]
    m = _RANGE.search(normalize(pv.raw).replace(" ", ""))
    unit = (m.group(4) or "") if m else ""
    raws = (m.group(1) + (m.group(2) or unit), m.group(3) + unit) if m else (pv.raw, pv.raw)
    raws = tuple(f"〔{r}〕" for r in raws) if pv.cumulative else raws  # 〔12—13〕: each bound a five-year total
    return [(dataclasses.replace(pv, raw=r, kind="number", value=v, high=None, comparator=c, flags=list(pv.flags)), flag)
            for r, v, c in zip(raws, (pv.value, pv.high), (">=", "<="))]


def _strip_markers(s: str, pv: ParsedValue) -> str:
    """Take the comparators outside the number and the five-year-total brackets off ``s``, noting
    them (and 累计, 年均, 期末) in ``pv``; return what is left."""
    s = re.sub(r"^([\[〔【][^\]〕】]*)([\]〕】])((?:万|亿)?(?:人次|人|户|名|个|元))$", r"\1\3\2", s)  # 〔8.6〕万人次: 〔8.6万人次〕
    # a comparator may stand outside the brackets: >〔9〕, [2]左右
    for word, comp in _SUFFIX_COMPARATORS:
        if s.endswith(word) and _CUMULATIVE.match(s[: -len(word)]):
            pv.comparator = comp
            s = s[: -len(word)]
            break
    m = _CUMULATIVE.match(s)
    if m:
        pv.cumulative = True
        s = m.group(1)
    for word, comp in _PREFIX_COMPARATORS:
        if s.startswith(word) and not pv.comparator:
            pv.comparator = comp
            s = s[len(word):]
            break
    m = _CUMULATIVE.match(s)
    if m:
        pv.cumulative = True
        s = m.group(1)
    pv.cumulative = pv.cumulative or "累计" in s
    pv.annual = pv.annual or bool(_ANNUAL.search(s))
    pv.period_end = pv.period_end or bool(_PERIOD_END.search(s))
    return s


def _read_number(s: str, num: str, pv: ParsedValue) -> None:
    """The one number of ``s`` with the comparator before it and the unit and comparator after it;
    words other than the usual verbs become ``qualifier``."""
    before, _, after = s.partition(num)
    for word, comp in _PREFIX_COMPARATORS:
        if before.endswith(word) and not pv.comparator:
            pv.comparator = comp
            before = before[: -len(word)]
            break
    for unit in _UNITS:
        if after.startswith(unit):
            pv.unit = unit
            after = after[len(unit):]
            break
    for word, comp in _SUFFIX_COMPARATORS:
        if after.startswith(word):
            if not pv.comparator:
                pv.comparator = comp
            after = after[len(word):]
            break
    leftover = re.sub(r"(每年|年均|年度|平均|期末|累计|达到|达|保持在|保持|控制在|实现|为|是)", "", before + after)
    if leftover:
        pv.qualifier = leftover
    pv.value = float(num.replace(",", ""))
    pv.comparator = pv.comparator or "="


def unit_from_name(name: str) -> tuple[str, str]:
    """Split a table row's name into (name, unit): "失业保险参保人数(万人)" -> ("失业保险参保人数", "万人").

    Also reads units without brackets ("社会保障卡持卡人数万人", "城镇登记失业率%") and a
    bracket the scrape left open ("城镇登记失业率(%"). Returns "" as unit when none is written.
    """
    s = name.strip()
    m = re.search(r"\(([^()]*)\)?\s*$", s)
    if m and (m.group(1) in UNITS or m.group(1) == "" or m.group(1).startswith("万")):
        return s[: m.start()].strip(), m.group(1)
    for unit in ("万人次", "万人", "亿元", "%"):
        if s.endswith(unit):
            return s[: -len(unit)].strip(), unit
    return s, ""


def canonical_unit(unit: str) -> tuple[str, float] | None:
    """(canonical unit, factor) for a plan unit, or None if unknown."""
    return UNITS.get(unit)
