"""Number the seventeenth batch of prose items and split it into tuning17 and heldout17.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split17.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning17.yaml and heldout17.yaml together hold every item.
Items are numbered g001, g002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(171)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout17.yaml.  Prints counts only.

The seventeenth batch (paragraphs of special plans of the field: employment-promotion,
skills and vocational-training, social-insurance, talent, labour-relations and
HR-service plans and their evaluations) was written without reading heldout.yaml …
heldout16.yaml, plans/heldout/, tuning13.yaml … tuning16.yaml or any file of the
eighteenth batch (written at the same time by another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 171


def main(paths):
    split_batch(paths, "g", SEED, "17",
                ("# Prose material, seventeenth batch: special plans of the field (written without\n"
                 "# reading heldout.yaml … heldout16.yaml, plans/heldout/, tuning13.yaml … tuning16.yaml\n"
                 "# or the eighteenth batch's files); format and conventions in\n"
                 "# tests/material/README.md.  Split by split17.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
