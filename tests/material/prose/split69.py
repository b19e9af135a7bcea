"""Number the sixty-ninth batch of prose items and split it into tuning69 and heldout69.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split69.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning69.yaml and heldout69.yaml together hold every item.
Items are numbered y601, y602, ... in pool order (the letter y was used by earlier
batches up to y600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(691)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout69.yaml.  Prints counts only.

The sixty-ninth batch (text copied out of PDF and Word files, as users paste the
plans they add: 13th, 14th and 15th plans' 主要目标, 发展基础 and indicator tables,
mid-term and final evaluations, statistical bulletins, government work reports and
bureaus' summaries of 2016—2026 at every level; PDF copies that keep the page's line
ends, lines broken at a page width of 25—40 characters in mid-sentence, inside names
and between a number and its unit, running page numbers, page lines and the
document's title repeated at the top of a page, footnote marks (①, [1], ¹) with their
texts at the page bottom, indicator tables that run onto the next page under a
repeated header row, tables copied one cell per line, in aligned columns or with
tabs, and stray spaces between characters; Word copies with a paragraph on one line
and the footnotes below; about a third in Traditional script, converted with OpenCC
s2tw, s2hk and s2t) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 691
START = 601  # y001…y600 are taken by earlier batches


def main(paths):
    split_batch(paths, "y", SEED, "69",
                ("# Prose material, sixty-ninth batch (text copied out of PDF and Word files: plans, evaluations,\n"
                 "# bulletins, work reports and summaries of 2016-2026 at every level, with the page's line ends,\n"
                 "# page numbers, running titles, footnotes, tables running onto the next page under a repeated\n"
                 "# header row and stray spaces between characters; about a third in Traditional script; written\n"
                 "# without reading any held-out file or plans/heldout/); format and conventions in\n"
                 "# tests/material/README.md.  Split by split69.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
