"""Number the thirtieth batch of prose items and split it into tuning30 and heldout30.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split30.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning30.yaml and heldout30.yaml together hold every item.
Items are numbered q501, q502, ... in pool order (the letter q was the second
batch's, q001…q120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(301)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout30.yaml.  Prints counts only.

The thirtieth batch (a fresh random sample of the genre, as a user adding their
own regions would meet it, weighted toward places and years not yet common in the
material: 15th five-year plans and their reviews of the 14th, 2025 and 2026 annual
texts, counties and districts, autonomous regions, prefectures and leagues, and
passages that quote a higher level's figures beside their own; one item keyed
AMBIGUOUS) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 301
START = 501  # q001…q120 are the second batch's ids


def main(paths):
    split_batch(paths, "q", SEED, "30",
                ("# Prose material, thirtieth batch (a fresh random sample of the genre; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split30.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
