"""Spreadsheet-safe output: no CSV or XLSX cell the project writes is evaluated as a formula.

Plan texts come from scraped web pages, so any text cell may start with a
character a spreadsheet takes as the start of a formula (OWASP "CSV injection"):
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (normalisation even turns a
full-width ``＝１＋１`` into ``=1+1``). Every writer of the project goes through
this module:

* **CSV** (processed tables, report tables, figure data): a *text* cell that
  starts with one of those characters, possibly after single quotes, gets one
  more single quote in front (``=1+1`` is written ``'=1+1``, ``'=1`` is written
  ``''=1``). Numbers are never touched: ``-2.5`` in a numeric column stays the
  number -2.5. The one exception is the ``comparator`` column, whose documented
  symbols (``=``, ``<``, ``<=``, ``>``, ``>=``, ``~``) are written as they are: a
  cell holding exactly one of them evaluates nothing.
* **Reading back** (:func:`restore`, used by ``pc.load()``): in text columns, a
  cell of one or more single quotes followed by one of those characters loses
  its first quote. Writing and reading are exact inverses, so the loaded text is
  the original text; text that starts with a quote followed by anything else is
  never changed.
* **XLSX**: every text cell is written as an explicitly typed string cell
  (never a formula or an error value) holding the original text; cells starting
  with a formula character also get Excel's "quote prefix" style, as if the user
  had typed a leading ``'``.

Parquet files hold the text exactly: no spreadsheet evaluates them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

#: Characters that make a spreadsheet evaluate a cell when they start it.
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: The symbols of the ``comparator`` column, written as they are.
COMPARATORS = frozenset({"=", "<", "<=", ">", ">=", "~"})
QUOTE = "'"

_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_ADDED_QUOTE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str, column: str | None = None) -> str:
    """``text`` as it is written into a CSV cell of ``column`` (see the module docstring)."""
    if column == "comparator" and text in COMPARATORS:
        return text
    return QUOTE + text if _NEEDS_QUOTE.match(text) else text


def restore(text: str) -> str:
    """The original text of a CSV cell written by :func:`neutralise` (its exact inverse)."""
    return text[1:] if _ADDED_QUOTE.match(text) else text


def _text_columns(df: pd.DataFrame) -> list:
    return [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype)]


def _is_str_dtype(s: pd.Series) -> bool:
    return s.dtype != object and pd.api.types.is_string_dtype(s.dtype)


def _needs_quote(s: pd.Series, column) -> pd.Series:
    """Which cells of the text column ``s`` :func:`neutralise` changes (vectorised for str columns)."""
    if _is_str_dtype(s):
        hit = s.str.match(_NEEDS_QUOTE.pattern).fillna(False).astype(bool)
        if column == "comparator":
            hit &= ~s.isin(COMPARATORS)
        return hit
    return s.map(lambda v: isinstance(v, str) and neutralise(v, column) != v).astype(bool)


def _has_cr(s: pd.Series) -> bool:
    if _is_str_dtype(s):
        return bool(s.str.contains("\r", regex=False).fillna(False).any())
    return bool(s.map(lambda v: isinstance(v, str) and "\r" in v).any())


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells (and column names) are safe in a spreadsheet. Does not modify ``df``."""
    out = df.copy()
    for c in _text_columns(df):
        s = out[c]
        hit = _needs_quote(s, c)
        if hit.any():
            s = s.astype(object)
            s.loc[hit] = s[hit].map(lambda v, c=c: neutralise(v, c))
            out[c] = s
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out


def restore_frame(df: pd.DataFrame, columns) -> pd.DataFrame:
    """Undo :func:`neutralise_frame` in the given text columns of ``df`` (in place); returns ``df``."""
    for c in columns:
        s = df[c]
        hit = s.map(lambda v: isinstance(v, str) and _ADDED_QUOTE.match(v) is not None).astype(bool)
        if hit.any():
            df.loc[hit, c] = s[hit].str.slice(1)
    return df


_QUOTED_OR_CRLF = re.compile(r'("(?:[^"]|"")*")|\r\n')


def write_csv_chunks(chunks, path: str | Path, columns) -> None:
    """Write the concatenation of the DataFrames ``chunks`` (with ``columns``) as :func:`write_csv`
    writes one DataFrame: the same bytes, a chunk at a time (a header, then each chunk's rows)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        first = True
        for df in chunks:
            fh.write(csv_text(df, header=first))
            first = False
        if first:
            fh.write(csv_text(pd.DataFrame(columns=list(columns)), header=True))


def csv_text(df: pd.DataFrame, header: bool = True) -> str:
    """The CSV text of ``df`` as :func:`write_csv` writes it (without the byte-order mark)."""
    safe = neutralise_frame(df)
    has_cr = any(_has_cr(safe[c]) for c in _text_columns(safe))
    if not has_cr:
        return safe.to_csv(index=False, header=header, lineterminator="\n")
    text = safe.to_csv(index=False, header=header, lineterminator="\r\n")
    return _QUOTED_OR_CRLF.sub(lambda m: m.group(1) or "\n", text)


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """Write ``df`` as CSV: UTF-8 with BOM (so that Excel reads Chinese), ``\\n`` line ends, no index,
    formula characters neutralised.

    Python's CSV writer quotes a field holding a line end only when that character
    is part of the line terminator, so a lone carriage return inside a text cell
    would break the row; such (rare) tables are written with ``\\r\\n`` (every field
    holding either character quoted) and the row ends turned back into ``\\n``.
    """
    safe = neutralise_frame(df)
    has_cr = any(_has_cr(safe[c]) for c in _text_columns(safe))
    if not has_cr:
        safe.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
        return
    text = safe.to_csv(index=False, lineterminator="\r\n")
    text = _QUOTED_OR_CRLF.sub(lambda m: m.group(1) or "\n", text)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(text)


def write_xlsx(tables: dict[str, pd.DataFrame], path: str | Path) -> None:
    """Write one sheet per table; every text cell is a typed string cell, never a formula."""
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        for name, df in tables.items():
            df.to_excel(xw, sheet_name=name[:31], index=False)
        for ws in xw.book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    value = cell.value
                    if isinstance(value, str):
                        cell.data_type = "s"  # openpyxl makes "=…" a formula and "#N/A" an error
                        if value.startswith(TRIGGERS):
                            cell.quotePrefix = True
