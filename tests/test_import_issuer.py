"""A single organisation's own release is signed by it: it opens acting in its name (after a
dateline, or under a standfirst) and speaks again later, in its name, as "we" or through its
officer; a report mentioning an organisation's past call once is signed by nobody."""
from workflow.importer import convert, read_raw


def _signers(tmp_path, text: str) -> list[str]:
    page = tmp_path / "release.txt"
    page.write_text(text, encoding="utf-8")
    return list(convert(read_raw(page)).meta.get("signatories") or [])


_BODY = ("The men were tried in closed hearings that lasted less than an hour, without a "
         "lawyer of their choosing, and their families were not told of the verdicts.")


def test_an_organisations_release_after_a_dateline_is_signed_by_it(tmp_path):
    """ "London, 29 May 2025 — The X Project condemns …" then "said A, director of the X
    Project": the organisation issues its own release, and signs it."""
    text = ("Iran: Halt the executions of three prisoners\n\n"
            "London, 29 May 2025 — The Tamarisk Justice Project condemns the death sentences "
            "handed down to three men in Zahedan last week.\n\n" + _BODY + "\n\n"
            "\u201cThese sentences must be quashed,\u201d said Dr Lina Farzad, director of the "
            "Tamarisk Justice Project.\n")
    assert _signers(tmp_path, text) == ["Tamarisk Justice Project"]


def test_an_organisation_alarmed_then_speaking_as_we_signs(tmp_path):
    text = ("Iran: Halt the executions of three prisoners\n\n"
            "Geneva, 21 October 2025 – Tamarisk Rights Watch is alarmed by reports that three "
            "prisoners were moved to solitary confinement.\n\n" + _BODY + "\n\n"
            "We call on the authorities to halt the executions and to grant the men a retrial.\n")
    assert _signers(tmp_path, text) == ["Tamarisk Rights Watch"]


def test_a_report_mentioning_an_organisations_past_call_once_is_not_signed(tmp_path):
    text = ("Iran: Three prisoners at risk of execution\n\n"
            "London, 29 May 2025 — The Tamarisk Justice Project condemned the sentences, a "
            "spokesperson told reporters.\n\n" + _BODY + "\n\n"
            "The judiciary did not reply to a request for comment.\n")
    assert _signers(tmp_path, text) == []


def test_an_organisation_taking_up_its_name_by_its_head_noun_signs(tmp_path):
    """ "The Tamarisk Foundation for Human Rights is gravely concerned …" then "information
    collected by the Foundation": the organisation speaks of itself."""
    text = ("Iran: Women prisoners denied medical care\n\n"
            "The Tamarisk Foundation for Human Rights is gravely concerned for the health of "
            "nineteen women held in Qarchak prison.\n\n" + _BODY + "\n\n"
            "Information collected by the Foundation from relatives shows that transfers to "
            "hospital were refused again and again.\n")
    assert _signers(tmp_path, text) == ["Tamarisk Foundation for Human Rights"]


def test_the_head_noun_of_another_body_is_no_confirmation(tmp_path):
    text = ("Iran: Women prisoners denied medical care\n\n"
            "The Tamarisk Foundation for Human Rights is gravely concerned for the health of "
            "nineteen women held in Qarchak prison.\n\n" + _BODY + "\n\n"
            "The Foundation of the Oppressed, a state body, did not reply.\n")
    assert _signers(tmp_path, text) == []


def test_a_release_whose_first_sentence_closes_on_its_issuer_speaking(tmp_path):
    text = ("Iran: Halt the execution of a young protester\n\n"
            "The Iranian authorities must immediately halt the execution of Arash Jalali, a "
            "23-year-old protester, Tamarisk Rights Watch said today.\n\n" + _BODY + "\n\n"
            "We call on the authorities to quash the sentence and to grant him a fair retrial.\n")
    assert _signers(tmp_path, text) == ["Tamarisk Rights Watch"]


def test_a_body_publishing_its_own_findings_today_signs(tmp_path):
    text = ("Committee publishes its findings on Iran\n\n"
            "The Tamarisk Committee on the Rights of the Child today published its concluding "
            "observations on the Islamic Republic of Iran.\n\n" + _BODY + "\n\n"
            "The Committee urged the authorities to end the execution of child offenders.\n")
    assert _signers(tmp_path, text) == ["Tamarisk Committee on the Rights of the Child"]
