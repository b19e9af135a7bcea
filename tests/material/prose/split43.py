"""Number the forty-third batch of prose items and split it into tuning43 and heldout43.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split43.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning43.yaml and heldout43.yaml together hold every item.
Items are numbered d501, d502, ... in pool order (the letter d was the twentieth
batch's, d001…d120, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(431)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout43.yaml.  Prints counts only.

The forty-third batch (a fresh random sample of the genre at every level: provinces,
cities, counties, districts, banners, an autonomous prefecture and one national
commentary; their statistical bulletins, government work reports, year-end summaries,
releases, 工作要点, budgets, performance self-evaluations, 目标责任制 accounts, 13th, 14th
and 15th plans and their evaluations, 2016—2026, with web furniture, pasted tables,
full-width digits, thousands separators and a PDF page break, and Traditional reposts)
was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 431
START = 501  # d001…d120 are the twentieth batch's ids


def main(paths):
    split_batch(paths, "d", SEED, "43",
                ("# Prose material, forty-third batch (a fresh random sample of the genre at every level,\n"
                 "# provinces, cities, counties and districts, 2016—2026, every kind of document, with web furniture,\n"
                 "# pasted tables and full-width digits; written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split43.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
