"""Number the fifty-sixth batch of prose items and split it into tuning56 and heldout56.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split56.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning56.yaml and heldout56.yaml together hold every item.
Items are numbered d601, d602, ... in pool order (the letter d was the
twentieth batch's, d001…d120, and the forty-third batch's, d501…d600, so this
batch starts at 601 to keep every id unique); then, for each (family, script)
group in sorted order, one ``random.Random(561)`` shuffles the group's items and
the first round(n/3) (at least one) go to heldout56.yaml.  Prints counts only.

The fifty-sixth batch (a fresh, uniform random sample of the genre as a
researcher's corpus would hold it: every level (province, city, county,
district, banner, autonomous prefecture), every kind of document (13th, 14th
and 15th plans' targets, reviews and indicator lines, mid-term and final
evaluations and a monitoring note, statistical bulletins, government work
reports, year-end and half-year summaries, news releases, department work
plans, performance self-evaluations and speeches), years 2016—2026 and every
catalog indicator; sentences of every length, web furniture, pasted tables,
full-width digits, Chinese numerals, separators and PDF breaks; a third in
Traditional script) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 561
START = 601  # d001…d120 (twentieth batch) and d501…d600 (forty-third batch) are taken


def main(paths):
    split_batch(paths, "d", SEED, "56",
                ("# Prose material, fifty-sixth batch (a fresh, uniform random sample of the genre at every level\n"
                 "# and of every kind of document, 2016—2026: plans' targets, reviews and indicator lines, evaluations,\n"
                 "# bulletins, work reports, summaries, releases, work plans, self-evaluations and speeches, over every\n"
                 "# catalog indicator; written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.\n"
                 "# Split by split56.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
