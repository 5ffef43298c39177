"""Which message of a list's mailbox or digest carries the statement (issue #10, fresh19): the
statement's message by its evidence (long sentences, demands, signers, a headline), not the
list's reminder or call notice before it, nor a reply quoting part of it; each on a small
mailbox or digest built here, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.mailscore import statement_evidence
from workflow.importer.rawinput import raw_from_bytes

STATEMENT = [
    "Free the striking teachers of Ahvaz now",
    "",
    "Eleven teachers were arrested in Ahvaz on 2 March after they led a peaceful sit-in "
    "against unpaid wages outside the provincial education office.",
    "",
    "Their families have not been told where they are held, and two of them need daily "
    "medication that the prison has refused to let them take.",
    "",
    "We call on the authorities to release the eleven teachers at once and to drop every "
    "charge brought against them for their peaceful protest.",
    "",
    "Signatories:",
    "* Teachers' Solidarity Network",
    "* Khuzestan Labour Watch",
]
SENTENCE = STATEMENT[4]


def message(sender: str, date: str, subject: str, body: list[str], *extra: str) -> str:
    return "\n".join([f"From {sender} {date[5:]}", f"From: {sender}", f"Date: {date}",
                      f"Subject: {subject}", *extra, "Content-Type: text/plain; charset=utf-8",
                      "", *body, "", ""])


REMINDER = message(
    "admin@list.example", "Mon, 2 Mar 2026 08:00:00 +0000",
    "[teach-l] Monthly reminder: list guidelines",
    ["This is your monthly reminder of the list guidelines.",
     "Please do not reply-all to statements; write to the sender directly.",
     "", "To change your delivery options visit https://list.example/teach-l"])
CALL = message(
    "admin@list.example", "Mon, 2 Mar 2026 08:00:00 +0000",
    "[teach-l] Reminder: coordination call on Thursday",
    ["Dear members,", "",
     "A reminder that our monthly coordination call takes place on Thursday at 10:00 CET.",
     "Agenda: the teachers' statement, the spring calendar and the Berlin meeting.", "",
     "Dial-in details are on the wiki."])
ORIGINAL = message("press@tsn.example", "Wed, 4 Mar 2026 09:00:00 +0000",
                   "[teach-l] STATEMENT: Free the Ahvaz teachers", STATEMENT,
                   "Message-ID: <st-1@tsn.example>")
REPLY = message(
    "k@mail.example", "Thu, 5 Mar 2026 10:00:00 +0000",
    "Re: [teach-l] STATEMENT: Free the Ahvaz teachers",
    ["Thanks for this, we will translate it into Dutch for our union newsletter this week.",
     "", "On 4 Mar 2026, at 10:00, TSN <press@tsn.example> wrote:",
     *("> " + line for line in STATEMENT[2:9])],
    "In-Reply-To: <st-1@tsn.example>")


def converted(text: str, name: str = "list.mbox"):
    return convert(raw_from_bytes(text.encode("utf-8"), Path(name)))


def test_a_mailbox_imports_the_statement_not_the_list_reminder_before_it():
    got = converted(REMINDER + ORIGINAL + REPLY)
    assert SENTENCE in got.body
    assert "monthly reminder" not in got.body
    assert got.meta["date"] == "2026-03-04"
    assert got.title == "Free the striking teachers of Ahvaz now"
    note = next(n for n in got.report.notes if n.startswith("mailbox with 3 messages"))
    assert "message 2" in note.split("imported")[0] and "list's own business" in note


def test_a_mailbox_imports_the_call_notices_statement():
    got = converted(CALL + ORIGINAL)
    assert SENTENCE in got.body and "Dial-in" not in got.body


def test_the_original_beats_a_reply_that_quotes_it_whole():
    """The reply comes first and holds the statement's prose in its quote: the original still
    wins, and the reply's own thanks are not imported."""
    got = converted(REPLY + ORIGINAL)
    assert SENTENCE in got.body and "translate it into Dutch" not in got.body
    assert got.meta["date"] == "2026-03-04"
    note = next(n for n in got.report.notes if n.startswith("mailbox with 2 messages"))
    assert "answers message 2" in note


def test_a_single_message_mailbox_is_unchanged():
    got = converted(ORIGINAL)
    assert SENTENCE in got.body
    assert not any(n.startswith("mailbox with") for n in got.report.notes)


def test_evidence_of_a_statement_outweighs_the_lists_business():
    statement = statement_evidence("\n".join(STATEMENT), "STATEMENT: Free the teachers")
    call = statement_evidence("\n".join(CALL.split("\n\n", 1)[1].split("\n")),
                              "Reminder: coordination call")
    assert statement.score > 100 > 0 > call.score
    assert any("demand" in r for r in statement.reasons)
    assert any("headline" in r for r in statement.reasons)
    assert any("signers" in r for r in statement.reasons)


