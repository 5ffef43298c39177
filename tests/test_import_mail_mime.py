"""Messages carried inside a message: a MIME digest (``multipart/digest`` of ``message/rfc822``
parts) and a forward sent as an attachment. The statement is the carried message's body; the
digest's preamble, its other messages and the headers are removed; the carried message's date
is the statement's. Built with the standard library's e-mail package, so the MIME is real."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import default

from workflow.importer import convert, read_raw

STATEMENT = [
    "We, the undersigned organisations, call on the authorities to release the nine "
    "environmental researchers detained since the spring, and to drop every charge against them.",
    "The researchers had been counting endangered cheetahs with camera traps, work that the "
    "Department of Environment itself had licensed for more than a decade.",
    "They were held in solitary confinement for months and denied lawyers of their own "
    "choosing, and two of them have since developed serious heart conditions.",
    "Conservation is not espionage, and no one should be imprisoned for protecting wildlife.",
]
SIGNERS = ["Steppe Wildlife Defenders", "Green Lawyers Circle", "Caspian Ecology Forum"]


def _message(subject: str, sender: str, date: str, body: str) -> EmailMessage:
    msg = EmailMessage(policy=default)
    msg["From"], msg["Subject"], msg["Date"] = sender, subject, date
    msg.set_content(body)
    return msg


def _statement_body() -> str:
    return ("Dear colleagues,\n\nThe statement below went out this morning.\n\nNasrin\n\n"
            "----------------------------------------\n\n"
            "Free the detained wildlife researchers\n\n" + "\n\n".join(STATEMENT)
            + "\n\nSigned:\n\n" + "\n".join(SIGNERS) + "\n")


def _digest(tmp_path):
    outer = EmailMessage(policy=default)
    outer["From"] = "wildlife-list-request@lists.example"
    outer["Subject"] = "Wildlife-L Digest, Vol 9, Issue 3"
    outer["Date"] = "Sat, 14 Mar 2026 06:00:00 +0000"
    outer.make_mixed()
    preamble = EmailMessage(policy=default)
    preamble.set_content("Send Wildlife-L mailing list submissions to\n"
                         "\twildlife-l@lists.example\n\nToday's Topics:\n\n"
                         "   1. Meeting notes (Arman)\n   2. Free the detained researchers "
                         "(Nasrin)\n   3. Re: Meeting notes (Ziba)\n")
    outer.attach(preamble)
    digest = EmailMessage(policy=default)
    digest.make_mixed()
    digest.replace_header("Content-Type", "multipart/digest")
    for msg in (_message("[Wildlife-L] Meeting notes", "Arman <arman@example.org>",
                         "Thu, 12 Mar 2026 10:00:00 +0000",
                         "Hi all, the notes of Tuesday's call are on the pad.\nArman\n"),
                _message("[Wildlife-L] Free the detained researchers",
                         "Nasrin <nasrin@example.org>", "Fri, 13 Mar 2026 08:30:00 +0000",
                         _statement_body()),
                _message("Re: [Wildlife-L] Meeting notes", "Ziba <ziba@example.org>",
                         "Fri, 13 Mar 2026 12:00:00 +0000", "Thanks Arman!\n")):
        part = EmailMessage(policy=default)
        part.set_content(msg)
        digest.attach(part)
    outer.attach(digest)
    path = tmp_path / "digest.eml"
    path.write_bytes(outer.as_bytes())
    return path


def _text(conversion) -> str:
    return "\n".join(" ".join(line.split()) for line in conversion.body.splitlines())


def test_a_mime_digest_imports_the_message_that_carries_the_statement(tmp_path):
    conversion = convert(read_raw(_digest(tmp_path)))
    text = " ".join(_text(conversion).split())
    for sentence in STATEMENT:
        assert sentence in text
    for furniture in ("Send Wildlife-L", "Today's Topics", "notes of Tuesday's call",
                      "Thanks Arman", "went out this morning"):
        assert furniture not in text
    assert conversion.meta["title"] == "Free the detained wildlife researchers"
    assert conversion.meta["date"] == "2026-03-13"  # the message's, not the digest's
    assert conversion.meta["signatories"] == SIGNERS
    removed = "\n".join(e.reason + " " + e.text for e in conversion.report.removed)
    assert "Thanks Arman" in removed and "another message of the digest" in removed


def test_a_forward_sent_as_an_attachment_is_the_statement(tmp_path):
    outer = _message("Fwd: Free the detained researchers", "Leyla <leyla@example.org>",
                     "Mon, 16 Mar 2026 09:00:00 +0000",
                     "Could the Persian team take this one? Thanks, Leyla\n")
    inner = _message("Free the detained researchers", "Nasrin <nasrin@example.org>",
                     "Fri, 13 Mar 2026 08:30:00 +0000",
                     "Free the detained wildlife researchers\n\n" + "\n\n".join(STATEMENT)
                     + "\n\nSigned:\n\n" + "\n".join(SIGNERS) + "\n")
    outer.add_attachment(inner)  # message/rfc822, shown inline by mail programs
    path = tmp_path / "forward.eml"
    path.write_bytes(outer.as_bytes())
    conversion = convert(read_raw(path))
    text = " ".join(_text(conversion).split())
    assert all(sentence in text for sentence in STATEMENT)
    assert "Persian team" not in text and "nasrin@example.org" not in text
    assert conversion.meta["date"] == "2026-03-13"
    assert conversion.meta["signatories"] == SIGNERS
