# %% [markdown]
# # 01 五份规划概览 · The plans at a glance
#
# 这本笔记本回答:我们有哪些规划?它们的元数据、结构和篇幅如何?各地报告了哪些指标?
#
# *What plans do we have, how are they structured, how long are they, and which indicators does
# each report?* Every number below comes from `data/processed/`, which `plancompare build`
# derives from the raw texts in `data/raw/`.

# %% tags=["parameters"]
regions = None          # None for every plan, or a list of plan_ids, e.g. ["hubei-14", "xuyong-14"]
lang = "zh"             # "zh" or "en": the language of the charts
output_dir = "../reports/notebooks/output"
random_state = 0        # not used here; kept so that every notebook takes the same parameters

# %%
from pathlib import Path

import plancompare as pc
from plancompare import plots
from plancompare.tables import styled

plots.set_theme()
ds = pc.load().subset(regions)
Path(output_dir).mkdir(parents=True, exist_ok=True)
ds

# %% [markdown]
# ## 元数据 · Metadata
#
# 元数据只在 `data/raw/catalog.csv` 中手工录入;文本中没有给出的字段留空,不做猜测。
# *Metadata is typed by hand in one place, the catalog; what a text does not say is left empty.*

# %%
styled(ds.plans[["plan_id", "region", "region_en", "level", "period_start", "period_end", "published",
                 "issuer", "doc_number", "encoding", "script"]], lang=lang)

# %% [markdown]
# ## 结构与篇幅 · Structure and size
#
# 每份规划被解析为标题树(章、节、专栏、表格)与段落。网页残留(导航、页脚)被识别并排除,但原始文件不变。
# *Each plan becomes a heading tree and paragraphs; web-page furniture is recognised and left out.*

# %%
styled(ds.plans[["plan_id", "raw_lines", "n_sections", "n_paragraphs", "n_tables", "text_chars"]], lang=lang)

# %%
styled(ds.lines.groupby(["plan_id", "kind"]).size().unstack(fill_value=0).reset_index(), lang=lang)

# %%
first = ds.plans["plan_id"].iloc[0]
styled(ds.outline(first, max_level=2), lang=lang)

# %% [markdown]
# ## 指标覆盖 · Indicator coverage
#
# 深蓝为约束性指标,浅蓝为预期性指标,最浅为仅在正文或上期表格中报告的数值。
# *Dark blue: binding targets; light blue: expected targets; palest: values reported without an attribute.*

# %%
ax = plots.coverage_matrix(ds, lang=lang)
ax.figure.savefig(Path(output_dir) / f"01-coverage-{lang}.png", dpi=120)
