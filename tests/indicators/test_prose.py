"""Targets and results in running text (plancompare.prose): sentences written for the tests."""

from __future__ import annotations

import functools

import plancompare as pc
from plancompare.indicators.prose import find_mentions


def _rows(text, period=None, section=""):
    df = pc.extract_indicators(text, period=period, section=section)
    return {(r.indicator_id, r.role, r.year): r for r in df.itertuples()}


def test_single_mentions_with_comparators_and_units():
    rows = _rows("到2025年,全市城镇新增就业累计达到12万人以上,城镇调查失业率控制在5.5%左右,"
                 "城镇登记失业率控制在4%以内。")
    jobs = rows[("new_urban_jobs", "target", 2025)]
    assert (jobs.value, jobs.comparator, jobs.cumulative, jobs.basis, jobs.unit) == \
        (120000.0, ">=", True, "five_year_total", "persons")
    surveyed = rows[("surveyed_unemployment_rate", "target", 2025)]
    assert (surveyed.value, surveyed.comparator, surveyed.unit) == (5.5, "~", "percent")
    assert rows[("registered_unemployment_rate", "target", 2025)].comparator == "<="


def test_enumerations_with_fenbie_and_he():
    rows = _rows("十三五期末,全县参加养老、失业、工伤保险人数分别达到30.5、2.1、3.3万人。"
                 "到“十四五”期末,基本养老保险和基本医疗保险参保率达到92%和97%。", period=(2021, 2025))
    assert rows[("pension_insured", "actual", 2020)].value == 305000.0
    assert rows[("unemployment_insured", "actual", 2020)].value == 21000.0
    assert rows[("work_injury_insured", "actual", 2020)].value == 33000.0
    assert rows[("pension_coverage_rate", "target", 2025)].value == 92.0
    assert rows[("medical_coverage_rate", "target", 2025)].value == 97.0
    assert "enumeration" in rows[("pension_insured", "actual", 2020)].flags


def test_yi_units():
    rows = _rows("到2025年,全国基本养老保险参保人数达到10.5亿人,人力资源服务业总营业收入突破2.5亿元。")
    assert rows[("pension_insured", "target", 2025)].value == 1.05e9
    revenue = rows[("hr_service_revenue", "target", 2025)]
    assert (revenue.value, revenue.unit, revenue.comparator) == (2.5e8, "yuan", ">")


def test_traditional_chinese_and_full_width_keep_the_original_quote():
    text = "到“十四五”期末，城鎮新增就業累計達到９萬人以上，城鎮調查失業率保持在５．５％左右。"
    rows = _rows(text)
    jobs = rows[("new_urban_jobs", "target", 2025)]
    assert jobs.value == 90000.0 and jobs.comparator == ">="
    assert "城鎮新增就業" in jobs.quote  # the quote is the original, Traditional, wording
    assert rows[("surveyed_unemployment_rate", "target", 2025)].value == 5.5


def test_past_markers_and_comparison_points():
    rows = _rows("“十二五”期间,全市新增城镇就业人员5.2万人。"
                 "失业保险参保人数从“十一五”期末的16.5万人增加到21.2万人。", period=(2016, 2020))
    jobs = rows[("new_urban_jobs", "actual", 2015)]
    assert jobs.value == 52000.0 and jobs.basis == "five_year_total"


def test_section_context_places_statements_without_markers():
    ms = find_mentions("城镇新增就业9万人以上。", period=(2021, 2025), section="第一章 总体要求 > 第三节 主要目标")
    assert (ms[0].time.role, ms[0].time.year) == ("target", 2025)
    ms = find_mentions("城镇新增就业9.7万人。", period=(2021, 2025), section="第一章 发展环境 > 第一节 发展基础")
    assert (ms[0].time.role, ms[0].time.year) == ("actual", 2020)


def test_without_a_period_a_past_plan_is_not_guessed():
    rows = pc.extract_indicators("十三五期间,城镇新增就业累计5万人。")
    assert rows.iloc[0]["role"] == "" and rows.iloc[0]["year"] == 2020
    assert "role_unknown" in rows.iloc[0]["flags"]


def test_text_without_indicators_gives_an_empty_table_with_the_columns():
    df = pc.extract_indicators("坚持以人民为中心的发展思想。")
    assert df.empty and "indicator_id" in df.columns and len(df.columns) == 20


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")  # loading its dictionaries takes far longer than converting a text


def _both_scripts(text):
    return [text, _s2t().convert(text)]


def _placed(text, period, section=""):
    """(indicator, role, year) → value of the rows the text places, in both scripts (which must agree)."""
    found = []
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=period, section=section)
        found.append({(r.indicator_id, r.role, int(r.year)): r.value for r in df.itertuples() if r.role and r.year is not None and r.year == r.year})
    assert found[0] == found[1], text
    return found[0]


def _assert_placed(cases):
    """Each (period, section, text, {(indicator, role, year): value}) case, in both scripts."""
    for period, section, text, expected in cases:
        assert _placed(text, period, section) == expected, text


def test_a_count_and_the_share_of_people_it_covers():
    for text in _both_scripts("截至2023年底,全国社会保障卡持卡人数达到13.79亿人,覆盖97.7%的人口。"):
        rows = _rows(text, period=(2023, 2023))
        assert rows[("ss_card_holders", "actual", 2023)].value == 1.379e9
        assert rows[("ss_card_coverage_rate", "actual", 2023)].value == 97.7
    for text in _both_scripts("全市公共就业服务覆盖95%的社区。"):  # a share of something else: no row
        assert pc.extract_indicators(text, period=(2023, 2023)).empty


