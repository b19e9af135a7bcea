"""Number the thirty-ninth batch of prose items and split it into tuning39 and heldout39.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split39.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning39.yaml and heldout39.yaml together hold every item.
Items are numbered z501, z502, ... in pool order (the letter z was the eleventh
batch's, z001…z150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(391)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout39.yaml.  Prints counts only.

The thirty-ninth batch (a fresh sample of the genre weighted toward the catalog's less
common indicators: talent stocks, certificates, training, labour relations, arbitration,
mediation and inspection, postdocs, HR-service revenue, insurance schemes by their full
names, cards and e-cards, and the rare ones of the catalog; in every kind of document of the
genre, half of it in Traditional script as reposted, with more full-width digits, PDF line
breaks and web furniture than usual) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 391
START = 501  # z001…z150 are the eleventh batch's ids


def main(paths):
    split_batch(paths, "z", SEED, "39",
                ("# Prose material, thirty-ninth batch (a fresh sample of the genre weighted toward the catalog's\n"
                 "# less common indicators, in every kind of document, half of it Traditional reposts and messy pastes;\n"
                 "# written without reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split39.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
