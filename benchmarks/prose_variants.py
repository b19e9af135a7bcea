"""Score meaning-preserving variants of the tuning items of tests/material/prose/ against their own keys (issue #15).

    python benchmarks/prose_variants.py VARIANT [--out FILE]

A variant changes how a sentence is written, not what it states, so the reader should find the same values and
place none wrongly. Variants: ``t2`` and ``hk`` (a Simplified item in Traditional script, OpenCC ``s2tw`` or ``s2hk``),
``fw`` (full-width digits), ``ascii`` (full-width punctuation written as ASCII: ``，；：（）``), ``crlf`` (Windows
line ends), ``furn`` (web furniture above and below), ``neutral`` (a sentence without figures before it, on a line of
its own), ``tail`` (an aim without figures after it), ``space`` (a space before units), ``nocomma`` and ``wan``
(``3.2万人`` written ``32000人`` or ``32,000人``), ``wrap`` (the item broken once by a line end in mid-sentence, at
its fifteenth character or the first place after it between four Chinese characters: harsher than a copy's page
width), ``shift`` (every year and plan five years later: ``2020年`` becomes ``2025年``, “十四五” becomes “十五五”,
and the item's keys, period and section with them; a 15th plan becomes a 16th, whose years no rule may know;
``--by 10`` shifts ten years).
Prints the values found and the wrong rows before and after; ``--out`` lists every item whose variant loses
a value or adds a wrong row. Only tuning items are used; the held-out part is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_score import MATERIAL, load_items, score_item  # noqa: E402

_FULL = {**{cp: cp + 0xFEE0 for cp in range(0x30, 0x3A)}, ord("%"): ord("％"), ord("."): ord("．")}
_ASCII = str.maketrans("，；：（）！？％", ",;:()!?%")
_WAN = re.compile(r"(?<![\d.,、０-９．亿和至—\-~])(\d+(?:\.\d+)?)万人(?!次)")


def _persons(m: re.Match, sep: str) -> str:
    x = float(m.group(1)) * 10000
    return m.group(0) if abs(x - round(x)) > 1e-6 else f"{int(round(x)):,}人".replace(",", sep)


_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR = re.compile(r"(?<![0-9０-９.．])([2２][0０][0-4０-４][0-9０-９])(?![0-9０-９.．%％])(?!\s?[万亿人元个户家名次项余多])(?![至~][0-9]+人)")
_CN_YEAR = re.compile(r"二[〇○零][〇○零一二三四][〇○零一二三四五六七八九](?=年)")
_CN = "〇一二三四五六七八九"
_ORDINAL = re.compile(r"十(\s?)([一二三四五])(?=\s?五|\s?个\s?五\s?年)")  # 十四五, 十 四 五 (a letter-spaced copy)


def _later(y: str, by: int) -> str:
    n = str(int(y.translate(_DIGITS)) + by)
    return n if y.isascii() else n.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def _cn_later(m: re.Match, by: int) -> str:
    n = int("".join(str(_CN.index(c if c in _CN else "〇")) for c in m.group(0).replace("○", "〇").replace("零", "〇")))
    return "".join(_CN[int(d)] for d in str(n + by))


def shifted(item: dict, by: int = 5) -> dict:
    """The item with every year, plan ordinal and key ``by`` years later (``by`` a multiple of five)."""
    if by <= 0 or by % 5:
        raise ValueError(f"shift by a positive multiple of five years, not {by}")
    def text(t: str) -> str:
        t = _YEAR.sub(lambda m: _later(m.group(1), by), t)
        t = _CN_YEAR.sub(lambda m: _cn_later(m, by), t)
        return _ORDINAL.sub(lambda m: "十" + m.group(1) + "一二三四五六七八九"["一二三四五".index(m.group(2)) + by // 5], t)

    def rows(rs: list[dict] | None) -> list[dict]:
        return [{**r, "year": r["year"] + by} if "year" in r else r for r in rs or []]

    out = {**item, "text": text(item["text"]), "section": text(item.get("section") or ""),
           "period": [y + by for y in item["period"]], "expect": rows(item.get("expect")),
           "forbid": rows(item.get("forbid"))}
    if item.get("doc_year"):
        out["doc_year"] = item["doc_year"] + by
    return out


def variant(name: str, item: dict) -> str | None:
    """The item's text written another way, or None where the variant does not apply."""
    t = item["text"]
    if name == "t2":
        import opencc

        return opencc.OpenCC("s2tw").convert(t) if item["script"] == "simplified" else None
    if name == "hk":
        import opencc

        return opencc.OpenCC("s2hk").convert(t) if item["script"] == "simplified" else None
    if name == "fw":
        return t.translate(_FULL)
    if name == "ascii":
        u = t.translate(_ASCII)
        return u if u != t else None
    if name == "crlf":
        return t.replace("\n", "\r\n") + "\r\n"
    if name == "furn":
        return "【字体：大 中 小】【打印本页】\n来源：人力资源和社会保障局　　浏览次数：1024\n" + t + "\n【关闭窗口】"
    if name == "neutral":
        return "人社部门坚持以人民为中心的发展思想，扎实推进各项工作。\n" + t
    if name == "tail":
        return t + "\n下一步，我们将继续努力，推动人社事业高质量发展。"
    if name in ("space", "nocomma", "wan"):
        u = (re.sub(r"(?<=\d)(万人次|万人|人次|万名|人|%)", r" \1", t) if name == "space"
             else _WAN.sub(lambda m: _persons(m, "" if name == "nocomma" else ","), t))
        return u if u != t else None
    if name == "wrap":
        if "\n" in t or len(t) < 30:
            return None
        k = next((k for k in range(14, len(t) - 8) if all("\u4e00" <= c <= "\u9fff" for c in t[k - 2:k + 2])), None)
        return None if k is None else t[:k] + "\n" + t[k:]
    raise ValueError(f"unknown variant {name!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("variant", choices=["t2", "hk", "fw", "ascii", "crlf", "furn", "neutral", "tail", "space", "nocomma", "wan", "wrap", "shift"])
    ap.add_argument("--by", type=int, default=5, help="years to add in the shift variant (a positive multiple of five)")
    ap.add_argument("--out", help="write every item whose variant reads worse to this file")
    args = ap.parse_args(argv)
    totals = [0, 0, 0, 0]
    lines = []
    for f in sorted(MATERIAL.glob("tuning*.yaml"), key=lambda p: int(p.stem[len("tuning"):] or 1)):
        for item in load_items(f):
            other = shifted(item, args.by) if args.variant == "shift" else {**item, "text": variant(args.variant, item)}
            text = other["text"]
            if text is None:
                continue
            a, b = score_item(item), score_item(other)
            totals = [totals[0] + a["found"], totals[1] + b["found"], totals[2] + len(a["wrong"]), totals[3] + len(b["wrong"])]
            if b["found"] < a["found"] or len(b["wrong"]) > len(a["wrong"]):
                lines.append(f"{item['id']} found {a['found']} -> {b['found']}, wrong {len(a['wrong'])} -> {len(b['wrong'])}\n{text}")
                lines += [f"   WRONG {r['indicator_id']} {r['role']} {r['year']} {r['value']} ({r['value_raw']})" for r in b["wrong"]]
    print(f"{args.variant}: found {totals[0]} -> {totals[1]}, wrong {totals[2]} -> {totals[3]}")
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
