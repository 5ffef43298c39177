"""The small statement the importer's focused tests build their pages around: three sentences
of a body (a hard-wrapped or HTML page of their own around them) and three signers."""

from __future__ import annotations

BODY = [
    "The authorities arrested eleven members of the nurses’ association at dawn on Monday and "
    "took them to an unknown location, their families said.",
    "None of them has been charged, and their lawyers have not been allowed to see them or "
    "to read the files that the prosecutor says exist.",
    "We call for their immediate release and for an end to the harassment of nurses who "
    "ask to be paid on time.",
]
ORGS = ["Nurses Watch", "Health Workers Union", "Medics Without Borders"]
