# %% [markdown]
# # 05 加入自己的规划 · Add your own plan
#
# 把第六份规划加入比较只需三步:把文件放进原始数据文件夹、在目录(catalog)中加一行、重新构建。
# 这里用一份**虚构的教学示例**:“样例县”规划的网页,在浏览器中“另存为”得到
# (`examples/sample-county-14th.html`,GB2312 编码,带导航栏、面包屑、分享栏、页脚,指标表有合并单元格)。
# 文本(`.txt`)、Word(`.docx`)和 PDF 文件的加入方法完全相同。
#
# *Adding a sixth plan takes three steps: put the file in the raw folder, add a catalog row,
# rebuild. The example is a fictional plan's web page saved from the browser (GB2312, with the
# site's navigation, breadcrumbs, share bar and footer, and an indicator table with merged
# cells). A `.txt`, `.docx` or text `.pdf` is added the same way. To keep `data/raw/` untouched,
# this notebook works on a scratch copy; for real, use `data/raw/` and `plancompare build`.*

# %% tags=["parameters"]
regions = None
lang = "zh"
output_dir = "../reports/notebooks/output"
random_state = 0
plan_file = "examples/sample-county-14th.html"

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
row = add_plan(scratch, plan_file, plan_id="sample-14", region="样例县", region_en="Sample County (fictional)",
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

# %% [markdown]
# 网页被读成与文本规划相同的逐行账本:导航、分享栏和页脚按网页结构去掉,其余网页残留(发布日期栏)
# 由已有的文本规则标为 `furniture`;表格按单元格读出,每行的 `source_locator` 指向它在网页中的元素。
# *The page becomes the same line ledger as a text plan: navigation, share bar and footer are
# removed by the page's structure, what is left (the date bar) is marked `furniture` by the text
# patterns; the table is read cell by cell, and each line's `source_locator` is its element in the page.*

# %%
lines = ds.lines[ds.lines["plan_id"] == "sample-14"]
styled(lines[lines["kind"].isin(["furniture", "table"])][["source_line", "kind", "text", "source_locator"]],
       lang=lang, wrap_em=24)

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

# %% [markdown]
# ## 不是规划的文本 · Texts that are not plans
#
# 统计公报、工作报告、年终总结里的数字用 `pc.extract_indicators` 读取(命令行:`plancompare extract 文件 --period 2024 --kind summary`)。
# 文本没有说明自己的文种时,不带“力争”或“完成”一类字眼的“今年……”数字是结果还是目标取决于文种:
# 不给 `kind` 时这些数字不定位(`role` 为空)并在 `flags` 中说明;给出 `kind` 后才定位。
# *Figures in bulletins, work reports and year-end summaries are read with `pc.extract_indicators`
# (from the shell: `plancompare extract FILE --period 2024 --kind summary`). Where the text does not
# say what kind of document it is, a 今年 figure with no word of an aim or a result is a result or a
# target only by the document's kind: without `kind` it is left open (`role` empty) and `flags` says
# why; with `kind` it is placed.*

# %%
summary = "今年全县城镇新增就业3260人，城镇登记失业率2.9%。\n年末企业职工基本养老保险参保人数达到12.6万人。"
shown = ["indicator_id", "role", "year", "value", "unit", "quote", "flags"]
styled(pc.extract_indicators(summary, period=(2024, 2024))[shown], lang=lang, wrap_em=16)

# %%
styled(pc.extract_indicators(summary, period=(2024, 2024), kind="summary")[shown], lang=lang, wrap_em=16)

# %%
shutil.rmtree(scratch.parent)
