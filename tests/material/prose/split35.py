"""Number the thirty-fifth batch of prose items and split it into tuning35 and heldout35.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split35.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning35.yaml and heldout35.yaml together hold every item.
Items are numbered v501, v502, ... in pool order (the letter v was the seventh
batch's, v001…v211, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(351)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout35.yaml.  Prints counts only.

The thirty-fifth batch (a fresh sample of the genre weighted toward the documents a
researcher comparing regions adds most: regions' 14th and 15th five-year plans with their
主要目标, indicator tables and 专栏 and their 发展基础, mid-term and final evaluations, and the
statistical bulletins and work reports that report progress, with fewer releases; cities and
counties above all, 2019—2026, with pasted tables, PDF line breaks, web furniture and
Traditional reposts; one item keyed AMBIGUOUS) was written without reading any held-out
file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 351
START = 501  # v001…v211 are the seventh batch's ids


def main(paths):
    split_batch(paths, "v", SEED, "35",
                ("# Prose material, thirty-fifth batch (a fresh sample of the genre weighted toward regions'\n"
                 "# plans, their evaluations, bulletins and work reports, 2019—2026, cities and counties first; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split35.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
