"""Test-only generator: three short fictional plans, each written as .txt, .html, .docx and .pdf.

The plans are written for these tests (fictional regions 甲市, 乙县, 丙区; no third-party page).
Each has the same content in the four formats: a title, headings, running text with figures,
and an indicator table whose category column is a merged cell. The text form is what a scrape
gives: plan A's table as pipe rows that lost the merged cells (realigned on 属性), plan B's as
one row per line (its category column lost), plan C's flattened to one cell per line with its
empty cell dropped (so one value is ambiguous there, which the structured formats resolve).
The web pages carry site furniture (navigation, breadcrumbs, share bar, footer, script, style);
plan A's page is GBK with an HTTP-equiv charset, plan B's UTF-8 with ``<meta charset>``,
plan C's GB18030 without a declaration (detected).

``python tests/read/format_fixtures.py DIR`` writes them into DIR (one folder per format).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import html
import sys
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("txt", "html", "docx", "pdf")


@dataclass
class Table:
    caption: str
    header: list[str]  # the first column is 类别
    groups: list[tuple[str, list[list[str]]]]  # (category, rows without the category cell)
    note: str
    text_style: str  # how the .txt lays the table out: pipe, rows or flat


@dataclass
class Plan:
    key: str
    region: str
    region_en: str
    level: str
    title: str
    blocks: list = field(default_factory=list)  # ("meta"|"title"|"heading"|"para", text) or Table
    encoding: str = "utf-8"  # of the web page
    meta: str = ""  # the page's charset declaration


PLANS = [
    Plan("a", "甲市", "Jia City (fictional)", "prefecture-level city", "甲市人力资源和社会保障事业发展“十四五”规划", [
        ("meta", "甲人社发〔2021〕8号"),
        ("title", "甲市人力资源和社会保障事业发展“十四五”规划"),
        ("heading", "一、发展基础"),
        ("para", "“十三五”期间,全市城镇新增就业累计5.2万人,城镇调查失业率控制在5.1%以内,"
                 "基本养老保险参保率达到93%,社会保障卡持卡人数达到120万人。人社事业发展取得显著成效,"
                 "为“十四五”时期高质量发展打下了坚实基础。"),
        ("heading", "二、主要目标"),
        ("para", "到2025年,城镇调查失业率控制在5.5%以内,基本养老保险参保率达到95%。"),
        Table("甲市“十四五”人力资源和社会保障主要指标",
              ["类别", "指标", "单位", "2020年", "2025年", "属性"],
              [("就业", [["城镇新增就业人数", "万人", "〔5.2〕", "〔5〕", "预期性"],
                         ["城镇调查失业率", "%", "5.1", "<5.5", "预期性"]]),
               ("社会保障", [["基本养老保险参保率", "%", "93", "95", "约束性"],
                             ["社会保障卡持卡人数", "万人", "120", "135", "预期性"]])],
              "注:〔〕内为五年累计数。", "pipe"),
        ("heading", "三、保障措施"),
        ("para", "加强组织领导,健全规划实施机制,开展规划实施情况中期评估。"),
    ], encoding="gbk", meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
    Plan("b", "乙县", "Yi County (fictional)", "county", "乙县人力资源和社会保障事业发展第十四个五年规划", [
        ("title", "乙县人力资源和社会保障事业发展第十四个五年规划"),
        ("heading", "第一章 发展环境"),
        ("para", "过去五年,全县城镇登记失业率控制在3.8%,城乡居民基本养老保险参保人数达到21万人。"),
        ("heading", "第二章 发展目标"),
        Table("乙县“十四五”时期人社事业发展主要指标",
              ["类别", "指标", "单位", "2020年", "2025年", "属性"],
              [("就业", [["城镇登记失业率", "%", "3.8", "<4.5", "预期性"],
                         ["农村劳动力转移就业人数", "万人", "15", "16", "预期性"]]),
               ("社会保险", [["城乡居民基本养老保险参保人数", "万人", "21", "22.5", "预期性"],
                             ["失业保险参保人数", "万人", "2.1", "2.6", "预期性"]])],
              "注:失业率为年度控制目标。", "rows"),
        ("heading", "第三章 重点任务"),
        ("para", "实施就业优先战略,落实减负稳岗扩就业政策,支持返乡入乡创业。"),
    ], meta='<meta charset="utf-8">'),
    Plan("c", "丙区", "Bing District (fictional)", "district", "丙区人力资源和社会保障事业发展“十四五”规划", [
        ("title", "丙区人力资源和社会保障事业发展“十四五”规划"),
        ("heading", "一、发展回顾"),
        ("para", "“十三五”期间,全区技能人才总量达到3.2万人,其中高技能人才0.9万人。"),
        ("heading", "二、发展目标"),
        ("para", "“十四五”时期,全区人力资源和社会保障事业发展的主要指标如下。"),
        Table("丙区人力资源和社会保障事业发展主要指标",
              ["类别", "指标", "2020年", "2025年", "属性"],
              [("人才", [["技能人才总量(万人)", "3.2", "4", "预期性"],
                         ["高技能人才总量(万人)", "0.9", "1.3", "预期性"]]),
               ("社会保险", [["工伤保险参保人数(万人)", "", "8.5", "预期性"],
                             ["企业劳动合同签订率(%)", "96", "98", "约束性"]])],
              "注:工伤保险参保人数2020年未统计。", "flat"),
        ("heading", "三、保障措施"),
        ("para", "健全规划实施监测评估机制,确保各项目标任务落到实处。"),
    ], encoding="gb18030"),
]

FURNITURE_TOP = ["当前位置:首页 > 政务公开 > 规划计划"]
FURNITURE_BOTTOM = ["分享到:微信 微博", "主办单位:{region}人力资源和社会保障局 地址:{region}人民路1号"]


def _rows(table: Table) -> list[list[str]]:
    return [[cat] + row for cat, rows in table.groups for row in rows]


def text_table(table: Table) -> list[str]:
    """The table as a scrape lays it out in a .txt (see the module docstring)."""
    out = [table.caption]
    if table.text_style == "pipe":  # merged category cells appear once, shifting the rows after them
        out.append("| " + " | ".join(table.header) + " |")
        for cat, rows in table.groups:
            for k, row in enumerate(rows):
                out.append("| " + " | ".join(([cat] if k == 0 else []) + row) + " |")
    elif table.text_style == "rows":  # one row per line, the category column lost
        out.append(" ".join(table.header[1:]))
        out += [" ".join(row) for _, rows in table.groups for row in rows]
    else:  # one cell per line, empty cells dropped
        out += table.header[1:]
        out += [cell for _, rows in table.groups for row in rows for cell in row if cell]
    return out + [table.note]


def to_text(plan: Plan) -> str:
    lines = [f.format(region=plan.region) for f in FURNITURE_TOP]
    for block in plan.blocks:
        lines += text_table(block) if isinstance(block, Table) else [block[1]]
    lines += [f.format(region=plan.region) for f in FURNITURE_BOTTOM]
    return "\n".join(lines) + "\n"


def _html_table(table: Table, caption_row: bool) -> str:
    e = html.escape
    width = len(table.header)
    rows = []
    if caption_row:
        rows.append(f'<tr><td colspan="{width}"><strong>{e(table.caption)}</strong></td></tr>')
    rows.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in table.header) + "</tr>")
    for cat, group in table.groups:
        for k, row in enumerate(group):
            first = f'<td rowspan="{len(group)}">{e(cat)}</td>' if k == 0 else ""
            rows.append("<tr>" + first + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    if caption_row:
        rows.append(f'<tr><td colspan="{width}">{e(table.note)}</td></tr>')
    body = "\n".join(rows)
    table_html = f'<table border="1" cellspacing="0">\n<tbody>\n{body}\n</tbody>\n</table>'
    if caption_row:
        return table_html
    return f"<p>{e(table.caption)}</p>\n{table_html}\n<p>{e(table.note)}</p>"


def to_html(plan: Plan) -> bytes:
    """A saved page: furniture around the article, the table with merged cells."""
    e = html.escape
    parts = []
    for block in plan.blocks:
        if isinstance(block, Table):
            parts.append(_html_table(block, caption_row=plan.key == "a"))
        elif block[0] == "title":
            parts.append(f'<h1 class="title">{e(block[1])}</h1>')
        elif block[0] == "heading":
            parts.append(f"<p><strong>{e(block[1])}</strong></p>")
        elif block[0] == "meta":
            parts.append(f'<p style="text-align:center">{e(block[1])}</p>')
        else:
            parts.append(f'<p style="text-indent:2em">{e(block[1])}</p>')
    region = e(plan.region)
    page = f"""<!DOCTYPE html>
