"""Number the thirty-third batch of prose items and split it into tuning33 and heldout33.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split33.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning33.yaml and heldout33.yaml together hold every item.
Items are numbered t501, t502, ... in pool order (the letter t was the fifth
batch's, t001…t210, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(331)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout33.yaml.  Prints counts only.

The thirty-third batch (a fresh random sample of the genre as a user adding their
own regions meets it: plans of three periods and their evaluations, bulletins,
releases, work reports, summaries, work plans, assessments, speeches and budget
and performance documents of every level of region, 2016—2026, with pasted
tables, web and PDF furniture and Traditional reposts; one item keyed
AMBIGUOUS) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 331
START = 501  # t001…t210 are the fifth batch's ids


def main(paths):
    split_batch(paths, "t", SEED, "33",
                ("# Prose material, thirty-third batch (a fresh random sample of the genre as a user\n"
                 "# adding their own regions meets it, 2016—2026, every level of region; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split33.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
