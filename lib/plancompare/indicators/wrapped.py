"""Lines a pasted text broke in the middle of a sentence (copied from a PDF or a web page): joined again
before the text is read, so that 分别为\\n286.4万人、92.3万人 or 48.\\n63万人 is one statement. What the pages
left between the parts (— 7 —, 第5页 共30页, the title atop a page: :mod:`plancompare.read.pages`) is dropped, and a
line that ran to the page's width in mid-sentence goes on with the next. Table rows, headers and titles on lines of
their own stay apart."""

from __future__ import annotations

import re

from plancompare.read.pages import page_furniture, page_width, plain

__all__ = ["join_wrapped"]

#: a page number a PDF copy leaves between the parts of a sentence
_PAGE_NUMBER = re.compile(r"\s*[—–-]*\s*\d{1,3}\s*[—–-]*\s*")
#: the end of a line that cannot end a statement: a comma, an open bracket or quote, a number cut in two, a list's
#: value before its unit (…、86万人、108 | 万人)
_OPEN_END = re.compile(r"(?:[,、(“万亿]|\d\.|、\s*\d+(?:\.\d+)?|(?<=[\u4e00-\u9fff])(?:为|在|达|达到|到|至|分别为|依次为|是|增加|减少|增长|提高|下降|降低|新增|共|累计|合计)"
                       r"(?:\s*\d+(?:\.\d+)?)?)\s*$")  # …人数为63 | — 6 — | 8.25万人: a number cut in two
#: the start of a line that cannot start a statement: a number's rest, a unit, closing punctuation
_CONTINUING_START = re.compile(r"\s*(?:\d|[,、。;)”%]|万人|人次|人|万|亿)")

#: the units a value in running text carries (万人次 before 万人 before 万, so the longest is taken)
_UNITS = r"(?:万人次|万人|亿人|人次|人|名|%|万|亿)"
#: a list's lead whose values follow one per line (…依次为:), and such a value
_LIST_LEAD = re.compile(rf"(?:分别|依次)(?:为|是)\s*:(?:\s*[\d.]+\s*{_UNITS}?(?:以上|以内|左右)?、)*"
                        r"\s*[\d.]+?[^,;。]*$|(?:分别|依次)(?:为|是)\s*:\s*$")
_BARE = re.compile(rf"\s*(?:\d{{1,3}}(?:[, ]\d{{3}})+(?:\.\d+)?|[\d.]+)\s*{_UNITS}?\s*(?:以上|以内|左右)?\s*[。;]?\s*")

_NUMBER = r"[<>≤≥]?=?\s*(?:\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|[\d.]+)"
#: a name on a line of its own, with its unit (专业技术人才总量(万人), 其中:高级职称人才(万人))
_NAME = re.compile(r"(?:其中\s*:\s*)?[\u4e00-\u9fff“”]{2,30}(?:\([^()]{1,6}\))?")
#: what a line of a name's values labels its value with: a year (2020年), a column (基期值, 目标值(2030年),
#: 规划目标, 实际完成, 2025年目标)
_LABEL = (r"(?:(?:19|20)\d\d\s*年(?:底|末)?(?:目标值?|实际值?|完成值?|实现值|基数|基期值?|现状值|监测值)?|(?:规划)?(?:基期|目标|现状|完成|实现|监测)值?"
          r"(?:\(\s*(?:19|20)\d\d\s*年\s*\))?|规划目标|实际完成)")
#: a labelled value on a line of its own (2020年 36.8, 2025年 <3.5, 基期值:3 120, 规划目标:〔20〕, 2025年目标:年均1.4万人以上)
_YEAR_VALUE = re.compile(rf"\s*{_LABEL}\s*:?\s*(?:年均|累计)?\s*[〔\[]?{_NUMBER}[〕\]]?\s*{_UNITS}?"
                         rf"\s*(?:以上|以内|左右)?\s*")
