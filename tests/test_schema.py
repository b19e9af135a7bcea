"""The data dictionary and datapackage.json (plancompare.schema)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from plancompare.errors import SchemaError
from plancompare.schema import check_table, columns, load_schema

from .conftest import PROCESSED


def test_datapackage_describes_every_file_and_column():
    desc = json.loads((PROCESSED / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"]: r for r in desc["resources"]}
    assert set(names) == set(load_schema())
    for name, res in names.items():
        header = pd.read_csv(PROCESSED / res["path"], encoding="utf-8-sig", nrows=0).columns
        fields = res["schema"]["fields"]
        assert list(header) == [f["name"] for f in fields]
        assert all(f["description"] and f["type"] for f in fields)
    # what the data was built from, for staleness checks
    info = desc["plancompare"]
    assert len(info["raw_files"]) == 5 and len(info["catalog_sha256"]) == 64 and info["version"]


def test_check_table_rejects_wrong_columns_and_duplicate_keys():
    df = pd.DataFrame([{c: "x" for c in columns("paragraphs")}] * 2)
    df["source_line"] = 1
    with pytest.raises(SchemaError, match="not unique"):
        check_table("paragraphs", df)
    with pytest.raises(SchemaError, match="columns"):
        check_table("paragraphs", df.drop(columns=["text"]))
