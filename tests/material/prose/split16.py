"""Number the sixteenth batch of prose items and split it into tuning16 and heldout16.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split16.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning16.yaml and heldout16.yaml together hold every item.
Items are numbered h001, h002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(161)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout16.yaml.  Prints counts only.

The sixteenth batch (the shapes of text users paste) was written without reading
heldout.yaml … heldout14.yaml, plans/heldout/, tuning13.yaml, tuning14.yaml or any
file of the fifteenth batch (written at the same time by another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 161


def main(paths):
    split_batch(paths, "h", SEED, "16",
                ("# Prose material, sixteenth batch (written without reading heldout.yaml …\n"
                 "# heldout14.yaml, plans/heldout/, tuning13/14 or the fifteenth batch's files);\n"
                 "# format and conventions in tests/material/README.md.  Split by split16.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
