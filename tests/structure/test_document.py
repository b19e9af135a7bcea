"""The heading trees, paragraphs and line ledger of the five real plans (plancompare.structure).

Expected titles are quoted from the documents, with the raw line that carries them.
"""

from __future__ import annotations

import pytest

from plancompare.structure.numbering import cn_to_int, int_to_cn
from plancompare.structure.headings import match_heading, split_runin

from ..conftest import line_of, plan_sections

CHAPTERS = {
    # plan_id: [(number, title, raw line)]
    "zhoushan-13": [("一、", "发展基础和面临形势", 8), ("三、", "深入实施就业优先战略,努力实现更加充分更高质量就业", 114),
                    ("十、", "强化综合保障措施,完成规划目标任务", 202)],
    "xuyong-14": [("第一章", "规划背景", 4), ("第七章", "扎实推进农民工工作战略性工程", 158),
                  ("第十章", "强化规划实施保障", 196)],
    "hubei-14": [("第一章", "指导思想和主要目标", 36), ("第二章", "推动实现更加充分更高质量就业", 446),
                 ("第三章", "健全多层次社会保障体系", 498), ("第四章", "推进人才队伍高质量发展", 536),
                 ("第五章", "深化企事业工资收入分配制度改革", 600), ("第六章", "构建和谐劳动关系", 629),
                 ("第七章", "公共服务能力和质量", 673), ("第八章", "保障措施", 699)],
    "qingpu-14": [("一、", "发展基础和面临形势", 11), ("二、", "指导思想和主要目标", 34),
                  ("三、", "主要任务", 60), ("四、", "实施保障措施", 84)],
    "yingkou-14": [("第一章", "发展环境和总体要求", 32), ("第二章", "推动实现更加充分更高质量就业", 217),
                   ("第三章", "建立完善覆盖全民的社会保障体系", 480), ("第四章", "加强基本公共服务能力建设", 673),
                   ("第五章", "实施更加有力保障措施", 778)],
}
N_CHAPTERS = {"zhoushan-13": 10, "xuyong-14": 10, "hubei-14": 8, "qingpu-14": 4, "yingkou-14": 5}


@pytest.mark.parametrize("plan_id", sorted(CHAPTERS))
def test_chapters_match_the_document(tables, plan_id):
    chapters = plan_sections(tables, plan_id).query("kind == 'chapter'")
    assert len(chapters) == N_CHAPTERS[plan_id]
    got = {(r.number, r.title, r.line_start) for r in chapters.itertuples()}
    assert set(CHAPTERS[plan_id]) <= got
    assert (chapters["level"] == 1).all()


def test_hubei_chapters_without_prefix_are_inferred_and_flagged(tables):
    chapters = plan_sections(tables, "hubei-14").query("kind == 'chapter'")
    inferred = chapters[chapters["flags"].str.contains("number_inferred")]
    # raw lines 446, 498, 536, 629, 673, 699 lost "第X章"; 36 and 600 kept it
    assert sorted(inferred["line_start"]) == [446, 498, 536, 629, 673, 699]
    assert chapters.set_index("line_start").loc[600, "flags"] == ""


@pytest.mark.parametrize("plan_id,sections", [
    ("xuyong-14", [("第一节", "发展基础", 6), ("第三节", "主要目标", 38), ("第五节", "巩固人社脱贫攻坚成果助力乡村振兴", 174)]),
    ("hubei-14", [("第一节", "大力实施就业优先政策", 450), ("第六节", "抓好规划落实", 723)]),
    ("yingkou-14", [("第四节", "全力打造技能强市", 352), ("第八节", "强化社会保障基金监管", 654)]),
    ("zhoushan-13", [("(一)", "发展基础", 10), ("(二)", "面临形势", 74), ("(五)", "强化规划实施", 214)]),
    ("qingpu-14", [("(一)", "发展基础", 12), ("(三)", "发展目标", 43), ("(五)", "加强实施监测", 93)]),
])
def test_sections_match_the_document(tables, plan_id, sections):
    s = plan_sections(tables, plan_id).query("kind == 'section'")
    got = {(r.number, r.title, r.line_start) for r in s.itertuples()}
    assert set(sections) <= got


