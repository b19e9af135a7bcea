"""Files the build cannot read are refused with one line naming the file and what to do."""

from __future__ import annotations

import shutil

import pytest

from plancompare.errors import FormatError
from plancompare.read.decoding import read_document

from .format_fixtures import PLANS, catalog_row, write_catalog

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _scanned_pdf(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    c.rect(50, 50, 400, 600, fill=1)  # an image of a page: no characters
    c.save()


def _encrypted_pdf(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt="secret", invariant=1)
    c.drawString(100, 700, "2021-2025")
    c.save()


def _attachment_page(path):
    path.write_text('<html><body><div class="article"><p>关于印发《庚市人力资源和社会保障事业发展“十四五”规划》的通知</p>'
                    '<p>附件:<a href="/upload/2021/gengshi-14.pdf">庚市“十四五”规划.pdf</a></p></div></body></html>',
                    encoding="utf-8")


REFUSALS = {
    "scan.pdf": (_scanned_pdf, "no text layer", "OCR"),
    "locked.pdf": (_encrypted_pdf, "encrypted PDF", "password"),
    "plan.doc": (lambda p: p.write_bytes(OLE), "legacy Word .doc", "LibreOffice"),
    "plan.wps": (lambda p: p.write_bytes(OLE), "WPS Writer", "LibreOffice"),
    "protected.docx": (lambda p: p.write_bytes(OLE), "password-protected", "LibreOffice"),
    "notice.html": (_attachment_page, "only a link to the attachment", "save the attachment gengshi-14.pdf"),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_refused_with_what_to_do(tmp_path, name):
    make, problem, todo = REFUSALS[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(FormatError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(str(path) + ": ") and "\n" not in message
    assert problem in message and todo in message


def test_cli_refuses_in_one_line_and_builds_nothing(tmp_path, format_folders, capsys):
    from plancompare.cli import main
    from plancompare.read.catalog import read_catalog

    raw = tmp_path / "raw"
    shutil.copytree(format_folders["html"], raw)
    (raw / "plan_b.doc").write_bytes(OLE)
    rows = [r.as_record() for r in read_catalog(raw / "catalog.csv")]
    rows[1] = catalog_row(next(p for p in PLANS if p.key == "b"), "plan_b.doc", OLE, "plan-b")
    write_catalog(raw, rows)
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache", "--quiet"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "plan_b.doc" in lines[0] and "LibreOffice" in lines[0], lines
    assert not out.exists()
