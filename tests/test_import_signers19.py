"""Signers as reports of a statement name them (issue #10, the round before fresh19): a run
ending in a titled person ("… as well as the academic Dr. Emanuele Ricci"), the signers in
apposition to a plural subject ("The groups, A, B and C, said …"), one person "who endorsed
the statement": each on a small news page of its own, through convert()."""

from __future__ import annotations

from pathlib import Path

from workflow.importer import convert
from workflow.importer.rawinput import raw_from_bytes

NEWS = [
    "Rights groups condemn demolitions of Bahai homes",
    "",
    "DUBAI, Nov 9 (CNW) - Rights groups on Monday condemned the demolition of at least "
    "fourteen homes in villages outside Shiraz, calling it part of a campaign against a "
    "religious minority.",
    "",
    "\"These families have farmed this land for four generations,\" the statement said. "
    "\"They were given no court order and no notice.\"",
    "",
    "A provincial judicial official said the buildings had been constructed illegally, but "
    "gave no further details.",
    "",
]


def signed(*lines: str) -> list[str]:
    raw = raw_from_bytes(("\n".join([*NEWS, *lines]) + "\n").encode("utf-8"), Path("n.txt"))
    return list(convert(raw).meta.get("signatories") or [])


def test_a_reported_run_ending_in_a_titled_person_stays_whole():
    """"Dr." is no sentence's end: the run goes on to the person it titles."""
    assert signed("Signatories named in the statement included the Coalition for Freedom of "
                  "Belief, the Interfaith Council of Lausanne and the Sadaf Foundation, as "
                  "well as the academic Dr. Emanuele Ricci.", "",
                  "The United Nations has said persecution may amount to a crime.") == [
        "Coalition for Freedom of Belief", "Interfaith Council of Lausanne",
        "Sadaf Foundation", "Dr. Emanuele Ricci"]


def test_signers_in_apposition_to_the_groups_that_said_it():
    assert signed("The groups, the Karun Rights Observatory, Ahwazi Women's Network and "
                  "Digital Access Watch, said the shutdown was \"a tool to make repression "
                  "invisible\".", "") == [
        "Karun Rights Observatory", "Ahwazi Women's Network", "Digital Access Watch"]


def test_a_person_who_endorsed_the_statement():
    assert signed("Laleh Mousavi, a lawyer who represents several families and who endorsed "
                  "the statement, told the paper that none had seen a lawyer.", "") == [
        "Laleh Mousavi"]


def test_a_person_who_spoke_about_it_signs_nothing():
    """Quoted or described, a person signs only where the report says she endorsed it."""
    assert signed("Laleh Mousavi, a lawyer who represents several families, told the paper "
                  "that none had seen a lawyer.", "") == []


def test_labels_saying_who_launched_and_co_sponsored_it():
    """"Launched by: A" and "Co-sponsored by: B · C" under the text: the initiator and its
    co-sponsors sign, in order, the dots between them no part of a name."""
    assert signed("Launched by: Daughters of Revolution Street Foundation",
                  "Co-sponsored by: Women Lawyers for Equality (Toronto) · Mahsa Network Berlin"
                  " · Free Hair Collective", "") == [
        "Daughters of Revolution Street Foundation", "Women Lawyers for Equality (Toronto)",
        "Mahsa Network Berlin", "Free Hair Collective"]


RELEASE = [
    "Baha'i farmers stripped of their land",
    "",
    "{opening} the confiscation of farmland belonging to at least 23 Baha'i families in the "
    "villages around Sari.",
    "",
    "The rulings, issued between August and October, describe the families as having no "
    "legitimate right to property.",
    "",
    "{later} the authorities to end every form of economic discrimination against Baha'is.",
    "",
    "{later} governments with embassies in Tehran to observe the appeal hearings.",
    "",
]


def released(opening: str, later: str) -> list[str]:
    text = "\n".join(RELEASE).format(opening=opening, later=later) + "\n"
    return list(convert(raw_from_bytes(text.encode("utf-8"), Path("r.txt"))).meta
                .get("signatories") or [])


