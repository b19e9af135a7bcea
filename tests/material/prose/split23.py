"""Number the twenty-third batch of prose items and split it into tuning23 and heldout23.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split23.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning23.yaml and heldout23.yaml together hold every item.
Items are numbered a001, a002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(231)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout23.yaml.  Prints counts only.

The twenty-third batch (indicator tables and lists as users paste them from plans,
evaluations and bulletins: pipe tables, row tables, one-cell-per-line tables, heading
lines over numbered target lists, tables whose header or a cell was lost) was written
without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 231


def main(paths):
    split_batch(paths, "a", SEED, "23",
                ("# Prose material, twenty-third batch (written without reading any held-out file\n"
                 "# or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split23.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
