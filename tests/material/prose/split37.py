"""Number the thirty-seventh batch of prose items and split it into tuning37 and heldout37.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split37.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning37.yaml and heldout37.yaml together hold every item.
Items are numbered x501, x502, ... in pool order (the letter x was the ninth
batch's, x001…x150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(371)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout37.yaml.  Prints counts only.

The thirty-seventh batch (weighted toward annual texts, where a value's role and year are
hardest to tell: government work reports that review last year and set this year's aims,
year-end summaries with next year's plans, mid-year and three-quarter releases with
part-year figures beside the year's targets, bulletins with 比上年/比上年末 changes,
工作要点, 目标责任 and performance accounts, speeches at work meetings, some quoting a
five-year plan's targets or running totals; a few plan and evaluation texts; 2016—2026,
every level of region; one item keyed AMBIGUOUS) was written without reading any held-out
file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 371
START = 501  # x001…x150 are the ninth batch's ids


def main(paths):
    split_batch(paths, "x", SEED, "37",
                ("# Prose material, thirty-seventh batch (weighted toward annual texts: work reports, year-end\n"
                 "# summaries with next year's plans, mid-year and three-quarter releases, bulletins, work plans,\n"
                 "# target-responsibility accounts and speeches, 2016—2026, every level of region; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split37.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