def test_a_running_total_over_some_years_is_no_five_year_total_and_its_average_no_years_value():
    for text in _both_scripts("规划实施前两年（2021—2022年），全县城镇新增就业累计完成8460人，年均4230人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        total = df[df.value == 8460].iloc[0]
        assert (total.role, total.year, total.basis) == ("actual", 2022, "")
        assert "part_period" in total["flags"]
        average = df[df.value == 4230].iloc[0]
        assert average.role == "" and average.year != average.year  # no year: flagged, not placed


def test_five_years_named_before_a_cumulative_flow():
    for text in _both_scripts("“十三五”期末，全市城镇登记失业率为3.12%；五年间累计城镇新增就业28.6万人。"):
        rows = _rows(text, period=(2021, 2025))
        jobs = rows[("new_urban_jobs", "actual", 2020)]
        assert (jobs.value, jobs.basis) == (286000.0, "five_year_total")


def test_bracketed_tags_for_two_listed_names():
    text = "全市技能人才总量（2020年：9.6万人；2025年目标：12万人）和高技能人才总量（2020年：2.9万人；2025年目标：4万人）均需提升。"
    for variant in _both_scripts(text):
        rows = _rows(variant, period=(2021, 2025))
        assert rows[("skilled_talent", "baseline", 2020)].value == 96000
        assert rows[("skilled_talent", "target", 2025)].value == 120000
        assert rows[("high_skilled_talent", "baseline", 2020)].value == 29000
        assert rows[("high_skilled_talent", "target", 2025)].value == 40000


def test_results_better_than_the_plans_targets_listed_in_order():
    text = "截至2023年底，劳动人事争议仲裁结案率、劳动保障监察举报投诉案件结案率分别为95.2%和98.8%，均好于规划目标（依次为90%、95%）。"
    for variant in _both_scripts(text):
        rows = _rows(variant, period=(2021, 2025))
        assert rows[("arbitration_closure_rate", "actual", 2023)].value == 95.2
        assert rows[("arbitration_closure_rate", "target", 2025)].value == 90
        assert rows[("labor_inspection_closure_rate", "target", 2025)].value == 95
    # in a review of the previous period, 规划确定的 target is that period's, dated like the result
    rows = _rows("“十三五”期末，专业技术人才总量达到1.23万人，超过规划确定的1.22万人。", period=(2021, 2025))
    assert rows[("professional_talent", "target", 2020)].value == 12200


def test_xinzeng_is_a_flows_amount_but_a_stocks_change():
    for text in _both_scripts("“十四五”时期，全市城镇新增就业年均保持在2万人以上，五年累计新增10万人。"):
        rows = _rows(text, period=(2021, 2025))
        assert rows[("new_urban_jobs", "target", 2025)].value in (20000, 100000)
        df = pc.extract_indicators(text, period=(2021, 2025))
        assert sorted(df.value) == [20000, 100000] and set(df.basis) == {"annual", "five_year_total"}
    for text in _both_scripts("全年失业保险参保人数新增1.2万人，年末达到19.4万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert list(df.value) == [194000]  # the stock's 新增 is a change: no row
    for text in _both_scripts("今年全市计划实现城镇新增就业3万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025))  # a plan does not say which year 今年 is
        assert list(df.value) == [30000] and df.year.isna().all() and "relative to the document" in df["flags"][0]


def test_a_runs_comparator_is_shared_by_its_values():
    for text in _both_scripts("城镇调查失业率和城镇登记失业率分别控制在5.5%、4.5%以内；"
                              "仲裁结案率、调解成功率分别不低于90%、60%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert len(df) == 4 and set(df.comparator) == {"<=", ">="}
        assert (df[df.value.isin([5.5, 4.5])].comparator == "<=").all()


def test_registered_unemployed_persons_in_prose():
    rows = _rows("全市城镇登记失业人员1.8万人，城镇登记失业率为2.9%。", period=(2023, 2023))
    assert rows[("registered_unemployed", "actual", 2023)].value == 18000


def test_new_talent_added_is_no_stock_and_its_qizhong_part_neither():
    for text in _both_scripts("全年共组织补贴性职业技能培训58.2万人次，新增技能人才15.3万人，其中高技能人才4.9万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert list(df.indicator_id) == ["subsidized_training"]
    for text in _both_scripts("年末全市技能人才总量达到86万人，其中高技能人才28万人。"):  # a stock's 其中: its part
        rows = _rows(text, period=(2023, 2023))
        assert rows[("high_skilled_talent", "actual", 2023)].value == 280000


def test_a_catalog_name_inside_a_longer_schemes_name_is_not_that_indicator():
    for text in _both_scripts("全市城乡居民基本养老保险参保人数达到120万人，参保率达到96.5%。"):
        assert pc.extract_indicators(text, period=(2021, 2025), section="发展基础").empty


def test_a_span_of_years_before_a_value_is_no_value():
    for text in _both_scripts("每年城镇新增就业保持在1.2万人以上，5年累计6万人以上。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert sorted(df.value) == [12000, 60000] and sorted(df.basis) == ["annual", "five_year_total"]


def test_nian_nei_is_a_target_unless_the_sentence_says_it_was_achieved():
    for text in _both_scripts("年内新增城镇就业4.8万人，超额完成年度目标。"):
        assert _rows(text, period=(2024, 2024))[("new_urban_jobs", "actual", 2024)].value == 48000
    for text in _both_scripts("年内城镇调查失业率控制在5.5%以内。"):
        assert _rows(text, period=(2024, 2024))[("surveyed_unemployment_rate", "target", 2024)].value == 5.5


def test_starting_points_said_with_jichu_and_xiangbi():
    for text in _both_scripts("到2025年，专业技术人才总量在2020年14.2万人的基础上增加到18万人。"):
        rows = _rows(text, period=(2021, 2025))
        assert rows[("professional_talent", "baseline", 2020)].value == 142000
        assert rows[("professional_talent", "target", 2025)].value == 180000
    for text in _both_scripts("与2015年相比，2020年全市技能人才总量由18.6万人增至25.3万人。"):
        rows = _rows(text, period=(2021, 2025))
        assert rows[("skilled_talent", "baseline", 2015)].value == 186000
        assert rows[("skilled_talent", "actual", 2020)].value == 253000


def test_ceilings_said_as_bu_tupo_and_mubiao_yinei():
    for text in _both_scripts("城镇登记失业率不突破4%。"):
        assert _rows(text, period=(2021, 2025), section="主要目标")[("registered_unemployment_rate", "target", 2025)].comparator == "<="
    for text in _both_scripts("城镇登记失业率控制在3.5%的目标以内，实际为2.9%。"):
        rows = _rows(text, period=(2023, 2023))
        assert rows[("registered_unemployment_rate", "target", 2023)].comparator == "<="
        assert rows[("registered_unemployment_rate", "actual", 2023)].value == 2.9


def test_two_values_for_one_indicator_role_and_year_in_a_sentence_are_not_placed():
    for text in _both_scripts("全年户籍人口基本养老保险参保率98%，常住人口基本养老保险参保率95%。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert len(df) == 2 and (df.role == "").all() and df["flags"].str.contains("conflict").all()
    for text in _both_scripts("全年城镇调查失业率平均值为5.6%，控制在5.5%以内。"):  # a bound the value breaks
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert len(df) == 2 and (df.role == "").all()
    for text in _both_scripts("“十三五”期间，城镇登记失业率控制在3.5%以内，2020年末为2.9%。"):  # a bound it keeps
        df = pc.extract_indicators(text, period=(2021, 2025))
        assert sorted(zip(df.value, df.comparator)) == [(2.9, "="), (3.5, "<=")] and (df.role == "actual").all()
    for text in _both_scripts("确保城镇新增就业不少于3万人、力争达到3.5万人。"):  # a floor and a goal
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert sorted(df.value) == [30000, 35000] and (df.role == "target").all()
    for text in _both_scripts("今后五年，全市年均城镇新增就业不少于4万人、累计不少于20万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025))
        assert dict(zip(df.value, df.basis)) == {40000: "annual", 200000: "five_year_total"}


def test_a_unit_taken_from_the_indicator_is_flagged():
    df = pc.extract_indicators("全年城镇新增就业12600。", period=(2023, 2023))
    assert list(df.value) == [12600] and "unit_inferred" in df["flags"][0]


def test_subject_frames_seen_in_bulletins():
    cases = [
        ("截至2023年底，全市养老、失业、工伤三项社会保险参保人数分别为246.3万人、88.1万人、104.7万人。",
         {"pension_insured": 2463000, "unemployment_insured": 881000, "work_injury_insured": 1047000}),
        ("全市基本养老保险覆盖312.6万人，覆盖率达95.8%。", {"pension_insured": 3126000, "pension_coverage_rate": 95.8}),
        ("年末全区参加工伤保险的职工人数达41.6万人。", {"work_injury_insured": 416000}),
        ("年末全市实有社会保障卡持卡人员389.4万人。", {"ss_card_holders": 3894000}),
        ("全年组织农民工参加职业技能培训2.8万人次。", {"migrant_worker_training": 28000}),
        ("全市常住人口社会保障卡持卡率达99.2%。", {"ss_card_coverage_rate": 99.2}),
        ("全年完成职业技能培训1.35万人。", {"vocational_training_persons": 13500}),
        ("山东高技能人才总量达到380万人。", {"high_skilled_talent": 3800000}),
    ]
    for text, expected in cases:
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=(2023, 2023))
            assert dict(zip(df.indicator_id, df.value)) == expected, variant


def test_bases_and_targets_with_arrows_base_words_and_base_years():
    cases = [
        ("基本养老保险参保率（2020年90.8%→2025年95%）稳步提高。",
         {("pension_coverage_rate", "baseline", 2020): 90.8, ("pension_coverage_rate", "target", 2025): 95}),
        ("城镇调查失业率：5.4%（2020年）→5.5%以内（2025年）。",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.4, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ("城镇职工基本养老保险参保人数基期值为142.5万人，目标值为168万人。",
         {("employee_pension_insured", "baseline", 2020): 1425000, ("employee_pension_insured", "target", 2025): 1680000}),
        ("专业技术人才总量2020年为12.3万人，预计2025年达到15万人。",
         {("professional_talent", "baseline", 2020): 123000, ("professional_talent", "target", 2025): 150000}),
        ("劳动年龄人口平均受教育年限由10.8年提高到11.3年。",
         {("education_years", "baseline", 2020): 10.8, ("education_years", "target", 2025): 11.3}),
        ("年均城镇新增就业由“十三五”时期的1.1万人提高到1.3万人以上。",
         {("new_urban_jobs", "baseline", 2020): 11000, ("new_urban_jobs", "target", 2025): 13000}),
    ]
    for text, expected in cases:
        assert _placed(text, (2021, 2025), "主要目标") == expected, text


def test_one_year_documents_this_year_and_since():
    for text in _both_scripts("今年城镇新增就业1200万人以上。"):  # a work report: the year ahead
        assert _rows(text, period=(2025, 2025))[("new_urban_jobs", "target", 2025)].value == 12e6
    for text in _both_scripts("“十四五”以来，全国基本养老保险参保人数达到10.72亿人。"):
        assert _rows(text, period=(2025, 2025))[("pension_insured", "actual", 2025)].value == 1.072e9
    for text in _both_scripts("2021年至2023年，全市累计开展补贴性职业技能培训12.6万人次。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert (df.role[0], int(df.year[0]), df.basis[0]) == ("actual", 2023, "")


def test_numbers_with_yu_and_qian():
    for text, value in [("全年城镇新增就业两万余人。", 20000), ("全年城镇新增就业8千余人。", 8000),
                        ("全年城镇新增就业1.5千人。", 1500)]:
        for variant in _both_scripts(text):
            row = _rows(variant, period=(2023, 2023))[("new_urban_jobs", "actual", 2023)]
            assert row.value == value and row.comparator == (">" if "余" in text else "=")
    rows = _rows("全年新发放社会保障卡56万张，全市持卡人数达到890万人。", period=(2023, 2023))
    assert list(rows) == [("ss_card_holders", "actual", 2023)] and rows[("ss_card_holders", "actual", 2023)].value == 8.9e6


def test_totals_and_averages_over_other_spans_than_the_plan_period():
    for text in _both_scripts("“十二五”以来，全市城镇新增就业累计25万人。"):  # 2011–2020 in a 14th plan
        df = pc.extract_indicators(text, period=(2021, 2025), section="发展基础")
        assert (df.role[0], int(df.year[0]), df.basis[0]) == ("actual", 2020, "") and "part_period" in df["flags"][0]
    for text in _both_scripts("十年来，全市累计实现城镇新增就业120万人。"):
        assert pc.extract_indicators(text, period=(2023, 2023)).basis[0] == ""
    for text in _both_scripts("近五年，全市城镇新增就业年均保持在3万人以上。"):  # no one year's value
        assert pc.extract_indicators(text, period=(2023, 2023)).role[0] == ""
    for text in _both_scripts("2016—2020年，全市城镇新增就业累计12.3万人。"):
        assert pc.extract_indicators(text, period=(2021, 2025), section="发展基础").basis[0] == "five_year_total"


def test_names_written_around_the_value_and_recruitment_frames():
    for text in _both_scripts("全年帮助1,860人成功创业，创业带动就业5,200人。"):
        assert dict(zip(*pc.extract_indicators(text, period=(2023, 2023))[["indicator_id", "value"]].T.values)) == \
            {"entrepreneurship_supported": 1860}
    for text in _both_scripts("本规划期内，每年招收博士后研究人员不少于25人。"):
        row = _rows(text, period=(2021, 2025), section="主要目标")[("postdoc_recruits", "target", 2025)]
        assert (row.value, row.comparator) == (25, ">=")


def test_a_range_gives_its_two_bounds():
    for text in _both_scripts("“十四五”时期，城镇调查失业率和城镇登记失业率分别控制在5%—5.5%和4%以内。"):
        df = pc.extract_indicators(text, period=(2021, 2025))
        assert sorted(zip(df.indicator_id, df.value, df.comparator)) == [
            ("registered_unemployment_rate", 4, "<="), ("surveyed_unemployment_rate", 5, ">="),
            ("surveyed_unemployment_rate", 5.5, "<=")]
    for text in _both_scripts("每年城镇新增就业1.2—1.5万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert sorted(df.value) == [12000, 15000]


def test_a_unit_in_brackets_after_the_name_and_the_plans_base_in_a_progress_review():
    for text in _both_scripts("失业保险参保人数（万人）：2020年 12.4，2025年 15。"):
        rows = _rows(text, period=(2021, 2025))
        assert rows[("unemployment_insured", "baseline", 2020)].value == 124000
        assert rows[("unemployment_insured", "target", 2025)].value == 150000
    for text in _both_scripts("到2023年，全市技能人才总量由规划基期的18.3万人增至22.6万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert {(r.role, int(r.year), r.value) for r in df.itertuples()} == {("baseline", 2020, 183000),
                                                                            ("actual", 2023, 226000)}


def test_batch_five_shapes_in_both_scripts():
    cases = [
        ((2021, 2025), "", "中期评估显示，社会保障卡持卡人口覆盖率基期值为93.5%，现状值为97.2%（2023年底），目标值为98%。",
         {("ss_card_coverage_rate", "baseline", 2020): 93.5, ("ss_card_coverage_rate", "actual", 2023): 97.2,
          ("ss_card_coverage_rate", "target", 2025): 98}),
        ((2023, 2023), "", "2023年末全国参加失业保险人数为24373万人，上年末为23807万人。",
         {("unemployment_insured", "actual", 2023): 243730000, ("unemployment_insured", "baseline", 2022): 238070000}),
        ((2024, 2024), "", "年末城镇登记失业率为2.8%，较上年末的3.0%有所回落。",
         {("registered_unemployment_rate", "actual", 2024): 2.8, ("registered_unemployment_rate", "baseline", 2023): 3.0}),
        ((2021, 2025), "主要目标", "城镇登记失业率（2020年：3.4%）控制在4%以内。",
         {("registered_unemployment_rate", "baseline", 2020): 3.4, ("registered_unemployment_rate", "target", 2025): 4}),
        ((2023, 2023), "", "年末全国参加失业保险人数2亿3807万人。", {("unemployment_insured", "actual", 2023): 238070000}),
        ((2024, 2024), "", "全县失业保险参保人数约为3万2千人。", {("unemployment_insured", "actual", 2024): 32000}),
        ((2021, 2025), "主要目标", "基本养老保险参保率稳定在九成五以上。", {("pension_coverage_rate", "target", 2025): 95}),
        ((2021, 2025), "主要目标", "城镇调查失业率≦5.5%，基本医疗保险参保率≧95%。",
         {("surveyed_unemployment_rate", "target", 2025): 5.5, ("medical_coverage_rate", "target", 2025): 95}),
        ((2023, 2023), "", "年末参加失业、工伤、生育保险的人数各自为38.2万人、45.7万人和36.9万人。",
         {("unemployment_insured", "actual", 2023): 382000, ("work_injury_insured", "actual", 2023): 457000,
          ("maternity_insured", "actual", 2023): 369000}),
        ((2023, 2023), "", "全市城镇调查失业率、登记失业率2020年分别为5.6%、3.8%，2023年分别为5.2%、3.5%。",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.6, ("registered_unemployment_rate", "baseline", 2020): 3.8,
          ("surveyed_unemployment_rate", "actual", 2023): 5.2, ("registered_unemployment_rate", "actual", 2023): 3.5}),
    ]
    _assert_placed(cases)


def test_batch_five_time_and_list_shapes():
    for text in _both_scripts("高技能人才总量2020年为2.4万人、2025年预期为3.2万人。"):
        rows = _rows(text, period=(2021, 2025))
        assert rows[("high_skilled_talent", "baseline", 2020)].value == 24000
        assert rows[("high_skilled_talent", "target", 2025)].value == 32000
    for text in _both_scripts("本年度截至11月底，全市城镇新增就业1.42万人。"):  # a flow for part of the year
        assert (pc.extract_indicators(text, period=(2023, 2023)).role == "").all()
    for text in _both_scripts("截至2023年6月底，全市城镇新增就业累计完成9.6万人。"):  # the plan's running total
        assert _rows(text, period=(2021, 2025))[("new_urban_jobs", "actual", 2023)].value == 96000
    for text in _both_scripts("全年新增城镇就业、农民工参加职业培训人次、帮助成功创业人数分别达成2.1万人、9,400人次、1,150人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert dict(zip(df.indicator_id, df.value)) == {"new_urban_jobs": 21000, "migrant_worker_training": 9400,
                                                        "entrepreneurship_supported": 1150}
    for text in _both_scripts("城镇登记失业率较去年下降0.3个百分点，降至2.7%。"):
        assert list(pc.extract_indicators(text, period=(2023, 2023)).value) == [2.7]
    for text in _both_scripts("五年内每年新增城镇就业1.5万人以上。"):
        assert _rows(text, period=(2021, 2025))[("new_urban_jobs", "target", 2025)].basis == "annual"


def test_batch_five_frames_lists_and_years():
    cases = [
        ((2023, 2023), "", "全年帮助2,150名城乡劳动者成功创业，带动就业6,800人。", {("entrepreneurship_supported", "actual", 2023): 2150}),
        ((2024, 2024), "", "年末全市有86.3万人参加了失业保险。", {("unemployment_insured", "actual", 2024): 863000}),
        ((2024, 2024), "", "全市已有312.7万人持有社会保障卡。", {("ss_card_holders", "actual", 2024): 3127000}),
        ((2023, 2023), "", "全市城镇职工和城乡居民基本养老保险参保人数分别为156.2万人、203.8万人。",
         {("employee_pension_insured", "actual", 2023): 1562000}),
        ((2023, 2023), "", "年末全省基本养老保险参保人数4,512万人，其中城镇企业职工和机关事业单位分别为1,986万人、238万人。",
         {("pension_insured", "actual", 2023): 45120000, ("enterprise_pension_insured", "actual", 2023): 19860000,
          ("public_institution_pension_insured", "actual", 2023): 2380000}),
        ((2021, 2025), "主要目标", "城镇调查、登记失业率两项指标分别不高于5.5%和3.8%。",
         {("surveyed_unemployment_rate", "target", 2025): 5.5, ("registered_unemployment_rate", "target", 2025): 3.8}),
        ((2021, 2025), "主要目标", "2020年、2025年全县技能人才总量分别为3.2万人和4.5万人。",
         {("skilled_talent", "baseline", 2020): 32000, ("skilled_talent", "target", 2025): 45000}),
        ((2021, 2025), "工作回顾", "截至2022年底，社会保障卡持卡人口覆盖率现状值98.7%，已超过98%的目标值。",
         {("ss_card_coverage_rate", "actual", 2022): 98.7, ("ss_card_coverage_rate", "target", 2025): 98}),
        ((2023, 2023), "", "全年新增城镇就业4.86万人，帮助1.1万名失业人员实现再就业。", {("new_urban_jobs", "actual", 2023): 48600}),
    ]
    _assert_placed(cases)


def test_semicolons_pairs_over_clauses_and_plan_tasks():
    cases = [
        ((2024, 2024), "工作回顾", "本年全市城镇新增就业2.18万人；下一年度目标为2.2万人。",
         {("new_urban_jobs", "actual", 2024): 21800, ("new_urban_jobs", "target", 2025): 22000}),
        ((2021, 2025), "主要目标", "失业保险参保人数较基期增加3万人，达到26万人；基期为2020年的23万人。",
         {("unemployment_insured", "target", 2025): 260000, ("unemployment_insured", "baseline", 2020): 230000}),
        ((2021, 2025), "发展基础", "全市专业技术人才总量由“十二五”期末之5.2万人，成长为“十三五”期末之7.4万人。",
         {("professional_talent", "baseline", 2015): 52000, ("professional_talent", "actual", 2020): 74000}),
        ((2024, 2024), "", "今年城镇调查失业率控制在5%至5.5%之间。", {("surveyed_unemployment_rate", "target", 2024): 5.5}),
        ((2021, 2025), "主要目标", "“十四五”期间每年培训农民工不少于5,000人次。", {("migrant_worker_training", "target", 2025): 5000}),
        ((2023, 2023), "", "全年共有347万人取得专业技术人员职业资格证书。", {("professional_cert_new", "actual", 2023): 3470000}),
        ((2023, 2023), "", "全年协助1,320人成功创业，并带动4,100人就业。", {("entrepreneurship_supported", "actual", 2023): 1320}),
    ]
    for period, section, text, expected in cases:
        got = _placed(text, period, section)
        assert {k: got.get(k) for k in expected} == expected, text


def test_pairs_written_with_other_verbs_and_the_plans_named_at_both_ends():
    cases = [
        ((2021, 2025), "发展基础", "技能人才总量从“十二五”期末的18万人，成长至“十三五”期末的25万人。",
         {("skilled_talent", "baseline", 2015): 180000, ("skilled_talent", "actual", 2020): 250000}),
        ((2021, 2025), "发展基础", "工伤保险参保人数自2015年12.5万人扩大为2020年18.3万人。",
         {("work_injury_insured", "baseline", 2015): 125000, ("work_injury_insured", "actual", 2020): 183000}),
        ((2021, 2025), "主要目标", "高技能人才占技能人才比例，由2020年之28%提升到2025年之30%。",
         {("high_skill_share", "baseline", 2020): 28, ("high_skill_share", "target", 2025): 30}),
        ((2021, 2025), "主要目标", "城镇调查失业率由2020年5.4%，控制至2025年5.5%以内。",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.4, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
    ]
    _assert_placed(cases)


def test_bulletin_frames_and_a_bulletins_running_total():
    cases = [
        ((2023, 2023), "全市持有社会保障卡人数为356万人，持卡人口覆盖率达97.6%。",
         {("ss_card_holders", "actual", 2023): (3560000, "stock"), ("ss_card_coverage_rate", "actual", 2023): (97.6, "rate")}),
        ((2023, 2023), "全市城镇新增就业人数累计达3.6万人，完成年度目标的120%。",
         {("new_urban_jobs", "actual", 2023): (36000, "annual")}),
        ((2023, 2023), "全年全市共扶持1,200人成功创业，带动就业3,500人。",
         {("entrepreneurship_supported", "actual", 2023): (1200, "annual")}),
        ((2021, 2025), "基本医疗保险参保率维持在95%以上。", {("medical_coverage_rate", "target", 2025): (95, "rate")}),
    ]
    for period, text, expected in cases:
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=period, section="主要目标" if period[0] != period[1] else "")
            assert {(r.indicator_id, r.role, int(r.year)): (r.value, r.basis) for r in df.itertuples() if r.role} \
                == expected, variant


def test_a_section_reviewing_a_named_earlier_plan_dates_its_results():
    for text in _both_scripts("城镇新增就业累计4.8万人，城镇登记失业率控制在3.5%以内。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="第一章 “十三五”时期发展回顾")
        assert set(zip(df.role, df.year)) == {("actual", 2020)} and df.basis[0] == "five_year_total"
    rows = _rows("全市技能人才总量达到15万人，高技能人才占比达到30%。", period=(2021, 2025), section="主要目标")
    assert rows[("high_skill_share", "target", 2025)].value == 30


def test_a_section_on_problems_describes_the_state_before_the_plan_but_a_task_to_remedy_them_does_not():
    for text in _both_scripts("全县技能人才总量仅为1.2万人，高技能人才占比仅为18%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="一、发展环境 > （三）存在的问题")
        assert set(zip(df.role, df.year)) == {("actual", 2020)} and len(df) == 2
        df = pc.extract_indicators(text.replace("仅为", "达到"), period=(2021, 2025), section="第五章 补齐技能人才短板")
        assert set(zip(df.role, df.year)) == {("target", 2025)}


def test_targets_named_before_their_indicator_and_more_bulletin_frames():
    cases = [
        ((2024, 2024), "工作回顾", "年度目标任务为城镇新增就业1.5万人，实际完成1.63万人。",
         {("new_urban_jobs", "target", 2024): 15000, ("new_urban_jobs", "actual", 2024): 16300}),
        ((2023, 2023), "工作回顾", "全年下达补贴性职业技能培训任务2.5万人次，实际培训2.81万人次。",
         {("subsidized_training", "target", 2023): 25000, ("subsidized_training", "actual", 2023): 28100}),
        ((2023, 2023), "", "城镇新增就业计划值1.2万人，实际值1.35万人。",
         {("new_urban_jobs", "target", 2023): 12000, ("new_urban_jobs", "actual", 2023): 13500}),
        ((2023, 2023), "", "全市基本养老、失业、工伤保险参保分别为210万人、68万人、75万人。",
         {("pension_insured", "actual", 2023): 2100000, ("unemployment_insured", "actual", 2023): 680000,
          ("work_injury_insured", "actual", 2023): 750000}),
        ((2023, 2023), "", "年末参加失业保险者达86.3万人。", {("unemployment_insured", "actual", 2023): 863000}),
        ((2024, 2024), "", "目前，全市社会保障卡持卡人数达到412万人。", {("ss_card_holders", "actual", 2024): 4120000}),
        ((2023, 2023), "", "全市职工基本医疗保险参保人数为320万人，参保率达到96%。", {}),
        ((2021, 2025), "主要目标", "规划期内累计新增城镇就业6万人。", {("new_urban_jobs", "target", 2025): 60000}),
    ]
    _assert_placed(cases)


def test_values_written_before_their_subject_and_a_target_after_an_aside():
    cases = [  # a base in a comparison before the subject; a target completed before it
        ((2021, 2025), "发展基础", "与2015年的4.1%相比，2020年全县城镇登记失业率下降至3.4%。",
         {("registered_unemployment_rate", "baseline", 2015): 4.1,
          ("registered_unemployment_rate", "actual", 2020): 3.4}),
        ((2024, 2024), "工作回顾", "提前完成全年1.2万人的目标任务，全年共新增城镇就业1.38万人。",
         {("new_urban_jobs", "target", 2024): 12000, ("new_urban_jobs", "actual", 2024): 13800}),
        # an aside (序时进度) ends the subject, but the plan's target after it is still the subject's
        ((2021, 2025), "工作回顾", "2021—2023年，补贴性职业技能培训累计完成10.5万人次，按序时进度应完成9万人次，"
                                  "规划目标为15万人次。",
         {("subsidized_training", "actual", 2023): 105000, ("subsidized_training", "target", 2025): 150000}),
        # 自…至 pairs; an undated 'from' in a sentence about a named period is that period's start
        ((2021, 2025), "工作回顾", "规划实施以来，全县城镇登记失业率自2020年的3.5%，逐年回落至2023年的2.8%。",
         {("registered_unemployment_rate", "baseline", 2020): 3.5,
          ("registered_unemployment_rate", "actual", 2023): 2.8}),
        ((2021, 2025), "发展基础", "“十三五”时期，全市高技能人才总量由1.9万人增长至3.1万人，增长63.2%。",
         {("high_skilled_talent", "baseline", 2015): 19000, ("high_skilled_talent", "actual", 2020): 31000}),
        # 已建 qualifies the enterprises (已建工会企业), it does not say the target was reached
        ((2021, 2025), "主要目标", "企业劳动合同签订率保持在95%以上，已建工会企业集体合同签订率达到90%。",
         {("labor_contract_rate", "target", 2025): 95, ("collective_contract_rate", "target", 2025): 90}),
    ]
    _assert_placed(cases)


def test_a_span_of_years_dates_a_list_and_time_words_inside_a_subject():
    cases = [
        ((2021, 2025), "工作回顾", "2021年至2023年，全市城镇新增就业分别为6.2万人、6.5万人和6.8万人。",
         {("new_urban_jobs", "actual", 2021): 62000, ("new_urban_jobs", "actual", 2022): 65000,
          ("new_urban_jobs", "actual", 2023): 68000}),
        ((2021, 2025), "发展基础", "城镇新增就业5年累计完成4.8万人。", {("new_urban_jobs", "actual", 2020): 48000}),
        ((2023, 2023), "", "全年共有12.6万人次参加补贴性职业技能培训。", {("subsidized_training", "actual", 2023): 126000}),
    ]
    _assert_placed(cases)
    for text in _both_scripts("城镇新增就业5年累计完成4.8万人。"):
        assert pc.extract_indicators(text, period=(2021, 2025), section="发展基础").basis.tolist() == ["five_year_total"]
    for text in _both_scripts("今年以来，全市城镇新增就业4.1万人。"):  # since the start of the year: no five years
        assert pc.extract_indicators(text, period=(2024, 2024)).basis.tolist() == ["annual"]
    for text in _both_scripts("2021年全区城镇新增就业6200人，完成规划目标3万人的20.7%。"):  # the plan's target: five years
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert df.set_index("value").basis.to_dict() == {6200: "annual", 30000: "five_year_total"}


def test_a_bound_after_a_result_is_the_result_kept_within_it():
    for text in _both_scripts("2020年末城镇登记失业率为2.96%，控制在4%以内。"):  # the rate was kept within 4%
        df = pc.extract_indicators(text, period=(2021, 2025), section="发展基础")
        assert sorted(zip(df.value, df.role, df.comparator)) == [(2.96, "actual", "="), (4.0, "actual", "<=")]


def test_a_completed_name_after_a_list_of_names_completes_each():
    text = "2020年末，全市参加基本养老保险、基本医疗保险人数分别为310万人、520万人，参保率分别为91%、96%。"
    assert _placed(text, (2021, 2025), "发展基础") == {
        ("pension_insured", "actual", 2020): 3100000, ("medical_insured", "actual", 2020): 5200000,
        ("pension_coverage_rate", "actual", 2020): 91, ("medical_coverage_rate", "actual", 2020): 96}


def test_a_target_several_years_are_measured_against_is_not_placed():
    for text in _both_scripts("2022年、2023年城镇登记失业率分别为3.3%、3.1%，均低于4%的控制目标。"):
        df = pc.extract_indicators(text, period=(2023, 2023))  # a report on 2023 looking back two years
        assert df.set_index("value").role.to_dict() == {3.3: "actual", 3.1: "actual", 4.0: ""}
    assert _placed("2023年城镇登记失业率为3.1%，低于4%的控制目标。", (2023, 2023), "") == {
        ("registered_unemployment_rate", "actual", 2023): 3.1, ("registered_unemployment_rate", "target", 2023): 4}
    # in a plan's review, a target a result within the plan is measured against is the plan's own
    assert _placed("2022年、2023年城镇登记失业率分别为3.3%、3.1%，均低于4%的控制目标。", (2021, 2025), "工作回顾") == {
        ("registered_unemployment_rate", "actual", 2022): 3.3, ("registered_unemployment_rate", "actual", 2023): 3.1,
        ("registered_unemployment_rate", "target", 2025): 4}
    assert _placed("2023年城镇新增就业1.3万人，完成年度目标1.2万人的108%。", (2021, 2025), "工作回顾") == {
        ("new_urban_jobs", "actual", 2023): 13000, ("new_urban_jobs", "target", 2023): 12000}


def test_averages_in_a_pair_and_the_plans_first_years_without_its_name():
    assert _placed("全市城镇新增就业由“十二五”时期的年均1.8万人提高到“十三五”时期的年均2.2万人。", (2021, 2025), "发展基础") == {
        ("new_urban_jobs", "baseline", 2015): 18000, ("new_urban_jobs", "actual", 2020): 22000}
    for text in _both_scripts("前两年（2021—2022年），全市城镇新增就业累计完成2.9万人，年均1.45万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert df.set_index("value").year.to_dict() == {29000: 2022, 14500: None} or \
            (df.set_index("value").year[14500] != df.set_index("value").year[14500] and
             df.set_index("value").year[29000] == 2022)


def test_results_against_targets_written_as_work_reports_write_them():
    cases = [
        ((2023, 2023), "工作回顾", "全年新增城镇就业15200人，超出年度目标1200人。",  # by how much: no target
         {("new_urban_jobs", "actual", 2023): 15200}),
        ((2024, 2024), "工作回顾", "城镇新增就业：目标1.4万人，完成1.52万人，完成率108.6%。",
         {("new_urban_jobs", "target", 2024): 14000, ("new_urban_jobs", "actual", 2024): 15200}),
        ((2023, 2023), "工作回顾", "全年开展补贴性职业技能培训3.1万人次，完成省定任务（2.8万人次）的110.7%。",
         {("subsidized_training", "actual", 2023): 31000, ("subsidized_training", "target", 2023): 28000}),
        # a target labelled in its own clause does not make the next clause's result a target
        ((2021, 2025), "工作回顾", "基本养老保险参保率目标为95%，2023年达到94.2%。",
         {("pension_coverage_rate", "target", 2025): 95, ("pension_coverage_rate", "actual", 2023): 94.2}),
    ]
    _assert_placed(cases)


def test_comparators_of_targets_and_of_runs():
    def comps(text, period, section=""):
        out = []
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=period, section=section)
            out.append(dict(zip(df.value, df.comparator)))
        assert out[0] == out[1], text
        return out[0]
    assert comps("年末城镇登记失业人数1,860人，低于2,500人的控制数。", (2023, 2023)) == {1860: "=", 2500: "<="}
    assert comps("年末城镇登记失业率3.1%，控制在4.5%的年度控制目标内。", (2023, 2023)) == {3.1: "=", 4.5: "<="}
    assert comps("“十三五”期间，全区年均新增就业岗位超过18400个，高于每年不低于18000个的目标。", (2021, 2025),
                 "发展基础") == {18400: ">", 18000: ">="}
    assert comps("今年城镇新增就业、城镇调查失业率预期目标分别为2万人、5.5%左右。", (2024, 2024)) == {20000: "=", 5.5: "~"}
    assert comps("城镇新增就业、城镇调查失业率、城镇登记失业率三项指标目标值分别为5万人、5.5%以内、4%以内。", (2021, 2025),
                 "主要目标") == {50000: "=", 5.5: "<=", 4: "<="}
    assert comps("城镇调查失业率、城镇登记失业率和城镇登记失业人数分别控制在5.5%、3.5%和1.2万人以内。", (2021, 2025),
                 "主要目标") == {5.5: "<=", 3.5: "<=", 12000: "<="}
    assert comps("全年城镇新增就业1.5万人有余，城镇调查失业率控制在5.5%上下。", (2023, 2023)) == {15000: ">", 5.5: "~"}
    assert comps("劳动人事争议仲裁结案率大于90%，年末失业保险参保人数约为3万2千人。", (2023, 2023)) == {90: ">", 32000: "~"}


def test_since_words_start_a_running_total_and_do_not_date_it():
    for text in _both_scripts("规划实施以来，全市累计新增城镇就业15.6万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert df.role.tolist() == ["actual"] and df.year.isna().all()  # up to an unnamed date: flagged, not 2020
    for text in _both_scripts("2021年以来，全市累计新增城镇就业15.6万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert df.year.isna().all()
    for text in _both_scripts("截至2023年底，“十四五”以来全市累计新增城镇就业15.6万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert df.year.tolist() == [2023] and df.basis.tolist() == [""]  # a running total, not five years'
    assert _placed("当年城镇新增就业1.3万人，城镇登记失业率2.7%。", (2023, 2023)) == {
        ("new_urban_jobs", "actual", 2023): 13000, ("registered_unemployment_rate", "actual", 2023): 2.7}


def test_year_start_and_end_of_a_one_year_document_and_coverage_frames():
    for text in _both_scripts("全市城镇调查失业率由年初的5.4%降至年末的5.0%。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        years = df.set_index("value").year
        assert years[5.0] == 2024 and years.isna()[5.4]  # 年初 of 2024: no year-end level, left undated
    assert _placed("失业保险覆盖职工48.6万人。", (2023, 2023)) == {("unemployment_insured", "actual", 2023): 486000}


def test_years_in_chinese_numerals_and_the_start_and_end_of_a_reviewed_period():
    assert _placed("全县技能人才总量由二〇一五年的一万零五百人增加到二〇二〇年的一万六千人。", (2021, 2025), "发展基础") == {
        ("skilled_talent", "baseline", 2015): 10500, ("skilled_talent", "actual", 2020): 16000}
    # 期初/期末 under a review of the previous period are that period's, not the plan's
    assert _placed("全县城镇登记失业率从期初的百分之三点八降至期末的百分之三点二。", (2021, 2025), "发展基础") == {
        ("registered_unemployment_rate", "baseline", 2015): 3.8, ("registered_unemployment_rate", "actual", 2020): 3.2}


def test_mid_term_review_tags_bulletin_bases_and_part_years():
    cases = [
        ((2021, 2025), "工作回顾", "失业保险参保人数，基期值28.4万人，2023年实现值31.9万人，目标值35万人。",
         {("unemployment_insured", "baseline", 2020): 284000, ("unemployment_insured", "actual", 2023): 319000,
          ("unemployment_insured", "target", 2025): 350000}),
        ((2021, 2025), "工作回顾", "指标名称：城镇调查失业率；基期值5.4%；2022年实现值5.1%；目标值5.5%以内。",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.4, ("surveyed_unemployment_rate", "actual", 2022): 5.1,
          ("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2024, 2024), "", "据测算，前年全市技能人才总量为38.2万人，去年增至40.6万人。",
         {("skilled_talent", "baseline", 2022): 382000, ("skilled_talent", "actual", 2023): 406000}),
        ((2023, 2023), "", "城镇登记失业率方面，年末为2.8%（上年末3.0%）。",
         {("registered_unemployment_rate", "actual", 2023): 2.8, ("registered_unemployment_rate", "baseline", 2022): 3.0}),
        ((2023, 2023), "", "上半年全市城镇调查失业率平均为5.4%，全年平均为5.2%。",
         {("surveyed_unemployment_rate", "actual", 2023): 5.2}),
        ((2025, 2025), "", "今年1—9月全市城镇新增就业5.1万人，已完成全年目标任务6万人的85%。",
         {("new_urban_jobs", "target", 2025): 60000}),
        ((2021, 2025), "发展基础", "五年间，全市专业技术人才总量从18.2万人增长到22.9万人。",
         {("professional_talent", "baseline", 2015): 182000, ("professional_talent", "actual", 2020): 229000}),
        ((2021, 2025), "发展基础", "城乡低保标准比例由2015年的1.62缩小至2020年的1.35。",
         {("min_living_standard_ratio", "baseline", 2015): 1.62, ("min_living_standard_ratio", "actual", 2020): 1.35}),
        ((2023, 2023), "工作回顾", "省对市考核的城镇新增就业目标为3.2万人，我市全年实际新增3.58万人。",
         {("new_urban_jobs", "target", 2023): 32000, ("new_urban_jobs", "actual", 2023): 35800}),
    ]
    _assert_placed(cases)


def test_a_list_of_years_in_brackets_and_bounds_kept_every_year():
    text = "失业保险参保率连续三年保持在95%以上（2021—2023年分别为95.6%、96.1%、96.4%）。"
    for variant in _both_scripts("劳动人事争议仲裁结案率连续三年保持在92%以上（2021—2023年分别为92.6%、93.1%、94.4%）。"):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="工作回顾")
        placed = {(int(r.year), r.value) for r in df.itertuples() if r.role and r.year == r.year}
        assert placed == {(2021, 92.6), (2022, 93.1), (2023, 94.4)}, text
    for variant in _both_scripts("“十四五”以来全市累计新增城镇就业22.4万人；城镇调查失业率每年均控制在5.5%以内。"):
        df = pc.extract_indicators(variant, period=(2025, 2025))  # each year's bound: no one year's value
        assert (df[df.indicator_id == "surveyed_unemployment_rate"].role == "").all()


def test_eighth_batch_shapes_in_both_scripts():
    cases = [
        ((2025, 2025), "", "“十四五”期间，全县累计新增城镇就业1.56万人，超额完成1.5万人的规划目标。",
         {("new_urban_jobs", "actual", 2025): 15600, ("new_urban_jobs", "target", 2025): 15000}),
        ((2023, 2023), "工作回顾", "全年失业保险参保人数净增1.9万人，达到41.3万人，完成年度扩面任务（1.5万人）的126.7%。",
         {("unemployment_insured", "actual", 2023): 413000}),
        ((2023, 2023), "", "截至10月底，全区今年新增城镇就业1.12万人，社会保障卡持卡人数达到63.4万人。",
         {("ss_card_holders", "actual", 2023): 634000}),
        ((2021, 2025), "工作回顾", "在规划主要指标中，“高技能人才总量”一项2020年为11.8万人、2023年已达14.9万人。",
         {("high_skilled_talent", "baseline", 2020): 118000, ("high_skilled_talent", "actual", 2023): 149000}),
        ((2023, 2023), "", "县人社局统计：二〇二三年城镇新增就业人数一千三百零六人。", {("new_urban_jobs", "actual", 2023): 1306}),
        ((2021, 2025), "主要目标", "到2025年，全市劳动年龄人口受教育年限平均达到11.3年。",
         {("education_years", "target", 2025): 11.3}),
        ((2024, 2024), "", "2024年工作要点：年内全市要完成补贴性职业技能培训3万人次。",
         {("subsidized_training", "target", 2024): 30000}),
    ]
    _assert_placed(cases)


def test_a_from_to_pair_written_before_its_subject():
    _assert_placed([
        ((2021, 2025), "工作回顾", "从2020年的96.2%到2023年的97.8%，全省基本医疗保险参保率稳步提升。",
         {("medical_coverage_rate", "baseline", 2020): 96.2, ("medical_coverage_rate", "actual", 2023): 97.8}),
        ((2023, 2023), "", "由2022年末的48.6万人增至2023年末的51.2万人，全市失业保险参保人数持续增长。",
         {("unemployment_insured", "baseline", 2022): 486000, ("unemployment_insured", "actual", 2023): 512000}),
        # two names after the pair: whose values they are is not said, so nothing is placed
        ((2021, 2025), "工作回顾", "从2020年的5.2%到2023年的4.9%，城镇调查失业率和登记失业率均有下降。", {}),
    ])


def test_planned_and_actual_running_totals_and_control_targets_as_nouns():
    _assert_placed([
        ((2023, 2023), "工作回顾", "博士后研究人员年招收数原计划为30人，实际招收42人，超额完成。",
         {("postdoc_recruits", "target", 2023): 30, ("postdoc_recruits", "actual", 2023): 42}),
        ((2024, 2024), "", "城镇调查、登记失业率的年度控制目标依次为5.5%左右、4%以内。",
         {("surveyed_unemployment_rate", "target", 2024): 5.5, ("registered_unemployment_rate", "target", 2024): 4}),
        ((2023, 2023), "", "全市共有社会保障卡持卡人员712.6万人，覆盖常住人口的98.3%。",
         {("ss_card_holders", "actual", 2023): 7126000, ("ss_card_coverage_rate", "actual", 2023): 98.3}),
    ])
    for text in _both_scripts("2021年至2023年，全县城镇新增就业依次为2,104人、2,236人、2,318人，三年合计6,658人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")  # 合计 is a running total
        assert dict(zip(df.value, df.year)) == {2104: 2021, 2236: 2022, 2318: 2023, 6658: 2023}
        assert df.set_index("value").basis[6658] == ""


def test_listed_years_carry_to_the_next_list_and_a_part_is_not_its_whole():
    _assert_placed([
        ((2021, 2025), "工作回顾", "2021年、2022年城镇新增就业分别为5.1万人和4.9万人，城镇调查失业率分别为5.2%和5.6%。",
         {("new_urban_jobs", "actual", 2021): 51000, ("new_urban_jobs", "actual", 2022): 49000,
          ("surveyed_unemployment_rate", "actual", 2021): 5.2, ("surveyed_unemployment_rate", "actual", 2022): 5.6}),
        # 其中 and a number, no name: a part of the count (those with an electronic card), not the count again
        ((2023, 2023), "", "年末全国社会保障卡持卡人数达13.79亿人，覆盖97.7%人口，其中9.7亿人领用电子社保卡。",
         {("ss_card_holders", "actual", 2023): 1.379e9, ("ss_card_coverage_rate", "actual", 2023): 97.7}),
        ((2022, 2022), "", "全年农村劳动力转移就业新增4.2万人，年末农村劳动力转移就业总量达到186.5万人。",
         {("rural_labor_transfer", "actual", 2022): 1865000}),
    ])


def test_the_past_year_of_an_annual_document_is_flagged_not_dated():
    # 一年来 is the document's year in a year-end summary and the year before in a work report
    for text in _both_scripts("一年来，全市城镇新增就业4.1万人，基本养老保险参保人数达到248万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(df.indicator_id) == {"new_urban_jobs", "pension_insured"}
        assert (df.role == "").all() and df.year.isna().all()
        assert df["flags"].str.contains("time_unknown").all()


def test_results_measured_against_plans_and_targets_and_parts_of_a_year():
    _assert_placed([
        ((2023, 2023), "", "全省全年开展补贴性职业技能培训112.6万人次，完成年度计划的107%，其中农民工职业技能培训45.3万人次。",
         {("subsidized_training", "actual", 2023): 1126000, ("migrant_worker_training", "actual", 2023): 453000}),
        ((2021, 2025), "工作回顾", "“十四五”期间，全市累计帮助成功创业2.36万人，超出规划目标（2万人）3,600人。",
         {("entrepreneurship_supported", "actual", 2025): 23600, ("entrepreneurship_supported", "target", 2025): 20000}),
        ((2020, 2020), "", "“十三五”期间，全省城镇新增就业五年累计新增就业328.6万人。",
         {("new_urban_jobs", "actual", 2020): 3286000}),
        ((2022, 2022), "", "1至6月，全国城镇新增就业654万人，完成全年目标任务的59%。", {}),
        ((2023, 2023), "", "今年以来，全区城镇新增就业8632人；截至10月底，城镇登记失业率2.6%。",
         {("registered_unemployment_rate", "actual", 2023): 2.6}),
        ((2023, 2023), "", "去年，全市城镇新增就业6.08万人，比上年的5.62万人多增0.46万人。",
         {("new_urban_jobs", "actual", 2022): 60800, ("new_urban_jobs", "baseline", 2021): 56200}),
        ((2021, 2025), "工作回顾", "五年来，全市累计开展补贴性职业技能培训46.2万人次。",
         {("subsidized_training", "actual", 2025): 462000}),
    ])


def test_years_listed_before_the_subject_and_bounds_after_a_target():
    for text in _both_scripts("2021年、2022年、2023年，全省城镇登记失业率依次为3.4%、3.6%、3.3%，均控制在4.5%的规划目标以内。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        got = {(r.role, int(r.year)): (r.value, r.comparator) for r in df.itertuples()}
        assert got == {("actual", 2021): (3.4, "="), ("actual", 2022): (3.6, "="), ("actual", 2023): (3.3, "="),
                       ("target", 2025): (4.5, "<=")}
    _assert_placed([((2021, 2025), "工作回顾", "城镇调查失业率目标为5.5%以内，2021—2023年实际分别为5.1%、5.5%和5.2%。",
                     {("surveyed_unemployment_rate", "target", 2025): 5.5, ("surveyed_unemployment_rate", "actual", 2021): 5.1,
                      ("surveyed_unemployment_rate", "actual", 2022): 5.5, ("surveyed_unemployment_rate", "actual", 2023): 5.2})])


def test_a_paragraph_dates_its_later_sentences_by_their_leading_time_words():
    _assert_placed([
        # 年末 opens the first sentence; 上年末 is only its comparison base
        ((2022, 2022), "", "年末全市参加失业保险人数为86.4万人，上年末为81.9万人。参加工伤保险人数为102.3万人。",
         {("unemployment_insured", "actual", 2022): 864000, ("unemployment_insured", "baseline", 2021): 819000,
          ("work_injury_insured", "actual", 2022): 1023000}),
        # the quoted target's year dates nothing after it
        ((2021, 2025), "工作回顾", "截至2024年6月底，全省技能人才总量达到1285万人，提前实现规划目标。其中高技能人才总量为396万人。",
         {("skilled_talent", "actual", 2024): 12850000, ("high_skilled_talent", "actual", 2024): 3960000}),
        # a paragraph that opens with months: its flows are for part of the year (no row), its stocks not
        ((2024, 2024), "", "1—10月，全县就业工作稳步推进。城镇新增就业4862人，完成全年目标任务5500人的88.4%。",
         {("new_urban_jobs", "target", 2024): 5500}),
    ])


def test_a_paragraph_points_back_to_its_indicator_and_settles_its_base():
    _assert_placed([
        ((2021, 2025), "工作回顾", "2020年，全市城镇登记失业率为3.1%。规划实施后，该指标一度有所上升，2023年回落至2.7%。",
         {("registered_unemployment_rate", "baseline", 2020): 3.1, ("registered_unemployment_rate", "actual", 2023): 2.7}),
        ((2021, 2025), "主要目标", "“十三五”末，全市高技能人才占技能人才比重为28%。到2025年，这一比重要提高到30%。",
         {("high_skill_share", "baseline", 2020): 28, ("high_skill_share", "target", 2025): 30}),
    ])
    for text in _both_scripts("五年来，全县累计新增城镇就业2.9万人。"):  # a year-end summary or a work report: flagged
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert len(df) == 1 and df.role.iloc[0] == "" and "time_unknown" in df["flags"].iloc[0]


def test_card_holders_named_by_the_card_alone_and_fractions_are_no_values():
    _assert_placed([
        ((2024, 2024), "", "据统计，全市共有312.5万人持有第三代社会保障卡，持卡人数占常住人口的比例达到98.3%。",
         {("ss_card_holders", "actual", 2024): 3125000, ("ss_card_coverage_rate", "actual", 2024): 98.3}),
        ((2021, 2025), "发展基础", "“十三五”末，全省实际持卡人数达到4035万人，社会保障卡覆盖全省93.8%的人口。",
         {("ss_card_holders", "actual", 2020): 40350000, ("ss_card_coverage_rate", "actual", 2020): 93.8}),
        ((2021, 2025), "主要目标", "社会保障卡持卡人数基本实现全覆盖，其中电子社保卡覆盖2/3人口。", {}),
    ])
    for text in _both_scripts("电子社保卡覆盖2/3人口。"):  # a fraction: no value at all, not 2 %
        assert pc.extract_indicators(text, period=(2021, 2025)).empty


def test_more_frames_of_insured_workers_certificates_contracts_and_coverage():
    _assert_placed([
        ((2022, 2022), "", "2022年底，全市纳入工伤保险保障范围的职工达到78.5万人，参加失业保险的职工有61.2万人。",
         {("work_injury_insured", "actual", 2022): 785000, ("unemployment_insured", "actual", 2022): 612000}),
        ((2024, 2024), "", "全年新取得高级工以上职业资格证书或职业技能等级证书的有1.32万人。",
         {("advanced_vocational_cert_new", "actual", 2024): 13200}),
        ((2021, 2025), "主要目标", "到2025年，已建工会企业签订集体合同的比例达到90%。",
         {("collective_contract_rate", "target", 2025): 90}),
        ((2021, 2025), "主要目标", "到2025年，养老保险覆盖95%以上的法定参保人员，医疗保险覆盖率稳定在97%以上。",
         {("pension_coverage_rate", "target", 2025): 95, ("medical_coverage_rate", "target", 2025): 97}),
        ((2021, 2025), "主要目标", "到2025年，全区持有社会保障卡的人数达到92万人，占常住人口的比重达到99%。",
         {("ss_card_holders", "target", 2025): 920000, ("ss_card_coverage_rate", "target", 2025): 99}),
        ((2021, 2025), "发展基础", "“十三五”期间，共有2.8万人完成职业技能培训。",
         {("vocational_training_persons", "actual", 2020): 28000}),
    ])


def test_a_rate_after_its_count_in_the_sentence_before_and_years_after_the_name():
    _assert_placed([
        ((2023, 2023), "", "年末全市共有612.4万人参加了基本养老保险，参保率为95.8%。",
         {("pension_insured", "actual", 2023): 6124000, ("pension_coverage_rate", "actual", 2023): 95.8}),
        ((2024, 2024), "", "截至2024年末，全县基本养老保险参保人数增至53.8万人。参保率达到96.2%。",
         {("pension_insured", "actual", 2024): 538000, ("pension_coverage_rate", "actual", 2024): 96.2}),
        # a rate later in a sentence about something else is not the previous sentence's indicator's
        ((2021, 2025), "发展基础", "基本养老保险参保人数达32.33万人。累计发放社会保障卡59.3万张，覆盖率达82%。",
         {("pension_insured", "actual", 2020): 323300}),
        ((2021, 2025), "工作回顾", "劳动保障监察举报投诉案件结案率2022年、2023年依次为97.8%、98.6%。",
         {("labor_inspection_closure_rate", "actual", 2022): 97.8, ("labor_inspection_closure_rate", "actual", 2023): 98.6}),
        ((2021, 2025), "工作回顾", "电子社保卡申领率2022年为62.3%，城镇调查失业率2021—2023年分别为5.2%、5.6%和5.1%。",
         {("e_ss_card_coverage_rate", "actual", 2022): 62.3, ("surveyed_unemployment_rate", "actual", 2021): 5.2,
          ("surveyed_unemployment_rate", "actual", 2022): 5.6, ("surveyed_unemployment_rate", "actual", 2023): 5.1}),
        # the plan's first year is dated, and a bare 第二年 after it counts from the same start…
        ((2021, 2025), "工作回顾", "规划实施第一年，全省城镇新增就业82.4万人；第二年受多重因素影响，新增就业78.1万人。",
         {("new_urban_jobs", "actual", 2021): 824000, ("new_urban_jobs", "actual", 2022): 781000}),
        # …but one no earlier words count from stays unplaced
        ((2021, 2025), "工作回顾", "第二年受多重因素影响，全省城镇新增就业78.1万人。", {}),
    ])


def test_a_review_of_the_plan_dates_by_its_closing_note_and_measures_against_the_plans_target():
    _assert_placed([
        ((2021, 2025), "工作回顾", "规划中期，全县失业保险参保人数达到3.42万人，已超过规划目标（3.3万人）；"
                                   "工伤保险参保人数为4.05万人，规划目标为4.5万人。以上数据均截至2023年12月31日。",
         {("unemployment_insured", "actual", 2023): 34200, ("unemployment_insured", "target", 2025): 33000,
          ("work_injury_insured", "actual", 2023): 40500, ("work_injury_insured", "target", 2025): 45000}),
    ])
    for text in _both_scripts("规划中期，全县失业保险参保人数达到3.42万人，已超过规划目标（3.3万人）。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")  # no note: the result stays undated
        assert {(r.role, None if r.year != r.year else int(r.year), r.value) for r in df.itertuples()} == \
            {("actual", None, 34200), ("target", 2025, 33000)}


def test_targets_missed_or_required_increments_and_the_same_indicator_named_again():
    _assert_placed([
        ((2022, 2022), "", "全年城镇调查失业率平均为5.8%，未能实现5.5%左右的预期目标。城镇新增就业7.4万人，仅完成年度计划8万人的92.5%。",
         {("surveyed_unemployment_rate", "actual", 2022): 5.8, ("surveyed_unemployment_rate", "target", 2022): 5.5,
          ("new_urban_jobs", "actual", 2022): 74000, ("new_urban_jobs", "target", 2022): 80000}),
        ((2021, 2025), "工作回顾", "城镇登记失业人数方面，规划要求控制在2万人以内。",
         {("registered_unemployed", "target", 2025): 20000}),
        ((2021, 2025), "工作回顾", "全县基本医疗保险参保率2020年已达96.8%，规划要求今后五年稳定在95%以上。",
         {("medical_coverage_rate", "baseline", 2020): 96.8, ("medical_coverage_rate", "target", 2025): 95}),
        # an increment is a change, the level follows
        ((2022, 2022), "", "技能人才总量增量为1.2万人，年末达到24.5万人。", {("skilled_talent", "actual", 2022): 245000}),
        ((2021, 2025), "主要目标", "到2025年，高技能人才总量达到6.2万人，2020年这一数字为4.6万人。",
         {("high_skilled_talent", "target", 2025): 62000, ("high_skilled_talent", "baseline", 2020): 46000}),
        ((2021, 2025), "发展基础", "2020年末，全市专业技术人才总量达到31.5万人，其中具有高级职称的4.2万人。",
         {("professional_talent", "actual", 2020): 315000, ("senior_title_talent", "actual", 2020): 42000}),
        ((2021, 2025), "主要目标", "到2025年，实体社会保障卡持卡人口覆盖率稳定在98%以上。",
         {("ss_card_coverage_rate", "target", 2025): 98}),
    ])


def test_recruits_counted_each_year():
    _assert_placed([((2021, 2025), "主要目标", "每年新招收博士后研究人员50人以上。",
                     {("postdoc_recruits", "target", 2025): 50})])


def test_target_values_tagged_after_the_name_and_parts_named_by_their_group():
    _assert_placed([
        ((2022, 2022), "", "年度绩效指标完成情况：城镇新增就业目标值1.5万人，实际完成1.63万人；劳动人事争议仲裁结案率目标值90%，实际完成94.2%。",
         {("new_urban_jobs", "target", 2022): 15000, ("new_urban_jobs", "actual", 2022): 16300,
          ("arbitration_closure_rate", "target", 2022): 90, ("arbitration_closure_rate", "actual", 2022): 94.2}),
        # a year's target stays the year's even when the result is up to October (which is no year's value)
        ((2016, 2016), "", "截止10月底，全区实现城镇新增就业12314人，完成年目标任务12500人的98.5%；"
                           "城镇登记失业率控制在3.37%，比年度控制目标4%低0.63个百分点。",
         {("new_urban_jobs", "target", 2016): 12500, ("registered_unemployment_rate", "actual", 2016): 3.37,
          ("registered_unemployment_rate", "target", 2016): 4}),
        # 其中农民工N人次 names no catalog value (the thirteenth, eighteenth and fifty-sixth batches' reading)
        ((2023, 2023), "", "全年参加政府补贴性职业技能培训的有8.7万人次，其中农民工3.2万人次。",
         {("subsidized_training", "actual", 2023): 87000}),
        ((2023, 2023), "", "全年农村劳动力转移就业人数达到28.6万人，较2022年的27.9万人增加0.7万人。",
         {("rural_labor_transfer", "actual", 2023): 286000, ("rural_labor_transfer", "baseline", 2022): 279000}),
    ])


def test_slash_pairs_are_not_read_alone_and_a_bare_nian_nei_is_what_was_done():
    for text in _both_scripts("专栏1 主要发展指标。以下数据依次为2020年基数和2025年目标：城镇登记失业率3.2%／<4%；技能人才总量12.8／15万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        # which of the pair is the base is said only by the lead, and the lead is read; 12.8 (its unit written once,
        # after 15) stays unread rather than taken for the target
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 3.2), ("target", 2025, 4),
                                                         ("target", 2025, 150000)}
    _assert_placed([
        ((2023, 2023), "", "年内全省新进站博士后研究人员412人。", {("postdoc_recruits", "actual", 2023): 412}),
        ((2024, 2024), "", "年内城镇新增就业3.5万人，城镇登记失业率控制在3.5%以内。",
         {("new_urban_jobs", "target", 2024): 35000, ("registered_unemployment_rate", "target", 2024): 3.5}),
    ])


def test_a_work_report_in_parts_dates_each_part_by_its_heading():
    _assert_placed([((2024, 2024), "", "一、2023年工作回顾。全年城镇新增就业3.6万人，城镇登记失业率2.8%。"
                                       "二、2024年工作计划。城镇新增就业3.5万人以上，城镇登记失业率控制在3.5%以内。",
                     {("new_urban_jobs", "actual", 2023): 36000, ("registered_unemployment_rate", "actual", 2023): 2.8,
                      ("new_urban_jobs", "target", 2024): 35000, ("registered_unemployment_rate", "target", 2024): 3.5})])


def test_annual_documents_months_targets_and_round_figures():
    _assert_placed([
        ((2024, 2024), "", "2024年工作目标：全年城镇新增就业不少于1.2万人，登记失业率低于3.5%。",
         {("new_urban_jobs", "target", 2024): 12000, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2024, 2024), "", "今年将继续实施就业优先战略。全年城镇新增就业9万人以上，城镇调查失业率控制在5.5%左右。",
         {("new_urban_jobs", "target", 2024): 90000, ("surveyed_unemployment_rate", "target", 2024): 5.5}),
        ((2022, 2022), "主要目标", "今年，全县企业劳动合同签订率力争达到95%。城镇登记失业率控制在3.8%左右。",
         {("labor_contract_rate", "target", 2022): 95, ("registered_unemployment_rate", "target", 2022): 3.8}),
        # a month's rate and the year so far are no year's values
        ((2023, 2023), "", "1—11月城镇新增就业4.21万人，提前完成4万人的年度目标任务；11月份城镇调查失业率为5.1%。",
         {("new_urban_jobs", "target", 2023): 40000}),
        ((2023, 2023), "工作回顾", "去年，全县城镇登记失业率为3.1%。今年以来，全县新增城镇就业1862人。",
         {("registered_unemployment_rate", "actual", 2022): 3.1}),
        # a round bound before the exact result is not a second result
        ((2023, 2023), "", "年末全市基本养老保险参保人数突破500万人，达到503.6万人。",
         {("pension_insured", "actual", 2023): 5036000}),
        ((2021, 2025), "工作回顾", "“十四五”期间，全市累计完成补贴性职业技能培训42.6万人次，完成规划目标的106.5%。",
         {("subsidized_training", "actual", 2025): 426000}),
    ])


def test_column_tags_before_the_subject_and_the_first_years_of_the_plan_listed():
    _assert_placed([
        ((2021, 2025), "主要目标", "基期（2020年）全县专业技术人才总量为1.86万人，其中高级职称人才数量1920人。",
         {("professional_talent", "baseline", 2020): 18600, ("senior_title_talent", "baseline", 2020): 1920}),
        ((2021, 2025), "工作回顾", "“十四五”前三年，全省城镇新增就业分别为68.2万人、65.7万人和70.1万人。",
         {("new_urban_jobs", "actual", 2021): 682000, ("new_urban_jobs", "actual", 2022): 657000,
          ("new_urban_jobs", "actual", 2023): 701000}),
        # a bracket dates only what it holds, in an earlier sentence too
        ((2021, 2025), "主要目标", "专栏1 主要指标（与“十三五”比较）。城镇调查失业率：基期值5.1%，目标值控制在5.5%以内。",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.1, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
    ])


def test_a_running_total_over_the_plans_first_years_is_dated_at_their_last():
    for text in _both_scripts("“十四五”前三年，全省城镇新增就业分别为68.2万人、65.7万人和70.1万人，三年累计204万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert sorted(zip(df.year, df.value, df.basis)) == [(2021, 682000, "annual"), (2022, 657000, "annual"),
                                                            (2023, 701000, "annual"), (2023, 2040000, "")]
        assert "part_period" in df["flags"].iloc[-1]
    _assert_placed([
        ((2016, 2020), "工作回顾", "规划实施第一年，全县城镇新增就业6120人；第二年新增6380人。两年累计12500人。",
         {("new_urban_jobs", "actual", 2016): 6120, ("new_urban_jobs", "actual", 2017): 12500}),
        ((2021, 2025), "工作回顾", "城镇新增就业：前三年累计完成4.1万人，进度68.3%。",
         {("new_urban_jobs", "actual", 2023): 41000}),
    ])


def test_a_span_of_years_is_no_target_and_a_year_named_in_its_clause_is_that_years():
    _assert_placed([((2019, 2019), "工作回顾", "据介绍，2016年到2019年，全区城镇新增就业每年都保持在6000人以上，2019年全年为6873人。"
                                               "城镇登记失业率年末为2.4%。",
                     {("new_urban_jobs", "actual", 2019): 6873, ("registered_unemployment_rate", "actual", 2019): 2.4})])


def test_quoted_indicator_labels_running_totals_of_some_years_and_short_certificate_names():
    _assert_placed([
        ((2021, 2025), "工作回顾", "“工伤保险参保人数”指标，规划目标为2025年达到95万人，2023年底实际为97.2万人，已提前两年完成。",
         {("work_injury_insured", "target", 2025): 950000, ("work_injury_insured", "actual", 2023): 972000}),
        ((2024, 2024), "", "全年新增取得职业资格证书或职业技能等级证书1.82万人。其中新增取得高级工以上证书6430人。",
         {("vocational_cert_new", "actual", 2024): 18200, ("advanced_vocational_cert_new", "actual", 2024): 6430}),
        ((2016, 2020), "主要目标", "到2020年，全市基本养老保险覆盖法定人员的90%以上。",
         {("pension_coverage_rate", "target", 2020): 90}),
        ((2022, 2022), "", "已建工会企业中签订集体合同的比例达到88.5%。", {("collective_contract_rate", "actual", 2022): 88.5}),
        ((2024, 2024), "", "一季度，全市城镇调查失业率为5.4%。截至3月末，全市社会保障卡持卡人数为512.8万人。",
         {("ss_card_holders", "actual", 2024): 5128000}),
    ])
    for text in _both_scripts("2021年至2023年，全区新增取得专业技术人员职业资格证书人数依次为812人、905人、968人，三年合计2685人。"):
        df = pc.extract_indicators(text, period=(2024, 2024), section="工作回顾")  # the total is no 2023 value
        assert dict(zip(df.value, df.year)) == {812: 2021, 905: 2022, 968: 2023, 2685: 2023}


def test_one_years_part_of_a_period_total_and_targets_compared_in_brackets():
    _assert_placed([
        ((2024, 2024), "", "全年社会保障卡持卡人口覆盖率达到98.6%，比年初确定的98%目标高0.6个百分点。",
         {("ss_card_coverage_rate", "actual", 2024): 98.6, ("ss_card_coverage_rate", "target", 2024): 98}),
        # two targets in brackets after three names: whose is which is not said here
        ((2023, 2023), "", "全年劳动人事争议仲裁结案率为97.3%，调解成功率为72.5%，劳动保障监察举报投诉案件结案率为98.1%，"
         "均高于省里下达的目标（分别为95%和65%）。",
         {("arbitration_closure_rate", "actual", 2023): 97.3, ("mediation_success_rate", "actual", 2023): 72.5,
          ("labor_inspection_closure_rate", "actual", 2023): 98.1}),
        ((2023, 2023), "", "2021年至2023年，全区城镇新增就业分别为1.1万人、1.2万人和1.3万人。",
         {("new_urban_jobs", "actual", 2021): 11000, ("new_urban_jobs", "actual", 2022): 12000,
          ("new_urban_jobs", "actual", 2023): 13000}),
    ])
    for text in _both_scripts("“十三五”期间，全区累计城镇新增就业5.6万人，其中2020年受疫情影响新增9800人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="发展基础")
        assert dict(zip(df.value, df.basis)) == {56000: "five_year_total", 9800: "annual"}


def test_the_same_period_as_the_sentence_before_and_last_years_result():
    _assert_placed([
        ((2021, 2025), "工作回顾", "全市社会保障卡持卡人数由规划基期的648.2万人增长到2024年底的701.5万人。"
                                   "同期，电子社保卡人口覆盖率从31.6%提升至72.8%。",
         {("ss_card_holders", "baseline", 2020): 6482000, ("ss_card_holders", "actual", 2024): 7015000,
          ("e_ss_card_coverage_rate", "baseline", 2020): 31.6, ("e_ss_card_coverage_rate", "actual", 2024): 72.8}),
        # 上年实际完成的 beside the year's target is a result and the target's base: left open
        ((2025, 2025), "", "2025年，全县城镇新增就业力争达到5200人，比上年实际完成的5068人多132人；城镇登记失业率控制在3.2%以内。",
         {("new_urban_jobs", "target", 2025): 5200, ("registered_unemployment_rate", "target", 2025): 3.2}),
    ])


def test_openings_and_references_that_are_no_time_words():
    _assert_placed([
        ((2021, 2025), "主要目标", "目标（2025年）技能人才总量达到20万人，2020年为12万人。",
         {("skilled_talent", "target", 2025): 200000, ("skilled_talent", "baseline", 2020): 120000}),
        ((2021, 2025), "工作回顾", "基数较大，2023年全市城镇新增就业5.2万人。", {("new_urban_jobs", "actual", 2023): 52000}),
        ((2021, 2025), "工作回顾", "按照规划要求，2023年全市城镇新增就业5.2万人。", {("new_urban_jobs", "actual", 2023): 52000}),
        ((2024, 2024), "", "围绕工作目标，全市城镇新增就业5.2万人。", {("new_urban_jobs", "actual", 2024): 52000}),
        ((2024, 2024), "", "今年全市城镇新增就业5万人以上，力争超过省下达的目标任务。", {("new_urban_jobs", "target", 2024): 50000}),
        # another plan's year counted from its own start; a strategy's year from none
        ((2021, 2025), "发展基础", "2020年是“十三五”规划实施的第五年，全市城镇新增就业5.1万人。",
         {("new_urban_jobs", "actual", 2020): 51000}),
        ((2021, 2025), "工作回顾", "就业优先战略实施第三年，全市城镇新增就业5.1万人。", {}),
        # the holders of a certificate are no new certificates
        ((2021, 2025), "工作回顾", "截至2023年底，全市取得职业资格证书人数达到85万人。", {}),
    ])
    for text in _both_scripts("2020年是“十三五”规划实施的第五年，全市城镇新增就业5.1万人。"):
        assert pc.extract_indicators(text, period=(2021, 2025), section="发展基础").basis.tolist() == ["annual"]


def test_nian_nei_in_a_review_of_the_year_is_what_was_done():
    _assert_placed([
        ((2024, 2024), "一、2023年工作回顾", "年内全市新增城镇就业4.8万人。", {("new_urban_jobs", "actual", 2024): 48000}),
        ((2024, 2024), "", "年内全市新增城镇就业4.8万人。", {("new_urban_jobs", "target", 2024): 48000}),
    ])


def test_targets_beside_results_after_the_result():
    _assert_placed([
        # a result written value-first, then its target: the target is the same indicator's
        ((2025, 2025), "工作回顾", "“十四五”期间，全县累计帮助1386人成功创业，完成规划目标1200人的115.5%。",
         {("entrepreneurship_supported", "actual", 2025): 1386, ("entrepreneurship_supported", "target", 2025): 1200}),
        # 五年目标 in brackets after a running total: the plan's target
        ((2021, 2025), "工作回顾", "2021—2023年全市城镇新增就业累计17.77万人，完成五年目标（28万人）的63.5%。",
         {("new_urban_jobs", "actual", 2023): 177700, ("new_urban_jobs", "target", 2025): 280000}),
        # two results, then 分别 their targets in two units; 以内 is the rate's alone
        ((2024, 2024), "工作回顾", "去年城镇新增就业8.6万人、城镇调查失业率5.2%，分别完成年度目标8万人和5.5%以内的要求。",
         {("new_urban_jobs", "actual", 2023): 86000, ("surveyed_unemployment_rate", "actual", 2023): 5.2,
          ("new_urban_jobs", "target", 2023): 80000, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
        # 均…(分别为A和B) after two clauses that each named one indicator
        ((2023, 2023), "工作回顾", "全年劳动人事争议仲裁结案率为97.3%，调解成功率为72.5%，均高于省里下达的目标（分别为95%和65%）。",
         {("arbitration_closure_rate", "actual", 2023): 97.3, ("mediation_success_rate", "actual", 2023): 72.5,
          ("arbitration_closure_rate", "target", 2023): 95, ("mediation_success_rate", "target", 2023): 65}),
        # a quoted target with its own year
        ((2021, 2025), "工作回顾", "截至2023年底，全市技能人才总量已达到86.3万人，提前两年实现“到2025年达到85万人”的规划目标。",
         {("skilled_talent", "actual", 2023): 863000, ("skilled_talent", "target", 2025): 850000}),
    ])
    for text in _both_scripts("去年城镇新增就业8.6万人、城镇调查失业率5.2%，分别完成年度目标8万人和5.5%以内的要求。"):
        df = pc.extract_indicators(text, period=(2024, 2024)).set_index(["indicator_id", "role"])
        assert df.comparator[("new_urban_jobs", "target")] == "="  # 以内 is the rate's, not the count's
        assert df.comparator[("surveyed_unemployment_rate", "target")] == "<="


def test_a_year_end_after_the_years_targets_is_a_target_too():
    _assert_placed([
        ((2024, 2024), "", "2024年全市工作要点明确了年度目标。年内城镇新增就业3.5万人，城镇登记失业率控制在3.5%以内。"
         "年末基本养老保险参保率稳定在96%以上。",
         {("new_urban_jobs", "target", 2024): 35000, ("registered_unemployment_rate", "target", 2024): 3.5,
          ("pension_coverage_rate", "target", 2024): 96}),
        ((2021, 2025), "主要目标", "到2025年，全县企业与职工签订劳动合同的比例达到96%以上，已建工会企业签订集体合同的比例达到90%。",
         {("labor_contract_rate", "target", 2025): 96, ("collective_contract_rate", "target", 2025): 90}),
    ])


def test_modal_verbs_between_a_name_and_its_value_make_targets():
    _assert_placed([
        ((2021, 2025), "", "城镇调查失业率要控制在5.5%以内。", {("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2021, 2025), "主要目标", "高技能人才占技能人才的比重要从“十三五”末的26.5%提高到30%以上。",
         {("high_skill_share", "baseline", 2020): 26.5, ("high_skill_share", "target", 2025): 30}),
        ((2023, 2023), "", "今年城镇新增就业要达到5万人以上。", {("new_urban_jobs", "target", 2023): 50000}),
        ((2024, 2024), "", "2024年工作要点：年内全市要完成补贴性职业技能培训3万人次。",
         {("subsidized_training", "target", 2024): 30000}),
        ((2021, 2025), "", "“十四五”期间，全区年均帮助创业成功人数争取达到450人。",
         {("entrepreneurship_supported", "target", 2025): 450}),
    ])


def test_annual_documents_targets_by_section_and_by_a_year_already_looked_back_on():
    _assert_placed([
        # a section that sets the year's targets: 全年/本年度 values are targets, not results
        ((2024, 2024), "主要目标", "本年度全市人社工作主要目标：城镇新增就业2.2万人，城镇登记失业率控制在3.5%以内。",
         {("new_urban_jobs", "target", 2024): 22000, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2023, 2023), "主要预期目标", "城镇登记失业率和城镇调查失业率分别控制在3.5%和5.5%以内。",
         {("registered_unemployment_rate", "target", 2023): 3.5, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
        # …but one that reviews them gives results
        ((2023, 2023), "主要指标完成情况", "全年城镇新增就业2.3万人，城镇登记失业率3.1%。",
         {("new_urban_jobs", "actual", 2023): 23000, ("registered_unemployment_rate", "actual", 2023): 3.1}),
        # a work report: once 过去一年 is the year before, 今年 is the year ahead, even in its review
        ((2019, 2019), "工作回顾", "过去一年，全省城镇新增就业72.4万人。今年，城镇新增就业70万人以上。",
         {("new_urban_jobs", "actual", 2018): 724000, ("new_urban_jobs", "target", 2019): 700000}),
        # holders of one generation of the card are not all holders when the total follows
        ((2025, 2025), "", "截至3月底，全区已有9.4万人持有第三代社会保障卡。同期，全区持卡人数累计达到62.3万人。",
         {("ss_card_holders", "actual", 2025): 623000}),
        ((2024, 2024), "", "全市共有312.5万人持有第三代社会保障卡，持卡人数占常住人口的比例达到98.3%。",
         {("ss_card_holders", "actual", 2024): 3125000, ("ss_card_coverage_rate", "actual", 2024): 98.3}),
    ])


def test_a_plans_final_review_reports_its_last_years_results():
    _assert_placed([
        # in the plan's own review, the last year's values and the ends of pairs are results
        ((2021, 2025), "工作回顾", "总结评估表明，2025年全市基本养老保险和基本医疗保险参保率分别达到96.4%和97.1%，均完成规划目标。",
         {("pension_coverage_rate", "actual", 2025): 96.4, ("medical_coverage_rate", "actual", 2025): 97.1}),
        ((2021, 2025), "工作回顾", "总结评估显示，全区社会保障卡持卡人数由2020年的52.4万人增加到2025年的61.8万人。"
         "持卡人口覆盖率由93.1%提高到98.6%。",
         {("ss_card_holders", "baseline", 2020): 524000, ("ss_card_holders", "actual", 2025): 618000,
          ("ss_card_coverage_rate", "baseline", 2020): 93.1, ("ss_card_coverage_rate", "actual", 2025): 98.6}),
        # …while the plan's own targets stay targets
        ((2021, 2025), "主要目标", "全区社会保障卡持卡人数由2020年的52.4万人增加到2025年的61.8万人。",
         {("ss_card_holders", "baseline", 2020): 524000, ("ss_card_holders", "target", 2025): 618000}),
        # a plan named in the target a result is measured against dates no later value
        ((2021, 2025), "工作回顾", "中期评估时点为2023年底。届时全区开展补贴性职业技能培训累计达到3.2万人次，"
         "完成“十四五”五年目标任务（5万人次）的64%，其中农民工参加职业培训1.4万人次。",
         {("subsidized_training", "actual", 2023): 32000, ("subsidized_training", "target", 2025): 50000,
          ("migrant_worker_training", "actual", 2023): 14000}),
        ((2021, 2025), "", "城镇新增就业：“十三五”实际完成8.7万人，“十四五”目标9万人（五年累计）。",
         {("new_urban_jobs", "baseline", 2020): 87000, ("new_urban_jobs", "target", 2025): 90000}),
    ])


def test_frames_of_migrant_labour_insured_workers_and_senior_titles():
    _assert_placed([
        ((2026, 2030), "主要目标", "到2030年，全县外出务工的农村劳动力稳定在18万人左右，其中在省内务工的达到7万人。",
         {("rural_labor_transfer", "target", 2030): 180000, ("rural_labor_transfer_in_province", "target", 2030): 70000}),
        ((2021, 2025), "工作回顾", "截至2023年末，全县处于参保缴费状态的工伤保险职工有4.27万人。",
         {("work_injury_insured", "actual", 2023): 42700}),
        ((2021, 2025), "工作回顾", "截至2025年底，全区具有高级职称的专业技术人才有1.12万人，专业技术人才队伍总量达到8.6万人。",
         {("senior_title_talent", "actual", 2025): 11200, ("professional_talent", "actual", 2025): 86000}),
    ])


def test_spans_listed_year_by_year_spaced_numbers_and_net_increases():
    _assert_placed([
        ((2021, 2025), "工作回顾", "2021年至2025年全区城镇登记失业率依次为3.2%、3.5%、3.1%、2.9%和2.8%。",
         {("registered_unemployment_rate", "actual", y): v
          for y, v in zip(range(2021, 2026), (3.2, 3.5, 3.1, 2.9, 2.8))}),
        ((2023, 2023), "工作回顾", "年内，全市共帮扶1865名城乡劳动者成功创业。", {("entrepreneurship_supported", "actual", 2023): 1865}),
        # a space before the number does not hide a change; 净增参保 is a change of the stock after it
        ((2024, 2024), "", "年末全市参加生育保险人数为 386 420 人，比上年末增加 12 310 人。",
         {("maternity_insured", "actual", 2024): 386420}),
        ((2024, 2024), "", "全年失业保险净增参保1.8万人，年末参保人数达到21.4万人。", {("unemployment_insured", "actual", 2024): 214000}),
    ])


def test_a_predicate_alone_after_a_sentence_about_one_indicator_continues_it():
    _assert_placed([
        ((2021, 2025), "工作回顾", "“十四五”时期，全县累计新增城镇就业2.56万人。其中，2021年新增4760人。",
         {("new_urban_jobs", "actual", 2025): 25600, ("new_urban_jobs", "actual", 2021): 4760}),
        # another name before the predicate, even one outside the catalog, ends it
        ((2023, 2023), "", "全市社保卡持卡人数1370万人，覆盖97%人口；电子社保卡领用人数764万人，覆盖54.1%人口。",
         {("ss_card_holders", "actual", 2023): 13700000, ("ss_card_coverage_rate", "actual", 2023): 97}),
        ((2023, 2023), "工作回顾", "城镇新增就业目标2.5万人，实际完成2.78万人；失业人员再就业目标8000人，实际完成9,120人。",
         {("new_urban_jobs", "target", 2023): 25000, ("new_urban_jobs", "actual", 2023): 27800}),
    ])


def test_a_comparison_base_named_by_a_plan_period():
    _assert_placed([
        ((2016, 2020), "工作回顾", "截至2018年底，全县城镇职工基本养老保险参保人数达到5.62万人，比“十二五”末的4.87万人增加7500人。",
         {("employee_pension_insured", "actual", 2018): 56200, ("employee_pension_insured", "baseline", 2015): 48700}),
    ])


def test_the_same_period_said_mid_sentence_keeps_the_years_of_the_pair_before():
    _assert_placed([
        ((2021, 2025), "工作回顾", "总结评估显示，社会保障卡持卡人数从2020年的142.6万人增加到2025年末的168.9万人。"
         "同期，电子社保卡申领率由31%跃升至78.5%。",
         {("ss_card_holders", "baseline", 2020): 1426000, ("ss_card_holders", "actual", 2025): 1689000,
          ("e_ss_card_coverage_rate", "baseline", 2020): 31, ("e_ss_card_coverage_rate", "actual", 2025): 78.5}),
        # 在同一时期 after a place links no name: 全省…从88%提高到94% is another region's
        ((2021, 2025), "发展基础", "全县基本养老保险参保率由2015年的85%提高到2020年的93%，全省在同一时期从88%提高到94%。",
         {("pension_coverage_rate", "baseline", 2015): 85, ("pension_coverage_rate", "actual", 2020): 93}),
    ])


def test_what_a_review_of_the_rules_found_stays_unplaced_or_right():
    _assert_placed([
        # headings that report on targets are no targets' sections
        ((2023, 2023), "一、主要指标全面完成", "全年城镇新增就业1.35万人,城镇登记失业率2.8%,均控制在目标范围内。",
         {("new_urban_jobs", "actual", 2023): 13500, ("registered_unemployment_rate", "actual", 2023): 2.8}),
        ((2023, 2023), "一、主要经济社会发展指标", "年末全市参加失业保险的人数为92.75万人。",
         {("unemployment_insured", "actual", 2023): 927500}),
        # the plan's last year in a review: planned, a benchmark of a current value, or unknown
        ((2021, 2025), "规划实施进展", "规划提出,2025年城镇调查失业率控制在5.5%以内,目前为5.1%。",
         {("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2021, 2025), "二、主要指标进展", "2025年城镇新增就业50万人,前三年已累计完成36.2万人。",
         {("new_urban_jobs", "target", 2025): 500000, ("new_urban_jobs", "actual", 2023): 362000}),  # the plan's first three
        ((2021, 2025), "二、主要指标进展", "基本养老保险参保率从2020年的90%提高到2025年的95%。",
         {("pension_coverage_rate", "baseline", 2020): 90}),
        ((2026, 2030), "第一章 发展回顾与展望", "展望2030年,全市城镇调查失业率控制在5.5%以内。",
         {("surveyed_unemployment_rate", "target", 2030): 5.5}),
        ((2021, 2025), "工作回顾", "2021年至2025年全区城镇新增就业依次为1.1万人、1.2万人、1.3万人、1.2万人和1.4万人。",
         {("new_urban_jobs", "actual", y): v for y, v in zip(range(2021, 2026), (11000, 12000, 13000, 12000, 14000))}),
        # 其中 with a count of a part is no value of the whole
        ((2023, 2023), "工作回顾", "全年城镇新增就业1.35万人。其中,4760人为高校毕业生。", {("new_urban_jobs", "actual", 2023): 13500}),
        ((2023, 2023), "工作回顾", "城镇调查失业率为5.1%。其中16—24岁青年为14.2%。",
         {("surveyed_unemployment_rate", "actual", 2023): 5.1}),
        # 第N年 of something else; 要求, 争取 and 超额完成目标N in results
        ((2021, 2025), "工作回顾", "创业担保贷款实行第三年贴息50%,帮助1200人成功创业。", {}),
        ((2023, 2023), "工作回顾", "全年城镇新增就业1.35万人超出上级要求。", {("new_urban_jobs", "actual", 2023): 13500}),
        ((2023, 2023), "工作回顾", "积极争取中央和省就业补助资金1.2亿元,全年城镇新增就业1.35万人。",
         {("new_urban_jobs", "actual", 2023): 13500}),
        ((2023, 2023), "工作回顾", "全年城镇新增就业1.35万人,超额完成目标1500人。", {("new_urban_jobs", "actual", 2023): 13500}),
        # 年内 of a bulletin carries no target into the year-end's results; 在省内就业的 graduates are no rural labour
        ((2023, 2023), "", "年末城镇登记失业率为2.8%。", {("registered_unemployment_rate", "actual", 2023): 2.8}),
        ((2023, 2023), "", "年内全市共实现城镇新增就业1.2万人。年末城镇登记失业率为2.8%。",
         {("new_urban_jobs", "target", 2023): 12000, ("registered_unemployment_rate", "actual", 2023): 2.8}),
        ((2023, 2023), "工作回顾", "全市高校毕业生实现就业3.2万人,其中在省内就业的2.1万人。", {}),
        # a year-end summary's 今年 is what was done
        ((2023, 2023), "2023年工作总结", "去年全县城镇新增就业1.28万人。今年,全县城镇新增就业1.35万人,比去年多700人。",
         {("new_urban_jobs", "actual", 2022): 12800, ("new_urban_jobs", "actual", 2023): 13500}),
    ])


def test_shapes_of_pasted_text_captions_list_marks_and_earlier_lists():
    # a table caption's unit reaches the bare numbers of the lines below it; a bare small count is no value
    for text in _both_scripts("表3　2024年末社会保险参保情况（单位：万人）\n基本养老保险128.6；失业保险35.2；工伤保险41.9。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert dict(zip(df.indicator_id, df.value)) == {"pension_insured": 1286000, "unemployment_insured": 352000,
                                                        "work_injury_insured": 419000}, text
    for text in _both_scripts("失业保险参保人数：2020年21.5，2025年25，预期性。"):
        assert pc.extract_indicators(text, period=(2021, 2025), section="主要目标").empty, text
    _assert_placed([
        # list marks are no values
        ((2024, 2024), "工作回顾", "（1）城镇新增就业：目标8,000人，实际完成8,416人；（2）城镇登记失业率：目标3.5%以内，实际2.7%。",
         {("new_urban_jobs", "target", 2024): 8000, ("new_urban_jobs", "actual", 2024): 8416,
          ("registered_unemployment_rate", "target", 2024): 3.5, ("registered_unemployment_rate", "actual", 2024): 2.7}),
        # 上述两项指标 are the last two the paragraph named
        ((2024, 2024), "", "2024年主要目标：城镇新增就业5,500人以上；城镇登记失业率3.5%以内。2023年上述两项指标分别完成5,812人、2.9%。",
         {("new_urban_jobs", "target", 2024): 5500, ("registered_unemployment_rate", "target", 2024): 3.5,
          ("new_urban_jobs", "actual", 2023): 5812, ("registered_unemployment_rate", "actual", 2023): 2.9}),
        ((2021, 2025), "发展基础", "到2020年末，全县基本养老保险、基本医疗保险参保率双双稳定在96%以上。",
         {("pension_coverage_rate", "actual", 2020): 96, ("medical_coverage_rate", "actual", 2020): 96}),
        ((2021, 2025), "主要目标", "基本养老保险覆盖法定人员的比例由2020年的93.2%提高到2025年的95%。",
         {("pension_coverage_rate", "baseline", 2020): 93.2, ("pension_coverage_rate", "target", 2025): 95}),
    ])


def test_plans_reviewed_from_the_next_plan_and_evaluations():
    _assert_placed([
        # a 发展基础 that ends with the plan's aim keeps the previous period's results as results
        ((2021, 2025), "发展基础", "“十三五”时期，全市五年累计实现城镇新增就业14.3万人。“十四五”时期，全市力争城镇新增就业累计15万人。",
         {("new_urban_jobs", "actual", 2020): 143000, ("new_urban_jobs", "target", 2025): 150000}),
        # targets in brackets after a name date no value outside them
        ((2021, 2025), "工作回顾", "城镇新增就业（规划目标：五年累计6万人）2021—2023年累计完成3.9万人；"
         "城镇登记失业率（规划目标：3.5%以内）2023年为2.7%。",
         {("new_urban_jobs", "target", 2025): 60000, ("new_urban_jobs", "actual", 2023): 39000,
          ("registered_unemployment_rate", "target", 2025): 3.5, ("registered_unemployment_rate", "actual", 2023): 2.7}),
        # a plan's last year measured against its targets, with no section: results
        ((2021, 2025), "", "2025年，全区城镇新增就业、城镇登记失业率两项指标分别为1.36万人和2.9%，全部达到规划目标要求。",
         {("new_urban_jobs", "actual", 2025): 13600, ("registered_unemployment_rate", "actual", 2025): 2.9}),
        ((2026, 2030), "主要目标", "“十五五”时期全市城镇新增就业目标确定为累计7.5万人。", {("new_urban_jobs", "target", 2030): 75000}),
        # A…,其中B…;当年…: whether the whole or the part goes on is not said
        ((2021, 2025), "发展基础", "“十三五”以来，全区累计开展补贴性职业技能培训5.8万人次，其中农民工职业技能培训2.1万人次；"
         "2020年当年培训1.6万人次。",
         {("subsidized_training", "actual", 2020): 58000, ("migrant_worker_training", "actual", 2020): 21000}),
    ])


def test_special_plans_revenue_annual_targets_and_the_plans_end():
    _assert_placed([
        ((2021, 2025), "工作回顾", "2023年，全省人力资源服务业营业收入达到1,420亿元，提前两年实现“到2025年突破1,400亿元”的规划目标。",
         {("hr_service_revenue", "actual", 2023): 1.42e11, ("hr_service_revenue", "target", 2025): 1.4e11}),
        # a paragraph about the year's targets: 目标为 is that year's, not the plan's
        ((2021, 2025), "工作回顾", "从年度目标完成情况看，2022年全市农民工职业技能培训目标为1.2万人次，实际完成1.36万人次；"
         "补贴性职业技能培训目标为3万人次，实际完成3.42万人次。",
         {("migrant_worker_training", "target", 2022): 12000, ("migrant_worker_training", "actual", 2022): 13600,
          ("subsidized_training", "target", 2022): 30000, ("subsidized_training", "actual", 2022): 34200}),
        # the previous plan's result a new target is compared with: the new plan's base
        ((2026, 2030), "主要目标", "“十五五”期间，全市城镇新增就业力争累计达到8.5万人以上，高于“十四五”期间实际完成的8.1万人。",
         {("new_urban_jobs", "target", 2030): 85000, ("new_urban_jobs", "baseline", 2025): 81000}),
        # 规划期末 (with or without its year in brackets) in a final evaluation
        ((2021, 2025), "工作回顾", "规划实施总结评估显示，规划期末全市企业劳动合同签订率为96.3%。",
         {("labor_contract_rate", "actual", 2025): 96.3}),
        ((2021, 2025), "工作回顾", "评估期末（2023年底），全市持有社会保障卡的人数为612.8万人，覆盖常住人口的97.6%。",
         {("ss_card_holders", "actual", 2023): 6128000, ("ss_card_coverage_rate", "actual", 2023): 97.6}),
        ((2021, 2025), "主要目标", "新增取得专业技术人员职业资格证书人数：2020年1,250人，2025年1,800人。",
         {("professional_cert_new", "baseline", 2020): 1250, ("professional_cert_new", "target", 2025): 1800}),
    ])


def test_second_review_reported_targets_and_reviews_stay_apart():
    _assert_placed([
        # another plan's 规划期末 is that plan's end; the current plan's stays a target where it plans
        ((2026, 2030), "发展基础", "“十四五”规划期末,全市城镇登记失业率为3.2%。", {("registered_unemployment_rate", "actual", 2025): 3.2}),
        ((2026, 2030), "主要目标", "到本规划期末,城镇调查失业率控制在5.5%以内。", {("surveyed_unemployment_rate", "target", 2030): 5.5}),
        # a work plan's 确保/力争…完成目标任务 is no result; a bound is no result either
        ((2024, 2024), "2024年工作安排", "今年城镇新增就业1.2万人以上,确保全面完成省下达的目标任务。",
         {("new_urban_jobs", "target", 2024): 12000}),
        ((2024, 2024), "", "年内城镇新增就业1.2万人以上,力争全面完成年度目标任务。", {("new_urban_jobs", "target", 2024): 12000}),
        ((2021, 2025), "主要目标", "2025年全市基本养老保险参保率达到95%,高于全省规划目标。", {("pension_coverage_rate", "target", 2025): 95}),
        # a heading of targets in a review is the targets now reviewed; in a plan it marks them
        ((2024, 2024), "2023年工作回顾", "主要目标:城镇新增就业1.35万人,城镇登记失业率3.1%。",
         {("new_urban_jobs", "actual", 2023): 13500, ("registered_unemployment_rate", "actual", 2023): 3.1}),
        ((2024, 2024), "", "2024年主要目标：城镇新增就业5,500人以上；城镇登记失业率3.5%以内。",
         {("new_urban_jobs", "target", 2024): 5500, ("registered_unemployment_rate", "target", 2024): 3.5}),
        # 上述两项 with a qualifier between is not the last two names
        ((2026, 2030), "主要目标", "基本养老保险参保率、基本医疗保险参保率为约束性指标,城镇登记失业率为预期性指标。"
         "上述两项约束性指标2030年分别达到97%和96%。", {}),
        # a forecast of the year is neither target nor result; 前年这一数字 and 去年同期这一数字 are bases
        ((2025, 2025), "", "据他介绍，今年全市城镇新增就业预计可达2.1万人，好于年初预期。", {}),
        ((2024, 2024), "工作回顾", "2023年，全市城镇新增就业7.26万人，前年这一数字为6.85万人。",
         {("new_urban_jobs", "actual", 2023): 72600, ("new_urban_jobs", "baseline", 2022): 68500}),
        ((2024, 2024), "", "截至6月末，全市工伤保险参保人数达到126.4万人，去年同期这一数字为119.8万人。",
         {("work_injury_insured", "actual", 2024): 1264000, ("work_injury_insured", "baseline", 2023): 1198000}),
        # a plan and its result in a release: 计划…实际 of the year the paragraph names
        ((2024, 2024), "", "2023年全县各项目标任务全面完成。城镇新增就业计划4200人，实际完成4538人。",
         {("new_urban_jobs", "target", 2023): 4200, ("new_urban_jobs", "actual", 2023): 4538}),
        # a part of a year's first quarter is no one year's value; a stock at its end is
        ((2024, 2024), "", "今年一季度全县城镇新增就业1263人。3月末，全县工伤保险参保人数3.56万人。",
         {("work_injury_insured", "actual", 2024): 35600}),
        # a previous period's total in a release is what it did, beside the new target
        ((2021, 2025), "", "“十三五”期间，全市累计新增城镇就业28.6万人。“十四五”时期全市城镇新增就业的目标为累计30万人。",
         {("new_urban_jobs", "actual", 2020): 286000, ("new_urban_jobs", "target", 2025): 300000}),
    ])


def test_the_year_after_one_reported_and_a_result_that_is_also_a_targets_base():
    _assert_placed([
        # a paragraph that reports the year before: the document's year, with a target's words, lies ahead
        ((2023, 2023), "工作回顾", "2022年，全市城镇新增就业2.31万人，城镇调查失业率5.1%。2023年，城镇新增就业目标为2.2万人，"
         "城镇调查失业率控制在5.5%左右。",
         {("new_urban_jobs", "actual", 2022): 23100, ("surveyed_unemployment_rate", "actual", 2022): 5.1,
          ("new_urban_jobs", "target", 2023): 22000, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
        # without such a report before it, the year's own value in a one-year review stays its result
        ((2023, 2023), "工作回顾", "2023年，全市城镇调查失业率控制在5.5%以内。", {("surveyed_unemployment_rate", "actual", 2023): 5.5}),
        # last year's actual result beside this year's target: a result and the target's base, left open
        ((2024, 2024), "", "今年全县城镇新增就业的目标为5000人，比去年实际完成的5210人略有下降。",
         {("new_urban_jobs", "target", 2024): 5000}),
        # beside a result it is the earlier result
        ((2024, 2024), "", "2024年全县城镇新增就业5360人，比上年实际完成的5210人多150人。",
         {("new_urban_jobs", "actual", 2024): 5360, ("new_urban_jobs", "actual", 2023): 5210}),
    ])


def test_words_that_only_look_like_intent_and_a_year_in_a_plans_title():
    _assert_placed([
        # 将 of a 把-sentence, a purpose (为确保), a programme's name and a plan followed decide no target
        ((2023, 2023), "", "全市将2.1万名就业困难人员纳入帮扶范围，城镇新增就业5.6万人。", {("new_urban_jobs", "actual", 2023): 56000}),
        ((2023, 2023), "", "为确保就业局势稳定，全市城镇新增就业5.6万人，城镇调查失业率为5.1%。",
         {("new_urban_jobs", "actual", 2023): 56000, ("surveyed_unemployment_rate", "actual", 2023): 5.1}),
        ((2023, 2023), "", "深入实施高校毕业生就业见习计划，全年城镇新增就业5.6万人。", {("new_urban_jobs", "actual", 2023): 56000}),
        ((2021, 2025), "发展基础", "全市将就业工作摆在突出位置，城镇新增就业累计达到15.6万人。", {("new_urban_jobs", "actual", 2020): 156000}),
        # a plan of the year still makes targets
        ((2023, 2023), "", "全年城镇新增就业计划1.5万人，实际完成1.68万人。",
         {("new_urban_jobs", "target", 2023): 15000, ("new_urban_jobs", "actual", 2023): 16800}),
        # the year a work plan's title names (2025年工作要点, 明年工作打算) dates its targets, 全年 included
        ((2024, 2024), "2025年工作要点", "全年城镇新增就业4.5万人以上，开展补贴性职业技能培训2万人次。",
         {("new_urban_jobs", "target", 2025): 45000, ("subsidized_training", "target", 2025): 20000}),
        ((2024, 2024), "明年工作打算", "城镇新增就业4万人以上，帮助1000人成功创业。",
         {("new_urban_jobs", "target", 2025): 40000, ("entrepreneurship_supported", "target", 2025): 1000}),
        ((2024, 2024), "2024年工作要点", "全年城镇新增就业4.5万人以上。", {("new_urban_jobs", "target", 2024): 45000}),
    ])


def test_evaluations_of_a_plan_final_values_forecasts_and_the_next_plans_proposals():
    _assert_placed([
        # a year early (提前一年) and a multiple of a year (是2020年的) date no other value
        ((2021, 2025), "工作回顾", "各项指标均已完成。其中，技能人才总量2025年达到52万人，提前一年实现50万人的规划目标。",
         {("skilled_talent", "actual", 2025): 520000, ("skilled_talent", "target", 2025): 500000}),
        ((2021, 2025), "工作回顾", "规划期末，全市人力资源服务业营业收入为42.5亿元，是2020年的1.6倍。",
         {("hr_service_revenue", "actual", 2025): 4.25e9}),
        ((2021, 2025), "工作回顾", "2025年，全县城镇就业人员占全部就业人员的比重达到61.2%，比规划基期（2020年55.4%）提高5.8个百分点。",
         {("urban_employment_share", "actual", 2025): 61.2, ("urban_employment_share", "baseline", 2020): 55.4}),
        # a final evaluation says so in its own words
        ((2021, 2025), "", "总结评估：规划期末全县社会保障卡持卡人数为38.6万人。", {("ss_card_holders", "actual", 2025): 386000}),
        # a forecast in a review is neither a target nor a result
        ((2016, 2020), "工作回顾", "截至2020年9月底，城镇新增就业累计2.2万人；全年城镇登记失业率预计控制在3.2%左右。",
         {("new_urban_jobs", "actual", 2020): 22000}),
        # what a summary proposes for the next plan is that plan's target
        ((2016, 2020), "工作回顾", "总结报告建议，“十四五”时期每年城镇新增就业不少于8000人。", {("new_urban_jobs", "target", 2025): 8000}),
        ((2026, 2030), "主要目标", "编制说明：城镇登记失业率拟按3.5%以内设置。", {("registered_unemployment_rate", "target", 2030): 3.5}),
        # the targets a plan listed, quoted in the next plan's review
        ((2026, 2030), "发展基础", "上一轮规划提出了“十四五”规划的两项就业目标：城镇新增就业累计6万人以上、城镇调查失业率5.5%以内。",
         {("new_urban_jobs", "target", 2025): 60000, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
    ])


def test_reports_with_tasks_assigned_plan_names_that_date_nothing_and_current_values():
    _assert_placed([
        # a heading of assigned targets (目标责任书, 绩效目标) makes its list targets, even in a review
        ((2019, 2019), "工作回顾", "2019年度目标责任书确定的任务为：城镇新增就业3100人、城镇登记失业率控制在4%以内。经考核，全年城镇新增就业3325人。",
         {("new_urban_jobs", "target", 2019): 3100, ("registered_unemployment_rate", "target", 2019): 4,
          ("new_urban_jobs", "actual", 2019): 3325}),
        ((2023, 2023), "", "2023年部门预算绩效目标：城镇新增就业人数≥8000人，帮助成功创业人数≥300人。",
         {("new_urban_jobs", "target", 2023): 8000, ("entrepreneurship_supported", "target", 2023): 300}),
        # a title naming a summary and a plan: the years after it decide
        ((2019, 2019), "", "2019年工作总结和2020年工作计划：本年度全县高技能人才总量达到1.26万人；2020年，高技能人才总量力争达到1.35万人。",
         {("high_skilled_talent", "actual", 2019): 12600, ("high_skilled_talent", "target", 2020): 13500}),
        # a plan named in a one-year text (“十五五”开局之年) dates nothing; 2024年目标 is a target
        ((2025, 2025), "", "2025年，全市城镇新增就业1.9万人。2026年是“十五五”开局之年，全市将力争全年城镇新增就业2万人，城镇调查失业率控制在5.5%左右。",
         {("new_urban_jobs", "actual", 2025): 19000, ("new_urban_jobs", "target", 2026): 20000,
          ("surveyed_unemployment_rate", "target", 2026): 5.5}),
        ((2024, 2024), "工作要点", "2023年城镇新增就业完成2.1万人，2024年目标2.2万人。",
         {("new_urban_jobs", "actual", 2023): 21000, ("new_urban_jobs", "target", 2024): 22000}),
        # the previous plan's quoted target keeps its year
        ((2026, 2030), "发展基础", "截至2025年底，全县技能人才总量达到9.6万人，“到2025年达到9万人”的规划目标已提前实现。",
         {("skilled_talent", "actual", 2025): 96000, ("skilled_talent", "target", 2025): 90000}),
        # 目前 in a plan's targets is its base; an aim of its own clause (确保就业大局稳定) plans no later value
        ((2021, 2025), "主要目标", "目前，全县城镇登记失业率为3.1%，到2025年控制在3.5%以内。",
         {("registered_unemployment_rate", "baseline", 2020): 3.1, ("registered_unemployment_rate", "target", 2025): 3.5}),
        ((2021, 2025), "发展基础", "全市努力确保就业大局稳定，城镇登记失业率控制在3.5%以内。", {("registered_unemployment_rate", "actual", 2020): 3.5}),
        # forecasts in reviews; a target that results of several years shared; a wider whole than its named part
        ((2021, 2025), "中期评估", "预计到2025年，城镇新增就业累计可达14万人，超额完成规划目标。", {}),
        ((2023, 2023), "", "全年新增就业5.6万人，其中城镇新增就业4.8万人。", {("new_urban_jobs", "actual", 2023): 48000}),
        ((2021, 2025), "主要目标", "全县城镇新增就业由目前的每年3,800人增加到每年4,500人。",
         {("new_urban_jobs", "baseline", 2020): 3800, ("new_urban_jobs", "target", 2025): 4500}),
    ])


def test_pasted_tables_headings_and_rows_without_a_header():
    _assert_placed([
        # a table pasted one row per line is read as a table: base and target columns by the header
        ((2021, 2025), "主要目标", "指标 2020年 2025年 属性\n城镇调查失业率（%） 5.2 ≤5.5 预期性\n基本养老保险参保率（%） 91.3 ≥95 约束性",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.2, ("surveyed_unemployment_rate", "target", 2025): 5.5,
          ("pension_coverage_rate", "baseline", 2020): 91.3, ("pension_coverage_rate", "target", 2025): 95}),
        # one row under its header is a table too
        ((2026, 2030), "主要目标", "指标 2025年 2030年 属性\n城镇新增就业（万人） 2.1 2.3 预期性",
         {("new_urban_jobs", "baseline", 2025): 21000, ("new_urban_jobs", "target", 2030): 23000}),
        # a row without its header: which value is which year's is unknown
        ((2021, 2025), "发展基础", "城镇调查失业率（%）　5.4　5.2　5.3", {}),
        # a heading on a line of its own heads the lines below it
        ((2024, 2024), "", "2024年主要目标：\n1.城镇新增就业1.2万人以上；\n2.城镇调查失业率控制在5.5%以内；",
         {("new_urban_jobs", "target", 2024): 12000, ("surveyed_unemployment_rate", "target", 2024): 5.5}),
        # a label after a value (…24.9万人 目标值:26万人) is the next value's
        ((2021, 2025), "工作回顾", "失业保险参保人数　2022年：23.4万人　2023年：24.9万人　目标值：26万人",
         {("unemployment_insured", "actual", 2022): 234000, ("unemployment_insured", "actual", 2023): 249000,
          ("unemployment_insured", "target", 2025): 260000}),
    ])


def test_pasted_tables_by_the_kind_of_text_titles_forecasts_and_values_now():
    _assert_placed([
        # a bulletin's table reports its year; a progress column (完成率) and a forecast column give no level
        ((2024, 2024), "", "指标 单位 2024年目标 2024年完成 完成率\n城镇新增就业 万人 5 5.36 107.2",
         {("new_urban_jobs", "target", 2024): 50000, ("new_urban_jobs", "actual", 2024): 53600}),
        ((2021, 2025), "工作回顾", "指标 单位 2020年基数 2025年预计\n城镇调查失业率 % 5.3 5.0", {("surveyed_unemployment_rate", "baseline", 2020): 5.3}),
        # a final evaluation's table reports the plan's last year; a 发展基础 table the previous plan's
        ((2021, 2025), "工作回顾", "表1 “十四五”规划主要指标完成情况\n指标 单位 2020年 2025年 属性\n城镇调查失业率 % 5.2 4.9 预期性",
         {("surveyed_unemployment_rate", "baseline", 2020): 5.2, ("surveyed_unemployment_rate", "actual", 2025): 4.9}),
        ((2026, 2030), "发展基础", "指标 2020年 2025年\n工伤保险参保人数（万人） 61.2 70.9",
         {("work_injury_insured", "baseline", 2020): 612000, ("work_injury_insured", "actual", 2025): 709000}),
        # a title line heads what follows; a heading naming an earlier year or a plan dates its targets
        ((2025, 2025), "", "2024年主要目标：\n城镇新增就业4.5万人以上。", {("new_urban_jobs", "target", 2024): 45000}),
        ((2021, 2021), "", "“十四五”时期主要目标：\n城镇新增就业累计25万人以上。", {("new_urban_jobs", "target", 2025): 250000}),
        ((2024, 2024), "工作回顾", "2025年工作打算：\n城镇新增就业4.5万人以上。", {("new_urban_jobs", "target", 2025): 45000}),
        ((2024, 2024), "", "预计全年完成情况：\n城镇新增就业4.9万人。", {}),
        # forecasts in other words; results in a review that lists years inside the plan and then its last
        ((2021, 2025), "工作回顾", "据测算，到“十四五”末全市城镇新增就业累计可达27万人。", {}),
        ((2021, 2025), "工作回顾", "城镇调查失业率2021年为5.1%，2022年为5.3%，2025年为5.0%。",
         {("surveyed_unemployment_rate", "actual", 2021): 5.1, ("surveyed_unemployment_rate", "actual", 2022): 5.3}),
        # plan words that plan nothing; a result's own verb; the value now in a year's targets
        ((2024, 2024), "", "扎实开展“春风行动”计划，全年城镇新增就业5.3万人。", {("new_urban_jobs", "actual", 2024): 53000}),
        ((2024, 2024), "", "根据年初计划，今年城镇新增就业目标为4.5万人，实际完成5.3万人。",
         {("new_urban_jobs", "target", 2024): 45000, ("new_urban_jobs", "actual", 2024): 53000}),
        ((2025, 2025), "主要目标", "目前全市城镇登记失业率为2.9%，全年控制在3.5%以内。", {("registered_unemployment_rate", "target", 2025): 3.5}),
    ])


def test_pasted_markdown_tables_units_in_the_header_and_columns_of_the_year():
    _assert_placed([
        # a Markdown table: its |---| line is no row; the name column's header gives the unit
        ((2021, 2025), "主要目标", "| 指标（万人次） | 2020年 | 2025年 |\n| --- | --- | --- |\n| 补贴性职业技能培训 | 〔18.2〕 | 〔20〕 |",
         {("subsidized_training", "baseline", 2020): 182000, ("subsidized_training", "target", 2025): 200000}),
        # a review's year-by-year table reports every year; a base column without a year is the plan's base
        ((2021, 2025), "工作回顾", "| 指标 | 2021年 | 2022年 | 2023年 | 2024年 | 2025年 |\n|---|---|---|---|---|---|\n"
         "| 城镇新增就业（万人） | 6.1 | 6.3 | 6.2 | 6.4 | 6.5 |",
         {("new_urban_jobs", "actual", y): v for y, v in zip(range(2021, 2026), (61000, 63000, 62000, 64000, 65000))}),
        ((2021, 2025), "工作回顾", "| 指标 | 单位 | 基期值 | 目标值 |\n|---|---|---|---|\n| 劳动年龄人口平均受教育年限 | 年 | 10.8 | 11.3 |",
         {("education_years", "baseline", 2020): 10.8, ("education_years", "target", 2025): 11.3}),
        # a bulletin's 本年末 column; 上年末, last year's result or this year's base, is left open; 上年目标 is a target
        ((2024, 2024), "", "指标 本年末 上年末\n工伤保险参保人数（万人） 8.6 8.2\n失业保险参保人数（万人） 6.2 6.1",
         {("work_injury_insured", "actual", 2024): 86000, ("unemployment_insured", "actual", 2024): 62000}),
        ((2024, 2024), "", "指标 上年目标 上年完成 本年目标\n城镇新增就业（万人） 1.1 1.2 1.25",
         {("new_urban_jobs", "target", 2023): 11000, ("new_urban_jobs", "actual", 2023): 12000,
          ("new_urban_jobs", "target", 2024): 12500}),
    ])


def test_a_table_of_the_previous_plan_with_a_remarks_column():
    _assert_placed([((2026, 2030), "发展基础", "“十四五”规划主要指标完成情况\n指标　规划目标　完成情况　评价\n"
                     "城镇新增就业（万人）　〔30〕　〔32.4〕　超额完成\n注：〔〕内为五年累计数。\n五年来，全市城镇新增就业累计超过32万人。",
                     {("new_urban_jobs", "target", 2025): 300000, ("new_urban_jobs", "actual", 2025): 324000})])


def test_when_the_kind_of_text_is_unsaid_values_stay_open():
    _assert_placed([
        # a plan's text passed without its section: targets or review, unsaid
        ((2026, 2030), "", "——就业。城镇新增就业五年累计6.2万人，城镇调查失业率5.5%以内。", {}),
        # 全年… after part of the year was reported: a target or a forecast
        ((2024, 2024), "", "1—6月全县城镇新增就业1860人。全年城镇新增就业3500人，城镇登记失业率3%。", {}),
        # figures after 2025年是…之年 with no verb of their own, unless the paragraph goes on to the next year
        ((2025, 2025), "", "2025年是“十四五”规划收官之年。全市城镇新增就业5.2万人，基本养老保险参保率95%。", {}),
        ((2025, 2025), "", "2025年是“十四五”规划收官之年。全年全县城镇新增就业5120人。2026年，力争全县城镇新增就业5200人以上。",
         {("new_urban_jobs", "actual", 2025): 5120, ("new_urban_jobs", "target", 2026): 5200}),
        # 今年…共完成 at a year-end meeting is what was done
        ((2022, 2022), "", "今年全市共完成补贴性职业技能培训9.6万人次。明年，全市补贴性职业技能培训计划安排10万人次。",
         {("subsidized_training", "actual", 2022): 96000, ("subsidized_training", "target", 2023): 100000}),
    ])


def test_a_fifth_review_done_so_far_titles_of_part_of_a_year_and_columns_by_title():
    _assert_placed([
        # 今年…共完成 with an aim before it stays a target; 已完成 against the year's plan is part of the year
        ((2025, 2025), "", "今年力争全市共完成补贴性职业技能培训3万人次。", {("subsidized_training", "target", 2025): 30000}),
        ((2025, 2025), "", "今年计划培训农民工3万人次，目前已完成1.8万人次。", {("migrant_worker_training", "target", 2025): 30000}),
        ((2025, 2025), "", "今年我市城镇新增就业目标为1.2万人，全年共完成1.35万人。",
         {("new_urban_jobs", "target", 2025): 12000, ("new_urban_jobs", "actual", 2025): 13500}),
        # a title of part of a year; a title naming the year a table's column plans or reports
        ((2025, 2025), "", "2025年1-6月工作总结\n城镇新增就业6800人。", {}),
        ((2025, 2025), "", "2024年工作总结和2025年工作计划\n指标 单位 2024年 2025年\n城镇新增就业 万人 1.2 1.3",
         {("new_urban_jobs", "actual", 2024): 12000, ("new_urban_jobs", "target", 2025): 13000}),
        # a 目前 column beside a base, a 完成值 column of a mid-term review: undated; a forecast column in other words
        ((2021, 2025), "中期评估", "指标 2020年 目前 2025年目标\n技能人才总量（万人） 48 55 60",
         {("skilled_talent", "baseline", 2020): 480000, ("skilled_talent", "target", 2025): 600000}),
        ((2021, 2025), "中期评估", "指标 2025年目标 完成值\n技能人才总量（万人） 60 55", {("skilled_talent", "target", 2025): 600000}),
        ((2025, 2025), "", "指标 单位 目标 力争完成\n城镇新增就业 万人 1.2 1.35", {("new_urban_jobs", "target", 2025): 12000}),
    ])


def test_a_sixth_review_sections_of_evaluations_work_reports_and_plans_named_as_aims():
    _assert_placed([
        # a 完成情况 or 存在的问题 under a mid-term evaluation reports the plan's progress, not the previous period
        ((2021, 2025), "中期评估 > 主要指标完成情况", "全市城镇新增就业完成11.2万人，城镇调查失业率为5.1%。", {}),
        ((2021, 2025), "规划实施中期评估 > 存在的问题", "全市城镇调查失业率为5.1%。", {}),
        ((2021, 2025), "“十三五”规划实施总结 > 主要成就", "全市城镇调查失业率为5.1%。",
         {("surveyed_unemployment_rate", "actual", 2020): 5.1}),
        # a summary of the plan (总结 without 评估) is no section of targets
        ((2021, 2025), "“十四五”规划总结", "城镇调查失业率为5.0%。", {}),
        # the plan's last year: a target quoted in a mid-term review, a result in a final one
        ((2021, 2025), "中期评估", "2025年，全市城镇调查失业率为5.0%。", {("surveyed_unemployment_rate", "target", 2025): 5.0}),
        ((2021, 2025), "总结评估", "2025年，全市城镇调查失业率为5.0%。", {("surveyed_unemployment_rate", "actual", 2025): 5.0}),
        ((2021, 2025), "总结评估", "“十四五”规划目标全面完成，2025年基本养老保险参保率达到96%。",
         {("pension_coverage_rate", "actual", 2025): 96.0}),
        # 过去一年工作回顾 of a work report: the year before the report's
        ((2024, 2024), "过去一年工作回顾", "全市城镇新增就业5.6万人。", {("new_urban_jobs", "actual", 2023): 56000}),
        # a plan named as the aim of a year's work dates nothing
        ((2024, 2024), "工作要点", "为“十四五”收官打好基础，城镇新增就业5.2万人以上。", {("new_urban_jobs", "target", 2024): 52000}),
        # 重点任务 of a one-year text plans the year
        ((2024, 2024), "三、重点任务", "城镇调查失业率控制在5.5%以内。", {("surveyed_unemployment_rate", "target", 2024): 5.5}),
        # 新增 after an aim's verb: amounts added, not the stock; 就业人员 is no 城镇新增就业
        ((2024, 2024), "工作要点", "力争新增高技能人才1.2万人。", {}),
        ((2024, 2024), "", "全年城镇新增就业5.6万人。年末全市就业人员312万人。", {("new_urban_jobs", "actual", 2024): 56000}),
    ])


def test_news_items_quoted_plans_and_results_counted_together():
    _assert_placed([
        # a news item of a date it does not give: its figures stay unplaced; a month's end dates its stocks
        ((2024, 2024), "", "近日，县人社局发布就业数据：全县城镇新增就业3120人，城镇登记失业率2.6%。", {}),
        ((2023, 2023), "", "记者近日从县人社局获悉，截至9月底，该县外出务工的农村劳动力达到18.64万人。",
         {("rural_labor_transfer", "actual", 2023): 186400}),
        # 今年…共有 / 共计 at a year-end release reports the year, unless an aim comes before it
        ((2024, 2024), "", "12月30日，市人社局发布消息：今年全市参加工伤保险的在职职工共计68.4万人。",
         {("work_injury_insured", "actual", 2024): 684000}),
        ((2024, 2024), "", "今年力争全市参加工伤保险的职工共计70万人。", {("work_injury_insured", "target", 2024): 700000}),
        # an earlier plan's targets quoted in a later plan's 发展基础 are targets, dated that plan's end
        ((2026, 2030), "发展基础", "“十四五”规划提出，到2025年全市高技能人才总量达到30万人。从实施结果看，2025年末高技能人才总量为31.6万人。",
         {("high_skilled_talent", "target", 2025): 300000, ("high_skilled_talent", "actual", 2025): 316000}),
        # “不低于95%”的规划要求 is the plan's target
        ((2021, 2025), "工作回顾", "截至2024年6月底，全县基本医疗保险参保率稳定在97%左右，达到“不低于95%”的规划要求。",
         {("medical_coverage_rate", "actual", 2024): 97.0, ("medical_coverage_rate", "target", 2025): 95.0}),
    ])


def test_targets_set_as_words_pairs_to_the_plans_end_and_the_year_before_last():
    _assert_placed([
        # 目标定为, 略低于…的规划目标
        ((2024, 2024), "", "今年，全市城镇新增就业的目标定为4.6万人。", {("new_urban_jobs", "target", 2024): 46000}),
        ((2021, 2025), "工作回顾", "规划期末，全县技能人才总量达到6.2万人，略低于6.5万人的规划目标。",
         {("skilled_talent", "actual", 2025): 62000, ("skilled_talent", "target", 2025): 65000}),
        # 由规划基期的A提高到规划期末的B in a final evaluation; 由前年的A降至B in a work report of the year after
        ((2021, 2025), "工作回顾", "总结评估显示，全市社会保障卡持卡人口覆盖率由规划基期的93.5%提高到规划期末的98.6%。",
         {("ss_card_coverage_rate", "baseline", 2020): 93.5, ("ss_card_coverage_rate", "actual", 2025): 98.6}),
        ((2024, 2024), "", "去年全县城镇登记失业率由前年的3.2%降至2.9%。",
         {("registered_unemployment_rate", "baseline", 2022): 3.2, ("registered_unemployment_rate", "actual", 2023): 2.9}),
        # 下半年,要确保全年…: the whole year's target, not part of it
        ((2023, 2023), "", "上半年，全市城镇新增就业2.9万人。下半年，要确保全年城镇登记失业率控制在3.5%以内。",
         {("registered_unemployment_rate", "target", 2023): 3.5}),
    ])


def test_names_of_an_earlier_sentence_taken_up_by_their_number():
    _assert_placed([
        ((2023, 2023), "", "年末全市基本养老、失业、工伤保险参保人数分别为186.4万人、62.8万人和71.5万人。"
                           "明年，三项保险参保人数力争分别达到190万人、64万人和73万人。",
         {("pension_insured", "actual", 2023): 1864000, ("unemployment_insured", "actual", 2023): 628000,
          ("work_injury_insured", "actual", 2023): 715000, ("pension_insured", "target", 2024): 1900000,
          ("unemployment_insured", "target", 2024): 640000, ("work_injury_insured", "target", 2024): 730000}),
        ((2025, 2025), "", "去年，全县城镇调查失业率和城镇登记失业率分别为5.0%和2.8%。今年，两项指标分别控制在5.5%左右和3.5%以内。",
         {("surveyed_unemployment_rate", "actual", 2024): 5.0, ("registered_unemployment_rate", "actual", 2024): 2.8,
          ("surveyed_unemployment_rate", "target", 2025): 5.5, ("registered_unemployment_rate", "target", 2025): 3.5}),
        ((2021, 2025), "工作回顾", "截至2023年底，全县失业保险参保人数3.46万人，工伤保险参保人数4.12万人；规划到2025年这两项分别达到3.8万人和4.5万人。",
         {("unemployment_insured", "actual", 2023): 34600, ("work_injury_insured", "actual", 2023): 41200,
          ("unemployment_insured", "target", 2025): 38000, ("work_injury_insured", "target", 2025): 45000}),
        # an amount added to a stock (新增高技能人才) is no name the count can take up
        ((2024, 2024), "", "全年城镇新增就业1.2万人，新增高技能人才2,000人；2023年两项指标分别完成1.31万人、2,240人。",
         {("new_urban_jobs", "actual", 2024): 12000}),
        # 有N人取得了…证书
        ((2023, 2023), "", "2023年，全市有8.2万人取得了职业资格证书或职业技能等级证书。", {("vocational_cert_new", "actual", 2023): 82000}),
    ])


def test_a_run_of_targets_compared_with_and_the_names_of_the_sentence():
    _assert_placed([
        ((2021, 2025), "工作回顾", "截至2023年底，全市劳动人事争议调解成功率、仲裁结案率依次为72.6%、94.1%，分别高于70%和90%的规划目标。",
         {("mediation_success_rate", "actual", 2023): 72.6, ("arbitration_closure_rate", "actual", 2023): 94.1,
          ("mediation_success_rate", "target", 2025): 70.0, ("arbitration_closure_rate", "target", 2025): 90.0}),
        # a value after a name written with its own value is not the earlier subject's
        ((2024, 2024), "", "全年完成补贴性职业技能培训3.26万人次；帮助1120人成功创业，完成年度任务1000人的112%。",
         {("subsidized_training", "actual", 2024): 32600, ("entrepreneurship_supported", "actual", 2024): 1120}),
    ])
    df = pc.extract_indicators("截至2023年底，全市劳动人事争议调解成功率、仲裁结案率依次为72.6%、94.1%，分别高于70%和90%的规划目标。",
                               period=(2021, 2025), section="工作回顾")
    assert set(df[df.role == "target"].comparator) == {"="}  # 高于 is the results', not the targets'


def test_quoted_targets_and_a_final_reviews_whole_period():
    _assert_placed([
        ((2024, 2024), "", "2024年，全国城镇新增就业1256万人，实现了“1200万人以上”的预期目标；全年全国城镇调查失业率平均值为5.1%，"
                           "比“5.5%左右”的预期目标低0.4个百分点。",
         {("new_urban_jobs", "actual", 2024): 12560000, ("new_urban_jobs", "target", 2024): 12000000,
          ("surveyed_unemployment_rate", "actual", 2024): 5.1, ("surveyed_unemployment_rate", "target", 2024): 5.5}),
        ((2021, 2025), "工作回顾", "总结评估显示，规划期内全区城镇新增就业累计逾6万人，超过5万人的规划目标。",
         {("new_urban_jobs", "actual", 2025): 60000, ("new_urban_jobs", "target", 2025): 50000}),
        # the same words in a mid-term review give no year
        ((2021, 2025), "工作回顾", "中期评估显示，规划实施以来全区城镇新增就业累计3.2万人。", {}),
    ])


def test_lines_a_copy_broke_mid_sentence_are_read_as_one():
    text = ("年末全市基本养老、失业、工伤保险参保人数分别为\n286.4万人、92.3万人、\n118.7万人，分别比上年末增加6.2万人、3.1万人和4.5万人。\n"
            "参加失业保险人数为48.\n63万人。城镇登记失业率控制在\n— 7 —\n3.5%以内。")
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=(2023, 2023))
        got = {(r.indicator_id, r.role, int(r.year)): (r.value, r.source_line) for r in df.itertuples()
               if r.role and r.year == r.year}
        assert got[("pension_insured", "actual", 2023)] == (2864000, 1)  # dated by its first line
        assert got[("work_injury_insured", "actual", 2023)] == (1187000, 1)
        assert got[("registered_unemployment_rate", "actual", 2023)][0] == 3.5
        assert got[("unemployment_insured", "actual", 2023)] == (486300, 4)
    # lines of a list, each a statement of its own, stay apart
    assert _placed("2024年主要目标：\n城镇新增就业1.2万人以上\n城镇调查失业率5.5%以内", (2024, 2024)) == {
        ("new_urban_jobs", "target", 2024): 12000, ("surveyed_unemployment_rate", "target", 2024): 5.5}


def test_numbered_items_of_a_pasted_list():
    assert _placed("“十四五”时期主要目标：\n（一）城镇调查失业率、城镇登记失业率分别控制在5.5%、4%以内；\n"
                   "（二）基本养老保险、基本医疗保险参保率分别达到95%、96%以上；", (2021, 2025)) == {
        ("surveyed_unemployment_rate", "target", 2025): 5.5, ("registered_unemployment_rate", "target", 2025): 4.0,
        ("pension_coverage_rate", "target", 2025): 95.0, ("medical_coverage_rate", "target", 2025): 96.0}
    assert _placed("2025年工作目标：\n一、城镇新增就业一万二千人以上；\n二、城镇调查失业率控制在百分之五点五以内。", (2025, 2025)) == {
        ("new_urban_jobs", "target", 2025): 12000, ("surveyed_unemployment_rate", "target", 2025): 5.5}
    # 1.2万人 opening a line is a value, not an item's number
    assert _placed("2025年工作目标：\n1.2万人的城镇新增就业目标。", (2025, 2025)) == {("new_urban_jobs", "target", 2025): 12000}


def test_a_lists_values_one_per_line():
    assert _placed("全年城镇新增就业、城镇登记失业率、城镇调查失业率依次为：\n1.32万人\n2.86%\n5.2%", (2023, 2023), "工作回顾") == {
        ("new_urban_jobs", "actual", 2023): 13200, ("registered_unemployment_rate", "actual", 2023): 2.86,
        ("surveyed_unemployment_rate", "actual", 2023): 5.2}


def test_names_and_values_on_alternate_lines():
    assert _placed("2023年全县就业主要指标\n城镇新增就业\n３，２８６人\n城镇登记失业率\n２．６８％", (2023, 2023), "工作回顾") == {
        ("new_urban_jobs", "actual", 2023): 3286, ("registered_unemployment_rate", "actual", 2023): 2.68}
    # a table's cells one per line (a header first) are read as the table's, not joined name to value
    df = pc.extract_indicators("指标\n单位\n2020年\n2025年\n城镇新增就业\n万人\n〔30〕\n〔32〕", period=(2021, 2025))
    assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 300000), ("target", 2025, 320000)}


def test_a_names_values_by_year_on_lines_of_their_own():
    assert _placed("专栏2　人才队伍建设主要指标\n专业技术人才总量（万人）\n2020年　36.8\n2025年　42\n其中：高级职称人才（万人）\n"
                   "2020年　3.9\n2025年　4.6", (2021, 2025), "主要目标") == {
        ("professional_talent", "baseline", 2020): 368000, ("professional_talent", "target", 2025): 420000,
        ("senior_title_talent", "baseline", 2020): 39000, ("senior_title_talent", "target", 2025): 46000}


def test_earlier_names_taken_up_with_their_results_or_aims_between():
    _assert_placed([
        ((2024, 2024), "", "2024年部门预算绩效目标：城镇新增就业人数≥1.1万人，城镇登记失业率＜4%。2023年上述两项指标实际完成值分别为1.18万人、2.9%。",
         {("new_urban_jobs", "target", 2024): 11000, ("registered_unemployment_rate", "target", 2024): 4.0,
          ("new_urban_jobs", "actual", 2023): 11800, ("registered_unemployment_rate", "actual", 2023): 2.9}),
        ((2023, 2023), "", "2023年，全县企业职工和机关事业单位基本养老保险参保人数分别达到6.84万人和1.12万人。"
                           "2024年，两项参保人数分别力争达到7万人和1.15万人。",
         {("enterprise_pension_insured", "actual", 2023): 68400, ("public_institution_pension_insured", "actual", 2023): 11200,
          ("enterprise_pension_insured", "target", 2024): 70000, ("public_institution_pension_insured", "target", 2024): 11500}),
    ])


def test_names_of_the_same_sentence_taken_up_by_their_number():
    assert _placed("到2030年，全市失业保险、工伤保险参保人数分别达到125万人和150万人，2025年这两项分别为112万人和136万人。",
                   (2026, 2030), "主要目标") == {
        ("unemployment_insured", "target", 2030): 1250000, ("work_injury_insured", "target", 2030): 1500000,
        ("unemployment_insured", "baseline", 2025): 1120000, ("work_injury_insured", "baseline", 2025): 1360000}


def test_the_5年_of_a_year_is_no_five_years():
    df = pc.extract_indicators("2025年城镇新增就业4100人。", period=(2026, 2030), section="发展基础")
    assert list(zip(df.role, df.year, df.value, df.basis)) == [("actual", 2025, 4100, "annual")]


def test_postdoctoral_recruits_in_other_words():
    _assert_placed([
        ((2024, 2024), "", "据介绍，今年全市计划招收博士后研究人员120名。去年，全市新进站博士后108名。",
         {("postdoc_recruits", "target", 2024): 120, ("postdoc_recruits", "actual", 2023): 108}),
    ])


def test_a_clause_that_goes_on_with_继续_or_再():
    _assert_placed([
        ((2024, 2024), "", "2024年，全区城镇调查失业率平均为5.0%，明年将继续控制在5.5%以内。",
         {("surveyed_unemployment_rate", "actual", 2024): 5.0, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2023, 2023), "", "年末全市失业保险参保人数达到46.8万人，比上年末净增2.3万人。明年力争再增加2万人，达到48.8万人。",
         {("unemployment_insured", "actual", 2023): 468000, ("unemployment_insured", "target", 2024): 488000}),
    ])


def test_a_span_listed_year_by_year_with_逐年():
    assert _placed("2021—2023年，全市城镇新增就业逐年分别为3.4万人、3.3万人、3.5万人。", (2021, 2025), "中期评估") == {
        ("new_urban_jobs", "actual", 2021): 34000, ("new_urban_jobs", "actual", 2022): 33000,
        ("new_urban_jobs", "actual", 2023): 35000}


def test_a_seventh_review_year_end_results_margins_people_served_parts_and_spans():
    _assert_placed([
        # 今年 with a verb of something done, or in a year-end summary, is the year's result
        ((2023, 2023), "", "今年全市完成城镇新增就业5.2万人，完成率104%。", {("new_urban_jobs", "actual", 2023): 52000}),
        ((2023, 2023), "", "2023年工作总结暨2024年工作计划。今年，全县城镇新增就业3260人。明年，计划城镇新增就业3000人。",
         {("new_urban_jobs", "actual", 2023): 3260, ("new_urban_jobs", "target", 2024): 3000}),
        # the margin over a target is no level
        ((2023, 2023), "", "全年城镇新增就业5.2万人，超过4.5万人的年度目标0.7万人。",
         {("new_urban_jobs", "actual", 2023): 52000, ("new_urban_jobs", "target", 2023): 45000}),
        # people a service was given to are not the subject's count
        ((2023, 2023), "", "全市失业保险参保人数45.3万人。全年共为1.2万名失业人员发放失业保险金2.6亿元。",
         {("unemployment_insured", "actual", 2023): 453000}),
        # parts of an increase or of a flow are amounts added; households helped are no stock
        ((2023, 2023), "", "全年新增参保8.6万人，其中企业职工基本养老保险3.1万人、失业保险2.2万人、工伤保险3.3万人。", {}),
        ((2023, 2023), "", "全年城镇新增就业3.6万人，其中高校毕业生就业1.2万人，农村劳动力转移就业0.8万人。",
         {("new_urban_jobs", "actual", 2023): 36000}),
        ((2023, 2023), "", "帮助零就业家庭186户实现至少一人就业。", {}),
        # a bound over several years is no one year's value
        ((2024, 2024), "", "该县城镇新增就业连续五年超过3000人，今年力争达到3500人。", {("new_urban_jobs", "target", 2024): 3500}),
        ((2025, 2025), "", "“十三五”和“十四五”十年间，全市累计新增城镇就业58.6万人。", {}),
    ])


def test_part_year_lists_forecasts_and_last_years_results_as_bases():
    _assert_placed([
        ((2024, 2024), "", "2024年上半年主要指标：城镇新增就业2.8万人；城镇登记失业率2.7%。", {}),
        ((2024, 2024), "", "今年1—11月，全市新增城镇就业5.1万人，完成年度目标的102%；全年预计完成5.5万人。", {}),
        ((2023, 2023), "", "全年城镇新增就业5.2万人，较上年实际的4.9万人多出0.3万人。",
         {("new_urban_jobs", "actual", 2023): 52000, ("new_urban_jobs", "baseline", 2022): 49000}),
    ])
    rows = _placed("今年全市城镇新增就业目标为5.5万人，比去年实际完成数5.86万人略低。", (2024, 2024))
    assert rows[("new_urban_jobs", "target", 2024)] == 55000 and ("new_urban_jobs", "target", 2024) in rows
    assert all(y == 2023 for (_, _, y), v in rows.items() if v == 58600)  # last year's result, whatever its role


def test_pasted_table_shapes_grouped_digits_several_values_a_cell_and_names_as_prose_writes_them():
    _assert_placed([
        # digits grouped by a space inside cells set apart by wider gaps; 计划/实际 of a one-year text
        ((2023, 2023), "工作回顾", "指标　　　　计划　　　实际\n城镇新增就业（人）　12 500　　　13 078",
         {("new_urban_jobs", "target", 2023): 12500, ("new_urban_jobs", "actual", 2023): 13078}),
        # one name for several indicators, one value of each in every cell, in order
        ((2021, 2025), "主要目标", "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n"
         "| 城镇职工基本养老、工伤保险参保人数（万人） | 41.5、18.2 | 46、21 |",
         {("employee_pension_insured", "baseline", 2020): 415000, ("work_injury_insured", "baseline", 2020): 182000,
          ("employee_pension_insured", "target", 2025): 460000, ("work_injury_insured", "target", 2025): 210000}),
        ((2021, 2025), "主要目标", "指标　2020年　2025年\n失业保险/生育保险参保人数（万人）　9.4/7.7　11/9",
         {("unemployment_insured", "baseline", 2020): 94000, ("maternity_insured", "baseline", 2020): 77000,
          ("unemployment_insured", "target", 2025): 110000, ("maternity_insured", "target", 2025): 90000}),
        # names written as running text would write them, and a name begun on a row without values
        ((2022, 2022), "", "| 指标 | 年末数 |\n|---|---|\n| 持有社会保障卡的人数（万人） | 64.3 |\n"
         "| 参加失业保险的人数（万人） | 12.9 |",
         {("ss_card_holders", "actual", 2022): 643000, ("unemployment_insured", "actual", 2022): 129000}),
        ((2021, 2025), "主要目标", "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 乡镇（街道）、社区（村）就业 | | |\n"
         "| 社保服务机构标准化率（%） | 76 | 95 |",
         {("service_standardization_rate", "baseline", 2020): 76, ("service_standardization_rate", "target", 2025): 95}),
        # a list under a heading, its items set off by dashes or bullets
        ((2025, 2025), "", "2025年主要预期目标：\n——城镇新增就业2.2万人以上；\n●城镇调查失业率5.5%左右。",
         {("new_urban_jobs", "target", 2025): 22000, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
    ])
    # where the cells are one space apart the spaces cannot be told apart: no value is placed
    assert not [k for k in _placed("指标 计划 实际\n城镇新增就业（人） 12 500 13 078", (2023, 2023), "工作回顾") if k[0]]
    # a cell with another number of values than its row names indicators: which is whose is unknown
    assert not [k for k in _placed("| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 基本养老、失业保险参保人数（万人） | "
                                   "41.5、9.4、3 | 46、11 |", (2021, 2025), "主要目标") if k[0]]


def test_pasted_tables_columns_of_totals_over_a_span_and_a_flattened_header_of_single_cells():
    _assert_placed([
        # an earlier plan's total is a base, the plan's own a result in its summary (a title with (附表) heads it)
        ((2021, 2025), "工作回顾", "“十四五”规划实施情况总结（附表）\n指标　“十三五”累计　“十四五”累计\n"
         "城镇新增就业（万人）　〔41.2〕　〔43.5〕",
         {("new_urban_jobs", "baseline", 2020): 412000, ("new_urban_jobs", "actual", 2025): 435000}),
        # the first years so far: a result at their last year; a five-year target marked in its header
        ((2021, 2025), "工作回顾", "| 指标 | 规划目标（五年累计） | 2021—2024年累计 |\n|---|---|---|\n| 城镇新增就业（万人） | 25 | 21.6 |",
         {("new_urban_jobs", "target", 2025): 250000, ("new_urban_jobs", "actual", 2024): 216000}),
        # one cell per line: 2024年 and 目标值 are two columns when every row has a value for each
        ((2021, 2025), "工作回顾", "指标名称\n基期值\n2024年\n目标值\n城镇登记失业率（%）\n3.1\n2.8\n≤3.5",
         {("registered_unemployment_rate", "baseline", 2020): 3.1, ("registered_unemployment_rate", "actual", 2024): 2.8,
          ("registered_unemployment_rate", "target", 2025): 3.5}),
    ])
    df = pc.extract_indicators("| 指标 | 规划目标（五年累计） | 2021—2024年累计 |\n|---|---|---|\n| 城镇新增就业（万人） | 25 | 21.6 |",
                               period=(2021, 2025), section="工作回顾")
    assert list(df.basis) == ["five_year_total", ""] and "part_period" in df["flags"].iloc[1]


def test_pasted_lists_of_names_and_values_set_apart_by_spaces_and_a_base_after_a_colon():
    _assert_placed([
        # name, value, name, value on one line: a list, not a table row without its header
        ((2021, 2025), "主要目标", "城镇登记失业率 ≤3.5%　城镇调查失业率 5.5%左右　失业保险参保人数 16.2万人",
         {("registered_unemployment_rate", "target", 2025): 3.5, ("surveyed_unemployment_rate", "target", 2025): 5.5,
          ("unemployment_insured", "target", 2025): 162000}),
        # 基期值: before a value is the plan's base, as 基期值为 is
        ((2021, 2025), "工作回顾", "工伤保险参保人数　基期值：30.4万人　2023年：33.9万人　目标值：36万人",
         {("work_injury_insured", "baseline", 2020): 304000, ("work_injury_insured", "actual", 2023): 339000,
          ("work_injury_insured", "target", 2025): 360000}),
    ])
    # a unit after a space still belongs to its number
    assert _placed("城镇新增就业 3.2 万人", (2024, 2024), "工作回顾") == {("new_urban_jobs", "actual", 2024): 32000}


def test_pasted_tables_whose_columns_name_what_is_measured_of_the_schemes_rows_name():
    _assert_placed([
        ((2023, 2023), "", "2023年末全县社会保险参保情况\n| 项目 | 参保人数（万人） | 参保率（%） |\n|---|---|---|\n"
         "| 基本养老保险 | 38.4 | 94.1 |\n| 失业保险 | 6.2 | |",
         {("pension_insured", "actual", 2023): 384000, ("pension_coverage_rate", "actual", 2023): 94.1,
          ("unemployment_insured", "actual", 2023): 62000}),
        # the unit in the caption, a change beside the level (no row)
        ((2023, 2023), "", "表2　2023年末社会保险参保情况（单位：万人）\n项目 年末参保人数 比上年末增加\n"
         "工伤保险 12.36 0.41\n生育保险 9.87 0.22",
         {("work_injury_insured", "actual", 2023): 123600, ("maternity_insured", "actual", 2023): 98700}),
    ])


def test_this_year_without_an_aim_or_a_result_and_releases_dated_at_a_year_s_turn():
    # 今年 with neither an aim nor a word of a result: planned or done is unknown, so nothing is placed
    assert not _placed("今年全县城镇新增就业3260人，城镇登记失业率2.8%。", (2024, 2024))
    _assert_placed([
        # a bound, or a year just reported before it, makes 今年 the year ahead
        ((2024, 2024), "", "今年，全县城镇新增就业3000人以上。", {("new_urban_jobs", "target", 2024): 3000}),
        ((2024, 2024), "", "去年全县城镇新增就业3120人。今年，城镇新增就业3200人。",
         {("new_urban_jobs", "actual", 2023): 3120, ("new_urban_jobs", "target", 2024): 3200}),
        # a release of late December reports the year; one of early January the year just ended
        ((2024, 2024), "", "12月27日，县人社局通报：今年全县城镇新增就业3260人。", {("new_urban_jobs", "actual", 2024): 3260}),
        ((2025, 2025), "", "1月9日，市人社局发布：年末全市工伤保险参保人数达到41.3万人，全年城镇新增就业2.2万人。",
         {("work_injury_insured", "actual", 2024): 413000, ("new_urban_jobs", "actual", 2024): 22000}),
        # a ceiling named 控制线 is a target; a rate held 今年以来 is the months so far, no year's
        ((2024, 2024), "工作回顾", "全年城镇登记失业率为2.7%，低于3.5%的控制线。",
         {("registered_unemployment_rate", "actual", 2024): 2.7, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2024, 2024), "", "今年以来，全市城镇登记失业率稳定在3.2%以内。", {}),
        # a list closed by 的目标: each item a target; 新增 of a stock's target is no level of the stock
        ((2026, 2030), "发展基础", "“十四五”规划确定的城镇登记失业率控制在4%以内、失业保险参保人数达到30万人的目标均已实现。",
         {("registered_unemployment_rate", "target", 2025): 4, ("unemployment_insured", "target", 2025): 300000}),
        ((2025, 2025), "", "2025年，要实现城镇新增就业2万人以上、新增高技能人才5000人的目标。",
         {("new_urban_jobs", "target", 2025): 20000}),
    ])


def test_years_ahead_of_a_work_report_the_plan_s_base_and_the_year_a_section_plans():
    _assert_placed([
        # 今后五年 in the report of a plan's first year: its end; in another year's: no year given
        ((2026, 2026), "", "今后五年，全市城镇调查失业率控制在5.5%以内。", {("surveyed_unemployment_rate", "target", 2030): 5.5}),
        ((2023, 2023), "", "今后五年，全市城镇调查失业率控制在5.5%以内。", {}),
        # 规划基期 with no year: the year before the plan; a later 到规划期末 dates the later clause
        ((2021, 2025), "主要目标", "规划基期，全县失业保险参保人数为8.2万人；规划期末达到9万人。",
         {("unemployment_insured", "baseline", 2020): 82000, ("unemployment_insured", "target", 2025): 90000}),
        ((2021, 2025), "主要目标", "规划基期（2020年），城镇登记失业率为3.1%，到规划期末控制在3.5%以内。",
         {("registered_unemployment_rate", "baseline", 2020): 3.1, ("registered_unemployment_rate", "target", 2025): 3.5}),
        # under a section planning next year: this year's figures are results, and 全年 of an earlier sentence
        # does not date a later one
        ((2024, 2024), "2025年工作安排", "2024年全县城镇新增就业4100人。2025年，力争城镇新增就业4200人。",
         {("new_urban_jobs", "actual", 2024): 4100, ("new_urban_jobs", "target", 2025): 4200}),
        ((2024, 2024), "2025年工作打算", "一是稳就业。全年城镇新增就业4200人以上。二是扩参保。失业保险参保人数达到9.5万人。",
         {("new_urban_jobs", "target", 2025): 4200, ("unemployment_insured", "target", 2025): 95000}),
    ])


def test_parts_of_a_year_so_far_and_a_qualifier_shared_by_a_list_of_schemes():
    _assert_placed([
        # the same part of last year, a flow so far (目前) and one from this year's start to a month: no year's value
        ((2024, 2024), "", "去年同期，全县城镇登记失业率为3.0%；今年一季度末为2.8%。", {}),
        ((2024, 2024), "", "今年全县力争城镇新增就业4000人，目前已完成3100人。", {("new_urban_jobs", "target", 2024): 4000}),
        ((2024, 2024), "", "2024年以来，截至10月底，全县累计新增城镇就业3560人。", {}),
        # an average since the plan began up to a year before its end is no one year's
        ((2021, 2025), "工作回顾", "规划实施以来，截至2023年末，全县累计帮助成功创业2400人，年均800人。",
         {("entrepreneurship_supported", "actual", 2023): 2400}),
        # 城镇职工 opening a list: 基本医疗保险 after it is the workers' scheme, which the catalog does not hold
        ((2023, 2023), "", "年末全县城镇职工基本养老保险、基本医疗保险参保人数分别为12.3万人和15.1万人。",
         {("employee_pension_insured", "actual", 2023): 123000}),
    ])


def test_performance_evaluations_adverbs_before_a_verb_and_a_target_handed_down_for_a_year():
    _assert_placed([
        # a performance self-evaluation: 年度指标值 the year's target, 完成值 its result, the indicator levels before
        ((2024, 2024), "", "产出指标—数量指标—城镇新增就业人数：年度指标值≥3200人，实际完成值3460人。",
         {("new_urban_jobs", "target", 2024): 3200, ("new_urban_jobs", "actual", 2024): 3460}),
        ((2024, 2024), "", "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|---|---|\n"
         "| 产出指标 | 数量指标 | 城镇新增就业人数 | ≥3200人 | 3460人 |",
         {("new_urban_jobs", "target", 2024): 3200, ("new_urban_jobs", "actual", 2024): 3460}),
        # an adverb before the verb (仍实现, 依然完成) is no part of the name
        ((2024, 2024), "工作回顾", "面对较大压力，全年仍实现城镇新增就业2860人。", {("new_urban_jobs", "actual", 2024): 2860}),
        # a target handed down for a year, its year inside the name (下达的2023年…目标任务为)
        ((2023, 2023), "", "市对县下达的2023年城镇新增就业目标任务为2800人，全年实际完成2950人。",
         {("new_urban_jobs", "target", 2023): 2800, ("new_urban_jobs", "actual", 2023): 2950}),
    ])


def test_subjects_after_a_pronoun_a_plan_word_or_a_bracketed_year():
    _assert_placed([
        ((2025, 2025), "", "2025年，我们要锚定城镇新增就业2.1万人以上、城镇调查失业率5.5%左右的目标。",
         {("new_urban_jobs", "target", 2025): 21000, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2024, 2024), "", "今年的安排是城镇新增就业3600人，城镇登记失业率控制在3.5%以内。",
         {("new_urban_jobs", "target", 2024): 3600, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2024, 2024), "", "去年（2023年）全县城镇新增就业实绩为3480人。", {("new_urban_jobs", "actual", 2023): 3480}),
    ])


def test_a_bound_each_year_of_a_plan_kept_and_two_pension_schemes_named_apart():
    _assert_placed([
        # 各年均控制在: each year's bound, the plan's last one among them, not an average (年均)
        ((2021, 2025), "工作回顾", "“十四五”时期，全县城镇登记失业率各年均控制在3.5%以内。",
         {("registered_unemployment_rate", "actual", 2025): 3.5}),
        ((2023, 2023), "", "年末全县城镇企业职工和机关事业单位养老保险参保人数分别为9.6万人和1.3万人。",
         {("enterprise_pension_insured", "actual", 2023): 96000, ("public_institution_pension_insured", "actual", 2023): 13000}),
    ])
    df = pc.extract_indicators("“十四五”时期，全县城镇登记失业率各年均控制在3.5%以内。", period=(2021, 2025), section="工作回顾")
    assert df["comparator"].iloc[0] == "<=" and "各年均" in df["quote"].iloc[0]


def test_a_pair_s_end_in_a_review_of_the_plan_s_five_years():
    _assert_placed([((2021, 2025), "工作回顾", "规划实施五年间，全县劳动人事争议调解成功率由基期的61.2%提升至2025年的70.5%。",
                     {("mediation_success_rate", "baseline", 2020): 61.2, ("mediation_success_rate", "actual", 2025): 70.5})])


def test_a_performance_table_one_cell_per_line_and_numbers_that_look_like_row_numbers():
    text = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n产出指标\n数量指标\n新增城镇就业人数\n≥1800人\n1,936人\n"
            "产出指标\n数量指标\n农民工职业技能培训\n≥600人次\n2,015人次")
    _assert_placed([((2024, 2024), "", text, {("new_urban_jobs", "target", 2024): 1800, ("new_urban_jobs", "actual", 2024): 1936,
                                             ("migrant_worker_training", "target", 2024): 600,
                                             ("migrant_worker_training", "actual", 2024): 2015})])


def test_a_base_in_brackets_dated_by_the_plan_before():
    _assert_placed([((2026, 2030), "主要目标", "到2030年，全县社会保障卡持卡人数达到41万人（“十四五”末为38.2万人）。",
                     {("ss_card_holders", "target", 2030): 410000, ("ss_card_holders", "baseline", 2025): 382000})])


def test_headings_and_leads_that_announce_targets_and_records_of_the_previous_plan():
    _assert_placed([
        # a title ending in 目标 (no colon) heads the list below it; a lead heads its own line
        ((2024, 2024), "", "2024年工作目标\n● 城镇新增就业5200人\n● 城镇登记失业率控制在3.5%以内",
         {("new_urban_jobs", "target", 2024): 5200, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2025, 2025), "", "全年目标任务：①城镇新增就业3100人以上；②城镇登记失业率控制在4%以内。",
         {("new_urban_jobs", "target", 2025): 3100, ("registered_unemployment_rate", "target", 2025): 4}),
        # a heading under a section that names next year: next year's targets
        ((2024, 2024), "2025年工作安排", "主要目标：\n· 城镇新增就业不少于4100人；",
         {("new_urban_jobs", "target", 2025): 4100}),
        # a title of data above names and values is no column; results measured against targets are results
        ((2023, 2023), "", "2023年全县人社事业主要数据\n城镇新增就业\n3260人\n城镇调查失业率\n5.1%\n失业保险参保人数\n8.6万人",
         {("new_urban_jobs", "actual", 2023): 3260, ("surveyed_unemployment_rate", "actual", 2023): 5.1,
          ("unemployment_insured", "actual", 2023): 86000}),
        # a share of the year's target is no target; a flow since the year began is no year's value
        ((2024, 2024), "", "| 指标 | 全年目标 | 1—6月完成 | 占全年目标（%） |\n|---|---|---|---|\n| 城镇新增就业（人） | 6000 | 3100 | 51.7 |",
         {("new_urban_jobs", "target", 2024): 6000}),
        ((2025, 2025), "", "年初以来，全市累计帮助成功创业410人。", {}),
    ])
    df = pc.extract_indicators("指标　2021年　2022年　2023年　2024年　2025年　五年累计\n城镇新增就业（万人）　1.1　1.0　1.2　1.3　1.4　6.0",
                               period=(2026, 2030), section="发展基础")
    got = {(r.role, r.year, r.basis): r.value for r in df.itertuples()}  # a 15th plan's record of the 14th's years
    assert got == {**{("actual", y, "annual"): v for y, v in zip(range(2021, 2026), (11000, 10000, 12000, 13000, 14000))},
                   ("actual", 2025, "five_year_total"): 60000}


def test_results_after_a_quoted_target_and_a_year_s_bounds_that_say_nothing_of_done_or_planned():
    _assert_placed([
        # 超额完成 after 到2025年底: a result; 实际分别达到 after quoted targets: results, each of them
        ((2021, 2025), "", "到2025年底，全县工伤保险参保人数达到5.2万人，超额完成4.8万人的规划目标。",
         {("work_injury_insured", "actual", 2025): 52000, ("work_injury_insured", "target", 2025): 48000}),
        ((2021, 2025), "工作回顾", "规划提出到2025年劳动人事争议调解成功率、仲裁结案率分别达到65%和92%，实际分别达到67.3%和93.1%。",
         {("mediation_success_rate", "target", 2025): 65, ("arbitration_closure_rate", "target", 2025): 92,
          ("mediation_success_rate", "actual", 2025): 67.3, ("arbitration_closure_rate", "actual", 2025): 93.1}),
        # the document's own year with bounds only (不低于, 左右): a plan's target or a summary's result, unsaid
        ((2026, 2026), "", "2026年，全市城镇新增就业不低于3.2万人，城镇调查失业率5.5%左右。", {}),
        # … but a result's magnitude word (逾) says it was done
        ((2023, 2023), "", "2023年，全县城镇新增就业逾4100人，城镇调查失业率不高于5.2%。",
         {("new_urban_jobs", "actual", 2023): 4100, ("surveyed_unemployment_rate", "actual", 2023): 5.2}),
    ])


def test_pasted_tables_with_comma_groups_a_caption_naming_the_measure_and_rows_of_years():
    _assert_placed([
        ((2021, 2025), "主要目标", "指标 2020年 2025年 属性\n失业保险参保人数（人） 186,420 200,000 预期性\n"
         "工伤保险参保人数（人） 231,080 250,000 预期性",
         {("unemployment_insured", "baseline", 2020): 186420, ("unemployment_insured", "target", 2025): 200000,
          ("work_injury_insured", "baseline", 2020): 231080, ("work_injury_insured", "target", 2025): 250000}),
        ((2023, 2023), "", "2023年末社会保险参保人数目标完成情况（单位：万人）\n| 险种 | 目标值 | 完成值 |\n|---|---|---|\n"
         "| 失业保险 | 12.5 | 12.9 |\n| 工伤保险 | 15.0 | 14.6 |",
         {("unemployment_insured", "target", 2023): 125000, ("unemployment_insured", "actual", 2023): 129000,
          ("work_injury_insured", "target", 2023): 150000, ("work_injury_insured", "actual", 2023): 146000}),
        # rows of years, columns of indicators: read as the indicator table it turns into
        ((2021, 2025), "工作回顾", "| 年份 | 城镇新增就业（人） | 城镇登记失业率（%） |\n|---|---|---|\n| 2022 | 3 410 | 3.3 |\n"
         "| 2023 | 3 655 | 3.1 |",
         {("new_urban_jobs", "actual", 2022): 3410, ("new_urban_jobs", "actual", 2023): 3655,
          ("registered_unemployment_rate", "actual", 2022): 3.3, ("registered_unemployment_rate", "actual", 2023): 3.1}),
    ])


def test_result_columns_of_evaluation_tables():
    _assert_placed([
        ((2021, 2025), "工作回顾", "| 指标 | 规划目标 | 五年累计完成 |\n|---|---|---|\n| 城镇新增就业（万人） | 〔20〕 | 21.6 |",
         {("new_urban_jobs", "target", 2025): 200000, ("new_urban_jobs", "actual", 2025): 216000}),
        ((2021, 2025), "工作回顾", "| 指标 | 2025年目标值 | 2022年底实现值 | 截至2023年底 |\n|---|---|---|---|\n"
         "| 技能人才总量（万人） | 21 | 18.3 | 19.0 |",
         {("skilled_talent", "target", 2025): 210000, ("skilled_talent", "actual", 2022): 183000,
          ("skilled_talent", "actual", 2023): 190000}),
        ((2021, 2025), "工作回顾", "指标　规划目标值　2022年监测值\n城镇登记失业率（%）　3.5以内　3.1\n城镇调查失业率（%）　5.5以内　5.2",
         {("registered_unemployment_rate", "target", 2025): 3.5, ("registered_unemployment_rate", "actual", 2022): 3.1,
          ("surveyed_unemployment_rate", "target", 2025): 5.5, ("surveyed_unemployment_rate", "actual", 2022): 5.2}),
    ])


def test_a_name_and_its_labelled_values_on_lines_of_their_own():
    _assert_placed([
        ((2021, 2025), "主要目标", "城镇登记失业人数（人）\n基期值：2 860\n目标值：≤3 500",
         {("registered_unemployed", "baseline", 2020): 2860, ("registered_unemployed", "target", 2025): 3500}),
        ((2021, 2025), "工作回顾", "城镇新增就业（万人）\n规划目标：〔18〕\n实际完成：〔19.6〕",
         {("new_urban_jobs", "target", 2025): 180000}),  # 实际完成 with no date in a review: left open
    ])


def test_the_kind_of_document_a_user_names_decides_what_the_text_leaves_open():
    text = "今年全县城镇新增就业3260人，城镇登记失业率2.8%。"
    assert not _placed(text, (2024, 2024))  # a summary's results or a work plan's targets: the text does not say
    for kind, role in (("summary", "actual"), ("bulletin", "actual"), ("work_plan", "target"), ("work_report", "target")):
        df = pc.extract_indicators(text, period=(2024, 2024), kind=kind)
        assert {(r.indicator_id, r.role, r.year) for r in df.itertuples()} == \
            {("new_urban_jobs", role, 2024), ("registered_unemployment_rate", role, 2024)}, kind
    # a work report's 去年 stays last year's result
    df = pc.extract_indicators("去年全县城镇新增就业3120人。今年，城镇新增就业3200人。", period=(2024, 2024), kind="work_report")
    assert {(r.role, r.year, r.value) for r in df.itertuples()} == {("actual", 2023, 3120), ("target", 2024, 3200)}
    try:
        pc.extract_indicators(text, period=(2024, 2024), kind="annual_report")
    except ValueError as exc:
        assert "annual_report" in str(exc) and "summary" in str(exc)
    else:
        raise AssertionError("an unknown kind must be refused")


def test_a_control_target_in_brackets_or_named_before_its_value():
    _assert_placed([
        ((2023, 2023), "", "城镇调查失业率5.1%（控制目标5.5%以内）。",
         {("surveyed_unemployment_rate", "actual", 2023): 5.1, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
        ((2023, 2023), "", "城镇登记失业率控制目标3.5%，实际2.9%。",
         {("registered_unemployment_rate", "target", 2023): 3.5, ("registered_unemployment_rate", "actual", 2023): 2.9}),
        ((2023, 2023), "", "城镇调查失业率5.3%，预期调控目标为5.5%左右。",
         {("surveyed_unemployment_rate", "actual", 2023): 5.3, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
    ])


def test_a_range_in_a_pasted_tables_cell_gives_both_bounds():
    for text in ("指标　2020年　2025年\n城镇调查失业率（%）　5.2　5%—5.5%\n城镇新增就业（万人）　〔12.2〕　〔12—13〕\n注：〔〕内为五年累计数。",
                 "| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 城镇调查失业率（%） | 5.2 | 5—5.5 |\n"
                 "| 城镇新增就业（万人） | 〔12.2〕 | 〔12～13〕 |"):
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
            got = {(r.indicator_id, r.role, r.year, r.value, r.comparator, r.basis) for r in df.itertuples()}
            assert got == {("surveyed_unemployment_rate", "baseline", 2020, 5.2, "=", "rate"),
                           ("surveyed_unemployment_rate", "target", 2025, 5.0, ">=", "rate"),
                           ("surveyed_unemployment_rate", "target", 2025, 5.5, "<=", "rate"),
                           ("new_urban_jobs", "baseline", 2020, 122000, "=", "five_year_total"),
                           ("new_urban_jobs", "target", 2025, 120000, ">=", "five_year_total"),
                           ("new_urban_jobs", "target", 2025, 130000, "<=", "five_year_total")}, variant
            assert df.loc[df["comparator"] != "=", "flags"].str.contains("range").all()


def test_a_one_year_tables_current_column_and_its_change_column():
    _assert_placed([
        ((2023, 2023), "", "指标　本期　同比增减（个百分点）\n城镇调查失业率（%）　5.1　-0.2\n城镇登记失业率（%）　2.7　-0.1",
         {("surveyed_unemployment_rate", "actual", 2023): 5.1, ("registered_unemployment_rate", "actual", 2023): 2.7}),
    ])
    # a change column gives no row at all, placed or open (its sign would be lost in a level)
    df = pc.extract_indicators("| 指标 | 本年末 | 比上年末增减 |\n|---|---|---|\n| 失业保险参保人数（万人） | 58.6 | -2.4 |",
                               period=(2023, 2023))
    assert list(df["value"]) == [586000]


def test_another_regions_figures_are_not_the_texts_own():
    _assert_placed([
        ((2023, 2023), "", "全省社会保障卡持卡人数达到5980万人，覆盖98.9%的常住人口；全国持卡人数为13.7亿人。",
         {("ss_card_holders", "actual", 2023): 5.98e7, ("ss_card_coverage_rate", "actual", 2023): 98.9}),
        ((2021, 2025), "发展基础", "目前，全国技能人才总量超过2亿人，高技能人才超过6000万人；全县技能人才总量为3.2万人。",
         {("skilled_talent", "actual", 2020): 32000}),
        ((2024, 2024), "", "全国城镇调查失业率为5.1%，全市为4.9%。", {("surveyed_unemployment_rate", "actual", 2024): 4.9}),
        # a region a comparison takes is no subject: the value is the text's own
        ((2023, 2023), "", "全县基本养老保险参保率达到96.8%，比全省平均水平高1.2个百分点。",
         {("pension_coverage_rate", "actual", 2023): 96.8}),
        # a national text's 全国 is its own
        ((2023, 2023), "", "全国城镇新增就业1244万人。", {("new_urban_jobs", "actual", 2023): 1.244e7}),
    ])
    df = pc.extract_indicators("全国持卡人数为13.7亿人；全省持卡人数5980万人。", period=(2023, 2023))
    other = df[df["value"] == 1.37e9]
    assert not other["role"].fillna("").any() and other["flags"].str.contains("other_region: the figure is 全国's").all()


def test_a_plans_region_decides_whose_figures_are_its_own():
    from plancompare.indicators.prose_region import level_of_region, text_level

    assert [level_of_region(r) for r in ("湖北省", "广西壮族自治区", "营口市", "叙永县", "青浦区", "某地")] == [1, 1, 2, 3, 3, None]
    assert text_level("全国…全省…全县…") == 3 and text_level("比全市平均高，全省…") == 1 and text_level("无") is None


def test_more_than_written_between_the_number_and_its_ten_thousands():
    _assert_placed([
        ((2023, 2023), "", "年末全省技能人才总量达1100余万人，其中高技能人才350万人。",
         {("skilled_talent", "actual", 2023): 1.1e7, ("high_skilled_talent", "actual", 2023): 3.5e6}),
        ((2023, 2023), "", "全年共开展补贴性职业技能培训12余万人次。", {("subsidized_training", "actual", 2023): 120000}),
    ])


def test_to_the_documents_own_year_is_an_aim_or_a_result_as_the_kind_says():
    text = "到2025年底，全市技能人才总量达到42万人，高技能人才总量达到12.6万人。"
    for kind, role in (("work_plan", "target"), ("summary", "actual"), ("bulletin", "actual")):
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=(2025, 2025), kind=kind)
            assert {(r.indicator_id, r.role, r.year) for r in df.itertuples()} == \
                {("skilled_talent", role, 2025), ("high_skilled_talent", role, 2025)}, kind
    assert not _placed(text, (2025, 2025))  # the kind unsaid: left open
    _assert_placed([  # words of a result decide without the kind
        ((2024, 2024), "", "到2024年底，全国脱贫人口务工规模达到3305万人，连续保持在3000万人以上。",
         {("poverty_labor_employment", "actual", 2024): 3.305e7}),
        ((2024, 2024), "", "到2024年底，全市社会保障卡持卡人数已达到320万人。", {("ss_card_holders", "actual", 2024): 3.2e6}),
    ])


def test_the_former_and_the_latter_take_up_the_two_names_before():
    _assert_placed([
        ((2026, 2030), "主要目标", "2025年全县技能人才总量为4.2万人，高技能人才占比28.5%；到2030年，前者增加到5.5万人，后者提高到33%以上。",
         {("skilled_talent", "baseline", 2025): 42000, ("high_skill_share", "baseline", 2025): 28.5,
          ("skilled_talent", "target", 2030): 55000, ("high_skill_share", "target", 2030): 33}),
    ])


def test_a_span_of_months_gives_no_value():
    _assert_placed([
        ((2023, 2023), "", "截至9月末，全区申领电子社保卡的人数占常住人口的比重达到78.6%；1至9月，全区新招收博士后研究人员26名。",
         {("e_ss_card_coverage_rate", "actual", 2023): 78.6}),
    ])


def test_a_performance_table_whose_cells_carry_their_units():
    _assert_placed([
        ((2023, 2023), "", "2023年就业补助资金绩效自评表\n一级指标　二级指标　三级指标　年度指标值　实际完成值\n"
         "产出指标　数量指标　城镇新增就业人数　≥2600人　2914人\n效益指标　社会效益指标　城镇登记失业率　≤3.5%　2.87%",
         {("new_urban_jobs", "target", 2023): 2600, ("new_urban_jobs", "actual", 2023): 2914,
          ("registered_unemployment_rate", "target", 2023): 3.5, ("registered_unemployment_rate", "actual", 2023): 2.87}),
    ])


def test_a_clause_that_sets_the_population_narrows_the_schemes_after_it():
    _assert_placed([
        ((2021, 2025), "发展基础", "截至2020年底，在全县参加城镇职工社会保险的人员中，基本养老保险6.82万人，失业保险3.14万人。",
         {("employee_pension_insured", "actual", 2020): 68200, ("unemployment_insured", "actual", 2020): 31400}),
        ((2023, 2023), "", "在城乡居民社会保险参保人员中，基本养老保险86.2万人。", {}),  # residents': not in the catalog
    ])


def test_a_value_measured_against_the_target_after_it_is_the_result():
    _assert_placed([
        ((2021, 2025), "", "2025年，全市城镇调查失业率为5.0%，低于5.5%的规划目标。",
         {("surveyed_unemployment_rate", "actual", 2025): 5.0, ("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2021, 2025), "", "规划目标为城镇登记失业率控制在4%以内，2025年实际为3.2%。",
         {("registered_unemployment_rate", "actual", 2025): 3.2, ("registered_unemployment_rate", "target", 2025): 4}),
    ])
    for variant in _both_scripts("到2025年，力争全市城镇调查失业率控制在5.3%，低于5.5%的国家目标。"):  # an aim stays one
        df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
        assert set(df.loc[df["value"] == 5.3, "role"]) == {"target"}


def test_an_aim_to_the_documents_own_year_stays_an_aim_in_a_summary():
    for variant in _both_scripts("到2025年，全市技能人才总量将达到50万人，这是“十四五”规划确定的目标。"):
        df = pc.extract_indicators(variant, period=(2025, 2025), kind="summary")
        assert {(r.indicator_id, r.role, r.year) for r in df.itertuples()} == {("skilled_talent", "target", 2025)}


def test_a_line_cut_in_a_word_or_a_number_by_a_pdfs_width():
    _assert_placed([
        ((2023, 2023), "", "2023年，全县城镇新增就\n业3120人，城镇登记失业率2.9%。",
         {("new_urban_jobs", "actual", 2023): 3120, ("registered_unemployment_rate", "actual", 2023): 2.9}),
        ((2023, 2023), "", "全年开展补贴性职业技能培训8\n600人次。", {("subsidized_training", "actual", 2023): 8600}),
        # a line that ends with a value is whole: the next one starts a statement of its own
        ((2023, 2023), "", "产出指标—数量指标—城镇新增就业人数：年度指标值≥2600人，实际完成值2784人\n"
         "产出指标—数量指标—补贴性职业技能培训人次：年度指标值≥3000人次，实际完成值3126人次",
         {("new_urban_jobs", "target", 2023): 2600, ("new_urban_jobs", "actual", 2023): 2784,
          ("subsidized_training", "target", 2023): 3000, ("subsidized_training", "actual", 2023): 3126}),
    ])


def test_a_range_written_with_zhi_and_its_bounds_share_a_basis():
    for variant in _both_scripts("到2025年，全区城镇新增就业每年1.2万至1.5万人。"):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
        assert {(r.value, r.comparator, r.basis) for r in df.itertuples()} == {(12000, ">=", "annual"), (15000, "<=", "annual")}
    for variant in _both_scripts("城镇新增就业年均1.5万—2万人。"):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
        assert set(df["basis"]) == {"annual"}
    df = pc.extract_indicators("城镇新增就业从1.2万提高到1.5万人。", period=(2021, 2025), section="主要目标")
    assert "range" not in " ".join(df["flags"])  # a rise from one level to another is no range


def test_a_target_set_in_other_words_and_a_rows_name_with_its_basis():
    _assert_placed([
        ((2023, 2023), "", "新的一年，就业方面的预期目标定为城镇新增就业8万人以上、城镇调查失业率5.5%左右。",
         {("new_urban_jobs", "target", 2023): 80000, ("surveyed_unemployment_rate", "target", 2023): 5.5}),
        ((2026, 2030), "主要目标", "指标　单位　2025年　2030年　属性\n补贴性职业技能培训（五年累计）　人次　〔86 500〕　〔90 000〕　预期性",
         {("subsidized_training", "baseline", 2025): 86500, ("subsidized_training", "target", 2030): 90000}),
    ])


def test_quan_qu_beside_an_autonomous_region_and_a_district_is_left_open():
    text = ("城区人社局消息　自治区人社厅近日召开全区人社工作会议，会议通报：2025年全区城镇新增就业4.8万人，"
            "城镇登记失业率2.9%。")
    assert not _placed(text, (2025, 2025))
    df = pc.extract_indicators(text, period=(2025, 2025))
    assert len(df) == 2 and df["flags"].str.contains("ambiguous_region").all()
    # a district's own text: 全区 is its own
    _assert_placed([((2025, 2025), "", "2025年全区城镇新增就业4800人。", {("new_urban_jobs", "actual", 2025): 4800})])


def test_to_the_years_end_in_a_one_year_text_as_the_kind_says():
    text = "到年底，全区电子社保卡人口覆盖率达到85%。"
    assert not _placed(text, (2026, 2026))
    assert not _placed("到今年底，全市城镇新增就业达到5.5万人。", (2025, 2025))
    assert not _placed("到本年末，全县社会保障卡持卡人数达到52万人。", (2025, 2025))
    for kind, role in (("work_plan", "target"), ("summary", "actual")):
        df = pc.extract_indicators(text, period=(2026, 2026), kind=kind)
        assert list(df["role"]) == [role], kind
    _assert_placed([((2023, 2023), "", "截至年底，全市技能人才总量达到128万人。", {("skilled_talent", "actual", 2023): 1.28e6})])


def test_at_least_before_the_verb_is_a_floor():
    df = pc.extract_indicators("2026年，全州新增取得职业资格证书或职业技能等级证书人数至少达到1.5万人。", period=(2026, 2026),
                               kind="work_plan")
    assert [(r.role, r.value, r.comparator) for r in df.itertuples()] == [("target", 15000, ">=")]


def test_a_caption_of_insurance_and_a_column_of_year_end_persons():
    _assert_placed([
        ((2025, 2025), "", "表3　2025年末全盟社会保险参保情况\n项目　　　　　　　　年末人数（万人）　比上年末增长（%）\n"
         "基本养老保险　　　　　68.42　　　　　　　1.8\n失业保险　　　　　　　12.05　　　　　　　2.6",
         {("pension_insured", "actual", 2025): 684200, ("unemployment_insured", "actual", 2025): 120500}),
        ((2025, 2025), "", "表3　2025年末全盟社会保险参保情况\n项目　　　　　　　　参保人数（万人）　比上年末增长（%）\n"
         "基本养老保险　　　　　68.42　　　　　　　1.8\n失业保险　　　　　　　12.05　　　　　　　2.6",
         {("pension_insured", "actual", 2025): 684200, ("unemployment_insured", "actual", 2025): 120500}),
    ])
    df = pc.extract_indicators("表4　2025年失业保险待遇领取情况\n项目　　　　　　　　人数（万人）　比上年增长（%）\n"
                               "失业保险　　　　　　　2.05　　　　　　　2.6\n工伤保险　　　　　　　1.88　　　　　　　4.1",
                               period=(2025, 2025))
    assert not df["indicator_id"].fillna("").any()  # persons under a caption of benefits paid are no insured persons


def test_a_floor_to_keep_and_an_aim_beyond_it_agree():
    df = pc.extract_indicators("今年，全区城镇新增就业确保1.2万人、力争突破1.3万人。", period=(2026, 2026))
    assert sorted(zip(df["value"], df["comparator"], df["role"])) == [(12000, "=", "target"), (13000, ">", "target")]


def test_a_target_handed_down_by_a_prefecture_or_league():
    _assert_placed([
        ((2025, 2025), "", "（一）城镇新增就业：州下达我县目标任务1500人，实际完成1623人；",
         {("new_urban_jobs", "target", 2025): 1500, ("new_urban_jobs", "actual", 2025): 1623}),
        ((2025, 2025), "", "城镇新增就业：盟下达目标任务3000人，实际完成3120人。",
         {("new_urban_jobs", "target", 2025): 3000, ("new_urban_jobs", "actual", 2025): 3120}),
    ])


def test_a_share_written_as_a_in_b():
    _assert_placed([
        ((2026, 2030), "主要目标", "全州技能人才总量2025年为21.6万人，2030年力争达到26万人以上；高技能人才在技能人才中的占比同期从28.5%升至33%。",
         {("skilled_talent", "baseline", 2025): 216000, ("skilled_talent", "target", 2030): 260000,
          ("high_skill_share", "baseline", 2025): 28.5, ("high_skill_share", "target", 2030): 33}),
    ])


def test_pairs_under_a_title_that_gives_their_years():
    text = ("“十四五”主要指标完成情况（2020年→2025年）：\n城镇登记失业率（%）：3.42→3.05\n"
            "新增取得职业资格证书或职业技能等级证书人数（人）：〔9 600〕→〔14 200〕\n注：〔 〕内为五年累计数。")
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=(2021, 2025), kind="final_review")
        assert {(r.indicator_id, r.role, r.year, r.value) for r in df.itertuples()} == {
            ("registered_unemployment_rate", "baseline", 2020, 3.42), ("registered_unemployment_rate", "actual", 2025, 3.05),
            ("vocational_cert_new", "baseline", 2020, 9600), ("vocational_cert_new", "actual", 2025, 14200)}


def test_an_autonomous_regions_leagues_and_prefectures_quote_their_region():
    _assert_placed([
        ((2025, 2025), "", "2025年，全盟城镇新增就业1.2万人，城镇登记失业率3.1%。全区城镇新增就业25.6万人。",
         {("new_urban_jobs", "actual", 2025): 12000, ("registered_unemployment_rate", "actual", 2025): 3.1}),
        ((2025, 2025), "", "全州城镇调查失业率为4.8%，全区为5.0%。", {("surveyed_unemployment_rate", "actual", 2025): 4.8}),
        # a part after 其中 is not the text's region
        ((2025, 2025), "", "全市城镇新增就业8.2万人，其中全区完成1.2万人。", {("new_urban_jobs", "actual", 2025): 82000}),
        # a region a verb takes, and 全区域, are no subjects
        ((2025, 2025), "", "我县认真贯彻全省就业工作会议精神，全年城镇新增就业3200人。", {("new_urban_jobs", "actual", 2025): 3200}),
        ((2025, 2025), "", "全市城镇新增就业5.2万人。推进全区域就业公共服务一体化。", {("new_urban_jobs", "actual", 2025): 52000}),
    ])


def test_an_aim_beside_a_higher_levels_target_stays_an_aim():
    for variant in _both_scripts("2030年，全县技能人才总量达到5万人，超过省定4.5万人的目标。"):
        df = pc.extract_indicators(variant, period=(2026, 2030), section="主要目标")
        assert set(df.loc[df["value"] == 50000, "role"]) == {"target"}
    df = pc.extract_indicators("城镇登记失业率3.3%以内，低于3.5%的控制目标。", period=(2026, 2026), kind="work_plan")
    assert set(df["role"]) == {"target"}


def test_a_line_joined_only_where_an_indicators_name_runs_across_its_end():
    _assert_placed([
        ((2023, 2023), "", "年末全市基本养老保险参保\n人数达到286万人。", {("pension_insured", "actual", 2023): 2.86e6}),
    ])
    df = pc.extract_indicators("截至2023年底，全市城镇新增就业累计9.6万人，完成规划目标的64%，进度符合预期\n"
                               "规划目标为五年累计15万人，城镇调查失业率控制在5.5%以内。", period=(2021, 2025), kind="mid_term_review")
    assert set(df.loc[df["value"] == 5.5, "role"]) == {"target"}  # the second line is a statement of its own
    df = pc.extract_indicators("2024年，全县城镇新增就业3120人，城镇登记失业率3.1%，圆满完成任务\n"
                               "全年目标任务：城镇新增就业3200人，城镇登记失业率3.5%以内", period=(2025, 2025), kind="work_plan")
    assert {(r.value, r.role, r.year) for r in df.itertuples()} >= {(3120, "actual", 2024), (3200, "target", 2025)}


def test_a_ranges_bare_lower_bound_counts_in_ones_and_units_on_both_bounds():
    for text, low, high in (("每年开展补贴性职业技能培训8000至1万人次。", 8000, 10000), ("每年城镇新增就业9000至1.2万人。", 9000, 12000),
                            ("每年城镇新增就业1.2万人至1.5万人。", 12000, 15000), ("城镇调查失业率控制在3%至3.5%。", 3, 3.5)):
        for variant in _both_scripts(text):
            df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
            assert sorted(zip(df["value"], df["comparator"])) == [(low, ">="), (high, "<=")], variant


def test_spans_of_months_in_other_spellings_are_part_of_a_year():
    for text in ("1月至9月，全县帮助成功创业320人。", "1月—9月，全县城镇新增就业3100人。", "一至九月，全县城镇新增就业3100人。"):
        assert not _placed(text, (2024, 2024)), text


def test_a_table_column_headed_by_a_span_of_years():
    _assert_placed([
        ((2026, 2030), "主要目标", "| 指标 | 2021—2025年 | 2026—2030年 | 属性 |\n|---|---|---|---|\n"
         "| 城镇新增就业（万人） | 〔25〕 | 〔26〕 | 预期性 |",
         {("new_urban_jobs", "baseline", 2025): 250000, ("new_urban_jobs", "target", 2030): 260000}),
    ])


def test_the_region_a_text_calls_its_own():
    _assert_placed([
        ((2023, 2023), "", "全省城镇新增就业72.6万人，其中我市完成8.3万人，占全省的11.4%。", {("new_urban_jobs", "actual", 2023): 83000}),
    ])


def test_a_unit_after_the_brackets_of_a_five_year_total_and_a_value_grouped_by_a_space_on_its_own_line():
    for text in ("| 指标 | 2020年 | 2025年 |\n|---|---|---|\n| 补贴性职业技能培训 | 〔8.6〕万人次 | 〔9〕万人次 |",
                 "指标　2020年　2025年\n补贴性职业技能培训　〔8.6〕万人次　〔9〕万人次"):
        _assert_placed([((2021, 2025), "主要目标", text,
                         {("subsidized_training", "baseline", 2020): 86000, ("subsidized_training", "target", 2025): 90000})])
    _assert_placed([((2024, 2024), "", "城镇新增就业人数（人）\n3 120", {("new_urban_jobs", "actual", 2024): 3120})])


def test_a_time_phrase_between_the_name_and_its_verb_and_an_issuer_before_the_name():
    _assert_placed([
        ((2021, 2025), "主要目标", "全县城镇登记失业率到规划末年（二〇二五年）控制在百分之三点五以内。",
         {("registered_unemployment_rate", "target", 2025): 3.5}),
        ((2021, 2025), "主要目标", "城镇调查失业率到规划期末要控制在5.5%以内。", {("surveyed_unemployment_rate", "target", 2025): 5.5}),
        ((2024, 2024), "", "明年，区人社局将力争补贴性职业技能培训达到1.5万人次、帮扶创业成功450人。",
         {("subsidized_training", "target", 2025): 15000, ("entrepreneurship_supported", "target", 2025): 450}),
    ])


def test_each_year_written_with_yi_and_joined_by_erqie():
    for variant in _both_scripts("整个“十四五”时期，全县城镇新增就业五年合计不少于1.6万人，而且每一年都不低于3000人。"):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
        assert sorted(zip(df["value"], df["basis"], df["comparator"])) == [(3000, "annual", ">="),
                                                                          (16000, "five_year_total", ">=")]


def test_insured_in_a_state_of_paying_named_after_the_scheme():
    _assert_placed([
        ((2025, 2025), "", "截至年底，全州纳入失业保险保障范围的职工有9.64万人，工伤保险处于参保缴费状态的职工13.27万人。",
         {("unemployment_insured", "actual", 2025): 96400, ("work_injury_insured", "actual", 2025): 132700}),
    ])


def test_a_base_or_starting_point_dates_no_later_aim():
    """Among a plan's targets, the year of a base (2025年为…) or of a pair's starting point (由“十三五”时期的…)
    dates neither the next ;-part nor the later clauses of its sentence (twelfth review)."""
    _assert_placed([
        ((2026, 2030), "主要目标", "城镇职工基本养老保险参保人数2025年为96万人，2030年达到110万人；失业保险参保人数达到45万人。",
         {("employee_pension_insured", "baseline", 2025): 960000, ("employee_pension_insured", "target", 2030): 1100000,
          ("unemployment_insured", "target", 2030): 450000}),
        ((2021, 2025), "主要目标", "城镇新增就业由“十三五”时期的累计20.6万人增加到22万人，城镇调查失业率控制在5.5%以内，"
                                 "基本养老保险参保率达到95%。",
         {("new_urban_jobs", "baseline", 2020): 206000, ("new_urban_jobs", "target", 2025): 220000,
          ("surveyed_unemployment_rate", "target", 2025): 5.5, ("pension_coverage_rate", "target", 2025): 95}),
    ])


def test_a_target_named_after_its_value_and_a_comparison_with_an_earlier_periods_total():
    _assert_placed([
        ((2020, 2020), "", "后半程，各区要紧盯全年14万人的城镇新增就业任务和5.5%左右的城镇调查失业率调控目标。",
         {("new_urban_jobs", "target", 2020): 140000, ("surveyed_unemployment_rate", "target", 2020): 5.5}),
        ((2016, 2020), "主要目标", "到2020年，全市城镇新增就业五年累计达到65万人，比“十二五”时期累计完成的58.4万人多6.6万人。",
         {("new_urban_jobs", "target", 2020): 650000, ("new_urban_jobs", "baseline", 2015): 584000}),
        ((2016, 2020), "工作回顾", "规划实施头三年（2016—2018年），全省城镇新增就业合计402.6万人，为600万人五年目标任务的67.1%。",
         {("new_urban_jobs", "actual", 2018): 4026000, ("new_urban_jobs", "target", 2020): 6000000}),
    ])


def test_a_title_that_names_the_columns_of_the_lines_below():
    text = ("主要指标（2020年基数、2025年目标）\n城镇新增就业（万人）：112.6；〔550〕（五年累计）\n"
            "城镇调查失业率（%）：5.3；5.5以内\n劳动年龄人口平均受教育年限（年）：10.5；11.3")
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="主要目标")
        got = {(r.indicator_id, r.role, int(r.year)): r.value for r in df.itertuples()}
        assert got == {("new_urban_jobs", "baseline", 2020): 1126000, ("new_urban_jobs", "target", 2025): 5500000,
                       ("surveyed_unemployment_rate", "baseline", 2020): 5.3,
                       ("surveyed_unemployment_rate", "target", 2025): 5.5,
                       ("education_years", "baseline", 2020): 10.5, ("education_years", "target", 2025): 11.3}
        assert list(df.source_line) == [2, 2, 3, 3, 4, 4]


def test_a_pasted_table_that_lost_a_cell_places_nothing():
    """Its one target column is empty in every row and a bound stands under a result's year: a target moved left
    or a result, no one can tell; with the target cells there, the same table is read."""
    head = ("| 指标 | 单位 | 基期值（2020年） | 2022年 | 2023年 | 目标值（2025年） |\n|---|---|---|---|---|---|\n")
    lost = head + "| 城镇调查失业率 | % | 5.3 | 5.6 | ＜5.5 | |\n| 技能人才总量 | 万人 | 86.2 | 94.8 | 112 | |"
    whole = head + "| 城镇调查失业率 | % | 5.3 | 5.6 | 5.2 | ＜5.5 |\n| 技能人才总量 | 万人 | 86.2 | 94.8 | 101 | 112 |"
    for variant in _both_scripts(lost):
        df = pc.extract_indicators(variant, period=(2021, 2025), section="工作回顾")
        assert len(df) == 6 and not any(df.role) and all("cells_shifted" in f for f in df["flags"])
    assert _placed(whole, (2021, 2025), "工作回顾")[("surveyed_unemployment_rate", "target", 2025)] == 5.5


def test_a_ratio_gives_no_value_and_the_years_target_named_in_a_share_dates_nothing():
    _assert_placed([
        ((2026, 2030), "主要目标", "到2030年，全区专业技术人才总量达到8.5万人，高、中、初级专业技术人才比例达到12:40:48。",
         {("professional_talent", "target", 2030): 85000}),
    ])
    for text in _both_scripts("截至9月底，全市城镇新增就业4.1万人，完成全年目标任务的82%；帮助成功创业320人。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert not any(df.role)  # 完成全年目标任务的82%: the year's target named, not the year of what follows


def test_a_result_in_an_aside_or_after_its_own_label_beside_a_target():
    _assert_placed([
        ((2026, 2030), "主要目标", "2030年全市城镇新增就业人数目标值为5.5万人（2025年实际完成5.3万人），"
                                 "城镇调查失业率目标值为5.5%以内（2025年为5.1%）。",
         {("new_urban_jobs", "target", 2030): 55000, ("new_urban_jobs", "baseline", 2025): 53000,
          ("surveyed_unemployment_rate", "target", 2030): 5.5, ("surveyed_unemployment_rate", "baseline", 2025): 5.1}),
        ((2025, 2025), "", "城镇新增就业　目标：3000人　完成：3260人　完成率：108.7%\n城镇登记失业率　目标：≤3.5%　完成：2.8%",
         {("new_urban_jobs", "target", 2025): 3000, ("new_urban_jobs", "actual", 2025): 3260,
          ("registered_unemployment_rate", "target", 2025): 3.5, ("registered_unemployment_rate", "actual", 2025): 2.8}),
    ])


def test_a_result_beside_a_target_the_sentence_says_was_met():
    _assert_placed([
        ((2021, 2025), "工作回顾", "规划提出的技能人才总量达到50万人的目标顺利实现，2025年末达到52.6万人。",
         {("skilled_talent", "target", 2025): 500000, ("skilled_talent", "actual", 2025): 526000}),
        ((2021, 2025), "", "工伤保险参保人数2020年为52.1万人，2025年为61.8万人，规划目标为60万人，完成率103%。",
         {("work_injury_insured", "baseline", 2020): 521000, ("work_injury_insured", "actual", 2025): 618000,
          ("work_injury_insured", "target", 2025): 600000}),
    ])


def test_a_value_after_an_aim_of_a_one_year_text_of_no_kind_stays_open():
    for variant in _both_scripts("2026年，全市城镇新增就业目标为5万人，城镇调查失业率控制在5.5%左右。"):
        df = pc.extract_indicators(variant, period=(2026, 2026))
        assert sorted(zip(df.value, df.role)) == [(5.5, ""), (50000, "target")]
        assert list(pc.extract_indicators(variant, period=(2026, 2026), kind="work_plan").role) == ["target", "target"]
    # a result's own word, or an aim measured against, still place it
    _assert_placed([((2023, 2023), "", "全县城镇新增就业目标为5000人，实际完成5420人。",
                     {("new_urban_jobs", "target", 2023): 5000, ("new_urban_jobs", "actual", 2023): 5420}),
                    ((2023, 2023), "", "去年，全县城镇新增就业5026人，超额完成4500人的目标任务，城镇登记失业率控制在3.5%以内。",
                     {("new_urban_jobs", "actual", 2022): 5026, ("new_urban_jobs", "target", 2022): 4500,
                      ("registered_unemployment_rate", "actual", 2022): 3.5})])


def test_bare_lines_under_a_title_that_names_neither_aims_nor_results():
    text = "主要指标（2024年）\n城镇新增就业　3200人\n城镇登记失业率　3.1%"
    for variant in _both_scripts(text):
        assert not any(pc.extract_indicators(variant, period=(2024, 2024)).role)  # a 工作要点's or a summary's
        assert list(pc.extract_indicators(variant, period=(2024, 2024), kind="summary").role) == ["actual", "actual"]
    assert _placed("年末全县参加失业、工伤保险的人数分别为：\n失业保险　4.26万人\n工伤保险　5.81万人", (2022, 2022)) == {
        ("unemployment_insured", "actual", 2022): 42600, ("work_injury_insured", "actual", 2022): 58100}


def test_a_plan_named_for_its_first_year_dates_nothing_and_a_second_pair_takes_the_first_pairs_years():
    _assert_placed([((2022, 2022), "", "2021年全市人社工作实现了“十四五”良好开局。城镇新增就业由上年的9.86万人增加到10.42万人，"
                                       "补贴性职业技能培训从18.6万人次增至21.3万人次。",
                     {("new_urban_jobs", "baseline", 2020): 98600, ("new_urban_jobs", "actual", 2021): 104200,
                      ("subsidized_training", "baseline", 2020): 186000, ("subsidized_training", "actual", 2021): 213000})])


def test_a_target_handed_down_to_a_bureau_and_one_rate_for_two_named_rates():
    _assert_placed([
        ((2020, 2020), "", "2020年，县政府下达我局城镇新增就业目标任务3200人，全年实际完成3416人。",
         {("new_urban_jobs", "target", 2020): 3200, ("new_urban_jobs", "actual", 2020): 3416}),
        ((2019, 2019), "", "今年全市发展的主要预期目标中，城镇调查失业率和登记失业率稳定在4.3%左右。",
         {("surveyed_unemployment_rate", "target", 2019): 4.3, ("registered_unemployment_rate", "target", 2019): 4.3}),
    ])


def test_a_name_a_clause_opens_with_and_a_total_beside_an_average_and_its_last_year():
    for text in _both_scripts("技能人才总量分两步走，2027年达到120万人，2030年突破140万人。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert sorted(zip(df.indicator_id, df.year, df.value)) == [("skilled_talent", 2027, 1200000),
                                                                  ("skilled_talent", 2030, 1400000)]
    assert _placed("“十四五”时期，全市累计新增城镇就业153.6万人，年均30.7万人，其中2025年当年32.1万人。", (2026, 2030),
                   "发展基础")[("new_urban_jobs", "actual", 2025)] in (1536000, 307000, 321000)
    df = pc.extract_indicators("“十四五”时期，全市累计新增城镇就业153.6万人，年均30.7万人，其中2025年当年32.1万人。",
                               period=(2026, 2030), section="发展基础")
    assert sorted(df.value) == [307000, 321000, 1536000]


def test_an_adverb_before_the_value_a_task_count_and_a_heading_after_a_list_number():
    _assert_placed([
        ((2017, 2017), "", "受重点企业减产影响，全县去年新增城镇就业仅2860人，比年初下达的3000人任务少了140人。",
         {("new_urban_jobs", "actual", 2016): 2860, ("new_urban_jobs", "target", 2016): 3000}),
        ((2018, 2018), "", "2018年，全区城镇新增就业任务数为5200人，实际完成5634人。",
         {("new_urban_jobs", "target", 2018): 5200, ("new_urban_jobs", "actual", 2018): 5634}),
        ((2019, 2019), "", "二、社会保险　年末全市参加基本养老保险人数386.42万人，参保率95.3%。",
         {("pension_insured", "actual", 2019): 3864200, ("pension_coverage_rate", "actual", 2019): 95.3}),
    ])


def test_an_average_per_year_the_last_year_of_a_plan_and_a_total_of_listed_years():
    _assert_placed([
        ((2021, 2025), "工作回顾", "总结评估显示，2021—2025年全市补贴性职业技能培训合计42.6万人次，平均每年8.5万人次，其中收官之年9.1万人次。",
         {("subsidized_training", "actual", 2025): 91000}),
        ((2018, 2018), "", "去年前10个月全国城镇新增就业已达1191万人，提前两个月完成全年1100万人的目标任务；全年城镇新增就业1351万人。",
         {("new_urban_jobs", "target", 2017): 11000000, ("new_urban_jobs", "actual", 2017): 13510000}),
    ])
    df = pc.extract_indicators("从前两年执行情况看，2021年和2022年全县城镇新增就业合计1.04万人，平均每年5,200人。",
                               period=(2021, 2025), section="工作回顾")
    assert sorted(zip(df.value, df.role)) == [(5200, ""), (10400, "actual")] and list(df.basis)[0] == ""


def test_first_years_of_the_plan_a_text_sets_and_a_met_target_that_plans_nothing_after_it():
    for text in _both_scripts("“十五五”前三年，全市城镇新增就业累计达到18万人以上，城镇调查失业率控制在5.5%以内。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert "actual" not in set(df.role)  # the plan's own first years, among its targets: no results
    _assert_placed([
        ((2021, 2025), "工作回顾", "规划确定的基本养老保险参保率95%的目标如期实现，2025年达到95.8%，失业保险参保人数达到45万人。",
         {("pension_coverage_rate", "target", 2025): 95, ("pension_coverage_rate", "actual", 2025): 95.8,
          ("unemployment_insured", "actual", 2025): 450000}),
        ((2025, 2025), "", "今年，全市计划新增城镇就业1.8万人，实际新增城镇就业2.05万人。",
         {("new_urban_jobs", "target", 2025): 18000, ("new_urban_jobs", "actual", 2025): 20500}),
    ])


def test_years_ahead_of_no_given_end_and_a_value_right_before_a_named_task():
    for text in _both_scripts("今后三年，全市累计新增城镇就业15万人。"):
        df = pc.extract_indicators(text, period=(2026, 2026), kind="work_plan")
        assert list(df.role) == ["target"] and df.year.isna().all()
    _assert_placed([((2025, 2025), "", "全年城镇新增就业1.23万人，超额完成市下达的1.1万人城镇新增就业任务。",
                     {("new_urban_jobs", "actual", 2025): 12300, ("new_urban_jobs", "target", 2025): 11000})])


def test_a_final_evaluations_undated_result_beside_the_plans_target():
    for text in _both_scripts("技能人才总量目标值为45万人，实际完成47.3万人。"):
        final = pc.extract_indicators(text, period=(2021, 2025), kind="final_review")
        assert sorted(zip(final.role, final.year, final.value)) == [("actual", 2025, 473000), ("target", 2025, 450000)]
        mid = pc.extract_indicators(text, period=(2021, 2025), kind="mid_term_review")
        assert mid[mid.role == "actual"].year.isna().all()  # a mid-term review's result is of a year it does not say


def test_a_staged_aim_inside_the_plans_period_among_its_targets():
    _assert_placed([((2026, 2030), "主要目标", "技能人才总量分两步走，2027年达到120万人，2030年突破140万人。",
                     {("skilled_talent", "target", 2027): 1200000, ("skilled_talent", "target", 2030): 1400000})])
    for text in _both_scripts("“十五五”前三年，全市城镇新增就业累计达到18万人以上，城镇调查失业率控制在5.5%以内。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert not any((df.indicator_id == "surveyed_unemployment_rate") & (df.year == 2028) & (df.role != ""))


def test_a_title_naming_the_columns_that_opens_its_paragraph():
    text = ("主要指标（2020年基数、2025年目标）：城镇新增就业（万人）3.62（当年）；〔18〕（五年累计）。"
            "城镇调查失业率（%）5.4；5.5以内。")
    _assert_placed([((2021, 2025), "主要目标", text,
                     {("new_urban_jobs", "baseline", 2020): 36200, ("new_urban_jobs", "target", 2025): 180000,
                      ("surveyed_unemployment_rate", "baseline", 2020): 5.4,
                      ("surveyed_unemployment_rate", "target", 2025): 5.5})])


def test_a_plans_total_in_its_last_year_a_result_compared_with_last_year_and_a_control_range():
    _assert_placed([
        ((2025, 2025), "", "2025年是“十四五”收官之年。全年全市城镇新增就业3.18万人；“十四五”五年累计15.6万人。",
         {("new_urban_jobs", "actual", 2025): 156000}),
        ((2024, 2024), "", "今年全区城镇新增就业6120人，达到年度计划5600人的109.3%；城镇登记失业率2.71%，处在3.5%以内的年度控制范围。",
         {("new_urban_jobs", "actual", 2024): 6120, ("new_urban_jobs", "target", 2024): 5600,
          ("registered_unemployment_rate", "actual", 2024): 2.71, ("registered_unemployment_rate", "target", 2024): 3.5}),
        ((2016, 2020), "工作回顾", "到2020年末，城镇登记失业率为3.12%，处于4.5%的规划控制线之内。",
         {("registered_unemployment_rate", "actual", 2020): 3.12, ("registered_unemployment_rate", "target", 2020): 4.5}),
    ])
    for text in _both_scripts("会议回顾了过去五年的工作，部署了2026年重点任务。会上通报，全市城镇新增就业3.2万人。"):
        assert not any(pc.extract_indicators(text, period=(2026, 2026)).role)


def test_a_pdf_line_break_between_a_number_and_its_unit_or_inside_its_decimals():
    _assert_placed([
        ((2026, 2030), "主要目标", "到2030年，全市城镇新增就业五年累计达到32\n万人以上，城镇调查失业率控制在5.5%以\n内。",
         {("new_urban_jobs", "target", 2030): 320000, ("surveyed_unemployment_rate", "target", 2030): 5.5}),
        ((2026, 2030), "发展基础", "2025年末城镇登记失业率为2.\n86%，参加基本养老保险的人数为1,026.4万人。",
         {("registered_unemployment_rate", "actual", 2025): 2.86, ("pension_insured", "actual", 2025): 10264000}),
    ])


def test_a_count_rounded_as_reported_figures_are_is_a_result():
    _assert_placed([((2022, 2022), "", "2022年，全县城镇新增就业2100余人，城镇登记失业率控制在3%以下。",
                     {("new_urban_jobs", "actual", 2022): 2100, ("registered_unemployment_rate", "actual", 2022): 3})])


def test_a_name_on_its_own_line_over_lines_labelled_by_year_and_column():
    _assert_placed([((2026, 2030), "主要目标", "城镇新增就业\n2025年基数：5.3万人\n2030年目标：6.0万人",
                     {("new_urban_jobs", "baseline", 2025): 53000, ("new_urban_jobs", "target", 2030): 60000})])


def test_a_bracket_that_qualifies_a_name():
    _assert_placed([
        ((2024, 2024), "", "年末全市失业保险参保人数（按缴费人数计）达到48.6万人。", {("unemployment_insured", "actual", 2024): 486000}),
        ((2024, 2024), "", "年末全市城镇职工基本养老保险参保人数（含离退休）186.2万人。",
         {("employee_pension_insured", "actual", 2024): 1862000}),
    ])


def test_a_yearly_pace_a_plan_sets_for_its_total():
    for text in _both_scripts("“十五五”时期，全市城镇新增就业五年累计目标为30万人，按年均6万人左右安排。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert sorted(zip(df.value, df.basis)) == [(60000, "annual"), (300000, "five_year_total")]


def test_a_sentence_that_dates_itself_takes_no_earlier_sentences_year():
    _assert_placed([
        ((2024, 2024), "", "去年，全县城镇新增就业3480人。截至11月末，全县失业保险参保人数约为9.8万人。",
         {("new_urban_jobs", "actual", 2023): 3480, ("unemployment_insured", "actual", 2024): 98000}),
        ((2021, 2025), "工作回顾", "2022年全市城镇调查失业率为5.2%。从规划基期到规划期末，全市失业保险参保人数由46.2万人增至58.9万人。",
         {("surveyed_unemployment_rate", "actual", 2022): 5.2, ("unemployment_insured", "baseline", 2020): 462000,
          ("unemployment_insured", "actual", 2025): 589000}),
    ])
    for text in _both_scripts("规划期末，全市人力资源服务业营业收入达到286.5亿元。规划实施三年半来（截至2024年6月底），"
                              "全市新增城镇就业合计2.34万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert df.loc[df.indicator_id == "new_urban_jobs", "year"].isna().all()  # not the plan's end


def test_a_year_named_before_a_sentence_that_opens_with_its_whole_year_or_end():
    _assert_placed([((2025, 2025), "", "2024年，全县就业大局保持稳定。全年实现城镇新增就业4860人；年末城镇登记失业率3.12%。",
                     {("new_urban_jobs", "actual", 2024): 4860, ("registered_unemployment_rate", "actual", 2024): 3.12}),
                    ((2018, 2018), "", "过去五年，全旗累计实现城镇新增就业1.12万人；2017年当年新增城镇就业2460人。",
                     {("new_urban_jobs", "actual", 2017): 2460})])


def test_a_clause_dated_at_a_point_already_past_takes_no_aim_from_the_clause_before():
    _assert_placed([((2023, 2023), "", "今年1—11月，全县城镇新增就业3518人，预计全年可达3800人；截至11月末，参加失业保险的职工1.04万人。",
                     {("unemployment_insured", "actual", 2023): 10400})])


def test_a_year_end_list_with_fenbie_wei_reports_and_a_plan_measured_against_is_the_years():
    _assert_placed([((2023, 2023), "", "年内，全市新增取得职业技能等级证书、专业技术人员职业资格证书的人数分别为1.86万人和2340人。",
                     {("vocational_cert_new", "actual", 2023): 18600, ("professional_cert_new", "actual", 2023): 2340}),
                    ((2021, 2021), "", "过去一年，全县完成职业技能培训3120人，为年度计划2800人的111.4%。",
                     {("vocational_training_persons", "actual", 2020): 3120,
                      ("vocational_training_persons", "target", 2020): 2800})])


def test_reemployment_of_the_registered_unemployed_is_not_their_count():
    for text in _both_scripts("截至6月底，全县城镇登记失业人员实现再就业826人；城镇登记失业率为3.28%，低于4%的控制指标。"):
        df = pc.extract_indicators(text, period=(2018, 2018))
        assert "registered_unemployed" not in set(df.indicator_id)
        assert set(zip(df.role, df.value, df.comparator)) >= {("target", 4.0, "<=")}


def test_a_bare_list_under_zhuyao_zhibiao_in_a_one_year_text_is_left_open():
    for text in _both_scripts("“十四五”规划收官。主要指标：“十四五”时期城镇新增就业2.6万人、补贴性职业技能培训4万人次。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert len(df) == 2 and not any(df.role)


def test_a_period_compared_with_does_not_date_the_value():
    _assert_placed([((2026, 2030), "主要目标", "到2030年，城镇新增就业比“十四五”时期多增1000人，五年累计达到2.2万人。",
                     {("new_urban_jobs", "target", 2030): 22000})])


def test_an_aligned_table_whose_cells_carry_wan():
    text = ("指标名称　　　　基期值（2025年）　目标值（2030年）　属性\n工伤保险参保人数（人）　　１２．６万　　　１５万　　　预期性\n"
            "社会保障卡持卡人数（人）　４６．８万　　　５０万以上　　预期性")
    df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
    assert set(zip(df.indicator_id, df.role, df.year, df.value)) == {
        ("work_injury_insured", "baseline", 2025, 126000), ("work_injury_insured", "target", 2030, 150000),
        ("ss_card_holders", "baseline", 2025, 468000), ("ss_card_holders", "target", 2030, 500000)}


def test_a_pasted_table_under_a_caption_that_names_its_year():
    for text in _both_scripts("2023年主要指标完成情况\n指标 计划 完成\n城镇新增就业（万人） 5.0 5.36\n帮助成功创业（人） 3000 3260"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.indicator_id, df.role, df.year, df.value)) == {
            ("new_urban_jobs", "target", 2023, 50000), ("new_urban_jobs", "actual", 2023, 53600),
            ("entrepreneurship_supported", "target", 2023, 3000), ("entrepreneurship_supported", "actual", 2023, 3260)}
    df = pc.extract_indicators("指标 2023年计划 2023年完成\n城镇新增就业（万人） 5.0 5.36", period=(2024, 2024))
    assert set(zip(df.role, df.year, df.value)) == {("target", 2023, 50000), ("actual", 2023, 53600)}
    df = pc.extract_indicators("指标\n计划\n完成\n城镇新增就业（万人）\n5.0\n5.36\n帮助成功创业（人）\n3000\n3260", period=(2024, 2024))
    assert set(zip(df.role, df.value)) == {("target", 50000), ("actual", 53600), ("target", 3000), ("actual", 3260)}


def test_a_plans_five_years_looked_back_on_in_its_last_year():
    _assert_placed([((2025, 2025), "", "“十四五”五年，全市城镇新增就业累计32.6万人。", {("new_urban_jobs", "actual", 2025): 326000}),
                    ((2020, 2020), "", "“十三五”五年间，全市城镇新增就业累计28.6万人。", {("new_urban_jobs", "actual", 2020): 286000})])


def test_every_member_of_a_list_closed_by_deng_mubiao_is_a_target():
    _assert_placed([((2026, 2030), "发展基础", "“十四五”规划确定的技能人才总量120万人、高技能人才总量40万人等目标均已实现。",
                     {("skilled_talent", "target", 2025): 1200000, ("high_skilled_talent", "target", 2025): 400000})])


def test_a_plan_with_its_result_after_it_takes_the_year_named_before():
    _assert_placed([((2025, 2025), "", "2024年，城镇新增就业计划1.2万人，完成1.36万人；帮助成功创业计划500人，完成520人。",
                     {("new_urban_jobs", "target", 2024): 12000, ("new_urban_jobs", "actual", 2024): 13600,
                      ("entrepreneurship_supported", "target", 2024): 500, ("entrepreneurship_supported", "actual", 2024): 520})])


def test_an_average_over_years_listed_before_it_is_no_one_years():
    for text in _both_scripts("2021年和2022年，全县城镇新增就业分别为3520人和3740人，年均3630人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert set(zip(df.role, df.year.fillna(0).astype(int), df.value)) == {
            ("actual", 2021, 3520), ("actual", 2022, 3740), ("", 0, 3630)}


def test_a_part_of_the_year_opening_a_later_clause_reaches_the_part_after_its_semicolon():
    for text in _both_scripts("近日，记者从县人社局获悉，今年1—10月，全县城镇新增就业3260人；城镇登记失业率控制在3%以内。"):
        assert not any(pc.extract_indicators(text, period=(2024, 2024)).role)


def test_a_name_after_houzhe_is_not_the_earlier_name():
    for text in _both_scripts("到2030年，全市专业技术人才总量和技能人才总量分别达到60万人和150万人，后者中高技能人才达到50万人。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert ("skilled_talent", 500000) not in set(zip(df.indicator_id, df.value))


def test_the_day_of_a_january_release_does_not_date_its_figures():
    for text in _both_scripts("2026年1月12日，市人社局发布：全年全市城镇新增就业6.3万人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert list(zip(df.role, df.year)) == [("actual", 2025)]


def test_a_result_labelled_after_a_target_label():
    _assert_placed([((2024, 2024), "", "2024年目标：城镇新增就业1.2万人。实际完成：城镇新增就业1.36万人。",
                     {("new_urban_jobs", "target", 2024): 12000, ("new_urban_jobs", "actual", 2024): 13600}),
                    ((2025, 2025), "", "2025年工作目标\n城镇新增就业3800人以上。\n2024年完成情况\n城镇新增就业3920人。",
                     {("new_urban_jobs", "target", 2025): 3800, ("new_urban_jobs", "actual", 2024): 3920})])


def test_a_county_bureaus_text_names_its_own_level():
    for text in _both_scripts("县人社局统计，全年城镇新增就业3260人，全省城镇新增就业86万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("actual", 3260), ("", 860000)}


def test_a_heading_of_aims_covers_every_part_of_its_sentence():
    for text in _both_scripts("2023年县本级就业专项资金绩效目标：城镇新增就业≥2800人；城镇登记失业率≤3.5%；补贴性职业技能培训≥1500人次。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(df.role) == {"target"} and len(df) == 3
    _assert_placed([((2026, 2026), "", "2026年全区人社工作主要目标：城镇新增就业不少于5200人，城镇调查失业率不超过5.5%。",
                     {("new_urban_jobs", "target", 2026): 5200, ("surveyed_unemployment_rate", "target", 2026): 5.5}),
                    ((2022, 2022), "", "2022年，区政府与我局签订的目标责任书确定：城镇新增就业2600人。经考核，全年实际完成城镇新增就业2784人。",
                     {("new_urban_jobs", "target", 2022): 2600, ("new_urban_jobs", "actual", 2022): 2784})])


def test_levels_taken_up_again_by_reference_are_their_bases():
    _assert_placed([((2021, 2025), "主要目标", "到2025年，全县基本养老、失业、工伤保险参保人数分别达到26万人、3.8万人和4.6万人，"
                     "基本养老保险参保率达到95%。规划基期这三项参保人数依次为22.4万人、3.1万人、3.9万人。",
                     {("pension_insured", "baseline", 2020): 224000, ("unemployment_insured", "baseline", 2020): 31000,
                      ("work_injury_insured", "baseline", 2020): 39000, ("pension_insured", "target", 2025): 260000,
                      ("unemployment_insured", "target", 2025): 38000, ("work_injury_insured", "target", 2025): 46000,
                      ("pension_coverage_rate", "target", 2025): 95}),
                    ((2025, 2025), "", "2025年全市人社工作要点。主要目标：基本养老、失业保险参保人数分别达到320万人和88万人以上。"
                     "2024年，上述两项参保人数分别为311.6万人、85.2万人。",
                     {("pension_insured", "baseline", 2024): 3116000, ("unemployment_insured", "baseline", 2024): 852000,
                      ("pension_insured", "target", 2025): 3200000, ("unemployment_insured", "target", 2025): 880000})])


def test_an_excess_over_the_plan_and_a_figure_more_than_its_target():
    for text in _both_scripts("2016年全县城镇新增就业任务目标为2400人，实际新增2640人，超计划240人。"):
        df = pc.extract_indicators(text, period=(2016, 2016))
        assert 240 not in set(df.value)
    _assert_placed([((2023, 2023), "", "今年，全县城镇新增就业3182人，比市里下达的2800人目标任务多出382人。",
                     {("new_urban_jobs", "actual", 2023): 3182, ("new_urban_jobs", "target", 2023): 2800})])


def test_a_later_years_bare_figure_in_a_one_year_text_is_left_open():
    for text in _both_scripts("2024年，全县城镇新增就业3260人。2025年城镇新增就业3300人，城镇登记失业率3.5%。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert not any(df[df.year == 2025].role)


def test_a_bound_in_a_late_december_report_of_the_year_is_its_result():
    for text in _both_scripts("12月26日，市人社局通报：今年全市城镇调查失业率保持在5.5%以内，城镇新增就业5.6万人。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2025, 5.5), ("actual", 2025, 56000)}
    df = pc.extract_indicators("今年，全市城镇调查失业率控制在5.5%以内，城镇新增就业5.6万人以上。", period=(2025, 2025))
    assert set(df.role) == {"target"}


def test_first_years_in_a_one_year_text_are_those_of_the_plan_it_is_in():
    for text in _both_scripts("今年全市城镇新增就业5.8万人，前四年累计完成22.6万人。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        row = df[df.value == 226000].iloc[0]
        assert (row.role, row.year, row.basis) == ("actual", 2024, "")


def test_a_january_release_dated_on_a_line_of_its_own_or_in_brackets_reports_the_year_ended():
    for text in _both_scripts("来源：县人社局　发布时间：2026-01-09 10:20　浏览次数：358\n年末全县城镇登记失业率3.1%，全年城镇新增就业3200人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2025, 3.1), ("actual", 2025, 3200)}
    for text in _both_scripts("（2026年1月9日）年末全县城镇登记失业率3.1%，全年城镇新增就业3200人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2025, 3.1), ("actual", 2025, 3200)}
    df = pc.extract_indicators("发布时间：2026-03-09\n全年全县城镇新增就业3200人。", period=(2026, 2026))
    assert list(df.year) == [2026]  # a release of March: no turn of the year said


def test_an_aside_in_brackets_before_the_name_and_a_day_of_the_month_are_not_values():
    for text in _both_scripts("（注）全县城镇登记失业率3.1%。全市（含开发区）城镇新增就业5.2万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.indicator_id, df.value)) == {("registered_unemployment_rate", 3.1), ("new_urban_jobs", 52000)}
    df = pc.extract_indicators("12月9日，全县城镇新增就业3200人。", period=(2024, 2024))
    assert list(df.value) == [3200]


def test_a_slogan_heading_ending_in_mubiao_does_not_override_the_kind_the_user_named():
    for text in _both_scripts("（一）锚定就业目标\n全年城镇新增就业3260人，城镇登记失业率3.2%。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="summary").role) == {"actual"}
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="work_plan").role) == {"target"}


def test_a_running_total_beside_the_years_own_figure_is_not_the_years():
    for text in _both_scripts("全年全县城镇新增就业1260人，累计实现城镇新增就业8600人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("actual", 1260), ("", 8600)}
    df = pc.extract_indicators("全年全县累计实现城镇新增就业1260人。", period=(2024, 2024))
    assert list(zip(df.role, df.year)) == [("actual", 2024)]  # the year's own total
    for text in _both_scripts("2024年，全县城镇新增就业3200人；累计新增城镇就业1.5万人，失业人员再就业860人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))  # the total in the next ;-part of the statement
        assert ("", 15000) in set(zip(df.role, df.value)) and ("actual", 3200) in set(zip(df.role, df.value))


def test_a_one_row_table_pasted_one_cell_per_line_under_its_header():
    for text in _both_scripts("表1 2024年主要指标完成情况\n指标\n目标\n完成\n城镇新增就业（人）\n3000\n3260"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.year, df.value)) == {("target", 2024, 3000), ("actual", 2024, 3260)}


def test_guoqu_de_yinian_is_the_year_before_and_a_later_year_named_before_dates_the_aims_after_it():
    for text in _both_scripts("过去的一年，全区城镇新增就业1.02万人，城镇登记失业率2.8%。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert set(zip(df.role, df.year)) == {("actual", 2024)}
    for text in _both_scripts("明年是全面落实规划的关键之年。全县将确保城镇新增就业2500人，城镇登记失业率控制在4%以内。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.role, df.year)) == {("target", 2024)}
    df = pc.extract_indicators("2022年全县新增就业2300人。将确保城镇新增就业2500人。", period=(2023, 2023))
    assert set(zip(df.role, df.year, df.value)) == {("actual", 2022, 2300), ("target", 2023, 2500)}


def test_the_month_of_a_release_dates_none_of_its_figures():
    for text in _both_scripts("2024年1月，区人社局发布上年度就业数据：全年城镇新增就业1.16万人；年末城镇登记失业率2.7%，"
                              "失业保险参保人数12.3万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.year)) == {("actual", 2023)}


def test_a_years_bound_before_next_years_aims_is_its_result():
    for text in _both_scripts("今年，全区城镇新增就业达到6120人；城镇登记失业率控制在3%以下。明年，全区城镇新增就业不低于6000人。"):
        df = pc.extract_indicators(text, period=(2021, 2021))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2021, 6120), ("actual", 2021, 3), ("target", 2022, 6000)}
    df = pc.extract_indicators("去年全市补贴性职业技能培训完成6.8万人次，今年的任务是7万人次以上。明年是收官之年。", period=(2024, 2024))
    assert ("target", 2024, 70000) in set(zip(df.role, df.year, df.value))


def test_a_month_end_part_takes_no_aim_from_a_forecast_before_it():
    for text in _both_scripts("截至11月底已实现城镇新增就业5.08万人，预计全年可达5.4万人；11月末城镇登记失业率为2.93%。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert ("actual", 2023, 2.93) in set(zip(df.role, df.year, df.value))


def test_levels_taken_up_among_that_years_other_results_stay_results():
    for text in _both_scripts("2023年全市人社工作要点：基本养老、失业保险参保人数分别达到182万人和31.5万人。2022年，全市城镇新增就业完成"
                              "4.63万人；上述两项参保人数依次为180.4万人、30.9万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(df[df.year == 2022].role) == {"actual"}


def test_a_figure_of_the_own_year_bounded_as_only_aims_are_is_an_aim():
    for text in _both_scripts("全年城镇新增就业4000—4500人，城镇登记失业率不超过3.8%，帮助成功创业至少300人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(df.role) == {"target"} and len(df) == 4
    for text in _both_scripts("2023年，全市城镇新增就业逾5.2万人，城镇调查失业率不高于5.3%。"):
        assert set(pc.extract_indicators(text, period=(2023, 2023)).role) == {"actual"}


def test_five_years_looked_back_on_in_a_plans_first_or_last_year():
    for text in _both_scripts("五年间，全市高技能人才总量实现翻番，达到318万人。"):
        assert list(zip(*[pc.extract_indicators(text, period=(y, y)).year for y in (2026, 2025)])) == [(2025, 2025)]
        assert list(pc.extract_indicators(text, period=(2023, 2023)).year) == [2023]  # no plan's end: the text's year


def test_a_running_total_since_the_plan_began_in_a_january_release_runs_to_the_year_ended():
    for text in _both_scripts("发布时间：2025-01-13\n2024年，全县城镇新增就业4218人。“十四五”以来，全县累计新增城镇就业16932人。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        row = df[df.value == 16932].iloc[0]
        assert (row.role, row.year, row.basis) == ("actual", 2024, "")


def test_a_quoted_targets_year_dates_only_the_quote():
    for text in _both_scripts("技能人才总量达到72万人，未实现“到2025年达到75万人”的规划目标，其中高技能人才达到23.8万人。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="发展基础")
        assert set(zip(df.value, df.role, df.year)) == {(720000, "actual", 2025), (750000, "target", 2025),
                                                        (238000, "actual", 2025)}


def test_round_figures_bounded_in_a_text_of_no_kind_are_left_open_and_part_year_results_make_the_year_an_aim():
    for text in _both_scripts("全年劳动人事争议仲裁结案率保持在95%以上，劳动人事争议调解成功率达到70%。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(df.role) == {""} and set(df.year) == {2026}
        assert set(pc.extract_indicators(text, period=(2026, 2026), kind="summary").role) == {"actual"}
    for text in _both_scripts("全年劳动人事争议仲裁结案率达到96.2%，劳动人事争议调解成功率达到70%。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).role) == {"actual"}  # a figure as reported
    for text in _both_scripts("全年新增城镇就业4500人以上，其中一季度完成1200人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert ("target", 4500) in set(zip(df.role, df.value))


def test_an_age_band_a_years_report_after_its_opening_and_holders_so_far():
    for text in _both_scripts("全年城镇调查失业率平均为5.0%；16—24岁青年调查失业率为14.8%。"):
        assert list(pc.extract_indicators(text, period=(2024, 2024)).value) == [5.0]
    for text in _both_scripts("今年，全县新增城镇就业2310人，较上年增长5.2%；全年基本养老保险参保人数达到15.36万人，较上年末增加3200人，"
                              "参保率达到94.6%。"):
        assert set(pc.extract_indicators(text, period=(2023, 2023)).role) == {"actual"}
    for text in _both_scripts("今年，全县各项就业指标圆满完成：城镇新增就业2160人；城镇登记失业率为3.2%。"):
        assert set(pc.extract_indicators(text, period=(2023, 2023)).role) == {"actual"}
    for text in _both_scripts("截至2023年末，全市累计有12.6万人取得专业技术人员职业资格证书。"):
        assert list(pc.extract_indicators(text, period=(2023, 2023)).role) == [""]


def test_a_year_end_sentence_after_a_base_compared_with_or_after_next_years_aims_is_the_texts_year():
    for text in _both_scripts("参加工伤保险人数为25817人，上年末为24390人。年末全县基本医疗保险参保人数42.6万人。"):
        df = pc.extract_indicators(text, period=(2022, 2022))
        assert ("actual", 2022, 426000) in set(zip(df.role, df.year, df.value))
    for text in _both_scripts("明年，我局将力争实现城镇新增就业1.5万人。年末全县参加失业保险人数为9.24万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.role, df.year, df.value)) == {("target", 2024, 15000), ("actual", 2023, 92400)}
    for text in _both_scripts("三是2026年工作打算。确保全年城镇新增就业2500人以上。"):
        assert list(zip(*[pc.extract_indicators(text, period=(2025, 2025))[c] for c in ("role", "year")])) == [("target", 2026)]


def test_a_caption_listing_a_count_unit_and_percent_gives_the_counts_their_unit():
    for text in _both_scripts("表3　“十五五”时期人才发展主要指标（单位：万人、%）\n指标　　　　2025年　　2030年　　属性\n"
                              "专业技术人才总量　　26.8　　32　　预期性\n高技能人才占技能人才比重　32.6　　36　　预期性"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert set(zip(df.indicator_id, df.value)) == {("professional_talent", 268000), ("professional_talent", 320000),
                                                       ("high_skill_share", 32.6), ("high_skill_share", 36)}


def test_a_subject_after_rang_or_ba_a_ceiling_after_zuigao_and_a_work_plans_heading():
    for text in _both_scripts("今年要让城镇新增就业人员不少于1.8万名，把城镇调查失业率压在5.5%左右。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.indicator_id, df.role, df.value)) == {("new_urban_jobs", "target", 18000),
                                                                ("surveyed_unemployment_rate", "target", 5.5)}
    for text in _both_scripts("规划期内，全区城镇登记失业率最高不超过3.5%。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert list(zip(df.role, df.year, df.value, df.comparator)) == [("target", 2030, 3.5, "<=")]
    for text in _both_scripts("2026年全市就业工作实施方案：全年城镇新增就业8万人，城镇调查失业率控制在5.5%以内。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).role) == {"target"}


def test_a_flattened_table_with_a_unit_column_and_a_dropped_empty_cell():
    text = ("表2　“十五五”时期全县人社事业发展主要指标\n指标名称\n单位\n2025年\n2030年\n属性\n城镇新增就业人数\n人\n３２６０\n〔１６０００〕\n"
            "预期性\n城镇登记失业率\n％\n２．８\n＜４\n\n基本养老保险参保率\n％\n９５．６\n９７\n约束性")
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=(2026, 2030), section="主要目标")
        assert {("new_urban_jobs", "baseline", 2025, 3260), ("new_urban_jobs", "target", 2030, 16000),
                ("registered_unemployment_rate", "target", 2030, 4)} <= set(zip(df.indicator_id, df.role, df.year, df.value))


def test_the_tasks_a_paragraph_opens_are_the_years_aims():
    for text in _both_scripts("我们将重点做好以下工作：……（八）稳定和扩大就业。开展补贴性职业技能培训5万人次以上，帮助成功创业3000人。"):
        assert set(zip(*[pc.extract_indicators(text, period=(2024, 2024))[c] for c in ("role", "year")])) == {("target", 2024)}
    for text in _both_scripts("2024年重点工作：……（七）兜牢民生底线。城镇新增就业2.2万人。推进全民参保计划，基本养老保险参保人数稳定在152万人以上。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"target"}
    df = pc.extract_indicators("2023年重点工作完成情况：城镇新增就业2.3万人。", period=(2023, 2023))
    assert list(df.role) == ["actual"]


def test_review_17s_over_reach_is_held_back():
    for text in _both_scripts("发布时间：2026-01-12\n全年全县城镇新增就业力争达到3600人，城镇登记失业率控制在4%以内。"):
        assert set(zip(*[pc.extract_indicators(text, period=(2026, 2026))[c] for c in ("role", "year")])) == {("target", 2026)}
    for text in _both_scripts("（记者 张明）1月9日，记者从市人社局获悉，全年全市城镇新增就业5.6万人。"):
        assert list(pc.extract_indicators(text, period=(2026, 2026)).year) == [2025]
    for text in _both_scripts("全县（城乡居民）基本养老保险参保人数21.3万人。"):
        assert "pension_insured" not in set(pc.extract_indicators(text, period=(2024, 2024)).indicator_id)
    for text in _both_scripts("力争到2027年，全县技能人才总量达到5万人。全县将确保城镇新增就业2500人以上。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert ("target", 2025) in set(zip(df.role, df.year)) and 2500 in set(df[df.year == 2025].value)
    for text in _both_scripts("力争全年城镇新增就业5.4万人；12月末城镇登记失业率控制在3%以内。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"target"}
    for text in _both_scripts("2024年，全县城镇新增就业3260人，城镇登记失业率不超过3.2%，均好于年度调控目标。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"actual"}
    for text in _both_scripts("全年城镇新增就业4620人，其中一季度完成1200人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert ("actual", 4620) in set(zip(df.role, df.value))
    for text in _both_scripts("今后五年间，全市将累计新增城镇就业50万人。"):
        assert "actual" not in set(pc.extract_indicators(text, period=(2026, 2026)).role)
    for text in _both_scripts("二、2025年工作计划。年末城镇登记失业率控制在4%以内。"):
        assert list(zip(*[pc.extract_indicators(text, period=(2024, 2024))[c] for c in ("role", "year")])) == [("target", 2025)]


def test_batches_47_to_49s_shapes():
    for text in _both_scripts("展望2030年，全市参加基本养老保险、失业保险、工伤保险的人数分别达到312万人、86万人、108\n— 9 —\n万人。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert 1080000 in set(df.value)
    for text in _both_scripts("据区人力资源局12月29日消息，今年该区城镇新增就业5,126人，完成年度计划的128%。"):
        assert list(pc.extract_indicators(text, period=(2023, 2023)).role) == ["actual"]
    for text in _both_scripts("2024年全省人力资源和社会保障主要数据\n发布时间：2025-02-08\n年末全省技能人才总量达到826万人。"):
        assert list(pc.extract_indicators(text, period=(2025, 2025)).year) == [2024]
    for text in _both_scripts("【字体：大 中 小】　　发布时间：2024-02-27\n全县城镇新增就业3000人，城镇登记失业率控制在4%以内。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {""}
    for text in _both_scripts("今年全市新增城镇就业两万一千三百人，城镇登记失业率控制在百分之三点二以内。"):
        assert set(pc.extract_indicators(text, period=(2016, 2016)).role) == {"actual"}
    for text in _both_scripts("从上半年运行情况看，全市城镇新增就业2.18万人；城镇调查失业率均值5.3%。"):
        assert set(pc.extract_indicators(text, period=(2022, 2022)).role) == {""}
    for text in _both_scripts("总结评估显示：五年间，全区城镇调查失业率低于5.5%左右的预期目标，2025年为4.7%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert ("actual", 4.7) in set(zip(df.role, df.value))
    for text in _both_scripts("行动期内，全市开展补贴性职业技能培训三年累计10万人次。"):
        df = pc.extract_indicators(text, period=(2023, 2025), section="主要目标")
        assert list(zip(df.role, df.year)) == [("target", 2025)]


def test_a_flattened_table_with_a_number_column_and_an_empty_cell():
    text = "表2　主要指标\n序号\n指标\n单位\n2025年\n2030年\n属性\n1\n城镇新增就业\n人\n2860\n〔15000〕\n预期性\n2\n城镇登记失业率\n%\n\n＜4\n预期性\n" \
           "3\n失业保险参保人数\n人\n32500\n38000\n约束性"
    for variant in _both_scripts(text):
        df = pc.extract_indicators(variant, period=(2026, 2030), section="主要目标")
        assert {("new_urban_jobs", "baseline", 2025, 2860), ("unemployment_insured", "target", 2030, 38000)} <= \
            set(zip(df.indicator_id, df.role, df.year, df.value)) and 2 not in set(df.value) and 3 not in set(df.value)


def test_review_17s_second_round():
    for text in _both_scripts("2026-01-09 10:20　来源：县人力资源和社会保障局\n全年全县城镇新增就业3200人，年末城镇登记失业率3.1%。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).year) == {2025}
    for text in _both_scripts("2026年1月，县人社局通报：全年全县城镇新增就业3150人。"):
        assert list(pc.extract_indicators(text, period=(2026, 2026)).year) == [2025]
    for text in _both_scripts("【2026年1月8日】全年全区城镇新增就业5120人。"):
        assert list(pc.extract_indicators(text, period=(2026, 2026)).year) == [2025]
    for text in _both_scripts("（1月12日）全县城镇新增就业3260人。"):
        assert list(pc.extract_indicators(text, period=(2025, 2025)).role) == [""]
    for text in _both_scripts("指标\n2024年目标\n2024年完成\n城镇新增就业（人）\n3000\n3260"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3000), ("actual", 3260)}
    for text in _both_scripts("2026年，全市城镇新增就业3万至3.5万人。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).role) == {"target"}


def test_review_17s_third_round():
    for text in _both_scripts("参加失业保险人数为18654人，上年为17920人。年末全县参加工伤保险人数2.36万人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert ("actual", 2023, 23600) in set(zip(df.role, df.year, df.value))
    for text in _both_scripts("基本养老保险参保率规划目标为提高到95%，2023年达到94.2%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert ("actual", 2023, 94.2) in set(zip(df.role, df.year, df.value))
    for text in _both_scripts("2026年全市就业工作实施方案\n全年城镇新增就业8万人，城镇调查失业率控制在5.5%以内。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).role) == {"target"}
    for text in _both_scripts("稳就业专项行动方案：全年帮助成功创业600人。"):
        assert set(pc.extract_indicators(text, period=(2025, 2025)).role) == {"target"}
    for text in _both_scripts("过去这一年，全县城镇新增就业2860人。这五年里，全县城镇新增就业累计1.6万人。"):
        assert set(pc.extract_indicators(text, period=(2026, 2026)).year) == {2025}


def test_a_this_year_sentence_opened_by_words_of_results_reports_the_year():
    for text in _both_scripts("今年，我县就业工作成效明显，城镇新增就业3160人；城镇登记失业率3.05%，控制在4%以内；"
                              "基本养老保险参保人数稳定在17.2万人以上。"):
        assert set(pc.extract_indicators(text, period=(2023, 2023)).role) == {"actual"}


def test_xin_de_yi_nian_in_a_summary_is_the_next_year_in_a_work_report_its_own():
    for text in _both_scripts("今年全县城镇新增就业3200人。新的一年，全县将实现城镇新增就业3000人以上。"):
        df = pc.extract_indicators(text, period=(2024, 2024), kind="summary")
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2024, 3200), ("target", 2025, 3000)}
        df = pc.extract_indicators(text, period=(2024, 2024), kind="work_report")
        assert ("target", 2024, 3000) in set(zip(df.role, df.year, df.value))


def test_an_earlier_sentences_year_dates_no_figure_at_the_plans_end_nor_one_after_a_part_year_sentence():
    for text in _both_scripts("截至2023年末，全县基本养老保险参保率约为94.6%。总结评估显示，到规划期末，全县工伤保险参保人数"
                              "达到4.32万人；企业劳动合同签订率为96.8%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert set(df[df.value.isin([43200, 96.8])].year.dropna()) <= {2025}
    for text in _both_scripts("2022年末，全市失业保险参保人数为76.3万人。规划实施五年间，全市有12.4万人取得了职业资格证书"
                              "或职业技能等级证书。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        row = df[df.indicator_id == "vocational_cert_new"].iloc[0]
        assert (row.role, row.year, row.basis) == ("actual", 2025, "five_year_total")
    for text in _both_scripts("全年新取得高级工以上职业资格证书的有1.32万人。1—10月，全市就业工作稳步推进。城镇新增就业4862人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert df[df.value == 4862].role.tolist() == [""]


def test_a_value_reached_after_its_own_target_and_the_results_of_target_values_listed_before():
    for text in _both_scripts("社保卡持卡率目标98%，年底达到98.6%；开展补贴性职业技能培训目标3000人次，力争达到3200人次。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.role, df.value)) == {("target", 98), ("actual", 98.6), ("target", 3000), ("target", 3200)}
    for text in _both_scripts("2024年度就业资金绩效自评报告\n年度指标值：城镇新增就业≥4000人，城镇登记失业率≤3.5%；"
                              "全年实际完成值分别为4312人和2.9%。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.indicator_id, df.role, df.value)) == {
            ("new_urban_jobs", "target", 4000), ("registered_unemployment_rate", "target", 3.5),
            ("new_urban_jobs", "actual", 4312), ("registered_unemployment_rate", "actual", 2.9)}
    df = pc.extract_indicators("城镇新增就业4000人，城镇登记失业率3.5%；全年实际完成值分别为2.9%和4312人。", period=(2024, 2024))
    assert not set(df[df.role == "actual"].value) & {2.9, 4312}  # units that do not fit the names: no guess


def test_batches_50_to_52s_shapes():
    for text in _both_scripts("去年，全区新增城镇就业1.26万人、高于1.1万人的年度目标。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.role, df.value)) == {("actual", 12600), ("target", 11000)}
    for text in _both_scripts("今年全区失业保险扩面任务为新增参保3000人。截至11月底，全区工伤保险参保人数达到8.16万人，"
                              "超过8万人的年度目标。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert 3000 not in set(df.value) and ("actual", 81600) in set(zip(df.role, df.value))
    for text in _both_scripts("上半年，全区实现城镇新增就业3126人。下半年，要盯紧全年目标，全年补贴性职业技能培训不少于8000人次。"):
        df = pc.extract_indicators(text, period=(2025, 2025), section="2025年上半年工作总结及下半年工作打算")
        assert "actual" not in set(df[df.value == 8000].role)
    for text in _both_scripts("今年，全市城镇新增就业和新增农村劳动力转移就业力争分别达到5.2万人、3.5万人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert list(zip(df.indicator_id, df.value)) == [("new_urban_jobs", 52000)]


def test_counts_written_before_what_they_did_and_results_given_for_the_targets_before_them():
    for text in _both_scripts("2023年，全县有1260人在政府扶持下成功创业，6820人实现了城镇新增就业。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.indicator_id, df.role, df.value)) == {
            ("entrepreneurship_supported", "actual", 1260), ("new_urban_jobs", "actual", 6820)}
    for text in _both_scripts("五年来，全省累计有2650万人次接受了补贴性职业技能培训。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert list(zip(df.role, df.year, df.basis)) == [("actual", 2025, "five_year_total")]
    for text in _both_scripts("全县年度目标任务为城镇新增就业3200人、城镇登记失业率控制在4%以内，全年实际分别完成3548人和2.61%。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert ("actual", 3548) in set(zip(df.role, df.value)) and ("actual", 2.61) in set(zip(df.role, df.value))


def test_a_plan_periods_yearly_average_later_in_its_sentence_is_dated_at_its_end():
    for text in _both_scripts("“十四五”时期，全区累计新增城镇就业4.26万人，年均8520人。展望“十五五”，全区将力争年均新增城镇就业"
                              "8500人以上。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2025, 42600), ("actual", 2025, 8520),
                                                         ("target", 2030, 8500)}
    for text in _both_scripts("过去五年，全县累计新增城镇就业1.96万人，年均3920人。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2025, 19600), ("actual", 2025, 3920)}
    for text in _both_scripts("“十四五”以来，截至2024年底，全区累计新增城镇就业3.4万人，年均8500人。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert set(df[df.value == 8500].role) == {""}  # an unfinished span's average: no year's


def test_year_end_after_yi_nian_lai_and_a_result_said_near_a_figure():
    for text in _both_scripts("一年来，全省新增城镇就业72.6万人；截至年末，城镇登记失业率3.1%。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(df.role) == {""}  # the year 一年来 ends: the document's kind decides
    for text in _both_scripts("一年来，全县城镇新增就业3,240人；年末农村劳动力转移就业总量达到15.2万人；城镇登记失业率为2.98%。"):
        df = pc.extract_indicators(text, period=(2022, 2022))  # the 年末 of a part before dates the part after as unsaid
        assert len(df) == 3 and set(df.role) == {""}
    for text in _both_scripts("全年全市劳动人事争议调解成功率达到70%以上，仲裁结案率不低于95%，监察举报投诉案件结案率近100%。"):
        df = pc.extract_indicators(text, period=(2022, 2022))
        assert "target" not in set(df.role)


def test_batches_53_and_55s_shapes():
    for text in _both_scripts("2022年，城镇新增就业目标2800人，实际完成3046人；城镇登记失业人员控制在1500人以内，年末实际为1318人。"):
        df = pc.extract_indicators(text, period=(2022, 2022))
        assert set(zip(df.role, df.value)) == {("target", 2800), ("actual", 3046), ("target", 1500), ("actual", 1318)}
    for text in _both_scripts("今年全区城镇新增就业11936人，帮助成功创业1086人，各项指标均好于预期。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"actual"}
    for text in _both_scripts("城镇新增就业：2020年基数〔28.6万人〕，2025年目标〔＞30万人〕（预期性）"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value, df.basis, df.comparator)) == {
            ("baseline", 2020, 286000, "five_year_total", "="), ("target", 2025, 300000, "five_year_total", ">")}
    for text in _both_scripts("到2025年，高、中、初级专业技术人才比例达到1∶4∶5。"):
        assert pc.extract_indicators(text, period=(2021, 2025)).empty
    for text in _both_scripts("从2023年监测数据看，全省城镇就业人员占全部就业人员的比重为63.8%，距离“十四五”末66%的目标还有2.2个"
                              "百分点；劳动年龄人口平均受教育年限达到11.2年。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert set(df[df.value.isin([63.8, 11.2])].year) == {2023}


def test_review_18s_first_round():
    for text in _both_scripts("今年城镇新增就业目标任务为3200人。截至12月20日，全县城镇新增就业3150人；失业保险参保人数3.42万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3200), ("", 3150), ("actual", 34200)}
    for text in _both_scripts("今年城镇新增就业目标任务为3200人。三季度末，全县失业保险参保人数3.42万人，城镇新增就业2860人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3200), ("actual", 34200), ("", 2860)}
    for text in _both_scripts("2024年，全县城镇新增就业3260人，失业人员再就业1120人；累计新增城镇就业1.52万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("actual", 3260), ("", 15200)}
    for text in _both_scripts("12月份新增就业260人，全年累计新增城镇就业3260人。"):
        df = pc.extract_indicators(text, period=(2024, 2024), kind="summary")
        assert ("actual", 3260) in set(zip(df.role, df.value))
    for text in _both_scripts("主要指标值：城镇新增就业3421人，城镇登记失业率3.2%。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="bulletin").role) == {"actual"}


def test_review_18s_second_round():
    for text in _both_scripts("来年，全县要确保补贴性职业技能培训1.2万人次。"):
        assert list(pc.extract_indicators(text, period=(2024, 2024), kind="summary").year) == [2025]
    for text in _both_scripts("新的一年，全县城镇新增就业目标为3600人。"):
        assert list(pc.extract_indicators(text, period=(2026, 2026), section="2025年工作总结").year) == [2026]
    for text in _both_scripts("2024年，全县城镇新增就业5218人、超额完成4500人的年度目标。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("actual", 5218), ("target", 4500)}
    for text in _both_scripts("全年任务：城镇新增就业3200人，城镇登记失业率4%以内。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"target"}
    for text in _both_scripts("下阶段，要紧盯全年目标，全年城镇新增就业5500人。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), section="2024年工作总结").role) == {"target"}
    for text in _both_scripts("到规划期末，全县累计新增城镇就业1.6万人。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {""}
    for text in _both_scripts("2024年新增参保人员中，参加失业保险的人数为2100人。"):
        assert pc.extract_indicators(text, period=(2024, 2024)).empty
    for text in _both_scripts("年度目标：城镇新增就业3000人。实际完成城镇新增就业3421人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3000), ("actual", 3421)}
    for text in _both_scripts("明年，全县力争城镇新增就业5500人；城镇登记失业率控制在4%以内；2024年全县城镇新增就业5260人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.year, df.value)) == {("target", 2025, 5500), ("target", 2025, 4), ("actual", 2024, 5260)}
    for text in _both_scripts("全市人社工作前三季度稳中有进。全市城镇新增就业4.2万人。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {""}


def test_a_heading_of_targets_does_not_reach_a_sentence_that_reports():
    for text in _both_scripts("2024年主要目标：城镇新增就业3000人，城镇登记失业率4%以内。执行结果：城镇新增就业3421人，城镇登记失业率3.2%。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3000), ("target", 4), ("actual", 3421), ("actual", 3.2)}
    for text in _both_scripts("全年任务：城镇新增就业3200人。截至11月底，全县城镇新增就业3150人；全县社会保障卡持卡人员52.4万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("target", 3200), ("", 3150), ("actual", 524000)}
    for text in _both_scripts("确保全年城镇新增就业5万人以上；到6月末，城镇登记失业率控制在3.5%以内。"):
        assert "actual" not in set(pc.extract_indicators(text, period=(2024, 2024)).role)  # 到: by then, an aim
    for text in _both_scripts("要紧盯全年目标任务，全年城镇新增就业5500人，城镇登记失业率控制在4%以内。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), section="2024年工作总结").role) == {"target"}
    for text in _both_scripts("城镇新增就业的年度指标值为3000人；全年实际完成值为3421人。"):
        df = pc.extract_indicators(text, period=(2024, 2024), section="绩效目标完成情况")
        assert set(zip(df.role, df.value)) == {("target", 3000), ("actual", 3421)}


def test_a_number_cut_by_a_pdf_page_number_after_its_verb():
    for text in _both_scripts("年末全省参加城镇职工基本养老保险人数为1,286.42万人，比上年末增加\n58.16万人。参加失业保险人数为63\n— 6 —\n"
                              "8.25万人，参加工伤保险人数为8\n12.60万人。"):
        df = pc.extract_indicators(text, period=(2021, 2021))
        assert set(df.value) == {12864200, 6382500, 8126000}


def test_an_excess_over_the_target_and_a_result_with_its_own_target_in_brackets():
    for text in _both_scripts("城镇新增就业全年达15.82万人，比15万人的年度目标任务多完成8200人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.role, df.value)) == {("actual", 158200), ("target", 150000)}
    for text in _both_scripts("全年新增取得职业资格证书或职业技能等级证书42.6万人（年度目标40万人），其中新增取得高级工以上证书人数为"
                              "14.8万人（年度目标12万人）。"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert set(zip(df.role, df.value)) == {("actual", 426000), ("target", 400000), ("actual", 148000),
                                               ("target", 120000)}


def test_review_19s_causes():
    for text in _both_scripts("一年来，我们把稳就业摆在突出位置。全年城镇新增就业5620人。"):
        df = pc.extract_indicators(text, period=(2019, 2019), kind="work_report")
        assert list(zip(df.role, df.year)) == [("actual", 2018)]
    for text in _both_scripts("全年城镇新增就业1.86万人，城镇调查失业率5.1%。"):
        df = pc.extract_indicators(text, period=(2024, 2024), section="工作回顾", kind="work_report")
        assert set(zip(df.role, df.year)) == {("actual", 2023)}
    for text in _both_scripts("2024年全县人力资源和社会保障事业发展统计公报\n全年城镇新增就业3260人。"):
        assert list(pc.extract_indicators(text, period=(2025, 2025)).year) == [2024]
    for text in _both_scripts("全县将推进全民参保，失业保险参保人数达到2.3万人；工伤保险参保人数达到3万人。"):
        assert set(pc.extract_indicators(text, period=(2022, 2022)).role) == {"target"}
    for text in _both_scripts("2024年，全区城镇调查失业率平均为5.0%，明年将继续控制在5.5%以内；城镇新增就业1.08万人，明年目标不低于1万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert ("actual", 2024, 10800) in set(zip(df.role, df.year, df.value))
    for text in _both_scripts("今年是“十四五”规划收官之年。主要预期目标是：城镇新增就业1.1万人以上；城镇调查失业率5.5%左右。"):
        assert set(pc.extract_indicators(text, period=(2025, 2025)).role) == {"target"}
    for text in _both_scripts("全区将力争新增高技能人才1万人。"):
        assert pc.extract_indicators(text, period=(2021, 2021)).empty
    for text in _both_scripts("工伤保险参保人数达到6.8万人，完成“十四五”末7万人目标的97%；失业保险参保人数达到6.2万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾", kind="mid_term_review")
        assert "target" not in set(df[df.value == 62000].role)


def test_batches_56_and_57s_shapes():
    for text in _both_scripts("规划实施以来，全市城镇新增就业持续增长，2016年、2017年分别新增3.42万人和3.58万人。"):
        df = pc.extract_indicators(text, period=(2016, 2020), section="工作回顾")
        assert set(zip(df.year, df.value)) == {(2016, 34200), (2017, 35800)}
    for text in _both_scripts("2016年，全旗城镇新增就业1260人，年末实有城镇登记失业人员不超过800人。"):
        assert set(pc.extract_indicators(text, period=(2016, 2016)).role) == {"actual"}
    for text in _both_scripts("城镇登记失业率，目标值低于4.5%，完成3.62%；服务对象满意度，目标值90%以上，完成96%。"):
        df = pc.extract_indicators(text, period=(2021, 2021))
        assert set(zip(df.role, df.value)) == {("target", 4.5), ("actual", 3.62)}
    for text in _both_scripts("“十五五”时期，全市高技能人才总量将以2025年的28.6万人为基数，新增8万人以上。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert list(zip(df.role, df.year, df.value)) == [("baseline", 2025, 286000)]
    for text in _both_scripts("过去一年，城镇调查失业率5.2%，低于5.5%的年度控\n制目标。\n— 2 —"):
        df = pc.extract_indicators(text, period=(2025, 2025))
        assert set(zip(df.role, df.value)) == {("actual", 5.2), ("target", 5.5)}


def test_an_aim_reaches_every_part_of_its_statement_and_the_plan_named_before_since_dates_nothing():
    for text in _both_scripts("2022年，全县将深入实施全民参保计划，企业职工基本养老保险参保人数达到6.5万人；失业保险参保人数达到2.3万人；"
                              "工伤保险参保人数达到3万人。"):
        assert set(pc.extract_indicators(text, period=(2022, 2022)).role) == {"target"}
    for text in _both_scripts("“十四五”规划实施以来，全县电子社保卡人口覆盖率由18.6%提高到58.2%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾", kind="mid_term_review")
        assert "target" not in set(df.role)


def test_a_caption_of_columns_after_a_name_dates_its_listed_values():
    for text in _both_scripts("技能人才总量（2020年基数、2025年目标）：8.6万人、10万人。高技能人才总量（2020年基数、2025年目标）：2.4万人、3万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 86000), ("target", 2025, 100000),
                                                         ("baseline", 2020, 24000), ("target", 2025, 30000)}
    for text in _both_scripts("主要指标（2020年基数、2025年目标）：城镇新增就业2.4万人、2.5万人；基本养老保险参保率91%、95%。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 24000), ("target", 2025, 25000),
                                                         ("baseline", 2020, 91), ("target", 2025, 95)}


def test_a_note_below_the_lines_naming_five_year_totals_sets_their_basis():
    for text in _both_scripts("主要指标（2020年基数、2025年目标）：城镇新增就业2.4万人、2.5万人；补贴性职业技能培训3.6万人次、4万人次；"
                              "基本养老保险参保率91%、95%。\n注：城镇新增就业、补贴性职业技能培训为五年累计数。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(df[df.unit != "percent"].basis) == {"five_year_total"}
        assert set(df[df.unit == "percent"].basis) == {"rate"}
        assert all("basis_from_note: line 2" in f for f in df[df.unit != "percent"]["flags"])
    for text in _both_scripts("到2025年，全市城镇新增就业2.5万人，年均新增就业5000人；城镇调查失业率控制在5.5%以内。\n"
                              "注：城镇新增就业为五年累计数。"):  # a yearly figure keeps its basis; a note names no other
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(zip(df.value, df.basis)) == {(25000, "five_year_total"), (5000, "annual"), (5.5, "rate")}
    for text in _both_scripts("注：城镇新增就业为五年累计数。\n2025年全市城镇新增就业5200人。"):  # a note explains what is above it
        assert set(pc.extract_indicators(text, period=(2025, 2025)).basis) == {"annual"}


def test_a_sentence_naming_the_columns_in_turn_dates_the_values_after_it():
    for text in _both_scripts("专栏1 主要发展指标。以下数据依次为2020年基数和2025年目标：城镇登记失业率3.2%／<4%；"
                              "城镇调查失业率5.6%、5.5%以内。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 3.2), ("target", 2025, 4),
                                                         ("baseline", 2020, 5.6), ("target", 2025, 5.5)}
    for text in _both_scripts("以下数据依次为2020年基数和2025年目标：城镇新增就业〔4.6〕、〔5〕万人。"):  # a unit written once: not 4.6 for 2025
        df = pc.extract_indicators(text, period=(2021, 2025), section="主要目标")
        assert (2025, 46000) not in set(zip(df.year, df.value))


def test_the_new_year_is_an_aim_and_the_kind_of_text_says_which_year():
    text = "新的一年，全市城镇新增就业6.5万人以上、帮助成功创业0.8万人，城镇调查失业率控制在5.5%左右。"
    for t in _both_scripts(text):
        df = pc.extract_indicators(t, period=(2026, 2026))  # no kind: the text's own year, flagged so
        assert set(zip(df.role, df.year)) == {("target", 2026)}
        assert all("kind='summary'" in f for f in df["flags"])
        assert set(pc.extract_indicators(t, period=(2026, 2026), kind="work_report").year) == {2026}
        assert set(pc.extract_indicators(t, period=(2025, 2025), kind="summary").year) == {2026}


def test_the_year_before_an_unsaid_year_is_unsaid_too():
    for text in _both_scripts("一年来，全省上下全力稳就业：城镇新增就业68.2万人；城镇调查失业率由上年的5.6%回落到5.1%；"
                              "企业职工基本养老保险参保人数年末达到1532万人，比上年末的1486万人多46万人。"):
        df = pc.extract_indicators(text, period=(2024, 2024))  # 一年来: 2024 in a year-end summary, 2023 in a work report
        assert df.year.isna().all() and len(df) == 5


def test_a_statement_dated_by_its_results_dates_its_other_values_as_results():
    for text in _both_scripts("到2025年末，全市基本养老保险参保率达到96.5%，高于95%的规划目标；新增取得职业资格证书或职业技能等级证书"
                              "人数五年累计达到22.6万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert set(zip(df.value, df.role)) == {(96.5, "actual"), (95, "target"), (226000, "actual")}
    for text in _both_scripts("到2025年末，全市基本养老保险参保率达到96.5%，高于95%的规划目标；新增取得职业资格证书人数力争达到"
                              "25万人。"):  # a word of an aim keeps its own
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")
        assert (250000, "target") in set(zip(df.value, df.role))
    for text in _both_scripts("到2025年，全市基本养老保险参保率达到96.5%，高于全省95%的平均水平；技能人才总量达到22.6万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")  # measured against no target
        assert "actual" not in set(df[df.value == 226000].role)


def test_a_figure_with_the_years_target_after_it_is_the_result():
    for text in _both_scripts("今年全县城镇新增就业2,480人，年度目标为2,300人；农民工职业技能培训1,250人次，年度任务为1,200人次。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert set(zip(df.value, df.role)) == {(2480, "actual"), (2300, "target"), (1250, "actual"), (1200, "target")}
    for text in _both_scripts("今年全县城镇新增就业力争达到2,480人，年度目标为2,300人。"):  # an aim above the target stays one
        assert set(pc.extract_indicators(text, period=(2024, 2024)).role) == {"target"}
    for text in _both_scripts("五年来，全县城镇新增就业合计1.82万人，年均3640人，均高于规划目标（五年1.75万人、年均3500人）。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾")  # the target's 五年: not a result
        assert {(18200, "actual"), (17500, "target")} <= set(zip(df.value, df.role)) <= {
            (18200, "actual"), (17500, "target"), (3640, ""), (3500, ""), (3640, "actual"), (3500, "target")}


def test_a_bound_kept_every_year_of_a_finished_span_is_its_last_years_result():
    for text in _both_scripts("过去五年，全市城镇登记失业率每年都控制在3.5%以内。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert list(zip(df.role, df.year, df.value, df.comparator)) == [("actual", 2025, 3.5, "<=")]
    for text in _both_scripts("“十三五”这五年，全市城镇登记失业率一直控制在4%以内。"):
        df = pc.extract_indicators(text, period=(2021, 2021))
        assert list(zip(df.role, df.year, df.value, df.comparator)) == [("actual", 2020, 4, "<=")]
    for text in _both_scripts("截至今年6月底，“十四五”以来城镇调查失业率每年都控制在5.5%以内。"):  # not over yet
        assert pc.extract_indicators(text, period=(2025, 2025)).year.isna().all()


def test_a_time_between_the_name_and_its_verb_and_a_count_of_those_trained_before_the_training():
    for text in _both_scripts("“十五五”时期，社会保障卡持卡人口覆盖率在规划期末达到99%。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        assert list(zip(df.indicator_id, df.role, df.year, df.value)) == [("ss_card_coverage_rate", "target", 2030, 99)]
    for text in _both_scripts("全年共为8.6万名劳动者开展补贴性职业技能培训，全市新进站博士后研究人员46名。"):
        df = pc.extract_indicators(text, period=(2024, 2024))
        assert ("subsidized_training", 86000) in set(zip(df.indicator_id, df.value))


def test_a_column_of_words_in_a_flat_table_is_no_column_of_values():
    text = ("表3　规划主要指标完成情况\n指标\n单位\n目标值\n实际值\n完成情况\n城镇新增就业\n万人\n〔30〕\n〔33.6〕\n超额完成\n"
            "城镇调查失业率\n%\n<5.5\n5.2\n完成\n基本养老保险参保率\n%\n96\n95.4\n基本完成")
    for t in _both_scripts(text):
        df = pc.extract_indicators(t, period=(2021, 2025), section="工作回顾")
        assert set(zip(df.role, df.value)) == {("target", 300000), ("actual", 336000), ("target", 5.5), ("actual", 5.2),
                                                ("target", 96), ("actual", 95.4)}


def test_targets_listed_in_a_bracket_after_the_results_are_each_results_own():
    for text in _both_scripts("与2015年相比，2020年全县企业劳动合同签订率由88.6%提高到96.3%，已建工会企业集体合同签订率由72%提高到"
                              "85.4%，双双完成“十三五”规划目标（95%、80%）。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="发展基础")
        targets = df[df.role == "target"]
        assert set(zip(targets.indicator_id, targets.year, targets.value)) == {
            ("labor_contract_rate", 2020, 95), ("collective_contract_rate", 2020, 80)}
    for text in _both_scripts("2023年全市城镇新增就业完成4.6万人，帮助成功创业3200人，均超额完成市定目标（4.5万人、0.3万人、"
                              "1.2万人次）。"):  # two results, three targets: whose is which is not said
        assert "target" not in set(pc.extract_indicators(text, period=(2023, 2023)).role)


def test_a_year_named_with_its_whole_year_dates_the_parts_after_it_and_a_quoted_target_is_measured_against():
    for text in _both_scripts("2020年全年城镇新增就业1186万人，超额完成900万人以上的目标任务；全年城镇调查失业率平均为5.6%，"
                              "好于6%左右的预期目标。"):
        assert set(pc.extract_indicators(text, period=(2021, 2021)).year) == {2020}
    for text in _both_scripts("2025年全国城镇新增就业1267万人，超过年初确定的“1200万人以上”预期目标，城镇调查失业率均值为5.2%。"):
        df = pc.extract_indicators(text, period=(2026, 2026))
        assert set(df[df.value == 5.2].role) == {"actual"}


def test_a_lead_naming_its_columns_in_other_words_dates_its_values():
    cases = [("以下数据依次为2020年基期值和2025年目标值：基本养老保险参保率90.2%／95%。", "主要目标",
              {("baseline", 2020, 90.2), ("target", 2025, 95)}),
             ("以下数据依次为2025年目标值和2020年基期值：基本养老保险参保率95%／90.2%。", "主要目标",
              {("baseline", 2020, 90.2), ("target", 2025, 95)}),
             ("以下数据依次为2023年完成值和2025年目标值：技能人才总量9.6万人／10万人。", "工作回顾",
              {("actual", 2023, 96000), ("target", 2025, 100000)}),
             ("以下数据依次为2020年基数和2025年目标：技能人才总量（万人）12.8／15。", "主要目标",
              {("baseline", 2020, 128000), ("target", 2025, 150000)})]
    for text, section, expected in cases:
        for t in _both_scripts(text):
            df = pc.extract_indicators(t, period=(2021, 2025), section=section)
            assert set(zip(df.role, df.year, df.value)) == expected, t


def test_spans_that_are_no_one_year_and_a_summarys_past_year():
    for text in ("半年来，全县新增城镇就业1260人。", "10个月来，全县新增城镇就业1260人。", "去年以来，全县累计帮助成功创业620人。"):
        for t in _both_scripts(text):
            assert pc.extract_indicators(t, period=(2024, 2024), kind="summary").year.isna().all(), t
    for text in _both_scripts("过去的一年，全县城镇新增就业3120人。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="summary").year) == {2024}
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="work_report").year) == {2023}


def test_an_excess_over_a_target_and_an_average_beside_a_running_total_give_no_row():
    for text in _both_scripts("城镇新增就业完成6.3万人，年度目标为6万人，超额完成3000人。"):
        assert 3000 not in set(pc.extract_indicators(text, period=(2023, 2023), kind="summary").value)
    for text in _both_scripts("农民工职业技能培训4260人次，超额完成4000人次的年度计划。"):  # the plan's figure is the target
        df = pc.extract_indicators(text, period=(2024, 2024), kind="summary")
        assert ("target", 4000) in set(zip(df.role, df.value))
    for text in _both_scripts("截至2023年底，全市城镇新增就业累计16.5万人，年均5.5万人。"):
        df = pc.extract_indicators(text, period=(2021, 2025), section="工作回顾", kind="mid_term_review")
        assert df[df.value == 55000].year.isna().all()


def test_the_whole_year_after_a_sentence_of_next_years_work_is_that_year_when_its_figure_is_set_as_aims_are():
    for text in _both_scripts("明年，我们将抓好以下工作。全年城镇新增就业5000人以上。"):
        df = pc.extract_indicators(text, period=(2024, 2024), kind="summary")
        assert list(zip(df.role, df.year)) == [("target", 2025)]


def test_the_new_year_after_statements_of_the_texts_own_year_is_the_next():
    for text in _both_scripts("2023年，全县城镇新增就业2860人。新的一年，全县将力争城镇新增就业3000人。"):
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2023, 2860), ("target", 2024, 3000)}
    for text in _both_scripts("2022年，全县城镇新增就业2860人。新的一年，全县将力争城镇新增就业3000人。"):  # a work report's
        df = pc.extract_indicators(text, period=(2023, 2023))
        assert set(zip(df.role, df.year, df.value)) == {("actual", 2022, 2860), ("target", 2023, 3000)}


def test_a_year_looked_back_on_is_the_kinds():
    for text in _both_scripts("一年来，全区城镇新增就业3200人，年末城镇登记失业率为3.1%。"):
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="summary").year) == {2024}
        assert set(pc.extract_indicators(text, period=(2024, 2024), kind="work_report").year) == {2023}
        assert pc.extract_indicators(text, period=(2024, 2024)).year.isna().all()  # no kind: unsaid
    for text in _both_scripts("各位代表！一年来，我们坚持民生优先。年末城镇登记失业率为3.1%。"):  # a work report's words
        assert set(pc.extract_indicators(text, period=(2024, 2024)).year) == {2023}


def test_a_base_stated_after_a_figure_dates_nothing_after_it():
    for text in ("城镇新增就业1.52万人（上年为1.46万人）；城镇调查失业率5.1%。", "城镇新增就业1.52万人，上年为1.46万人；城镇调查失业率5.1%。"):
        for t in _both_scripts(text):
            df = pc.extract_indicators(t, period=(2024, 2024), kind="summary")
            assert set(zip(df.value, df.year)) == {(15200, 2024), (14600, 2023), (5.1, 2024)}, t


def test_a_work_report_reviews_a_plan_not_over_by_its_year_up_to_a_year_it_does_not_give():
    for text in _both_scripts("“十四五”以来，全市城镇新增就业累计21.6万人。"):
        assert pc.extract_indicators(text, period=(2025, 2025), section="工作回顾", kind="work_report").year.isna().all()
        assert set(pc.extract_indicators(text, period=(2025, 2025), kind="summary").year) == {2025}
    for text in _both_scripts("“十五五”期间，力争基本养老保险参保率达到98%。"):  # an aim of the plan ahead
        df = pc.extract_indicators(text, period=(2026, 2026), kind="work_report")
        assert list(zip(df.role, df.year)) == [("target", 2030)]


def test_the_edges_of_this_rounds_rules():
    for section in ("二、2025年工作计划", "2024年工作总结和2025年工作计划>二、2025年工作计划"):  # the plan names its year
        for t in _both_scripts("新的一年，全县城镇新增就业5000人以上。"):
            df = pc.extract_indicators(t, period=(2024, 2024), section=section)
            assert list(zip(df.role, df.year)) == [("target", 2025)], section
    for t in _both_scripts("去年底以来，全县累计帮助成功创业620人。"):
        assert pc.extract_indicators(t, period=(2024, 2024)).year.isna().all()
    for t in _both_scripts("全年为1200名失业人员提供3个月内的就业服务，城镇新增就业5000人。"):  # 3个月内: a duration
        assert set(pc.extract_indicators(t, period=(2024, 2024)).year) == {2024}
    for t in _both_scripts("2020年城镇新增就业5.2万人。到2025年，城镇新增就业25万人。\n注：城镇新增就业为五年累计数。"):
        df = pc.extract_indicators(t, period=(2021, 2025))
        assert set(zip(df.value, df.basis)) == {(52000, "annual"), (250000, "five_year_total")}
    for t in _both_scripts("到2025年，全市城镇新增就业5.5万人，年度目标为5万人。"):  # 到 a year in a plan: an aim
        assert set(pc.extract_indicators(t, period=(2021, 2025)).role) == {"target"}
    table = "指标\n2024年目标\n完成情况\n城镇新增就业(万人)\n5\n5.6\n城镇登记失业率(%)\n<4.5\n3.2\n零就业家庭动态清零\n100%\n完成"
    df = pc.extract_indicators(table, period=(2024, 2024))  # a 完成情况 column of numbers keeps them
    assert {("actual", 56000), ("actual", 3.2)} <= set(zip(df.role, df.value))


def test_values_under_a_lead_naming_columns_are_placed_only_by_their_column():
    for t in _both_scripts("以下数据依次为2020年基数和2025年目标：城镇调查失业率（%）5.6／＜5.5；全员劳动生产率增长（%）6.1／高于GDP增长。"):
        df = pc.extract_indicators(t, period=(2021, 2025), section="主要目标")  # a pair not read as two: no column
        assert df.year.isna().all() or (df[df.value.isin([5.6, 6.1])].role != "target").all()
    for t in _both_scripts("以下数据依次为2020年基数和2025年目标：城镇新增就业〔4.6〕、〔5〕万人。"):  # the unit once: the last column's
        df = pc.extract_indicators(t, period=(2021, 2025), section="主要目标")
        assert list(zip(df.role, df.year, df.value)) == [("target", 2025, 50000)]
    for t in _both_scripts("下列指标依次为2020年现状值、2025年目标值：技能人才总量8.2万人、10万人；高技能人才总量2.3万人、3万人。"):
        df = pc.extract_indicators(t, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 82000), ("target", 2025, 100000),
                                                         ("baseline", 2020, 23000), ("target", 2025, 30000)}
    for t in _both_scripts("各项指标依次为2020年实际值、2025年预期值：企业劳动合同签订率96%、97%以上。"):  # a plan's base year
        df = pc.extract_indicators(t, period=(2021, 2025), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2020, 96), ("target", 2025, 97)}


def test_a_sentence_announcing_next_years_aims_dates_the_whole_year_after_it():
    for t in _both_scripts("2025年工作计划。全年城镇新增就业4500人，开展补贴性职业技能培训5000人次。"):
        assert set(zip(*[pc.extract_indicators(t, period=(2024, 2024), kind="summary")[c] for c in ("role", "year")])) \
            == {("target", 2025)}
    for t in _both_scripts("明年，全县将确保城镇新增就业3000人以上。全年城镇新增就业3260人，年末城镇登记失业率3.1%。"):
        df = pc.extract_indicators(t, period=(2024, 2024), kind="summary")  # an aim stated with its figure: the rest reports
        assert set(zip(df.role, df.year, df.value)) == {("target", 2025, 3000), ("actual", 2024, 3260), ("actual", 2024, 3.1)}
    for t in _both_scripts("全年开展补贴性职业技能培训1.2万人次，上年为1.1万人次，帮助成功创业420人。"):
        df = pc.extract_indicators(t, period=(2022, 2022), kind="summary")
        assert set(df[df.value == 420].year) == {2022}
    for t in _both_scripts("全年城镇新增就业4.12万人，超额完成4万人的年度目标1200人。"):
        assert 1200 not in set(pc.extract_indicators(t, period=(2023, 2023), kind="summary").value)
    for t in _both_scripts("前年以来，全市累计新增城镇就业9.6万人。"):
        assert pc.extract_indicators(t, period=(2025, 2025)).year.isna().all()


def test_thousands_separators_do_not_end_the_clause_a_rule_reads():
    for t in _both_scripts("“十三五”时期，全市城镇新增就业累计达到412,000人，超出规划确定的350,000人目标62,000人。"):
        df = pc.extract_indicators(t, period=(2016, 2020), section="工作回顾")  # the excess is no level
        assert set(zip(df.role, df.value)) == {("actual", 412000), ("target", 350000)}
        assert set(df.value_raw) == {"412,000人", "350,000人"} and all("412,000人" in q for q in df.quote)
    for t in _both_scripts("上半年，全县城镇新增就业1,860人，完成全年3,500人目标任务的53.1%；城镇登记失业率平均为3.2%。"):
        df = pc.extract_indicators(t, period=(2024, 2024))  # the half-year's rate, as with 0.35万人
        assert df[df.value == 3.2].year.isna().all()


def test_web_furniture_after_a_pasted_table_leaves_the_table_whole():
    table = ("【打印本页】\n来源：县人力资源和社会保障局\n主要指标\n指标\n2025年\n2030年\n参加失业保险人数（万人）\n27.5\n31\n"
             "参加工伤保险人数（万人）\n35.2\n40\n【关闭窗口】")
    for t in _both_scripts(table):
        df = pc.extract_indicators(t, period=(2026, 2030), section="主要目标")
        assert set(zip(df.role, df.year, df.value)) == {("baseline", 2025, 275000), ("target", 2030, 310000),
                                                         ("baseline", 2025, 352000), ("target", 2030, 400000)}


def _rows_placed(t, period, section="", kind=""):
    df = pc.extract_indicators(t, period=period, section=section, kind=kind)
    return {(r.indicator_id, r.role, int(r.year), r.value) for r in df.itertuples() if r.role and r.year == r.year}


def test_a_performance_target_names_the_indicator_after_it():
    for t in _both_scripts("2023年，县就业补助资金绩效目标设定城镇新增就业≥2800人、城镇登记失业率≤4%；经自评，全年实际完成城镇新增就业3012人。"):
        placed = _rows_placed(t, (2023, 2023))  # the rate after the first name is left open, not placed as a result
        assert {("new_urban_jobs", "target", 2023, 2800), ("new_urban_jobs", "actual", 2023, 3012)} <= placed
        assert not {r for r in placed if r[0] == "registered_unemployment_rate" and r[1] == "actual"}


def test_a_sentence_of_the_year_before_is_a_base_and_dates_no_later_sentence():
    for t in _both_scripts("今年，全县城镇新增就业4210人。上年，全县城镇新增就业为3980人。年末全县失业保险参保人数为1.85万人。"):
        assert _rows_placed(t, (2022, 2022), kind="summary") == {
            ("new_urban_jobs", "actual", 2022, 4210), ("new_urban_jobs", "baseline", 2021, 3980),
            ("unemployment_insured", "actual", 2022, 18500)}
    for t in _both_scripts("去年，全区集体合同签订率为91.6%。前年，全区集体合同签订率为90.2%。"):
        assert ("collective_contract_rate", "baseline", 2019, 90.2) in _rows_placed(t, (2021, 2021))
    for t in _both_scripts("“十三五”时期，全县城镇新增就业累计2.46万人。“十二五”时期，这一数字为累计2.18万人。"):
        assert ("new_urban_jobs", "baseline", 2015, 21800) in _rows_placed(t, (2016, 2020), "工作回顾")


def test_workers_qualifier_before_a_list_makes_its_medical_count_the_workers():
    for t in _both_scripts("年末全市参加城镇职工基本养老、基本医疗、失业保险的人数分别为12.4万人、13.1万人和5.2万人。"):
        assert {i for i, *_ in _rows_placed(t, (2021, 2021))} == {"employee_pension_insured", "unemployment_insured"}


def test_a_forecast_dates_no_later_part_of_a_part_year_statement():
    for t in _both_scripts("1—10月，全县城镇新增就业2310人，预计全年可完成2700人；帮助成功创业188人，开展补贴性职业技能培训3650人次。"):
        assert not _rows_placed(t, (2023, 2023))


def test_a_plans_own_review_and_its_sections():
    t = "市人社局发布“十四五”规划实施情况总结评估报告。报告显示，城镇登记失业率五年间均控制在3.6%以内。"
    for s in _both_scripts(t):
        assert _rows_placed(s, (2021, 2025)) == {("registered_unemployment_rate", "actual", 2025, 3.6)}
    for s in _both_scripts("“十五五”时期，全区五年间共组织补贴性职业技能培训8万人次以上，其中农民工职业技能培训不少于5万人次。"):
        assert ("migrant_worker_training", "target", 2030, 50000) in _rows_placed(s, (2026, 2030), "主要目标")
    for s in _both_scripts("主要指标变化情况（规划基期→规划期末）：\n城镇调查失业率（%）：5.4→5.0"):
        assert _rows_placed(s, (2021, 2025), "工作回顾") == {("surveyed_unemployment_rate", "baseline", 2020, 5.4),
                                                    ("surveyed_unemployment_rate", "actual", 2025, 5.0)}
    for s in _both_scripts("到2025年末，劳动人事争议调解成功率提升至71.5%。"):  # a final or a mid-term review: unsaid
        assert not _rows_placed(s, (2021, 2025), "工作回顾")
    for s in _both_scripts("“十四五”期间，全县城镇新增就业累计完成2.9万人，超额完成2.5万人的规划目标，其中2025年当年新增6200人。"):
        assert ("new_urban_jobs", "actual", 2025, 6200) in _rows_placed(s, (2021, 2025), "工作回顾")


def test_the_nations_plan_quoted_in_a_county_text_is_not_the_countys():
    for t in _both_scripts("国家“十五五”规划纲要提出，城镇调查失业率控制在5.5%左右。县人社局表示，今年将组织招聘会20场。"):
        assert not _rows_placed(t, (2026, 2026))


def test_five_years_in_a_work_report_of_a_plans_last_year_end_with_the_year_it_reports():
    for t in _both_scripts("去年，全市城镇新增就业5.62万人。五年来，全市城镇新增就业累计达到27.3万人。"):
        assert ("new_urban_jobs", "actual", 2019, 273000) in _rows_placed(t, (2020, 2020), "工作回顾")


def test_what_did_not_happen_is_reported_not_aimed_at():
    for t in _both_scripts("全年劳动人事争议调解成功率不低于70%，全县未发生因欠薪引发的群体性事件。"):
        assert ("mediation_success_rate", "target", 2022, 70) not in _rows_placed(t, (2022, 2022))


def test_a_names_unit_in_brackets_is_its_own_values_only():
    for t in _both_scripts("以下数据依次为2020年基期值和2025年目标值：城镇新增就业（万人）：21.5／24；帮助成功创业（人）：5400／6000。"):
        assert _rows_placed(t, (2021, 2025), "主要目标") == {
            ("new_urban_jobs", "baseline", 2020, 215000), ("new_urban_jobs", "target", 2025, 240000),
            ("entrepreneurship_supported", "baseline", 2020, 5400), ("entrepreneurship_supported", "target", 2025, 6000)}
    for t in _both_scripts("全年城镇新增就业1万零6百人。"):
        assert _rows_placed(t, (2022, 2022)) == {("new_urban_jobs", "actual", 2022, 10600)}


def test_report_words_and_so_far_figures_in_one_year_texts():
    for t in _both_scripts("今年全市城镇新增就业12.6万人，城镇登记失业率2.9%，主要指标均好于预期。"):  # 主要 is no 要
        assert {r[1] for r in _rows_placed(t, (2024, 2024))} == {"actual"}
    for t in _both_scripts("今年以来，全区城镇新增就业1.32万人，城镇调查失业率均值5.1%。下一步，力争全年完成1.6万人。"):
        assert not {r for r in _rows_placed(t, (2024, 2024)) if r[1] == "actual"}
    for t in _both_scripts("县人社局2023年度工作总结\n新的一年即将到来，回顾全年，全县城镇新增就业3120人。"):
        assert _rows_placed(t, (2023, 2023)) == {("new_urban_jobs", "actual", 2023, 3120)}
    for t in _both_scripts("各位代表：“十四五”规划实施以来，全市累计帮助成功创业2860人。"):  # up to a year it does not say
        assert not _rows_placed(t, (2025, 2025))
    for t in _both_scripts("计划指标值：城镇新增就业4000人，帮助成功创业150人。实际完成值：城镇新增就业4320人，帮助成功创业171人。"):
        placed = _rows_placed(t, (2023, 2023))
        assert ("entrepreneurship_supported", "actual", 2023, 171) in placed
        assert ("entrepreneurship_supported", "target", 2023, 171) not in placed


def test_a_share_of_a_target_dates_only_the_target_and_bare_lines_under_a_title_stay_open():
    for t in _both_scripts("截至2023年底，全县技能人才总量达到3.9万人，完成“十四五”末4万人目标的97.5%，高技能人才总量达到1.2万人。"):
        assert ("high_skilled_talent", "actual", 2023, 12000) in _rows_placed(t, (2021, 2025), "工作回顾")
    for t in _both_scripts("全县人社事业主要指标（2022年）\n城镇新增就业：3260人\n城镇登记失业率：3.1%"):
        assert not _rows_placed(t, (2022, 2022))


def test_a_sentence_a_copy_broke_in_its_words_is_read_whole():
    cases = [("全县参加城镇职工基本养老保险、失业\n保险和工伤保险的人数分别为6.2万人、3.1万人、4.5万人。", (2022, 2022),
              {("employee_pension_insured", "actual", 2022, 62000), ("unemployment_insured", "actual", 2022, 31000),
               ("work_injury_insured", "actual", 2022, 45000)}),
             ("年末全市社会保障卡持卡人数和\n电子社保卡领用人数分别达到386万人和210万人。", (2023, 2023),
              {("ss_card_holders", "actual", 2023, 3860000)}),  # the e-card count is no catalog value
             ("2023年末全市技能人才总量\n达到46.3万人。", (2021, 2025), {("skilled_talent", "actual", 2023, 463000)}),
             ("过去一年，全市就业形势稳中向好。去年\n城镇新增就业5.8万人。", (2024, 2024), {("new_urban_jobs", "actual", 2023, 58000)})]
    for text, period, expected in cases:
        for t in _both_scripts(text):
            assert _rows_placed(t, period, "工作回顾" if period[0] != period[1] else "") == expected, t
    for t in _both_scripts("今年城镇新增就业目标为1.1万人\n以上，城镇调查失业率控制在5.5%以内。"):  # the bound on the next line
        assert {(i, r) for i, r, *_ in _rows_placed(t, (2022, 2022))} == {("new_urban_jobs", "target"),
                                                                          ("surveyed_unemployment_rate", "target")}
    for t in _both_scripts("2023年全市人社事业发展主要数据\n年末全市企业职工基本养老保险参保人数96.35万人。"):  # a title stays apart
        assert _rows_placed(t, (2023, 2023)) == {("enterprise_pension_insured", "actual", 2023, 963500)}


def test_a_summarys_base_year_and_the_pages_furniture_date_nothing_after_them():
    for t in _both_scripts("市人社局2025年工作总结\n上年，全市开展补贴性职业技能培训3.9万人次。全年开展补贴性职业技能培训4.3万人次，城镇新增就业4.6万人。"):
        placed = _rows_placed(t, (2025, 2025))
        assert {("subsidized_training", "actual", 2025, 43000), ("new_urban_jobs", "actual", 2025, 46000)} <= placed
        assert not {r for r in placed if r[1] == "actual" and r[2] == 2024}
    for t in _both_scripts("2022年全县城镇新增就业3,280人。\n【打印本页】　【关闭窗口】\n相关链接：2021年全县城镇新增就业3,105人"):
        assert _rows_placed(t, (2022, 2022)) == {("new_urban_jobs", "actual", 2022, 3280)}


def test_a_share_of_a_target_in_a_reviews_statement_makes_its_other_values_results():
    for t in _both_scripts("到2025年末，全县技能人才总量达到4.2万人，完成规划目标的105%，高技能人才总量达到1.3万人。"):
        assert _rows_placed(t, (2021, 2025), "工作回顾") == {("skilled_talent", "actual", 2025, 42000),
                                                         ("high_skilled_talent", "actual", 2025, 13000)}


def test_a_heading_of_performance_targets_set_heads_its_parts():
    for t in _both_scripts("2022年度绩效目标设定情况：城镇新增就业≥3000人；农村劳动力转移就业≥4.2万人。年度实际完成：城镇新增就业3185人。"):
        assert _rows_placed(t, (2022, 2022)) == {("new_urban_jobs", "target", 2022, 3000),
                                                 ("rural_labor_transfer", "target", 2022, 42000),
                                                 ("new_urban_jobs", "actual", 2022, 3185)}


def test_a_pdf_copys_letter_spacing_page_numbers_and_running_titles_are_no_part_of_the_text():
    spaced = ("过 去 一 年 ， 全 区 城 镇 新 增 就 业 1.36 万 人 ， 城 镇 登 记 失 业 率 为 2.84% ； 基 本 养 老 保 险 、\n"
              "基 本 医 疗 保 险 参 保 率 分 别 达 到 92.6% 、 96.8% 。")
    for t in _both_scripts(spaced):
        df = pc.extract_indicators(t, period=(2020, 2020))
        assert {(r.indicator_id, r.value) for r in df.itertuples()} == {
            ("new_urban_jobs", 13600), ("registered_unemployment_rate", 2.84), ("pension_coverage_rate", 92.6),
            ("medical_coverage_rate", 96.8)}
        assert df.quote.str.contains("1.36 ").any()  # the quote is the text as pasted, spaces and all
    paged = ("2016年某省人力资源和社会保障事业发展统计公报\n"
             "年末全省参加城镇职工基本养老保险人数为1562.3万人，比上年末增加63.8万人。\n"
             "其中，参保职工1178.6万人，参保离退休人员383.7万人。年末全省参加城乡居民\n"
             "— 4 —\n"
             "2016年某省人力资源和社会保障事业发展统计公报\n"
             "基本养老保险人数为2246.5万人。年末全省参加失业保险人数为586.2万人。")
    for t in _both_scripts(paged):  # the residents' scheme is no catalog value: nothing is the basic-pension total
        assert _rows_placed(t, (2016, 2016)) == {("employee_pension_insured", "actual", 2016, 15623000),
                                                 ("unemployment_insured", "actual", 2016, 5862000)}
    footer = ("去年，全市新增取得职业资格证书或职业技能等级证书5.8万人，技能人才总量达到68.5万人，\n"
              "第 4 页 共 20 页\n政府工作报告\n高技能人才总量达到21.3万人。")
    for t in _both_scripts(footer):  # the page's foot and the next page's title break no sentence
        assert ("high_skilled_talent", "actual", 2023, 213000) in _rows_placed(t, (2024, 2024))


def test_lines_a_page_width_ended_in_mid_sentence_are_joined_but_rows_stay_apart():
    text = ("社会保障体系不断健全。全市城镇职工基本养老保险参保人数由2015年末的86.2\n"
            "万人增加到2020年末的112.7万人，失业保险参保人数由31.4万人增加到42.8\n"
            "万人，全市参加城乡居民基本养老保险的人数也在稳步增加。年末全市参加城乡居民\n"
            "基本养老保险人数达到136.2万人。")
    for t in _both_scripts(text):  # the residents' count is no catalog value, not the basic-pension total
        placed = _rows_placed(t, (2021, 2025), "发展基础")
        assert ("unemployment_insured", "actual", 2020, 428000) in placed and not any(r[0] == "pension_insured" for r in placed)
    rows = ("“十三五”时期主要指标（2015年→2020年）\n城镇新增就业（万人）：〔3.6〕→〔4.2〕\n"
            "城镇登记失业率（%）：3.3→2.9\n失业保险参保人数（万人）：11.2→13.5")
    for t in _both_scripts(rows):  # lines of the same width that each end whole are not one sentence
        placed = _rows_placed(t, (2021, 2025), "发展基础")
        assert {("registered_unemployment_rate", "baseline", 2015, 3.3), ("unemployment_insured", "actual", 2020, 135000)} <= placed


def test_a_vision_after_the_plans_end_is_no_target_of_the_plan():
    for t in _both_scripts("到2030年，全市基本养老保险参保率稳定在97%以上；到2035年，基本养老保险参保率达到99%左右。"):
        df = pc.extract_indicators(t, period=(2026, 2030), section="主要目标")
        assert _rows_placed(t, (2026, 2030), "主要目标") == {("pension_coverage_rate", "target", 2030, 97)}
        assert all("vision" in f for f in df[df.value == 99]["flags"])  # kept, with its year, and flagged
    for t in _both_scripts("评估报告建议，“十五五”时期城镇新增就业目标按五年累计28万人以上设置。"):  # the next plan, named
        assert ("new_urban_jobs", "target", 2030, 280000) in _rows_placed(t, (2021, 2025), "工作回顾")


def test_a_stocks_yearly_average_is_no_level_of_it():
    for t in _both_scripts("“十五五”时期，全省城镇新增就业、农村劳动力转移就业年均分别保持在62万人、18万人左右。"):
        assert _rows_placed(t, (2026, 2030), "主要目标") == {("new_urban_jobs", "target", 2030, 620000)}
    for t in _both_scripts("“十五五”期间，全市农村劳动力转移就业规模每年稳定在45万人以上。"):  # each year's level: a target
        assert _rows_placed(t, (2026, 2030)) == {("rural_labor_transfer", "target", 2030, 450000)}


def test_a_speakers_yi_nian_lai_dates_the_later_sentences_of_its_paragraph_as_unsaid():
    for t in _both_scripts("一年来，我们坚持把就业作为最基本的民生。全年参加基本养老保险的人数达到486.3万人；新增首席技师资助项目6个。"):
        assert not _rows_placed(t, (2026, 2026), "工作回顾")  # 2025 in a work report, 2026 in a summary
    for t in _both_scripts("一年来，全县上下稳就业、保民生。全年实现城镇新增就业4260人。"):  # a summary's own year
        assert _rows_placed(t, (2022, 2022)) == {("new_urban_jobs", "actual", 2022, 4260)}


def test_the_five_years_ahead_are_aims():
    for t in _both_scripts("展望“十五五”，我们将五年间让35万名以上城乡劳动者接受政府补贴的职业技能培训。"):
        assert _rows_placed(t, (2026, 2026)) == {("subsidized_training", "target", 2030, 350000)}


def test_a_reviewed_plans_base_year_beside_its_last_year_is_its_base():
    for t in _both_scripts("全市专业技术人才总量2020年、2025年分别为52.6万人和63.8万人。"):
        assert _rows_placed(t, (2026, 2030), "发展基础") == {("professional_talent", "baseline", 2020, 526000),
                                                         ("professional_talent", "actual", 2025, 638000)}


def test_intermediate_years_and_arranged_figures_in_aims():
    for t in _both_scripts("以2025年为基期，全省基本养老保险参保人数从4126万人提高到2027年的4200万人、2030年的4300万人。"):
        assert {("pension_insured", "target", 2027, 42000000), ("pension_insured", "target", 2030, 43000000)} \
            <= _rows_placed(t, (2026, 2030), "主要目标")
    for t in _both_scripts("2026年，全省城镇新增就业安排100万人以上，调查失业率按5.5%左右掌握。"):
        assert _rows_placed(t, (2026, 2026)) == {("new_urban_jobs", "target", 2026, 1000000),
                                                 ("surveyed_unemployment_rate", "target", 2026, 5.5)}
    for t in _both_scripts("到2030年，全市人力资源服务业营业收入力争达到2025年的1.5倍，突破300亿元。"):
        assert _rows_placed(t, (2026, 2030), "主要目标") == {("hr_service_revenue", "target", 2030, 30000000000)}


def test_values_listed_as_so_many_targets_are_targets():
    for t in _both_scripts("去年，县政府确定的城镇新增就业2,800人、农村劳动力转移就业5.2万人两项目标全面完成，实际分别达到3,046人和5.38万人。"):
        placed = _rows_placed(t, (2026, 2026))
        assert {("new_urban_jobs", "target", 2025, 2800), ("rural_labor_transfer", "target", 2025, 52000),
                ("rural_labor_transfer", "actual", 2025, 53800)} <= placed
        assert not {r for r in placed if r[3] == 2800 and r[1] != "target"}


def test_a_heading_of_aims_after_its_year_and_a_comma_and_results_labelled_beside_targets():
    for t in _both_scripts("2026年，全市人社工作主要目标：城镇新增就业6万人；城镇调查失业率5.5%左右。"):
        assert _rows_placed(t, (2026, 2026)) == {("new_urban_jobs", "target", 2026, 60000),
                                                 ("surveyed_unemployment_rate", "target", 2026, 5.5)}
    for t in _both_scripts("目标：城镇新增就业3000人，完成3260人\n目标：帮助成功创业200人　完成：236人"):
        assert _rows_placed(t, (2024, 2024)) == {("new_urban_jobs", "target", 2024, 3000), ("new_urban_jobs", "actual", 2024, 3260),
                                                 ("entrepreneurship_supported", "target", 2024, 200),
                                                 ("entrepreneurship_supported", "actual", 2024, 236)}


def test_a_lead_naming_columns_on_a_line_of_its_own_heads_the_value_lines_below():
    text = "以下数据依次为2020年基期值和2025年目标值：\n城镇新增就业（人）：5200／〔26000〕\n城镇登记失业率（%）：3.2／＜4"
    for t in _both_scripts(text):
        assert _rows_placed(t, (2021, 2025), "主要目标") == {
            ("new_urban_jobs", "baseline", 2020, 5200), ("new_urban_jobs", "target", 2025, 26000),
            ("registered_unemployment_rate", "baseline", 2020, 3.2), ("registered_unemployment_rate", "target", 2025, 4)}


def test_a_higher_plan_quoted_by_name_gives_no_value_and_dates_no_later_sentence():
    """国家/全省“十四五”规划(纲要)提出… : the figure is the higher region's, and the plan's ordinal names a document,
    so the text's own figure after it is dated by the text (a one-year text: its year), not by that plan's end."""
    assert _placed("国家“十四五”规划纲要提出，城镇调查失业率控制在5.5%以内。全县城镇登记失业率为2.9%。", (2025, 2025)) == \
        {("registered_unemployment_rate", "actual", 2025): 2.9}
    assert _placed("《国家“十四五”规划纲要》提出，城镇调查失业率控制在5.5%以内；本市到2025年城镇调查失业率控制在5%以内。",
                   (2021, 2025), "主要目标") == {("surveyed_unemployment_rate", "target", 2025): 5.0}
    assert _placed("《全省“十五五”就业促进规划》明确，城镇新增就业每年60万人以上。全县城镇新增就业4120人。", (2026, 2026)) == \
        {("new_urban_jobs", "actual", 2026): 4120}
    # the plan's own target named by its ordinal still dates its figure
    assert _placed("“十四五”规划确定的目标是城镇新增就业5万人。", (2024, 2024)) == {("new_urban_jobs", "target", 2025): 50000}


def test_a_year_written_as_a_reporting_year_opens_the_name_after_it():
    """2024年度城镇新增就业…: 年度 belongs to the year, not to the indicator's name."""
    assert _placed("2023年度城镇新增就业3120人，城镇调查失业率为5.1%。", (2023, 2023)) == {
        ("new_urban_jobs", "actual", 2023): 3120, ("surveyed_unemployment_rate", "actual", 2023): 5.1}


def test_results_listed_after_the_targets_of_several_names_go_one_to_each():
    """目标为A2600人、B200人,实际完成2812人、236人: as many results in one list as names before them, in order
    (as with 分别); a single result after two names is not spread."""
    assert _placed("2024年度考核目标为城镇新增就业2600人、帮助成功创业200人，实际完成2812人、236人。", (2024, 2024)) == {
        ("new_urban_jobs", "target", 2024): 2600, ("entrepreneurship_supported", "target", 2024): 200,
        ("new_urban_jobs", "actual", 2024): 2812, ("entrepreneurship_supported", "actual", 2024): 236}


def test_months_one_to_twelve_are_the_whole_year():
    """2023年1—12月(份),…: every month of the year is the year's figure, not part of a year (1—11月 still is)."""
    assert _placed("2023年1-12月份，全市城镇新增就业5200人。", (2023, 2023)) == {("new_urban_jobs", "actual", 2023): 5200}
    assert _placed("2023年1—12月，全市城镇新增就业5200人。", (2023, 2023)) == {("new_urban_jobs", "actual", 2023): 5200}
    assert _placed("2023年1—11月，全市城镇新增就业5200人。", (2023, 2023)) == {}


def test_the_plans_first_year_is_its_first_year():
    """规划实施首年 in a yearly report on a plan is the plan's first year, like 规划实施第一年."""
    assert _placed("“十五五”规划实施首年，全区基本养老保险参保人数由2025年末的62.4万人增加到63.8万人。", (2026, 2030),
                   "工作回顾") == {("pension_insured", "baseline", 2025): 624000, ("pension_insured", "actual", 2026): 638000}


def test_a_mid_term_evaluation_named_by_its_plan_is_dated_by_its_own_year():
    """“十三五”规划中期评估:2018年…;…达到426人: the ordinal names the evaluated plan, the later parts are 2018's."""
    assert _placed("“十三五”规划中期评估：2018年全县城镇登记失业率为3.2%；帮助成功创业突破400人，达到426人。", (2016, 2020),
                   "工作回顾") == {("registered_unemployment_rate", "actual", 2018): 3.2,
                                  ("entrepreneurship_supported", "actual", 2018): 426}


def test_a_years_target_beside_its_result_in_a_review_is_that_years():
    """2022年,…目标为4.5万人,实际完成4.72万人 in a review of a plan: the year's target, not the plan's."""
    assert _placed("2022年，全市城镇新增就业目标为4.5万人，实际完成4.72万人；城镇登记失业率目标为3.8%以内，实际为3.42%。",
                   (2021, 2025), "工作回顾") == {
        ("new_urban_jobs", "target", 2022): 45000, ("new_urban_jobs", "actual", 2022): 47200,
        ("registered_unemployment_rate", "target", 2022): 3.8, ("registered_unemployment_rate", "actual", 2022): 3.42}


def test_what_the_plan_set_is_its_aim_in_a_review():
    """规划确定“十五五”期间年均新增3万人以上 in a yearly report: the plan's targets, not results."""
    for text in _both_scripts("规划实施首年，全市城镇新增就业3.12万人；规划确定“十五五”期间年均新增3万人以上、五年累计15万人以上。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="工作回顾")
        assert [(r.role, r.year, r.value, r.basis) for r in df.itertuples()] == [
            ("actual", 2026, 31200, "annual"), ("target", 2030, 30000, "annual"), ("target", 2030, 150000, "five_year_total")]


def test_a_change_from_a_year_of_the_plan_starts_from_its_result():
    """从2021年的A增加到B in a yearly report on a 2021—2025 plan: A is 2021's result, not the plan's base."""
    assert _placed("2022年度监测：全县高技能人才总量从2021年的0.86万人增加到0.93万人。", (2021, 2025), "工作回顾") == {
        ("high_skilled_talent", "actual", 2021): 8600, ("high_skilled_talent", "actual", 2022): 9300}


def test_the_plans_quoted_target_beside_the_years_is_the_plans():
    """…完成年度目标(8万人)的104.5%,占规划“五年累计40万人以上”目标的20.9%;…低于规划确定的“5.5%以内”: the year's target
    is the year's, the plan's quoted ones are the plan's (dated at its end), none a result."""
    for text in _both_scripts("2026年全市城镇新增就业8.36万人，完成年度目标（8万人）的104.5%，占规划“五年累计40万人以上”目标的"
                              "20.9%；城镇调查失业率为5.2%，也低于规划确定的“5.5%以内”。"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="工作回顾")
        assert [(r.role, r.year, r.value) for r in df.itertuples()] == [
            ("actual", 2026, 83600), ("target", 2026, 80000), ("target", 2030, 400000), ("actual", 2026, 5.2),
            ("target", 2030, 5.5)]


def test_a_rounded_bound_right_after_the_exact_figure_is_no_second_value():
    """为2.86%,低于3%: the bound rounds the figure just given; 低于3%的年度控制目标 is a target and stays one."""
    assert _placed("年末全市城镇登记失业率为2.86%，低于3%；全年城镇新增就业9.23万人。", (2022, 2022)) == {
        ("registered_unemployment_rate", "actual", 2022): 2.86, ("new_urban_jobs", "actual", 2022): 92300}
    assert _placed("年末全市城镇登记失业率为2.86%，低于3%的年度控制目标。", (2022, 2022)) == {
        ("registered_unemployment_rate", "actual", 2022): 2.86, ("registered_unemployment_rate", "target", 2022): 3}


def test_a_table_cell_in_percentage_points_is_a_change_not_a_level():
    """提高2个百分点 in a table's 2030 column: kept as a row with no value and a flag, never read as a rate of 2 %."""
    for text in _both_scripts("指标\t2025年\t2030年\t属性\n基本养老保险参保率（%）\t95.6\t提高2个百分点\t约束性"):
        df = pc.extract_indicators(text, period=(2026, 2030), section="主要目标")
        later = df[df["year"] == 2030].iloc[0]
        assert later["value"] != later["value"] and "change: percentage points" in later["flags"]


def test_a_heading_comparing_with_last_year_reviews_its_own_year():
    """2024年主要指标变化情况(与上年相比):…达到96.4%: 上年 is what the changes are measured from, not the year reviewed."""
    assert _placed("2024年主要指标变化情况（与上年相比）：\n基本养老保险参保率提高0.6个百分点，达到96.4%；\n"
                   "失业保险参保人数净增1.86万人，总数达到41.3万人。", (2024, 2024)) == {
        ("pension_coverage_rate", "actual", 2024): 96.4, ("unemployment_insured", "actual", 2024): 413000}


def test_what_follows_according_to_the_plan_is_its_aim():
    """按规划,…“十四五”期间每年帮助成功创业不少于300人 in a monitoring report: the plan's yearly target, not a result."""
    assert _placed("按规划，全区“十四五”期间每年帮助成功创业不少于300人。", (2021, 2025), "工作回顾") == {
        ("entrepreneurship_supported", "target", 2025): 300}
