"""An independent experts' release ends at the line naming them ("The experts: …"): the
standing description of their mandates after it, which every such release carries, goes (and is
reported), while the experts stay its signatories."""

from __future__ import annotations

from workflow.importer import convert, read_raw

BODY = [
    "GENEVA (3 June 2026) – Independent experts today urged the authorities to halt the "
    "execution of three farmers sentenced to death after a dispute over water rights.",
    "“These men were convicted on the basis of confessions they say were extracted under "
    "torture, after trials that lasted minutes,” the experts said.",
    "The experts noted that the men had no access to lawyers of their choosing at any stage "
    "of the proceedings, in violation of the right to a fair trial.",
    "The experts urged the authorities to quash the sentences, to investigate the allegations "
    "of torture and to establish a moratorium on the use of the death penalty.",
]
EXPERTS = ("The experts: Amara Diallo, Special Rapporteur on extrajudicial, summary or "
           "arbitrary executions; Tomas Lindgren, Special Rapporteur on torture.")
STANDING = ("Special Rapporteurs are part of what is known as the Special Procedures of the "
            "Human Rights Council. They work on a voluntary basis; they are not staff and do "
            "not receive a salary for their work.")


def test_the_standing_description_after_the_experts_line_goes(tmp_path):
    page = "\n\n".join(["Human Rights Office | Press releases",
                        "Farmers face execution, experts warn", *BODY, EXPERTS, STANDING,
                        "Media contact: press@rights.example"])
    path = tmp_path / "release.txt"
    path.write_text(page, encoding="utf-8")
    conversion = convert(read_raw(path))
    body = " ".join(conversion.body.split())
    assert all(s in body for s in BODY) and "The experts: Amara Diallo" in body
    assert "Special Procedures" not in body
    assert conversion.meta["signatories"] == ["Amara Diallo", "Tomas Lindgren"]
    removed = "\n".join(e.reason for e in conversion.report.removed
                        if "Special Procedures" in e.text)
    assert "after the line naming the experts" in removed


def test_a_quoted_paragraph_after_the_experts_line_stays(tmp_path):
    quoted = ("“We stand ready to assist the authorities,” the experts added, recalling their "
              "earlier communications to the Government on these cases.")
    page = "\n\n".join(["Farmers face execution, experts warn", *BODY, EXPERTS, quoted])
    path = tmp_path / "release.txt"
    path.write_text(page, encoding="utf-8")
    assert quoted in " ".join(convert(read_raw(path)).body.split())
