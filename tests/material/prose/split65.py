"""Number the sixty-fifth batch of prose items and split it into tuning65 and heldout65.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split65.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning65.yaml and heldout65.yaml together hold every item.
Items are numbered u601, u602, ... in pool order (the letter u was used by earlier
batches up to u600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(651)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout65.yaml.  Prints counts only.

The sixty-fifth batch (annual documents whose years are told by relative words:
year-end summaries of county, district and city bureaus, government work reports,
statistical bulletins, half-year, year-end and January releases and a progress
report of 2016—2026, where the year of each figure is worked out from 今年, 去年,
上年, 本年, 当年, 同比, 一年来, 过去一年, 新的一年, 明年, 年内, 全年, 年末,
截至…月底 and the part-year 前三季度/1—11月 and from the document's own year;
paragraphs in which last year's results, this year's results and next year's aims
sit side by side, paragraphs that switch from review to plan, and base-year
figures stated beside results; about a third in Traditional script, converted
with OpenCC s2tw, s2hk and s2t) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 651
START = 601  # u001…u600 are taken by earlier batches


def main(paths):
    split_batch(paths, "u", SEED, "65",
                ("# Prose material, sixty-fifth batch (annual documents whose years are told by relative\n"
                 "# words: year-end summaries, government work reports, statistical bulletins and releases\n"
                 "# of 2016-2026 at county, district, city and province level, where 今年/去年/上年/明年/\n"
                 "# 过去一年/新的一年 and the document's own year date each figure; about a third in\n"
                 "# Traditional script; written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.\n"
                 "# Split by split65.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
