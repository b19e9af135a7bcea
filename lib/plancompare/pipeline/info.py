"""What a build was made from, and whether an output folder is an up-to-date build."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from plancompare import __version__
from plancompare.config import DATAPACKAGE_NAME, catalog_path
from plancompare.indicators.decisions import DECISIONS_NAME
from plancompare.read.catalog import read_catalog
from plancompare.read.decoding import sha256_bytes


def build_info(raw_dir: str | Path, n_topics: int | None = None) -> dict:
    """What the processed data was built from: package version, catalog and raw checksums, the
    number of topics when it was fixed (``--topics``), and a build key that changes whenever any
    input, the code or the number of topics changes."""
    from plancompare.cache import code_fingerprint

    raw_dir = Path(raw_dir)
    cat_file = catalog_path(raw_dir)
    rows = read_catalog(cat_file)
    decisions = raw_dir / DECISIONS_NAME
    info = {
        "version": __version__,
        "catalog_sha256": sha256_bytes(cat_file.read_bytes()),
        "decisions_sha256": sha256_bytes(decisions.read_bytes()) if decisions.is_file() else "",
        "raw_files": {r.source_file: r.sha256 for r in sorted(rows, key=lambda r: r.source_file)},
    }
    if n_topics is not None:  # absent by default, so that a default build's descriptor is unchanged
        info["n_topics"] = n_topics
    info["build_key"] = sha256_bytes(json.dumps([info, code_fingerprint()], sort_keys=True).encode())
    return info


def up_to_date(out_dir: str | Path, raw_dir: str | Path, info: dict, formats: Sequence[str]) -> bool:
    """True when ``out_dir`` holds a complete build of exactly these inputs and this code: the
    build key matches, the raw files still have their catalog checksums, and every output file
    has the checksum its descriptor records."""
    out_dir, raw_dir = Path(out_dir), Path(raw_dir)
    try:
        desc = json.loads((out_dir / DATAPACKAGE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    built = desc.get("plancompare", {})
    if built.get("build_key") != info["build_key"] or built.get("failed") or \
            sorted(built.get("formats", [])) != sorted(formats):
        return False
    for name, sha in info["raw_files"].items():
        path = raw_dir / name
        if not path.is_file() or sha256_bytes(path.read_bytes()) != sha:
            return False
    for res in desc.get("resources", []):
        path = out_dir / res.get("path", "")
        if not path.is_file() or "sha256:" + sha256_bytes(path.read_bytes()) != res.get("hash"):
            return False
    return (out_dir / "qa_report.md").is_file()
