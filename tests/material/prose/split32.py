"""Number the thirty-second batch of prose items and split it into tuning32 and heldout32.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split32.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning32.yaml and heldout32.yaml together hold every item.
Items are numbered s501, s502, ... in pool order (the letter s was the fourth
batch's, s001…s180, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(321)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout32.yaml.  Prints counts only.

The thirty-second batch (a fresh sample of the genre, weighted toward what recent
batches had less of: provinces, municipalities directly under the central
government and large cities; the 13th and 14th plan periods and 2016—2024
texts; mid-term and final evaluations; provincial bulletins and work reports;
plans' 发展基础 in long run-on sentences; text copied from PDFs and web pages
with its mess; two items keyed AMBIGUOUS) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 321
START = 501  # s001…s180 are the fourth batch's ids


def main(paths):
    split_batch(paths, "s", SEED, "32",
                ("# Prose material, thirty-second batch (a fresh sample of the genre weighted toward\n"
                 "# provinces, municipalities and large cities, 13th and 14th plans and their evaluations,\n"
                 "# 2016—2024 texts and pasted PDF/web text; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split32.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