DIGEST_HEAD = [
    "From: teach-l-request@list.example",
    "Subject: Teach-L Digest, Vol 3, Issue 9",
    "Date: Fri, 6 Mar 2026 06:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Send Teach-L mailing list submissions to teach-l@list.example",
    "",
    "Today's Topics:",
    "",
    "   1. STATEMENT: Free the Ahvaz teachers (TSN)",
    "   2. Re: STATEMENT: Free the Ahvaz teachers (K)",
    "",
]


def digest_message(number: int, subject: str, date: str, body: list[str]) -> list[str]:
    return ["-" * 30, "", f"Message: {number}", f"Date: {date}", "From: someone@list.example",
            f"Subject: {subject}", "", *body, ""]


def test_a_digest_takes_the_original_over_a_longer_reply_quoting_it():
    """The reply has more words than the statement (its comment and the whole quote), never
    twice as many: by words alone no message stood out and the whole digest was kept."""
    reply = ["Thanks for this, we will translate it into Dutch for our union newsletter and "
             "send it to the teachers' federation in Utrecht before the weekend.", "",
             "On 4 Mar 2026, TSN wrote:", *("> " + line for line in STATEMENT)]
    text = "\n".join([
        *DIGEST_HEAD,
        *digest_message(1, "[teach-l] STATEMENT: Free the Ahvaz teachers",
                        "Wed, 4 Mar 2026 09:00:00 +0000", STATEMENT),
        *digest_message(2, "Re: [teach-l] STATEMENT: Free the Ahvaz teachers",
                        "Thu, 5 Mar 2026 10:00:00 +0000", reply),
        "-" * 30, "", "End of Teach-L Digest, Vol 3, Issue 9", ""])
    got = converted(text, "digest.eml")
    assert SENTENCE in got.body and "translate it into Dutch" not in got.body
    assert got.meta["date"] == "2026-03-04"
    assert any(n.startswith("e-mail digest of 2 messages: message 1") for n in got.report.notes)


def forwarded(note: str, sent: str = "Wed, 25 Nov 2026 22:41:00 +0000") -> str:
    """A coordinator's forward of a list post whose note sets the statement's release."""
    return "\n".join([
        "From: Roya <roya@desk.example>", "To: desk@coalition.example",
        "Subject: Fwd: FINAL text", "Date: Thu, 26 Nov 2026 08:02:57 +0100",
        "Content-Type: text/plain; charset=utf-8", "",
        "Forwarding the final text below.", "",
        "---------- Forwarded message ---------",
        "From: Hamid <hamid@truth.example>", f"Date: {sent}",
        "Subject: [coalition] FINAL text", "", f"> {note}", ">",
        *("> " + line for line in STATEMENT), ""])


def test_the_release_date_a_forward_sets_is_the_statements_date():
    got = converted(forwarded("It goes public on Thursday 26 November 2026 at 10:00 CET."),
                    "fwd.eml")
    assert got.meta["date"] == "2026-11-26"
    assert any("release date" in n for n in got.report.notes)


def test_an_embargo_before_the_mail_or_months_after_it_is_not_the_date():
    for note in ("Embargoed until 20 November 2026, now public.",
                 "It goes public on Thursday 26 March 2027."):
        got = converted(forwarded(note), "fwd.eml")
        assert got.meta["date"] == "2026-11-25", note


RELEASE = [
    "Deportations send Afghan women back into danger",
    "",
    "The Refugee Legal Centre warned today that the authorities have forcibly returned more "
    "than 400,000 Afghans since September, including women travelling alone.",
    "",
    "Our lawyers interviewed 126 people at the border crossing who said they were arrested at "
    "work or at home and deported without their wages.",
    "",
    "We call on the authorities to halt deportations to Afghanistan immediately and to let "
    "every person at risk apply for protection.",
    "",
]


def signers_of(lines: list[str]) -> list[str]:
    raw = raw_from_bytes(("\n".join(lines) + "\n").encode("utf-8"), Path("r.txt"))
    return list(convert(raw).meta.get("signatories") or [])


def test_an_organisation_that_warned_today_in_its_own_voice_signs_its_release():
    assert signers_of(RELEASE) == ["Refugee Legal Centre"]


def test_an_organisation_that_warned_today_in_a_report_does_not_sign_it():
    """Without the organisation's own voice after it ("we", or its name acting in the
    present), "X warned today" is a news story's: the story goes on in its own past tense."""
    report = [RELEASE[0], "", RELEASE[2], "",
              "Border officials said the returns were voluntary and that the camps near the "
              "crossing met every international standard.", "",
              "The Refugee Legal Centre called on the authorities to halt the deportations "
              "and to let every person at risk apply for protection.", ""]
    assert signers_of(report) == []
