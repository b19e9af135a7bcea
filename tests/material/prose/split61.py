"""Number the sixty-first batch of prose items and split it into tuning61 and heldout61.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split61.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning61.yaml and heldout61.yaml together hold every item.
Items are numbered q601, q602, ... in pool order (the letter q was the second
batch's, q001…q120, and the thirtieth's, q501…q600, so this batch starts at 601
to keep every id unique); then, for each (family, script) group in sorted order,
one ``random.Random(611)`` shuffles the group's items and the first round(n/3)
(at least one) go to heldout61.yaml.  Prints counts only.

The sixty-first batch (a fresh, uniform sample of the genre from 2025—2026
texts: 2025 statistical bulletins and year-end summaries, 2026 government work
reports, January 2026 releases on 2025, the first 15th five-year plans
(2026—2030) of provinces, cities and counties with their 发展基础 reviewing the
14th plan, and final evaluations of 14th plans; every level from the nation to
counties, districts and banners; ordinary phrasing in single sentences and short
paragraphs, with some web furniture, a PDF page break, tables in pipes, in
aligned columns and one cell per line, full-width digits, thousands separators
and spaced numbers; about a third in Traditional script, converted with OpenCC
s2tw, s2hk and s2t) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 611
START = 601  # q001…q120 (second batch) and q501…q600 (thirtieth batch) are taken


def main(paths):
    split_batch(paths, "q", SEED, "61",
                ("# Prose material, sixty-first batch (a fresh, uniform sample of 2025-2026 texts: bulletins and\n"
                 "# year-end summaries of 2025, 2026 work reports and releases, the first 15th five-year plans and\n"
                 "# their reviews of the 14th, final evaluations of 14th plans; every level; about a third in\n"
                 "# Traditional script; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.\n"
                 "# Split by split61.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
