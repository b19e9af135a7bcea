"""Tables of contents, unnumbered headings and duplicate chapter numbers (issue #16).

Small documents written for these tests, in the genre of county and district plans."""

from __future__ import annotations

from pathlib import Path

from plancompare.read.decoding import Document, Line
from plancompare.read.normalization import normalize
from plancompare.structure.document import parse_document


def _parse(text: str, furniture=()):
    lines = tuple(Line(i, raw, normalize(raw)) for i, raw in enumerate(text.strip("\n").split("\n"), 1))
    doc = Document(path=Path("t.txt"), encoding="utf-8", sha256="", lines=lines, traditional_chars=0, cjk_chars=1)
    return parse_document(doc, furniture=furniture)


TEXT = "“十四五”期间,全县城镇新增就业累计达到1.2万人,城镇调查失业率控制在5.5%以内,社会保障体系更加完善。"

TOC = f"""某县人力资源和社会保障事业发展“十四五”规划
目 录
第一章 发展基础
第二章 主要目标
第一章 发展基础
{TEXT}
第二章 主要目标
{TEXT}
"""


def test_table_of_contents_is_one_toc_node_and_no_chapter_comes_twice():
    parsed = _parse(TOC)
    toc = [s for s in parsed.sections if s.kind == "toc"]
    assert len(toc) == 1 and toc[0].title == "目录" and toc[0].level == 1
    chapters = [(s.label(), s.line_start) for s in parsed.sections if s.kind == "chapter"]
    assert chapters == [("第一章 发展基础", 5), ("第二章 主要目标", 7)]
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert [kinds[n] for n in (2, 3, 4)] == ["toc"] * 3
    assert all(not s.flags for s in parsed.sections if s.kind == "chapter")


UNNUMBERED = f"""某区就业和社会保障“十四五”规划
发展基础
就业局势保持稳定
{TEXT}
社会保障持续完善
{TEXT}
发展环境
{TEXT}
总体要求
主要目标
{TEXT}
保障措施
{TEXT}
"""


def test_unnumbered_headings_are_known_by_form_and_place_and_flagged():
    parsed = _parse(UNNUMBERED)
    tree = [(s.kind, s.title, s.level) for s in parsed.sections if s.kind in ("chapter", "section")]
    assert tree == [("chapter", "发展基础", 1), ("section", "就业局势保持稳定", 2), ("section", "社会保障持续完善", 2),
                    ("chapter", "发展环境", 1), ("chapter", "总体要求", 1), ("section", "主要目标", 2),
                    ("chapter", "保障措施", 1)]
    assert all("heading_inferred" in s.flags for s in parsed.sections if s.kind in ("chapter", "section"))
    # the prose under 主要目标 is in that section (the section context of the indicators)
    para = next(p for p in parsed.paragraphs if p.line == 11)
    assert para.section.title == "主要目标"


def test_short_lines_are_not_headings_in_a_numbered_plan():
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
第一章 发展基础
就业局势保持稳定
{TEXT}
""")
    assert [s.title for s in parsed.sections if s.kind in ("chapter", "section")] == ["发展基础"]
    assert any(p.text == "就业局势保持稳定" for p in parsed.paragraphs)


def test_a_short_line_followed_by_no_text_is_not_a_heading():
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
{TEXT}
县人力资源和社会保障局
2021年12月
""")
    assert not [s for s in parsed.sections if s.kind in ("chapter", "section")]


