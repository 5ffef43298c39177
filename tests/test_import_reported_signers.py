"""A news report naming a statement's signers in its own sentences: "The signatories include
A, B and the C.", "…, said the statement, which was signed by groups including A, B and C."
Organisations it only mentions sign nothing."""
from workflow.importer import convert, read_raw

_REPORT = ("Iran: Journalist held without charge for six months\n\n"
           "By Sara Niknam, Staff reporter\n\n"
           "Press freedom groups have demanded the release of a reporter held in Evin prison "
           "since May, saying she has been denied a lawyer and family visits.\n\n"
           "{sentence}\n\n"
           "The judiciary did not respond to a request for comment on the case on Tuesday.\n")


def _signers(tmp_path, sentence: str) -> list[str]:
    page = tmp_path / "report.txt"
    page.write_text(_REPORT.format(sentence=sentence), encoding="utf-8")
    return list(convert(read_raw(page)).meta.get("signatories") or [])


def test_the_signatories_include(tmp_path):
    sentence = ("The signatories include the Committee for Safe Newsrooms, Free Pens "
                "International and the Gulf Reporters' Network. They urge the authorities to "
                "drop the charges.")
    assert _signers(tmp_path, sentence) == [
        "Committee for Safe Newsrooms", "Free Pens International", "Gulf Reporters' Network"]


def test_a_statement_signed_by_groups_including(tmp_path):
    sentence = ("\u201cShe is punished for her reporting,\u201d said the statement, which was "
                "signed by groups including the Committee for Safe Newsrooms, Free Pens "
                "International and the Gulf Reporters' Network.")
    assert _signers(tmp_path, sentence) == [
        "Committee for Safe Newsrooms", "Free Pens International", "Gulf Reporters' Network"]


def test_organisations_only_mentioned_sign_nothing(tmp_path):
    sentence = ("The Committee for Safe Newsrooms and Free Pens International have both "
                "documented her case in their annual reports.")
    assert _signers(tmp_path, sentence) == []
