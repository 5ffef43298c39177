"""Is this a signer's name? Name-likeness measured on the shape of a short text, never on a list
of known names: capitalised words, organisation head nouns in several languages, acronyms, a
person's name with an optional title, and the absence of what makes a sentence (a finite verb,
a pronoun, a full stop at the end).

The first predicates (``is_organisation``, ``is_person``, ``name_run``) are also what the block
classifier and the signature-block finder use (re-exported by workflow.importer.metadata); the
rest are the signatory finder's (workflow.importer.signers).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from workflow.importer.text import SMALL_WORDS, ends_terminal, is_title_case, words, wordset

ORG_WORDS = wordset(
    "party parties organisation organization organisations organizations association associations "
    "committee committees council federation union front movement communities community network "
    "league society group coalition alliance foundation centre center institute campaign "
    "guerrillas activists trust watch collective assembly congress confederation syndicate forum "
    "chamber commission initiative families mothers bar ngo democrats socialists observatory "
    "programme program defenders jurists lawyers monitor")


def capital_start(text: str) -> bool:
    """Whether a name starts as names do: a capital, or digits run into one ("6Rang",
    "1500Tasvir")."""
    return text[:1].isupper() or bool(_DIGIT_CAPITAL.match(text))


_DIGIT_CAPITAL = re.compile(r"\d+[A-Z]")


def is_organisation(text: str) -> bool:
    """A signature line naming an organisation: a short name with an organisation word."""
    ws = words(text)
    if not ws or len(ws) > 16 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return any(w.lower() in ORG_WORDS for w in ws) and capital_start(text)


# a campaign's call over a name ("Save Shahla Kamrani", "Free Reza Valizadeh"): no one's name
_CALLS = frozenset({"save", "free", "release", "stop", "halt", "end", "justice"})


def is_person(text: str) -> bool:
    """A signature line naming a person: two to five capitalised words, no sentence, not a
    campaign's call with a name ("Save Shahla Kamrani")."""
    ws = words(text.split(",")[0])
    if not 2 <= len(ws) <= 5 or text.rstrip().endswith((".", "!", "?", ":")) or \
            ws[0].lower() in _CALLS or ":" in text.split(",")[0]:
        return False  # (a label and its value, "URGENT: Save …", is no name either)
    return is_title_case(text.split(",")[0]) and not any(w.lower() in ORG_WORDS for w in ws)


# Words of a person's role or affiliation after the name ("Dr. X, Professor of Law, University
# of Y"; "Tulia Ackson / President of the Inter-Parliamentary Union").
ROLE_WORDS = re.compile(r"\b(?:former|prisoner|professor|director|chair|president|rapporteur|"
                        r"lawyer|journalist|member|university|institute|coordinator|secretary|"
                        r"spokesperson|researcher|activist|lecturer|fellow|dean|judge|advocate|"
                        r"attorney|emeritus|editor|writer|author|founder|head|chairperson|"
                        r"general|expert|commissioner|minister|ambassador|officer|"
                        # (occupations a list of people signs with: "Omid Saberi, reporter")
                        r"reporter|photojournalist|photographer|cartoonist|columnist|"
                        r"correspondent|podcaster|fact-checker|filmmaker|film-maker|"
                        r"documentary maker|poet|translator|novelist|playwright|artist|"
                        r"musician|teacher|physician|surgeon|gynaecologist|nurse|scholar|"
                        r"historian|sociologist|economist|campaigner|blogger|counsel|"
                        r"barrister|solicitor)\b",
                        re.IGNORECASE)
PERSON_TITLE = re.compile(r"^(?:prof|dr|mr|mrs|ms|mx|sir|dame|judge|justice|hon|rev|sheikh|"
                          r"ayatollah|professor)\.?\s", re.IGNORECASE)
_RUN_SPLIT = re.compile(r"\s*[,;]\s*")
_LAST_AND = re.compile(r"^(.+?)\s+(?:and|&)\s+(\S.*)$")


