"""What a PDF or Word page leaves in pasted text (plancompare.read.pages, plancompare.read.normalization)."""

from plancompare.read.normalization import letter_spaced, normalize, unspaced
from plancompare.read.pages import page_furniture, page_width


def test_page_numbers_and_titles_beside_them_are_the_pages():
    lines = ["某市“十四五”就业促进规划", "全市城镇新增就业", "— 12 —", "某市“十四五”就业促进规划", "5.2万人。",
             "第 3 頁 共 20 頁", "", "政府工作报告", "12", "城镇登记失业率为3.1%。"]
    assert page_furniture(lines) == {2, 3, 5, 7}  # a bare 12 may be a table's cell; the first title is the text's


def test_a_title_repeated_inside_a_broken_sentence_is_the_pages():
    lines = ["2016年某省统计公报", "年末全省参加城乡居民", "2016年某省统计公报", "基本养老保险人数为2246.5万人。",
             "2016年某省统计公报"]
    assert page_furniture(lines) == {2}  # after a sentence's end it may head what follows: kept


def test_page_width_needs_two_lines_that_run_to_it():
    assert page_width(["全市城镇新增就业5.2万人，城镇登记失业率为3.1%，", "参保人数达到128万人，基本养老保险参保率达到95%，", "短行。"]) >= 20
    assert page_width(["全市城镇新增就业5.2万人，城镇登记失业率为3.1%。", "短行。"]) == 0


def test_letter_spacing_is_told_and_dropped_where_it_separates_nothing():
    line = normalize("城 镇 新 增 就 业 1.36 万 人 ， 增 长 12 600 人")
    assert letter_spaced(line)
    text, kept = unspaced(line)
    assert text == "城镇新增就业1.36万人,增长12 600人" and "".join(line[i] for i in kept) == text
    assert unspaced("城镇新增就业 1.2万人 以上")[0] == "城镇新增就业 1.2万人 以上"  # spaced words, not letters


def test_the_texts_own_title_and_numbered_headings_beside_a_page_number_are_kept():
    lines = ["某县2023年人社工作总结", "— 1 —", "全年城镇新增就业3120人。", "— 2 —", "二、2024年工作计划", "全年城镇新增就业3200人。"]
    assert page_furniture(lines) == {1, 3}
