"""Number the fifteenth batch of prose items and split it into tuning15 and heldout15.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split15.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning15.yaml and heldout15.yaml together hold every item.
Items are numbered j001, j002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(151)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout15.yaml.  Prints counts only.

The fifteenth batch (longer paragraphs as they stand in whole plan documents) was
written without reading heldout.yaml … heldout14.yaml, plans/heldout/,
tuning13.yaml, tuning14.yaml or any file of the sixteenth batch (written at the
same time by another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 151


def main(paths):
    split_batch(paths, "j", SEED, "15",
                ("# Prose material, fifteenth batch (written without reading heldout.yaml …\n"
                 "# heldout14.yaml, plans/heldout/, tuning13.yaml, tuning14.yaml or the sixteenth\n"
                 "# batch's files); format and conventions in tests/material/README.md.\n"
                 "# Split by split15.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
