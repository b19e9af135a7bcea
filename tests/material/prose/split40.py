"""Number the fortieth batch of prose items and split it into tuning40 and heldout40.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split40.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning40.yaml and heldout40.yaml together hold every item.
Items are numbered a501, a502, ... in pool order (the letter a was the
twenty-third batch's, a001…a100, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(401)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout40.yaml.  Prints counts only.

The fortieth batch (a fresh random sample of the genre: regions' 13th, 14th and 15th
plans with their 主要目标 in prose, tables and 专栏 and their 发展基础, mid-term and final
evaluations and annual monitoring, statistical bulletins, government work reports,
year-end summaries, 工作要点, performance accounts and news releases of provinces,
cities, counties and districts, 2016—2030, with pasted tables, PDF line breaks, web
furniture, full-width digits and Traditional reposts) was written without reading
any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 401
START = 501  # a001…a100 are the twenty-third batch's ids


def main(paths):
    split_batch(paths, "a", SEED, "40",
                ("# Prose material, fortieth batch (a fresh random sample of the genre: regions' plans,\n"
                 "# evaluations, bulletins, work reports, summaries and releases, 2016—2030, provinces, cities,\n"
                 "# counties and districts; written without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.  Split by split40.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