def name_run(text: str, least: int = 3) -> list[str]:
    """The names of a line that lists signers in a run ("A, B, C and D"): each item an
    name (``least`` or more, one at least an organisation or a person, none a sentence);
    [] for anything else (a person with a role, "Scholars at Risk, Iran Section")."""
    text = text.strip().rstrip(".;,")
    items = [x for x in _RUN_SPLIT.split(text) if x]
    if items:
        # "..., Rawadari and the Association of ...": the article in running prose is no part
        # of the name ("The Freedom Fund", capitalised, is)
        items[-1] = re.sub(r"\s+(and|&)\s+the\s+(?=[A-Z])", r" \1 ", items[-1])
        items = [re.sub(r"^the\s+(?=[A-Z])", "", x) for x in items]
        last = _LAST_AND.match(items[-1])
        if last and all(x[:1].isupper() for x in last.groups()) and (
                all(len(words(x)) >= 2 for x in last.groups()) or
                (len(items) >= 3 and len(words(last.group(2))) >= 3 and
                 is_organisation(last.group(2)))):
            items[-1:] = list(last.groups())
    if len(items) < least or (least > 1 and not any(is_organisation(x) or is_person(x)
                                                     for x in items)):
        return []
    if len(items) > 1 and (is_person(items[0]) or PERSON_TITLE.match(items[0])) and \
            not is_organisation(items[0]) and any(ROLE_WORDS.search(x) for x in items[1:]):
        return []  # one person with a role and an affiliation, not a run of names
    if not all(x[:1].isupper() and 1 <= len(words(x)) <= 14 and not ends_terminal(x)
               for x in items):
        return []
    return items


# ---------------------------------------------------------------------------------------------
# Name-likeness: the signatory finder's measure.

# Nouns an organisation's name is built on, in the languages coalitions sign in. A name that
# ends on one of the first set is complete ("Amnesty International", "Human Rights Watch"); the
# second set make a text name-like without completing it ("Rights", "Justice").
HEAD_NOUNS = ORG_WORDS | wordset(
    "international watch network networks centre center centers centres association committee "
    "coalition foundation institute institution union unions society league council federation "
    "alliance initiative campaign group groups forum collective organisation organization "
    "movement trust front commission observatory project programme program fund party congress "
    "confederation syndicate desk section chapter office agency bureau service services "
    "clinic academy school college university polytechnic seminary conservatory department "
    "secretariat board panel mission partnership platform lab laboratory house circle club "
    "guild chamber cooperative partners "
    "co-op ngo ngos caucus council assembly tribunal court bar order brigade brotherhood "
    "sisterhood solidarity aid relief action voice voices friends defenders advocates lawyers "
    "jurists scholars writers journalists reporters workers teachers students women mothers "
    "families mission media press pen archive archives library museum records documentation "
    "studies research monitor tracker atlas review journal magazine news radio television "
    "bulletin newsletter gazette herald chronicle digest "
    "publishing publications editions hub hotline helpline team unit delegation ministry "
    "government parliament senate institut instituut "
    # French, Spanish, Portuguese, Italian, German, Dutch, Nordic, Persian transliterated
    "association ligue comité collectif réseau fédération confédération fondation syndicat "
    "centre conseil coordination "
    "observatoire mouvement asociación asociacion comité comision comisión confederación "
    "confederacion federación federacion fundación fundacion sindicato centro red colectivo "
    "consejo movimiento organización organizacion associação associacao federazione "
    "associazione sindacato fondazione lega comitato verband verein stiftung bund gewerkschaft "
    "netzwerk vereniging stichting bond förening forening forbund förbund journalistlag lag "
    "kanoon anjoman kanun jebhe sazman")
WEAK_HEADS = wordset("rights justice freedom liberty democracy peace truth accountability "
                     "defence defense protection human equality dignity solidarity")
# Words glued between the capitalised words of a name ("Lawyers for Lawyers", "Syndicat
# national des journalistes" is helped by its head noun instead).
GLUE = SMALL_WORDS | wordset(
    "against without within across among between behind beyond under after before "
    "de des du la le les el al da do dos das di della del dei e et y und für fur van von der "
    "den het og och i pour per sur en para con zu zur zum ve va bin ben ibn abu contre avec "
    "sans dans contra por sin gegen ohne")
