"""States named after a signing cue sign a joint statement; a country beside an
organisation stays its affiliation."""
from workflow.importer.state_signers import split_states, state_run, state_signers


def test_states_after_cue_sign_in_order() -> None:
    text = ("We speak on behalf of a group of four States: Peru, Kenya, Fiji and the "
            "European Union. We thank the panel.")
    assert state_run(text) == ["Peru", "Kenya", "Fiji", "European Union"]


def test_label_over_a_line_of_states() -> None:
    assert state_signers(["Thank you.", "Signed on behalf of:", "Chad, Japan, Nepal"]) == [
        "Chad", "Japan", "Nepal"]


def test_a_run_with_a_non_country_is_no_state_list() -> None:
    assert state_run("Delivered on behalf of Oxlands, Chad and Japan.") == []
    assert state_run("On behalf of a group of 12 States and the European Union.") == []


def test_country_beside_an_organisation_is_an_affiliation() -> None:
    assert state_signers(["Signed by Free Press Watch (Germany), Fair Courts (Chile)"]) == []
    assert split_states(["Free Press Watch (Germany)", "Chile"]) == [
        "Free Press Watch (Germany)", "Chile"]


def test_a_signer_line_of_states_is_split() -> None:
    assert split_states(["Mali, Oman and Togo", "Some Org"]) == ["Mali", "Oman", "Togo", "Some Org"]


def test_closing_sentence_with_states_as_subject() -> None:
    text = "We thank you. Peru, Kenya and the European Union call on all parties to act."
    assert state_run(text) == ["Peru", "Kenya", "European Union"]
    assert state_run("Our members call on all parties to act.") == []


def test_signatories_heading_over_a_run_and_states_joining_later() -> None:
    texts = ["I thank you.", "List of signatories", "Chile, Czechia, New Zealand",
             "Joined after delivery: Spain, Togo", "Editorial sections: Iran · Human rights"]
    assert state_signers(texts) == ["Chile", "Czechia", "New Zealand", "Spain", "Togo"]


def test_a_later_labelled_line_not_all_states_ends_the_run() -> None:
    texts = ["Signatories:", "Chile, Japan", "Related: Iran, Human rights"]
    assert state_signers(texts) == ["Chile", "Japan"]


def test_a_heading_over_no_states_is_no_state_list() -> None:
    assert state_signers(["List of signatories", "Free Press Watch, Fair Courts"]) == []


def test_a_page_whose_states_list_the_body_dropped_still_signs(tmp_path) -> None:
    """A joint statement's list under its heading, after the body (dropped from the text as
    lines after the body): the States still sign."""
    from workflow.importer import convert, read_raw

    page = tmp_path / "statement.html"
    page.write_text(
        "<html><head><title>HRC - Joint statement on executions</title></head><body><main>"
        "<h1>Joint statement on the death penalty in Iran</h1>"
        + "".join(f"<p>We are deeply concerned that executions rose in {y}, with many people "
                  "put to death after unfair trials before Revolutionary Courts.</p>"
                  for y in (2021, 2022, 2023, 2024))
        + "<p>I thank you.</p><h3>List of signatories</h3>"
        "<p>Albania, Chile, Czechia, New Zealand, United Kingdom</p>"
        "<p><em>Joined after delivery:</em> Spain, Togo</p></main></body></html>",
        encoding="utf-8")
    signers = convert(read_raw(page)).meta.get("signatories")
    assert signers == ["Albania", "Chile", "Czechia", "New Zealand", "United Kingdom", "Spain",
                       "Togo"]


def test_states_supporting_a_statement_prose_articles_and_all() -> None:
    text = ("This statement is supported by the following members of the Coalition: Chile, "
            "the Netherlands, Japan and the United Kingdom.")
    assert state_run(text) == ["Chile", "Netherlands", "Japan", "United Kingdom"]


def test_supporting_states_outweigh_a_name_read_from_the_title(tmp_path) -> None:
    """"Joint Statement of the Open Net Coalition on Shutdowns and Repression" names no
    signer list; the States that support it at the end do."""
    from workflow.importer import convert, read_raw

    page = tmp_path / "statement.txt"
    page.write_text(
        "Joint Statement of the Open Net Coalition on Shutdowns and Repression in Iran\n\n"
        + "\n\n".join(f"The Coalition is deeply concerned by the shutdown of mobile data in "
                      f"{p} province, which cut people off from emergency services and their "
                      "families for many days." for p in ("Kurdistan", "Khuzestan", "Gilan"))
        + "\n\nThis statement is supported by the following members of the Coalition: Chile, "
        "the Netherlands, Japan and the United Kingdom.\n", encoding="utf-8")
    assert convert(read_raw(page)).meta.get("signatories") == [
        "Chile", "Netherlands", "Japan", "United Kingdom"]
