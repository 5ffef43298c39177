"""A list of signers cut into its items, each cleaned to one signer's name: runs split at
semicolons, commas, dots and the last "and" of a list; list markers, footnote marks, another
script's form and a person's role taken off; experts read with their UN mandates. Used by
workflow.importer.signers, which decides which items sign.
"""

from __future__ import annotations

import re

from workflow.importer.features import script_of
from workflow.importer.metadata import find_date
from workflow.importer.signatory_names import (
    GLUE,
    HEAD_NOUNS,
    PERSON_TITLE,
    ROLE_WORDS,
    WEAK_HEADS,
    is_name,
    is_organisation,
    is_person,
    is_place,
    name_shape,
)
from workflow.importer.text import words

# a list item's marker: a bullet, an emoji bullet, a number ("1.", "2)", "(3)")
# (a keycap number, "1️⃣", is a number in a post)
MARKER = re.compile(r"^(?:[-•*—–▪◦‣·►▸➤✅✔☑✓🔹🔸🔷🔶⚫⚪🟢🔴🟣🔵⭐✊📌👉\ufe0f\u200d]+|"
                    r"(?:\d\ufe0f?\u20e3)+|🔟|"
                    r"\(?\d{1,3}[.)]|[a-z][.)](?=\s))\s*")
# where a run of names in prose stops: "..., which ...", " on the execution of ..."
RUN_END = re.compile(r"(?:,?\s+(?:who|which|that|on|about|regarding|concerning|calling|urging|"
                     r"to|in|at|as|for|after|following|since|over|against|with)\s+"
                     r"(?=(?!(?:the|an?)\s+[A-Z])[a-z])|"
                     r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?:\s|$)|\s+[–—]\s+(?=[a-z])|"
                     # (a run reported in French, German or Spanish goes on at its articles:
                     # "A, l'Association …, la Ligue … et B")
                     r",\s+(?!(?:and|the|&|et|und|y|le|la|les|die|der|den|el|los|las|il|gli)\s|"
                     r"l['’][A-Z])(?=[a-z]))")
# an expert named with a mandate: "Mai Sato, Special Rapporteur on ..."
MANDATE = re.compile(r"^(?:the\s+)?(?:UN\s+)?(?:Special\s+Rapporteur|Independent\s+Expert|"
                     r"Chair|Vice[\s-]Chair|Chairperson|Member|Members|Working\s+Group|"
                     r"Expert|Rapporteur|Commissioner|President|Vice-President|Head)\b",
                     re.IGNORECASE)
QUALIFIER = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:section|chapter|branch|desk|office|"
                       r"bureau)$|^(?:in exile|abroad|international)$", re.IGNORECASE)
CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()./-]{6,}\d|\b(?:tel|fax|phone|e-?mail)\b|"
                     r"(?:^|,\s*)\d{1,5}[a-z]?,?\s+[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?"
                     r"(?:street|st|road|rd|avenue|ave|lane|boulevard|blvd|square|place|way|"
                     r"drive|strasse|straße|rue|via|calle|gasse|plein|laan)\b|"
                     r"\bp\.?\s?o\.?\s+box\b", re.IGNORECASE)
