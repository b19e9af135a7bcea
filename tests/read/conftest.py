"""Fixtures of the format tests: the three fictional plans in four formats, written once a session."""

from __future__ import annotations

import pytest

from .format_fixtures import write_fixtures


@pytest.fixture(scope="session")
def format_folders(tmp_path_factory):
    """{format: raw folder with catalog.csv} for txt, html, docx and pdf (see format_fixtures.py)."""
    return write_fixtures(tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="session")
def cjk_font(format_folders) -> str:
    """The reportlab name of the Chinese font the fixture PDFs are set in (registered by then)."""
    return "FixtureCJK"