# What a sentence has and a name has not: pronouns, auxiliaries, verbs of statements.
SENTENCE_WORDS = wordset(
    "we our ours us they their them you your he she him his her it its this that these those "
    "is are was were be been being am has have had having will would shall should can could "
    "may might must do does did not no never also which who whom whose where when what why how "
    "said says say call calls called calling urge urges urged urging demand demands demanded "
    "condemn condemns condemned ask asks asked express expressed remain remains stand "
    "support supports supported endorse endorses endorsed sign signs signed write wrote "
    "believe believes continue continues include includes including such very more most "
    "here there today yesterday than then because if so only all any every each many much")
# Roles and titles: a text of nothing else names an office, not a signer ("IPU President").
ROLE_ONLY = wordset(
    "president vice secretary general director executive deputy chair chairperson chairman "
    "chairwoman rapporteur special independent expert experts member members head spokesperson "
    "spokesman spokeswoman coordinator commissioner high representative envoy ambassador "
    "minister officer founder editor board co-chair co-founder senior acting interim chief "
    "adviser advisor professor lecturer fellow dean judge lawyer researcher activist")
_IMPERATIVES = wordset("take sign join act donate share write call add help send read learn "
                       "support stand tell demand follow download subscribe contact find see "
                       "get click visit register give order ensure allow guarantee grant "
                       "investigate quash abolish repeal")
_OPENING_PRONOUNS = wordset("we our they their this these those it its you your i he she his "
                            "her there here")
_ACRONYM = re.compile(r"(?:^|\s|\()([A-Z][A-Z0-9&]{1,9})(?=$|\s|\)|,)")
_NAME_PARTICLES = wordset("de da di del della van von der den du la le al el bin ben ibn abu "
                          "y e ter ten")


# "January 2025", "Page 2 of 3": a running header's or footer's, not a name's
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# ("November 13", "13 Nov": a chat's day divider, no name either)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:19|20)\d\d\b|\bpage\s+\d+\b|"
                         rf"^(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})$", re.IGNORECASE)

# a document's title closing on its date, in any language ("Council conclusions on Iran, 20
# October 2026", "Conclusiones del Consejo sobre Irán, 20 de octubre de 2026", "…, 20. Oktober
# 2026", "…, October 20, 2026"): a related document, never its signer
_DATED_TITLE = re.compile(r",\s+(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?|"
                          r"[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+)(?:19|20)\d\d$")


@dataclass(frozen=True)
class NameShape:
    """What a short text looks like as a signer: ``kind`` "organisation", "person", "name" (a
    capitalised name of no clear kind) or "" (not a name); ``complete``: it can stand alone as
    one signer (ends on a head noun, an acronym, a person's surname)."""

    kind: str
    complete: bool = False


