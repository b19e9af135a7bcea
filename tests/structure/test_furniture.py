"""Web-page furniture patterns (data/furniture.yaml): each pattern with a line it must take,
and plan lines none may take. Inputs are written for these tests, in the genre."""

from __future__ import annotations

import pytest

from plancompare.read.furniture import furniture_patterns
from plancompare.read.normalization import normalize

FURNITURE = [
    "当前位置:首页 > 信息公开 > 规划计划",                       # breadcrumb label
    "首页 > 政务公开 > 规划信息 > 专项规划",                      # breadcrumb trail
    "【字号:大 中 小】",                                          # font-size switch
    "分享到:",                                                    # share buttons
    "• 分享到",
    "• 分享到: 微信 微博 QQ空间",
    "• 听全文",                                                   # listen button
    "全文",                                                       # page tab label
    "返回首页 RSS 收藏",                                          # top bar
    "设为首页 加入收藏",
    "【打印】【关闭】",                                           # print / close buttons
    "【打印本页】【关闭窗口】",
    "打印本页 关闭窗口",
    "【字体:大 中 小】【打印】【关闭】",                          # font switch with buttons
    "发布日期:2022-03-18 来源:某区人力资源和社会保障局 浏览次数:1286",  # date/source bar
    "发布时间:2021-12-30 10:21 来源:某市人社局 阅读次数:305",
    "来源:某县人民政府办公室",                                    # source on its own line
    "浏览次数:1286",                                              # counter
    "今天是 2025年8月1日 星期五",                                 # date banner
    "主办单位:某县人民政府办公室 承办单位:某县大数据发展中心",   # site footer
    "主办:某区人民政府办公室 承办:某区融媒体中心",
    "版权所有:某市人力资源和社会保障局 地址:某市人民路1号",
    "地址:某市人民路1号 邮编:000000",
    "网站标识码:2100000000 辽ICP备00000000号",
    "某ICP备00000000号-1",
    "某公网安备 33000002000000号",
    "技术支持:某县大数据发展中心 联系电话:0000-0000000",
    "上一篇:某县2021年度就业补助资金使用情况公示",                # neighbouring pages
    "下一篇:关于开展社会保险缴费基数申报工作的通知",
    "某区人民政府门户网站",                                       # site banner
    "网站地图",
    "扫一扫在手机打开当前页",
    "• 附件:",
    "更多精彩内容请访问 www.example.com 立即注册",               # injected link line
    "澳门新葡京娱乐城 百家乐 最高返水",                           # injected spam
    "代开发票 联系微信",
    "微信",                                                       # share icons, one per line
    "微博",
    "QQ空间",
    "微信 微博 QQ空间",                                           # ... or on one line
    "微信扫一扫",
    "扫一扫在手机上查看当前页面",
    "网站地图 | 联系我们 | 隐私声明",                             # footer link row
    "联系我们",
    "相关链接:人力资源和社会保障部 省人力资源和社会保障厅",       # link lists
    "附件下载:",
    "友情链接",
    "某市“十四五”人力资源和社会保障事业发展规划.pdf",           # attachment link
    "1.主要指标解释.docx",
    "小额贷款 无抵押 当天放款 联系客服",                          # loan spam
    "百度快速排名 关键词优化 包月上首页",                         # SEO spam
    "高清免费视频在线观看 午夜影院",                              # adult spam
    "真人娱乐场 体育投注 注册就送",                               # gambling spam
    "打印 | 关闭",                                                # buttons with separators
    "[打印] [关闭]",
    "【大】【中】【小】",
    "大 中 小",
    "(责任编辑:王某)",                                           # who edited the page
    "编辑:李某 审核:张某",
    "本文链接:http://www.example.gov.cn/art/2022/1/20/art_0000.html",
    "Copyright © 2021 某市人力资源和社会保障局 All Rights Reserved",
    "建议使用1280×800以上分辨率浏览本站",
    "您是本站第 123456 位访客",
    "- 3 -",                                                      # page number of a printed copy
    "— 12 —",
    "第3页 共20页",
    "点击播报本文,约 5 分钟",                                     # listen button
    "关怀版 | 无障碍 | 繁體",                                     # top bar
    "开云体育(中国)官方网站 kaiyun登录入口",                      # sportsbook spam
    "bet365体育在线平台 注册送彩金",
    "Best online casino bonus 2021",
    "发布时间:2022-01-05 16:30",                                  # the page's date, alone
    "发布日期:2021-12-20",
    "索引号:000000000/2021-00012",                                # the page's disclosure table
    "主题分类:劳动、人事、监察",
    "发文机关:某县人力资源和社会保障局",
    "字体:【大】【中】【小】",
    "▶ 听全文",
    "00:00 / 05:12",
    "【全文】",
    "本网站由某县人民政府办公室主办",
    "手机版 | 微信公众号 | 官方微博",
    "点击数:88",
    "您现在的位置:首页 > 信息公开 > 规划计划",
    "办证刻章 电话 13800000000",
    "QQ:123456789 微信同号",
    "乐动体育官网登录入口",                                       # sportsbook spam without a known name
    "首充送彩金 捕鱼 时时彩",
]

PLAN_LINES = [
    "第一章 发展基础和面临形势",
    "全文共分七章,明确了“十四五”时期全市人力资源和社会保障事业发展的主要目标。",
    "分享经济、平台经济等新业态快速发展,灵活就业人员规模持续扩大。",
    "来源于中央和省级财政的就业补助资金达到3.2亿元。",
    "到2025年,全市城镇新增就业45万人,城镇调查失业率控制在5.5%以内。",
    "注:[ ]内为五年累计数。",
    "资料来源:市统计局、市人力资源和社会保障局。",
    "推进“互联网+人社”建设,人社政务服务网上可办率达到90%以上。",
    "主要目标",
    "某县人民政府办公室",
    "2021年12月",
    "推进“互联网+人社”,社会保障卡居民服务“一卡通”,实现扫码办、指尖办。",
    "(三)拓宽就业渠道",
    "加强劳务协作,与日韩等国家开展技能人才交流。",
    "联系服务专家和高技能人才,建立技能大师工作室50个。",
    "第三章 完善社会保险体系",
    "12",
    "3.5",
    "编辑出版《就业政策汇编》,发放宣传资料2万份。",
    "大中小学生职业启蒙教育",
    "开云县人力资源和社会保障事业发展规划",
    "推进太阳城社区就业服务站建设,打造“家门口”就业服务平台。",
    "金沙县就业服务平台建设",
    "2021年12月20日",
    "推进社会保障卡应用,开通线上服务平台,实现网上注册、登录和办理。",
    "完善就业服务平台",
    "(2021—2025年)",
    "发文字号相关工作按照有关规定办理。",
    "位置优越,交通便利,产业园区就业岗位充足。",
    "建设人社政务服务“好差评”系统,审核办结率达到100%。",
]


@pytest.fixture(scope="module")
def patterns():
    return furniture_patterns()


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_recognised(patterns, line):
    text = normalize(line)
    assert any(p.match(text) for p in patterns), line


@pytest.mark.parametrize("line", PLAN_LINES)
def test_plan_line_is_not_furniture(patterns, line):
    text = normalize(line)
    assert not any(p.match(text) for p in patterns), line
