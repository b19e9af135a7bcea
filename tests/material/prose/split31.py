"""Number the thirty-first batch of prose items and split it into tuning31 and heldout31.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split31.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning31.yaml and heldout31.yaml together hold every item.
Items are numbered r501, r502, ... in pool order (the letter r was the third
batch's, r001…r120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(311)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout31.yaml.  Prints counts only.

The thirty-first batch (a fresh random sample of the genre, as a user adding
their own regions would meet it: plans of three periods and their reviews,
bulletins, releases, work reports, summaries, work plans and speeches of
2016—2026, at every level of region; one item keyed AMBIGUOUS) was written
without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 311
START = 501  # r001…r120 are the third batch's ids


def main(paths):
    split_batch(paths, "r", SEED, "31",
                ("# Prose material, thirty-first batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split31.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
