"""Report tables as CSV and XLSX."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Sequence

import pandas as pd

from plancompare import config, plots
from plancompare.export.figures import _commit, _parse_list, _staging
from plancompare.export.notes import _region_names
from plancompare.pipeline import outputs
from plancompare.pipeline.spreadsheet import write_csv, write_xlsx


def report_tables(ds, lang: str = "zh") -> dict[str, pd.DataFrame]:
    """The tables a report uses: headline comparison, indicator coverage, topic labels."""
    from plancompare.indicators.views import coverage, headline

    plots.check_lang(lang)
    names = _region_names(ds.plans, lang)
    h = headline(ds.indicators)
    h.insert(1, "region_name", h["plan_id"].map(names))
    h.insert(3, "indicator", [plots.indicator_label(i, lang) for i in h["indicator_id"]])
    cov = coverage(ds.indicators, ds.plans)
    cov.index = [names[p] for p in cov.index]
    cov.columns = [plots.indicator_label(i, lang) for i in cov.columns]
    return {"headline-indicators": h, "indicator-coverage": cov.reset_index(names="region"),
            "topic-labels": ds.topic_labels}


def export_tables(ds, out: str | Path, lang: str | Sequence[str] = ("zh", "en")) -> list[Path]:
    """Write the report tables as CSV (UTF-8 with BOM) and XLSX into ``out/<lang>/tables/``."""
    langs = _parse_list(lang, plots.LANGS, "language")
    out = outputs.claim(out, "figures", [config.raw_dir()])
    tmp = _staging(out)
    try:
        for lg in langs:
            folder = tmp / lg / "tables"
            folder.mkdir(parents=True)
            tables = report_tables(ds, lg)
            for name, df in tables.items():
                write_csv(df, folder / f"{name}.csv")
            write_xlsx(tables, folder / "report-tables.xlsx")
            _fix_xlsx_dates(folder / "report-tables.xlsx")
        return _commit(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fix_xlsx_dates(path: Path) -> None:
    """Make the workbook a function of its content: fixed document dates (openpyxl stamps the time
    of saving) and fixed dates on the zip entries, so that exports are byte-identical."""
    import io
    import re as _re
    import zipfile

    from plancompare.files import atomic_write_bytes

    fixed = "2000-01-01T00:00:00Z"
    with zipfile.ZipFile(path) as zf:
        entries = [(info, zf.read(info.filename)) for info in zf.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + fixed.encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            zf.writestr(entry, data)
    atomic_write_bytes(path, buf.getvalue())
