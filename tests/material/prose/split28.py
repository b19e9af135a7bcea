"""Number the twenty-eighth batch of prose items and split it into tuning28 and heldout28.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split28.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning28.yaml and heldout28.yaml together hold every item.
Items are numbered n501, n502, ... in pool order (the letter n was the twelfth
batch's, n001…n151, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(281)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout28.yaml.  Prints counts only.

The twenty-eighth batch (a fresh random sample of the genre, as a user adding their
own regions would meet it: 14th and 15th plans with their 发展基础 and 主要目标 and
indicator tables pasted in several layouts (pipe tables, rows with spaces or
ideographic spaces, one cell per line, unit columns, notes under them), mid-term and
final evaluations, a 13th plan and its reviews, statistical bulletins, news releases
and press conferences, government work reports, year-end summaries and work plans,
speeches, performance self-evaluations, web and PDF furniture and broken lines;
three items keyed AMBIGUOUS) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 281
START = 501  # n001…n151 are the twelfth batch's ids


def main(paths):
    split_batch(paths, "n", SEED, "28",
                ("# Prose material, twenty-eighth batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split28.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
