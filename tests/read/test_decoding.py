"""Decoding and normalising raw text (plancompare.text)."""

from __future__ import annotations

import pytest

from plancompare.errors import DecodingError
from plancompare.read.decoding import decode, read_document, split_lines
from plancompare.read.normalization import normalize, to_simplified

SAMPLE = "第一章 总体要求\n城镇新增就业9万人以上,调查失业率5.5%左右。\n"


def test_decode_utf8_bom_and_gb18030_give_the_same_text():
    assert decode(SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8")
    assert decode(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")) == (SAMPLE, "utf-8-sig")
    assert decode(SAMPLE.encode("gb18030")) == (SAMPLE, "gb18030")


def test_undecodable_bytes_name_file_and_line():
    data = "第一行\n第二行\n".encode("utf-8") + b"\x81\x20\xff\xfe\n"
    with pytest.raises(DecodingError) as err:
        decode(data, "plan.txt")
    assert err.value.file == "plan.txt" and err.value.line == 3
    assert str(err.value).startswith("plan.txt:3: cannot decode byte")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n", "\u3000\n".encode("utf-8")])
def test_empty_file_is_an_error(data):
    with pytest.raises(DecodingError, match="empty"):
        decode(data, "empty.txt")


def test_binary_file_is_an_error():
    with pytest.raises(DecodingError, match="NUL"):
        decode(b"abc\x00def", "x.bin")


def test_split_lines_keeps_raw_numbering_for_crlf_cr_and_lf():
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\n\nb\n") == ["a", "", "b"]


def test_normalize_folds_fullwidth_spaces_and_entities():
    assert normalize("（一）城镇新增就业１２．５万人，\u3000\u00a0调查失业率５．５％") == \
        "(一)城镇新增就业12.5万人, 调查失业率5.5%"
    assert normalize("&nbsp;就业&amp;社保&#12290;") == "就业&社保。"
    assert normalize("\ufeff 第一章\u200b  发展环境 ") == "第一章 发展环境"
    # characters the parsers rely on are kept
    assert normalize("〔9〕≥34“十四五”—") == "〔9〕≥34“十四五”—"


def test_traditional_is_converted_and_detected(tmp_path):
    assert to_simplified("就業和社會保障發展規劃") == "就业和社会保障发展规划"
    p = tmp_path / "t.txt"
    p.write_text("營口市就業和社會保障發展規劃\n城鎮新增就業人數\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.script == "traditional"
    assert doc.lines[0].text == "营口市就业和社会保障发展规划"
    assert doc.lines[0].raw == "營口市就業和社會保障發展規劃"


def test_read_document_keeps_raw_line_numbers(tmp_path):
    p = tmp_path / "p.txt"
    p.write_bytes("标题\r\n\r\n\u00a0正文一。\r\n正文二。".encode("gb18030"))
    doc = read_document(p)
    assert doc.encoding == "gb18030"
    assert [(ln.no, ln.text) for ln in doc.lines] == [(1, "标题"), (2, ""), (3, "正文一。"), (4, "正文二。")]


def test_missing_file(tmp_path):
    with pytest.raises(DecodingError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_control_characters_are_removed_so_that_every_export_can_hold_the_text():
    from plancompare.read.normalization import normalize

    assert normalize("城镇\x01新增\x0b就业\x7f 50万人") == "城镇新增就业 50万人"