def test_an_organisations_release_that_warned_today_and_speaks_as_we():
    """"A warned today that …" (or "A today condemned …") opening, "We urge …" paragraph
    after paragraph in its own unquoted words: A issues its release, and signs it; behind a
    dateline of places alone ("London / Tehran — A …") too."""
    assert released("The Freedom of Religion Council warned today that courts ordered",
                    "We urge") == ["Freedom of Religion Council"]
    assert released("London / Tehran — The Freedom of Religion Council today condemned",
                    "We urge") == ["Freedom of Religion Council"]


def test_a_report_of_what_an_organisation_said_is_no_signature():
    """Without the organisation's own voice later ("We urge …"), a past act is a report."""
    assert released("The Freedom of Religion Council warned today that courts ordered",
                    "Diplomats have urged") == []


def _html_signers(strip: str) -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in NEWS[2::2])
    page = (f"<html><head><title>Release</title></head><body><article><h1>{NEWS[0]}</h1>"
            f"{body}<h2>Signatories</h2>{strip}</article></body></html>")
    return list(convert(raw_from_bytes(page.encode("utf-8"), Path("p.html"))).meta
                .get("signatories") or [])


def test_a_logo_strip_signs_by_its_alt_texts():
    """Items that show only a logo stand for the group its alt text names; an alt text that
    describes the picture ("logo of …") names no one."""
    strip = ('<ul class="logos"><li><img src="a.png" alt="Bidar Teachers\' Network"></li>'
             '<li><img src="b.png" alt="Qarchak Families Committee"></li>'
             '<li><img src="c.png" alt="Red Thread Feminist Collective"></li></ul>')
    assert _html_signers(strip) == [
        "Bidar Teachers' Network", "Qarchak Families Committee", "Red Thread Feminist Collective"]
    assert _html_signers(strip.replace('alt="', 'alt="Logo of ')) == []


def test_people_whose_roles_hold_years_and_numbers():
    """"A B, teacher, held in Evin 2019-2021": the years are her history, not a date line or
    a telephone number; she signs. A contact's number still is one."""
    people = ["Mahin Sadeghi, teacher, held in Evin 2019-2021",
              "Bahman Rostami, student activist, held in Ward 209 2022",
              "Shirin Abedi, journalist, held in Kerman 2023"]
    assert signed("Signatories:", *people, "") == [
        "Mahin Sadeghi", "Bahman Rostami", "Shirin Abedi"]
    assert signed("Signatories:", *people, "Media: Sara Ahmadi, +44 20 7946 0112", "") == [
        "Mahin Sadeghi", "Bahman Rostami", "Shirin Abedi"]


POST = [
    "Why I will not stop counting",
    "",
    "By Shirin Vafadar · 12 November 2026 · 7 min read",
    "",
    "Every Friday evening I open a spreadsheet that nobody should have to keep. It lists the "
    "lawyers in Iran who have been summoned, arrested or sentenced because of their clients.",
    "",
    "Since September, at least fourteen defence lawyers have been detained, and two were "
    "arrested in the corridor of the Revolutionary Court minutes after a hearing.",
    "",
    "{close}",
    "",
]


def posted(close: str) -> list[str]:
    text = "\n".join(POST).format(close=close) + "\n"
    return list(convert(raw_from_bytes(text.encode("utf-8"), Path("b.txt"))).meta
                .get("signatories") or [])


def test_a_post_appealing_in_its_authors_own_voice_is_signed_by_her():
    assert posted("I am asking colleagues abroad to write to their own bar associations and "
                  "to attend the hearings.") == ["Shirin Vafadar"]


def test_a_post_reporting_in_the_first_person_is_signed_by_no_one():
    """Met sources in the first person ("relatives I spoke to"), but asks nothing in it."""
    assert posted("The families I spoke to have not been told where the lawyers are held, "
                  "and the court did not answer my questions.") == []


