"""Source notes under exported figures: which plans, lines and tables a chart used."""

from __future__ import annotations

from typing import Sequence

import pandas as pd


def _region_names(plans: pd.DataFrame, lang: str) -> dict[str, str]:
    return {r.plan_id: (r.region if lang == "zh" else r.region_en) for r in plans.itertuples()}


def indicator_note(rows: pd.DataFrame, plans: pd.DataFrame, lang: str, extra: str = "") -> str:
    """"Sources: 叙永县 table L49, L51; 舟山市 prose L102 …" for the indicator rows drawn."""
    names = _region_names(plans, lang)
    parts = []
    for plan in [p for p in plans["plan_id"] if p in set(rows["plan_id"])]:
        g = rows[rows["plan_id"] == plan]
        bits = []
        for source in ("table", "prose"):
            lines = sorted({int(x) for x in g.loc[g["source"] == source, "source_line"].dropna()})
            if lines:
                word = {"table": ("表", "table"), "prose": ("正文", "text")}[source][0 if lang == "zh" else 1]
                bits.append(f"{word} L" + ", L".join(map(str, lines)))
        parts.append(f"{names[plan]} {'; '.join(bits)}")
    head = "来源(原始文本行号)" if lang == "zh" else "Sources (raw line numbers)"
    tail = ("数据:indicators.csv" if lang == "zh" else "Data: indicators.csv") + (f"; {extra}" if extra else "")
    return f"{head}: " + " | ".join(parts) + f". {tail}."


#: how the numbers a figure draws were computed, (zh, en); {n} paragraphs, {plans} plans, {k} topics
METHODS = {
    "topic_model": ("主题模型:{plans} 份规划的 {n} 个正文段落,TF-IDF + NMF,{k} 个主题,按章节平滑;"
                    "各段落的原始行号见 topics.csv。",
                    "Topic model on {n} running-text paragraphs of {plans} plans, TF-IDF + NMF, {k} topics, "
                    "smoothed within sections; each paragraph's raw line is in topics.csv."),
    "keyness": ("特征词:各规划正文({plans} 份规划的 {n} 个正文段落)的词频,与其余规划合计的词频比较,"
                "按对数似然 G² 排序,只取在本规划中更常用的词;未使用主题模型。",
                "Keyness from word counts of the running text ({n} paragraphs of {plans} plans): each "
                "plan's counts against the other plans' together, ranked by log-likelihood G², terms used "
                "more in the plan only; no topic model."),
    "similarity": ("相似度:各规划正文({plans} 份规划的 {n} 个正文段落)词频向量(TF-IDF 加权,次线性词频)"
                   "的余弦相似度;未使用主题模型。",
                   "Cosine similarity of the plans' word counts of the running text ({n} paragraphs of "
                   "{plans} plans), TF-IDF weighted with sublinear term frequency; no topic model."),
}


def method_note(ds, lang: str, inputs: Sequence[str], method: str) -> str:
    """The note of a figure drawn from the build's tables ``inputs`` with ``method`` (a METHODS key)."""
    counts = {"n": len(ds.topics), "plans": len(ds.plans), "k": len(ds.topic_labels)}
    text = METHODS[method][0 if lang == "zh" else 1].format(**counts)
    if lang == "zh":
        return f"数据:{'、'.join(inputs)}(由 plancompare build 生成)。{text}"
    return f"Data: {', '.join(inputs)} (from plancompare build). {text}"


def topic_note(ds, lang: str, table: str) -> str:
    """The note of a chart of the topic model's table ``table``."""
    return method_note(ds, lang, [table], "topic_model")


def _used_rows(ind: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """The indicator rows behind (plan_id, source_line) pairs."""
    keys = set(zip(pairs["plan_id"], pairs["source_line"].astype(int)))
    return ind[[(p, int(line)) in keys for p, line in zip(ind["plan_id"], ind["source_line"])]]


def _headline_rows(ds, ids: Sequence[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    from plancompare.indicators.views import headline

    h = headline(ds.indicators, ids)
    pairs = []
    for role in ("baseline", "target", "actual"):
        sub = h[h[f"{role}_line"].notna()]
        pairs += [(p, int(line)) for p, line in zip(sub["plan_id"], sub[f"{role}_line"])]
    ind = ds.indicators
    used = ind[[(p, int(line)) in set(pairs) and i in ids
                for p, line, i in zip(ind["plan_id"], ind["source_line"], ind["indicator_id"])]]
    return h, used
