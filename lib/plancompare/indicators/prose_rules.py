"""The prose grammar's vocabulary (``data/prose.yaml``), compiled, and the small judgements made
with it: what kind of value a number is, its comparator, the year a from/to phrase names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from plancompare.config import PACKAGE_DATA_DIR
from plancompare.structure.numbering import fyp_end

PROSE_RULES_FILE = PACKAGE_DATA_DIR / "prose.yaml"

_YEAR_OR_FYP = r"(?:(?:规划)?基期|(?:19|20)\d\d\s*年(?:底|末)?|“?十[一二三四五六七八九]?五”?(?:时期|期间|期末|末)?|(?:上年|去年|前年)(?:末|底)?|期初|(?:本?规划)?期末|(?<![\d\s年])(?:年初|年末|年底)|目前|当前|现在)"
_FROM = re.compile(rf"(?:(?:从|由|自)\s*{_YEAR_OR_FYP}?|(?:比|较)\s*(?:(?:19|20)\d\d\s*年|上年|去年|前年)(?:底|末|同期)?(?:实际(?:完成|实现)?(?:数|值)?)?|(?:比|较|高于|低于|超过|多于|少于)\s*“?十[一二三四五六七八九]五”?(?:(?:时期|期间|期末|末)(?:实际|累计)?(?:完成|实现)?|实际(?:完成|实现)))\s*[的之]?\s*(?:累计|年均|平均每年|每年)?\s*(?:不足|近|约|超过|逾|接近)?\s*$")
#: a value tagged with its year and role, as tables write them: 2020年(基期)186.2万人, 2025年目标:230万人
_TAGGED = re.compile(r"((?:19|20)\d\d)\s*年(?:底|末)?\s*\(?\s*(基期|基数|基准|目标值?|规划目标|预期目标|实现值|实际值|完成值|监测值|现状值)?\s*\)?\s*[:]?"
                     r"\s*(?:(?<=值)为|(?<=值)是)?\s*$")
_TO = re.compile(rf"(?:增加|提高|增长|提升|上升|下降|降低|减少|回落|降|增|扩大|缩小|收窄|达|升|成长|跃升|控制)(?:到|至|为)\s*{_YEAR_OR_FYP}?\s*[的之]?\s*(?:累计|年均|平均每年|每年)?\s*(?:不足|近|约|超过|逾|接近)?\s*$")
_PAIR_YEAR = re.compile(r"(?:((?:19|20)\d\d)\s*年(?:底|末)?|“?(十[一二三四五六七八九]?五)”?(时期|期间|期末|末)?(?:实际|累计)?(?:完成|实现)?)\s*[的之]?\s*(?:累计|年均|平均每年|每年)?\s*(?:不足|近|约|超过|逾|接近)?\s*$")
_TIME_PREFIX = re.compile(
    r"^(?:(?:19|20)\d\d\s*年?\s*[—–~至到-]\s*(?:19|20)\d\d\s*年|受[^,;]{1,8}?影响|(?:规划实施的?)?第\s*[一二三四五1-5]\s*个?年(?!度|级)|(?:截至|截止|到|至)?\s*(?:(?:19|20)\d\d\s*年(?:度|底|末|全年)?|“?十[一二三四五六七八九]?五”?"
    r"(?:期间|时期|期末|末|以来|[前头].年)?)|(?:到|至)?\s*本?规划(?:期(?:内|末)?|末期|末年)|当年|收官之?年|(?:规划(?:实施)?的?)?[前头]\s*[一二三四两1-4]\s*年(?!度|级)|目前|当前|第?[一二三四]季度|上半年|下半年|前三季度|前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*个月|(?:今年)?\d{1,2}\s*月(?:末|底|份)|\d{1,2}\s*[—–~-]\s*\d{1,2}\s*月份?|报告期(?:内|末)?|今年|明年|下一年度|下一年|下年度|去年|上年(?:末|底|同期)?|本年度?|年内|全年|年末|年底|[五5三3两2]年间|[五5三3两2]年内|五年来|五年|5年|未来五年|未来5年|过去\s*(?:[一二三四五六七八九十两]|\d{1,2})\s*年|今后\s*[五5]\s*年|同期|"
    r"回顾|同期|其中|进一步|年间|[、和及与](?=\s*(?:19|20)\d\d\s*年))+")
_PLAN_TARGET = re.compile(r"规划(?:控制|预期|约束性|考核)?(?:目标|确定)|规划(?:末期|期末|所定|提出)")
#: a clause opened by the verb of a pair (…由1.9万人,逐年增长至3.1万人): the pair's second value
_TO_LEAD = re.compile(r"^\s*(?:逐年|逐步|进一步|稳步|持续)?\s*(?:增加|提高|增长|提升|上升|下降|降低|回落|降|增|扩大|升|成长|跃升|控制)(?:到|至|为)")
_ARROW = r"(?:→|->|—>|⇒)"
_ARROW_AFTER = re.compile(rf"\s*(?:以上|以内|以下|左右)?\s*(?:\(\s*(?:19|20)\d\d\s*年?(?:底|末)?\s*\))?\s*{_ARROW}")
_ARROW_BEFORE = re.compile(rf"{_ARROW}\s*(?:(?:19|20)\d\d\s*年?(?:底|末)?)?\s*[:]?\s*$")


@dataclass(frozen=True, eq=False)  # hashed by identity: one loaded set, cached readings
class Rules:
    subject_fillers: re.Pattern
    linking: re.Pattern
    change_before: re.Pattern
    change_after: re.Pattern
    target_before: re.Pattern
    target_after: re.Pattern
    share_of_target: re.Pattern
    average: re.Pattern
    coverage: re.Pattern
    name_modifiers: re.Pattern
    result_after: re.Pattern
    review_section: re.Pattern
    progress_section: re.Pattern
    target_section: re.Pattern
    comparators_before: tuple[tuple[str, str], ...]
    comparators_after: tuple[tuple[str, str], ...]
    this_year: re.Pattern
    next_year: re.Pattern
    last_year: re.Pattern
    future: re.Pattern
    past: re.Pattern
    period_total: re.Pattern
    annual: re.Pattern
    part_year: re.Pattern
    month_point: re.Pattern
    frames: tuple[tuple[re.Pattern, str], ...]
    kinds: dict  # kind of document → the heading it stands for (document_kinds in prose.yaml)

    def strip_time(self, phrase: str) -> str:
        """A subject without the time and place words before it."""
        prev = None
        while prev != phrase:
            prev = phrase
            phrase = _TIME_PREFIX.sub("", self.subject_fillers.sub("", phrase.strip())).lstrip(",“” ")
        return phrase

    def future_words(self, before: str, text: str, explicit: bool, year_ahead: bool, after: str) -> re.Match | None:
        """The words that make a value a target: the last future word of its sentence (``before``), else of
        the paragraph's time words (``text``, when not ``explicit``), unless the words around them say the
        value is a result measured against it. ``year_ahead``: 年内 may be the year ahead (an annual
        document, outside a section that reviews the year)."""
        future = next(reversed(self.intents(before)), None)  # the last: 规划要求今后五年…
        src = before
        if future is None and not explicit:  # 二、2024年工作计划。城镇新增就业3.5万人以上: the paragraph's plan
            future, src = next(iter(self.intents(text)), None), text
        heading = re.match(r"\s*(?:(?:19|20)\d\d\s*年度?)?(?:[^,;:。\d]{0,12}?(?:主要|预期|年度|全年|工作|绩效))?(?:目标|计划)(?:任务)?(?:设定情况|设定)?(?:是|为)?\s*:|\s*(?:(?:19|20)\d\d\s*年度?)?[^,;:。\d]{0,16}?(?:实施|工作|行动)方案\s*:",
                           before) or \
            re.match(r"\s*(?:(?:19|20)\d\d\s*年度?\s*,)?[^,;:。]{0,24}?(?:绩效目标|目标责任书[^,;:。]{0,6}|(?:确定|下达)的(?:目标|任务))(?:任务)?(?:为|是|如下)?\s*:",
                     before)  # 2024年部门预算绩效目标:…, 年度目标责任书确定的任务为:…
        if future is None and explicit and heading and not self.result_after.search(after):
            future = heading  # 2024年主要目标:城镇新增就业5,500人以上;…: a heading of targets, in its sentence
        listed = re.search(r"规划[^。:,;]{0,12}目标(?:任务)?\s*(?:如下|是|为)?\s*:(?=[^。:]*$)", before)
        if future is None and explicit and listed and not self.result_after.search(after):
            future = listed  # 列出了…“十四五”规划的四项目标:全国五年城镇新增就业…: the plan's targets, listed
        if future is None and year_ahead and not self.result_after.search(after):
            ahead = re.compile(r"年内(?=.*(?:控制在|保持在|稳定在|不低于|不超过|不少于|达到|实现|完成|新增))")
            carried = None if explicit or not re.search(r"控制在|保持在|稳定在|以内|以上|左右|不低于|不超过|不少于|力争|确保", before) \
                else ahead.search(text)
            own = ahead.search(before)  # 年内…控制在…。年末…稳定在96%以上: the same year ahead; 年内…分别为…: done
            future = None if own and re.search(r"(?:分别|依次)为", before[own.end():]) else own or carried
            # 年内城镇调查失业率控制在…, 年内实现…: the year's target; 年内全省新进站…412人: what it did
        if future and re.match(r"(?:目标为|目标是)\s*(?:稳定在|提高到|控制在|保持在|达到)?\s*[\d.]+\s*\S{0,3}?\s*"
                               r"(?:以上|以内|左右|以下)?\s*[,;]", src[future.start():]):
            future = None  # 参保率目标为95%,2023年达到94.2%: the label was its own clause's
        if future and (re.search(r"(?:完成了?|为|占)\s*(?:年度|全年|年)?\s*$", src[:future.start()]) or re.search(
                r"(?:低于|高于|好于|优于|超过|超出|未达到|达到|完成|实现)[^,;。]{0,16}的\s*(?:[“\"][^”\",;。]{0,16}[”\"])?\s*$",
                src[:future.start()])):
            future = None  # 完成年度计划的107%, 低于5.5%左右的预期目标, 超过…的“1200万人以上”预期目标: what the result is measured against
        if future and re.compile(r"实际|(?<![要将争保划应])完成|实现了|达到了|[,;]\s*全年(?:共)?(?:培训|新增|开展|帮助|招收)").search(
                src, future.end()):
            future = None  # 目标为6.5万人,全年实际完成7.12万人: the result after the target
        return future

    def intents(self, text: str) -> list[re.Match]:
        """The future words of ``text`` that state an intent about what follows, not those that only look
        like one: 将 of a 把-sentence (将就业工作摆在突出位置, 将…纳入), a purpose (为确保…), a programme's
        name (…就业见习计划, 计划单列市) or a plan followed (按照年度工作安排)."""
        kept = []
        for m in self.future.finditer(text):
            word, rest, lead = m.group(0), text[m.end():], text[:m.start()]
            clause = re.match(r"[^,;。!?]*", rest).group(0)
            if word == "将" and re.search(r"纳入|作为|摆在|放在|列为|列入|当作|视为|融入|转化为|置于", clause):
                continue
            if word == "确保" and re.search(r"(?:为了?|以)\s*$", lead):
                continue
            if lead.rfind("“") > lead.rfind("”") and re.match(r"[^“”]*”\s*的?(?:规划|预期|年度|既定|发展)?(?:目标|任务)", rest):
                continue  # 未实现“到2025年达到75万人”的规划目标,其中…: the quoted target's words, not the later value's
            heading = re.search(r"(?:^|[。!?;])[^。!?;,]{0,12}$", lead) and re.match(r"\s*[。:]", rest)  # 二、2024年工作计划。
            if word.endswith(("计划", "安排", "要点")) and re.search(r"(?:总结|回顾)[^。:;,]{0,12}$", lead):
                continue  # 2017年工作总结和2018年工作计划:…: a title of both halves; the years after it decide
            if word.endswith(("计划", "安排", "要点")) and not heading and (
                    re.match(r"\s*(?:单列|生育|[,;。、”》)]|的|中|内)", rest) or re.search(r"(?:按照|根据|对照|围绕|落实)[^,;。]{0,6}$", lead)
                    or re.search(r"(?:按|[”》]|行动|工程|专项)$", lead)):
                continue  # 计划生育, 按计划推进, “春风行动”计划: no plan of a value
            kept.append(m)
        return kept

    def reviews(self, section: str) -> bool:
        """Whether a section's title says it reviews what was done (一、2023年工作回顾, 工作总结, 主要成就)."""
        return bool(section) and bool(self.review_section.search(section) or self.progress_section.search(section)
                                      or "总结" in section)

    def plans_ahead(self, section: str) -> bool:
        """Whether a section's title says it sets targets (主要目标, 2024年主要预期目标, 工作要点) and does not
        report on them (主要指标完成情况, 各项目标任务圆满完成, 主要经济社会发展指标)."""
        title = section.split(" > ")[-1] if section else ""
        return bool(re.search(r"目标|(?:年度|绩效|计划)指标值|(?<=[年度达])任务|计划|要点|安排|思路|打算|方案|重点工作|(?:重点|主要)任务", title)) and not self.reviews(title) and \
            not re.search(r"完成|执行|落实|运行|实现|成效|良好|较好|全面|圆满|超额|情况|成就", title)

    def other_topic(self, clause: str) -> bool:
        """Whether a clause with no value and no catalog name is a noun phrase of its own, the topic of what follows
        (服务对象满意度,目标值90%以上): a measure the catalog does not hold, not the subject before it again."""
        bare = self.strip_time(clause).strip(" ,;:")
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:率|度|比重|比例|收入|规模|金额|户数|件数)", bare)) and \
            not self.continues(bare)

    def continues(self, head: str) -> bool:
        """True when a clause starts with a predicate (为2.9%, 总数达到…): it speaks of the
        sentence's subject."""
        if re.match(r"\s*其中\s*[,:]?\s*$", head):
            return False  # 持卡人数13.79亿人,其中9.7亿人领用电子社保卡: a part of the subject, not the subject
        head = re.sub(r"^\s*全年平均(?:值)?", "", head)  # 上半年…,全年平均为5.2%: the year's average is its level
        head = re.sub(r"(?:19|20)\d\d\s*[—–~至到-]\s*(?=(?:19|20)\d\d)|“(?:到|至)\s*(?=(?:19|20)\d\d)|(?:19|20)\d\d\s*年(?:底|末)?|年均|平均每年|每年|“?十[一二三四五六七八九]?五”?(?:时期|期间|期末|末)?[的之]?", "",
                      self.strip_time(head))
        if self.coverage.fullmatch(head.strip()):
            return True
        head = re.sub(r"实际[\u4e00-\u9fff]{1,2}$|(?:较|比)(?:上年|去年|前年|规划基期|基期)(?:末|底|同期)?|(?:目标|任务|完成|实际|实现|监测|基期|基数|基准|计划|现状)(?:数|值)?|指标值|今后\s*(?:[五5]\s*年)?|期末|末期|要求|要|将要|需|(?:下降|降低|回落|降|提高|增加|增长|提升|上升|扩大|成长|跃升|升|控制|攀升)(?:到|至|为)|之|超出|已?达成|已达到|提前(?:\d+|[一二两三四五六七八九十]+)?个?(?:月|天|季度|年)?|^距离?|^(?:而且|而|但|并且?|且|也|还|则|同时|即|占|处于|仅|只|略|稍|明显|远|大幅)|^(?:比|较|高于|低于)(?=[^,。;\d]{0,10}(?:目标|计划|任务))|年初(?=确定|下达|计划|制定)|省里|市里|县里|未能|未|没有|(?:五|5)?年(?=目标|任务)|所定|(?:[一二三四五两\d]年)?(?:合计|总计|累计)|[<>≤≥]=?|运行(?:中|情况)?|一度|"
                      r"超额|规划|确定|预期|控制|调控|年度|全年|(?:[省市县区州盟]|上级)?下达(?:给)?(?:[我本全][省市县区州盟旗])?|[省市县区州盟]定|"
                      r"目标|任务|实际|未|处于|处在|在|被|的|[()]|"
                      r"新增$|[“”\"]|了|继续|仍然|仍|依然|还将|再", "", head)  # 五年累计新增10万人: the subject's flow again
        return self.linking.sub("", head).strip(" 的") == ""

    def kind_of(self, before: str, after: str, unit: str, head: str = "") -> str:
        """plain, added, change, share, modifier, target, plan_target, from or to: what the words around
        a number make of it."""
        before = before.rstrip()  # 增加 12 310 人: a space before the number changes nothing
        if re.search(r"(?:增量|增加量|净增量|净增加)(?:为|是|达到?)*\s*$|净(?:增加?|减少?)\s*(?:参保|持卡|领卡)(?:人数)?\s*$", head + before):
            return "change"  # 技能人才总量增量为1.2万人: by how much, not the level
        if re.search(r"(?<![比较])新增了?\s*$", before) and not self.change_after.match(after):
            return "added"  # 累计新增10万人: a flow's amount, but a stock's change (参保人数新增1.2万人)
        if self.change_after.match(after) or (self.change_before.search(before) and not _TO.search(before)):
            return "change"
        if unit == "%" and self.share_of_target.search(before):
            return "share"
        if re.search(r"(?:扩面|增量|净增)(?:目标|任务)[^,。;\d]{0,3}$", before):
            return "change"  # 完成年度扩面任务(1.5万人)的126.7%: a target for the increase, no level
        if re.search(r"超额完成[^,。;\d]{0,6}?(?:目标|任务|计划)(?:任务)?\s*$", before) or re.search(
                r"超额完成了?\s*$", before) and not re.match(r"[^,。;]{0,20}?(?:目标|任务|计划)", after) or re.search(
                r"(?:超过|超出|高于|多于|低于|少于|好于|优于|超额完成)(?:[^,。;]*?\d[^,。;]*?(?:目标|任务|计划)(?:任务|数)?|[^,。;]*?"
                r"(?:目标|任务|计划)(?:任务|数)?[^,。;\d]{0,4}[\d.]+\s*(?:万人次|万人|人次|人|%|万)?)\s*$", before):
            return "change"  # 超额完成目标1500人, 超额完成3000人, 超过4.5万人的年度目标0.7万人: by how much, not the target
        if re.search(r"(?:^|[^\u4e00-\u9fff]|共|全年|累计|已|先后|今年|去年)为\s*$", before) and re.match(
                r"\s*(?:名|人|户|家|位)?[^,。;\d]{1,14}?(?:发放|提供|办理|核定|补换|兑现|支付|落实|安排|开发|申领|发|减免|返还|报销)",
                after):
            return "modifier"  # 全年共为1.2万名失业人员发放失业保险金: people served, no level of the subject
        if self.target_before.search(before) or self.target_after.match(after):
            return "plan_target" if _PLAN_TARGET.search(before[-12:] + after[:12]) else "target"
        if re.search(r"(?:基期|基准|基数)值?\s*(?:仅|只)?(?:为|是)?\s*(?:\(?\s*(?:19|20)\d\d\s*年(?:末|底)?\s*\)?\s*[的之]?|"
                     r"\([^()]{1,12}\))?\s*(?:为|是|:)?\s*$", before):
            return "from"  # 参保人数基期值为142.5万人,目标值为168万人; 基期值:21.6万人
        if re.search(r"以\s*(?:(?:19|20)\d\d\s*年(?:末|底)?)?\s*的?\s*$", before) and re.match(r"\s*(?:左右)?\s*为(?:基数|基期|起点|基准)", after):
            return "from"  # 以2025年的28.6万人为基数: the base a later aim starts from
        if re.search(r"现状值?\s*(?:为|是)?\s*$", before):
            return "current"  # 现状值为97.2%(2023年底): the value when the text was written
        if re.search(r"(?:较|比)\s*(?:规划)?基期\s*(?:的|\(?\s*(?:(?:19|20)\d\d\s*年)?\s*[:]?)\s*$", before) or \
                re.search(r"(?:较|比)\s*(?:(?:19|20)\d\d\s*年|上年|去年)(?:末|底)?\s*\(\s*$", before):
            return "from"  # 较规划基期(2020年3.6%)下降0.4个百分点, 比2020年末(361.2万人)增加
        if re.search(r"(?:\(\s*(?:上年|去年)(?:末|底|同期)?\s*[:]?|(?:上年|去年|前年)(?:末|底|同期)?\s*(?:这一数字|这一数据|这个数字|该数字)?\s*(?:为|是)|(?:比|较)(?:上年|去年)实际(?:完成|实现)的?)\s*$", before):
            return "from"  # 2023年末…为24373万人,上年末为23807万人: the year before's level
        if re.search(r"超出[^,。;\d]*\([^()]*\)\s*$", before):
            return "change"  # 超出规划目标(3,000人)260人: by how much
        if _ARROW_AFTER.match(after):
            return "from"  # 5.4%(2020年)→5.5%以内(2025年), (2020年90.8%→2025年95%)
        if _ARROW_BEFORE.search(before):
            return "to"
        tagged = _TAGGED.search(before)
        if tagged and (tagged.group(2) or re.search(r"[:]\s*$", before)):
            return "from" if tagged.group(2) and tagged.group(2).startswith("基") else "to"
        if re.match(r"\s*(?:以上|以下|左右)?\s*\(\s*\d(?!\d{3}\s*年)", after):
            return "modifier"  # 近百万人(99.2万人): the rounded figure; the exact one follows in brackets
        if unit == "%" and self.coverage.search(head + before) and \
                re.match(r"\s*(?:以上|左右)?的?(?:(?:常住|户籍|总)?人口|(?:法定)?参保(?:人员|对象)|人群)", after):
            return "plain"  # 持卡人数…,覆盖97.7%的人口: the count's coverage rate
        if re.match(r"\s*的?基础上", after):
            return "from"  # 在2020年14.2万人的基础上增加到18万人: where the plan starts from
        if re.match(r"\s*(?:以上|以内|以下|左右)?的(?!目标|任务|规划|预期|控制|调控|年度|较?[低高]?水平)", after):
            return "modifier"  # 80%的案件, 覆盖97.7%的人口: the number qualifies another noun
        if _FROM.search(before):
            return "from"
        if _TO.search(before) and (re.search(r"从|由|自|基础上", before) or _TO_LEAD.match(before)):
            return "to"
        if self.average.search(re.sub(r"平均每年", "", (head or before)[-12:])) and not re.search(r"全年|年度", head or before) \
                and unit != "年":  # 平均每年 is 年均, a year's figure
            return "average"  # a multi-year average is not a level; a one-year document's is the year's
        return "plain"

    @staticmethod
    def pair_year(before: str, after: str = "") -> tuple[int | None, str]:
        """The year a from/to phrase names (从2020年的, 到“十四五”期末的, 93%(2020年)) and its words;
        (None, words) for a year relative to the document (由上年末的)."""
        before = re.sub(r"\(\s*$", "", before)  # 比2020年末(361.2万人): the year before the bracket
        m = re.match(r"\s*(?:以上|以内|以下|左右)?\s*\(\s*((?:19|20)\d\d)\s*年?(?:底|末)?\s*\)", after)
        if m:
            return int(m.group(1)), m.group(0).strip()
        m = _TAGGED.search(before)
        if m and not re.search(r"(?:从|由|到|至|比|较)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*的?\s*$", before):
            return int(m.group(1)), m.group(0).strip()
        m = re.search(r"(期初|期末)\s*的?\s*$", before)
        if m:
            return None, m.group(0)
        m = re.search(r"(?:(?:上年|去年|前年)(?:末|底|同期)?(?:实际(?:完成|实现)?(?:数|值)?)?\s*(?:这一数字|这一数据|这个数字|该数字)?|(?<![\d\s年])(?:年初|年末|年底))\s*(?:的|为|是)?\s*$", before)
        if m:
            return None, m.group(0)
        m = _PAIR_YEAR.search(before)
        if m is None:
            return None, ""
        if m.group(1):
            return int(m.group(1)), m.group(0)
        return fyp_end(m.group(2)), m.group(0)

    def comparator(self, before: str, after: str, unit_of: str) -> str:
        after = re.sub(r"^的?(?:年度|全年)?(?:控制|调控|预期)?目标(?:范围)?(?=以内|之内|以下|以上|内)", "",
                       after.lstrip())  # 3.5%的目标以内, 4.5%的年度控制目标内
        for word, comp in self.comparators_after:
            if after.startswith(word):
                return comp
        tail = re.sub(r"(?:每年|年均|平均每年|累计)\s*$", "", re.sub(r"(?<=[约近])(?:为|是)\s*$", "", before.rstrip()))
        tail = re.sub(r"(?<=至少)\s*要?(?:达到|达)\s*$", "", tail)  # 至少达到1.5万人: at least
        for word, comp in self.comparators_before:
            if tail.endswith(word):
                return comp
        return ""