def name_shape(text: str) -> NameShape:
    """The shape of ``text`` as a signer's name (see NameShape)."""
    text = text.strip()
    ws = words(text)
    if not ws or len(ws) > 18 or not _starts_name(text):
        return NameShape("")
    if (ends_terminal(text) and not _abbreviation_end(text)) or re.search(
            r"\w:\s|\s[·|]\s|\b\d{1,2}:\d\d\b", text):
        return NameShape("")  # a sentence; a label and its value ("From: X"); a menu; a time
    pairs = [(w, w.lower()) for w in ws]
    lower = [lw for _, lw in pairs]
    shouted = text.isupper()  # "WHY PEOPLE ARE SIGNING": every word is to be read
    if lower[0] in _OPENING_PRONOUNS or any(lw in SENTENCE_WORDS for w, lw in pairs
                                             if w[:1].islower() or shouted):
        return NameShape("")
    if role_only(text) or is_place(text) or _location(text) or _MONTH_YEAR.search(text) or \
            _DATED_TITLE.search(text) or \
            (lower[0] in _IMPERATIVES and len(ws) <= 4 and ws[-1][:1].islower()):
        # an office, a country, a town, a running footer, a dated document's title; "Take
        # action", "Sign the petition"
        return NameShape("")
    content = [w for w, lw in pairs if lw not in GLUE]
    capitalised = [w for w in content
                   if re.sub(r"^[ldLD][’']", "", w)[:1].isupper() or w[:1].isdigit()]
    ratio = len(capitalised) / len(content) if content else 0.0
    head = any(lw in HEAD_NOUNS or _fold(lw) in HEAD_NOUNS for lw in lower)
    if lower[0] in _IMPERATIVES and len(ws) >= 2 and ws[1][:1].islower() and \
            (not head or len(ws) >= 6):  # (a demand: "Order the immediate release of the six
        return NameShape("")  # … defenders"); a call to action: "Write to the Head of …"
    acronym = bool(_ACRONYM.search(text)) if not shouted else bool(re.search(r"\([A-Z]{2,}\)",
                                                                             text))
    last = lower[-1]
    if head or acronym:
        if ratio >= 0.5 or ws[0].lower() in HEAD_NOUNS:
            complete = last in HEAD_NOUNS or acronym or bool(re.search(r"\)$", text)) or (
                ratio == 1.0 and len(content) >= 2 and last not in WEAK_HEADS)
            return NameShape("organisation", complete)
        return NameShape("")
    if _person_shape(text):
        return NameShape("person", True)
    if ratio >= 0.6:
        weak = any(lw in WEAK_HEADS for lw in lower)
        return NameShape("organisation" if weak else "name",
                         ratio == 1.0 and len(content) >= 2 and last not in WEAK_HEADS)
    return NameShape("")


@cache
def _territories() -> dict[str, str]:
    """CLDR's English territory names (through babel), lowercased, by code: a letter code is a
    country, a numeric one a region of the world."""
    from babel import Locale

    return {code: name.lower() for code, name in Locale("en").territories.items()}


@cache
def _places() -> frozenset[str]:
    """Countries and regions by their English names: a table's country column, a place under
    a signature."""
    return frozenset(set(_territories().values()) |
                     {"usa", "uk", "u.s.", "u.k.", "the netherlands"})


@cache
def _states() -> frozenset[str]:
    """Countries alone (no regions), and the European Union: who signs as a State."""
    names = {name for code, name in _territories().items() if code.isalpha()}
    return frozenset(names | {"european union", "the european union"})


def is_place(text: str) -> bool:
    """A country or a region of the world, on its own ("United Kingdom", "Belgium"), or with
    its region in parentheses ("Iraq (Kurdistan Region)", as a table's country column has it)."""
    text = text.strip().rstrip(".,;")
    formal = _FORMAL_STATE.match(text)  # "Islamic Republic of Iran", "Kingdom of Norway"
    return text.lower() in _places() or bool(
        (part := re.fullmatch(r"(.+?)\s*\([^()]+\)", text)) and part[1].lower() in _places()) \
        or bool(formal and formal["state"].lower() in _places())


# a State's formal name, the country after its form of government
_FORMAL_STATE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:Republic|Kingdom|Federation|"
                           r"Emirates?|Sultanate|Principality|Grand\s+Duchy)\s+of\s+(?:the\s+)?"
                           r"(?P<state>[A-Z][\w'’ -]+)$")


def is_state(text: str) -> bool:
    """A country or the European Union, on its own: a State that can sign a joint statement
    ("the Netherlands" as prose writes it, too), by its formal name as the UN's lists give
    some ("Republic of Moldova", "Kingdom of Norway")."""
    bare = re.sub(r"^the\s+", "", text.strip().lower())
    formal = _FORMAL_STATE.match(text.strip())
    return bare in _states() or bool(formal and formal["state"].lower() in _states())


