"""Number the prose items and split them into tuning and held-out sets.

Run once, when the items were written and before anyone tuned an extractor:

    python3 tests/material/prose/split.py POOL.yaml [POOL2.yaml ...]

The pool files are the writer's drafts (short keys, no ids, units left to the
catalog); they are not kept, because tuning.yaml and heldout.yaml together hold
every item.  Items are numbered p001, p002, ... in pool order; then, for each
(family, script) group in sorted order, one ``random.Random(2026)`` shuffles the
group's items and the first round(n/3) (at least one) go to heldout.yaml.
"""
import json
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parents[2] / "lib" / "plancompare" / "data" / "indicators.yaml"
SEED = 2026
INVENTED = "realistic figures invented for this test (sentence written for this test)"
SHORT = {"i": "indicator_id", "r": "role", "y": "year", "v": "value",
         "c": "comparator", "b": "basis"}
ORDER = ["indicator_id", "role", "year", "value", "unit", "comparator", "basis"]


def units():
    cat = yaml.safe_load(CATALOG.read_text(encoding="utf-8"))
    return {ind["id"]: ind["unit"] for ind in cat["indicators"]}


def expand(row, unit_of, full):
    out = {SHORT[k]: v for k, v in row.items()}
    if full:
        out.setdefault("comparator", "=")
        out["unit"] = unit_of[out["indicator_id"]]
    return {k: out[k] for k in ORDER if k in out}


def scalar(v):
    if isinstance(v, str):
        if re.fullmatch(r"[a-z_\-]+", v):
            return v
        return json.dumps(v, ensure_ascii=False)
    return json.dumps(v)


def flow(d):
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in d.items()) + "}"


def dump(items):
    lines = []
    for it in items:
        lines.append(f"- id: {it['id']}")
        for k in ["family", "script", "period", "doc_year", "section", "text",
                  "source"]:
            if k not in it:
                continue
            v = it[k]
            if k == "period":
                lines.append(f"  period: [{v[0]}, {v[1]}]")
            else:
                lines.append(f"  {k}: {scalar(v) if k != 'section' else json.dumps(v, ensure_ascii=False)}")
        if it["expect"]:
            lines.append("  expect:")
            lines += [f"  - {flow(r)}" for r in it["expect"]]
        else:
            lines.append("  expect: []")
        if it.get("forbid"):
            lines.append("  forbid:")
            lines += [f"  - {flow(r)}" for r in it["forbid"]]
        if it.get("note"):
            lines.append(f"  note: {scalar(it['note'])}")
    return "\n".join(lines) + "\n"


def split_batch(paths, prefix: str, seed: int, suffix: str, header: str, start: int = 1) -> None:
    """Number the pool's items ``{prefix}001``… in order (from ``{prefix}{start:03d}`` where a letter
    is reused by a later batch), then for each (family, script) group in sorted order shuffle with
    ``random.Random(seed)`` and send round(n/3) (at least one) to ``heldout{suffix}.yaml``, the rest
    to ``tuning{suffix}.yaml``."""
    unit_of = units()
    pool = []
    for p in paths:
        pool += yaml.safe_load(Path(p).read_text(encoding="utf-8"))
    items = []
    for n, raw in enumerate(pool, start):
        it = {"id": f"{prefix}{n:03d}", "family": raw["f"], "script": raw["s"],
              "period": raw["p"]}
        if "doc_year" in raw:
            it["doc_year"] = raw["doc_year"]
        it["section"] = raw["sec"]
        it["text"] = raw["t"]
        it["source"] = INVENTED if raw["src"] == "inv" else raw["src"]
        it["expect"] = [expand(r, unit_of, True) for r in raw["e"]]
        if raw.get("fb"):
            it["forbid"] = [expand(r, unit_of, False) for r in raw["fb"]]
        if raw.get("n"):
            it["note"] = raw["n"]
        items.append(it)
    groups = {}
    for it in items:
        groups.setdefault((it["family"], it["script"]), []).append(it["id"])
    rng = random.Random(seed)
    held = set()
    for key in sorted(groups):
        ids = list(groups[key])
        rng.shuffle(ids)
        held.update(ids[:max(1, round(len(ids) / 3))])
    warn = "# HELD-OUT: never read this file while tuning the extractor.\n"
    (HERE / f"tuning{suffix}.yaml").write_text(
        header + dump([i for i in items if i["id"] not in held]), encoding="utf-8")
    (HERE / f"heldout{suffix}.yaml").write_text(
        header + warn + dump([i for i in items if i["id"] in held]), encoding="utf-8")
    print(f"{len(items)} items: {len(items) - len(held)} tuning, {len(held)} heldout")


def main(paths):
    split_batch(paths, "p", SEED, "",
                "# Prose material for the indicator extractor (issue #15); format and\n"
                "# conventions in tests/material/README.md.  Split by split.py, seed %d.\n" % SEED)


if __name__ == "__main__":
    main(sys.argv[1:])
