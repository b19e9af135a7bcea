"""Join tuning items of tests/material/prose/ into two-sentence paragraphs and score them (issue #15).

    python benchmarks/prose_joined.py            # totals: pairs, values found, wrong rows
    python benchmarks/prose_joined.py --verbose  # and every joined pair with a wrong row

Real documents state their figures in long paragraphs, where one sentence's time words and aims can leak into the
next. This check joins pairs of tuning items that share a period, section, document year and script (single-line
items, each a whole sentence; the second item's region word — 全市, 全县 … — made the first's, as one document's
paragraph would have it), and expects the union of their keys. A wrong row here is a value the reader places by
words of the other sentence. The pairs are drawn by a seeded shuffle within each batch (two passes), so the count is
reproducible. Some wrong rows are debatable: a sentence with no time words of its own rightly takes the year of the
sentence before it, which its own item did not have. Only tuning items are used; the held-out part is never read.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from prose_score import load_items, score_item  # noqa: E402

REGION = re.compile(r"全[市县区省州旗縣區]")


def joined_pairs(material: Path, seed: int = 1, passes: int = 2):
    """(first item, second item, joined item) for each drawn pair."""
    rng = random.Random(seed)
    for path in sorted(material.glob("tuning*.yaml")):
        items = [it for it in load_items(path)
                 if "\n" not in it["text"].strip() and it["text"].strip().endswith("。") and REGION.search(it["text"])
                 and not re.search(r"全[国省]", it["text"])]
        groups = collections.defaultdict(list)
        for it in items:
            groups[(tuple(it["period"]), it.get("section"), it.get("doc_year"), it.get("script"))].append(it)
        for group in groups.values():
            for _ in range(passes):
                rng.shuffle(group)
                for a, b in zip(group[::2], group[1::2]):
                    own = REGION.search(a["text"]).group(0)
                    joined = dict(a, text=a["text"].strip() + REGION.sub(own, b["text"].strip()),
                                  expect=(a.get("expect") or []) + (b.get("expect") or []))
                    yield a, b, joined


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    n = found = expected = wrong = 0
    for a, b, joined in joined_pairs(ROOT / "tests" / "material" / "prose", args.seed):
        s = score_item(joined)
        n, found, expected, wrong = n + 1, found + s["found"], expected + s["expected"], wrong + len(s["wrong"])
        if args.verbose and s["wrong"]:
            print(a["id"], "+", b["id"], a["period"], a.get("section") or "", "\n   ", joined["text"])
            for r in s["wrong"]:
                print("    WRONG", r["indicator_id"], r["role"], r["year"], r["value"], "|", r["flags"][:90])
    print(f"joined pairs: {n}, {found} of {expected} stated values found ({found / max(expected, 1):.1%}), {wrong} wrong")


if __name__ == "__main__":
    main()
