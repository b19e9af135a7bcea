"""Export of figures and tables (plancompare.export, `plancompare figures`)."""

from __future__ import annotations

import hashlib
import warnings

import pytest
from pypdf import PdfReader

import plancompare as pc
from plancompare.cli import main
from plancompare.export.registry import FIGURES
from plancompare.export.figures import export_figures
from plancompare.export.tables import export_tables


@pytest.fixture(scope="module")
def ds():
    return pc.load()


@pytest.fixture(scope="module")
def exported(ds, tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        export_figures(ds, out, formats="png,svg,pdf", dpi=60, lang="zh,en",
                       names=["03-unemployment-rates", "06-topic-shares"])
    return out


def test_every_figure_has_data_and_a_source_note(exported):
    for lang in ("zh", "en"):
        for name in ("03-unemployment-rates", "06-topic-shares"):
            for ext in ("png", "svg", "pdf", "csv", "txt"):
                assert (exported / lang / f"{name}.{ext}").stat().st_size > 0
    note = (exported / "zh" / "03-unemployment-rates.txt").read_text(encoding="utf-8")
    assert "来源" in note and "L102" in note  # 舟山市's surveyed-rate target, raw line 102
    assert (exported / "en" / "03-unemployment-rates.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_pdf_embeds_a_cjk_font_and_its_chinese_extracts(exported):
    reader = PdfReader(exported / "zh" / "03-unemployment-rates.pdf")
    page = reader.pages[0]
    fonts = set()
    embedded = False
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        fonts.add(str(font["/BaseFont"]))
        for desc in font.get("/DescendantFonts", []):
            fd = desc.get_object()["/FontDescriptor"].get_object()
            embedded |= any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert any("NotoSansSC" in f for f in fonts) and embedded
    text = page.extract_text()
    for word in ("失业率目标", "城镇调查失业率", "舟山市", "营口市", "来源"):
        assert word in text, word


def test_pdf_font_is_declared_as_what_it_is(exported):
    """The embedded CJK font is a TrueType font (glyf outlines), as the PDF declares it: no CFF
    ("OTTO") data under FontFile2, which poppler and preflight checks reject."""
    import shutil
    import subprocess

    for lang in ("zh", "en"):
        path = exported / lang / "03-unemployment-rates.pdf"
        for font in PdfReader(path).pages[0]["/Resources"]["/Font"].values():
            for desc in font.get_object().get("/DescendantFonts", []):
                d = desc.get_object()
                fd = d["/FontDescriptor"].get_object()
                assert d["/Subtype"] == "/CIDFontType2" and "/FontFile2" in fd
                assert fd["/FontFile2"].get_object().get_data()[:4] == b"\x00\x01\x00\x00"
        if shutil.which("pdffonts") and shutil.which("pdftotext"):  # poppler, where installed
            for tool in (["pdffonts", str(path)], ["pdftotext", str(path), "-"]):
                res = subprocess.run(tool, capture_output=True, text=True)
                assert res.returncode == 0 and res.stderr == "", res.stderr


def test_export_is_byte_for_byte_reproducible(ds, exported, tmp_path):
    export_figures(ds, tmp_path, formats="png,svg,pdf", dpi=60, lang="zh", names=["03-unemployment-rates"])
    for ext in ("png", "svg", "pdf", "csv", "txt"):
        a = hashlib.sha256((exported / "zh" / f"03-unemployment-rates.{ext}").read_bytes()).hexdigest()
        b = hashlib.sha256((tmp_path / "zh" / f"03-unemployment-rates.{ext}").read_bytes()).hexdigest()
        assert a == b, ext


def test_every_standard_figure_renders_in_both_languages(ds, tmp_path):
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*[Gg]lyph.*missing.*")
        written = export_figures(ds, tmp_path, formats="png", dpi=50, lang="zh,en")
    assert len(written) == len(FIGURES) * 2 * 3


def test_report_tables_csv_and_xlsx(ds, tmp_path):
    from openpyxl import load_workbook

    written = export_tables(ds, tmp_path, lang="en")
    names = {p.name for p in written}
    assert {"headline-indicators.csv", "indicator-coverage.csv", "report-tables.xlsx"} <= names
    wb = load_workbook(tmp_path / "en" / "tables" / "report-tables.xlsx")
    assert "headline-indicators" in wb.sheetnames
    head = [c.value for c in wb["headline-indicators"][1]]
    assert "region_name" in head and "target" in head


@pytest.mark.parametrize("args,message", [
    (["--format", "gif"], "unsupported format gif (use one or more of: png, svg, pdf)"),
    (["--lang", "fr"], "unsupported language fr (use one or more of: zh, en)"),
    (["--dpi", "5"], "dpi must be a whole number from 50 to 1200"),
])
def test_cli_rejects_bad_options_and_writes_nothing(args, message, tmp_path, capsys):
    out = tmp_path / "figs"
    code = main(["figures", "--out", str(out), *args])
    assert code == 1
    assert message in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())


def test_cli_unwritable_output(capsys):
    assert main(["figures", "--out", "/proc/plancompare/figs", "--format", "png"]) == 1
    assert "cannot write the output folder" in capsys.readouterr().err


def test_each_figure_states_its_inputs_and_its_note_follows_them(ds):
    """The registry names the tables each figure draws; the note names them and describes how their
    numbers were computed: keyness and similarity come from word counts, not the topic model."""
    import matplotlib.pyplot as plt

    from plancompare.export.registry import render

    tables = set(ds.tables())
    for name, spec in FIGURES.items():
        assert spec.inputs and all(t.removesuffix(".csv") in tables for t in spec.inputs), name
    for lang in ("zh", "en"):
        notes = {}
        for name in ("06-topic-shares", "08-plan-keyness", "09-plan-similarity"):
            res = render(ds, name, lang)
            notes[name] = res.note
            plt.close(res.figure)
            assert all(t in res.note for t in FIGURES[name].inputs), res.note
        assert "NMF" in notes["06-topic-shares"]
        for name in ("08-plan-keyness", "09-plan-similarity"):
            assert "NMF" not in notes[name] and ("主题模型" if lang == "zh" else "topic model") in notes[name]
        assert "G²" in notes["08-plan-keyness"] and ("余弦" if lang == "zh" else "Cosine") in notes["09-plan-similarity"]
