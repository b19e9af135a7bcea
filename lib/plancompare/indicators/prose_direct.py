"""Values written right beside their name rather than after a subject: 城镇新增就业(1.35万人),
12.6万人的城镇新增就业目标, 帮助1,860名城乡劳动者成功创业, 86.3万人参加了失业保险."""

from __future__ import annotations

import re

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.prose_rules import Rules
from plancompare.indicators.prose_subject import name_pattern
from plancompare.indicators.prose_values import Value

__all__ = ["direct_mentions", "name_around"]


def name_around(clause: str, v: Value, catalog: IndicatorCatalog) -> str:
    """A name written around the count it gives: 帮助1,860(名城乡劳动者)成功创业, 86.3万人参加了失业保险,
    312.7万人持有社会保障卡, 6820人实现城镇新增就业; "" when none."""
    rest = re.match(r"[^\d,。;、]*", clause[v.end:]).group(0)
    verb = re.search(r"(帮助|协助|扶持|帮扶|促进)\s*$", clause[:v.start])
    if verb:
        word = "帮助" if verb.group(1) in ("协助", "扶持", "帮扶") else verb.group(1)  # 協助, 扶持…成功创业 as 帮助
        for k in range(len(rest) - 1):
            if catalog.match(word + rest[k:]) and catalog.indicators[catalog.match(word + rest[k:])].flow:
                return word + rest[k:]  # 帮助186户零就业家庭实现就业: households helped, not the stock left
    helped = re.match(r"(?:名|人)?\s*在[^,;。\d]{0,8}?(?:扶持|帮助|帮扶)下\s*(成功创业)$", rest)
    if helped and catalog.match("帮助" + helped.group(1)):
        return "帮助" + helped.group(1)  # 1260人在扶持下成功创业: those helped
    became = re.match(r"(?:名|人)?\s*实现了?(.{2,8}?)$", rest)
    if became and catalog.match(became.group(1)) and catalog.indicators[catalog.match(became.group(1))].flow:
        return became.group(1)  # 累计有6820人实现城镇新增就业: the flow's count
    done = re.match(r"(?:名|人)?\s*完成了?(.{2,14}?培训)$", rest)
    if done and catalog.match("完成" + done.group(1) + "人数"):
        return "完成" + done.group(1) + "人数"  # 2.8万人完成职业技能培训
    trained = re.match(r"(?:名|人|人次)?\s*(?:(农民工)|[^\d,;。农]{0,6}?(?:劳动者|人员|职工|群众))?\s*(?:参加|接受|开展)了?(.{2,14}?培训)$",
                       rest)  # 为8.6万名劳动者开展补贴性职业技能培训
    if trained and trained.group(1) and catalog.match("农民工参加职业培训人次"):
        return "农民工参加职业培训人次"  # 3,000名农民工接受补贴性职业技能培训
    if trained and catalog.match(trained.group(2)):
        return trained.group(2)  # 12.6万人次参加补贴性职业技能培训
    joined = re.match(r"(?:名|人)?\s*参加了?(.{2,12}?保险)$", rest)
    if joined and catalog.match(joined.group(1) + "参保人数"):
        return joined.group(1) + "参保人数"
    got = re.match(r"(?:名|人)?\s*(?:以上)?\s*(?:新增|新)?取得了?(.{2,30}?证书)$", rest)
    if got and catalog.match("新增取得" + got.group(1) + "人数"):
        return "新增取得" + got.group(1) + "人数"
    held = re.match(r"(?:名|人)?\s*持有(?:第[一二三]代)?(.{2,6}?卡)$", rest)
    if held and catalog.match(held.group(1) + "持卡人数"):
        return held.group(1) + "持卡人数"
    return ""


def direct_mentions(clause: str, values: list[Value], catalog: IndicatorCatalog,
            rules: Rules) -> list[tuple[Value, str, str]]:
    """Values written right with their name: 城镇新增就业(1.35万人), 12.6万人的城镇新增就业(目标, 任务, 调控目标)."""
    names = name_pattern(catalog)
    out = []
    for v in values:
        before = re.search(rf"({names.pattern})\s*\(\s*$", clause[:v.start])
        aim = r"((?:年度|预期|控制|调控|规划|考核)?(?:目标|任务))"
        after = re.match(rf"\s*(?:以上|左右)?\s*的\s*({names.pattern}){aim}?", clause[v.end:]) or \
            re.match(rf"\s*(?:以上|左右)?\s*({names.pattern}){aim}", clause[v.end:])  # 下达的1.1万人城镇新增就业任务
        around = name_around(clause, v, catalog)
        if around and not (before or after):
            v.kind = "plain"
            out.append((v, catalog.match(around), around))
            continue
        m = before or after
        if before and rules.name_modifiers.search(clause[:before.start(1)]):
            continue  # 城乡居民基本养老保险参保人数(…): another scheme's count
        if m and catalog.match(m.group(1)):
            v.kind = "target" if after and after.group(2) else "plain"
            out.append((v, catalog.match(m.group(1)), m.group(1)))
    return out