<html><head>{plan.meta}
<title>{e(plan.title)}_{region}人力资源和社会保障局</title>
<style>.nav {{ color: red }}</style>
<script>var visits = "访问次数:1234";</script>
</head>
<body>
<div class="header"><span>{region}人力资源和社会保障局</span></div>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></div>
<div class="breadcrumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 规划计划</div>
<div class="article">
{chr(10).join(parts)}
</div>
<div class="share-bar">分享到:<a href="#">微信</a> <a href="#">微博</a></div>
<div id="footer">主办单位:{region}人力资源和社会保障局 地址:{region}人民路1号<br>备案号:京ICP备00000000号</div>
</body></html>
"""
    return page.encode(plan.encoding)


def to_docx(plan: Plan, path: Path) -> None:
    """A Word file: paragraphs, the table with merged category (and, for plan A, caption) cells."""
    import docx

    document = docx.Document()
    for block in plan.blocks:
        if not isinstance(block, Table):
            document.add_paragraph(block[1])
            continue
        rows = _rows(block)
        caption_row = plan.key == "a"
        if not caption_row:
            document.add_paragraph(block.caption)
        n = len(rows) + 1 + (2 if caption_row else 0)
        table = document.add_table(rows=n, cols=len(block.header))
        table.style = "Table Grid"
        r0 = 1 if caption_row else 0
        if caption_row:
            table.cell(0, 0).merge(table.cell(0, len(block.header) - 1)).text = block.caption
            table.cell(n - 1, 0).merge(table.cell(n - 1, len(block.header) - 1)).text = block.note
        for j, h in enumerate(block.header):
            table.cell(r0, j).text = h
        r = r0 + 1
        for cat, group in block.groups:
            for k, row in enumerate(group):
                for j, value in enumerate(row, start=1):
                    table.cell(r + k, j).text = value
            merged = table.cell(r, 0).merge(table.cell(r + len(group) - 1, 0)) if len(group) > 1 else table.cell(r, 0)
            merged.text = cat
            r += len(group)
        if not caption_row:
            document.add_paragraph(block.note)
    document.core_properties.created = datetime.datetime(2021, 6, 30)
    document.save(str(path))


def _pdf_font(plans: list[Plan], folder: Path) -> str:
    """A TrueType subset of the bundled Chinese font (reportlab cannot embed its CFF outlines)."""
    import pylopdf_fonts_zh_cn
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from plancompare.export.pdf_font import truetype_subset

    chars = set(to_text_all(plans)) | {chr(c) for c in range(0x20, 0x7F)} | set("-—")
    path, _ = truetype_subset(pylopdf_fonts_zh_cn.sans_path(), chars, folder)
    pdfmetrics.registerFont(TTFont("FixtureCJK", str(path)))
    return "FixtureCJK"


def to_text_all(plans: list[Plan]) -> str:
    return "".join(to_text(p) for p in plans)


def to_pdf(plan: Plan, path: Path, font: str) -> None:
    """A text PDF: wrapped paragraphs, page numbers, the table ruled with merged (SPAN) cells."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    style = ParagraphStyle("body", fontName=font, fontSize=11, leading=17, wordWrap="CJK")
    story = []
    for block in plan.blocks:
        if isinstance(block, Table):
            rows = [block.header] + _rows(block)
            commands = [("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            r = 1
            for _, group in block.groups:
                commands.append(("SPAN", (0, r), (0, r + len(group) - 1)))
                rows[r + 1:r + len(group)] = [[""] + row[1:] for row in rows[r + 1:r + len(group)]]
                r += len(group)
            story += [Paragraph(block.caption, style), RLTable(rows, style=TableStyle(commands)),
                      Paragraph(block.note, style)]
        else:
            if block[0] == "heading" and plan.key == "a" and block[1].startswith("三"):
                story.append(PageBreak())  # plan A runs over two pages
            story.append(Paragraph(html.escape(block[1]), style))
        story.append(Spacer(1, 4))

    def page_number(canvas, doc) -> None:
        canvas.setFont(font, 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=plan.title).build(
        story, onFirstPage=page_number, onLaterPages=page_number)


def catalog_row(plan: Plan, file_name: str, data: bytes, plan_id: str) -> dict:
    return {"plan_id": plan_id, "region": plan.region, "region_en": plan.region_en, "level": plan.level,
            "province": "", "parent": "", "admin_code": "", "period_start": 2021, "period_end": 2025,
            "fyp_number": 14, "title": plan.title, "published": "", "issuer": "", "doc_number": "",
            "source_file": file_name, "sha256": hashlib.sha256(data).hexdigest(), "notes": "test fixture"}


def write_catalog(folder: Path, rows: list[dict]) -> None:
    from plancompare.read.catalog import COLUMNS

    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_fixtures(root: Path) -> dict[str, Path]:
    """Write every plan in every format, one raw folder (with its catalog) per format."""
    font = None
    folders = {}
    for fmt in FORMATS:
        folder = root / fmt
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for plan in PLANS:
            path = folder / f"plan_{plan.key}.{fmt}"
            if fmt == "txt":
                path.write_text(to_text(plan), encoding="utf-8")
            elif fmt == "html":
                path.write_bytes(to_html(plan))
            elif fmt == "docx":
                to_docx(plan, path)
            else:
                font = font or _pdf_font(PLANS, root)
                to_pdf(plan, path, font)
            rows.append(catalog_row(plan, path.name, path.read_bytes(), f"plan-{plan.key}"))
        write_catalog(folder, rows)
        folders[fmt] = folder
    return folders


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "lib"))
    print(write_fixtures(Path(sys.argv[1])))
