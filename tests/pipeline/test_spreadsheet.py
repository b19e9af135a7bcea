"""No CSV or XLSX cell the project writes is a live formula (plancompare.spreadsheet); pc.load()
gives the original text back."""

from __future__ import annotations

import csv
import hashlib
import io
import warnings

import pandas as pd
import pytest

import plancompare as pc
from plancompare.cli import main
from plancompare.dataset import StaleDataWarning, read_processed
from plancompare.schema import read_dtypes
from plancompare.pipeline.spreadsheet import COMPARATORS, TRIGGERS, neutralise, neutralise_frame, restore

from ..conftest import small_raw

HYPERLINK = '=HYPERLINK("http://x","a")'
INJECTED = ["=cmd|' /C calc'!A0", "+SUM(1+1)", "-2.5", "@SUM(A1)", "＝１＋１", "-到2025年,城镇新增就业3万人。",
            "一、=1+1标题"]
#: what normalisation makes of the injected lines, as they reach the tables
EXPECTED_TEXT = ["=cmd|' /C calc'!A0", "+SUM(1+1)", "-2.5", "@SUM(A1)", "=1+1", "-到2025年,城镇新增就业3万人。"]


@pytest.fixture(scope="module")
def injected(tmp_path_factory):
    """A real build of a one-plan raw folder whose text and catalog carry formulas."""
    tmp = tmp_path_factory.mktemp("inject")
    raw = small_raw(tmp / "raw", ("qingpu-14",))
    plan = raw / "qingpu_14th.txt"
    data = plan.read_bytes().rstrip(b"\n") + b"\n" + "\n".join(INJECTED).encode("utf-8") + b"\n"
    plan.write_bytes(data)
    rows = list(csv.DictReader(io.StringIO((raw / "catalog.csv").read_text(encoding="utf-8"))))
    rows[0].update(sha256=hashlib.sha256(data).hexdigest(), region_en=HYPERLINK, issuer="-issuer",
                   notes="@notes", doc_number="+1")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (raw / "catalog.csv").write_text(buf.getvalue(), encoding="utf-8")
    out = tmp / "processed"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache", "--quiet",
                 "--format", "csv,parquet"]) == 0
    return out


