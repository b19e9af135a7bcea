# %% [markdown]
# # 04 报告用图表 · Figures and tables for a report
#
# 生成全部标准图表(PNG、SVG、PDF;中文或英文),每张图旁边附上所画数据的 CSV 和来源说明(原始文本行号),
# 以及报告用表格(CSV 与 XLSX)。与命令 `plancompare figures` 相同。
#
# *Every standard figure, with a CSV of the data drawn and a source note with raw line numbers,
# plus report tables as CSV and XLSX — the same as `plancompare figures`.*

# %% tags=["parameters"]
regions = None          # figures always show every plan; use notebooks 02/03 for a subset
lang = "zh"
formats = "png"         # any of "png,svg,pdf"
dpi = 150
output_dir = "../reports/notebooks/figures"
random_state = 0

# %%
from pathlib import Path

from IPython.display import Image, display

import plancompare as pc
from plancompare.export import FIGURES, export_figures, export_tables

ds = pc.load()
written = export_figures(ds, output_dir, formats=formats, dpi=dpi, lang=lang)
written += export_tables(ds, output_dir, lang=lang)
print(f"{len(written)} files in {output_dir}")
sorted(p.name for p in written)[:12]

# %% [markdown]
# ## 图表清单 · The figures

# %%
list(FIGURES)

# %%
if "png" in formats:
    display(Image(filename=str(Path(output_dir) / lang / "01-headline-indicators.png"), width=800))
print((Path(output_dir) / lang / "01-headline-indicators.txt").read_text(encoding="utf-8"))
