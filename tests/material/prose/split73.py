"""Number the seventy-third batch of prose items and split it into tuning73 and heldout73.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split73.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning73.yaml and heldout73.yaml together hold every item.
Items are numbered d701, d702, ... in pool order (the letter d was used by earlier
batches up to d699, so this batch starts at 701 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(731)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout73.yaml.  Prints counts only.

The seventy-third batch (indicator tables and lists in the shapes users paste:
tables whose rows name only the insurance scheme under a caption or header naming
the measure, tables with one column per year (2021年…2025年 年度分解, 2026—2030
年度目标, a 合计 column), text copied out of spreadsheets (tab-separated or aligned
with spaces, units in a column, a row or a line of their own), 专栏 boxes, 依次为/
分别为 lists of years or names whose subject sits in an earlier clause, tables with
属性 columns, 〔 〕 five-year totals, `<`/`≤`/`≥` cells and notes below (注：…), from
plans, evaluations, annual reports, summaries and bulletins; about a third in
Traditional script, converted with OpenCC s2tw, s2hk and s2t) was written without
reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 731
START = 701  # d001…d699 are taken by earlier batches


def main(paths):
    split_batch(paths, "d", SEED, "73",
                ("# Prose material, seventy-third batch (indicator tables and lists in the shapes users paste:\n"
                 "# rows naming only the scheme under a caption naming the measure, one column per year, spreadsheet\n"
                 "# text, 专栏 boxes, 依次为/分别为 lists, 属性 columns, 〔 〕 totals, ceilings and notes; about a third\n"
                 "# in Traditional script; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.  Split by split73.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