def test_duplicate_chapter_numbers_are_flagged():
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
第一章 发展基础
{TEXT}
第一章 主要目标
{TEXT}
""")
    chapters = [s for s in parsed.sections if s.kind == "chapter"]
    assert [s.flags for s in chapters] == [[], ["duplicate_number"]]
    assert any(f.startswith("duplicate_chapter_number") for f in parsed.flags)


TOC_LEADERS = f"""某县人力资源和社会保障事业发展“十四五”规划
目　　录
第一章　发展基础……………………1
　第一节　主要成就………………1
　第二节　面临形势………………3
第二章　主要目标……………………4
　第一节　指导思想………………4
第一章　发展基础
第一节　主要成就
{TEXT}
第二节　面临形势
{TEXT}
第二章　主要目标
第一节　指导思想
{TEXT}
"""


def test_a_table_of_contents_with_dot_leaders_page_numbers_and_sections_ends_where_the_body_starts():
    parsed = _parse(TOC_LEADERS)
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert [kinds[n] for n in range(2, 8)] == ["toc"] * 6 and kinds[8] == "heading"
    assert [(s.label(), s.line_start) for s in parsed.sections if s.kind == "chapter"] == [
        ("第一章 发展基础", 8), ("第二章 主要目标", 13)]
    assert [s.title for s in parsed.sections if s.kind == "section"] == ["主要成就", "面临形势", "指导思想"]


TOC_SPACED = f"""某县人力资源和社会保障事业发展“十四五”规划
目  录
一、发 展 基 础 …………………… 2
二、主 要 目 标 …………………… 5
三、保 障 措 施 …………………… 9
一、发展基础
{TEXT}
二、主要目标
{TEXT}
三、保障措施
{TEXT}
"""

TOC_RENAMED = f"""某县人力资源和社会保障事业发展“十四五”规划
目录
第一章 发展基础 1
第二章 目标 4
第一章 发展基础和面临形势
{TEXT}
第二章 指导思想和主要目标
{TEXT}
"""


def test_a_table_of_contents_with_spaced_entries_or_other_titles_is_not_a_second_set_of_chapters():
    parsed = _parse(TOC_SPACED)
    assert [s.label() for s in parsed.sections if s.kind == "chapter"] == ["一、 发展基础", "二、 主要目标",
                                                                            "三、 保障措施"]
    assert sum(s.kind == "toc" for s in parsed.sections) == 1
    # the body's chapter titles are longer than the contents': the first chapter number ends the contents
    parsed = _parse(TOC_RENAMED)
    assert [s.label() for s in parsed.sections if s.kind == "chapter"] == ["第一章 发展基础和面临形势",
                                                                            "第二章 指导思想和主要目标"]


def test_parts_are_chapters_and_their_contents_are_one_toc_node():
    parsed = _parse(f"""某市“十四五”人力资源和社会保障事业发展规划
目录
第一部分 发展回顾
第二部分 总体要求
第一部分 发展回顾
{TEXT}
第二部分 总体要求
一、主要目标
{TEXT}
""")
    assert [(s.label(), s.level) for s in parsed.sections if s.kind in ("chapter", "section")] == [
        ("第一部分 发展回顾", 1), ("第二部分 总体要求", 1), ("一、 主要目标", 2)]
    assert sum(s.kind == "toc" for s in parsed.sections) == 1


def test_a_box_of_numbered_items_ends_at_the_next_sibling_of_the_section_it_sits_in():
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
一、发展基础
(一)就业形势总体稳定
{TEXT}
(二)社会保障水平稳步提高
{TEXT}
专栏1 重点民生项目
1.县公共就业服务中心建成投用。
2.建成乡镇人社服务站14个。
(三)人才队伍不断壮大
{TEXT}
二、主要目标
(一)主要目标
{TEXT}
""")
    tree = [(s.kind, s.label(), s.level) for s in parsed.sections if s.kind in ("chapter", "section", "box")]
    assert tree == [("chapter", "一、 发展基础", 1), ("section", "(一) 就业形势总体稳定", 2),
                    ("section", "(二) 社会保障水平稳步提高", 2), ("box", "专栏1 重点民生项目", 3),
                    ("section", "(三) 人才队伍不断壮大", 2), ("chapter", "二、 主要目标", 1), ("section", "(一) 主要目标", 2)]
    # a box's own items restart their numbering: (一) inside a box under (二) stays in the box
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
一、发展基础
(二)社会保障
专栏1 重点项目
(一)社保服务站建设
{TEXT}
""")
    item = next(s for s in parsed.sections if s.title == "社保服务站建设")
    assert item.parent.kind == "box"


def test_a_table_of_contents_that_lost_its_label_is_known_by_the_body_repeating_it():
    parsed = _parse(TOC_LEADERS.replace("目　　录\n", ""))
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert [kinds[n] for n in range(2, 7)] == ["toc"] * 5 and kinds[7] == "heading"
    toc = [s for s in parsed.sections if s.kind == "toc"]
    assert len(toc) == 1 and toc[0].title == "目录"
    assert [s.label() for s in parsed.sections if s.kind == "chapter"] == ["第一章 发展基础", "第二章 主要目标"]
    # a chapter heading followed by its first section and text is no contents
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
第一章 发展基础
第一节 主要成就
第二节 面临形势
{TEXT}
第二章 主要目标
{TEXT}
""")
    assert not [s for s in parsed.sections if s.kind == "toc"]
    assert [s.label() for s in parsed.sections if s.kind == "chapter"] == ["第一章 发展基础", "第二章 主要目标"]


