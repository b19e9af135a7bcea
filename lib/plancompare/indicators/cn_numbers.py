"""Numbers written in Chinese numerals, as Arabic ones: 百分之五点五 → 5.5%, 一万二千三百人 → 12300人.

Only where a unit or 百分之 says it is a quantity, so that 十四五, 第一章, 一人一卡 and
三项指标 are left alone. The prose reader reads the converted sentence and quotes
the original.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_NUM = "零〇一二三四五六七八九两十百千万亿"
_PERCENT = re.compile(rf"百分之([{_NUM}]+(?:点[{_NUM[:11]}]+)?)")
_UNIT_AHEAD = r"(?=(?:万|亿)?(?:余|多)?(?:人次|人|名|户|个|元)|(?<=[万亿])[,。;、)]|(?<=[万亿])$)"
_WITH_UNIT = re.compile(rf"(?<![第{_NUM}\d.])([{_NUM}]+(?:点[{_NUM[:11]}]+)?){_UNIT_AHEAD}")
#: Arabic digits with Chinese place words between them: 2亿3807万人, 3万2千人
_ARABIC_MIXED = re.compile(r"(?<![\d.])(\d+)亿(\d{1,4})万|(?<![\d.])(\d+)万((?:零?\d[千百十])+)")  # 1万零8百人
#: 九成五 (95%), 八成 (80%): tenths written as 成, where a quantity would stand (以上, 左右, 的, punctuation)
_CHENG = re.compile(r"([一二三四五六七八九])成([一二三四五六七八九])?(?=以上|以下|左右|的|[,。;、)]|$)")
#: years written digit by digit (二〇二三年)
_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十百千万])([一二][〇零一二三四五六七八九]{3})年")
#: financial numerals (贰万壹仟伍佰人), read as the common ones where a quantity stands
_FIN = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_FINANCIAL = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟零〇万亿]*[壹贰叁肆伍陆柒捌玖拾佰仟][壹贰叁肆伍陆柒捌玖拾佰仟零〇万亿]*"
                        r"(?=(?:余|多)?(?:人次|人|名|户|个|元))")
#: Arabic digits with 千 (8千余人, 1.5千人), which the value grammar does not read
_ARABIC_QIAN = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)千{_UNIT_AHEAD}")


def cn_to_number(text: str) -> float | None:
    """The value of a Chinese numeral (一万二千三百 → 12300, 三点八 → 3.8, 百 → 100), or None."""
    whole, _, frac = text.partition("点")
    total, section, digit = 0, 0, None
    for ch in whole:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        elif ch in _BIG:
            section += digit or 0
            total += (section or 1) * _BIG[ch]
            section, digit = 0, None
        else:
            return None
    value = float(total + section + (digit or 0))
    if frac:
        if any(c not in _DIGITS for c in frac):
            return None
        value += float("0." + "".join(str(_DIGITS[c]) for c in frac))
    return value


def _arabic(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def convert(text: str) -> str:
    """``text`` with the quantities written in Chinese numerals written in Arabic ones."""
    def percent(m: re.Match) -> str:
        v = cn_to_number(m.group(1))
        return m.group(0) if v is None else _arabic(v) + "%"

    def with_unit(m: re.Match) -> str:
        token = m.group(1)
        if len(token) == 1 and token in "一两":  # 一人一卡, 两人: words, not quantities
            return token
        if not re.search("[零〇一二三四五六七八九两十百千]", token):  # a bare 万 after Arabic digits
            return token
        v = cn_to_number(token)
        return token if v is None else _arabic(v)

    text = _FINANCIAL.sub(lambda m: m.group(0).translate(_FIN), text)
    text = _YEAR.sub(lambda m: "".join(str(_DIGITS[c]) for c in m.group(1)) + "年", text)
    if not re.search(f"[{_NUM}]", text):
        return text
    def mixed(m: re.Match) -> str:
        if m.group(1):
            return str(int(m.group(1)) * 100_000_000 + int(m.group(2)) * 10_000)
        return str(int(m.group(3)) * 10_000 + sum(int(d) * _SMALL[p] for d, p in re.findall(r"(\d)([千百十])", m.group(4))))

    text = _ARABIC_MIXED.sub(mixed, text)
    text = _CHENG.sub(lambda m: f"{_DIGITS[m.group(1)]}{_DIGITS[m.group(2)] if m.group(2) else 0}%", text)
    text = _ARABIC_QIAN.sub(lambda m: _arabic(round(float(m.group(1)) * 1000, 6)), text)
    return _WITH_UNIT.sub(with_unit, _PERCENT.sub(percent, text))