#: a name and the values by label already joined to it
_NAMED_YEARS = re.compile(rf"{_NAME.pattern}:?(?:\s*{_LABEL}\s*:?\s*[^,;。]*?\d[^,;。]*,?)+")


def join_wrapped(raw_lines: list[str], apart: set[int]) -> list[tuple[int, str]]:
    """(first line number, text) of each statement; ``apart``: numbers (from 1) of lines that stay on their
    own (a table's rows, headers, titles) unless they are a named list's values."""
    out: list[tuple[int, str, bool]] = []  # (first line, text, whether a line of its own began it)
    furniture, width, last = page_furniture(raw_lines), page_width(raw_lines), ""
    i = 0
    while i < len(raw_lines):
        n, raw = i + 1, raw_lines[i]
        if i in furniture:
            i += 1
            continue  # — 12 —, 第5页 共30页, the title atop a page: no part of the text
        glue = _glue(out[-1][1], out[-1][2], raw, n in apart) if out and raw.strip() else None
        if glue is None and out and raw.strip() and _across_page_width(last, width, raw, out[-1][2] or n in apart):
            glue = ""  # a line the page's width ended in mid-sentence (…年末全省参加城乡居民 / 基本养老保险人数为…)
        last = raw if raw.strip() else last
        if glue is not None:
            part = raw.strip()
            if _YEAR_VALUE.fullmatch(_simple(part)) and not re.match(r"\s*(?:19|20)\d\d\s*年?(?:底|末)?\s*[:：\s\d]",
                                                                     _simple(part)):
                part = re.sub(r"\s*[:：]\s*", "", part, count=1)  # 规划目标:〔20〕, 2030年目标:6.0万人 after its name
            out[-1] = (out[-1][0], out[-1][1].rstrip() + glue + part, out[-1][2])
        else:
            out.append((n, raw, n in apart))
        page = i + 1 < len(raw_lines) and raw_lines[i + 1].strip() and _PAGE_NUMBER.fullmatch(raw_lines[i + 1])
        i += 2 if page and _open(out[-1][1], out[-1][2]) and i + 2 not in apart else 1  # — 7 — between two parts
    return [(n, text) for n, text, _ in out]


#: a heading's or list item's number at a line's start (not a number's digits: 1.36万人)
_NUMBERED = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*、|\d{1,2}\.(?!\d)|[①-⑳]"
                       r"|第[一二三四五六七八九十\d]+[章节条部篇])")


def _across_page_width(last: str, width: int, line: str, apart: bool) -> bool:
    """Whether ``line`` goes on with the sentence the line before it, ``last``, left open at the page's width: ``last``
    runs to within a fifth of the width, has a sentence's punctuation and ends in no statement's end (a title, a
    dateline or a label's colon does not go on), ``line`` starts in words or a figure and with no heading's number."""
    before, after = _simple(last).strip(), _simple(line)
    ends_open = re.search(r"[\u4e00-\u9fff,、“(]$", before) is not None and \
        not re.search(r"\d\s*[万亿]?(?:人次|人|名|户|个|元|项|家)$", before)  # …城乡居民, not …2813人
    return bool(width) and not apart and len(before) >= 0.8 * width and ends_open and \
        re.search(r"[,、。;]", before) is not None and ":" not in re.split(r"[。;]", before)[-1] and \
        re.match(r"\s*[\u4e00-\u9fff\d“(]", after) is not None and not _NUMBERED.match(after) and \
        not re.match(r"[^,;。:]{2,30}:", after)  # 城镇新增就业(万人):〔3.6〕→〔4.2〕 lines: rows, each whole


def _open(text: str, apart: bool) -> bool:
    """Whether a statement's text ends where no statement ends (控制在, 分别为, 、, 48.)."""
    simple = _simple(text)
    return not apart and _OPEN_END.search(simple) is not None and re.search(r"[。;!?]\s*$", simple) is None


