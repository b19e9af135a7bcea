"""Saved web pages, Word and PDF files rendered to ledger lines: encodings, furniture, tables,
locators (plancompare.read.formats)."""

from __future__ import annotations

import pytest

from plancompare.read.decoding import read_document
from plancompare.read.formats.grid import GridCell, table_lines
from plancompare.read.formats.html import decode_html, render_html

PAGE = """<!DOCTYPE html><html><head>{meta}<title>页</title><style>p {{}}</style></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div>
<div class="breadcrumb">当前位置:首页 &gt; 规划</div>
<div class="article"><h1>丁县“十四五”规划</h1><p>第一段,陶喆说到2025年城镇新增就业3万人。</p>
<p>第二段<br>换行后</p></div>
<div class="bdshare">分享到:微信</div><div id="footer">主办:丁县人社局</div>
<script>document.write("访问次数")</script></body></html>"""


def _texts(lines):
    return [text for text, _ in lines]


def test_gbk_page_with_a_meta_charset_is_read_as_gb18030():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    data = PAGE.format(meta=meta).encode("gbk")  # 喆 is in GBK, not in GB2312: read as its superset
    lines, encoding = render_html(data, "page.html")
    assert encoding == "gb18030"
    assert "第一段,陶喆说到2025年城镇新增就业3万人。" in _texts(lines)


@pytest.mark.parametrize("meta,encoding,declared", [
    ('<meta charset="utf-8">', "utf-8", "utf-8"),
    ("", "gb18030", "gb18030"),  # no declaration, not UTF-8: detected
    ("", "utf-8", "utf-8-sig"),  # a byte-order mark
])
def test_page_encoding_from_meta_detection_or_bom(meta, encoding, declared):
    data = PAGE.format(meta=meta).encode(encoding)
    if declared == "utf-8-sig":
        data = b"\xef\xbb\xbf" + data
    text, got = decode_html(data, "page.html")
    assert got == declared and "陶喆" in text


def test_furniture_is_removed_by_structure_and_breaks_make_lines():
    lines, _ = render_html(PAGE.format(meta="").encode("utf-8"), "page.html")
    assert _texts(lines) == ["丁县“十四五”规划", "第一段,陶喆说到2025年城镇新增就业3万人。", "第二段", "换行后"]
    assert [loc for _, loc in lines] == ["/html/body/div/h1", "/html/body/div/p[1]",
                                         "/html/body/div/p[2]", "/html/body/div/p[2]"]


def test_a_wrapper_named_like_furniture_keeps_the_plan():
    page = ('<html><body><div id="menu-wrapper"><h2>戊市规划</h2><p>' + "正文内容。" * 50 +
            '</p></div><div class="menu">首页</div></body></html>')
    texts = _texts(render_html(page.encode("utf-8"), "p.html")[0])
    assert texts[0] == "戊市规划" and "首页" not in texts


def test_rowspan_colspan_and_stacked_headers_are_expanded():
    page = """<html><body><table>
<tr><td colspan="5">主要指标</td></tr>
<tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th rowspan="2">2020年</th><th colspan="2">“十四五”目标</th></tr>
<tr><th>2025年</th><th>年均/累计</th></tr>
<tr><td rowspan="2">就业</td><td>城镇新增就业(万人)</td><td>3</td><td>—</td><td>[15]</td></tr>
<tr><td>城镇调查失业率(%)</td><td colspan="2">5.5</td><td>—</td></tr>
<tr><td colspan="5">注:[ ]内为五年累计数。</td></tr></table></body></html>"""
    assert _texts(render_html(page.encode("utf-8"), "t.html")[0]) == [
        "主要指标",
        "| 类别 | 指标 | 2020年 | “十四五”目标2025年 | 年均/累计 |",
        "| 就业 | 城镇新增就业(万人) | 3 | — | [15] |",
        "| 就业 | 城镇调查失业率(%) | 5.5 | 5.5 | — |",
        "注:[ ]内为五年累计数。",
    ]


