"""Number the forty-sixth batch of prose items and split it into tuning46 and heldout46.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split46.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning46.yaml and heldout46.yaml together hold every item.
Items are numbered g501, g502, ... in pool order (the letter g was the seventeenth
batch's, g001…g150, so this batch starts at 501 to keep every id unique); then,
for each (family, script) group in sorted order, one ``random.Random(461)``
shuffles the group's items and the first round(n/3) (at least one) go to
heldout46.yaml.  Prints counts only.

The forty-sixth batch (a fresh sample weighted toward large regions: provinces,
autonomous regions, municipalities, sub-provincial and prefecture-level cities;
counts in 万 and 亿, 万人次, percentages and 个百分点; mid-term and final evaluations of
plans; statistical bulletins' social-security paragraphs; and Traditional-script
reposts by Hong Kong, Taiwan and Macau news sites with their 「」 and full-width
digits, 2017—2026) was written without reading any held-out file or plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 461
START = 501  # g001…g150 are the seventeenth batch's ids


def main(paths):
    split_batch(paths, "g", SEED, "46",
                ("# Prose material, forty-sixth batch (a fresh sample weighted toward provinces, municipalities,\n"
                 "# sub-provincial and prefecture-level cities: 万/亿 counts, 个百分点, evaluations of plans, bulletins'\n"
                 "# social-security paragraphs and Hong Kong, Taiwan and Macau reposts; written without reading any\n"
                 "# held-out file or plans/heldout/); format and conventions in tests/material/README.md.\n"
                 "# Split by split46.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