def _glue(prev: str, prev_apart: bool, line: str, apart: bool) -> str | None:
    """What joins ``line`` to the statement before it, or None where it starts one: nothing for the rest of a
    broken sentence or a value under its name (城镇新增就业 / 3,286人), 、 for a list's next value (依次为: / 1.32万人
    / 2.86%), : and , for a name's values by year (专业技术人才总量(万人) / 2020年 36.8 / 2025年 42)."""
    p, s = _simple(prev).strip(), _simple(line)
    if _YEAR_VALUE.fullmatch(s) and (_NAME.fullmatch(p) or _NAMED_YEARS.fullmatch(p)):
        year = re.match(r"\s*(?:19|20)\d\d", s) is not None  # 2020年 36.8 after its name: name:2020年 36.8
        return (":" if year else "") if _NAME.fullmatch(p) else ","
    if _BARE.fullmatch(s) and not apart and not prev_apart and re.fullmatch(r"[\u4e00-\u9fff“”()]{2,30}", p):
        return ""
    if _BARE.fullmatch(s) and _LIST_LEAD.search(p):
        return "" if p.endswith(":") else "、"
    if not apart and _open(prev, prev_apart) and (_CONTINUING_START.match(s) or p.endswith(",") and re.match(
            r"\s*[\u4e00-\u9fff“]", s) and not _NUMBERED.match(s)):
        return ""  # …达到68.5万人, / 高技能人才总量…: no statement ends in a comma
    if not apart and not prev_apart and re.search(r"[\u4e00-\u9fff]$", p) and re.match(r"[\u4e00-\u9fff]", s) and \
            not _ITEM_START.match(s) and (_name_across(p, s.strip()) or _word_across(p, s.strip())):
        return ""  # …全县城镇新增就 / 业3120人: a line a PDF page's width cut inside an indicator's name
    if not apart and not prev_apart and (re.search(r"\d\s*[万亿]?(?:人次|人|名|%)?$", p) and _BOUND_REST.match(s)
                                         or _LINK_REST.match(s) and _name_at_end(p) or _TIME_AT_END.search(p)
                                         and re.match(r"\s*[\u4e00-\u9fff]", s) and not _ITEM_START.match(s)):
        return ""  # 城镇新增就业1.2万人 / 以上, …; 技能人才总量 / 达到46.3万人: a value's bound or a name's verb on the next line
    if not apart and not prev_apart and _sentence_cut(p, s):
        return ""  # 全市参加城镇职工基本养老保险、失业 / 保险和工伤保险的人数分别为…: a sentence cut in its words
    if not apart and not prev_apart and (_CUT_NUMBER.search(p) and _NUMBER_REST.match(s) or _CUT_UNIT.search(p)
                                         and _UNIT_REST.match(s) or _CUT_DECIMAL.search(p) and _DECIMAL_REST.match(s)):
        return ""  # 培训8 / 600人次, 达到32 / 万人以上, 累计28.6 / 4万人, 为2. / 86%, 5.5%以 / 内: a number or word cut
    return None


#: a word a sentence cannot end with (年末全国社会保障卡持卡人数和 / 电子社保卡领用人数…)
_OPEN_WORD = re.compile(r"(?:和|及|与|的|为|在|从|由|比|较|将|并|对|了|是|有|其中|以及|达到|增加|提高|实现|完成|开展|参加|组织|帮助)$")


#: a value's bound or a target's words at the start of a line (…1.2万人 / 以上; …1.2万人 / 的目标已…)
_BOUND_REST = re.compile(r"\s*(?:以上|以内|以下|之内|左右|的(?:目标|任务|规划|预期|年度))")
#: a sentence's time words alone at a line's end (…稳中向好。去年 / 城镇调查失业率…)
_TIME_AT_END = re.compile(r"(?:^|[。;!?,])\s*(?:今年|去年|全年|明年|前年|年内|年末|年底|当年|本年)$")
#: a predicate's verb at the start of a line, after a name that ended the line before
_LINK_REST = re.compile(r"\s*(?:达到|达|为|是|增加到|增至|提高到|提升至|降至|下降到|控制在|保持在|稳定在|突破|超过|基期值|目标值)")


