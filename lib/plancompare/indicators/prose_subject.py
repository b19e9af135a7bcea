"""The subject of a clause: the list of indicator names it speaks of.

Names are matched whole, never as part of a longer name; coordinated items share
a head (基本养老、失业、工伤保险参保人数) or a prefix (城镇登记失业率和调查失业率); frames
(参加X的人数) and words around a name (累计实现…, …预期目标, 柏溪市…) are read through;
items that only make sense after the sentence's previous subject (参保率, 占…的比重) are
completed from it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from plancompare.indicators.catalog import IndicatorCatalog
from plancompare.indicators.prose_rules import Rules
from plancompare.read.places import gazetteer

_SEPARATOR = re.compile(r"、|和|及(?!以上|以下)|与|以及")  # 高级工及以上: "and above", not a list


@dataclass(frozen=True)
class Subject:
    """The names a clause speaks of (one per listed item; "" where an item names no indicator).

    Immutable (``names`` is kept as a tuple), so that a clause's reading can be remembered.
    """

    names: tuple[tuple[str, str], ...]  # (indicator id or "", name) per listed item, in order
    end: int  # offset in the clause where the predicate starts
    target: bool = False  # the subject names a target (城镇新增就业目标1.3万人)
    added: bool = False  # 新增 before its names (新增技能人才15.3万人): amounts added, a stock's change

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", tuple(tuple(n) for n in self.names))


# --- names ----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def name_pattern(catalog: IndicatorCatalog) -> re.Pattern:
    """Every catalog name and synonym, longest first (leftmost-longest matching)."""
    names = sorted({n for ind in catalog for n in (ind.name_zh, *ind.synonyms) if ind.unit},
                   key=lambda n: (-len(n), n))
    return re.compile("|".join(re.escape(n) for n in names))


def whole_names(text: str, catalog: IndicatorCatalog, rules: Rules) -> list[re.Match]:
    """The catalog names in ``text`` that are not the end of a longer, uncatalogued name
    (城乡居民基本养老保险参保人数 holds 基本养老保险参保人数 but names another scheme)."""
    return [m for m in name_pattern(catalog).finditer(text) if not rules.name_modifiers.search(text[:m.start()])]


def name_spans(text: str, catalog: IndicatorCatalog) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in name_pattern(catalog).finditer(text)]


def _frame(item: str, rules: Rules) -> str:
    """An item said with a frame, as its catalog form: 参加失业保险的人数 → 失业保险参保人数."""
    item = rules.subject_fillers.sub("", item.strip())
    for (pattern, repl), needle in zip(rules.frames, _frame_needles(rules)):
        if needle in item:  # without it the frame cannot match: the expression is skipped
            item = pattern.sub(repl, item)
    return item.strip()


@functools.lru_cache(maxsize=4)
def _frame_needles(rules: Rules) -> tuple[str, ...]:
    """For each frame, a text every match of it holds (see :func:`required_text`)."""
    return tuple(required_text(pattern) for pattern, _ in rules.frames)


def required_text(pattern: re.Pattern) -> str:
    """The longest run of characters that every match of ``pattern`` contains, read from the
    expression's parse ("" when none is sure: then nothing can be skipped). Only characters the
    expression must match one after the other count: a group's, not an alternative's, an optional
    part's or a class's; a flag gives up."""
    try:
        from re import _constants as c
        from re import _parser

        items = list(_parser.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:  # another Python's parser: no shortcut, the same result
        return ""
    if pattern.flags & ~re.UNICODE:
        return ""
    runs, run = [""], []

    def walk(seq) -> None:
        for op, av in seq:
            if op == c.LITERAL:
                run.append(chr(av))
            elif op == c.SUBPATTERN and not av[1] and not av[2]:  # a plain group: its text in place
                walk(av[3])
            else:
                runs.append("".join(run))
                run.clear()

    walk(items)
    runs.append("".join(run))
    return max(runs, key=len)


_LEADING_VERBS = re.compile(r"^(?:我们|实际|锚定|瞄准|以|仍然|依然|仍|还|也|又|继续|同时|已经|已|要|将|需|拥有|有|累计|实现|完成|开展|组织|培训|共|年均|每年|平均每年|新增|积极|大力|深入|广泛|持续|稳步|"
                            r"扎实|努力|全面|进一步|力争|确保|预计|计划|预期|组织|招收|帮助|下达|全年|年内)")
_TRAILING_WORDS = re.compile(r"(?:(?:到|至)\s*本?规划(?:期(?:内|末)?|末期|末年)|”?\s*指标|增量|增加量|净增量|(?:19|20)\d\d\s*年?\s*[—–~至到-]\s*(?:19|20)\d\d\s*年|同年|当年|最多|最少|(?:到|至|截至|在|自|从|由)?\s*(?:19|20)\d\d\s*年(?:底|末)?|(?:基期|基准|现状|目标|预期)值|的?(?:年度|绩效|计划)指标值|基数|基期|基准|[一二两三四五六七八九十\d]项(?:年度)?(?:指标|任务|目标)|一项|这一指标|方面|同期|则|也|还|原|(?:年末|年底|年均|期末)值|(?:[一二两三四五六七八九十\d]年(?:来|间|内|以来)?)?累计|[一二两三四五六七八九十\d]年(?:来|间|内|以来)?|[两三四五]者|预期|预计|连续[一二三四五六七八九十\d]+年|逐年|不断|持续|稳步|的?(?:规划|预期|年度)?(?:控制|调控|考核)?(?:目标|任务)(?:数|值)?|全年平均|平均值|均值|平均|"
                             r"总体|整体|全年|年内|今年|年末|年底|依次|实际|实绩|各年|历年)+$")


#: a list of years closing a subject (…结案率2022年、2023年依次为…)
_LISTED_YEARS_AT_END = re.compile(r"(?:(?:19|20)\d\d\s*年(?:末|底)?\s*[、和及与]\s*)+(?:19|20)\d\d\s*年(?:末|底)?\s*$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,5}?[省市县区州旗盟](?![场民级域])")


def _without_place(item: str) -> str:
    """The item without a place named before it: 柏溪市…, or a gazetteer name without its suffix
    (广东城镇新增就业, 山东高技能人才总量)."""
    bare = _PLACE_PREFIX.sub("", item)
    if bare != item:
        return bare
    names = gazetteer()
    for n in range(4, 1, -1):
        if item[:n] in names and len(item) > n:
            return item[n:]
    return item


@functools.lru_cache(maxsize=1 << 16)
def _match(item: str, catalog: IndicatorCatalog, implied: bool = True) -> str:
    """The indicator an item names: as written, without the verbs before it (累计实现…) or the
    words after it (…预期目标, …平均值), or (``implied``) with the count its value implies
    (…人数, …人次)."""
    if not item:
        return ""
    item = item.strip("“”\"")  # “城镇新增就业5000人以上”目标: the quoted name
    bare = _TRAILING_WORDS.sub("", item).strip("“”\"")
    placeless = _without_place(bare)  # 柏溪市参加…: a region named before the subject
    persons = re.sub(r"的?人员(?:数量|总数)?$", "人数", bare)  # 城镇新增就业人员(数量), 取得…证书的人员: its count
    owned = re.match(r"[^的“”]{1,10}的[“\"]?", bare)  # 省对市考核的城镇新增就业目标: whose target it is
    owned_form = re.sub(r"^(?:(?:19|20)\d\d\s*年度?|今年|明年)的?", "", bare[owned.end():].strip("“”\"")) \
        if owned and not re.search(r"保险|人才|就业|失业|居民|职工", owned.group(0)) else bare  # 下达的2022年…目标
    for form in dict.fromkeys((item, bare, bare.replace("的", ""), bare.replace("总人数", "人数"), placeless,
                               persons, persons[:-2] if persons != bare else bare, owned_form,
                               re.sub(r"(?<=.)(?:每年|年均)", "", bare), bare.rpartition("把")[2],
                               re.sub(r"^(?:19|20)\d\d\s*年度?的?", "", bare))):  # 下达的2022年城镇新增就业目标  # 城镇每年新增就业岗位; …把X稳定在
        cands = [form]
        while (m := _LEADING_VERBS.match(cands[-1])) is not None and m.end() < len(cands[-1]):
            cands.append(cands[-1][m.end():])  # one verb at a time: 每年新增就业岗位 → 新增就业岗位
        for cand in cands:
            for suffix in ("", "人数", "人次", "总量", "参保人数") if implied else ("",):
                found = catalog.match(cand + suffix) if cand else ""
                if found:
                    return found
    return ""


def match_name(item: str, catalog: IndicatorCatalog) -> str:
    """The indicator a name written in running text stands for (verbs before it and time words after
    it read through: 共有社会保障卡覆盖率 → ss_card_coverage_rate), or ""."""
    return _match(item, catalog, implied=False)


def _all_matched(names: list[str], catalog: IndicatorCatalog) -> list[str] | None:
    """The indicator of every name, or None as soon as one names none."""
    got = []
    for n in names:
        found = _match(n, catalog, implied=False)
        if not found:
            return None
        got.append(found)
    return got


def _distribute(items: list[str], catalog: IndicatorCatalog) -> list[tuple[str, str]]:
    """Names for coordinated items: with the head the last item carries (养老、失业、工伤保险参保人数;
    基本养老保险和基本医疗保险参保率), or the prefix the first carries (城镇登记失业率和调查失业率),
    else each item on its own."""
    strict = [_match(i, catalog, implied=False) for i in items]
    if len(items) > 1 and strict[-1]:
        last = items[-1]
        for cut in range(1, len(last)):
            names = [i + last[cut:] for i in items[:-1]] + [last]
            got = _all_matched(names, catalog)
            if got:
                return list(zip(got, names))
    if len(items) == 2 and not strict[-1] and not strict[0]:  # 城镇职工和城乡居民基本养老保险参保人数
        last = items[-1]
        for cut in range(1, len(last) - 3):
            if _match(last[cut:], catalog, implied=False) and _match(items[0] + last[cut:], catalog, implied=False):
                return [(_match(items[0] + last[cut:], catalog, implied=False), items[0] + last[cut:]), ("", last)]
    if len(items) > 1 and strict[0] and not all(strict):
        first = items[0]
        for cut in range(len(first) - 1, 0, -1):
            names = [first] + [i if strict[k + 1] else first[:cut] + i for k, i in enumerate(items[1:])]
            got = _all_matched(names, catalog)
            if got:
                return list(zip(got, names))
    if all(strict):
        return list(zip(strict, items))
    return [(_match(i, catalog), i) for i in items]


_QUALIFIER = re.compile(r"^(?:参加)?(城镇职工|城乡居民|企业职工|机关事业单位)")


def _qualified(items: list[str], names: list[tuple[str, str]], catalog: IndicatorCatalog) -> list[tuple[str, str]]:
    """Names after a first item a scheme's qualifier opens (城镇职工基本养老保险、基本医疗保险参保人数): a later
    scheme that both workers and residents have (基本医疗保险, 基本养老保险) is the qualified one, which the
    catalog may not hold; then it names no indicator rather than the unqualified whole."""
    lead = _QUALIFIER.match(items[0]) if len(items) > 1 else None
    if lead is None:
        return names
    out = list(names[:1])
    for item, (ind, name) in zip(items[1:], names[1:]):
        if re.match(r"(?:基本)?(?:医疗|养老)(?:保险|$)", item):  # 城镇职工基本养老、基本医疗、失业…: the workers' too
            ind = catalog.match(lead.group(1) + name) if ind else ind
        out.append((ind, name))
    return out


#: clauses whose reading is remembered (plans repeat their own and each other's wording)
READ_SUBJECT_CACHE = 1 << 14


@functools.lru_cache(maxsize=READ_SUBJECT_CACHE)
def read_subject(clause: str, first_value: int, catalog: IndicatorCatalog, rules: Rules,
             previous: Subject | None = None) -> Subject | None:
    """The list of names a clause speaks of, and where its predicate starts: before the first
    link word that leaves a subject before it (完成职业技能培训1.35万人: 完成 is part of the name).
    Pure, and remembered for the last :data:`READ_SUBJECT_CACHE` clauses (all arguments are
    hashable: the catalog and the rules by identity, a subject by value)."""
    region = clause[:first_value]
    spans = name_spans(region, catalog)
    links = []
    for m in rules.linking.finditer(clause):  # the whole clause: 近(?=\d) looks at the number
        if m.start() >= first_value:
            break
        if not any(a <= m.start() < b for a, b in spans) and (not spans or m.start() >= spans[0][0]):
            links.append(m.start())
    for phrase_end in [*links[:1], len(region), *links[1:]] if not spans else [*links[:1], len(region)]:
        subject = _subject_before(region, phrase_end, spans, catalog, rules, previous)
        if subject is not None:
            return subject
    return None


def opening_name(clause: str, values: list, catalog: IndicatorCatalog, rules: Rules) -> Subject | None:
    """The name a clause without values opens with and then says something of (技能人才总量分两步走,2027年达到
    120万人,…): the subject of the clauses after it."""
    spans = name_spans(clause, catalog) if not values else []
    if not spans or rules.strip_time(clause[:spans[0][0]]).strip(" ,"):
        return None
    return read_subject(clause[:spans[0][1]], spans[0][1], catalog, rules, None)


def _subject_before(region: str, phrase_end: int, spans: list[tuple[int, int]], catalog: IndicatorCatalog,
                    rules: Rules, previous: Subject | None) -> Subject | None:
    colon = region.find(":")
    if 0 < colon < phrase_end and spans and spans[0][0] < colon:  # 参保人数:2020年(基期)…
        phrase_end = colon
    start = colon + 1 if 0 <= colon < phrase_end and spans and spans[0][0] > colon else 0  # 县人社局统计:2023年城镇…
    phrase = rules.strip_time(re.sub(r"(?<![期数标值])\(\s*(?:19|20)\d\d\s*年[^()]{0,6}(?:[、,/]\s*(?:19|20)\d\d\s*年[^()]{0,6})*\)|\(\s*(?:按|含|不含|包括|包含|口径|以)"
                                     r"[^()\d]{0,12}\)", "", region[start:phrase_end])).rstrip(";。!? ")  # …人数(含离退休)
    phrase = _LISTED_YEARS_AT_END.sub("", phrase)  # 结案率2022年、2023年依次为…: the years the values are for
    first = name_spans(phrase, catalog)[:1]
    phrase = _ASIDE.sub(lambda m: "" if first and m.end() <= first[0][0] and not (
        m.start() == 0 and re.fullmatch(r"\(\s*(?:19|20)\d\d\s*年\s*\)", m.group(0))) else m.group(0), phrase)
    # (1月9日)年末全县城镇登记失业率, 全县(注1)城镇…: an aside before the name is not part of it ((城乡居民) qualifies it)
    ahead = re.match(r"(?:[^,;。\d]{0,6}?的)?(?:年度|全年|规划|预期|主要预期|(?:[^,;。\d]{0,6}?(?:资金|预算|部门))?绩效|工作|考核|主要)?"
                     r"(?:目标|计划|安排)(?:任务)?(?:(?:定|确定|设定)(?:为|是)?|为|是)|规划目标(?=\S{4})|下达(?=.{2,}任务$)", phrase)
    if ahead is None and re.match(r"\s*规划(?:确定|提出|要求)(?!的)", region[:phrase_end]):
        ahead = re.match(r"", phrase)  # 规划确定“十四五”期间完成…20万人次: the plan's target
    phrase = phrase[ahead.end():] if ahead else phrase  # 年度目标任务为城镇新增就业1.5万人: a target
    items, last = [], 0
    inside = name_spans(phrase, catalog)
    for sep in _SEPARATOR.finditer(phrase):
        if any(a <= sep.start() < b for a, b in inside):
            continue  # a separator inside a name (高、中、初级专业技术人才比例)
        items.append(phrase[last:sep.start()])
        last = sep.end()
    items.append(phrase[last:])
    items = [_frame(i, rules) for i in items]
    if not items or not any(items) or any(len(i) > 40 for i in items):
        return None
    names = _qualified(items, _distribute(items, catalog), catalog)
    if len(names) == len(items) > 1:  # 城镇新增就业和新增农村劳动力转移就业分别…: the second is an amount added
        names = [("", n) if i and not catalog.indicators[i].flow and re.match(r"\s*(?:新增|净增)", item) else (i, n)
                 for (i, n), item in zip(names, items)]
    if previous is not None and len(names) == 1 and not names[0][0] and len(previous.names) > 1:
        each = [_from_previous(names[0][1], Subject([p], 0), catalog) for p in previous.names]
        if all(i for i, _ in each) and len({i for i, _ in each}) == len(each):
            names = each  # …人数分别为310万人、520万人,参保率分别为91%、96%: each one's rate
    if previous is not None and not all(i for i, _ in names):
        names = [(i, n) if i else _from_previous(n, previous, catalog) for i, n in names]
    if not any(i for i, _ in names):
        return None
    added = re.match(r"^(?:(?:力争|争取|确保|计划|预计|将|要|再|全年|今年|明年)\s*)*(?:累计|共|全年|年均|每年)?\s*(?:新增|帮助|帮扶|"
                     r"扶持|协助)", phrase.strip()) is not None or (  # 帮助零就业家庭186户: households helped, no stock
        previous is not None and previous.added and re.match(r"^\s*其中", region) is not None)
    return Subject(names, phrase_end, ahead is not None or re.search(r"(?:目标|任务)(?:值|数)?$", phrase.strip()) is not None,
                   added)


#: a bracket that says nothing of the name after it: a note's mark, a date, a byline
_ASIDE = re.compile(r"\(\s*(?:注\s*\d{0,2}|[a-zA-Z\d]{1,3}|(?:19|20)\d\d\s*年(?:末|底)?|(?:(?:19|20)\d\d\s*年)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
                    r"[^()]{0,16}(?:记者|通讯员|报道|讯|消息|来源)[^()]{0,16})\s*\)")
#: nouns that name a population of their own, which no earlier name narrows (全市就业人员, 城镇从业人员)
_STANDALONE = re.compile(r"(?:就业|从业|失业)人(?:员|口|数)(?:总数|总量|数量)?$|劳动力(?:总数|总量|数量)?$|人口(?:总数)?$")


def _from_previous(item: str, previous: Subject, catalog: IndicatorCatalog) -> tuple[str, str]:
    """An item that only makes sense after the sentence's previous subject: 参保率 after
    基本医疗保险参保人数, 调解成功率 after 劳动人事争议仲裁结案率, 占技能人才的比重 after 高技能人才."""
    if not _TRAILING_WORDS.sub("", item).strip():
        return "", item  # 目标值分别为…: words about the values, not a name
    share = re.match(r"^占(.+?)(?:数量|总量|总数)?的?(?:比重|比例)?$", item)
    for prev_id, name in previous.names:
        narrower = _match(item + name, catalog, implied=False)  # 其中城镇企业职工… after 基本养老保险参保人数
        if narrower and narrower != prev_id and not _LEADING_VERBS.match(item):
            return narrower, item + name
        for k in range(1, len(name) - 3) if re.fullmatch(r"高技能人才|企业职工", item) else ():
            narrower = _match(item + name[k:], catalog, implied=False)  # 其中农民工 after 政府补贴性职业技能培训
            if narrower and narrower != prev_id:
                return narrower, item + name[k:]
        stem_name = re.sub(r"(?:数量|总量|总数|人数)$", "", name)
        if share:
            cand = f"{stem_name}占{share.group(1)}比重"
            if catalog.match(cand):
                return catalog.match(cand), cand
            if re.fullmatch(r"(?:全[省市县区])?(?:常住|户籍|总)?人口(?:总数)?", share.group(1)) and \
                    coverage_of(prev_id, name, catalog)[0]:
                return coverage_of(prev_id, name, catalog)  # 持卡人数…,占常住人口的比重: the coverage rate
            continue
        if _STANDALONE.search(item):
            continue  # 就业人员312万人 after 城镇新增就业: a population of its own, not 城镇新增+就业人员
        for cut in range(len(name), 1, -1):
            cand = name[:cut] + item
            if _match(cand, catalog, implied=False):
                return _match(cand, catalog, implied=False), cand
            who = re.sub(r"的(?:人员|劳动者|职工)?$", "人数", cand) if item.endswith(("的", "的人员", "的劳动者")) else ""
            if who and _match(who, catalog, implied=False):  # 新增取得…证书…,其中取得高级工以上证书的2130人
                return _match(who, catalog, implied=False), who
    return "", item


def coverage_of(ind_id: str, name: str, catalog: IndicatorCatalog) -> tuple[str, str]:
    """The coverage rate of a count (社会保障卡持卡人数 → 社会保障卡覆盖率), for 覆盖X%的人口."""
    if catalog.indicators[ind_id].unit == "percent":
        return ind_id, name
    stem = re.sub(r"(?:持卡人数|参保人数|人数|总量|总数)$", "", name)
    for cand in (stem + "覆盖率", stem + "参保率"):  # 养老保险覆盖95%的法定参保人员: its 参保率
        if match_name(cand, catalog):
            return match_name(cand, catalog), cand
    return "", name
