"""Chinese numerals of headings (第十二章, 二十一、) and back."""

from __future__ import annotations

CN_DIGITS = "零〇一二三四五六七八九十百壹贰貳叁参參肆伍陆陸柒捌玖拾"  # with the formal digits (第壹章)
_FORMAL = str.maketrans("壹贰貳叁参參肆伍陆陸柒捌玖拾", "一二二三三三四五六六七八九十")
_CN = f"[{CN_DIGITS}]+"


def cn_to_int(token: str) -> int | None:
    """Convert a Chinese (or Arabic) numeral of up to 99 to an int."""
    if token.isdigit():
        return int(token)
    token = token.translate(_FORMAL)
    values = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
    if token == "十":
        return 10
    if "十" in token:
        tens, _, ones = token.partition("十")
        t = values.get(tens, None) if tens else 1
        o = values.get(ones, None) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(token) == 1 and token in values:
        return values[token]
    return None


def int_to_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def fyp_end(name: str) -> int | None:
    """The last year of the five-year plan named ``十一五`` … ``十九五`` (the Nth plan ends in
    1955 + 5N: 十四五 → 2025); None for anything else, including a bare 十五 (also "fifteen")."""
    if len(name) != 3 or name[0] != "十" or name[2] != "五":
        return None
    n = cn_to_int(name[:2])
    return 1955 + 5 * n if n is not None else None
