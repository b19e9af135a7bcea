"""Loading the dataset (plancompare.dataset) and the package's public surface."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pandas as pd
import pytest

import plancompare as pc
from plancompare.dataset import StaleDataWarning

from ..conftest import PROCESSED, RAW


def test_load_reads_processed_tables_with_their_types():
    with warnings.catch_warnings():
        warnings.simplefilter("error", StaleDataWarning)
        ds = pc.load()
    assert list(ds.plans["plan_id"]) == ["zhoushan-13", "xuyong-14", "hubei-14", "qingpu-14", "yingkou-14"]
    assert ds.sections["line_start"].dtype == "Int64"
    assert (ds.sections["parent_id"] == "").sum() == 5  # one root per plan, empty strings not NaN
    assert ds.plan("hubei-14")["region_en"] == "Hubei"
    with pytest.raises(KeyError, match="known: zhoushan-13"):
        ds.plan("nowhere")
    outline = ds.outline("yingkou-14", max_level=1)
    assert list(outline["number"]) == ["第一章", "第二章", "第三章", "第四章", "第五章"]


def test_load_from_raw_builds_in_memory_and_matches_processed(raw_copy):
    built = pc.load(raw_dir=raw_copy)
    read = pc.load(processed_dir=PROCESSED)
    for name in ("plans", "sections", "paragraphs", "lines", "indicators"):
        a = built.tables()[name].reset_index(drop=True)
        b = read.tables()[name].reset_index(drop=True)
        pd.testing.assert_frame_equal(a.astype(str), b.astype(str), check_dtype=False)


def test_load_warns_when_raw_changed_since_build(raw_copy, tmp_path):
    out = tmp_path / "processed"
    pc.build(raw_copy, out)
    cat = raw_copy / "catalog.csv"
    cat.write_text(cat.read_text(encoding="utf-8").replace("Qingpu District", "Qingpu"), encoding="utf-8")
    with pytest.warns(StaleDataWarning, match="plancompare build"):
        pc.load(processed_dir=out, raw_dir=raw_copy)


def test_load_of_an_empty_folder_says_what_to_do(tmp_path):
    with pytest.raises(pc.PlanError, match="no processed data"):
        pc.load(processed_dir=tmp_path)


def test_import_is_light():
    code = "import sys, plancompare; print(sorted(m for m in ('pandas','matplotlib','sklearn','jieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_raw_dir_holds_only_plans_and_the_catalog():
    names = sorted(p.name for p in RAW.iterdir())
    assert names == ["catalog.csv", "hubei_14th.txt", "qingpu_14th.txt", "xuyong_14th.txt",
                     "yingkou_14th.txt", "zhoushan_13th.txt"]