def test_unknown_lines_before_the_title_on_a_page_without_a_notice_are_the_pages():
    parsed = _parse(f"""某县政务信息公开专栏
乐享生活 尽在掌握 欢迎光临
某县人力资源和社会保障事业发展“十四五”规划
第一章 发展基础
{TEXT}
""")
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert kinds[1] == kinds[2] == "furniture" and not [p for p in parsed.paragraphs if p.line < 3]
    # with a notice, the lines between its title and the plan's title are the notice's text
    parsed = _parse(f"""欢迎光临
某县人民政府关于印发某县人力资源和社会保障事业发展“十四五”规划的通知
各乡镇人民政府,县政府各部门:现将规划印发给你们,请认真贯彻执行。
某县人力资源和社会保障事业发展“十四五”规划
第一章 发展基础
{TEXT}
""")
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert (kinds[1], kinds[2], kinds[3]) == ("furniture", "heading", "paragraph")


def test_unknown_short_lines_among_the_footer_are_the_pages():
    from plancompare.read.furniture import furniture_patterns

    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
第一章 保障措施
{TEXT}
某县人力资源和社会保障局
2021年12月
上一篇:某县2021年度公益性岗位招聘公告
相关推荐
某县2022年度就业补助资金分配方案
乐享生活 尽在掌握
【打印】【关闭】
""", furniture_patterns())
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert [kinds[n] for n in range(6, 11)] == ["furniture"] * 5
    assert [p.line for p in parsed.paragraphs] == [3, 4, 5]  # the plan's closing lines stay the plan's


def test_an_unknown_line_between_two_furniture_lines_is_the_pages():
    from plancompare.read.furniture import furniture_patterns

    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
发布日期:2022-03-18 来源:某县人力资源和社会保障局 浏览次数:1286
乐享生活 尽在掌握

【字体:大 中 小】【打印】【关闭】
第一章 发展基础
{TEXT}
""", furniture_patterns())
    kinds = {r.line.no: r.kind for r in parsed.records}
    assert (kinds[1], kinds[2], kinds[3], kinds[5], kinds[6]) == ("title", "furniture", "furniture", "furniture",
                                                                   "heading")


def test_a_table_of_contents_joined_onto_one_line_is_one_toc_node():
    parsed = _parse(f"""某县人力资源和社会保障事业发展“十四五”规划
目 录
第一章 发展基础 第二章 主要目标
第一章 发展基础
{TEXT}
第二章 主要目标
{TEXT}
""")
    assert [s.label() for s in parsed.sections if s.kind == "chapter"] == ["第一章 发展基础", "第二章 主要目标"]
    assert [r.kind for r in parsed.records[1:3]] == ["toc", "toc"]


def test_chapters_numbered_with_formal_digits():
    parsed = _parse(f"""某縣人力資源和社會保障事業發展“十四五”規劃
第壹章 發展基礎
{TEXT}
第貳章 主要目標
{TEXT}
""")
    chapters = [s for s in parsed.sections if s.kind == "chapter"]
    assert [s.label() for s in chapters] == ["第壹章 發展基礎", "第貳章 主要目標"]
    assert not any(f.startswith("duplicate") for f in parsed.flags)
