"""Write a realistic synthetic corpus of plans, in exactly the format users write.

    python benchmarks/make_corpus.py --plans 1000 --out /tmp/corpus [--seed 0]

Each synthetic plan takes one of the five real plans as its template (so every
table and prose shape occurs: pipe tables, shifted pipe tables, flattened tables,
prose only), renames its region, perturbs its figures (×0.8–1.2, keeping their
written precision), and mixes in paragraphs from the other plans, so that plans
differ in length and content. Some are saved as GB18030 and some with Windows
line endings, as plans from other sites are. The folder gets a catalog.csv with
checksums. The texts are synthetic: never mix them with real data.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "lib") not in sys.path:  # run as a script outside the project's environment
    sys.path.insert(0, str(ROOT / "lib"))
RAW = ROOT / "data" / "raw"
SYLLABLES = "安宁平和顺昌盛兴隆永泰嘉丰华荣庆长清德康惠云山川江河湖林桥阳城新乐明光文武东西南北"
SUFFIX = {"province": "省", "prefecture-level city": "市", "county": "县", "district": "区"}
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")


def _perturb(text: str, rng: random.Random) -> str:
    """Scale the figures of a table or target line; years (19xx, 20xx) and numbering are kept."""
    def repl(m: re.Match) -> str:
        s = m.group(1)
        if re.fullmatch(r"(19|20)\d\d", s) or (len(s) <= 2 and "." not in s and int(s) < 30):
            return s
        decimals = len(s.split(".")[1]) if "." in s else 0
        value = float(s) * rng.uniform(0.8, 1.2)
        return f"{value:.{decimals}f}"
    return NUMBER.sub(repl, text)


def _region_name(i: int, level: str, used: set[str], rng: random.Random) -> str:
    for _ in range(1000):
        name = "".join(rng.choice(SYLLABLES) for _ in range(2)) + SUFFIX[level]
        if name not in used:
            used.add(name)
            return name
    name = f"合成{i}{SUFFIX[level]}"
    used.add(name)
    return name


def make_corpus(n: int, out: Path, seed: int = 0) -> Path:
    from plancompare.read.catalog import COLUMNS, read_catalog

    rng = random.Random(seed)
    rows = read_catalog(RAW / "catalog.csv")
    texts = {r.plan_id: (RAW / r.source_file).read_text(encoding="utf-8") for r in rows}
    # a pool of running-text paragraphs to mix in: long lines without tables
    pool = [ln for t in texts.values() for ln in t.split("\n")
            if len(ln) > 80 and "|" not in ln and not ln.startswith(("第", "专栏"))]
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    catalog = []
    for i in range(n):
        tpl = rows[i % len(rows)]
        region = _region_name(i, tpl.level, used, rng)
        lines = texts[tpl.plan_id].replace(tpl.region, region).split("\n")
        short = tpl.region[:-1]
        lines = [ln.replace(short, region[:-1]) if len(short) >= 2 else ln for ln in lines]
        body = []
        for ln in lines:
            if NUMBER.search(ln) and (len(ln) < 60 or "|" in ln or "%" in ln or "万人" in ln):
                ln = _perturb(ln, rng)
            body.append(ln)
            if len(ln) > 80 and "|" not in ln and rng.random() < 0.15:
                body.append("")
                body.append(rng.choice(pool))
        text = "\n".join(body)
        data = text.encode("gb18030") if i % 7 == 3 else text.encode("utf-8")
        if i % 11 == 5:
            data = data.replace(b"\n", b"\r\n")
        name = f"synthetic-{i:05d}.txt"
        (out / name).write_bytes(data)
        catalog.append({
            "plan_id": f"synth-{i:05d}", "region": region, "region_en": f"Synthetic {i:05d}", "level": tpl.level,
            "province": "", "parent": "", "admin_code": "", "period_start": tpl.period_start,
            "period_end": tpl.period_end, "fyp_number": tpl.fyp_number,
            "title": tpl.title.replace(tpl.region, region), "published": "", "issuer": "", "doc_number": "",
            "source_file": name, "sha256": hashlib.sha256(data).hexdigest(),
            "notes": f"Synthetic plan made from {tpl.plan_id} by benchmarks/make_corpus.py (seed {seed}).",
        })
    with open(out / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(catalog)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--plans", type=int, required=True, help="number of plans to write")
    p.add_argument("--out", type=Path, required=True, help="folder to write the corpus into")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    if args.plans < 1:
        p.error("--plans must be 1 or more")
    make_corpus(args.plans, args.out, args.seed)
    size = sum(f.stat().st_size for f in args.out.glob("*.txt"))
    print(f"wrote {args.plans} plans ({size / 1e6:.1f} MB) and catalog.csv to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
