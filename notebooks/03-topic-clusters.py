# %% [markdown]
# # 03 主题聚类 · What the plans talk about
#
# 用 jieba 分词(含政策术语词典与停用词),TF-IDF + NMF 主题模型,并按章节平滑段落的主题权重。
#
# *Segmentation with a policy-term dictionary and stopwords, a TF-IDF + NMF topic model, and
# paragraph topics smoothed within their sections; then topic shares per region, plan similarity,
# distinctive terms, and an evaluation against 223 paragraphs labelled by hand.*

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
from plancompare.tables import styled
from plancompare.topics import evaluate_pipelines, evaluation_summary, pipeline_contrasts, segment, tables_for

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
# ## 评估 · Evaluation against hand labels
#
# 章节不能用来评估按章节平滑的流程(循环论证)。因此我们按一份 12 个政策主题的编码表
# (`data/topic_codebook.yaml`),通读并人工标注了五份规划中 223 个正文段落
# (`data/topic_labels_gold.csv`,每章按固定种子抽取约 40%)。每个流程在全部正文上拟合,
# 在已标注段落上与人工标签比较(NMI、ARI,分规划及合并);与章节的一致性只对不使用章节结构的流程给出。
# *Chapters cannot judge a pipeline that smooths topics within sections (that is circular). So 223
# running-text paragraphs across the five plans were labelled by reading them, with a codebook of
# 12 policy topics. Each pipeline is fitted on all running text and scored on the labelled paragraphs
# (NMI, ARI, per plan and pooled); chapter agreement is shown only for pipelines that ignore the
# sections. `*` marks the number of topics that topic coherence picks (the default).*

# %%
evaluation = evaluate_pipelines(full.paragraphs, full.sections, random_state=random_state)
styled(evaluation_summary(evaluation), lang=lang, wrap_em=14, decimals=4)

# %% [markdown]
# 每一步带来的差异(合并的已标注段落,95% 配对自助法区间):
# *What each step adds (pooled labelled paragraphs, 95 % paired bootstrap interval):*

# %%
styled(pipeline_contrasts(full.paragraphs, full.sections, random_state=random_state), lang=lang, decimals=4)

# %% [markdown]
# 以默认参数,这些数字支持的结论只有:
#
# - 三个流程与人工标签的一致性相近(默认 10 个主题时合并 NMI 约 0.67–0.68,ARI 约 0.46–0.53);
#   没有哪个流程“明显更好”。表中最高的是不用词典、12 个主题的流程(NMI 0.72,ARI 0.57),
#   但它比默认流程高出的部分(NMI +0.04,ARI +0.07)的自助法区间都包含 0。
# - 政策词典与停用词没有提高与人工标签的一致性(各主题数下 NMI 差 −0.03 到 0,12 个主题时 ARI 明显更低);
#   它的作用在于让主题词可读,而不是让聚类更准。
# - 章节平滑只在主题较少(6 个)时有可测的提升;在默认的 10 个主题下提升(NMI +0.01)在抽样误差之内。
# - 默认流程(词典 + 平滑)在 6–12 个主题之间 NMI 为 0.66–0.68、ARI 为 0.49–0.50,差别很小;
#   不平滑的流程 NMI 随主题数上升(部分是 NMI 对簇数的偏向)。评估不支持改变默认的主题数选择方法,默认参数保持不变。
# - 作为参照,规划自己的章节与人工标签的 NMI 只有约 0.52:章节并不等于政策主题。
#
# *With the default parameters the numbers support only this: the three pipelines agree with the
# hand labels about equally (pooled NMI about 0.67–0.68, ARI 0.46–0.53 at 10 topics); none is clearly
# better. The highest row is the plain pipeline at 12 topics (NMI 0.72, ARI 0.57), but its lead over the
# default (NMI +0.04, ARI +0.07) has bootstrap intervals that include zero. The dictionary and stopwords do not raise agreement (NMI −0.03 to 0 at every k; ARI clearly
# lower at 12 topics); they make topic terms readable, not clusters truer. Section smoothing helps
# measurably only at 6 topics; at the default 10 its gain (NMI +0.01) is within sampling error.
# For the default pipeline (dictionary + smoothing) NMI is 0.66–0.68 and ARI 0.49–0.50 anywhere between
# 6 and 12 topics; without smoothing NMI rises with k (partly NMI's bias towards more clusters). The
# evaluation gives no reason to change how k is chosen, so the defaults stay. For reference,
# the plans' own chapters reach only NMI 0.52 against the hand labels: chapters are not policy topics.*
