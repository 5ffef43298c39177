"""`dossier import` of every input kind through the CLI: PDF (made with WeasyPrint), DOCX (made
with python-docx), e-mail and mailbox, a URL served on 127.0.0.1, standard input, --explain;
and bad input of each kind: one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import base64
import http.server
import io
import shutil
import socket
import sys
import threading
from pathlib import Path

import pytest

from workflow.cli import main
from workflow.source import read_source

CORPUS = Path(__file__).parent / "data" / "import" / "corpus"
PARAGRAPHS = [
    "The twelve drivers were arrested at their homes before dawn on 28 April, two days after "
    "the strike began, and none of them has been allowed to see a lawyer of their choosing.",
    "Their families were told by the prosecutor's office that the men face charges of "
    "disturbing public order, which carry prison terms of up to five years.",
    "The drivers had stopped work because their wages had not been paid since January and "
    "because the company had cancelled their health insurance without notice.",
    "The right to strike is protected by the conventions of the International Labour "
    "Organization, and the arrest of workers for a peaceful strike is arbitrary detention.",
]


@pytest.fixture
def proj(tmp_path, monkeypatch):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def written(root: Path) -> dict[str, bytes]:
    folder = root / "sources"
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*"))} if folder.exists() else {}


def one_line_error(capsys, *fragments: str) -> str:
    err = capsys.readouterr().err
    assert err.startswith("dossier: error: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, err
    return err


def make_pdf(path: Path) -> Path:
    """A three-page statement with a running header, page numbers and hyphenation."""
    import weasyprint

    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 4)
    html = f"""<html lang="en"><head><style>
      @page {{ size: A5; margin: 2cm 2cm;
              @top-center {{ content: "Coalition briefing | May 2024"; font-size: 8pt }}
              @bottom-right {{ content: "Page " counter(page); font-size: 8pt }} }}
      p {{ hyphens: auto; text-align: justify; font-size: 11pt }}
    </style></head><body><h1>Release the striking bus drivers</h1><p>3 May 2024</p>{body}
    <p>Workers’ Solidarity Network</p><p>Union of Bus Drivers in Exile</p></body></html>"""
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_pdf_running_header_page_numbers_and_hyphenation(proj, capsys):
    raw = make_pdf(proj / "briefing.pdf")
    assert main(["import", str(raw), "--slug", "bus-drivers"]) == 0
    doc = read_source(proj / "sources" / "bus-drivers.md")
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.meta["title"] == "Release the striking bus drivers"
    assert doc.meta["date"] == "2024-05-03"
    assert doc.meta["signatories"] == ["Workers’ Solidarity Network",
                                       "Union of Bus Drivers in Exile"]
    assert "Coalition briefing" not in text and "Page 2" not in text
    for paragraph in PARAGRAPHS:
        assert paragraph in text  # whole: words broken at line ends rejoined, no page furniture
    report = (proj / "sources" / "bus-drivers.import.txt").read_text("utf-8")
    assert "running header (on 3 pages)" in report or "running header (on 4 pages)" in report
    assert "page number" in report and ", PDF)" in report


def encrypted_pdf() -> bytes:
    """A PDF protected by a user password (standard security handler)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 +
            b"> /P -4 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<" + "ab" * 16 +
            "> <" + "ab" * 16 + f">] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
                       "hQGAhKmMIQAAAABJRU5ErkJggg==")


def bad_pdf(root: Path, kind: str) -> tuple[Path, str]:
    if kind == "encrypted":
        path = root / "locked.pdf"
        path.write_bytes(encrypted_pdf())
        return path, "PDF is encrypted (password-protected)"
    if kind == "image-only":
        import weasyprint

        path = root / "scan.pdf"
        data = base64.b64encode(PNG).decode()
        weasyprint.HTML(string=f'<img src="data:image/png;base64,{data}" '
                               'style="width:10cm">').write_pdf(path)
        return path, "PDF has no text layer (scanned images?)"
    path = root / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    return path, "not a readable PDF"


