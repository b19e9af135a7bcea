"""The data dictionary (``data/schema.yaml``) and checks of tables against it.

Every processed table is checked here before it is written, and the same
dictionary becomes ``datapackage.json`` beside the CSVs (a Frictionless Data
Package), so the description and the data cannot drift apart.
"""

from __future__ import annotations

import functools
from typing import Any

import yaml

from plancompare.config import SCHEMA_FILE
from plancompare.errors import SchemaError

_PANDAS_DTYPES = {"string": "str", "integer": "Int64", "number": "float64",
                  "boolean": "bool", "date": "str"}


@functools.lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The parsed data dictionary (cached; treat as read-only)."""
    with open(SCHEMA_FILE, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["tables"]


def table_names(scope: str | None = None) -> tuple[str, ...]:
    """The tables of a processed folder in the order they are written; ``scope`` "plan" gives those
    whose rows come from each plan on its own, "corpus" those computed from the whole corpus."""
    return tuple(name for name, t in load_schema().items() if scope is None or t["scope"] == scope)


def columns(table: str) -> list[str]:
    """Column names of a table, in order."""
    return [f["name"] for f in load_schema()[table]["fields"]]


def read_dtypes(table: str) -> dict[str, str]:
    """pandas dtypes to read a table's CSV with."""
    return {f["name"]: _PANDAS_DTYPES[f["type"]] for f in load_schema()[table]["fields"]}


def check_table(table: str, df) -> None:
    """Check a DataFrame against the dictionary: exact columns in order, unique primary key.

    Raises :class:`SchemaError`. Does not modify ``df``.
    """
    spec = load_schema()[table]
    expected = columns(table)
    if list(df.columns) != expected:
        raise SchemaError(f"table '{table}' has columns {list(df.columns)}, expected {expected}")
    key = spec.get("primary_key")
    if key:
        index = df.set_index(key).index
        if not index.is_unique:
            dupes = list(index[index.duplicated()][:3])
            raise SchemaError(f"table '{table}': primary key {key} is not unique, e.g. {dupes}")
    for f in spec["fields"]:
        if f["type"] == "boolean" and not df[f["name"]].isin([True, False]).all():
            raise SchemaError(f"table '{table}': boolean column '{f['name']}' has other values")
        if f["type"] == "integer" and not f.get("nullable") and df[f["name"]].isna().any():
            raise SchemaError(f"table '{table}': integer column '{f['name']}' has empty values")


def datapackage(resources: dict[str, tuple], build_info: dict[str, Any]) -> dict[str, Any]:
    """A Frictionless Data Package descriptor for ``{resource name: (table, path, format, sha256)}``."""
    spec = load_schema()
    out: dict[str, Any] = {
        "profile": "data-package",
        "name": "plancompare-processed",
        "title": "Chinese human-resources-and-social-security five-year plans, structured",
        "description": ("Derived from the raw plan texts in data/raw/ by `plancompare build`. "
                        "Do not edit by hand: rebuild instead. In the CSV files, a text cell that "
                        "would start with =, +, -, @, a tab or a carriage return (possibly after "
                        "single quotes) is written with one more single quote in front, so that no "
                        "spreadsheet evaluates it; remove that one quote to get the text (pc.load() "
                        "does). The comparator symbols and numbers are written as they are; the "
                        "Parquet files hold the text unchanged."),
        "licenses": [{"name": "other-pd",
                      "title": "Source texts are public government documents"}],
        "plancompare": build_info,
        "resources": [],
    }
    for name, (tname, path, fmt, sha) in resources.items():
        table = spec[tname]
        schema: dict[str, Any] = {"fields": []}
        for f in table["fields"]:
            field = {"name": f["name"], "type": f["type"], "description": f["description"]}
            if "unit" in f:
                field["unit"] = f["unit"]
            schema["fields"].append(field)
        if table.get("primary_key"):
            schema["primaryKey"] = table["primary_key"]
        if table.get("foreign_keys"):
            schema["foreignKeys"] = [
                {"fields": fk["fields"],
                 "reference": {"resource": fk["reference"]["resource"],
                               "fields": fk["reference"]["fields"]}}
                for fk in table["foreign_keys"]]
        res = {"name": name, "path": path, "title": table["title"], "description": table["description"],
               "format": fmt, "hash": f"sha256:{sha}", "profile": "tabular-data-resource", "schema": schema}
        if fmt == "csv":
            res.update({"mediatype": "text/csv", "encoding": "utf-8-sig"})
        else:
            res["mediatype"] = "application/vnd.apache.parquet"
        out["resources"].append(res)
    return out


def _field_ok(ftype: str, nullable: bool, v) -> bool:
    if ftype in ("string", "date"):
        return isinstance(v, str)
    if ftype == "boolean":
        return isinstance(v, bool)
    if ftype == "integer":
        return (v is None and nullable) or (isinstance(v, int) and not isinstance(v, bool))
    if ftype == "number":  # missing numbers are stored as None (NaN is not JSON)
        return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
    return False


def records_problem(table: str, records) -> str | None:
    """Why plain records (as stored in the build cache) do not fit a table, or None when they do:
    a list of dicts with exactly the table's columns, each value of its column's type."""
    if not isinstance(records, list):
        return f"table '{table}' is not a list"
    fields = [(f["name"], f["type"], bool(f.get("nullable"))) for f in load_schema()[table]["fields"]]
    names = {name for name, _, _ in fields}
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or set(rec) != names:
            return f"row {i} of table '{table}' does not have the table's columns"
        for name, ftype, nullable in fields:
            if not _field_ok(ftype, nullable, rec[name]):
                return f"row {i} of table '{table}': '{name}' is not of type {ftype}"
    return None
