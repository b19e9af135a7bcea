"""Number the forty-eighth batch of prose items and split it into tuning48 and heldout48.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split48.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning48.yaml and heldout48.yaml together hold every item.
Items are numbered i501, i502, ... in pool order (the letter i was the twenty-fourth
batch's, i001…i100, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(481)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout48.yaml.  Prints counts only.

The forty-eighth batch (one-year texts as users paste them from web pages: bureau
pages and news items (工作动态, 政务公开, 数据发布) with their 发布时间/来源/浏览次数 lines,
year-end summaries with the next year's plan, 工作要点, 工作计划 and 实施方案, the review
and targets parts of government work reports, mid-year and January—September
reports, and January releases about the year before, 2016—2026, counties to
provinces; bare snippets whose role or year cannot be told are keyed with nothing
and their readings forbidden) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 481
START = 501  # i001…i100 are the twenty-fourth batch's ids


def main(paths):
    split_batch(paths, "i", SEED, "48",
                ("# Prose material, forty-eighth batch (one-year texts pasted from web pages: bureau pages and news\n"
                 "# items, year-end summaries and next year's plans, 工作要点/工作计划/实施方案, work reports' review and\n"
                 "# targets, mid-year and January—September reports, January releases about the year before, 2016—2026,\n"
                 "# counties to provinces; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.  Split by split48.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
