"""The hand-written plan catalog (``data/raw/catalog.csv``).

The catalog is the only place where metadata is typed by hand. Each row names
a raw file and describes its plan. :func:`read_catalog` checks the rows'
form; :func:`verify_checksum` and :func:`verify_text` check a row against its decoded raw file
(checksum, region name and plan period present in the text, and no other period named by the
title in the text's head).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, fields
from pathlib import Path

from plancompare.errors import CatalogError
from plancompare.files import replacing

LEVELS = ("province", "prefecture-level city", "county", "district")
PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CN_NUMERALS = {10: "十", 11: "十一", 12: "十二", 13: "十三", 14: "十四", 15: "十五", 16: "十六"}


@dataclass(frozen=True)
class CatalogRow:
    """One plan of the catalog. ``row`` is the row's line number in the CSV file."""

    plan_id: str
    region: str
    region_en: str
    level: str
    province: str
    parent: str
    admin_code: str
    period_start: int
    period_end: int
    fyp_number: int
    title: str
    published: str
    issuer: str
    doc_number: str
    source_file: str
    sha256: str
    notes: str
    row: int = 0

    @property
    def fyp_name(self) -> str:
        """The plan's name as the texts write it, e.g. ``十四五``."""
        return CN_NUMERALS.get(self.fyp_number, str(self.fyp_number)) + "五"

    def as_record(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "row"}


COLUMNS = tuple(f.name for f in fields(CatalogRow) if f.name != "row")
#: Plausible values of the numeric columns: the People's Republic's plans (the first began in 1953).
INT_RANGES = {"period_start": (1949, 2100), "period_end": (1949, 2100), "fyp_number": (1, 30)}


def _catalog_text(path: Path) -> str:
    """The catalog's text: UTF-8 (with or without BOM), UTF-16 (as Excel's "Unicode text"
    writes it) or GB18030/GBK (as Excel on Chinese Windows saves CSV)."""
    from plancompare.errors import DecodingError
    from plancompare.read.decoding import decode

    try:
        text, _ = decode(path.read_bytes(), path)
    except DecodingError as exc:
        raise CatalogError(exc.message, file=path, line=exc.line,
                           hint="save the catalog as CSV in UTF-8, UTF-16 or GB18030") from None
    return text.lstrip("\ufeff")

REQUIRED = ("plan_id", "region", "region_en", "level", "period_start", "period_end",
            "fyp_number", "title", "source_file", "sha256")


def read_catalog(path: str | Path) -> list[CatalogRow]:
    """Read and check the catalog's form. Raises :class:`CatalogError` on the first problem.

    Checks: the file exists and has every column; required fields are filled;
    ``plan_id`` is a unique slug; ``level`` is one of :data:`LEVELS`; years and
    the plan number are integers with start < end; ``published`` is a date;
    ``sha256`` is 64 hex digits; ``source_file`` is a bare file name.
    """
    path = Path(path)
    if not path.is_file():
        raise CatalogError("catalog not found", file=path,
                           hint="every raw folder needs a catalog.csv describing its plans")
    text = _catalog_text(path)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise CatalogError(f"missing column(s): {', '.join(missing)}", file=path, line=1,
                           hint=f"the header must list: {','.join(COLUMNS)}")
    rows: list[CatalogRow] = []
    seen: dict[str, int] = {}
    for rec in reader:
        lineno = reader.line_num
        rec = {k: (v or "").strip() for k, v in rec.items() if k is not None}

        def fail(msg: str, hint: str | None = None) -> CatalogError:
            who = f"row of {rec.get('plan_id') or '(no plan_id)'}: "
            return CatalogError(who + msg, file=path, line=lineno, hint=hint)

        ints = _check_row(rec, path, seen, lineno, fail)
        values = {c: rec.get(c, "") for c in COLUMNS}
        values.update(ints)
        rows.append(CatalogRow(**values, row=lineno))
    if not rows:
        raise CatalogError("the catalog lists no plans", file=path,
                           hint="add one row per plan text")
    return rows


