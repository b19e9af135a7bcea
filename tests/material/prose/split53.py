"""Number the fifty-third batch of prose items and split it into tuning53 and heldout53.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split53.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning53.yaml and heldout53.yaml together hold every item.
Items are numbered m601, m602, ... in pool order (the letter m was the
twenty-seventh batch's, m001…m301, so this batch starts at 601 to keep every id
unique); then, for each (family, script) group in sorted order, one
``random.Random(531)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout53.yaml.  Prints counts only.

The fifty-third batch (a fresh, uniform random sample of the genre as a user's
corpus would hold it: every level (province, city, county, district, banner,
autonomous prefecture), every kind of document (13th, 14th and 15th plans'
targets, reviews and indicator tables, mid-term and final evaluations,
statistical bulletins, government work reports, year-end and half-year
summaries, news releases, department work plans, a performance
self-evaluation and a speech), years 2016—2026 and every catalog indicator;
long official sentences, numbers as written in the source (万/亿, Chinese
numerals, full-width digits, separators, PDF breaks) and items that state no
catalog value; a third in Traditional script) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 531
START = 601  # m001…m301 (twenty-seventh batch) are taken


def main(paths):
    split_batch(paths, "m", SEED, "53",
                ("# Prose material, fifty-third batch (a fresh, uniform random sample of the genre at every level\n"
                 "# and of every kind of document, 2016—2026: plans' targets, reviews and tables, evaluations,\n"
                 "# bulletins, work reports, summaries, releases and work plans, over every catalog indicator;\n"
                 "# written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.\n"
                 "# Split by split53.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