# an organisation's address in parentheses after its name: a social-media handle, a site, an
# e-mail ("Kooch Musicians' Union (@kooch.musicians.union)"), no part of the name
HANDLE_ASIDE = re.compile(r"\s*\((?:@[\w.]+|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)\)")
# a post's hashtags after a name, its tags, no part of it
HASHTAGS_END = re.compile(r"(?<=\S)(?:\s+#\w+)+$")
FOOTNOTE_END = re.compile(r"(?:\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z)])\d{1,2})$")
# a person's description in parentheses after the name, in running words ("Mina Rahbar
# (data engineer, Oslo)", "Dr. A (cryptography)"): what she does, no part of her name (a
# capitalised aside, "(Germany)", a place, stays with it, as lists print it)
PERSON_ASIDE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<aside>[^()]*\b[a-z][\w'’-]*[^()]*)\)$")


# "The Hamsedaa Campaign team" signing a mail: the campaign ("UK Union of Teaching Staff" and
# "Liberty Watch, Iran Team" are names of their own)
_TEAM = re.compile(r"^[Tt]he\s+(?P<name>[A-Z][^,]*?)(?:'s)?\s+team$")


def item(text: str, main: str) -> str | None:
    """One signer's name from its item: marker, other-script form, footnote mark and a
    person's role taken off; None for a line in another script."""
    text = MARKER.sub("", text.strip()).strip().rstrip(",;")
    text = FOOTNOTE_END.sub("", text).strip()
    text = HANDLE_ASIDE.sub("", text).strip()
    text = HASHTAGS_END.sub("", text).strip()  # "Free Unions Iran (@FreeUnionsIran) #FreeUnions"
    team = _TEAM.match(text)  # "The Hamsedaa Campaign team": the campaign signs
    if team and name_shape(team["name"]).kind == "organisation":
        text = team["name"]
    if not text:
        return None
    if main != "other" and script_of(text) != main:
        # "کانون نویسندگان ایران / Writers' Association": the part in the text's script
        parts = [p.strip() for p in re.split(r"\s+[/|–—-]\s+|\s*[()]\s*", text) if p.strip()]
        same = [p for p in parts if script_of(p) == main]
        if not same:
            return None
        text = same[0]
    text = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if script_of(m.group(1)) != main else
                  m.group(0), text).strip()
    text = re.sub(r"\s+[/|]\s+(\S.*)$", lambda m: "" if script_of(m.group(1)) != main else
                  m.group(0), text).strip()
    text = ROLE_ASIDE.sub("", text).strip()  # "Judge A (ret.), Norway", "B (lead submitter)"
    if person_with_role(text):
        text = re.split(r"\s*,\s*|\s+[–—]\s+|\s+\(", text)[0].strip()
    aside = PERSON_ASIDE.match(text)
    if aside and person_like(aside["name"]) and not QUALIFIER.match(aside["aside"].strip()) \
            and any(w[:1].islower() and w.lower() not in GLUE for w in words(aside["aside"])):
        text = aside["name"]
    text = text.rstrip(".,;:") if not re.search(r"\b[A-Z]\.$|\b[A-Za-z]{1,3}\.$", text) or \
        len(words(text)) > 3 else text
    return without_courtesy(_unquoted_end(text)) or None


def _unquoted_end(text: str) -> str:
    """The name without a closing quotation mark that opens nowhere in it: the end of a
    statement an article quotes, its list of signers last ("5. Women's Aid Network\"")."""
    end = re.search(r"\s*[\"”»]$", text)
    if end and text.count('"') % 2 == (1 if text.endswith('"') else 0) and \
            not re.search(r"[“«]", text):
        return text[:end.start()].rstrip()
    return text


# a courtesy title, no part of a signer's name (an academic's title is: it is how they sign)
# (nor is a peer's rank, "Baroness": the writers, and the lists, give the name alone as
# often)
COURTESY = re.compile(r"^(?:Ms|Mr|Mrs|Miss|Mx|Mme|Baroness|Baron|Lord|Lady)\.?\s+"
                      r"(?=[A-Z\u00C0-\u024F])")
# a lawyer's or a judge's form of address before the name ("Judge A", "Justice B", "Maître C",
# "Advocate D"): a courtesy too, where a person's name follows ("Justice for Iran" is none)
BENCH_AND_BAR = re.compile(r"^(?:(?:The\s+)?(?:Hon\.?|Honou?rable)\s+)?(?:Judge|Justice|"
                           r"Ma[iî]tre|Me\.?|Advocate|Adv\.|Barrister|Counsel(?:lor)?|Avv\.|"
                           r"Atty\.?|Attorney)\s+(?=[A-Z\u00C0-\u024F])|"
                           r"^(?:The\s+)?(?:Hon\.?|Honou?rable)\s+(?=[A-Z\u00C0-\u024F])")
# a role in parentheses after a name, no part of it ("(ret.)", "(lead submitter)",
# "(emeritus)", "(coordinator)"); a country or an acronym in them is ("(Sweden)", "(KLI)")
ROLE_ASIDE = re.compile(r"\s*\((?:ret\.?|retired|emerit\w*|lead(?:\s+[a-z]+)?|"
                        r"co-?(?:lead|ordinat\w*|convenor|chair)\w*|coordinat\w*|convenor|"
                        r"chair\w*|submitter|rapporteur)\)(?=$|[\s,;])", re.IGNORECASE)