@pytest.mark.parametrize("kind", ["encrypted", "image-only", "damaged"])
def test_bad_pdfs_are_one_line_errors_and_write_nothing(proj, capsys, kind):
    path, message = bad_pdf(proj, kind)
    assert main(["import", str(path)]) == 2
    one_line_error(capsys, path.name, message)
    assert written(proj) == {}


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Free the imprisoned teachers’ union leaders", level=1)
    document.add_paragraph("Paris, 8 March 2022 – " + PARAGRAPHS[0])
    document.add_heading("What we ask", level=2)
    document.add_paragraph("release the union leaders without conditions;", style="List Bullet")
    document.add_paragraph("drop the charges against them.", style="List Bullet")
    document.add_paragraph(PARAGRAPHS[3])
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Teachers Solidarity Association"
    table.cell(1, 0).text = "Example Rights Network"
    document.save(path)
    return path


def test_docx_headings_lists_and_signatories(proj, capsys):
    raw = make_docx(proj / "statement.docx")
    assert main(["import", str(raw)]) == 0
    source = next((proj / "sources").glob("*.md"))
    doc = read_source(source)
    assert doc.meta["title"] == "Free the imprisoned teachers’ union leaders"
    assert doc.meta["date"] == "2022-03-08"
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["What we ask"]
    assert [b.text for b in doc.blocks if b.kind == "list"] == [
        "release the union leaders without conditions;", "drop the charges against them."]
    assert doc.meta["signatories"] == ["Teachers Solidarity Association",
                                       "Example Rights Network"]
    assert ", DOCX)" in source.with_suffix(".import.txt").read_text("utf-8")


def test_docx_recognised_by_content_and_corrupt_docx_refused(proj, capsys):
    good = make_docx(proj / "statement.docx")
    renamed = proj / "statement.bin"
    shutil.copy(good, renamed)
    assert main(["import", "--explain", str(renamed)]) == 0
    assert "title: Free the imprisoned teachers’ union leaders" in capsys.readouterr().out
    broken = proj / "broken.docx"
    broken.write_bytes(good.read_bytes()[:900])
    assert main(["import", str(broken)]) == 2
    one_line_error(capsys, "broken.docx", "not a readable DOCX file")
    assert written(proj) == {}


def test_forwarded_email_keeps_the_statement_not_the_mail(proj, capsys):
    raw = shutil.copy(CORPUS / "28-mail-forward.eml", proj / "forward.eml")
    assert main(["import", str(raw)]) == 0
    source = next((proj / "sources").glob("*.md"))
    doc = read_source(source)
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.meta["title"] == "Statement: Release the detained environmentalists"
    assert doc.meta["date"] == "2024-02-19"  # the statement's, not the forward's (20 February)
    assert "Could someone take this one" not in text and "Sent from my" not in text
    assert ">" not in text and "Leila" not in text
    report = source.with_suffix(".import.txt").read_text("utf-8")
    assert "e-mail: the forwarder's note" in report and "e-mail: signature" in report