def test_a_statement_by_one_office_holder_or_one_organisation():
    """"Statement by Dr. A B, Director-General" and "A briefing by C" at the top: the one
    office holder, or the one organisation, signs."""
    assert signed("Statement by Dr. Amara Okonjo-Vale, Director-General", "") == [
        "Dr. Amara Okonjo-Vale"]
    assert signed("A briefing by Campus Rights Monitor", "") == ["Campus Rights Monitor"]


def test_a_document_table_row_saying_who_issued_it():
    """A document's information table, its row "Issued by | A" (as the HTML reader sets a
    row out), over a text that speaks of "the Committee": A signs (fresh19's 705)."""
    from workflow.importer import read_raw

    page = Path(__file__).parent / "data/import/corpus/705-igo-worklabour.html"
    assert convert(read_raw(page)).meta.get("signatories") == [
        "Committee on Trade Union Freedoms"]


def test_a_person_quoted_who_signed_the_statement():
    assert signed("\"Families are loaded onto buses at night,\" said Sima Rezaei, a "
                  "coordinator with Hamrah Legal Aid, who signed the statement.", "") == [
        "Sima Rezaei"]


def test_a_headline_saying_who_speaks_and_its_officer_quoted():
    """"…, says Shahed Rights" over a release quoting "Kiana Sharifi, director of Shahed
    Rights": the organisation issues it, and signs; a headline's speaker the text never
    takes up again signs nothing."""
    release = ["Families still denied justice, says Shahed Rights", "",
               "London, 15 September 2026 - Three years after the protests, no official has "
               "been held responsible for the killing of at least 500 people.", "",
               "\"The authorities have hunted down the mothers who ask why their children "
               "died,\" said Kiana Sharifi, director of Shahed Rights.", ""]
    raw = raw_from_bytes(("\n".join(release) + "\n").encode("utf-8"), Path("s.txt"))
    assert convert(raw).meta.get("signatories") == ["Shahed Rights"]
    release[4] = "\"The authorities have hunted down the mothers,\" said one relative."
    raw = raw_from_bytes(("\n".join(release) + "\n").encode("utf-8"), Path("s.txt"))
    assert convert(raw).meta.get("signatories") is None


def test_a_sign_off_signed_with_feeling():
    """"Signed with love and rage," over a line of names parted by dots: they sign."""
    assert signed("Signed with love and rage,",
                  "Mahsa Collective Arts · Studio Zan Berlin · Persian Women Writers' Circle",
                  "", "#WomanLifeFreedom #ZanZendegiAzadi", "") == [
        "Mahsa Collective Arts", "Studio Zan Berlin", "Persian Women Writers' Circle"]


def test_groups_a_chats_members_say_sign():
    """A group chat's export (fresh18's 656): after the statement, "A signs" and "B signs
    too. Also …" in messages of their own add A and B after the statement's own signers."""
    from workflow.importer import read_raw

    page = Path(__file__).parent / "data/import/corpus/656-messaging-lawyersgroupsignal.txt"
    found = convert(read_raw(page)).meta.get("signatories") or []
    assert found[-1:] == ["Human Rights Desk of the Kurdish Bar Forum"]


def test_talk_about_signing_in_a_chat_names_no_one():
    from workflow.importer.signers import _signing_on

    removed = [(1, False, "chat", "Lawyers for Lawyers Network signs"),
               (2, False, "chat", "who else signs?"),
               (3, False, "chat", "Bahar signs off for tonight, see you"),
               (4, True, "body", "The Kurdish Bar Forum signs too.")]
    assert _signing_on(removed, "latin") == ["Lawyers for Lawyers Network"]


def test_a_label_in_two_languages_opens_the_list():
    """"Signataires / Signatories" over the list, as a bilingual page heads it."""
    assert signed("Signataires / Signatories", "",
                  "Veille Soufie Internationale", "Dervish Rights Watch",
                  "Forum for Religious Freedom in Iran", "") == [
        "Veille Soufie Internationale", "Dervish Rights Watch",
        "Forum for Religious Freedom in Iran"]
