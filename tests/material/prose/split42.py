"""Number the forty-second batch of prose items and split it into tuning42 and heldout42.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split42.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning42.yaml and heldout42.yaml together hold every item.
Items are numbered c501, c502, ... in pool order (the letter c was the third
batch's, c001…c120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(421)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout42.yaml.  Prints counts only.

The forty-second batch (a fresh random sample of the genre weighted toward counties,
districts and banners, the regions most often added: their bulletins, work reports,
year-end summaries, releases, 工作要点, performance self-evaluations, 14th, 15th and 13th
plans and evaluations, 2016—2026, with county websites' furniture, pasted tables,
full-width digits and PDF line breaks, and Traditional reposts) was written without
reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 421
START = 501  # c001…c120 are the third batch's ids


def main(paths):
    split_batch(paths, "c", SEED, "42",
                ("# Prose material, forty-second batch (a fresh random sample of the genre weighted toward\n"
                 "# counties, districts and banners, 2016—2026, with county websites' furniture, pasted tables and\n"
                 "# full-width digits; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.  Split by split42.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
