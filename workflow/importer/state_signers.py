"""States that sign an intergovernmental joint statement: a run of country names (CLDR
territory names via Babel, plus "the European Union") after a signing cue ("on behalf of",
"signed by", "joint statement by"). A country beside an organisation's name stays an
affiliation: only a run introduced by such a cue, made of country names alone, signs."""
import re

from workflow.importer.signatory_names import is_state
from workflow.importer.signer_labels import LABEL

_CUE = re.compile(r"\b(?:on\s+behalf\s+of|(?:co-?)?signed\s+by|(?:supported|endorsed|joined|"
                  r"co-?sponsored)\s+by|joint\s+statement\s+(?:by|of))\b\s*", re.IGNORECASE)
# what may stand between the cue and its run: "the following States:", "a group of 17 States:"
_LEAD = re.compile(r"^[^:.]{0,80}:\s*")
# a closing sentence whose subject is the States: "A, B and C (jointly) call on / urge ..."
_CLOSING = re.compile(r"^(.+?)\s+(?:jointly\s+|therefore\s+)?(?:call\s+(?:on|upon)|urge)\b")
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")


def _states(run: str, least: int = 2) -> list[str]:
    """The States of ``run`` ("A, B and the C"), in order, when ``least`` or more items are
    all countries; else nothing."""
    items = [i.strip().rstrip(".;") for i in _SPLIT.split(run.strip().rstrip(".;")) if i.strip()]
    if len(items) < least or not all(is_state(i) for i in items):
        return []
    return [re.sub(r"^the\s+", "", i, flags=re.IGNORECASE) for i in items]


def state_run(text: str) -> list[str]:
    """The country names a cue in ``text`` introduces, in order (two at least, all
    countries), or nothing."""
    for cue in _CUE.finditer(text):
        found = _states(_LEAD.sub("", text[cue.end():].strip(), count=1).split(". ")[0])
        if found:
            return found
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        closing = _CLOSING.match(sentence)  # "Peru, Chad and Fiji call on ..."
        if closing and (found := _states(closing.group(1))):
            return found
    return []


# a short label before a run on its line: "Joined after delivery: A, B", "Co-sponsors: A, B"
_SHORT_LABEL = re.compile(r"^(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*:\s*(?=\S)")


def _labelled_run(text: str) -> list[str]:
    """The countries a short label opens on ``text``'s line (one at least), or nothing."""
    label = _SHORT_LABEL.match(text)
    return _states(text[label.end():], least=1) if label else []


def state_signers(texts: list[str]) -> list[str]:
    """The first run of signing States in ``texts`` and the runs that go on with it ("Joined
    after delivery: A, B"); a cue or a signers' label alone on its line ("Signed on behalf
    of:", "List of signatories") takes the next line as its run."""
    for i, text in enumerate(texts):
        text, i = _wrapped_on(texts, i)
        found = state_run(text)
        alone = i + 1 < len(texts) and (
            (_CUE.search(text) and text.rstrip().endswith(":")) or LABEL.match(text.strip()))
        if not found and alone:
            run, i = _wrapped_on(texts, i + 1)
            found = state_run("on behalf of " + run)
        if not found:
            continue
        for after in texts[i + 1:i + 4]:  # later runs under their own short labels
            more = _labelled_run(after)
            if not more:
                break
            found += more
        return found
    return []


def _wrapped_on(texts: list[str], i: int) -> tuple[str, int]:
    """``texts[i]`` with the lines it goes on into while each ends at a comma (a run of
    countries hard-wrapped over a PDF's lines, "A, B, C," / "D, E and F."), and the index of
    its last line."""
    text = texts[i]
    while text.rstrip().endswith(",") and i + 1 < len(texts):
        i += 1
        text = f"{text.rstrip()} {texts[i].strip()}"
    return text, i


def split_states(names: list[str]) -> list[str]:
    """``names`` with a name that is a whole run of countries ("Peru, Chad and Fiji", a line
    under a label "Signed on behalf of:") split into its States."""
    out: list[str] = []
    for name in names:
        out += state_run("on behalf of " + name) or [name]
    return out
