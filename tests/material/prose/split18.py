"""Number the eighteenth batch of prose items and split it into tuning18 and heldout18.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split18.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning18.yaml and heldout18.yaml together hold every item.
Items are numbered f001, f002, ... in pool order; then, for each (family, script)
group in sorted order, one ``random.Random(181)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout18.yaml.  Prints counts only.

The eighteenth batch (spoken and reported text: press conferences and their
transcripts, interviews, officials' speeches at work meetings, news reports quoting
them, county and district portal news, mid-year briefings) was written without
reading heldout.yaml … heldout16.yaml, plans/heldout/, tuning13.yaml … tuning16.yaml
or any file of the seventeenth batch (written at the same time by another writer).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 181


def main(paths):
    split_batch(paths, "f", SEED, "18",
                ("# Prose material, eighteenth batch (written without reading heldout.yaml …\n"
                 "# heldout16.yaml, plans/heldout/, tuning13–16 or the seventeenth batch's files);\n"
                 "# format and conventions in tests/material/README.md.  Split by split18.py, seed %d.\n" % SEED))


if __name__ == "__main__":
    main(sys.argv[1:])
