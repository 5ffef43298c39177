"""Signers listed on a statement's page in forms the finder missed (issue #10, fresh20): a
bilingual label whose other half is two words ("Unterzeichnende Organisationen /
Signatories"), a list of logos given by their alternative text ("[Logo: Nurses Watch]"), and
a press contact labelled in another language ("Pressekontakt:") that ends the list; each on
a small page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

PAGE = [
    "Menschenrechtsnetz Aurel e.V.",
    "Start   Über uns   Themen   Presse   Spenden",
    "",
    "Start › Presse › Erklärungen",
    "",
    "Veröffentlicht am 12.10.2026",
    "",
    "Free the detained river keepers of Lorvan: a joint statement",
    "",
    "Between 2 and 9 October 2026, police in Lorvan detained at least eleven volunteers who "
    "had been recording the pollution of the river by a tannery upstream.",
    "",
    "Several of them had already been questioned about the same work, and two are over "
    "seventy years old.",
    "",
    "The volunteers are accused of spreading false news, a charge that has no place in any "
    "legal system that protects the right to speak about the environment.",
    "",
    "We, the undersigned organisations, call for the immediate release of all of them and "
    "for the return of their cameras and notebooks.",
    "",
]
FOOTER = [
    "",
    "Teilen:  Facebook  X  Mastodon  E-Mail",
    "",
    "Menschenrechtsnetz Aurel e.V. · Impressum · Datenschutz · Kontakt",
    "© 2026 Menschenrechtsnetz Aurel e.V.",
]


def signed(*lines: str) -> list[str]:
    text = "\n".join([*PAGE, *lines, *FOOTER]) + "\n"
    raw = raw_from_bytes(text.encode("utf-8"), Path("p.txt"))
    return list(convert(raw).meta.get("signatories") or [])


LOGOS = ["[Logo: Aurel Network for Human Rights]", "[Logo: Riverkeepers Alliance of Lorvan]",
         "[Logo: Committee for Clean Water Defenders]", "[Logo: Northern Fishers Union]"]
NAMES = ["Aurel Network for Human Rights", "Riverkeepers Alliance of Lorvan",
         "Committee for Clean Water Defenders", "Northern Fishers Union"]


def test_a_list_of_logos_under_a_bilingual_label_names_its_signers():
    """"Unterzeichnende Organisationen / Signatories" opens the list (the other language's
    label is two words), each logo's alternative text is its signer's name."""
    assert signed("Unterzeichnende Organisationen / Signatories", *LOGOS, "",
                  "Press contact: presse@aurel.example") == NAMES


def test_a_press_contact_in_another_language_ends_the_list():
    """"Pressekontakt:" is a press contact: the person under it is no signer."""
    assert signed("Signatories", *NAMES, "", "Pressekontakt:",
                  "Lena Hartwig, Referentin für Menschenrechte",
                  "presse@aurel.example · +49 30 0000 111") == NAMES



MAIL_BODY = [
    "Dear all,", "",
    "Below is the final text, forwarded from the river list, for your signature.", "",
    "---------- Forwarded message ---------",
    "From: Tarn Valley Watch <office@tarnwatch.example>",
    "Subject: [river-l] Final text - detained river keepers", "",
    "> Free the detained river keepers of Lorvan", ">",
    *(f"> {line}" if line else ">" for line in PAGE[9:17]),
    "> Signatories",
    ">  1. Tarn Valley Watch",
    ">  2. Riverkeepers Alliance of Lorvan",
    ">  3. Committee for Clean Water Defenders",
    ">",
    "> -- ",
    "> river-l mailing list · To unsubscribe, send \"leave\" to",
    "> river-l-request@lists.example",
    ">",
    "> [Page 2 of the signature sheet]",
    ">  4. Northern Fishers Union",
    ">  5. Lowland Anglers for Clean Rivers",
]


def test_a_numbered_list_goes_on_after_a_footer_cut_into_it():
    """A forwarded list's footer ("-- " and the list's address) set between its items: the
    next item ("4. …") after it ends the footer, the list goes on."""
    text = "\n".join(["From office@tarnwatch.example Thu Oct 15 09:00:00 2026",
                      "From: Mira Olsen <mira@tarnwatch.example>",
                      "Date: Thu, 15 Oct 2026 09:00:00 +0200",
                      "Subject: Fwd: [river-l] Final text - detained river keepers",
                      "Content-Type: text/plain; charset=utf-8", "", *MAIL_BODY, "", ""])
    raw = raw_from_bytes(text.encode("utf-8"), Path("m.mbox"))
    assert convert(raw).meta.get("signatories") == [
        "Tarn Valley Watch", "Riverkeepers Alliance of Lorvan",
        "Committee for Clean Water Defenders", "Northern Fishers Union",
        "Lowland Anglers for Clean Rivers"]


NEWS = [
    "Rangers jailed over forest fires, rights groups say",
    "",
    "ANKARA — A court in Ilam has sentenced four forest rangers to prison terms of up to three "
    "years over their work against illegal logging, according to two conservation groups.",
    "",
    "The rangers were convicted of \"disturbing public order\" after they reported the names "
    "of logging contractors to the provincial environment office.",
    "",
]


def news_signed(*lines: str) -> list[str]:
    raw = raw_from_bytes(("\n".join([*NEWS, *lines]) + "\n").encode("utf-8"), Path("n.txt"))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_joint_statement_names_its_makers_after_their_kind():
    """"In a joint statement on Monday, the groups A and the B said …": the kind before the
    names ("the groups") is no part of the first one."""
    assert news_signed(
        "In a joint statement on Monday, the groups Forest Keepers Network and the Committee "
        "for Rangers' Rights said the verdicts were \"a punishment for doing their duty\".",
        "", "The provincial judiciary did not respond to a request for comment.") == [
        "Forest Keepers Network", "Committee for Rangers' Rights"]


POST = [
    "Forest Watch Channel",
    "",
    "🔴 Statement: Free the jailed forest rangers",
    "",
    "🌳 We, the groups protecting the northern forests, condemn the arrest of our colleagues.",
    "",
    "🔥 Four rangers who reported illegal logging near the river were arrested in October and "
    "accused of disturbing public order.",
    "",
    "📣 We demand the immediate release of all the jailed rangers and an end to their trial.",
    "",
]


def test_a_signing_hand_before_a_run_of_names_signs_a_post():
    """"✍️ A · B · C" closing a post: the writing hand is its "Signed:"."""
    text = "\n".join([*POST, "✍️ Forest Keepers Network · Green Valley Collective · "
                      "Association of Mountain Guides", "", "#FreeTheRangers", ""])
    raw = raw_from_bytes(text.encode("utf-8"), Path("post.txt"))
    assert convert(raw).meta.get("signatories") == [
        "Forest Keepers Network", "Green Valley Collective", "Association of Mountain Guides"]


def test_a_statement_issued_on_a_day_by_its_makers():
    """"The statement was issued on Sunday by A, B and the C.": when it was issued, between
    the verb and "by", keeps the cue whole."""
    assert news_signed(
        "The statement was issued on Sunday by the Forest Keepers Network, Rangers for "
        "Justice and the Association of Mountain Guides.", "",
        "The provincial judiciary did not respond to a request for comment.") == [
        "Forest Keepers Network", "Rangers for Justice", "Association of Mountain Guides"]


def test_people_described_before_their_names_in_a_signed_by_run():
    """"signed by the painter A B, the cellist C D and the E": what each person is, in lower
    case before the name, is no part of it, wherever in the run."""
    assert news_signed(
        "This letter is signed by the painter Lina Farrow, the cellist Omar Vessel, the "
        "Forest Keepers Network and the Association of Mountain Guides.") == [
        "Lina Farrow", "Omar Vessel", "Forest Keepers Network", "Association of Mountain Guides"]
