"""Short plan texts written for the small-corpus tests (not real plans), and a raw folder of them."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from plancompare.read.catalog import COLUMNS

#: one short chapter of about twenty paragraphs, as a small county's plan might have it
ONE_CHAPTER = """\
安和县人力资源和社会保障事业发展“十四五”规划
第一章 重点任务
实施就业优先政策,稳定和扩大城镇就业岗位,五年新增城镇就业1.2万人,城镇调查失业率控制在5.5%以内。
健全公共就业服务体系,推进就业创业服务站建设,为高校毕业生提供职业指导、岗位推荐和见习机会。
支持返乡入乡创业,落实创业担保贷款和一次性创业补贴,建设县级返乡创业园,带动农村劳动力就近就业。
加强农民工劳务输出,组建劳务品牌,开展有组织的劳务协作,保障农民工工资按时足额支付。
开展职业技能提升行动,面向城乡劳动者开展职业技能培训,五年培训各类劳动者1万人次。
推进技工教育发展,支持县职业中学与企业共建实训基地,培养一批高技能人才和乡村工匠。
完善人才引进政策,围绕主导产业引进急需紧缺专业技术人才,落实人才住房和子女入学等服务保障。
深化职称制度改革,下放职称评审权限,畅通基层专业技术人才职称评审绿色通道。
健全多层次社会保障体系,推进全民参保计划,基本养老保险参保率达到95%以上。
落实城乡居民基本养老保险待遇确定和正常调整机制,按时足额发放养老金,做好被征地农民参保工作。
扩大失业保险覆盖面,用好失业保险稳岗返还和技能提升补贴,保障失业人员基本生活。
推进工伤保险扩面,将新业态从业人员纳入工伤保险保障范围,做好工伤预防和工伤康复工作。
加强社会保险基金监管,建立基金风险防控机制,严厉打击欺诈骗取社会保险基金行为。
构建和谐劳动关系,全面实行劳动合同制度,推动企业劳动合同签订率保持在95%以上。
加强劳动保障监察执法,畅通欠薪举报投诉渠道,根治拖欠农民工工资问题。
完善劳动人事争议调解仲裁制度,提高仲裁结案率,及时化解劳动关系矛盾纠纷。
深化工资收入分配制度改革,合理调整最低工资标准,完善企业工资指导线制度。
推进人社服务信息化建设,推广社会保障卡一卡通应用,实现更多服务事项网上办、掌上办。
加强基层人社服务平台建设,推动乡镇人社服务事项就近办理,提升窗口服务水平。
加强人社系统作风建设,开展行风建设专项行动,提高群众对人社服务的满意度。
"""

#: two more short plans, so that three plans make a small corpus
SHORT_PLANS = {
    "ping": """\
平川市就业和社会保障“十四五”规划
第一章 促进就业
落实就业优先政策,扩大城镇就业岗位,帮扶就业困难人员就业。
加强高校毕业生就业服务,提供职业指导和岗位推荐。
第二章 社会保险
推进全民参保计划,提高基本养老保险参保率。
加强社会保险基金监管,保障基金安全。
""",
    "chang": """\
长宁县人力资源和社会保障事业发展“十四五”规划
第一章 人才和劳动关系
完善人才引进政策,引进急需紧缺专业技术人才。
构建和谐劳动关系,根治拖欠农民工工资问题。
第二章 公共服务
推广社会保障卡应用,推动人社服务网上办理。
""",
}


def write_raw(raw: Path, plans: dict[str, tuple[str, str, str]]) -> Path:
    """A raw folder of ``{plan_id: (region, title, text)}``, county plans of 2021–2025, with their catalog."""
    raw.mkdir(parents=True, exist_ok=True)
    rows = []
    for plan_id, (region, title, text) in plans.items():
        name = f"{plan_id}.txt"
        data = text.encode("utf-8")
        (raw / name).write_bytes(data)
        rows.append({c: "" for c in COLUMNS} | {
            "plan_id": plan_id, "region": region, "region_en": plan_id.title(), "level": "county",
            "period_start": 2021, "period_end": 2025, "fyp_number": 14, "title": title,
            "source_file": name, "sha256": hashlib.sha256(data).hexdigest()})
    with open(raw / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return raw


def one_chapter_raw(raw: Path) -> Path:
    return write_raw(raw, {"anhe-14": ("安和县", "安和县人力资源和社会保障事业发展“十四五”规划", ONE_CHAPTER)})


def three_plans_raw(raw: Path) -> Path:
    plans = {"anhe-14": ("安和县", "安和县人力资源和社会保障事业发展“十四五”规划", ONE_CHAPTER)}
    for pid, region in (("ping", "平川市"), ("chang", "长宁县")):
        text = SHORT_PLANS[pid]
        plans[f"{pid}-14"] = (region, text.splitlines()[0], text)
    return write_raw(raw, plans)
