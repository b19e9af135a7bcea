"""Number the seventy-second batch of prose items and split it into tuning72 and heldout72.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split72.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning72.yaml and heldout72.yaml together hold every item.
Items are numbered c701, c702, ... in pool order (the letter c was used by earlier
batches up to c698, so this batch starts at 701 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(721)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout72.yaml.  Prints counts only.

The seventy-second batch (mid-term evaluations and yearly implementation reports
of five-year plans: “十四五” mid-term evaluations of 2023—2024, yearly monitoring
reports of 14th plans for 2021—2024, mid-term evaluations of 13th plans and the
first yearly reports on 15th plans for 2026; paragraphs that state together a
plan's target, its base-year value, the value reached by a named year or as a
running total, the share of the target reached, the pace, the gap and a forecast
of the plan's end, and evaluation tables as pipe tables and one cell per line;
about a third in Traditional script, converted with OpenCC s2tw, s2hk and s2t) was
written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 721
START = 701  # c001…c698 are taken by earlier batches


def main(paths):
    split_batch(paths, "c", SEED, "72",
                ("# Prose material, seventy-second batch (mid-term evaluations and yearly implementation reports\n"
                 "# of five-year plans: targets, bases, results, running totals, completion shares, paces, gaps and\n"
                 "# forecasts side by side, and evaluation tables; about a third in Traditional script; written\n"
                 "# without reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split72.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
