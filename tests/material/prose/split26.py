"""Number the twenty-sixth batch of prose items and split it into tuning26 and heldout26.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split26.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning26.yaml and heldout26.yaml together hold every item.
Items are numbered l001, l002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(261)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout26.yaml.  Prints counts only.

The twenty-sixth batch (a fresh random sample of the genre, as a user adding their
own regions would meet it: plans of the 14th and 15th periods and their pasted
indicator tables, mid-term and final evaluations, year-end summaries and work plans,
government work reports, statistical bulletins, news releases and speeches) was
written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 261


def main(paths):
    split_batch(paths, "l", SEED, "26",
                ("# Prose material, twenty-sixth batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split26.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
