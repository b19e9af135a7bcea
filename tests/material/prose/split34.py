"""Number the thirty-fourth batch of prose items and split it into tuning34 and heldout34.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split34.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning34.yaml and heldout34.yaml together hold every item.
Items are numbered u501, u502, ... in pool order (the letter u was the sixth
batch's, u001…u210, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(341)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout34.yaml.  Prints counts only.

The thirty-fourth batch (a fresh random sample of the genre as a user adding their
own regions meets it: plans of three periods and their evaluations, bulletins,
releases, work reports, summaries, work plans, assessments, speeches and a
performance self-evaluation of every level of region, 2016—2026, with pasted
tables, web furniture, a PDF line break and Traditional reposts; one item keyed
AMBIGUOUS) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 341
START = 501  # u001…u210 are the sixth batch's ids


def main(paths):
    split_batch(paths, "u", SEED, "34",
                ("# Prose material, thirty-fourth batch (a fresh random sample of the genre as a user\n"
                 "# adding their own regions meets it, 2016—2026, every level of region; written without\n"
                 "# reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split34.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
