"""Number the fifty-first batch of prose items and split it into tuning51 and heldout51.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split51.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning51.yaml and heldout51.yaml together hold every item.
Items are numbered l501, l502, ... in pool order (the letter l was the
twenty-sixth batch's, l001…l100, so this batch starts at 501 to keep every id
unique); then,
for each (family, script) group in sorted order, one ``random.Random(511)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout51.yaml.  Prints counts only.

The fifty-first batch (multi-sentence paragraphs of county and city year-end work
summaries, government work reports and department reports in which the time
shifts inside the paragraph: last year's results, the current year's results to
date (1—10月, 前三季度, 截至11月底), next year's aims (明年, 2026年工作思路),
five-year reviews (“十四五”以来, 五年来) and plan targets met or missed, with dates
stated once at the top or in a furniture line; a third in Traditional script) was
written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 511
START = 501  # l001…l100 are the twenty-sixth batch's ids


def main(paths):
    split_batch(paths, "l", SEED, "51",
                ("# Prose material, fifty-first batch (multi-sentence paragraphs of year-end work summaries,\n"
                 "# government work reports and department reports whose time shifts inside the paragraph: last\n"
                 "# year's results, this year's to date, next year's aims, five-year reviews and plan targets met or\n"
                 "# missed; written without reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split51.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
