"""Catalogs and plans in the encodings Windows and Excel save them in; absurd catalog numbers
(plancompare.catalog, text): read, or one line naming the file, the line and the encoding."""

from __future__ import annotations

import hashlib

import pytest

from plancompare.read.catalog import read_catalog
from plancompare.cli import main
from plancompare.errors import CatalogError, DecodingError
from plancompare.read.decoding import decode, read_document

from ..conftest import RAW, small_raw

ENCODINGS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16 with BOM": lambda t: t.encode("utf-16"),
    "utf-16-le without BOM": lambda t: t.encode("utf-16-le"),
    "utf-16-be with BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-16-be without BOM": lambda t: t.encode("utf-16-be"),
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_catalog_saved_by_excel_is_read(encoding, tmp_path):
    text = (RAW / "catalog.csv").read_text(encoding="utf-8")
    (tmp_path / "catalog.csv").write_bytes(ENCODINGS[encoding](text.replace("\n", "\r\n")))
    assert read_catalog(tmp_path / "catalog.csv") == read_catalog(RAW / "catalog.csv")


def test_a_build_from_a_gbk_catalog(tmp_path, capsys):
    raw = small_raw(tmp_path / "raw")
    cat = raw / "catalog.csv"
    cat.write_bytes(cat.read_text(encoding="utf-8").encode("gbk"))
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--no-cache", "--quiet"]) == 0
    assert "叙永县" in (tmp_path / "out" / "plans.csv").read_text(encoding="utf-8-sig")


def test_undecodable_catalog_is_one_line_naming_the_encodings(tmp_path, capsys):
    text = (RAW / "catalog.csv").read_text(encoding="utf-8")
    (tmp_path / "catalog.csv").write_bytes(text.encode("utf-8") + b"\x80\xff\n")
    with pytest.raises(CatalogError, match=r"catalog.csv:\d+: cannot decode byte .* UTF-8 or GB18030.*UTF-16"):
        read_catalog(tmp_path / "catalog.csv")
    (tmp_path / "catalog.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le")[:-1])  # cut mid-character
    with pytest.raises(CatalogError, match="UTF-16"):
        read_catalog(tmp_path / "catalog.csv")


@pytest.mark.parametrize("column,value", [
    ("period_end", "99999999999999999999"), ("period_end", "-2025"), ("period_start", "1800"),
    ("period_end", "2200"), ("fyp_number", "0"), ("fyp_number", "1e3"), ("period_start", "２０２１"),
    ("fyp_number", "99999999999999999999999999999999999999"),
])
def test_absurd_catalog_numbers_are_one_line_with_file_and_line(column, value, tmp_path, capsys):
    raw = small_raw(tmp_path / "raw")
    cat = raw / "catalog.csv"
    lines = cat.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[2].split(",")
    cells[header.index(column)] = value
    lines[2] = ",".join(cells)
    cat.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "Overflow" not in err
    assert "catalog.csv:3: row of " in err and f"'{column}'" in err
    assert not (tmp_path / "out").exists()


SAMPLE = "叙永县人力资源和社会保障事业发展“十四五”规划\n到2025年,城镇新增就业1.85万人。\n"


@pytest.mark.parametrize("encoding", [e for e in ENCODINGS if "utf-16" in e])
def test_utf16_plan_is_decoded(encoding):
    text, enc = decode(ENCODINGS[encoding](SAMPLE), "plan.txt")
    assert text.lstrip("\ufeff") == SAMPLE and enc.startswith("utf-16")


def test_utf16_plan_through_a_build(tmp_path, capsys):
    raw = small_raw(tmp_path / "raw")
    plan = raw / "xuyong_14th.txt"
    utf8 = plan.read_bytes()
    data = plan.read_text(encoding="utf-8").encode("utf-16")
    plan.write_bytes(data)
    cat = raw / "catalog.csv"
    cat.write_text(cat.read_text(encoding="utf-8").replace(hashlib.sha256(utf8).hexdigest(),
                                                           hashlib.sha256(data).hexdigest()), encoding="utf-8")
    assert read_document(plan).text == read_document(plan, utf8).text
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--no-cache", "--quiet"]) == 0
    assert ",utf-16," in (tmp_path / "out" / "plans.csv").read_text(encoding="utf-8-sig")


def test_broken_utf16_plan_names_utf16_and_what_to_do():
    with pytest.raises(DecodingError) as err:
        decode(b"\xff\xfe" + SAMPLE.encode("utf-16-le")[:-1], "plan.txt")
    text = str(err.value)
    assert text.startswith("plan.txt:1: ") and "UTF-16 byte-order mark" in text and "save the file as UTF-8" in text
    assert "\n" not in text