def test_layout_tables_are_read_as_blocks_and_the_data_table_inside_as_a_table():
    page = """<html><body><table><tr><td><p>己区规划</p><p>正文。</p>
<table><tr><th>指标</th><th>2025年</th></tr><tr><td>城镇新增就业(万人)</td><td>2</td></tr></table>
</td><td>栏目</td></tr></table></body></html>"""
    assert _texts(render_html(page.encode("utf-8"), "t.html")[0]) == [
        "己区规划", "正文。", "| 指标 | 2025年 |", "| 城镇新增就业(万人) | 2 |", "栏目"]


def test_grid_rows_of_one_merged_cell_are_captions_categories_and_notes():
    wide = lambda text, k: [GridCell(text, k)] * 3  # noqa: E731
    row = lambda *texts: [GridCell(t, (i, t)) for i, t in enumerate(texts)]  # noqa: E731
    grid = [wide("表1 主要指标", 0), row("指标", "2020年", "2025年"), wide("一、就业", 1),
            row("城镇新增就业", "3", "3"), row("", "", ""), wide("注:略。", 2)]
    assert [t for t, _ in table_lines(grid, list("abcdef"))] == [
        "表1 主要指标", "| 指标 | 2020年 | 2025年 |", "| 一、就业 |", "| 城镇新增就业 | 3 | 3 |", "注:略。"]


def test_locators_of_each_format(format_folders):
    docs = {fmt: read_document(folder / f"plan_a.{fmt}") for fmt, folder in format_folders.items()}
    assert [ln.locator for ln in docs["txt"].lines][:3] == ["line 1", "line 2", "line 3"]
    by_text = {fmt: {ln.text: ln.locator for ln in doc.lines} for fmt, doc in docs.items()}
    assert by_text["html"]["二、主要目标"] == "/html/body/div/p[4]"
    assert by_text["html"]["| 就业 | 城镇调查失业率 | % | 5.1 | <5.5 | 预期性 |"] == "/html/body/div/table/tbody/tr[4]"
    assert by_text["docx"]["二、主要目标"] == "paragraph 5"
    assert by_text["docx"]["| 就业 | 城镇调查失业率 | % | 5.1 | <5.5 | 预期性 |"] == "table 1 row 4"
    assert by_text["pdf"]["| 就业 | 城镇调查失业率 | % | 5.1 | <5.5 | 预期性 |"] == "page 1 table 1 row 3"
    assert by_text["pdf"]["三、保障措施"] == "page 2 line 1"  # after the page break; page numbers left out
    wrapped = next(ln for ln in docs["pdf"].lines if ln.text.startswith("“十三五”期间"))
    assert wrapped.locator.startswith("page 1 lines ")  # a paragraph the page wrapped is one line
    assert wrapped.text == next(ln.text for ln in docs["txt"].lines if ln.text.startswith("“十三五”期间"))
    assert not any("- 1 -" in ln.text for ln in docs["pdf"].lines)
    assert docs["html"].encoding == "gb18030" and docs["docx"].encoding == "docx" and docs["pdf"].encoding == "pdf"


def test_the_text_of_the_page_holds_no_furniture(format_folders):
    for plan in "abc":
        text = read_document(format_folders["html"] / f"plan_{plan}.html").text
        for word in ("首页", "分享", "主办", "ICP", "访问次数", "color"):
            assert word not in text, (plan, word)


def test_build_writes_source_locator_for_every_line(format_folders):
    from plancompare.pipeline.corpus import build_tables

    lines = build_tables(format_folders["docx"])["lines"]
    assert "source_locator" in lines.columns and (lines["source_locator"] != "").all()
    assert set(lines["source_locator"].str.split(" ").str[0]) == {"paragraph", "table"}


