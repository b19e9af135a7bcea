"""Score the prose extractor on the sentences of tests/material/prose/ (issue #15).

    python benchmarks/prose_score.py                 # tuning part: score and every miss/wrong row
    python benchmarks/prose_score.py --heldout       # set-aside part: the numbers only
    python benchmarks/prose_score.py --batch 2 [--heldout]   # the second batch (N: tuningN.yaml, heldoutN.yaml)

A stated value is *found* when a row has its indicator, role, year and value; a
row is *wrong* when it states a value (role and year set) that matches no stated
value on those four keys (a value on the wrong indicator, role or year). Rows
left without role or year are flagged uncertainty: neither found nor wrong.
Comparator and basis are counted separately. The held-out part is never printed
sentence by sentence: whoever tunes the extractor must not see it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "lib") not in sys.path:  # run as a script outside the project's environment
    sys.path.insert(0, str(ROOT / "lib"))
MATERIAL = ROOT / "tests" / "material" / "prose"


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def score_item(item: dict) -> dict:
    """Found, missed and wrong rows of one item."""
    from plancompare.indicators.extract import extract_indicators

    df = extract_indicators(item["text"], period=tuple(item["period"]), section=item.get("section") or "")
    rows = [r for r in df.to_dict("records") if r["indicator_id"] and r["value"] == r["value"]
            and r["value"] is not None]
    asserted = [r for r in rows if r["role"] and r["year"] == r["year"] and r["year"] is not None]
    expect = item.get("expect") or []
    found, missed, details = 0, [], {"comparator": 0, "basis": 0, "basis_expected": 0}
    used = set()
    for e in expect:
        hit = next((i for i, r in enumerate(asserted) if i not in used and r["indicator_id"] == e["indicator_id"]
                    and r["role"] == e["role"] and int(r["year"]) == int(e["year"])
                    and _close(r["value"], e["value"])), None)
        if hit is None:
            missed.append(e)
            continue
        used.add(hit)
        found += 1
        r = asserted[hit]
        details["comparator"] += r["comparator"] == e.get("comparator", "=")
        if e.get("basis"):
            details["basis_expected"] += 1
            details["basis"] += r["basis"] == e["basis"]
    wrong = [r for i, r in enumerate(asserted) if i not in used
             and not any(r["indicator_id"] == e["indicator_id"] and r["role"] == e["role"]
                         and int(r["year"]) == int(e["year"]) and _close(r["value"], e["value"]) for e in expect)]
    return {"expected": len(expect), "found": found, "missed": missed, "wrong": wrong, **details}


def load_items(path: Path) -> list[dict]:
    """The items of one material file (libyaml's parser when PyYAML has it: the same items, five times faster)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def score(path: Path) -> tuple[dict, list[tuple[dict, dict]]]:
    items = load_items(path)
    total = {"items": len(items), "expected": 0, "found": 0, "wrong": 0, "comparator": 0, "basis": 0,
             "basis_expected": 0}
    per_item = []
    for item in items:
        s = score_item(item)
        for k in ("expected", "found", "comparator", "basis", "basis_expected"):
            total[k] += s[k]
        total["wrong"] += len(s["wrong"])
        per_item.append((item, s))
    return total, per_item


def summary(name: str, t: dict) -> str:
    rate = t["found"] / t["expected"] if t["expected"] else 1.0
    return (f"{name}: {t['items']} sentences, {t['found']} of {t['expected']} stated values found "
            f"({rate:.1%}), {t['wrong']} wrong; comparator right for {t['comparator']} of {t['found']} found, "
            f"basis right for {t['basis']} of {t['basis_expected']} with a stated basis")


def by_family(per_item: list[tuple[dict, dict]]) -> str:
    """Found / stated and wrong per family and script: counts only, so the held-out part can be
    reported by family without showing its sentences."""
    groups: dict[tuple[str, str], list[int]] = {}
    for item, s in per_item:
        g = groups.setdefault((item["family"], item["script"][:4]), [0, 0, 0])
        g[0] += s["found"]
        g[1] += s["expected"]
        g[2] += len(s["wrong"])
    return "\n".join(f"  {f:<22} {sc}  {a:>3}/{b:<3} wrong {w}" for (f, sc), (a, b, w) in sorted(groups.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", action="store_true", help="score the set-aside part (numbers only)")
    batches = sorted(int(f.stem[len("tuning"):] or 1) for f in MATERIAL.glob("tuning*.yaml"))
    ap.add_argument("--batch", choices=[str(n) for n in batches], default="1",
                    help="which batch: 1 is tuning.yaml and heldout.yaml, N > 1 is tuningN.yaml "
                         "and heldoutN.yaml")
    ap.add_argument("--by-family", action="store_true", help="also print counts per family and script")
    args = ap.parse_args(argv)
    suffix = "" if args.batch == "1" else args.batch
    if args.heldout:
        total, per_item = score(MATERIAL / f"heldout{suffix}.yaml")
        print(summary(f"held-out{suffix}", total))
        if args.by_family:
            print(by_family(per_item))
        return 0
    total, per_item = score(MATERIAL / f"tuning{suffix}.yaml")
    for item, s in per_item:
        if s["missed"] or s["wrong"]:
            print(f"{item['id']} [{item['family']}/{item['script']}] {item['text']}")
            for e in s["missed"]:
                print(f"   missed {e['indicator_id']} {e['role']} {e['year']} {e['value']}")
            for r in s["wrong"]:
                print(f"   WRONG  {r['indicator_id']} {r['role']} {r['year']} {r['value']} ({r['value_raw']})")
    print(summary(f"tuning{suffix}", total))
    if args.by_family:
        print(by_family(per_item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
