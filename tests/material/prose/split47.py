"""Number the forty-seventh batch of prose items and split it into tuning47 and heldout47.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split47.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning47.yaml and heldout47.yaml together hold every item.
Items are numbered h501, h502, ... in pool order (the letter h was the sixteenth
batch's, h001…h150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(471)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout47.yaml.  Prints counts only.

The forty-seventh batch (a fresh random sample of the genre at every level:
provinces, sub-provincial and prefecture-level cities, an autonomous prefecture,
county-level cities, counties, districts and banners; 2016—2026; bulletins, work
reports, year-end summaries, releases, 工作要点, budgets, a performance
self-evaluation, 13th, 14th and 15th plans and their evaluations, with their own
titles, headings and dates, web furniture, pipe, aligned and one-cell-per-line
tables, full-width digits, thousands separators and PDF page breaks, and
Traditional-script reposts and mirror copies) was written without reading any
held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 471
START = 501  # h001…h150 are the sixteenth batch's ids


def main(paths):
    split_batch(paths, "h", SEED, "47",
                ("# Prose material, forty-seventh batch (a fresh random sample of the genre at every level: provinces,\n"
                 "# cities, counties, districts and banners, 2016—2026, every kind of document with its own titles, headings\n"
                 "# and dates, web furniture, pasted tables, full-width digits and PDF breaks; written without reading any\n"
                 "# held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split47.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