# a minister's title before a person's name, with the congregation after it ("Pastor Elias
# Haddadian of the Assyrian Church Fellowship in Sydney"), as prose describes a signer: the
# person signs, by name (alone, "Rabbi Daniel Kessler" is how he signs, title and all)
CLERGY = re.compile(r"^(?:Pastor|Reverend|Rev\.?|The\s+Rev(?:erend|\.)?|Father|Fr\.|Rabbi|"
                    r"Imam|Sheikh|Shaykh|Bishop|Archbishop|Ayatollah|Mullah|Cardinal|Deacon|"
                    r"Elder|Mobed)\s+(?P<name>[A-Z\u00C0-\u024F][\w'’.-]+(?:\s+[A-Z\u00C0-\u024F]"
                    r"[\w'’-]+){1,3}?)\s+(?:of|from|at)\s+\S.*$")


# a retired professor's rank between the title and the name, no part of the name
EMERITUS = re.compile(r"^((?:Prof\.?|Professor)\s+)Emerit(?:us|a)\s+(?=[A-Z\u00C0-\u024F])")


def without_courtesy(name: str) -> str:
    """"Ms Katrīna Ozoliņa-Berg", "Mr. Morris Tidball-Binz": the person's name, without the
    courtesy title a release or a list puts before it ("Dr." and "Prof." stay); a minister's
    title and congregation ("Pastor A B of the C Church") likewise."""
    clergy = CLERGY.match(name)
    if clergy and name_shape(clergy["name"]).kind == "person" and \
            name_shape(name).kind != "organisation":
        return clergy["name"]
    name = EMERITUS.sub(r"\1", name)  # "Prof. Emeritus A B": Prof. A B
    bare = BENCH_AND_BAR.sub("", COURTESY.sub("", name))
    return bare if bare != name and name_shape(bare).kind == "person" else name


def person_with_role(text: str) -> bool:
    """"Prof. Helen Marsh, University of Leeds", "Parisa Kamali, former member ...": a person's
    name, then a role or an affiliation."""
    head = re.split(r"\s*,\s*|\s+[–—]\s+", text)[0].strip()
    if head == text.strip() or is_organisation(head):
        return False
    rest = text[len(head):]
    if re.match(r"\s+[–—]\s+", rest) and (is_place(rest.strip(" –—")) or re.fullmatch(
            r"[A-Z\u00C0-\u024F][\w'’-]+", rest.strip(" –—"))):
        return False  # "Abolition Now – Scandinavia": a branch's place, kept with the name
    people = split_run(text)
    if len(people) >= 2 and re.search(r"\s(?:and|&)\s", text) and \
            all(person_like(_OTHER_SCRIPT_END.sub("", item)) for item in people):
        return False  # "A, B, C and D": people, not one with a role ("A, King's Counsel, B")
    if len(people) >= 3 and not ROLE_WORDS.search(text) and \
            all(person_like(_OTHER_SCRIPT_END.sub("", item)) for item in people):
        return False  # "A, B, C, D": a run of people with no "and", as a chat's list has it
    bare = [re.sub(r"\s*\([^()]*\)", "", x) for x in people]  # (asides aside: "B (Univ…)")
    if len(people) >= 3 and re.search(r"\s(?:and|&)\s", text) and \
            all(is_name(x) and not ROLE_WORDS.search(x) for x in people) and \
            sum(name_shape(x).kind == "organisation" for x in people[1:]) >= 2:
        return False  # "A, the B Defenders and the C Lab": a list, the first no person
    if len(people) >= 3 and re.search(r"\s(?:and|&)\s", text) and \
            all(is_name(x) and not ROLE_WORDS.search(x) for x in bare) and \
            any(x != y for x, y in zip(people, bare, strict=True)) and \
            all(person_like(x) or name_shape(x).kind == "organisation" for x in bare):
        return False  # "A, Dr. B (University of X, retired) and the C": each a name, asides
    if ";" in text and len(people) >= 2 and all(";" not in p and person_with_role(p)
                                                for p in people):
        return False  # "A (Sweden), Rapporteur on …;  B (Poland), rapporteur on …": two
    if ";" in text and len(people) >= 2 and \
            all(person_like(re.sub(r"\s*\([^()]*\)$", "", p)) for p in people):
        return False  # "Prof. A (Leiden, in exile); Dr. B (Cork)": people parted by semicolons
    # (the name in another script after it, "Dr. A B (آ ب), Lecturer in …": still a person's)
    # (a role is then needed: "A (آ), B (ب) and C" is a run of names, not A with a role)
    if _OTHER_SCRIPT_END.search(head):
        return person_like(_OTHER_SCRIPT_END.sub("", head)) and bool(ROLE_WORDS.search(rest))
    return (person_like(head)) and (bool(ROLE_WORDS.search(rest)) or len(words(head)) <= 4)