def test_sections_nest_under_their_chapter(tables):
    s = plan_sections(tables, "hubei-14").set_index("section_id")
    sec = s[(s["title"] == "抓好规划落实")].iloc[0]
    assert s.loc[sec["parent_id"], "title"] == "保障措施"
    assert sec["path"] == "第八章 保障措施 > 第六节 抓好规划落实"
    # Zhoushan nests four numbering styles: 一、 > (一) > 1. > (1)
    z = plan_sections(tables, "zhoushan-13").set_index("section_id")
    leaf = z[z["line_start"] == 18].iloc[0]  # "3)人力资源供求紧张关系进一步缓解" (its "(" was lost)
    assert (leaf["number"], leaf["title"], leaf["level"]) == ("(3)", "人力资源供求紧张关系进一步缓解", 4)
    assert leaf["path"].startswith("一、 发展基础和面临形势 > (一) 发展基础 > 1. 就业创业服务体系不断创新")


def test_boxes(tables):
    yk = plan_sections(tables, "yingkou-14").query("kind == 'box'")
    assert len(yk) == 19 and list(yk["number"]) == [f"专栏{i}" for i in range(1, 20)]
    assert yk.iloc[1]["title"] == "实施劳务品牌促就业计划"  # raw line 252
    # a box ends where the section's own text resumes: line 270 follows box 2 (252-268)
    assert (yk.iloc[1]["line_start"], yk.iloc[1]["line_end"]) == (252, 268)
    para = line_of(tables, "yingkou-14", 270)
    sections = tables["sections"].set_index("section_id")
    assert sections.loc[para["section_id"], "title"] == "促进重点群体充分就业"
    xy = plan_sections(tables, "xuyong-14").query("kind == 'box'")
    assert len(xy) == 15
    hb = plan_sections(tables, "hubei-14").query("kind == 'box'")
    assert len(hb) == 12 and hb.iloc[8]["title"] == "企业薪酬指引计划"  # "专栏9:企业薪酬指引计划", line 614


def test_tables_are_nodes_and_their_lines_are_not_paragraphs(tables):
    t = tables["sections"].query("kind == 'table'")
    assert t.groupby("plan_id").size().to_dict() == {"hubei-14": 2, "qingpu-14": 2, "xuyong-14": 2,
                                                     "yingkou-14": 1}
    ledger = tables["lines"]
    # Hubei's flattened cell "400" (line 86) and Yingkou's ">〔9〕" (line 92) are table lines
    assert line_of(tables, "hubei-14", 86)["kind"] == "table"
    assert line_of(tables, "yingkou-14", 92)["kind"] == "table"
    # "一、就业" inside a flattened table is a table cell, not a chapter
    assert line_of(tables, "hubei-14", 76)["kind"] == "table"
    assert not ledger[(ledger["kind"] == "table") & (ledger["paragraph_id"] != "")].shape[0]


def test_bullets_and_runin_headings(tables):
    rec = line_of(tables, "hubei-14", 44)  # "——就业局势总体稳定。积极就业政策体系…"
    sec = tables["sections"].set_index("section_id").loc[rec["section_id"]]
    assert (sec["kind"], sec["title"]) == ("bullet", "就业局势总体稳定")
    para = tables["paragraphs"].set_index("paragraph_id").loc[rec["paragraph_id"]]
    assert para["text"].startswith("积极就业政策体系进一步完善")
    # run-in: "(一)发展基础。“十二五”期间,…" (Zhoushan line 10) is a heading plus a paragraph
    rec = line_of(tables, "zhoushan-13", 10)
    assert rec["kind"] == "heading" and rec["paragraph_id"]


def test_title_only_lines_are_headings_not_paragraphs(tables):
    for plan_id, line in [("qingpu-14", 12), ("xuyong-14", 6), ("hubei-14", 446), ("yingkou-14", 254)]:
        rec = line_of(tables, plan_id, line)
        assert rec["kind"] == "heading" and rec["paragraph_id"] == "", (plan_id, line)