@functools.lru_cache(maxsize=1)
def load_rules() -> Rules:
    """The vocabulary of ``data/prose.yaml`` (read once)."""
    with open(PROSE_RULES_FILE, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    c = re.compile
    frames = (
        (c(r"的((?:职工|人员|群众|居民)?)有$"), r"的\1"),  # 参加失业保险的职工有61.2万人
        (c(r"^参加"), ""),
        (c(r"^(?:具有|持有|取得)高级(?:专业技术)?职称的?(?:专业技术)?(?:人才|人员)?$"), "高级职称人才"),  # 其中具有高级职称的4.2万人
        (c(r"^外出务工的?农村劳动力(?:总数|总量|人数)?$"), "转移就业农村劳动力人数"),  # 外出务工的农村劳动力共有21.3万人
        (c(r"^(?:其中)?在省内(?:(?:务工|转移就业)的?(?:农村劳动力|劳动力|人数)?|就业的农村劳动力)$"), "省内转移人数"),  # …,其中在省内务工的9.8万人
        (c(r"^纳入(.{2,12}?保险)(?:保障|覆盖)?范围"), r"\1"),  # 纳入工伤保险保障范围的职工
        (c(r"^(?:.{0,8}?企业中?)?(?:与职工)?签订(劳动|集体)合同的?(?:比例|比率)$"), r"\1合同签订率"),
        (c(r"(业)实现(?:总)?(营业收入)$"), r"\1总\2"),  # 人力资源服务业实现营业收入
        (c(r"^(?:新增|新)取得(.{2,40}?证书)的?(?:人数|人员|劳动者|职工)?(?:有)?$"), r"新增取得\1人数"),
        (c(r"^(.{2,8}?保险)覆盖率$"), r"\1参保率"),
        (c(r"^(.{2,8}?保险)覆盖法定(?:参保)?人员的?(?:比例|比率|比重)$"), r"\1参保率"),  # 覆盖法定人员的比例
        (c(r"(?:[一二三四五六七八九十两\d]项)?社会保险(参保人数|参保人员|人数)$"), r"保险\1"),
        (c(r"(保险)(?:的)?(?:参保)?(?:在职|在岗)?(?:职工人数|覆盖人数|人数|人员|职工)$"), r"\1参保人数"),
        (c(r"持卡人员$"), "持卡人数"),
        (c(r"(保险)参保(?:规模|总量)?$"), r"\1参保人数"),
        (c(r"(保险)覆盖(?:了)?(?:职工|人员|人群|人口|法定(?:参保)?人员的?|参保对象的?)?(?:人数)?$"), r"\1参保人数"),
        (c(r"^处于(.{2,12}?保险)参保状态的(?:职工|人员|人数|群众)$"), r"\1参保人数"),
        (c(r"^处于参保(?:缴费)?状态的(.{2,12}?保险)(?:职工|人员|参保人)$"), r"\1参保人数"),  # 处于参保缴费状态的工伤保险职工
        (c(r"^(.{2,12}?保险)处于参保(?:缴费)?状态的(?:职工|人员|参保人)$"), r"\1参保人数"),  # 工伤保险处于参保缴费状态的职工
        (c(r"[一二三四五六七八九十两\d]项(保险)"), r"\1"),
        (c(r"^(.{2,12}?保险)的?者$"), r"\1参保人数"),
        (c(r"^(?:持有|拥有|持|领取|领用)(?:第[一二三]代)?(.{2,6}?卡)(?:的)?(?:人数|人员|群众|居民)$"), r"\1持卡人数"),
        (c(r"^(?:实际|累计)?持卡(?:人数|人员)$"), "社会保障卡持卡人数"),  # the card of the genre, named alone
        (c(r"^(.{2,8}?卡)覆盖了?(?:全[省市县区])?(?:(?:常住|户籍)?人口的?)?$"), r"\1覆盖率"),
        (c(r"^(?:计划|力争|争取|将|拟|要)?(?:每年|年均)?新?(?:招收|进站)(?:的)?(.+?)(?:人数)?$"), r"\1年招收人数"),
        (c(r"(农民工)(?:参加|接受)(?:各类|各种)?(?:职业(?:技能)?)?培训$"), r"\1参加职业培训人次"),
        (c(r"培训农民工$"), "农民工参加职业培训人次"),
        (c(r"^.*?下达(?:给)?(?:(?:我|本)[省市县区局](?:的)?|的)"), ""),  # 县政府下达我局城镇新增就业目标任务
        (c(r"^(?:年初|年度|全年|规划)?确定的"), ""),
        (c(r"[:]$"), ""),
        (c(r"的人口覆盖率$"), "人口覆盖率"),
        (c(r"^(?:持有|申领|领取|拥有)?(.+?)的?(?:人数|人口)?占(?:全[省市县区])?(?:常住|户籍|总)?人口(?:总数)?的?(?:比重|比例)?$"),
         r"\1人口覆盖率"),
    )
    return Rules(
        subject_fillers=c(raw["subject_fillers_re"]), linking=c(raw["linking_re"]),
        change_before=c(raw["change_before_re"] + "|(?:比|较)(?:[^,。;]|,(?=\\d{3})){0,20}?(?:多|少|高|低)出?了?$"
                        "|(?:超出|超过了?|多出)[^,。;\\d(]*(?:目标|任务|计划)(?:值|数)?\\s*$|超(?:计划|目标|任务)\\s*$"),  # 超出年度目标1200人
        change_after=c(raw["change_after_re"]), target_after=c(raw["target_after_re"]),
        target_before=c(raw["target_before_re"]), share_of_target=c(raw["share_of_target_before_re"]),
        average=c(raw["average_re"]), coverage=c(raw["coverage_before_re"]),
        name_modifiers=c(raw["name_modifiers_re"]), result_after=c(raw["result_after_re"]),
        review_section=c(raw["review_section_re"]), progress_section=c(raw["progress_section_re"]),
        target_section=c(raw["target_section_re"]),
        comparators_before=tuple(tuple(p) for p in raw["comparators_before"]),
        comparators_after=tuple(tuple(p) for p in raw["comparators_after"]),
        this_year=c(raw["this_year_re"]), next_year=c(raw["next_year_re"]), last_year=c(raw["last_year_re"]),
        future=c(raw["future_re"]), past=c(raw["past_re"]), period_total=c(raw["period_total_re"]),
        annual=c(raw["annual_re"]), part_year=c(raw["part_year_re"]), month_point=c(raw["month_point_re"]),
        frames=frames,
        kinds=dict(raw["document_kinds"]),
    )