# a town with its postcode, an address's last line ("Utrecht 3500 BE", "1016 DV Amsterdam",
# "D-10115 Berlin", "75011 Paris"): where an organisation is, not who signs
_TOWN = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
_POSTAL_TOWN = re.compile(rf"^(?:{_TOWN}\s+\d{{4}}\s?[A-Z]{{2}}|\d{{4}}\s?[A-Z]{{2}}\s+{_TOWN}|"
                          rf"(?:[A-Z]{{1,2}}-\d{{4,5}}|\d{{5}})\s+{_TOWN})$")


def _location(text: str) -> bool:
    """A place line under a signature: "Sanandaj - Marivan" (single words between dashes),
    "Tabriz, Iran" (a word, then a country), "Utrecht 3500 BE" (a town and its postcode)."""
    if _POSTAL_TOWN.match(text) and not any(w.lower() in HEAD_NOUNS for w in words(text)):
        return True
    parts = [p.strip() for p in re.split(r"\s+[-–—/]\s+", text)]
    if len(parts) >= 2 and all(len(words(p)) == 1 and p[:1].isupper() for p in parts):
        return True
    head, _, rest = text.rpartition(",")
    return bool(head) and is_place(rest) and len(words(head)) <= 2 and \
        not any(w.lower() in HEAD_NOUNS for w in words(head))


def _fold(word: str) -> str:
    """The word without its accents ("unión" -> "union", "comité" -> "comite")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _starts_name(text: str) -> bool:
    return capital_start(text.lstrip("“‘\"'([")) and \
        sum(w[:1].isdigit() for w in words(text)) * 2 <= len(words(text))


def _abbreviation_end(text: str) -> bool:
    """"Inc.", "e.V.", "Ltd.", "Jr.", "(FIDH)." is no sentence's end."""
    return bool(re.search(r"(?:\b[A-Za-z]{1,3}\.|\b(?:[A-Za-z]\.){2,}|\))$", text.rstrip()))


def _person_shape(text: str) -> bool:
    """Two to five capitalised words (particles allowed: "Fernand de Varennes"), after an
    optional title ("Dr.", "Prof."), with no organisation word."""
    body = PERSON_TITLE.sub("", text).strip()
    if re.search(r"\s[-–—/|]\s|[,;:&]", body):
        return False  # "Sanandaj - Marivan": two places, not a given name and a surname
    ws = words(body)
    if not 2 <= len(ws) <= 5 or any(w.lower() in HEAD_NOUNS or w.lower() in WEAK_HEADS
                                     for w in ws):
        return False  # "Ahwaz Rights Bulletin", "Justice For Iran": no one's given name

    if any(w.lower() in GLUE and w.lower() not in _NAME_PARTICLES for w in ws):
        return False  # "Medics Without Borders", "Women For Justice": no one's name
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in ws) and \
        ws[0][:1].isupper() and ws[-1][:1].isupper()


def is_name(text: str, strict: bool = False) -> bool:
    """``text`` names a signer; ``strict`` (where nothing says signers are listed) asks for an
    organisation or a person, not merely capitalised words."""
    shape = name_shape(text)
    return shape.kind in ("organisation", "person") if strict else bool(shape.kind)


def role_only(text: str) -> bool:
    """A line naming an office and nothing else ("Secretary General", "IPU President"), or an
    organ of an organisation named elsewhere ("The Executive Committee")."""
    ws = words(text)
    lower = [w.lower() for w in ws]
    if ws and all(w in _ORGANS or w in ROLE_ONLY or w in GLUE for w in lower) and \
            any(w in _ORGANS for w in lower) and any(w in _ORGAN_KINDS for w in lower):
        return True
    return bool(ws) and any(w in ROLE_ONLY for w in lower) and all(
        w.lower() in ROLE_ONLY or w.lower() in GLUE or w.isupper() for w in ws)


# "The Executive Committee", "the Board", "Our Secretariat": a body of an organisation
_ORGANS = wordset("executive steering central management coordinating governing advisory "
                  "organising organizing national international general")
_ORGAN_KINDS = wordset("committee board secretariat team staff leadership bureau office council "
                       "assembly")
_ORGANS = _ORGANS | _ORGAN_KINDS
