"""Number the forty-fifth batch of prose items and split it into tuning45 and heldout45.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split45.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning45.yaml and heldout45.yaml together hold every item.
Items are numbered f501, f502, ... in pool order (the letter f was the eighteenth
batch's, f001…f150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(451)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout45.yaml.  Prints counts only.

The forty-fifth batch (long paragraphs from annual texts: year-end work summaries,
government work reports, statistical bulletins and news releases that mix 今年, 去年,
明年 and 上年, put the year's own figures beside running totals and five-year totals,
state several indicators at once and set targets beside results, with January
releases about the year before under a 发布时间 line or a date in brackets, and
bulletins whose 累计 figure stands beside the year's; a few plan texts for contrast,
2016—2026, with web furniture, a pasted table, a copy from a PDF, full-width digits
and Traditional reposts) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 451
START = 501  # f001…f150 are the eighteenth batch's ids


def main(paths):
    split_batch(paths, "f", SEED, "45",
                ("# Prose material, forty-fifth batch (long paragraphs from annual summaries, work reports,\n"
                 "# bulletins and releases mixing 今年/去年/明年/上年, the year's figures with running and five-year\n"
                 "# totals, and targets with results, 2016—2026; written without reading any held-out file or\n"
                 "# plans/heldout/); format and conventions in tests/material/README.md.  Split by split45.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
