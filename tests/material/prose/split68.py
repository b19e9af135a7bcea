"""Number the sixty-eighth batch of prose items and split it into tuning68 and heldout68.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split68.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning68.yaml and heldout68.yaml together hold every item.
Items are numbered x601, x602, ... in pool order (the letter x was used by earlier
batches up to x600, so this batch starts at 601 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(681)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout68.yaml.  Prints counts only.

The sixty-eighth batch (a fresh, uniform sample of the genre as a researcher adding
regions would collect it, written fresh rather than on the sixty-third, sixty-fourth
or sixty-seventh batches' frames: plans' 主要目标, 发展基础 and indicator tables of
13th, 14th and 15th plans, mid-term and final evaluations, statistical bulletins,
government work reports, bureaus' year-end summaries and work plans, releases and
news items, performance self-evaluations and answers to deputies' suggestions and
CPPCC proposals of 2016—2026 at every level, weighted to cities, counties and
districts; single sentences and short paragraphs in ordinary phrasing, some web
furniture, pipe tables, a table copied one cell per line, a table in aligned
columns, a PDF page number inside a number, full-width digits, thousands separators
and figures in Chinese numerals; about a third in Traditional script, converted
with OpenCC s2tw, s2hk and s2t) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 681
START = 601  # x001…x600 are taken by earlier batches


def main(paths):
    split_batch(paths, "x", SEED, "68",
                ("# Prose material, sixty-eighth batch (a fresh, uniform sample of the genre as a researcher\n"
                 "# adding regions would collect it, on new frames: plans, evaluations, bulletins, work reports,\n"
                 "# year-end summaries, work plans, releases, self-evaluations and answers to deputies' suggestions\n"
                 "# of 2016-2026 at every level, weighted to cities, counties and districts; about a third in\n"
                 "# Traditional script; written without reading any held-out file or plans/heldout/); format and\n"
                 "# conventions in tests/material/README.md.  Split by split68.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