def _cells(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _assert_safe_csv(path, text_columns=None):
    rows = _cells(path)
    for rec in rows:
        for col, cell in rec.items():
            if text_columns is not None and col not in text_columns:
                continue
            if col == "comparator" and cell in COMPARATORS:
                continue
            assert not cell.startswith(TRIGGERS), (path.name, col, cell)
    return rows


def test_no_processed_csv_cell_starts_a_formula(injected):
    csvs = sorted(injected.glob("*.csv"))
    assert len(csvs) == 13
    for path in csvs:
        _assert_safe_csv(path, {c for c, t in read_dtypes(path.stem).items() if t == "str"})
    text = {path.stem: path.read_text(encoding="utf-8-sig") for path in csvs}
    for line in EXPECTED_TEXT:
        assert "'" + line in text["lines"] and "'" + line in text["paragraphs"]
    assert "'=1+1标题" in text["sections"]
    assert '"\'=HYPERLINK(""http://x"",""a"")"' in text["plans"] and ",'-issuer," in text["plans"]
    assert "'-到2025年,城镇新增就业3万人。" in text["indicators"]  # the quote of a value
    # numbers stay numbers; the comparator keeps its symbols
    topic_map = _cells(injected / "topic_map.csv")
    assert any(r["x"].startswith("-") for r in topic_map) and all(not r["x"].startswith("'") for r in topic_map)
    assert {r["comparator"] for r in _cells(injected / "indicators.csv")} <= COMPARATORS | {""}
    assert "=" in {r["comparator"] for r in _cells(injected / "indicators.csv")}


def test_load_gives_the_original_text_back(injected, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StaleDataWarning)  # built from another raw folder than data/raw
        ds = pc.load(processed_dir=injected)
    assert ds.plans.loc[0, "region_en"] == HYPERLINK and ds.plans.loc[0, "issuer"] == "-issuer"
    assert ds.plans.loc[0, "notes"] == "@notes" and ds.plans.loc[0, "doc_number"] == "+1"
    assert set(EXPECTED_TEXT) <= set(ds.lines["text"]) and set(EXPECTED_TEXT) <= set(ds.paragraphs["text"])
    assert "=1+1标题" in set(ds.sections["title"])
    assert (ds.topic_map["x"] < 0).any() and ds.topic_map["x"].dtype == "float64"
    # the CSVs load exactly like the Parquet files, which hold the text unchanged
    for p in injected.glob("*.parquet"):
        p.rename(tmp_path / p.name)
    try:
        from_csv = read_processed(injected)
    finally:
        for p in tmp_path.glob("*.parquet"):
            p.rename(injected / p.name)
    from_parquet = read_processed(injected)
    for name in ("plans", "sections", "paragraphs", "lines", "indicators"):
        pd.testing.assert_frame_equal(getattr(from_csv, name), getattr(from_parquet, name), check_dtype=False)


def test_report_workbook_has_no_formula_and_report_csvs_are_safe(injected, tmp_path):
    from openpyxl import load_workbook

    from plancompare.export.tables import export_tables

    ds = read_processed(injected)
    ds.plans.loc[0, "region_en"] = HYPERLINK  # the English region names go into the report tables
    export_tables(ds, tmp_path, lang="en")
    folder = tmp_path / "en" / "tables"
    wb = load_workbook(folder / "report-tables.xlsx")
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    texts.append(cell.value)
                    if cell.value.startswith(TRIGGERS):
                        assert cell.quotePrefix
    assert HYPERLINK in texts  # the original text, as a string cell
    for path in folder.glob("*.csv"):
        _assert_safe_csv(path)
    assert "'" + HYPERLINK.replace('"', '""') in (folder / "headline-indicators.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("prefix", list(TRIGGERS) + ["'=", "''+", "'"])
def test_every_prefix_in_every_table_round_trips(prefix, tmp_path, tables):
    """Every text cell of every table starting with a formula character: safe on disk, exact when loaded."""
    from plancompare.pipeline.info import build_info
    from plancompare.pipeline.write import write_tables
    from ..conftest import RAW

    changed = {}
    for name, df in tables.items():
        df = df.copy()
        for col, t in read_dtypes(name).items():
            if t == "str" and col != "comparator":
                df[col] = [prefix + v + "x" for v in df[col].astype(str)]
        changed[name] = df
    out = write_tables(changed, tmp_path / "out", build_info(RAW), formats=("csv",))
    for name in changed:
        _assert_safe_csv(out / f"{name}.csv", {c for c, t in read_dtypes(name).items() if t == "str"})
    ds = read_processed(out)
    for name, df in changed.items():
        got = getattr(ds, name)
        for col, t in read_dtypes(name).items():
            if t == "str":
                assert list(got[col]) == list(df[col]), (name, col)


def test_neutralise_and_restore_are_inverse():
    for text in ["", "a", "=", "'", "''", "'a", "'=", "''=1", "-2.5", "\t=1", "\r", "@", "+", "中文", "=中文"]:
        assert restore(neutralise(text)) == text
        assert not neutralise(text).startswith(TRIGGERS)
    assert neutralise("=", "comparator") == "=" and neutralise("<=", "comparator") == "<="
    assert neutralise("=1", "comparator") == "'=1"
    df = pd.DataFrame({"n": [-2.5, 1.0], "t": ["-2.5", "x"], "comparator": ["=", "~"]})
    out = neutralise_frame(df)
    assert list(out["n"]) == [-2.5, 1.0] and list(out["t"]) == ["'-2.5", "x"] and list(out["comparator"]) == ["=", "~"]
    assert list(df["t"]) == ["-2.5", "x"]  # the input is not modified
