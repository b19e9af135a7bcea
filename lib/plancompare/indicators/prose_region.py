"""Whose figure it is: a city's plan quotes the province's and the nation's figures beside its own
(全国技能人才总量超过2亿人;全县技能人才总量为3.2万人), or a part's (其中全区完成1.2万人), and only its own are its
values.

The text's own level is the region it is about (a plan's region, by the suffix of its name) or, for a
pasted text, the one it calls its own (我市) or else the lowest level it names as a whole (全县 below 全市
below 全省 below 全国). A figure whose sentence names another level as its subject before it (the last such
word before the value, not one a comparison or a verb takes: 比全省平均水平高, 贯彻全省…) is another region's:
it is left unplaced and flagged, never placed as the text's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plancompare.indicators.prose import Mention

#: the words a text names a whole region by, by administrative level (0: the nation … 3: a county or district)
_LEVEL_WORDS = (
    (0, "全国|我国|国家(?=[^,;。]{0,12}规划(?:纲要)?》?(?:提出|明确|要求|确定))"),  # 《国家“十五五”规划纲要》提出,…
    (1, "全省|我省|本省|全自治区"),
    (2, "全市|我市|本市|全州|我州|本州|全盟|我盟"),
    (3, "全县|我县|本县|全区(?!域)|我区|本区(?!域)|全旗|我旗|(?<![各省市])(?:县|旗)(?:人社局|人力资源(?:和|与)社会保障局|人民政府|政府)"
        "|(?<![各省市治])区(?:人社局|人力资源(?:和|与)社会保障局|人民政府|政府)"),
)
_WORD = re.compile("|".join(f"(?P<l{level}>{words})" for level, words in _LEVEL_WORDS))
#: a region word that a comparison, a preposition or a verb takes, not the subject (比全省平均水平, 占全市的, 居全国前列,
#: 贯彻全省…会议精神, 融入全国统一大市场)
_TAKEN = re.compile(r"(?:比|较|于|与|占|同|和|及|为|在|对|向|给|居|列|领先|超过|低于|高于|贯彻|落实|依托|融入|对接|参加|"
                    r"服务|面向|推进|召开|组织)\s*$")
#: a region's name ending → its level (湖北省 1, 舟山市 2, 叙永县 3, 青浦区 3)
_SUFFIX = ((r"(?:省|自治区)$", 1), (r"(?:市|州|盟)$", 2), (r"(?:县|区|旗)$", 3))


def _level(m: re.Match, qu: int = 3) -> int:
    level = next(int(k[1:]) for k, v in m.groupdict().items() if v)
    return qu if level == 3 and m.group(0)[-1] == "区" else level


@dataclass(frozen=True)
class OwnRegion:
    """The level of the region a text is about, and the region words it cannot tell apart (全区 in a district
    bureau's news of its autonomous region's meeting: the region or the district)."""

    level: int | None
    unsure: tuple[str, ...] = ()
    qu: int = 3  # the level 全区/我区/本区 name: a district's, or the autonomous region's (1) in a text that names it


#: a text that names an autonomous region and one of its districts: 全区 may be either
_BOTH_QU = re.compile(r"自治区|[全我本][盟州旗]")  # a league, prefecture or banner sits in an autonomous region
_DISTRICT = re.compile(r"(?<!自治)区(?:人社局|人力资源和社会保障局|委|政府|人民政府)|城区|市辖区")


def own_region_of_text(text: str) -> OwnRegion:
    """The region a pasted text is about (:func:`text_level`): 全区 is the autonomous region in a text that names
    one, a league, prefecture or banner (全盟…;全区…: the league's text quoting its region), unsure where the text
    also names a district."""
    region, district = _BOTH_QU.search(text) is not None, _DISTRICT.search(text) is not None
    qu = 1 if region and not district else 3
    return OwnRegion(text_level(text, qu), ("全区",) if region and district else (), qu)


def own_region_of_plan(region: str) -> OwnRegion:
    """The region a catalog plan is about, by its name."""
    return OwnRegion(level_of_region(region))


def level_of_region(region: str) -> int | None:
    """The level of a region by its name (湖北省 → 1, 营口市 → 2, 叙永县 → 3), None when the name does not say."""
    return next((level for pattern, level in _SUFFIX if re.search(pattern, region.strip())), None)


def _subjects(text: str) -> list[re.Match]:
    """The region words of ``text`` that are no comparison's, preposition's or verb's object."""
    return [m for m in _WORD.finditer(text) if not _TAKEN.search(text[max(0, m.start() - 4):m.start()])]


def text_level(text: str, qu: int = 3) -> int | None:
    """The level of the region a text calls its own (我市, 本县), else the lowest level it names as a whole region
    (全县 in a text that also names 全省 and 全国; not a part after 其中), None when it names none; ``qu`` the level
    of 全区."""
    words = _subjects(text)
    own = [_level(m, qu) for m in words if m.group(0)[0] in "我本"]
    levels = own or [_level(m, qu) for m in words if not re.search(r"其中\s*$", text[max(0, m.start() - 4):m.start()])]
    return max(levels) if levels else None


def unplace_other_regions(mentions: list[Mention], paragraph: str, sentence_start: int, own: OwnRegion | None) -> None:
    """Leave unplaced, flagged, each mention whose sentence (from ``sentence_start`` in ``paragraph``) names a
    region above the text's own level as the last subject before the value, or a region word the text cannot
    tell apart."""
    if own is None:
        return
    for m in mentions:
        words = _subjects(paragraph[sentence_start:m.start])
        if not words or not m.time.role:
            continue
        if words[-1].group(0) in own.unsure:
            m.flags.append(f"ambiguous_region: {words[-1].group(0)} may be the autonomous region or the district")
        elif own.level is not None and _level(words[-1], own.qu) != own.level:  # above it, or a part of it
            m.flags.append(f"other_region: the figure is {words[-1].group(0)}'s, not the text's own region's")
        else:
            continue
        m.time.role, m.time.year = "", None