# a parenthesis closing a name with no Latin letter in it ("(لیلا منصوری)", "(Лейла)")
_OTHER_SCRIPT_END = re.compile(r"\s*\([^()A-Za-z\u00C0-\u024F]+\)$")


def person_like(text: str) -> bool:
    return name_shape(text).kind == "person" or (bool(PERSON_TITLE.match(text)) and
                                                 is_person(PERSON_TITLE.sub("", text)))


def _qualifies(part: str) -> bool:
    """A qualifier of the name before it ("Iran Section", "UK Office", "in exile"): its words
    before the office's name are a place or none; "Minority Rights Desk" is a name of its own."""
    head = re.sub(r"\s*\b(?:section|chapter|branch|desk|office|bureau)$", "", part,
                  flags=re.IGNORECASE).strip()
    return not head or is_place(head) or head.lower() in ("in exile", "abroad", "international")


def split_run(text: str) -> list[str]:
    """A run of names split into its items: at semicolons (then commas stay inside an item),
    else at commas outside parentheses, and at the "and" before the last."""
    text = unquoted_end(text.strip()).rstrip(".;,:")
    # "A together with B and C": a partner joined as the list joins the others
    text = re.sub(r",?\s+(?:together|along|jointly)\s+with\s+(?=(?:the\s+)?[A-Z\d])", ", ", text)
    if (numbered := _numbered_items(text)) is not None:
        parts = numbered
    elif re.search(r"\s[·•|]\s", text):
        parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", text)]
    elif ";" in text:
        parts = [p.strip() for p in text.split(";")]
    elif len(re.findall(r"\s/\s", text)) >= 2 and not re.search(r",(?![^()]*\))", text):
        # "A / B / C": a slash between three names or more (one slash sets a name beside its
        # form in another script)
        parts = [p.strip() for p in re.split(r"\s+/\s+", text)]
    else:
        parts = [p.strip() for p in re.split(r",(?![^()]*\))", text)]
    # "the Association of ...": the article of running prose is no part of the name (nor is
    # it in the other languages a list is reported in: "l'Association …", "la Ligue …")
    parts = [re.sub(r"^(?:(?:and|&)\s+)?(?:(?:the|le|la|les|die|der|den|el|los|las|il|gli)\s+"
                    r"(?=[A-Z])|l['’](?=[A-Z]))?", "", p) for p in parts if p]
    merged: list[str] = []
    for part in parts:
        if merged and QUALIFIER.match(part) and _qualifies(part) and \
                not any(w.lower() in HEAD_NOUNS for w in words(part)[:-1]):
            merged[-1] += ", " + part  # "Scholars at Risk Network, Iran Section"
        else:
            merged.append(part)
    if merged:
        merged[-1:] = split_and(merged[-1], listed=len(merged) >= 2)
    return [p for p in merged if p]


# an item's number inside a run on one line: "1) A 2) B", "(1) A (2) B", "1. A 2. B"
INLINE_NUMBER = re.compile(r"(?:^|\s+)\(?(\d{1,2})[.)]\s+(?=\S)")


def _numbered_items(text: str) -> list[str] | None:
    """A run numbered on one line ("Signed by: 1) A 2) B 3) C") cut at its numbers, or None
    where the numbers are not the list's own: the run opens with "1", and they count up one
    by one (a "2." in a name, "Article 19. Network", breaks the count)."""
    marks = list(INLINE_NUMBER.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0 or \
            [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end():end].strip().rstrip(",;") for m, end in zip(marks, ends, strict=True)]


