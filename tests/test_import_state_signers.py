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