def test_mailbox_names_its_attachment(proj, capsys):
    raw = shutil.copy(CORPUS / "30-mail-mbox.mbox", proj / "release.mbox")
    assert main(["import", str(raw)]) == 0
    report = next((proj / "sources").glob("*.import.txt")).read_text("utf-8")
    assert "attachment not imported: mahsa-amini-one-year.pdf (application/pdf" in report


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the stdlib's name
        if self.path == "/statement":
            body = (CORPUS / "07-news-wire.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_recorded_as_origin(proj, capsys, server):
    url = f"{server}/statement"
    assert main(["import", url, "--slug", "journalist-2023"]) == 0
    doc = read_source(proj / "sources" / "journalist-2023.md")
    assert doc.meta["origin"] == {"file": "statement", "url": url}
    assert doc.meta["title"] == "Journalist sentenced to eight years after reporting on strikes"
    assert doc.meta["date"] == "2023-05-16"
    assert main(["import", url, "--slug", "journalist-2023"]) == 0
    assert "unchanged" in capsys.readouterr().out


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_url_and_404_are_one_line_errors(proj, capsys, server):
    dead = f"http://127.0.0.1:{_closed_port()}/statement"
    assert main(["import", dead]) == 2
    one_line_error(capsys, dead, "cannot fetch")
    assert main(["import", f"{server}/missing"]) == 2
    one_line_error(capsys, "HTTP 404")
    assert written(proj) == {}


def test_standard_input(proj, capsys, monkeypatch):
    page = (CORPUS / "15-ngo-wix.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page), encoding="utf-8"))
    assert main(["import", "-", "--slug", "fuel-carriers-2024"]) == 0
    doc = read_source(proj / "sources" / "fuel-carriers-2024.md")
    assert doc.meta["origin"] == {"file": "stdin"}
    assert doc.meta["title"] == "Statement on the killing of fuel carriers near Saravan"
    assert main(["import", "-", "-"]) == 2
    one_line_error(capsys, "standard input (-) can be given once")


def test_explain_prints_every_decision_and_writes_nothing(proj, capsys):
    raw = shutil.copy(CORPUS / "13-ngo-petition.txt", proj / "petition.txt")
    assert main(["import", "--explain", str(raw)]) == 0
    out = capsys.readouterr().out
    assert 'L23   drop' in out and "form field" in out and '"First name *"' in out
    assert "keep   title" in out and "date: 2020-12-02" in out
    assert written(proj) == {}


# issue 15: reports never destroy files; binary checks everywhere


def test_report_never_overwrites_a_file_that_is_not_its_own_report(proj, capsys):
    raw = shutil.copy(CORPUS / "15-ngo-wix.txt", proj / "page.txt")
    precious = proj / "catalog.po"
    precious.write_text('msgid "x"\nmsgstr "ایکس"\n', encoding="utf-8")
    for target in (precious, proj / "dossier.toml"):
        before = target.read_bytes()
        assert main(["import", str(raw), "--report", str(target)]) == 2
        one_line_error(capsys, "--report would overwrite a file that is not an earlier report")
        assert target.read_bytes() == before
    assert written(proj) == {}
    report = proj / "reports" / "wix.txt"
    assert main(["import", str(raw), "--report", str(report)]) == 0
    first = report.read_bytes()
    assert main(["import", str(raw), "--report", str(report), "--force"]) == 0  # its own report
    assert report.read_bytes() == first
    other = shutil.copy(CORPUS / "13-ngo-petition.txt", proj / "other.txt")
    assert main(["import", str(other), "--report", str(report)]) == 2  # another import's
    one_line_error(capsys, "not an earlier report of this import")


def test_report_outside_the_project_needs_force(proj, capsys, tmp_path_factory):
    raw = shutil.copy(CORPUS / "15-ngo-wix.txt", proj / "page.txt")
    outside = tmp_path_factory.mktemp("elsewhere") / "report.txt"
    assert main(["import", str(raw), "--report", str(outside)]) == 2
    one_line_error(capsys, "--report is outside the project; pass --force")
    assert not outside.exists() and written(proj) == {}
    assert main(["import", str(raw), "--report", str(outside), "--force"]) == 0
    assert outside.read_text("utf-8").startswith("# dossier import report\n")


def test_nul_after_the_first_8_kb_and_with_an_encoding_is_binary(proj, capsys):
    text = ("A Statement on the Prisoners\n\n" +
            "The prisoners were executed in secret and buried in unmarked graves.\n\n" * 200)
    late = proj / "late-nul.txt"
    late.write_bytes(text.encode() + b"\x00\x01\x02tail\n")
    assert len(text.encode()) > 8192
    assert main(["import", str(late)]) == 2
    one_line_error(capsys, "late-nul.txt:", "binary file")
    elf = proj / "program.txt"
    elf.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    assert main(["import", "--encoding", "latin-1", str(elf)]) == 2
    one_line_error(capsys, "program.txt", "binary file")
    assert written(proj) == {}


def test_stray_control_characters_are_removed_and_reported(proj, capsys):
    raw = proj / "page.txt"
    raw.write_text("A Statement on the Prisoners\n\nThe prisoners were executed in secret\x0b "
                   "and buried in unmarked graves, the families said on Monday.\n",
                   encoding="utf-8")
    assert main(["import", str(raw), "--slug", "prisoners"]) == 0
    assert "\x0b" not in (proj / "sources" / "prisoners.md").read_text("utf-8")
    report = (proj / "sources" / "prisoners.import.txt").read_text("utf-8")
    assert "1 stray control character(s) removed" in report


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_detected_not_called_binary(proj, capsys, codec):
    raw = proj / "page.txt"
    raw.write_bytes(("Free the Journalists\n\nThe journalists arrested last week must be "
                     "released today, said the union of Iranian writers (کانون نویسندگان).\n"
                     ).encode(codec))
    assert main(["import", str(raw), "--slug", "journalists"]) == 0
    doc = read_source(proj / "sources" / "journalists.md")
    assert doc.meta["title"] == "Free the Journalists"
    assert "کانون نویسندگان" in doc.body
