"""Number the fifty-seventh batch of prose items and split it into tuning57 and heldout57.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split57.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning57.yaml and heldout57.yaml together hold every item.
Items are numbered f601, f602, ... in pool order (the letter f was the
forty-fifth batch's, f501…f600, so this batch starts at 601 to keep every id
unique); then, for each (family, script) group in sorted order, one
``random.Random(571)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout57.yaml.  Prints counts only.

The fifty-seventh batch (texts as users in Hong Kong, Macau and Taiwan or
overseas researchers paste them: about half in Traditional script, converted
with OpenCC s2hk, s2tw and s2t, with 「」 quotes, full-width digits and
punctuation mixed with half-width ones; copied from web pages and PDFs with
furniture lines, broken lines and page numbers, pipe tables, tables one cell per
line and in aligned columns; every document kind — five-year plans' targets and
发展基础, statistical bulletins, government work reports, year-end summaries,
news releases, mid-term and final evaluations, a performance self-evaluation —
at every level from the nation to counties, districts and banners; ordinary
phrasing, not edge cases) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 571
START = 601  # f501…f600 (forty-fifth batch) are taken


def main(paths):
    split_batch(paths, "f", SEED, "57",
                ("# Prose material, fifty-seventh batch (texts as pasted by users in Hong Kong, Macau and Taiwan\n"
                 "# or by overseas researchers: about half in Traditional script with 「」 quotes and full-width\n"
                 "# digits, copied from web pages and PDFs with furniture, broken lines, page numbers and tables;\n"
                 "# every document kind and level, ordinary phrasing; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split57.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