def _name_at_end(text: str) -> bool:
    """Whether a catalog indicator's name ends ``text`` (…全市技能人才总量)."""
    tail = text[-16:]
    return any(b == len(tail) for _, b in _names(tail))


def _sentence_cut(before: str, after: str) -> bool:
    """Whether a line ends inside a sentence the next line goes on with: the line has a sentence's shape (a clause's
    comma or a list's 、, or it ends in a word that cannot end one: 和, 的, 达到), ends in words (not a value, a colon or
    a closing mark; a title ends in a noun and has no comma), and the next starts in words that open no heading,
    item, statement of targets (规划目标为…) or line of its own and goes on to a figure or a sentence's end."""
    last = re.sub(r"^\s*(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[.、])", "", re.split(r"[。;!?]", before)[-1])
    return bool(re.search(r"[\u4e00-\u9fff、]$", before)) and re.match(r"\s*[\u4e00-\u9fff]", after) is not None and \
        not _ITEM_START.match(after) and not re.search(r"\d\s*[万亿]?(?:人次|人|名|户|个|元|年)?\s*(?:以上|以内|以下|左右)?$", before) \
        and ":" not in last and (len(last) >= 8 or last.endswith("、")) and re.search(r"[。;!?]|\d", after) is not None and \
        (re.search(r"[,、]", last) is not None or _OPEN_WORD.search(before) is not None) and \
        not re.match(r"\s*[^,;。\d]{0,4}(?:目标|任务|计划)(?:值|数)?(?:为|是)", after)  # …,进度符合预期 / 规划目标为…: apart


#: words of the genre's predicates a PDF line may cut (低于5.5%的年度控 / 制目标)
_WORDS = re.compile(r"控制|目标|任务|规划|预期|计划|完成|以内|以上|左右|百分点|参保|就业|培训")


def _word_across(before: str, after: str) -> bool:
    """Whether one of the genre's predicate words runs across the end of ``before`` into ``after`` (控 / 制目标)."""
    tail = before[-4:]
    return any(m.start() < len(tail) < m.end() for m in _WORDS.finditer(tail + after[:4]))


def _name_across(before: str, after: str) -> bool:
    """Whether an indicator's name runs across the end of ``before`` into ``after`` (城镇新增就 / 业)."""
    tail, head = before[-16:], after[:16]
    return any(a < len(tail) < b for a, b in _names(tail + head))


def _names(text: str) -> list[tuple[int, int]]:
    """Where catalog indicators' names stand in ``text``."""
    from plancompare.indicators.catalog import load_catalog
    from plancompare.indicators.prose_subject import name_spans

    return name_spans(text, load_catalog())


#: the start of a line that begins a statement of its own: a heading's or list item's number, a lead with its colon
_ITEM_START = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[.、]|[①-⑳]"
                         r"|[^,;。:\d]{2,16}:|[^,;。:\d]{2,10}$)")
#: a number's first digits at a line's end after words (培训8), and the rest of it on the next line (600人次)
_CUT_NUMBER = re.compile(r"[\u4e00-\u9fff]\d{1,3}$")
_NUMBER_REST = re.compile(rf"\d{{3}}(?:\.\d+)?\s*(?:{_UNITS}|个|户)")


#: a number after words at a line's end and its unit on the next (达到32 / 万人以上; 5.5%以 / 内)
_CUT_UNIT = re.compile(r"[\u4e00-\u9fff]\d+(?:\.\d+)?$|\d%?以$")
_UNIT_REST = re.compile(r"(?:万人次|万人|亿人|人次|万|亿)(?!\d)|(?<!\d)(?:内|上|下)(?:[,;。]|$)")
#: a number cut inside its decimals (累计28.6 / 4万人, 为2. / 86%)
_CUT_DECIMAL = re.compile(r"[\u4e00-\u9fff]\d+\.\d*$")
_DECIMAL_REST = re.compile(rf"\d+\s*{_UNITS}")


_simple = plain