def test_a_stacked_header_table_gives_role_year_and_the_period_column(tmp_path):
    from plancompare.pipeline.plan import process_plan
    from plancompare.read.catalog import add_plan

    page = tmp_path / "page.html"
    page.write_text("""<html><body><h1>辛市人力资源和社会保障事业发展“十四五”规划</h1><p>一、主要目标</p><table>
<tr><th rowspan="2">指标</th><th rowspan="2">2020年</th><th colspan="2">“十四五”目标</th><th rowspan="2">属性</th></tr>
<tr><th>2025年</th><th>年均/累计</th></tr>
<tr><td>城镇新增就业人数(万人)</td><td>3</td><td>—</td><td>[15]</td><td>预期性</td></tr>
<tr><td>基本养老保险参保率(%)</td><td>90</td><td>95</td><td></td><td>约束性</td></tr>
</table><p>注:[ ]内为五年累计数。</p></body></html>""", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    row = add_plan(raw, page, plan_id="xin-14", region="辛市", region_en="Xin", level="county",
                   period_start=2021, period_end=2025, fyp_number=14, title="辛市规划")
    recs = process_plan(row, raw, raw / "catalog.csv").tables["indicators"]
    got = {(r["indicator_id"], r["role"], r["year"], r["value"], r["basis"], r["alignment"])
           for r in recs if r["value"] is not None}
    assert got == {("new_urban_jobs", "baseline", 2020, 30000.0, "annual", "exact"),
                   ("new_urban_jobs", "target", 2025, 150000.0, "five_year_total", "exact"),
                   ("pension_coverage_rate", "baseline", 2020, 90.0, "rate", "exact"),
                   ("pension_coverage_rate", "target", 2025, 95.0, "rate", "exact")}


def test_a_pdf_table_without_rules_is_read_by_its_aligned_columns(tmp_path, cjk_font):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from plancompare.pipeline.plan import process_plan
    from plancompare.read.catalog import add_plan

    style = ParagraphStyle("b", fontName=cjk_font, fontSize=11, leading=16, wordWrap="CJK")
    rows = [["指标", "单位", "2020年", "2025年", "属性"], ["城镇新增就业人数", "万人", "〔5.2〕", "〔5〕", "预期性"],
            ["城镇调查失业率", "%", "5.1", "<5.5", "预期性"]]
    pdf = tmp_path / "unruled.pdf"
    SimpleDocTemplate(str(pdf), invariant=1).build([
        Paragraph("甲市人力资源和社会保障事业发展“十四五”规划", style), Paragraph("一、主要目标", style),
        Table(rows, style=TableStyle([("FONTNAME", (0, 0), (-1, -1), cjk_font)])),
        Paragraph("注:〔〕内为五年累计数。", style)])
    doc = read_document(pdf)
    assert [ln.raw for ln in doc.lines][2:5] == ["\t".join(r) for r in rows]  # cells a tab apart
    raw = tmp_path / "raw"
    raw.mkdir()
    row = add_plan(raw, pdf, plan_id="jia-14", region="甲市", region_en="Jia", level="county",
                   period_start=2021, period_end=2025, fyp_number=14, title="甲市规划")
    recs = process_plan(row, raw, raw / "catalog.csv").tables["indicators"]
    assert {(r["indicator_id"], r["role"], r["year"], r["value_raw"], r["alignment"]) for r in recs} == {
        ("new_urban_jobs", "baseline", 2020, "〔5.2〕", "exact"), ("new_urban_jobs", "target", 2025, "〔5〕", "exact"),
        ("surveyed_unemployment_rate", "baseline", 2020, "5.1", "exact"),
        ("surveyed_unemployment_rate", "target", 2025, "<5.5", "exact")}


@pytest.mark.parametrize("name,data,lines", [
    ("xhtml.html", '<?xml version="1.0" encoding="gb2312"?><html xmlns="http://www.w3.org/1999/xhtml">'
                   "<body><p>壬县规划陶喆</p></body></html>".encode("gbk"), ["壬县规划陶喆"]),
    ("old.htm", "<html><body>第一行<br>第二行<br/>第三行<!-- 注释 --></body></html>".encode(), ["第一行", "第二行", "第三行"]),
    ("odd.html", '<html><body><p>正文</p><table></table><table><tr><td rowspan="9">甲</td><td colspan="0">乙</td>'
                 '<td colspan="x">丙</td></tr><tr><td>1</td></tr></table></body></html>'.encode(), ["正文", "甲", "乙", "丙", "1"]),
])
def test_odd_pages_are_read(tmp_path, name, data, lines):
    path = tmp_path / name
    path.write_bytes(data)
    assert [ln.text for ln in read_document(path).lines] == lines


@pytest.mark.parametrize("name,data,message", [
    ("frames.html", b'<html><frameset><frame src="a.html"></frameset></html>', "holds no text"),
    ("empty.html", b"  \n", "empty"),
    ("not.docx", b"hello", "not a Word .docx file"),
    ("sheet.docx", b"PK\x05\x06" + bytes(18), "cannot be read as a .docx"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n", "cannot be read as a PDF"),
    ("page.pdf", b"<html></html>", "not a PDF"),
])
def test_damaged_files_are_one_line_errors(tmp_path, name, data, message):
    from plancompare.errors import DecodingError

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DecodingError, match=message) as err:
        read_document(path)
    assert str(err.value).startswith(str(path))


def test_pdf_running_headers_footers_are_dropped_and_a_paragraph_goes_on_across_pages(tmp_path, cjk_font):
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("b", fontName=cjk_font, fontSize=10, leading=14, wordWrap="CJK")
    long_text = "实施就业优先战略,落实减负稳岗扩就业政策,支持返乡入乡创业" * 12 + "。"

    def furniture(canvas, doc):
        canvas.setFont(cjk_font, 8)
        canvas.drawString(30, A6[1] - 25, "甲市人力资源和社会保障局文件")
        canvas.drawString(30, 20, f"第 {doc.page} 页")

    pdf = tmp_path / "running.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A6, invariant=1).build(
        [Paragraph("一、主要任务", style), Paragraph(long_text, style), Paragraph("二、保障措施", style)],
        onFirstPage=furniture, onLaterPages=furniture)
    lines = read_document(pdf).lines
    assert [ln.text for ln in lines] == ["一、主要任务", long_text, "二、保障措施"]
    assert lines[1].locator.startswith("page 1 line 3 to page 2 ")  # line 1 is the running header