def test_titles_meta_and_furniture(tables):
    s = tables["sections"].query("kind == 'document'").set_index("plan_id")
    assert s.loc["xuyong-14", "title"] == "叙永县人力资源和社会保障事业发展“十四五”规划"  # lines 1-2
    assert s.loc["yingkou-14", "title"] == "营口市“十四五”就业和社会保障发展规划"  # line 27
    kinds = {(p, n): line_of(tables, p, n)["kind"] for p, n in [
        ("zhoushan-13", 1), ("zhoushan-13", 2), ("zhoushan-13", 4), ("hubei-14", 1),
        ("hubei-14", 727), ("hubei-14", 729), ("hubei-14", 731), ("yingkou-14", 1), ("yingkou-14", 7),
        ("yingkou-14", 9), ("yingkou-14", 808), ("yingkou-14", 809)]}
    assert set(kinds.values()) == {"furniture"}, kinds
    for p, n in [("qingpu-14", 4), ("qingpu-14", 2), ("qingpu-14", 9), ("yingkou-14", 11),
                 ("yingkou-14", 18), ("hubei-14", 6), ("hubei-14", 20)]:
        assert line_of(tables, p, n)["kind"] == "meta", (p, n)
    notice = tables["sections"].query("kind == 'notice'")
    assert sorted(notice["plan_id"]) == ["hubei-14", "qingpu-14", "yingkou-14"]


def test_every_line_is_accounted_for_exactly_once(tables):
    ledger = tables["lines"]
    plans = tables["plans"].set_index("plan_id")
    for plan_id, g in ledger.groupby("plan_id"):
        assert list(g["source_line"]) == list(range(1, plans.loc[plan_id, "raw_lines"] + 1))
    nonblank = ledger[ledger["text"].str.strip("| ") != ""]
    assert not (nonblank["kind"] == "blank").any()
    assert set(nonblank["kind"]) <= {"furniture", "meta", "title", "heading", "table", "paragraph"}
    # paragraphs and the ledger agree line by line
    paras = tables["paragraphs"]
    from_ledger = ledger[ledger["paragraph_id"] != ""][["paragraph_id", "source_line"]]
    merged = paras.merge(from_ledger, on="paragraph_id", suffixes=("", "_ledger"))
    assert len(merged) == len(paras)
    assert (merged["source_line"] == merged["source_line_ledger"]).all()
    # each running-text line became a paragraph with the same text
    para_lines = ledger[ledger["kind"] == "paragraph"]
    assert (para_lines["paragraph_id"] != "").all()


def test_paragraph_kinds(tables):
    p = tables["paragraphs"]
    counts = p.groupby(["plan_id", "kind"]).size()
    assert counts["xuyong-14", "definition"] == 26  # 指标解释 defines 26 indicators
    assert counts["hubei-14", "notice"] == 2 and counts["yingkou-14", "notice"] == 2
    assert "box" in set(p[p["plan_id"] == "yingkou-14"]["kind"])


@pytest.mark.parametrize("text,expected", [
    ("第三章 健全多层次社会保障体系", ("chapter", "三", "健全多层次社会保障体系", "")),
    ("(一)发展基础。“十二五”期间,全市", ("cn_paren", "一", "发展基础", "“十二五”期间,全市")),
    ("3)人力资源供求紧张关系进一步缓解。依托", ("arabic_paren", "3", "人力资源供求紧张关系进一步缓解", "依托")),
    ("1博士后创新人才支持计划。在博士后科研流动站", ("arabic", "1", "博士后创新人才支持计划", "在博士后科研流动站")),
    ("2.大力开展职业技能培训工作。(市人社局)", ("arabic", "2", "大力开展职业技能培训工作(市人社局)", "")),
    ("专栏9:企业薪酬指引计划", ("box", "9", "企业薪酬指引计划", "")),
    ("——坚持党的领导。坚持把党的", ("bullet", "", "坚持党的领导", "坚持把党的")),
])
def test_match_heading(text, expected):
    h = match_heading(text)
    assert (h.style, h.number, h.title, h.body) == expected


@pytest.mark.parametrize("text", ["5年内引进人才", "2035年远景目标:", "01 就业失业动态监测和预警工程 建立专门的监测人员队伍",
                                  "1.5万人参加培训", "城镇新增就业9万人以上。"])
def test_not_headings(text):
    assert match_heading(text) is None


def test_numerals_and_runin_split():
    assert [cn_to_int(t) for t in ["一", "十", "十二", "二十", "二十三", "9"]] == [1, 10, 12, 20, 23, 9]
    assert all(cn_to_int(int_to_cn(n)) == n for n in range(1, 100))
    assert split_runin("面临形势:") == ("面临形势", "")
    assert split_runin("x" * 80) is None
