"""Paths (plancompare.config)."""

from __future__ import annotations

from plancompare import config

from .conftest import PROCESSED, RAW, ROOT


def test_paths_point_at_this_checkout():
    assert config.project_root() == ROOT
    assert config.raw_dir() == RAW
    assert config.processed_dir() == PROCESSED
    assert config.catalog_path() == RAW / "catalog.csv"


def test_root_can_be_moved_by_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANCOMPARE_ROOT", str(tmp_path))
    assert config.raw_dir() == tmp_path / "data" / "raw"


def test_raw_plans_are_byte_copies_of_the_seeds():
    import hashlib

    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():  # the seeds sit beside the checkout on project machines
        return
    seed_hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.glob("*.txt")}
    raw_hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW.glob("*.txt")}
    assert raw_hashes == seed_hashes