def _check_row(rec: dict[str, str], path: Path, seen: dict[str, int], lineno: int, fail) -> dict[str, int]:
    """Check one catalog row (raising ``fail(...)``); return its whole-number fields."""
    for col in REQUIRED:
        if not rec.get(col):
            raise fail(f"'{col}' is empty", "fill it in; only optional fields may be empty")
    pid = rec["plan_id"]
    if not PLAN_ID.match(pid):
        raise fail(f"plan_id '{pid}' is not a slug",
                   "use lower-case letters, digits, '-' and '_' only (e.g. 'hubei-14')")
    if pid in seen:
        raise fail(f"duplicate plan_id '{pid}' (first on line {seen[pid]})", "every plan needs its own plan_id")
    seen[pid] = lineno
    if rec["level"] not in LEVELS:
        raise fail(f"unknown level '{rec['level']}'", "use one of: " + ", ".join(LEVELS))
    ints = {}
    for col in ("period_start", "period_end", "fyp_number"):
        if not re.fullmatch(r"[0-9]{1,6}", rec[col]):
            raise fail(f"'{col}' is '{rec[col][:40]}', not a whole number of at most 6 digits")
        ints[col] = int(rec[col])
        low, high = INT_RANGES[col]
        if not low <= ints[col] <= high:
            raise fail(f"'{col}' is {ints[col]}, outside {low}–{high}", "years are written like 2021, fyp_number like 14")
    if not ints["period_start"] < ints["period_end"]:
        raise fail("period_start must be before period_end")
    if rec["published"] and not DATE.match(rec["published"]):
        raise fail(f"published '{rec['published']}' is not a date", "write it as YYYY-MM-DD")
    if not SHA256.match(rec["sha256"]):
        raise fail("sha256 is not 64 lower-case hex digits", "run `sha256sum` on the raw file")
    src = rec["source_file"]
    if Path(src).name != src or src.startswith("."):
        raise fail(f"source_file '{src}' must be a plain file name inside the raw folder")
    if src == path.name:
        raise fail("source_file names the catalog itself")
    return ints


def verify_checksum(row: CatalogRow, sha256: str, catalog: str | Path) -> None:
    """Check that a raw file's checksum is the one the catalog row records."""
    if sha256 != row.sha256:
        raise CatalogError(
            f"row of {row.plan_id}: checksum of {row.source_file} does not match "
            f"(catalog {row.sha256[:12]}…, file {sha256[:12]}…)",
            file=catalog, line=row.row,
            hint="raw files must not be edited; if this is a new version of the plan, "
                 "update sha256 in the catalog")


#: how the head of a plan names its own period: “十四五” (11th to 16th plans; a bare 十五 is also
#: "fifteen"), 第十四个五年, or a five-year span of years, 2021—2025年 / 2021-2025年
_FYP_MARK = re.compile(r"(?<![一二三四五六七八九十百])(十[一二三四五六])(?:五(?![年个万千百十])|个五年)")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)年?\s*[-—–－~～至到]+\s*((?:19|20)\d\d)\s*年")
#: the head of a plan ends at its first chapter heading, or after this many non-empty lines
_HEAD_LINES = 15
_FIRST_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+[章部篇节]|[一二三四五六七八九十]+[、.．])")
_SENTENCE_END = tuple("。；;，,：:！？!?")


def _period_of(fyp: int | None = None, years: tuple[int, int] | None = None) -> tuple[int, int, int]:
    """(plan number, first year, last year) from either: the Nth plan runs 1951+5N to 1955+5N."""
    if fyp is not None:
        return fyp, 1951 + 5 * fyp, 1955 + 5 * fyp
    return (years[1] - 1955) // 5, years[0], years[1]


def title_periods(text: str) -> list[tuple[int, tuple[int, int, int], str]]:
    """The periods the head of a plan names in its title lines, as (line number, (plan number,
    first year, last year), line), in text order.

    Only the head counts (the lines before the first chapter heading, at most
    :data:`_HEAD_LINES` non-empty ones), and in it only title-like lines: short, naming a plan
    (规划, 纲要, 计划) and not ending like a sentence. The body, and a preface's sentences, name
    the previous plan (“十三五”时期主要成就) and plans of other levels, which say nothing of the
    plan's own period.
    """
    fyp_numbers = {name: n for n, name in CN_NUMERALS.items()}
    found, seen = [], 0
    for no, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES or _FIRST_HEADING.match(line):
            break
        if len(line) > 80 or line.endswith(_SENTENCE_END) or not re.search("规划|纲要|计划", line):
            continue
        compact = re.sub(r"[“”\"'‘’「」『』\s]", "", line)
        for m in _FYP_MARK.finditer(compact):
            found.append((no, _period_of(fyp=fyp_numbers[m.group(1)]), line))
        for m in _YEAR_SPAN.finditer(line):
            start, end = int(m.group(1)), int(m.group(2))
            if end - start == 4:
                found.append((no, _period_of(years=(start, end)), line))
    return found


