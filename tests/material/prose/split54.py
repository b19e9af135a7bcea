"""Number the fifty-fourth batch of prose items and split it into tuning54 and heldout54.

Run once, when the items were written and before anyone ran an extractor on them:

    python3 tests/material/prose/split54.py POOL.yaml [POOL2.yaml ...]

Same draft format as split.py (short keys, units left to the catalog); the drafts
are not kept, because tuning54.yaml and heldout54.yaml together hold every item.
Items are numbered p601, p602, ... in pool order (the letter p was the first
batch's, p001…p211, and the twenty-ninth batch's, p501…p600, so this batch
starts at 601 to keep every id unique); then, for each (family, script) group in
sorted order, one ``random.Random(541)`` shuffles the group's items and the first
round(n/3) (at least one) go to heldout54.yaml.  Prints counts only.

The fifty-fourth batch (statistical bulletins of the field, 人力资源和社会保障事业
发展统计公报, and news releases of provinces and large cities: dense coordinated
lists of insured counts of every scheme, shares and changes beside levels, funds,
benefit levels and wages that are no catalog values, social-security cards and
e-cards, talents and certificates, arbitration and inspection rates, with web
furniture, pasted tables, full-width digits, thousands separators and PDF breaks;
a third in Traditional script) was written without reading any held-out file or
plans/heldout/.
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from split import split_batch  # noqa: E402

SEED = 541
START = 601  # p001…p211 (first batch) and p501…p600 (twenty-ninth batch) are taken


def main(paths):
    split_batch(paths, "p", SEED, "54",
                ("# Prose material, fifty-fourth batch (statistical bulletins and news releases of provinces and\n"
                 "# large cities: coordinated lists of insured counts, shares and changes beside levels, funds and\n"
                 "# benefit levels, cards and e-cards, talents and certificates, arbitration and inspection; written\n"
                 "# without reading any held-out file or plans/heldout/);\n"
                 "# format and conventions in tests/material/README.md.\n"
                 "# Split by split54.py, seed %d.\n" % SEED),
                start=START)


if __name__ == "__main__":
    main(sys.argv[1:])