def unquoted_end(text: str) -> str:
    """The run without the closing quotation mark of the paragraph it ends ("Signed: A, B and
    C.\"" as a report quotes a statement whole): a mark that closes no quotation of its own."""
    while text and text[-1] in "\"”»" and \
            text.count("“") + text.count("«") < text.count("”") + text.count("»") + \
            (text.count('"') % 2):
        text = text[:-1].rstrip()
    return text


def split_and(text: str, listed: bool) -> list[str]:
    """"Rawadari and the Association of Iranian Lawyers" -> two names; "Centre for Law and
    Democracy" stays one: split where both sides are names, and (outside a list) where the
    first can stand alone ("Amnesty International and Human Rights Watch"). The "and" of the
    languages a coalition's list also comes in joins too ("A und B", "A et B", "A y B")."""
    best: tuple[float, list[str]] | None = None
    for match in re.finditer(r"\s+(?:and|&|und|et|y|og|och|en|ve)\s+(?:(?:the|le|la|les|die|"
                             r"der|den|el|los|las|il|gli)\s+|l['’])?(?=[A-Z\d])", text):
        left, right = text[:match.start()].strip(), text[match.end():].strip()
        if match.group(0).strip().startswith("&") and " and " in text:
            continue
        # (an aside after a name is no part of its shape: "A (Sweden)", "B (ب)")
        lshape, rshape = (name_shape(re.sub(r"\s*\([^()]*\)", "", x)) for x in (left, right))
        if not (lshape.kind and rshape.kind) or any(
                len(words(x)) == 1 and x.lower() in WEAK_HEADS for x in (left, right)):
            continue  # "Centre for Law and Democracy": "Democracy" is no organisation
        if match.group(0).strip().startswith("&") and len(words(left)) == 1 and \
                not left.isupper() and left.lower() in HEAD_NOUNS:
            continue  # "Pen & Press Exile Collective": a bare common noun names no one
        if not listed and not (lshape.complete and rshape.complete):
            continue
        # a name with an "and" of its own is the rarer: the split that leaves none wins
        score = int(lshape.complete) + int(rshape.complete) - \
            0.5 * sum(bool(re.search(r"\s(?:and|&)\s", x)) for x in (left, right))
        if best is None or score >= best[0]:  # a tie: the last "and" is the list's
            best = (score, [left, right])
    return best[1] if best else [text]


def run_head(text: str) -> str:
    """The run up to where its prose goes on; an aside in parentheses ends nothing
    ("Refugee Lawyers Collective (Tehran branch in exile); ...": the name goes on)."""
    for match in RUN_END.finditer(text):
        before = text[:match.start()]
        if before.count("(") <= before.count(")"):
            return before.strip()
    return text.strip()