def _check_title_period(row: CatalogRow, text: str, where: dict) -> None:
    """A plan whose title names another period than its catalog row is an error."""
    claims = title_periods(text)
    mine = (row.fyp_number, row.period_start, row.period_end)
    if not claims or any(period == mine for _, period, _ in claims):
        return
    no, (fyp, start, end), line = claims[0]
    said = line if len(line) <= 40 else line[:39] + "…"
    raise CatalogError(
        f"row of {row.plan_id}: {row.source_file} line {no} names the {CN_NUMERALS.get(fyp, fyp)}五 plan, "
        f"{start}–{end} (“{said}”), but the catalog says the {row.fyp_name} plan, "
        f"{row.period_start}–{row.period_end}", **where,
        hint="fix period_start, period_end and fyp_number, or source_file")


def verify_text(row: CatalogRow, text: str, catalog: str | Path) -> None:
    """Check that the region name and the plan period occur in the (normalised) text, and that the
    title in the text's head names no other period than the catalog row (see :func:`title_periods`)."""
    from plancompare.read.normalization import normalize, to_simplified

    where = dict(file=catalog, line=row.row)
    # the text is normalised and Simplified: a region written as a Traditional title writes it is found too
    if row.region not in text and to_simplified(normalize(row.region)) not in text:
        raise CatalogError(f"row of {row.plan_id}: region '{row.region}' does not occur in "
                           f"{row.source_file}", **where,
                           hint="write the region as the plan's title does, e.g. 湖北省")
    compact = re.sub(r"[“”\"'‘’\s]", "", text)
    years = str(row.period_start) in text and str(row.period_end) in text
    if row.fyp_name not in compact and not years:
        raise CatalogError(
            f"row of {row.plan_id}: plan period {row.period_start}-{row.period_end} "
            f"({row.fyp_name}) does not occur in {row.source_file}", **where,
            hint="check period_start, period_end and fyp_number")
    _check_title_period(row, text, where)


def add_plan(raw_dir: str | Path, text_file: str | Path, *, plan_id: str, region: str, region_en: str,
             level: str, period_start: int, period_end: int, fyp_number: int, title: str,
             province: str = "", parent: str = "", published: str = "", issuer: str = "",
             doc_number: str = "", notes: str = "", file_name: str | None = None) -> CatalogRow:
    """Copy a plan text into ``raw_dir`` unchanged and append its catalog row (with its checksum).

    The row is checked like every other (see :func:`read_catalog`); on any error
    neither the file nor the catalog is changed. Returns the new row.
    """
    import hashlib
    import shutil

    raw_dir = Path(raw_dir)
    src = Path(text_file)
    name = file_name or src.name
    data = src.read_bytes()
    cat = raw_dir / "catalog.csv"
    if (raw_dir / name).exists():
        raise CatalogError(f"a file named {name} is already in the raw folder", file=raw_dir / name,
                           hint="choose another file_name")
    values = {"plan_id": plan_id, "region": region, "region_en": region_en, "level": level,
              "province": province, "parent": parent, "admin_code": "", "period_start": period_start,
              "period_end": period_end, "fyp_number": fyp_number, "title": title, "published": published,
              "issuer": issuer, "doc_number": doc_number, "source_file": name,
              "sha256": hashlib.sha256(data).hexdigest(), "notes": notes}
    old = _catalog_text(cat) if cat.exists() else ",".join(COLUMNS) + "\n"  # re-saved as UTF-8
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n").writerow(values)
    new = old if old.endswith("\n") else old + "\n"
    new += buf.getvalue()
    with replacing(cat) as tmp:
        tmp.write_text(new, encoding="utf-8")
        try:
            rows = read_catalog(tmp)  # the whole catalog, new row included, must still be valid
        except CatalogError as exc:
            raise CatalogError(exc.message.replace(str(tmp), str(cat)), file=cat, line=exc.line,
                               hint=exc.hint) from None
        shutil.copyfile(src, raw_dir / name)
    return rows[-1]
