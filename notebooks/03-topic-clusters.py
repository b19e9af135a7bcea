# %% [markdown]
# # 03 主题聚类 · What the plans talk about
#
# 用 jieba 分词(含政策术语词典与停用词),TF-IDF + NMF 主题模型,并按章节平滑段落的主题权重。
#
# *Segmentation with a policy-term dictionary and stopwords, a TF-IDF + NMF topic model, and
# paragraph topics smoothed within their sections; then topic shares per region, plan similarity,
# distinctive terms, and an evaluation against the plans' own chapters.*

# %% tags=["parameters"]
regions = None
n_topics = None         # None: chosen by topic coherence over 6-12 topics
lang = "zh"
output_dir = "../reports/notebooks/output"
random_state = 0

# %%
from pathlib import Path

import plancompare as pc
from plancompare import plots
from plancompare.topics import evaluate_pipelines, segment, tables_for

plots.set_theme()
full = pc.load()
out = Path(output_dir)
out.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## 分词 · Segmentation
#
# 词典让“城镇新增就业”“社会保障卡”等术语保持完整;“加强”“推进”之类的套话被去掉。
# *The dictionary keeps policy terms whole; boilerplate verbs are dropped.*

# %%
sample = full.paragraphs[full.paragraphs["kind"] == "text"]["text"].iloc[3]
print(sample[:120])
print(" / ".join(segment([sample])[0][:40]))
print(" / ".join(segment([sample], domain=False)[0][:40]))

# %% [markdown]
# ## 主题模型 · The topic model
#
# `plancompare build` 已用默认参数生成主题表;参数不同时在此重新拟合。
# *The build wrote the topic tables with the default parameters; other parameters refit the model here.*

# %%
result = tables_for(full, n_topics=n_topics, random_state=random_state)
result["topic_selection"]

# %%
result["topic_labels"]

# %%
for name, table in result.items():
    setattr(full, name, table)
ds = full.subset(regions)
ax = plots.topic_shares(ds, lang=lang)
ax.figure.savefig(out / f"03-topic-shares-{lang}.png", dpi=120)

# %%
fig = plots.topic_terms(ds, lang=lang)
fig.savefig(out / f"03-topic-terms-{lang}.png", dpi=120)

# %% [markdown]
# ## 各地特征词与相似度 · Distinctive terms and similarity
#
# 特征词用对数似然 G² 衡量(与其余规划相比);相似度是整份规划 TF-IDF 向量的余弦。
# *Keyness is Dunning's log-likelihood against the other plans; similarity is the cosine of TF-IDF vectors.*

# %%
fig = plots.keyness(ds, lang=lang)
fig.savefig(out / f"03-keyness-{lang}.png", dpi=120)

# %%
ax = plots.similarity(ds, lang=lang)
ax.figure.savefig(out / f"03-similarity-{lang}.png", dpi=120)

# %%
ax = plots.paragraph_map(ds, lang=lang)
ax.figure.savefig(out / f"03-paragraph-map-{lang}.png", dpi=120)

# %% [markdown]
# ## 评估 · Evaluation against the plans' own structure
#
# 章节是作者自己的主题标签:在每份规划内部比较段落主题与所在章的一致性(NMI、ARI),
# 排除“发展基础”“指导思想”等综述性章节。同样的主题数下,调优后的流程明显优于原始 jieba + TF-IDF。
# *Chapters are the authors' own topic labels. At the same number of topics, the tuned pipeline
# agrees with them clearly better than raw jieba + TF-IDF; refits on subsamples agree with the full model.*

# %%
evaluation = evaluate_pipelines(full.paragraphs, full.sections, n_topics=n_topics, random_state=random_state)
evaluation