# a petition's public signer, as its widget shows one: a first name and a town ("Maryam from
# Leeds", "Tom K. from Oslo"), a supporter of the campaign, not a signatory of the statement
PETITION_SIGNER = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z]\.?)?\s+from\s+[A-Z][\w'’ -]*$")


def without_date(text: str) -> str:
    """The run without the date its line ends with ("Issued by A, 3 February 2025")."""
    found = find_date(text)
    if found and text[found[2]:].strip(" .") == "":
        head = text[:found[1]].rstrip()
        if head.endswith(",") or re.search(r"\s[–—-]$", head):
            return head.rstrip(",–—- ")
    return text


def names_in_run(text: str, main: str, least: int = 1) -> list[str]:
    """The names of a run after a cue ("A, B, C and D."), [] unless every item is a name
    (and a lone name is plainly one)."""
    if mandates(text):
        experts = expert_names(text)  # "A, Special Rapporteur on …; B, …": before the cut
        if experts:
            return experts
    if len(_GROUP_IN_RUN.findall(text)) >= 2:  # "inside Iran: A, B; abroad: C": one run
        text = _GROUP_IN_RUN.sub(lambda m: ", " if m.group(1) else "", text)
    whole = without_date(text.strip().rstrip("."))
    text = without_date(run_head(text))
    if not text:
        return []
    if ";" in text and (people := _people_with_roles(text, main)):
        return people  # "A, Executive Director of B; C, High Commissioner …; and Dr D, …"
    if ";" in whole and (people := _people_with_roles(whole, main)):
        return people  # "A, a former judge; B, who served as …; and C, a retired …" (prose)
    if person_with_role(text):  # "Adele Khodr, UNICEF Regional Director for …": one person
        return [x for x in [item(text, main)] if x]
    items = [item(x, main) for x in split_run(text)]
    if len(items) < least or not all(items):
        return []
    if all(PETITION_SIGNER.match(x or "") for x in items):
        return []  # "Recent signers: Maryam from Leeds · Tom from Oslo": a petition's widget
    names = [x for x in items if x]
    if not all(is_name(x) for x in names):
        return []
    if len(names) == 1 and not (is_name(names[0], strict=True) or name_shape(names[0]).complete):
        return []
    if len(names) == 2 and not re.search(r"\s(?:and|&)\s", text) and \
            name_shape(names[0]).kind == "organisation" and len(words(names[1])) == 1 and \
            name_shape(names[1]).kind != "organisation":
        return names[:1]  # "Published by the A Initiative, London": its seat, no second signer
    return names


# a run's groups, each under its label ("inside Iran: A, B; abroad: C, D", "Organisations: A,
# B; Individuals: C"): a label of a word or three before a colon, at the run's start or after
# a semicolon
_GROUP_IN_RUN = re.compile(r"(^|;\s*)(?:[\w'’-]+\s+){0,2}[\w'’-]+:\s+(?=\S)")


def _people_with_roles(text: str, main: str) -> list[str]:
    """A run of people each with a role, parted by semicolons ("Anneliese Hoorn, UNCF
    Executive Director; Rashid Al-Mansouri, High Commissioner for Displaced Persons; and Dr
    Olufemi Adeyanju, Director-General of …"): each person's name; [] for any other run."""
    parts = [re.sub(r"^(?:and|&)\s+", "", p.strip()) for p in text.split(";") if p.strip()]
    if len(parts) < 2 or not all(person_with_role(p) for p in parts):
        return []
    names = [item(p, main) for p in parts]
    return [n for n in names if n] if all(n and person_like(n) for n in names) else []


def mandates(text: str) -> int:
    """How many people ``text`` names with a UN mandate after a comma ("Mai Sato, Special
    Rapporteur on …")."""
    return sum(1 for m in re.finditer(r"([^,;:]{3,60}),\s+(?=\S)", text)
               if person_like(re.sub(r"^(?:and|&)\s+", "", m.group(1).strip())) and
               MANDATE.match(text[m.end():]))


def _person_chunk(chunk: str) -> bool:
    return person_like(re.sub(r"\s*\([^()]*\)\s*$", "", chunk).strip())


def expert_names(text: str) -> list[str]:
    """People named with their mandates: split at semicolons (or before each next name), the
    name before its comma or parenthesis; a working group's members after its colon."""
    text = text.strip().rstrip(".")
    parts = [p.strip() for p in re.split(r";\s*", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|&)\s+", "", part)
        if ":" in part and not re.search(r"\d:\d", part):
            group, _, members = part.partition(":")
            if not (MANDATE.search(group) or re.search(r"working group|committee|members?",
                                                        group, re.IGNORECASE)):
                part = members.strip()  # "This statement was endorsed by: A, Special …"
            else:
                for member in re.split(r",\s*(?:and\s+)?|\s+and\s+", members):
                    name = re.sub(r"\s*\([^()]*\)\s*$", "", member).strip()
                    if person_like(name):
                        out.append(without_courtesy(name))
                continue
        # (a member's country and political group after the name, no part of it: "A B
        # (Norway, SOC), rapporteur on …")
        part = re.sub(r"\s*\([^()]*,[^()]*\)", "", part)
        chunks: list[str] = []
        for chunk in re.split(r",\s*", part):
            chunk = re.sub(r"^(?:and|&)\s+", "", chunk).strip()
            pair = re.split(r"\s+(?:and|&)\s+", chunk)
            # "C and D, Working Group on …": two members before their mandate
            chunks += pair if len(pair) == 2 and all(map(_person_chunk, pair)) else [chunk]
        for n, chunk in enumerate(chunks):
            name = re.sub(r"\s*\([^()]*\)\s*$", "", chunk).strip()
            after = next((c for c in chunks[n + 1:] if not _person_chunk(c)), "")
            if person_like(name) and (n == 0 or MANDATE.match(after) or "(" in chunk):
                out.append(without_courtesy(name))  # "A (Chair), B, C and D, Working …": all
    return out if out and len(out) >= len(parts) / 2 else []
