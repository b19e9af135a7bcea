# %% [markdown]
# # 05 加入自己的规划 · Add your own plan
#
# 把第六份规划加入比较只需三步:把文本放进原始数据文件夹、在目录(catalog)中加一行、重新构建。
# 这里用一份**虚构的教学示例**(`examples/sample-county-14th.txt`,“样例县”),它以 GB18030 编码、
# Windows 换行保存,还带着网页残留 —— 正如从其他网站下载的规划。
#
# *Adding a sixth plan takes three steps: put the text in the raw folder, add a catalog row,
# rebuild. The example is a fictional plan saved as GB18030 with Windows line endings and web
# furniture, as plans downloaded from other sites are. To keep `data/raw/` untouched, this
# notebook works on a scratch copy; for real, use `data/raw/` and `plancompare build`.*

# %% tags=["parameters"]
regions = None
lang = "zh"
output_dir = "../reports/notebooks/output"
random_state = 0
plan_text = "examples/sample-county-14th.txt"

# %%
import shutil
import tempfile
from pathlib import Path

import plancompare as pc
from plancompare import config, plots
from plancompare.read import add_plan
from plancompare.tables import styled

scratch = Path(tempfile.mkdtemp(prefix="plancompare-demo-")) / "raw"
shutil.copytree(config.raw_dir(), scratch)
plots.set_theme()
out = Path(output_dir)
out.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## 第 1、2 步:放入文本并登记 · Steps 1–2: add the file and its catalog row
#
# `add_plan` 原样复制文件、计算校验和并追加目录行;行有错误时什么都不改。
# *`add_plan` copies the file unchanged, computes its checksum and appends the row; nothing changes on error.*

# %%
row = add_plan(scratch, plan_text, plan_id="sample-14", region="样例县", region_en="Sample County (fictional)",
               level="county", province="", period_start=2021, period_end=2025, fyp_number=14,
               title="样例县人力资源和社会保障事业发展“十四五”规划",
               notes="Fictional example written for the tutorial notebook.")
row

# %% [markdown]
# ## 第 3 步:构建 · Step 3: build
#
# 构建会核对校验和、地名与规划期是否出现在文本中,然后解析结构、指标与主题。
# *The build checks the checksum, region name and period against the text, then parses it.*

# %%
ds = pc.load(raw_dir=scratch)
styled(ds.plans[["plan_id", "region", "encoding", "raw_lines", "n_sections", "n_paragraphs", "n_tables"]], lang=lang)

# %%
styled(ds.outline("sample-14"), lang=lang)

# %%
styled(ds.indicators[ds.indicators["plan_id"] == "sample-14"][
    ["indicator_id", "role", "year", "value", "unit", "value_raw", "basis", "source", "source_line", "alignment"]],
    lang=lang, wrap_em=12)

# %% [markdown]
# ## 在每项比较中 · In every comparison

# %%
ax = plots.dumbbell(ds, "pension_coverage_rate", lang=lang)
ax.figure.savefig(out / f"05-pension-{lang}.png", dpi=120)

# %%
ax = plots.new_jobs(ds, lang=lang)
ax.figure.savefig(out / f"05-new-jobs-{lang}.png", dpi=120)

# %%
ax = plots.topic_shares(ds, lang=lang)
ax.figure.savefig(out / f"05-topic-shares-{lang}.png", dpi=120)

# %%
shutil.rmtree(scratch.parent)
