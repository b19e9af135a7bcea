"""Number the sixtieth batch of prose items and split it into tuning60 and heldout60.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split60.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning60.yaml and heldout60.yaml together hold every item.
Items are numbered n601, n602, ... in pool order (the letter n was the
twenty-eighth batch's, n501…n600, so this batch starts at 601 to keep every id
unique); then, for each (family, script) group in sorted order, one
``random.Random(601)`` shuffles the group's items and the first round(n/3) (at
least one) go to heldout60.yaml.  Prints counts only.

The sixtieth batch (documents of counties, county-level cities, districts and
banners as their websites publish them, 2019—2026: government work reports,
人社局 year-end summaries with the next year's plans, 工作要点, county 14th and
15th plans' 主要目标 and 发展基础, mid-term and final evaluations, county
statistical bulletins, news releases and news items, performance
self-evaluations; messy web pastes with furniture lines (来源, 发布时间,
浏览次数, 【字体：大 中 小】, 【打印本页】), PDF copies with broken lines and page
numbers, tables one cell per line, in pipes with shifted cells and in aligned
columns, figures in 万 without 人, with thousands separators, in full-width
digits and in Chinese numerals; about a third in Traditional script, converted
with OpenCC s2tw, s2hk and s2t; ordinary phrasing) was written without reading
any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 601
START = 601  # n501…n600 (twenty-eighth batch) are taken


def main(paths):
    split_batch(paths, "n", SEED, "60",
                ("# Prose material, sixtieth batch (documents of counties, county-level cities, districts and\n"
                 "# banners as their websites publish them, 2019-2026: work reports, bureau summaries and plans,\n"
                 "# county plans and evaluations, bulletins and news items, pasted with furniture, broken lines,\n"
                 "# page numbers and tables; about a third in Traditional script; written without reading any\n"
                 "# held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split60.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