def test_an_empty_last_cell_keeps_the_row_aligned(tmp_path):
    """Without a 属性 column to align on, a row whose last cell is empty is still read by position."""
    from plancompare.pipeline.plan import process_plan
    from plancompare.read.catalog import add_plan

    page = tmp_path / "page.html"
    page.write_text("""<html><body><h1>癸县人力资源和社会保障事业发展“十四五”规划</h1><p>一、主要目标</p><table>
<tr><th>指标</th><th>2020年</th><th>2025年</th></tr>
<tr><td>城镇调查失业率(%)</td><td>5.2</td><td>&lt;5.5</td></tr>
<tr><td>基本养老保险参保率(%)</td><td>90</td><td></td></tr></table></body></html>""", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    row = add_plan(raw, page, plan_id="gui-14", region="癸县", region_en="Gui", level="county",
                   period_start=2021, period_end=2025, fyp_number=14, title="癸县规划")
    recs = process_plan(row, raw, raw / "catalog.csv").tables["indicators"]
    assert {(r["indicator_id"], r["role"], r["year"], r["value_raw"], r["alignment"]) for r in recs} == {
        ("surveyed_unemployment_rate", "baseline", 2020, "5.2", "exact"),
        ("surveyed_unemployment_rate", "target", 2025, "<5.5", "exact"),
        ("pension_coverage_rate", "baseline", 2020, "90", "exact")}
