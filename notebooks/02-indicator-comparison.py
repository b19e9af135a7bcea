# %% [markdown]
# # 02 共同指标的地区比较 · Comparing regions on shared indicators
#
# 城镇新增就业、失业率、养老保险参保率、社会保障卡:基期 → 目标 → 实际完成。
#
# *New urban jobs, unemployment rates, pension coverage and social-security cards across regions:
# baseline → target → result, with the conversions and caveats a careful reader needs.*
# Every value carries its raw line (`source_line`) and the text it was read from (`quote`).

# %% tags=["parameters"]
regions = None
indicators = None  # None: the catalog's headline indicators (indicators.yaml, `headline: true`)
lang = "zh"
output_dir = "../reports/notebooks/output"
random_state = 0

# %%
from pathlib import Path

import plancompare as pc
from plancompare import indicators as ind
from plancompare import plots
from plancompare.tables import headline_tables, styled

plots.set_theme()
ds = pc.load().subset(regions)
out = Path(output_dir)
out.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## 并列比较 · Side by side
#
# 每个指标一张表:每个地区取本规划的目标年与最近的基期,数值带单位与年份;最后一列是原始文本行号
# (基期 · 目标 · 实际)。完整的宽表是 `ds.headline()`。
# *One table per indicator: for each region the plan's target and the latest baseline, each value
# with its unit and year; the last column gives the raw lines (baseline · target · actual). The
# full wide table is `ds.headline()`.*

# %%
for table in headline_tables(ds, indicators, lang=lang).values():
    display(table)

# %% [markdown]
# ## 城镇新增就业:年度与五年累计 · New urban jobs: annual vs five-year totals
#
# 有的规划写五年累计(`[x]`、`〔x〕`、“累计”),有的写每年(青浦区的“年均新增就业岗位”)。
# 五年累计除以 5 才能与年度值比较;省与县的规模相差百倍,所以用对数刻度。
# *Five-year totals are divided by five before they meet annual figures; a province creates a
# hundred times the jobs of a county, hence the log scale.*

# %%
jobs = ind.new_jobs_data(ds.indicators)
styled(jobs[["plan_id", "period", "year", "value", "basis", "annual_value", "conversion", "source_line"]],
       lang=lang)

# %%
ax = plots.new_jobs(ds, lang=lang)
ax.figure.savefig(out / f"02-new-jobs-{lang}.png", dpi=120)

# %% [markdown]
# ## 失业率:登记与调查分开 · Unemployment: registered and surveyed kept apart
#
# 登记失业率只统计登记的失业者,调查失业率来自劳动力调查;二者口径不同,不能混比。
# *The registered rate counts those who register; the surveyed rate comes from the labour-force survey.*

# %%
ax = plots.unemployment(ds, lang=lang)
ax.figure.savefig(out / f"02-unemployment-{lang}.png", dpi=120)

# %%
fig = plots.social_security(ds, lang=lang)
fig.savefig(out / f"02-social-security-{lang}.png", dpi=120)

# %% [markdown]
# ## 目标相对基期的变化 · Change of target over baseline

# %%
styled(ind.change(ds.indicators, [i for i in (indicators or ind.headline_ids()) if i != "new_urban_jobs"]),
       lang=lang)

# %% [markdown]
# ## 质量检查 · Quality checks
#
# 没有把握的数值不会被悄悄放进某一列:`alignment` 为 `inferred` 的注明证据,为 `ambiguous` 的保留原值、
# 年份与角色留空;矛盾的数值被标出。完整报告见 `data/processed/qa_report.md`。
# *Nothing is placed by a silent guess: inferred values name their evidence, ambiguous ones keep
# their raw value with role and year empty, and conflicts are flagged.*

# %%
ds.indicators["alignment"].value_counts()

# %%
flagged = ds.indicators[ds.indicators["flags"].str.contains("qa_conflict|qa_target_worse")]
styled(flagged[["plan_id", "indicator_id", "role", "year", "value_raw", "source", "source_line", "flags"]])

# %%
styled(ds.indicators[ds.indicators["alignment"] == "ambiguous"][["plan_id", "indicator_name", "value_raw",
                                                               "source_line", "flags"]])

# %% [markdown]
# ## 自己选择 · Explore
#
# 选择指标和地区,图和表随之更新(在 JupyterLab 中运行;导出的图保持不变)。
# *Choose indicators and regions: the chart and the tables update (run it in JupyterLab; the
# exported figures stay as they are).*

# %%
from plancompare.interactive import Explorer

Explorer(ds, lang=lang).widget
