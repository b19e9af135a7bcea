"""Number the twenty-seventh batch of prose items and split it into tuning27 and heldout27.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split27.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning27.yaml and heldout27.yaml together hold every item.
Items are numbered m201, m202, ... in pool order (the letter m was the thirteenth
batch's, m001…m150, so this batch starts at 201 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(271)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout27.yaml.  Prints counts only.

The twenty-seventh batch (a fresh random sample of the genre, as a user adding their
own regions would meet it: statistical bulletins, news releases and press conferences,
government work reports, year-end summaries and work plans, speeches, 14th and 15th
plans with their 发展基础, 主要目标 and pasted indicator tables, mid-term and final
evaluations; some pasted with web furniture, page numbers and broken lines; three
items keyed AMBIGUOUS) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 271
START = 201  # m001…m150 are the thirteenth batch's ids


def main(paths):
    split_batch(paths, "m", SEED, "27",
                ("# Prose material, twenty-seventh batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split27.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
