"""The statement's title: candidate lines before the body, scored by the evidence for each.

Strongest first:

1. the page's own declaration: a line matching the title its format states (HTML headline
   chosen by workflow.importer.pagemeta, an e-mail's subject without "Fwd:"), else the HTML
   ``<h1>`` — unless that line is the site's name (its logo); a subject naming a newsletter
   and its issue ("The Visiting Room — Issue 27") declares the site's name, no headline; a
   declared issue headline ("Issue #87: …") gives way to the statement the issue announces
   (:func:`_carried_heading`);
2. a headline opening the body (ending in "?" or "!", or wrapped over two lines, or standing
   alone over a hard-wrapped paragraph: :func:`_standing_alone`), looked for past the label
   lines that may open it ("Signed by: A; B", "To: …", "Re: …");
3. every heading-shaped line above the body is a candidate (menus, share bars, bylines, an
   addressee, an e-mail header, a bullet of a key-findings box, a wrapped paragraph's second
   line are not), read as the whole heading when wrapped over lines, scored by
   :func:`evidence` and :func:`topicality`: against it, three words or fewer, furniture words,
   a section label ("Press release"), the site's name, an attribution ("Joint submission by A,
   B and C"), a cover's "Submitted by:" list (never eligible: :func:`authors_list`), a
   submission's label naming the body it goes to under a cover headline
   (:func:`_submission_covers`), a name over its web address, a follow-up's reference ("FURTHER
   INFORMATION ON UA 201/25"), a block of particulars (session, byline, date), running text
   above it, a channel's name over its counter, a label-and-figure field ("Reading time: 4
   minutes"), an addressee, a gloss in parentheses, an organisation's name alone (a
   letterhead, the more when it signs below: :func:`letterhead`), an item of a numbered
   contents list (never eligible);
   for it, its words recurring in the statement's opening
   (topicality), a statement naming itself ("Joint statement on …"), the running header
   repeating it; each candidate nearer the body costs ``RANK_COST``; the best one wins, the
   nearest on a tie (a thread's first post and a cover title the running header repeats are
   candidates however far above a body found late);
4. then a title over its subtitle (two headings, one under the other) is the upper one (unless
   evidence speaks against it: "Check against delivery" over the headline), and a
   photo's caption under its credit or a button's words give way to the line above; a
   heading under the body's opening note that announces it by its kind ("… an open letter …"
   over "Open letter on …") is the statement the page carries, and its title.

The chosen line is read whole when wrapped (:func:`wrapped_title`; a short sentence-case pair
whose second line opens on a name, caps lines ending in years), with a letter's "Re:" line as
its subtitle (:func:`with_subject`) and a kind label over an addressee ("OPEN LETTER" / "To the
…": :func:`with_kind`); :func:`clean_title` takes off what a channel or newsroom puts round a
headline, kickers ("THREAD:", "BREAKING |"), label tails ("— our statement") and trailing emoji
among them, and a post quoting the title of the statement it names keeps the quote
(:func:`quoted_title`); a headline parted by its colon and wrapped over two lines is read whole
(:func:`_colon_pair`).

A cover or letter head (workflow.importer.covers) adds its own evidence: a contents list's
entries never count toward the lines looked at above the body; an authors' label with its date
("Submitted on 11 July 2024 by:", or a lone "by" under the date) and the names under it, a line
saying when or on what occasion the document was issued, a self-description ("A joint statement
by …") are no headline; a letter head's copy line, dateline and kind ("OPEN LETTER") are passed
like its "To:" line to the headline under them; a State's name the text uses over the cover's
headline is no title over it; a submission's label gives way to a clean headline under it; a
title-case title over a sentence-case subtitle is two headings, not one wrapped; a short head
ending on its colon goes on with its capitalised subtitle, a headline broken inside its
enumeration ("…, Platform" / "Blocking and …") or before its place and years is read whole, and a
kicker of a headline set in capitals ("URGENT: HUNGER STRIKE …") is one of its words.

When no line qualifies the caller falls back on the first block; :func:`fallback` lets an
e-mail's subject (or a page's declared headline) stand instead of a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workflow.importer.classifier import (
    _ADDRESSEE,
    _PHOTO_CREDIT,
    _SYMBOL_BULLET,
    PageHints,
    _before,
    _byline,
    _defer,
    _prose_after,
    bare,
    heading_shaped,
    key,
    label_end,
)
from workflow.importer.covers import (
    contents_entry,
    copy_line,
    dateline_alone,
    enumeration_goes_on,
)
from workflow.importer.features import (
    Features,
    is_emoji,
    measure,
    script_of,
    without_leading_emoji,
)
from workflow.importer.formats.mail import SUBJECT_TAGS
from workflow.importer.lexicon import furniture_hits, stoplist
from workflow.importer.metadata import (
    MONTHS,
    find_date,
    is_organisation,
    is_person,
    stamp_line,
)
from workflow.importer.signatory_names import ORG_WORDS, is_title_case
from workflow.importer.signer_labels import COVER_BY, DOC_PART, sentences
from workflow.importer.signer_labels import INLINE as SIGNERS_INLINE
from workflow.importer.text import Line, ends_terminal, shorten, starts_lower, words, wordset

# words no headline ends on: a line ending on one goes on in the next ("… Deserve Better Than" /
# "Prison Cells and Pay Cuts")
_SMALL_END = wordset("a an and as at by for from in into of on or the to with than over after "
                     "against about between under without amid despite during through towards "
                     "toward onto upon via nor but that who whose which its their his her our "
                     "your must will would can could should shall may is are was were be been "
                     # a count spelled out needs its noun ("… in Urmia: eight" / "Kurdish
                     # prisoners on day 19")
                     "two three four five six seven eight nine ten eleven twelve dozens "
                     "hundreds thousands")
# words a section or document-type label is made of ("PRESS RELEASE", "News & statements")
LABEL_WORDS = wordset(
    "news latest press release releases media statement statements joint public update updates "
    "urgent action alert appeal blog post article opinion analysis briefing report submission "
    "letter open breaking feature features story stories campaign campaigns and the our of "
    "ngo ngos written oral declaration petition communiqué communique "
    "& | / - – — : latest")
_EMAIL_HEADER = re.compile(r"^(?:subject|from|to|cc|date|sent|reply-to)\s*:\s*", re.IGNORECASE)
_NOT_SUBJECT = re.compile(r"^(?:from|to|cc|bcc|date|sent|reply-to)\s*:", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^(?P<head>(?:[\w'’*-]+\s+){0,4}?)(?:by|from)\s+(?P<rest>\S.*)$",
                          re.IGNORECASE)
# a document's kind and its maker after "of" ("Statement of the Sedaye Zendan collective",
# "Déclaration de la Ligue …"): who issues it, said as by/from say it
_KIND_OF = re.compile(r"^(?P<head>(?:[\w'’*-]+\s+){0,2}?(?:statement|declaration|communiqu[eé]|"
                      r"appeal|letter|déclaration|erklärung|declaración))\s+(?:of|de|der|des|du)"
                      r"\s+(?P<rest>\S.*)$", re.IGNORECASE)
# a statement naming itself in its headline ("Joint Statement on …", "Open letter to …",
# "Statement by the Spokesperson on …", "Urgent action: …")
SELF_NAMED = re.compile(r"\b(?:statement|letter|appeal|declaration|submission|communiqu[eé]|"
                        r"petition|urgent action)\b(?:\s+by\b[^:]{1,80}?)?\s*(?:on|to|for|"
                        r"against|regarding|concerning|about|:)(?=\s)", re.IGNORECASE)
# a metadata field: a short label and a short value with a figure ("Reading time: 4 minutes",
# "Ref: 2026/14")
_FIELD = re.compile(r"^[^\W\d][\w ]{1,24}:\s*(?=.*\d)\S(?:\S*\s?){0,3}$")
# an addressee line ("To: …", "To the Head of the Judiciary …")
_TO = re.compile(r"^(?:to|attn|attention|cc)\s*:|^to\s+(?:the|all|his|her|their|members|"
                 r"governments|excellenc\w*|h\.\s?e\.)\b", re.IGNORECASE)
# a post's author handle before its text ("zanan.zendani.watch 🚨 …", "@iranrightsdesk …")
HANDLE = re.compile(r"^(?:@\w+|[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\s+(?=\S)")
_COUNTER = re.compile(r"^\s*[\d.,]+\s*[kKmM]?\s+(?:subscribers?|members?|followers?|online)\b",
                      re.IGNORECASE)


@dataclass
class Candidate:
    """A line that could be the title, with what speaks for and against it."""

    index: int
    score: float
    evidence: list[str] = field(default_factory=list)
    rank: int = 0  # candidates nearer the body
    topic: float = 0.0  # the part of the score that topicality gave

    @property
    def shape(self) -> float:
        """The score before nearness and topicality counted (a subtitle under its title says
        more of the text than the title does: that is no evidence against the title)."""
        return self.score + RANK_COST * self.rank - self.topic


def is_label(text: str) -> bool:
    """A section or document-type label ("PRESS RELEASE", "News & statements"), not a
    headline: at most six words ("Joint NGO submission and statement"), all of them label
    words."""
    ws = [w.lower() for w in words(text)]
    return bool(ws) and len(ws) <= 6 and all(w in LABEL_WORDS for w in ws)


def document_label(text: str) -> bool:
    """A label naming the document's kind and nothing else ("Joint NGO submission and
    statement", "PRESS RELEASE", "Open letter"): under the title it says what kind of text
    follows, and is neither a heading of it nor a sentence of it."""
    text = bare(text)
    return is_label(text) and bool(_KIND.search(text) or re.search(
        r"\b(?:press\s+release|communiqu[eé]|briefing|report)\b", text, re.IGNORECASE))


_ADDRESSED = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:statement|letter|appeal|submission|petition|"
                       r"communiqu[eé]|report)s?\s+to\s+(?:the\s+)?(?P<to>\S.*)$", re.IGNORECASE)
# what turns an addressee into a subject: a colon, or a preposition of the topic after the
# addressee's name ("… to the Council on the execution of protesters")
_TOPIC_AFTER = re.compile(r":|\s(?:on|about|concerning|regarding|against|over|for)\s",
                          re.IGNORECASE)


# a mandate's holder, named with its preposition ("THE SPECIAL RAPPORTEUR ON THE SITUATION OF …")
_MANDATES = frozenset({"rapporteur", "rapporteurs", "representative", "commissioner", "envoy",
                       "expert", "experts"})


def _topic_after(to: str) -> bool:
    """Whether an addressee goes on with what the document is about: a colon, or a preposition
    of the topic that is no part of the addressee's name. In a body's name the preposition
    goes on in capitals in a sentence-case line ("the UN Committee on Economic, Social and
    Cultural Rights"), or, in capitals or title case, follows its organisation word ("THE
    COMMITTEE ON THE RIGHTS OF THE CHILD"); a topic goes on in lowercase ("the Council on the
    execution of protesters")."""
    for found in _TOPIC_AFTER.finditer(to):
        if found.group().strip() == ":":
            return True
        before = words(to[:found.start()].lower())[-1:]
        after = [w for w in words(to[found.end():])[:2] if w.lower() != "the"][:1]
        named = before and before[0] in ORG_WORDS | _MANDATES
        if named if to.isupper() or is_title_case(to) else (after and after[0][:1].isupper()):
            continue  # the name's own complement
        return True
    return False


def addressed_kind(text: str) -> bool:
    """A document's kind and its addressee alone ("JOINT SUBMISSION to the Universal Periodic
    Review of the Islamic Republic of Iran Fifth Cycle", "Open letter to the Members of the
    European Parliament", "Joint Submission to the UN Committee on Economic, Social and Cultural
    Rights"): the label of a cover or a letter, a title only where the page has no headline
    saying what it is about."""
    found = _ADDRESSED.match(bare(text).strip())
    return bool(found) and not _topic_after(found.group("to"))


def is_field(text: str) -> bool:
    """A metadata field, a short label and a short value with a figure ("Reading time: 4
    minutes", "Ref: 2026/14"), not a headline ("Iran: 22 organisations call for …")."""
    return bool(_FIELD.match(text))


def attribution(text: str) -> bool:
    """A line that says who wrote or submitted the document ("Joint submission by A, the B
    and the C", "A statement from X"): after a short head, only names. "Statement by the
    Spokesperson on the sentencing of …" says what about, and is a headline."""
    found = _ATTRIBUTION.match(text.strip().rstrip(".:"))
    if not found:
        return False
    if ":" not in found.group("rest") and _SELF_DESCRIBED.match(text.strip()):
        return True  # "A joint statement by Iranian and international labour organisations"
    if ":" in found.group("rest"):
        return False  # "Cut off by design: Iran's national network and …": a headline's colon
    names = [x.strip() for x in re.split(r",\s*|\s+and\s+|\s*&\s*", found.group("rest")) if x]
    names = [re.sub(r"^the\s+", "", x, flags=re.IGNORECASE) for x in names]
    # a name's apposition (", a non-governmental organization in special consultative status")
    names = [x for x in names if not re.match(r"^an?\s+[a-z]", x)] or names
    # "… and partners", "… and others": the rest of the authors, unnamed
    names = [x for x in names if not _UNNAMED.fullmatch(x)] if len(names) > 1 else names
    return bool(names) and all(is_organisation(x) or is_person(x) for x in names)


def maker_line(text: str) -> bool:
    """A document's kind and its maker after "of" ("Statement of the Sedaye Zendan
    collective"): the line over a post's headline that says whose statement it is. With no
    headline under it, it is the title itself ("STATEMENT OF THE FAMILIES OF THE DETAINED
    WORKERS"), so it counts against no candidate; it only yields to the headline under it."""
    found = _KIND_OF.match(bare(text).strip().rstrip(".:"))
    return bool(found) and ":" not in found.group("rest") and \
        is_organisation(re.sub(r"^the\s+", "", found.group("rest"), flags=re.IGNORECASE))


# a document describing itself by its kind and who issued it, after an article ("A joint
# statement by Iranian and international labour organisations, issued on 1 May 2025", "An open
# letter from doctors who …"): a cover's or standfirst's attribution, whoever the issuers are;
# a headline says what about ("An open letter from 140 scholars: free …")
_SELF_DESCRIBED = re.compile(r"^(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|letter|appeal|"
                             r"declaration|submission|briefing|report|petition|communiqu[eé])s?"
                             r"\s+(?:by|from)\s+\S", re.IGNORECASE)
_UNNAMED = re.compile(r"(?:its\s+|their\s+|other\s+)?(?:partners|others|allies|colleagues|"
                      r"members|member organi[sz]ations)", re.IGNORECASE)


# a meeting or series the document is made for: "53rd Session of the UPR Working Group",
# "Fifty-ninth session", "5th cycle", "Forty-first ordinary session of the Commission"
_SITTING = re.compile(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|"
                      r"seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth))\s+(?:(?:regular|ordinary|extraordinary|special|plenary)\s+)?"
                      r"(?:session|sitting|meeting|cycle|edition|congress|plenary|summit)\b|"
                      # (after the body's name: "HUMAN RIGHTS COUNCIL – 61st SESSION")
                      r"^(?:[\w'’-]+\s+){1,6}[–—,-]\s*(?:\d{1,3}(?:st|nd|rd|th)|[\w-]+(?:first|"
                      r"second|third|[a-z]th))\s+(?:(?:regular|ordinary|special)\s+)?session$",
                      re.IGNORECASE)
# a cover's line saying what the document is for ("For the Special Rapporteur's report to the
# Human Rights Council at its sixty-second session", "For consideration at the 94th session")
_PURPOSE = re.compile(r"^for\s+(?:the\s+|its\s+|consideration\b|information\b)[^.!?]{0,120}?"
                      r"\b(?:report|session|review|consideration|meeting|examination)\b",
                      re.IGNORECASE)


def purpose_line(text: str) -> bool:
    """A cover's line saying what the document is for ("For the Special Rapporteur's report
    to the Human Rights Council at its sixty-second session"): its particulars."""
    return bool(_PURPOSE.match(bare(text).strip()))


def letterhead(text: str) -> bool:
    """An organisation's name on a line of its own ("Iranian Women Lawyers' Collective",
    "ASSEMBLY OF THE COUNCIL OF EUROPEAN PARLIAMENTS"): a letterhead or a masthead over the
    headline, not a headline. A name has an organisation word, capitals for its words, at
    most ten words, no colon and says nothing of itself ("Open letter to the Council")."""
    text = text.strip()
    ws = [w.lower() for w in words(text)]
    # the organisation word heads the name: last, or before "of"/"for"/"in" ("Alliance for
    # Children's Rights"), not inside a headline ("International Assembly Anniversary of …")
    # ("Activists in the Islamic Republic of Iran": a noun placed somewhere, no name's head;
    # a name links its head with "for"/"of": "Centre for Human Rights in Iran")
    # (joined by "and" to a second name, "Baluch Rights Monitor and Digital Kahkashan", or to
    # a second organisation word, "Lawyers and the Jurists' Association"; not to a topic,
    # "Women Human Rights Defenders and the Compulsory Hijab Law")
    heads = [k for k, w in enumerate(ws) if w in ORG_WORDS and
             (k == len(ws) - 1 or (ws[k + 1] in _NAME_LINKS and ws[k + 1] != "in" and
                                   (ws[k + 1] != "and" or ws[k + 2:k + 3] != ["the"] or
                                    any(x in ORG_WORDS for x in ws[k + 2:]))))]
    # "the" after a word that links no name ("Free the Haft Tappeh Union"): a verb and its
    # object, a headline; "Friends of the Earth" is a name
    verb = any(w == "the" and k and ws[k - 1] not in _NAME_LINKS for k, w in enumerate(ws))
    return 2 <= len(ws) <= 10 and bool(heads) and not verb and is_organisation(text) and \
        ":" not in text and not any(c.isdigit() for c in text) and \
        not text.endswith(("?", "!")) and (is_title_case(text) or text.isupper()) and \
        not SELF_NAMED.search(text) and not is_label(text)


_NAME_LINKS = wordset("of for in on and the")


def _named_below(text: str, i: int, lines: list[Line]) -> bool:
    """Whether a name recurs in the lines below line ``i`` (as a signer, or the speaker)."""
    name = " ".join(words(text.lower()))
    return any(name in " ".join(words(line.text.lower())) for line in lines[i + 1:]
               if line.text)


_PAGE_NO = re.compile(r"^(?:\d{1,4}\s+(?=\S))?(?P<text>.*?\S)(?:\s+\d{1,4})?$")


def _paged_line(i: int, lines: list[Line]) -> bool:
    """A running header or footer the page breaks did not reveal: a line with a page number
    at its end or start ("Nurses Watch – Free the nurses   1") whose words recur on another
    line with another number, or with none (the last page's footer, its number lost: "Joint
    letter – HRC 64   1" and "Joint letter – HRC 64")."""
    found = _PAGE_NO.match(lines[i].text.strip())
    if not found or found.group("text") == lines[i].text.strip():
        return False
    mine = " ".join(words(found.group("text").lower()))
    for j, line in enumerate(lines):
        other = _PAGE_NO.match(line.text.strip()) if j != i and line.text else None
        if other and other.group("text") != line.text.strip() and line.text != lines[i].text \
                and " ".join(words(other.group("text").lower())) == mine:
            return True
        if other and " ".join(words(line.text.lower())) == mine:
            return True  # the same words without a number
    return False


_WEB_LINE = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
                       re.IGNORECASE)


def over_web_address(i: int, lines: list[Line], content: list[int]) -> bool:
    """Line ``i`` stands right over a line that is a web or e-mail address alone ("DIGITAL
    RIGHTS COLLECTIVE IRAN" / "www.example.org"): a publisher's name and its address, a
    letterhead or a cover's imprint, never the headline."""
    nxt = next((j for j in content if j > i), None)
    return nxt is not None and nxt - i <= 2 and _WEB_LINE.match(lines[nxt].text.strip()) is not None


def site_name(text: str, hints: PageHints) -> bool:
    """The site's or sender's name (declared by the page, or shown in its logo and footer)."""
    return bool(hints.site_names) and " ".join(words(text.lower())) in hints.site_names


# a publisher's legal line: its registration ("Registered association, Vienna ZVR 1290443187",
# "Registered charity no. 1092345", "Company number 0491234"): a number of seven figures or more
# (a headline's figures are grouped: "1,200,000"), or the words of a registration
_REGISTRATION = re.compile(r"(?<![\d,.])\d{7,}(?![\d,.])|\bregistered (?:association|charity|"
                           r"society|office|non-?profit|in england)\b|\b(?:charity|company|"
                           r"registration) (?:no|number|reg)\b", re.IGNORECASE)


# a cover's line saying when or on what occasion the document came out ("Issued on the World
# Day Against the Death Penalty", "Published on 2 June 2025", "Released to mark …")
_ISSUED = re.compile(r"^(?:issued|published|released|launched|presented|circulated|"
                     r"distributed)\s+(?:on|in|at|for|to\s+mark|ahead\s+of)\s", re.IGNORECASE)


# a series' kind and number alone: "Briefing Paper No. 7/2025", "Report 12/2024", "Issue #27"
# ("FURTHER INFORMATION ON UA 201/25": a follow-up's kind and the reference it follows up)
_SERIAL = re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}(?:no\.?|nr\.?|number|#)?\s*\d{1,4}"
                     r"(?:[/.-]\d{1,4})*$|^(?:[A-Z][\w-]*\s+){1,5}\d{1,4}(?:[/.]\d{1,4})+$",
                     re.IGNORECASE)


# a meeting's agenda item heading a page ("Item 4: General Debate – …", "Agenda item 3: …")
_AGENDA_ITEM = re.compile(r"^(?:agenda\s+)?item\s+\d{1,2}(?:\s*\([a-z]\))?\s*[:.–—-]\s*\S",
                          re.IGNORECASE)


_CONTENTS = re.compile(r"^(?:table\s+of\s+contents|contents|sommaire|table\s+des\s+mati[èe]res|"
                       r"inhalt(?:sverzeichnis)?|[íi]ndice)$", re.IGNORECASE)


def _under_makers_label(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is one of the names under a cover's makers' label ("Submitted jointly
    by", COVER_BY): the label at most six lines above, only short lines between."""
    for j in range(i - 1, max(i - 7, -1), -1):
        text = bare(lines[j].text).strip()
        if COVER_BY.match(text):
            return True
        if text and (len(words(text)) > 8 or ends_terminal(text)):
            return False
    return False


def _other_script(i: int, content: list[int], feats: dict[int, Features]) -> bool:
    """Whether line ``i`` is in another script than seven in ten of the text's words (an
    Arabic name's form under its English one on a cover, above an English text)."""
    counts: dict[str, int] = {}
    for j in content:
        counts[feats[j].script] = counts.get(feats[j].script, 0) + feats[j].words
    total = sum(counts.values())
    main = max(counts, key=counts.get) if counts else None
    return bool(total) and main != feats[i].script and counts[main] >= 0.7 * total


def evidence(i: int, lines: list[Line], content: list[int], feats: dict[int, Features],
             hints: PageHints, joined: str) -> tuple[float, list[str]]:
    """What speaks for and against line ``i`` (read as ``joined``, the heading it opens when
    wrapped over lines) being the headline; proximity is the caller's."""
    text = bare(joined)
    n = len(words(text))
    score, why = 0.0, []
    if n <= 3:
        score -= 1.5
        why.append("short for a headline")
    elif n > 25:
        score -= 1.0
        why.append("long for a headline")
    if feats[i].furniture:  # words prose also uses ("help", "members") count half
        score -= min(feats[i].hard + feats[i].soft / 2, 1.5)
        why.append("furniture words")
    if is_label(text):
        score -= 3.0
        why.append("a section label")
    if site_name(text, hints):
        score -= 4.0
        why.append("the site's name")
    block = [joined] + [lines[j].text for j in (i + 1, i + 2) if j < len(lines) and
                        all(lines[k].text for k in range(i + 1, j + 1))]
    if attribution(text) or attribution(" ".join(bare(t) for t in block)):
        score -= 2.0
        why.append("an attribution (who submits it)")
    nxt = [j for j in content if j > i][:1]
    if nxt and _COUNTER.match(lines[nxt[0]].text):
        score -= 3.0
        why.append("a channel's name over its counter")
    if addressed_kind(text) and document_label(lines[i].text) and \
            bare(lines[i].text) != text:
        score -= 1.0  # (on a line of its own, "Open letter to the Members of …", it names
        # itself; the cover's label is a block, its kind alone on the first line)
        why.append("a cover's label block: a document's kind alone, then its addressee, "
                   "nothing of what it is about (\"JOINT SUBMISSION\" / \"to the Universal "
                   "Periodic Review …\")")
    elif SELF_NAMED.search(text) and not attribution(text) and not is_label(text):
        score += 1.5
        why.append("names itself (a statement on, a letter to)")
    if is_field(text):
        score -= 1.5
        why.append("a label and its value (reading time, a reference)")
    if _REGISTRATION.search(text):
        score -= 2.0
        why.append("a registration or reference number (a legal line: \"Registered charity "
                   "no. 1092345\")")
    if _SERIAL.match(text.strip()):
        score -= 2.0
        why.append("a document's kind and number alone (\"Briefing Paper No. 7/2025\"), "
                   "nothing of what it is about")
    if stamp_line(text):
        score -= 3.0
        why.append("a date line (when it was published or updated, nothing of what about)")
    if _TO.match(text):
        score -= 2.0
        why.append("an addressee")
    if _ISSUED.match(text.strip()):
        score -= 2.0
        why.append("when or on what occasion it was issued (\"Issued on the World Day …\"), "
                   "nothing of what it is about")
    if text.startswith("(") and text.rstrip().endswith(")"):
        score -= 1.5
        why.append("a gloss in parentheses (a translation)")
    if re.match(r"^subject\s*:", text, re.IGNORECASE):
        score -= 1.5
        why.append("an e-mail's subject header (a fallback title)")
    if nxt and _ISSUE_LINE.match(bare(lines[nxt[0]].text)):
        score -= 2.0
        why.append("a newsletter's name over its issue (\"Issue #14 · June 2026\")")
    if _ISSUE_NAMED.match(text.strip()):
        score -= 1.5  # (before "#112" was read as a hashtag: the same weight against it)
        why.append("a newsletter's issue headline (\"Issue #58: …\"), the newsletter's own")
    if over_web_address(i, lines, content):
        score -= 2.0
        why.append("a name over its web or e-mail address (a letterhead or masthead)")
    if _paged_line(i, lines):
        score -= 3.0
        why.append("a running header or footer (repeated with another page number)")
    if letterhead(text):
        score -= 2.0
        why.append("an organisation's name (a letterhead or masthead)")
        if _named_below(text, i, lines):
            score -= 1.0
            why.append("the name recurs below (a signer, the speaker)")
    if _under_makers_label(lines, i) or COVER_BY.match(bare(text).strip()):
        score -= 2.5
        why.append(_MAKER_WHY)
    if _other_script(i, content, feats):
        score -= 1.5
        why.append(_SCRIPT_WHY)
    if DOC_PART.match(text.strip()) or _AGENDA_ITEM.match(text.strip()) or \
            _CONTENTS.match(text.strip()):
        score -= 3.0
        why.append(_PART_WHY)
    if any(j in feats and "form field" in feats[j].evidence for j in range(i - 5, i)):
        score -= 2.0
        why.append("inside a form, its fields above it (a field's or a box's label)")
    if _SITTING.match(text.strip()) or purpose_line(text):
        score -= 2.0
        why.append("a meeting's designation (\"53rd Session of the …\") or what the document is "
                   "for, a cover's particulars")
    prose_above = [j for j in content if j < i and feats[j].prose and feats[j].terminal
                   and feats[j].words >= 12]
    if prose_above:
        score -= 1.0
        why.append("running text above it")
    return score, why


def choose_title(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
                 hints: PageHints, in_runs: frozenset[int] | set[int] = frozenset(),
                 notes: frozenset[int] | set[int] = frozenset()) -> int | None:
    """The index of the headline line (see the module's docstring), or None; why it was
    chosen goes to ``hints.title_why`` (for the import report). ``notes`` (an editor's or
    poster's note before the statement) are never the headline."""
    why: list[str] = []
    hints.post_headline = hints.thread_intro = None
    pick = _choose(lines, content, feats, a, hints, in_runs, why, notes)
    if pick is not None and (rendering := _rendering_in_body_script(lines, content, feats,
                                                                    pick)) is not None:
        why.append("the title's rendering right under it, in the script of the text's body")
        pick = rendering
    hints.title_why = "; ".join(why)
    return pick


def _rendering_in_body_script(lines: list[Line], content: list[int],
                              feats: dict[int, Features], pick: int) -> int | None:
    """The line right under a title in another script that renders it in the Latin script most
    of the text under them is written in ("🔴 بیانیه شورای …" / "🔴 Statement of the …
    Council on …", an English text under them): the page's own title for that text."""
    nxt = next((j for j in content if j > pick), None)
    if nxt is None or nxt - pick > 2 or feats[nxt].script != "latin" or \
            feats[pick].script == "latin" or feats[nxt].terminal or \
            not heading_shaped(lines[nxt].text, feats[nxt]) or \
            bare(lines[nxt].text).startswith(("(", "[")):
        return None  # (a translation in brackets under it is a gloss, not the page's title)
    counts: dict[str, int] = {}
    for j in [j for j in content if j > nxt][:30]:
        counts[feats[j].script] = counts.get(feats[j].script, 0) + feats[j].words
    return nxt if counts.get("latin", 0) > sum(counts.values()) / 2 else None


_FORM_EVIDENCE = frozenset({"form field", "counter", "a petition's ticker of recent signers"})


def _choose(lines: list[Line], content: list[int], feats: dict[int, Features], a: int,
            hints: PageHints, in_runs: frozenset[int] | set[int], why: list[str],
            notes: frozenset[int] | set[int] = frozenset()) -> int | None:
    opener = thread_opener(lines, content, a, hints)
    if opener is not None and (second := _second_post_heading(lines, content, feats, opener,
                                                                hints)):
        why.append("the heading the thread's second post opens with, under a first post that "
                   "announces the text")
        hints.thread_intro = opener
        return second
    lines, feats = _without_handles(lines, content[:60], feats)
    if feats[a].words <= 4 and not _sentence(feats[a]):  # from a short line ("Original audio")
        a = next((i for i in content if a <= i <= a + 8 and _sentence(feats[i])), a)
    labelled = _past_labels(lines, content, feats, a)  # a heading standing alone under them
    start, a = a, labelled if labelled is not None else a
    # (a form's fields, counters and share buttons between the headline and the body take no
    # place in the window: "First name *", "8,412 of 10,000 signatures")
    window = [i for i in content if i <= a and not contents_entry(lines[i].text)
              and not _FORM_EVIDENCE & set(feats[i].evidence)][-16:]
    eligible = [i for i in _eligible(lines, content, window, feats, a, in_runs) if i not in notes
                and not (labelled is not None and start <= i)]  # (the labels: never a title)
    if opener is not None and opener not in eligible and \
            heading_shaped(clean_title(lines[opener].text), measure(bare(clean_title(
                lines[opener].text)))):
        eligible = sorted({*eligible, opener})  # a thread's first post, far above its end
    if hints.running:  # a report's cover title far above a body found late: its running
        # header repeats it
        first = next((i for i in content if _sentence(feats[i])), a)
        top = [i for i in content if i < min(first, window[0] if window else a)]
        far = [i for i in _eligible(lines, content, top, feats, a, in_runs)
               if _echoed(" ".join(lines[j].text for j in
                                   wrapped_title(lines, content, feats, i, hints) or [i]),
                           hints) >= 2]
        covers = [i for i in content if i < a and i not in notes and
                  _echoed_cover(lines, content, feats, i, hints)]
        if len(covers) == 1:  # the short title the document gives itself on every page
            why.append("a cover's title in capitals wrapped over lines, repeated whole in the "
                       "running header")
            return covers[0]
        eligible = sorted(set(far) | set(eligible))
    _issue_name(hints)
    declared = _declared(lines, content, window, hints)
    if declared is not None and (own := _over_fragment(lines, content, feats, declared)):
        why.append("the article's own headline under the title the page declares, a fragment "
                   f"(it starts in lowercase: '{shorten(clean_title(lines[declared].text), 30)}')")
        return own
    if declared is not None:
        # a newsletter's or blog's page headline over its own note, then the statement it
        # carries under a heading of its own (and its date): the statement's heading
        opening = [a] if heading_shaped(lines[a].text, feats[a]) and _only_notes_between(
            content, _last_copy(lines, content, declared, a), a, notes) else []  # the body
        # opening on that heading
        inner = [j for j in [*eligible, *opening] if j > declared and feats[j].words >= 3 and
                 any(feats[k].terminal and feats[k].words >= 12 and feats[k].sentence >= 2
                     for k in content if declared < k < j)]
        carried = None if inner else _carried_heading(lines, content, feats, declared, hints)
        if carried is not None:
            why.append("the heading of the statement a newsletter's issue carries, announced "
                       "by the issue's own words (\"the statement below\")")
            return carried
        why.append("the heading of the statement the page carries under its own note"
                   if inner else "the headline the page declares")
        return inner[-1] if inner else declared
    after_a = [i for i in content if i > a][:1]
    if heading_shaped(lines[a].text, feats[a]) and feats[a].words >= 3 and \
            (not feats[a].wrapped or labelled is not None or _standing_alone(lines, a) or
             _over_standfirst(lines, a)) \
            and not _INNER_STOP.search(bare(lines[a].text)) \
            and not lines[a].text.rstrip().endswith(":") and not _TO.match(lines[a].text) \
            and not (after_a and starts_lower(lines[after_a[0]].text) and labelled is None) and \
            (_prose_after(a, content, feats) or labelled is not None and _prose_after(
                (wrapped_title(lines, content, feats, a) or [a])[-1], content, feats)) and \
            (not eligible or not _adjacent(eligible[-1], a, lines)):
        why.append("a headline opening the body" + (", under the label line(s) opening it "
                                                     "(never a title)" if labelled is not None
                                                     else ""))
        above = [i for i in eligible if notes and i < min(notes)]
        if above and any(n < a for n in notes):  # the post's headline over its note
            hints.post_headline = _best(above, lines, content, feats, hints)
        return a  # a headline ending in "?" or "!" opens the body
    # a headline wrapped over two or three lines opens the body (its second line in lowercase,
    # no blank line between, a blank line and prose after): under a category label, the menu
    # above is no title
    block = [a]
    while block[-1] + 1 < len(lines) and lines[block[-1] + 1].text and len(block) < 4:
        block.append(block[-1] + 1)
    if 2 <= len(block) <= 3 and after_a and after_a[0] == a + 1 and \
            block[-1] + 1 < len(lines) and starts_lower(lines[a + 1].text) and \
            lines[a].text[:1].isupper() and \
            not any(feats[j].terminal and not (j == block[-1] and _asks(lines[j].text)) or
                    feats[j].furniture >= 1.5 for j in block) and \
            4 <= sum(feats[j].words for j in block) <= 30 and \
            heading_shaped(lines[a].text, feats[a]) and not _TO.match(lines[a].text) and \
            _prose_after(block[-1], content, feats) and \
            (not eligible or not _adjacent(eligible[-1], a, lines)):
        why.append("a headline wrapped over lines, opening the body")
        return a
    if not eligible:
        inner = _headline_under_note(lines, content, feats, a)
        if inner is not None:
            why.append("the headline under a poster's note opening the body")
            return inner
        subject = _subject_among_labels(lines, content, a)
        if subject is not None:
            why.append("a letter's subject line (\"Re: …\") among the labels opening it, "
                       "no headline above them")
        return subject
    own: dict[int, float] = {}
    chosen: list[Candidate] = []
    pick = _best(eligible, lines, content, feats, hints, why, own, chosen)
    carried = _carried_heading(lines, content, feats, pick, hints) if \
        _ISSUE_NAMED.search(bare(lines[pick].text)) else None
    if carried is not None:
        hints.post_headline = pick  # (the issue's own date lines go with its headline)
        why.append("the heading of the statement a newsletter's issue carries, announced by the "
                   "issue's own words under its headline (\"Issue #112: …\")")
        return carried
    inner = _headline_under_note(lines, content, feats, a)
    if inner is not None and chosen and chosen[0].score < 0:
        opening = _opening(lines, content, feats, inner)
        mine = topicality(clean_title(lines[inner].text), opening)
        if mine >= 0.6 and mine >= topicality(lines[pick].text, opening) + 0.3:
            why.append(f"the headline under the body's first paragraph says what the text is "
                       f"about ({mine:.0%} of its words in the opening); the best line above "
                       f"scored {chosen[0].score:+.1f}")
            return inner
    if inner is not None and inner != pick and _announced(lines, content, a, inner):
        hints.post_headline = pick
        why.append("the heading of the statement the page carries: the note opening the body "
                   "announces it by its kind (an open letter, a statement)")
        return inner
    credit = _before(content, pick, 1)
    if credit and _PHOTO_CREDIT.search(lines[credit[0]].text.strip()) and \
            [i for i in eligible if i < credit[0]]:
        pick = max(i for i in eligible if i < credit[0])  # a caption under its photo's credit
        why.append("the line above a photo's caption and credit")
    clean = [i for i in eligible if i < pick and not feats[i].evidence and
             own.get(i, 0.0) > -STEP_MARGIN]  # (not a channel's name over its counter)
    hits = furniture_hits(bare(lines[pick].text))
    if hits and bare(lines[pick].text).lower().startswith(hits[0]) and clean:
        pick = clean[-1]  # a button's words ("Download the full letter")
        why.append("a clean headline above a button's words")
    above = [i for i in content if i < pick]
    if above:
        prev = above[-1]
        gap = pick - prev - 1  # blank lines between
        group = [] if prev in eligible or wrapped_title(lines, content, feats, pick, hints) \
            else wrapped_title(lines, content, feats, prev, hints)
        if group and group[-1] == prev and group[0] in eligible:  # (a subtitle is one line)
            prev = group[0]  # the title wrapped over lines, over its subtitle: its first line
        weaker = prev in own and pick in own and own[prev] <= -STEP_MARGIN and \
            own[prev] < own[pick]  # evidence against it: short, a label, the site's name
        if prev in eligible and gap <= 1 and lines[pick].no not in hints.messages and \
                script_of(lines[prev].text) == script_of(lines[pick].text) and not weaker and \
                not is_label(bare(lines[prev].text)) and not _sentences(lines[prev].text) and \
                not addressee_block(lines, prev) and not announcing_note(lines[prev].text) and \
                not maker_line(lines[prev].text) and \
                not publisher_block(lines, wrapped_title(lines, content, feats, prev, hints)
                                    or [prev]) and \
                not _under_labels(lines, prev) and not _name_in_text(lines, feats, prev, pick) and \
                not _masthead_tagline(lines, prev, in_runs, hints):  # a section label is no title
            pick = prev
            why.append("the title over its subtitle")
    return _stopped_headline_over(lines, content, feats, pick, hints, why)


def publisher_block(lines: list[Line], block: list[int]) -> bool:
    """A cover's masthead: its publisher's name and the series' kind and number, nothing else
    ("IRAN PRISON HEALTH MONITOR" / "Briefing paper 2026/04"), never a title over the
    headline under it."""
    texts = [bare(lines[j].text).strip() for j in block]
    return len(texts) >= 2 and all(letterhead(t) or _SERIAL.match(t) for t in texts) and \
        any(_SERIAL.match(t) for t in texts)


def announcing_note(text: str) -> bool:
    """A note that announces the text under it, a clause closed by a colon with a comma or a
    date in it ("Final version, for publication today (1 December 2026):", "As promised, here
    is the text:"): a forwarder's or poster's words, never a title over a subtitle; a title's
    head before its colon ("Iran:", "Joint statement:") has neither."""
    plain = bare(text).strip()
    return plain.endswith(":") and len(words(plain)) >= 4 and \
        ("," in plain or find_date(plain) is not None)


def _name_in_text(lines: list[Line], feats: dict[int, Features], i: int, pick: int) -> bool:
    """Line ``i`` is a name alone, in capitals or title case, that the text below uses inside
    its sentences ("ISLAMIC REPUBLIC OF IRAN" over a cover's headline, "the Islamic Republic of
    Iran" in the text): the State or body a cover names, no title over the headline under it."""
    text = bare(lines[i].text).strip()
    ws = words(text.lower())
    if not 2 <= len(ws) <= 5 or not (text.isupper() or is_title_case(text)) or \
            any(c.isdigit() for c in text) or ":" in text:
        return False
    phrase = f" {' '.join(ws)} "
    return any(feats[j].prose and phrase in f" {' '.join(words(lines[j].text.lower()))} "
               for j in feats if j > pick)


# a letter's addressee line, a name or office after "To" ("To Federal Councillor A. B." / "Head
# of …"): the addressee's block over the letter's headline, never a title over its subtitle
_LETTER_TO = re.compile(r"^[Tt]o\s+(?:the\s+)?[A-Z]")


def addressee_block(lines: list[Line], i: int) -> bool:
    """Line ``i`` is in a letter's addressee block: it or a line above it in its block is a
    "To" line naming a person or office ("To Federal Councillor A. B." / "Head of …")."""
    return any(_LETTER_TO.match(bare(lines[j].text)) for j in _block_of(lines, i) if j <= i)
_REFERENCE = re.compile(r"^[A-Z][A-Z0-9]{1,9}(?:[/.-][\w-]+){2,}$")  # "CERD/EWUA/2025/Iran-1"


def _masthead_tagline(lines: list[Line], i: int, in_runs: frozenset[int] | set[int],
                      hints: PageHints) -> bool:
    """Line ``i`` closes the site's header, right under the publication's name (the last of
    the header's run of short lines, no blank between: "Open Wires" / "Stories from the
    frontlines of digital rights"): its tagline, the same over every post, no title over the
    headline below it. The name is the site's by the page's word (declared, or recurring in
    its other lines: "Published in Open Wires"); a kicker, a date or a by-line there is the
    headline's own."""
    if i == 0 or not lines[i - 1].text or i - 1 not in in_runs or i in in_runs:
        return False
    name = bare(lines[i - 1].text).strip()
    if not 1 <= len(words(name)) <= 4 or is_label(name) or find_date(name) or \
            re.match(r"by\s", name, re.IGNORECASE) or name.isupper():
        return False
    if site_name(name, hints):
        return True
    pattern = re.compile(r"\b" + re.escape(name) + r"\b")
    return any(pattern.search(line.text) and line.text.strip() != name
               for line in lines[i + 1:])


def _under_labels(lines: list[Line], i: int) -> bool:
    """A line closing a block of a document's labels ("Press statement" / "CERD/EWUA/2025/Iran-1"
    / "Early warning and urgent action procedure"): the kind, the symbol, the procedure or
    series it comes under, never the title over a subtitle; the headline is the block below."""
    above = [j for j in _block_of(lines, i) if j < i]
    refs = [j for j in above if _REFERENCE.match(lines[j].text.strip())]
    # (a kicker alone, "STATEMENT" over the headline, is no such block: that is a headline)
    return (len(above) >= 2 or bool(refs)) and all(
        is_label(bare(lines[j].text)) or j in refs for j in above)


def _over_standfirst(lines: list[Line], i: int) -> bool:
    """A headline right over its standfirst on a page of one paragraph a line ("Rights groups
    demand inquiry into deaths of detained protesters" / "Rights groups say the detainees have
    been denied …."): the line under it a whole sentence or more of its own, capital to full
    stop, so the unfinished line above is no wrapped paragraph's first line but a heading."""
    from workflow.importer.reflow import detect_wrapped, paragraphs_overlong

    if i + 1 >= len(lines) or not lines[i + 1].text:
        return False
    text, under = bare(lines[i].text), bare(lines[i + 1].text)
    if ends_terminal(text) or text.endswith((":", ",")) or _breaks(text) or \
            not under[:1].isupper() or not ends_terminal(under) or len(words(under)) < 6:
        return False
    return not detect_wrapped(lines) or paragraphs_overlong(lines)


def _standing_alone(lines: list[Line], i: int) -> bool:
    """A line of a block of its own (blank lines round it) on a page whose paragraphs run over
    several lines, unfinished: the headline of a hard-wrapped e-mail ("Hunger strikers in
    Qarchak must receive medical care now" between blank lines), which the paragraph
    builder may read as a run into the wrapped paragraph below it; a paragraph's line has
    neighbours."""
    text = bare(lines[i].text)
    if ends_terminal(text) or text.endswith((":", ",")) or re.search(r"[.!?]\s", text):
        return False  # (a sentence inside: a caption's "… in 2021. (Handout)")
    if (i > 0 and lines[i - 1].text) or (i + 1 < len(lines) and lines[i + 1].text):
        return False
    below = next((k for k in range(i + 1, len(lines)) if lines[k].text), None)
    return below is not None and below + 1 < len(lines) and bool(lines[below + 1].text)
    # (the paragraph under it wrapped over lines: on a page of a line a paragraph, or with a
    # blank after every line, a block of one line says nothing)


def _stopped_headline_over(lines: list[Line], content: list[int], feats: dict[int, Features],
                           pick: int, hints: PageHints, why: list[str]) -> int:
    """A blog's headline of one or two short sentences ending in a full stop ("Afghan
    children are being pushed out of school. We ask Tehran to let them learn.") right over
    the pick (its standfirst), before any running text and saying at least as much of what
    the text is about: that headline is the title."""
    above = [i for i in content if i < pick]
    if not above or pick - above[-1] - 1 > 1 or lines[pick].no in hints.messages:
        return pick
    prev = above[-1]
    text = bare(lines[prev].text)
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if x]
    if not (text.endswith(".") and not text.endswith("..") and 1 <= len(sentences) <= 2 and
            6 <= feats[prev].words <= 22 and all(len(words(x)) <= 14 for x in sentences) and
            text[:1].isupper() and not feats[prev].evidence and not _byline(text) and
            script_of(text) == script_of(lines[pick].text)):
        return pick
    if any(feats[j].prose and feats[j].terminal and feats[j].words >= 12 for j in above[:-1]):
        return pick  # running text above it: the line is a paragraph's
    opening = _opening(lines, content, feats, pick)
    mine, theirs = topicality(text, opening), topicality(lines[pick].text, opening)
    if mine < 0.3 or mine < theirs:
        return pick
    why.append("a headline of short sentences over its standfirst")
    return prev


# a sentence's end inside a line ("Hi everyone, this just came out. Can we …?"): a message,
# not a headline ending in "?"
_INNER_STOP = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")  # (not "Dr. X", "U.S. Y")


def _headline_under_note(lines: list[Line], content: list[int], feats: dict[int, Features],
                         a: int) -> int | None:
    """A headline right under the body's first line or first paragraph when that is a short
    note (a poster's "Hi everyone, this just came out. Can we get it up by tonight?", a
    registry's "The Secretary-General has received the following written statement …") and
    running text follows the headline."""
    end = a  # the first paragraph: its lines up to a blank line, a few at most
    while end + 1 < len(lines) and lines[end + 1].text and end - a < 3:
        end += 1
    for last in dict.fromkeys((a, end)):
        after = [i for i in content if i > last][:1]
        if not after or sum(feats[j].words for j in range(a, last + 1) if j in feats) > 40 or \
                not ends_terminal(bare(lines[last].text)):
            continue  # a note is finished sentences, not a headline of its own
        i = after[0]
        kicker = [k for k in content if k > i][:1]
        if document_label(lines[i].text) and kicker and kicker[0] - i <= 2:
            last, i = i, kicker[0]  # "JOINT STATEMENT" over the headline: its kicker
        text = clean_title(lines[i].text)
        if i - last <= 2 and heading_shaped(text, measure(bare(text))) and \
                len(words(text)) >= 4 and not _TO.match(text) and \
                not text.rstrip().endswith(":") and _prose_after(i, content, feats):
            return i
    return None


# a label line: its words say what the value after the colon is ("Signed by: A; B", "To: the
# Head of the Judiciary", "Re: the mandate", "Subject: …"), never a headline
_LABEL_LINE = re.compile(r"^(?:to|attn|attention|cc|bcc|from|re|subject|ref|reference|"
                         r"concerning|regarding)\s*:", re.IGNORECASE)


def label_line(text: str) -> bool:
    """A line that is a label and its value ("Signed by: A; B; C", "To: …", "Re: …"), which
    opens a letter or a forwarded text but is never its headline."""
    text = bare(text)
    return bool(_LABEL_LINE.match(text) or SIGNERS_INLINE.match(text))


def _under_addressee(lines: list[Line], i: int) -> bool:
    """A line of an addressee's block under its "To:" line ("To: The UN High Commissioner" /
    "    The Special Rapporteur on …"): more addressees, never a headline. A line naming the
    text's kind ("Open letter on the removal of …") is none: the letter's headline, set
    right under the addressee where no blank line parts the page's lines."""
    if _SUBTITLE_KIND.match(bare(lines[i].text)):
        return False
    k = i - 1
    while k >= 0 and lines[k].text:
        if _TO.match(bare(lines[k].text)) and ":" in lines[k].text[:12]:
            return True
        k -= 1
    return False


def _subject_among_labels(lines: list[Line], content: list[int], a: int) -> int | None:
    """The subject line ("Re: Death sentences against student protesters") among the label
    blocks opening a letter ("To: The UN High Commissioner …" and the addressee's further
    lines): what the letter is about, its title when no headline stands above it."""
    at, labelled = a, False
    for i in [j for j in content if j >= a][:12]:
        text = bare(lines[i].text)
        found = SUBJECT_LINE.match(text)
        if found and 3 <= len(words(text[found.end():])) <= 25 and not ends_terminal(text):
            return i
        if label_line(text):
            labelled, at = True, i
        elif not (labelled and i == at + 1):  # an addressee's further line goes on the block
            return None
        else:
            at = i
    return None


def _past_labels(lines: list[Line], content: list[int], feats: dict[int, Features],
                 a: int) -> int | None:
    """The body's first line for the headline's sake when label lines open the body ("Signed
    by: A; B" over "Iran: Reinstate the students" and the text): the heading under them,
    standing alone (a blank line after it, or after the lines it is wrapped over); None when
    there is none. A cover's label naming the document's kind and its addressee alone ("JOINT
    SUBMISSION TO THE UNITED NATIONS COMMITTEE ON …") is such a label: the headline is under
    it."""
    at, labelled = a, False
    while True:
        text = bare(lines[at].text)
        if label_line(text) or _under_addressee(lines, at) or addressed_kind(text) or \
                copy_line(text):
            labelled = True
        elif not (labelled and (dateline_alone(text) or document_label(text))):
            break  # (a letter head's dateline and its kind, "OPEN LETTER", under the labels)
        after = [i for i in content if i > at][:1]
        if not after:
            return None
        at = after[0]
    group = wrapped_title(lines, content, feats, at) or [at]
    end = group[-1]
    if at == a or not heading_shaped(lines[at].text, feats[at]) or feats[at].words < 3 or \
            (end + 1 < len(lines) and lines[end + 1].text) or \
            (end != at and ends_terminal(lines[end].text)):  # (a wrapped paragraph's lines)
        return None
    return at


_KIND = re.compile(r"\b(?:statement|letter|appeal|declaration|submission|communiqu[eé]|petition|"
                   r"urgent action)s?\b", re.IGNORECASE)


def _announced(lines: list[Line], content: list[int], a: int, inner: int) -> bool:
    """Whether the note opening the body (a blogger's "Today I am handing this space over to an
    open letter …") announces the text under it by the kind its heading names itself ("Open
    letter on hunger-striking women prisoners"): the page carries that statement, and its
    heading is the title, not the post's own headline above the note."""
    heading = clean_title(lines[inner].text)
    named = SELF_NAMED.search(heading)
    kind = _KIND.search(heading[:named.end()]) if named else None
    above = [i for i in content if a <= i < inner]
    if kind is None and above and document_label(lines[above[-1]].text):
        kind = _KIND.search(lines[above[-1]].text)  # its kicker ("JOINT STATEMENT")
        above = above[:-1]
    if kind is None:
        return False
    note = " ".join(lines[i].text for i in above).lower()
    noun = kind.group(0).lower().rstrip("s")
    return bool(re.search(rf"\b{re.escape(noun)}s?\b", note))


# a newsletter's issue named in its declared headline, anywhere ("Issue #87: …", "Weekly Brief
# #58 — …", "The Ledger, issue 12: …"; not "No. 1 executioner", a headline's figure)
_ISSUE_NAMED = re.compile(r"(?:^|[\s(])(?:issue|edition|vol\.|volume)\s*#?\d{1,4}\b|"
                          r"(?:^|\s)#\d{1,4}\b", re.IGNORECASE)


def _carried_heading(lines: list[Line], content: list[int], feats: dict[int, Features],
                     declared: int, hints: PageHints) -> int | None:
    """The heading of the statement a newsletter's issue carries: the declared headline names
    the issue ("Issue #87: The new hijab law, one year on"), a finished sentence of the issue's
    own under it names a document's kind ("This week: a statement from …", "put out the
    statement below") and the first heading after that sentence, with running text under it,
    is the statement's; the issue's headline is the newsletter's, as its name is. The issue's
    headline may be declared (HTML) or only a line of the text (a copied page)."""
    in_text = not _ISSUE_NAMED.search(hints.title or "")
    if in_text and not _ISSUE_NAMED.search(bare(lines[declared].text)):
        return None
    mine = key(bare(lines[declared].text))
    announced = last = False
    for j in [i for i in content if i > declared][:12]:
        here = bare(lines[j].text)
        if key(here) == mine:
            continue
        if feats[j].terminal and feats[j].words >= 8:
            last = bool(_DOCUMENT.search(here))
            announced = announced or last
            continue
        # (an issue line of the text only: the sentence right over the heading announces it,
        # not the statement's own last paragraph over the issue's next item)
        if announced and (last or not in_text) and heading_shaped(here, feats[j]) and \
                feats[j].words >= 4 and \
                not _TO.match(here) and not here.endswith(":") and not is_label(here) and \
                _prose_after(j, content, feats):
            return j
    return None


def _last_copy(lines: list[Line], content: list[int], declared: int, a: int) -> int:
    """The last copy of the declared headline above the body's first line ``a`` (a page shows
    its headline in the tab's title and again over the post): what lies between the two is
    the page's header (a tag, a byline), not the post's note."""
    mine = key(bare(lines[declared].text))
    return max(i for i in content if declared <= i < a and key(bare(lines[i].text)) == mine) \
        if declared < a else declared


def _only_notes_between(content: list[int], declared: int, a: int,
                        notes: frozenset[int] | set[int]) -> bool:
    """Whether every line between the declared headline and the body's first line ``a`` is a
    note of the page's own (a newsletter's teaser and greeting): the statement it carries
    begins at ``a``."""
    between = [i for i in content if declared < i < a]
    return bool(between) and all(i in notes for i in between)


_SENTENCE_BREAK = re.compile(r"[a-z][.!?]\s+[A-Z]")


def _sentences(text: str) -> bool:
    """Three sentences on one line ("Here it is. Text below is final. Thanks!"): a sender's
    note, never a title over its subtitle."""
    return len(_SENTENCE_BREAK.findall(text)) >= 2


def _sentence(f: Features) -> bool:
    """A finished sentence of its own (not only a line of a run read as one)."""
    return f.terminal and f.words >= 8 and f.sentence >= 2.0


TOPIC_WEIGHT = 2.0  # a headline whose words all recur in the opening paragraphs gains this


def _stems(text: str) -> set[str]:
    """A text's content words, cut to five letters (a crude stem: "executions" ~ "executed")."""
    script = script_of(text)
    stops = stoplist(script)
    least = 4 if script == "latin" else 3
    return {w.lower()[:5] for w in words(text) if len(w) >= least and w.lower() not in stops
            and not w.isdigit()}


def _opening(lines: list[Line], content: list[int], feats: dict[int, Features], after: int,
             budget: int = 80) -> str:
    """The statement's opening: its first prose lines after ``after`` (an addressee's lines
    skipped), some eighty words of them."""
    out: list[str] = []
    for j in content:
        if j <= after or not feats[j].prose or _ADDRESSEE.match(lines[j].text) or \
                _NOT_SUBJECT.match(lines[j].text):
            continue
        out.append(lines[j].text)
        if sum(len(words(t)) for t in out) >= budget:
            break
    return " ".join(out)


def topicality(text: str, opening: str) -> float:
    """The share of a candidate's content words that the statement's opening paragraphs use:
    a headline says what the text is about; a site's name, a tagline, a menu's or player's
    words ("Original audio", "Check against delivery") and a byline mostly do not (nor is a
    name the text uses whole a topic)."""
    mine = _stems(text)
    if not mine or not opening:
        return 0.0
    if f" {' '.join(words(text.lower()))} " in f" {' '.join(words(opening.lower()))} ":
        return 0.0  # a name the text uses ("the Council of Europe Commissioner for Human
        # Rights said"): who speaks, not what about
    return len(mine & _stems(opening)) / len(mine)


def _without_handles(lines: list[Line], content: list[int],
                     feats: dict[int, Features]) -> tuple[list[Line], dict[int, Features]]:
    """The lines as read without a post's author handle before them ("zanan.watch 🚨 URGENT:
    …", "@desk Headline") or a thread's numbering after them ("… 6/7"): the handle is the
    channel's, the numbering the thread's; the rest may be the headline, or a sentence."""
    out, measured = lines, feats
    for i in content:
        found = HANDLE.match(lines[i].text)
        rest = lines[i].text[found.end():] if found else lines[i].text
        if found and len(words(rest)) < 3:
            rest = lines[i].text
        rest = _THREAD_NO.sub("", rest).strip() or rest  # "… their work. 6/7"
        rest = without_label_bar(rest)  # "📌 Statement | Headline"
        if rest == lines[i].text:
            continue
        if out is lines:
            out, measured = list(lines), dict(feats)
        out[i] = Line(lines[i].no, rest, lines[i].kind, lines[i].marker)
        measured[i] = measure(bare(rest))
    return out, measured


# a periodical's issue in a declared title ("The Visiting Room — Issue 27", "Weekly Brief #58",
# "Newsletter No. 12, Vol. 3")
_ISSUE = re.compile(r"(?:^|\s)\(?(?:issue|no\.|vol\.|volume|edition|#)\s*#?\d{1,4}\)?"
                    r"(?:\s*[·|,–—-]\s*\D*(?:19|20)\d\d)?\s*$", re.IGNORECASE)


# a periodical's issue line under its name ("Issue #14 · June 2026", "No. 27, 1 October 2025")
_ISSUE_LINE = re.compile(r"^(?:issue|no\.|vol\.|volume|edition)\s*#?\d{1,4}\b|^#\d{1,4}\b",
                         re.IGNORECASE)


def _issue_name(hints: PageHints) -> None:
    """A declared title that names a newsletter and its issue ("📬 The Visiting Room — Issue
    27") is no headline: it names the newsletter, whose name is the site's (never the title)
    and the declaration goes."""
    if not hints.title:
        return
    text = hints.title.strip()
    while text and (is_emoji(text[0]) or text[0] in "\ufe0f\u200d"):
        text = text[1:].lstrip()
    found = _ISSUE.search(text)
    if not found or found.start() == 0:
        return
    name = text[:found.start()].strip(" |–—·:-")
    if not 1 <= len(words(name)) <= 6 or len(words(text[found.end():])) > 0:
        return
    hints.site_names = frozenset(hints.site_names | {" ".join(words(name.lower()))})
    hints.title = None


def _over_fragment(lines: list[Line], content: list[int], feats: dict[int, Features],
                   declared: int) -> int | None:
    """The article's headline right under a declared title that is a fragment of one: a page
    title after its label starts in lowercase ("Take action: end the hijab surveillance law"
    as a WordPress page's slug-like title gives "end the …"), where an English headline starts
    with a capital; the heading opening the article text is the headline."""
    text = clean_title(lines[declared].text)
    if not starts_lower(text) or script_of(text) != "latin":
        return None
    nxt = next((i for i in content if i > declared), None)
    if nxt is None or lines[nxt].kind not in ("heading", "title", ""):
        return None
    f = feats[nxt]
    return nxt if heading_shaped(lines[nxt].text, f) and f.words >= 4 and not f.terminal and \
        _prose_after(nxt, content, feats) else None


# a document's kind and number alone ("Press Release No. 061/26", "Statement no. 14/2026")
_NUMBERED_RELEASE = re.compile(r"^(?:(?:press|news|media)\s+release|statement|communiqu[eé]|"
                               r"release|bulletin|urgent action|ua)\s*(?:no\.?|number|nº|n°|#)"
                               r"\s*[\w/.-]+$", re.IGNORECASE)


def _declared(lines: list[Line], content: list[int], window: list[int],
              hints: PageHints) -> int | None:
    """The line the format declares the title: one matching the declared title, else the
    HTML ``<h1>`` (not the site's name or a section label)."""
    if hints.title:
        want = key(hints.title)
        for i in content[:40]:
            have = key(bare(lines[i].text))
            if _NUMBERED_RELEASE.match(bare(lines[i].text).strip()):
                continue  # "Press Release No. 061/26": the release's number, not its headline
            if have and (have == want or (len(have) > 12 and (have in want or want in have)
                                          and min(len(have), len(want)) >
                                          0.6 * max(len(have), len(want)))):
                return i
    return next((i for i in window if lines[i].kind == "title"
                 and not site_name(lines[i].text, hints) and not is_label(lines[i].text)
                 and not _NUMBERED_RELEASE.match(bare(lines[i].text).strip())
                 and not letterhead(bare(lines[i].text))), None)


def _eligible(lines: list[Line], content: list[int], window: list[int],
              feats: dict[int, Features], a: int,
              in_runs: frozenset[int] | set[int]) -> list[int]:
    """The lines above the body that could be a headline at all."""
    return [i for i in window if i < a and (heading_shaped(lines[i].text, feats[i]) or
                                            _comma_wrapped(lines, feats, i) or
                                            _emoji_ended(lines[i].text))
            and (i not in in_runs or _wrapped_heading(lines, content, feats, i))
            # (a menu's or share bar's short line is none)
            and not _SYMBOL_BULLET.match(lines[i].text)  # a key-findings box's bullet
            and not _NUMBERED.match(lines[i].text)  # an item of a contents list ("1. Summary")
            and not _ADDRESSEE.match(lines[i].text)
            and not _NOT_SUBJECT.match(lines[i].text)  # an e-mail's header
            and not _under_addressee(lines, i)  # "To: A" / "    B": the addressee's next line
            and (feats[i].words >= 3 or _continued(lines, i) or
                 _wrapped_heading(lines, content, feats, i))
            and not _byline(lines[i].text) and not signed_for(lines[i].text)
            and not SIGNERS_INLINE.match(bare(lines[i].text))  # "Signed by: A · B · C"
            and not _defer(lines[i].text) and not _mid_block(lines, feats, i)
            and not authors_list(lines, i)
            and not _opens_body_block(lines, i, a)]


# a note's sign-off: people's names, then whom they write for ("Deniz & Arash, for the Rainbow
# Exit team", "Sara Amini, on behalf of the secretariat")
_SIGNED_FOR = re.compile(r"^[—–-]?\s*[A-Z][\w.'’-]*(?:\s*(?:&|and|,)?\s*[A-Z][\w.'’-]*){1,5},\s+"
                         r"(?:for|on behalf of)\s+(?:the\s+)?\S.{0,80}$")


def signed_for(text: str) -> bool:
    """A sign-off naming its writers and whom they write for: never a headline."""
    plain = text.strip()
    return not ends_terminal(plain) and bool(_SIGNED_FOR.match(plain))


# a label saying who wrote or submitted a document, its names under it ("Submitted by:" /
# "A" / "B"; "Prepared by", "Authors:")
# ("Submitted on 11 July 2024 by:", its date inside; "Submitted on 8 April 2025" / "by": the
# label's last word alone on a line of its own, the names under it)
_AUTHORS_LABEL = re.compile(r"^(?:(?:jointly\s+)?(?:submitted|prepared|presented|compiled|"
                            r"written|authored|produced|co-?authored)(?:\s+(?:on|in)\s+"
                            r"[\w ,.–-]{4,30}?)?\s+by|by|authors?|"
                            r"contributors?|submitting organi[sz]ations)\s*:?$", re.IGNORECASE)


def authors_label(text: str) -> bool:
    """A label saying who submitted or wrote the document ("Submitted on 11 July 2024 by:",
    "Prepared by"), over the names: a cover's particular, no sentence of the text."""
    return _AUTHORS_LABEL.match(bare(text).strip()) is not None


def authors_list(lines: list[Line], i: int) -> bool:
    """Line ``i`` is an authors' label ("Submitted by:") or one of the names listed under it
    (the block right under the label, a blank line at most between): who submits the document,
    never its headline, however name-like or topical ("Minority Rights Watch Iran")."""
    k = i
    while k >= 0 and lines[k].text and not _AUTHORS_LABEL.match(bare(lines[k].text).strip()):
        if ends_terminal(lines[k].text) or len(words(lines[k].text)) > 12:
            return False  # a sentence: no name of a list
        k -= 1
    if k >= 0 and lines[k].text:
        return True  # the label, or a name in its own block
    if k == i or k - 1 < 0:
        return False
    label = lines[k - 1].text  # one blank line between the label and its names
    return bool(label) and bool(_AUTHORS_LABEL.match(bare(label).strip()))


def _opens_body_block(lines: list[Line], i: int, a: int) -> bool:
    """Line ``i`` opens the block the body starts in (no blank line down to it), unfinished,
    as wide as the block's lines and going on in lowercase: the first line of the body's first
    paragraph, hard-wrapped ("We, the undersigned …, urge all member States" / "of the
    Council to support …"), where the body was found a line or two late; no headline."""
    if not 0 < a - i <= 3 or not all(lines[k].text for k in range(i, a + 1)):
        return False
    width = max(len(lines[k].text.rstrip()) for k in range(i + 1, a + 1))
    return not ends_terminal(lines[i].text) and starts_lower(lines[i + 1].text) and \
        len(lines[i].text.rstrip()) >= 0.8 * width  # (set at the paragraph's width, not a
    # short headline wrapped over its last word: "Iran must end the persecution of …" /
    # "dervishes")


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _emoji_ended(text: str) -> bool:
    """A post's headline ending on its emoji ("Artists are not criminals 🎨✊"): the emoji are
    the channel's signs, never furniture evidence against the words before them, which are
    headline-shaped on their own (the title is taken without them: ``clean_title``)."""
    words_only = without_trailing_emoji(text)
    return words_only != text and heading_shaped(words_only, measure(bare(words_only)))


def _comma_wrapped(lines: list[Line], feats: dict[int, Features], i: int) -> bool:
    """A headline wrapped after a comma ("Iran: UN experts alarmed by death sentences against
    labour activists," / "call for immediate halt"): headline-shaped as a whole."""
    text = lines[i].text
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if not (text.rstrip().endswith(",") and nxt and starts_lower(nxt) and i + 1 in feats):
        return False
    whole = text.rstrip().rstrip(",") + " " + nxt
    return heading_shaped(whole, measure(bare(whole))) and not feats[i + 1].terminal


def _wrapped_heading(lines: list[Line], content: list[int], feats: dict[int, Features],
                     i: int) -> bool:
    """A line of a heading wrapped over short lines ("DENIED CARE:" / "MEDICAL NEGLECT OF
    WOMEN" / "POLITICAL PRISONERS IN IRAN"): short lines, but one headline of five words or
    more, not a menu."""
    group = wrapped_title(lines, content, feats, i)
    return len(group) >= 2 and sum(feats[j].words for j in group) >= 5


# evidence that a line is no title by what it is (a contents list, an annex heading, a cover's
# makers): a farther candidate is not put back by it (a line in another script is: it may be
# the title's own rendering, right over it)
_MAKER_WHY = ("a cover's makers' label (\"Submitted jointly by\") or a maker named under it, "
              "no title")
_SCRIPT_WHY = "in another script than most of the text (a name's gloss, a translation)"
_PART_WHY = ("a document's part, its contents or an agenda item (\"Annex: …\", \"Table of "
             "contents\", \"Item 4: General debate …\"), not what the text is about")
_NO_TITLE = frozenset({_MAKER_WHY, _PART_WHY})

STEP_MARGIN = 1.0  # a line over the pick is its title unless this much speaks against it
RANK_COST = 0.75  # each eligible line nearer the body counts this much against a farther one


def _best(eligible: list[int], lines: list[Line], content: list[int],
          feats: dict[int, Features], hints: PageHints,
          reasons: list[str] | None = None, own: dict[int, float] | None = None,
          chosen: list[Candidate] | None = None) -> int:
    """The eligible line with the best evidence; nearness to the body breaks ties and costs
    ``RANK_COST`` a step."""
    scored: list[Candidate] = []
    covered: set[int] = set()
    joined_of: dict[int, str] = {}
    opening = _opening(lines, content, feats, max(eligible) if eligible else 0)
    for i in reversed(eligible):
        if i in covered:
            continue  # the second line of a wrapped heading is scored with its first
        group = wrapped_title(lines, content, feats, i, hints)
        covered |= set(group)
        head = group[0] if group else i
        joined = " ".join(lines[j].text for j in group) if group else lines[i].text
        joined_of[i] = joined
        score, why = evidence(head, lines, content, feats, hints, joined)
        shared = 0.0 if is_field(bare(joined)) else topicality(joined, opening)  # (a field's
        # label says what its value is, never what the text is about: "Word count: 1,184")
        if shared:
            score += TOPIC_WEIGHT * shared
            why.append(f"says what the text is about ({shared:.0%} of its words in the opening)")
        if _in_metadata_block(head, lines, feats):
            score -= 1.0
            why.append("inside a block of metadata lines (session, byline, place and date)")
        # (a contents list, an annex heading or the makers under a cover's title are nearer
        # the body, but no title: they do not put the cover's title back)
        steps = sum(1 for c in scored if not _NO_TITLE & set(c.evidence))
        scored.append(Candidate(i, score - RANK_COST * steps, why, steps, TOPIC_WEIGHT * shared))
    _submission_covers(scored, joined_of)
    # each running line (the header with its short title, the footer with the publisher's
    # name) counts for the candidate repeating most of one of its columns; the publisher's
    # name is no headline by other evidence
    echoed: set[int] = set()
    for parts in _running_columns(hints):
        echo = {c.index: 0 if attribution(bare(joined_of[c.index])) or  # the publisher's
                over_web_address(c.index, lines, content) else
                max((_echo(joined_of[c.index], part) for part in parts
                     if not is_label(" ".join(part))), default=0) for c in scored}  # (a
        # column naming the kind alone, "Joint Submission", says nothing of which one)
        most = max(echo.values(), default=0)
        echoed |= {i for i, n in echo.items() if most >= 2 and n == most}
    for c in scored:
        if c.index in echoed:  # the running header repeats the title, or part of it
            c.score += 1.5
            c.evidence.append("repeated in the running header")
    best = max(scored, key=lambda c: c.score)  # max keeps the first (nearest) on a tie
    if own is not None:
        own.update({c.index: c.shape for c in scored})
    if chosen is not None:
        chosen.append(best)
    if reasons is not None:
        reasons.append(f"best of {len(scored)} candidate line(s), score {best.score:+.1f} ("
                   + ("; ".join(best.evidence) or "no evidence against it") + ")")
    return best.index


# a report's or submission's cover label naming the procedure it goes to ("Joint Submission to
# the UN Committee on …", "Submission to the Universal Periodic Review")
_SUBMITTED_KIND = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:submission|report|briefing)s?\s+to\b",
                             re.IGNORECASE)
HEADLINE_TOPIC = 0.4  # the share of its words in the opening that makes a clean line a headline


def _submission_covers(scored: list[Candidate], joined_of: dict[int, str]) -> None:
    """A submission's cover label (its kind and the body it is submitted to, nothing of what
    about) is its title only where the cover has no headline saying what it is about: when a
    candidate with nothing against it says what the text is about, the label's naming itself
    and its words shared with the opening (the body's name, which the text repeats) count for
    nothing. A letter's "Open letter to …" is how letters are named, and keeps its weight."""
    def label(c: Candidate) -> bool:
        text = bare(joined_of[c.index])
        return addressed_kind(text) and _SUBMITTED_KIND.match(text.strip()) is not None
    def headline(c: Candidate, under: Candidate) -> bool:
        """A clean headline, saying what the text is about or standing under the label on
        the cover (the label names the kind and the body, the line under it the subject)."""
        return not label(c) and c.shape >= 0 and (c.topic >= TOPIC_WEIGHT * HEADLINE_TOPIC or (
            c.index > under.index and len(words(bare(joined_of[c.index]))) >= 4))
    for c in scored:
        if label(c) and "names itself (a statement on, a letter to)" in c.evidence and \
                any(headline(d, c) for d in scored if d is not c):
            c.score -= 2.5 + c.topic  # (and a label over the headline is no title over
            c.topic = 0.0  # its subtitle)
            c.evidence.append("a submission's cover label, under a headline saying what it is "
                              "about: its naming itself and its topicality count for nothing")


def fallback(title: str, hint: str | None) -> str | None:
    """The declared title (an e-mail's subject, a page's headline) to use instead of the
    first block when that block is no headline (a paragraph: over 30 words, or a finished
    sentence of over 15): its "Subject:" label and "Fwd:"/"Re:" tags taken off."""
    if not hint:
        return None
    n = len(words(title))
    if n <= 30 and not (ends_terminal(title) and n > 15):
        return None
    clean = without_kickers(SUBJECT_TAGS.sub("", _EMAIL_HEADER.sub("", hint.strip())).strip())
    return clean if len(words(clean)) >= 2 else None


def clean_title(text: str) -> str:
    """The headline alone, without what a channel or mail client puts round it: an e-mail's
    subject header ("Subject: Fwd: Headline"), a post's author handle, a thread's numbering
    ("… (1/7)", "1/7 …"), leading emoji ("🧵 Headline") or a bullet, a post's label
    ("STATEMENT | ")."""
    out = HANDLE.sub("", text) if len(words(HANDLE.sub("", text))) >= 3 else text
    if re.match(r"^subject\s*:", out, re.IGNORECASE):
        out = SUBJECT_TAGS.sub("", _EMAIL_HEADER.sub("", out)).strip() or out
    elif SUBJECT_LINE.match(out) and len(words(out[SUBJECT_LINE.match(out).end():])) >= 3:
        out = out[SUBJECT_LINE.match(out).end():]  # a letter's "Re: …" line for its title
        out = out[:1].upper() + out[1:]
    out = _THREAD_NO.sub("", out).strip() or out
    out = _THREAD_WORD.sub("", out).strip() or out  # "… in Urmia. Thread" (its "1/7" gone)
    out = without_leading_emoji(out)
    out = re.sub(r"^[-•▪◦‣—–]\s+(?=\S)", "", out)  # an emoji bullet read as a list's mark
    # (or the dash after a thread's number: "🧵 1/6 — OPEN LETTER: …")
    out = out[label_end(out):]
    bold = re.fullmatch(r"(\*{1,2}|_)(\S(?:.*\S)?)\1", out.strip())
    if bold and bold.group(1) not in bold.group(2):
        out = bold.group(2)  # a chat's bold or italic markers round the whole headline
    out = without_label_bar(out)
    out = re.sub(r"^\*\*\s+(?=\S)", "", out)  # a plain-text e-mail's heading mark ("** …")
    out = without_kickers(without_trailing_emoji(out))  # ("… — our statement 🧵")
    out = without_trailing_emoji(out)
    out = quoted_title(out) or out
    return out or text


def without_trailing_emoji(text: str) -> str:
    """The headline without the emoji a post ends it on (a thread's "🧵", a "👇" pointing on
    to the next post, "✊"): a channel's signs, never words of the headline; what is left keeps
    three words or more."""
    out = text.rstrip()
    while out and (is_emoji(out[-1]) or out[-1] in "\ufe0f\u200d") and out[-1] not in "©®™℗":
        if out[-1] == "\ufe0f" and len(out) > 1 and not out[-2].isalnum():
            out = out[:-1]  # a sign the selector shows as an emoji ("‼️"): both go
        out = out[:-1].rstrip()
    return out if len(words(out)) >= 3 else text


# a post naming the statement it carries and quoting its title ('Our statement, issued today —
# "Three journalists, one charge". Please share.', 'Read our new report: “Silenced”'): the quote
# follows a separator or "titled", and ends the post's sentence
_QUOTED = re.compile(r"(?:[—–:,]|\s-|\b(?:titled|entitled|called|headed))\s*"
                     r"(?P<q>[\"“«](?P<title>[^\"“”«»]{8,200})[\"”»]|"
                     r"‘(?P<single>(?:[^‘’]|’(?=\w)){8,200})’)"
                     r"\s*(?:$|[.!?…]|\s[—–-]\s)")
_DOCUMENT = re.compile(r"\b(?:statement|letter|appeal|declaration|submission|communiqu[eé]|"
                       r"petition|report|briefing|urgent action|open letter)s?\b",
                       re.IGNORECASE)


def quoted_title(text: str) -> str | None:
    """The title a post quotes when it names the document it carries ("Our statement, issued
    today 19 Feb 2025 — "Three journalists, one charge: reporting". Please share."): the
    quoted words, three or more, after a document's kind ("statement", "report", "open
    letter") and a separator; the rest is the poster's talk about it. A headline quoting a
    name inside its own words ("Joint statement on the "Chastity and Hijab" law") is no such
    post: its quote follows a word, not a separator."""
    found = _QUOTED.search(text)
    if not found:
        return None
    title = (found.group("title") or found.group("single")).strip().rstrip(".,;")
    before = text[:found.start("q")]
    if len(words(title)) < 3 or not _DOCUMENT.search(before) or len(words(before)) > 20:
        return None
    if not text[found.end():].strip(" .") and re.search(r"\w(?:'s|s'|’s|s’)\s+(?:[\w-]+\s+)?"
                                                      r"(?:statement|letter|appeal):\s*$",
                                                      before) and len(words(before)) <= 6:
        return None  # a headline naming whose words it quotes: "Expelled students' statement:
        # "Our universities have become checkpoints"", nothing after the quotation
    return title[:1].upper() + title[1:]


# the words of a channel's or newsroom's kicker: what kind of post or how new it is, never what
# the statement is ("THREAD:", "BREAKING NEWS |", "JUST IN —", "NEW:"); a document's own type
# ("Statement:", "Open letter:", "Urgent action:") is part of its headline and not among them
KICKER_WORDS = wordset("thread breaking urgent news just in new update updated live watch read "
                       "listen video photos exclusive flash pinned reminder icymi developing")
_KICKER = re.compile(r"^(?P<kicker>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*(?::|\||\s[–—-])\s+(?=\S)")
_KICKER_TAIL = re.compile(r"(?<!\s)\s++(?:[|–—]|-)\s++(?P<tail>[^|–—]{2,40})$")


_LABEL_BAR = re.compile(r"^(?P<head>(?:[^\w\s\"'“‘(]++\s*+)*+)"
                        r"(?P<label>[^\W\d_]++(?:\s+[^\W\d_]++){0,3}+)\s*[|·]\s+(?=\S)")


def without_label_bar(text: str) -> str:
    """A post's headline without a label before a bar, in any case ("📌 Statement | Headline",
    "Press release · Headline"; the capitals' "STATEMENT | " is the classifier's
    ``label_end``): label words only, three words or more left after it."""
    found = _LABEL_BAR.match(text)
    if not found or not is_label(found.group("label")) or \
            len(words(text[found.end():])) < 3 or "|" in text[found.end():]:
        return text
    return text[found.end():]


def _undated(tail: str) -> str:
    """A label tail without the date it gives ("our joint statement, 12 February 2026"): the
    date is the post's (the date finder reads it from the line), the rest still a label."""
    found = find_date(tail)
    if not found or tail[found[2]:].strip(" .,)"):
        return tail
    return tail[:found[1]].rstrip(" ,(–—-") or tail


def without_kickers(text: str) -> str:
    """The headline without a kicker before it (a post's or newsroom's "THREAD:", "BREAKING |",
    "Just in —": words that say what kind of post it is, none saying what happened) or a tail
    after a dash that only labels it ("— our statement", "| Press release", "— our joint
    statement, 12 February 2026"): what is left keeps three words or more."""
    out = text.strip()
    found = _KICKER.match(out)
    if found and all(w.lower() in KICKER_WORDS for w in words(found.group("kicker"))) and \
            len(words(out[found.end():])) >= 3 and not _caps_headline(out[found.end():]):
        out = out[found.end():]
        while out and (is_emoji(out[0]) or out[0] in "\ufe0f\u200d"):
            out = out[1:].lstrip()
        out = out[:1].upper() + out[1:]  # "Watch: families of …" -> "Families of …"
    tail = _KICKER_TAIL.search(out)
    if tail and (is_label(_undated(tail.group("tail"))) or all(
            w.lower() in KICKER_WORDS for w in words(tail.group("tail")))) and \
            len(words(out[:tail.start()])) >= 3:
        out = out[:tail.start()].rstrip()
    return out or text


def _caps_headline(rest: str) -> bool:
    """Whether the headline after a kicker is in capitals too ("URGENT: HUNGER STRIKE BY …"): a
    letter's or cover's headline set in one style, the kicker its first word; a channel sets its
    kicker off from the headline by its case ("🔴 URGENT: Protesters face …")."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


# the word announcing a thread at a headline's end, after its last sentence
_THREAD_WORD = re.compile(r"(?<=[\w.!?”\"])\s+(?:a\s+)?(?:thread|THREAD|Thread)\s*[:.]?\s*"
                          r"(?:🧵|👇)?$")
_THREAD_NO = re.compile(r"^\d{1,2}/\d{1,2}\s+(?=\S)|(?<!\s)\s++\(?\d{1,2}/\d{1,2}\)?$")


_QUOTED_LINE = re.compile(r"[\"“][^\"“”]{3,}[\"”]")


def wrapped_title(lines: list[Line], content: list[int], feats: dict[int, Features],
                  title: int, hints: PageHints | None = None) -> list[int]:
    """The title and the lines it was wrapped over (adjacent, no blank line between): both
    in capitals, or broken after a hyphen or small word, or continued in lowercase; a short
    last line ending a block that opens on such a break ("… independence of the Iranian" /
    "Bar Association", then a blank line); a cover's short title in capitals over its
    subtitle (see :func:`cover_title`)."""
    cover = cover_title(lines, feats, title, hints) if hints is not None else []
    if cover:
        return cover
    def joins(a: int, b: int, new: int) -> bool:
        """Whether lines a and b are one title; ``new`` is the one not yet in it (only its
        furniture evidence counts: the title's own was weighed when it was chosen)."""
        if b not in feats or a not in feats or b != a + 1 and not _colon_spaced(a, b):
            return False
        first, second = bare(lines[a].text), bare(lines[b].text)
        # "Executions in secret:" / "the …"; "DENIED CARE:" / "MEDICAL NEGLECT OF …"
        # "Silenced Classrooms:" / "Teachers Imprisoned for …": a short title and its
        # subtitle, both in title case, one headline parted by the colon
        colon = first.endswith(":") and (starts_lower(second) or
                                         (first.isupper() and second.isupper()) or
                                         (is_title_case(first) and is_title_case(second) and
                                          len(words(first)) <= 6 and not ends_terminal(second)
                                          and not is_label(first.rstrip(":"))))
        # "Silencing the messengers:" / "Iran's campaign against …": a sentence-case title's
        # short head, its subtitle after the colon on the next line (not a list's lead-in,
        # "… call on the authorities to:", nor a label over names, "Signed by:" / "A")
        colon = colon or (first.endswith(":") and _short_head(first, second))
        # "Former political prisoners to the Head of the Judiciary:" / "\"End the use of …\"":
        # who speaks, then their words in quotation marks, one headline
        quoted = first.endswith(":") and bool(_QUOTED_LINE.fullmatch(second)) and \
            len(words(second)) <= 16
        colon = colon or quoted
        # a heading in capitals going on with a place and years ("THE PROSECUTION OF DEFENCE
        # LAWYERS" / "IN IRAN, 2022–2025"): its figures are no furniture
        # (or in lowercase, going on with them: "… Media Workers" / "in Iran, 2020–2025")
        # (one word before the years after a line broken on a small word: "… school
        # expulsions and" / "arrests, 2022–2026")
        dangling = (words(first) or [""])[-1].lower() in _SMALL_END
        dated = (first.isupper() and second.isupper() or new == b and starts_lower(second)
                 and not ends_terminal(first)) and \
            feats[new].evidence == ["mostly digits"] and \
            sum(1 for w in words(lines[new].text) if w.isalpha()) >= (1 if dangling else 2)
        # a lowercase continuation may hold one weak furniture word ("members of parliament")
        if (ends_terminal(first) and not colon) or (not dated and feats[new].furniture >= (
                1.5 if new == b and starts_lower(second) else 1.0)):
            return False
        if not dated and not quoted and not heading_shaped(second, feats[b], 1) and \
                not starts_lower(second):
            return False
        if script_of(first) != script_of(second):
            return False
        # both in capitals: one heading wrapped at a width, not a kicker over it ("JOINT
        # STATEMENT" / "HALT THE DEPORTATIONS …", "IRAN" / "AUTHORITIES SHUT DOWN …"): a
        # document's label or a line far shorter than the one under it, unbroken (no colon,
        # small word or hyphen at its end), is the kicker
        kicker = document_label(first) or (len(first) < 0.5 * len(second) and not (
            first.endswith(":") or _breaks(first)))
        caps = first.isupper() and second.isupper() and feats[a].words + feats[b].words <= 30 \
            and not kicker
        small = (words(first) or [""])[-1].lower() in _SMALL_END or first.endswith("-")
        # broken inside a noun phrase after its article and an adjective ("… for Speaking: An
        # Open" / "Letter from Scholars …")
        small = small or bool(_KIND_BROKEN.search(first))
        tail = new == b and b - 1 in group[1:] and feats[b].words <= 4 and \
            not ends_terminal(second) and not (b + 1 < len(lines) and lines[b + 1].text)
        # a headline never ends on a comma: "… Compulsory Veiling," / "Surveillance and …"
        comma = first.endswith(",") and not ends_terminal(second)
        # a title-case headline wrapped between capitalised words, the two lines a block of
        # their own ("Expulsions of Iranian University Students" / "Reach New High, Observatory
        # Finds"): the second line opens no phrase of its own, neither line is finished
        titled = is_title_case(first) and is_title_case(second) and \
            not (a - 1 >= 0 and lines[a - 1].text) and \
            not (b + 1 < len(lines) and lines[b + 1].text) and \
            not ends_terminal(second) and not first.endswith(":") and \
            not _new_phrase(first, second) and \
            len(words(first)) >= 4 and len(words(second)) >= 3 and \
            len(words(first)) + len(words(second)) <= 20 and \
            (words(second) or [""])[0].lower() not in LABEL_WORDS and \
            not _byline(second) and not find_date(second) and not attribution(second) and \
            not letterhead(first) and not letterhead(second) and not is_label(first)
        return caps or colon or comma or titled or small or starts_lower(second) or tail or \
            enumeration_goes_on(first, second) or \
            _short_pair(lines, feats, a, b) or _colon_pair(lines, feats, a, b) or \
            _split_name(lines, feats, a, b) or \
            _names_tail(lines, feats, a, b)

    def _colon_spaced(a: int, b: int) -> bool:
        """A printed cover's title set out with a blank line between its head and its
        subtitle ("Dismissed for a headscarf:" / "" / "How Iran's hijab law is …")."""
        return b == a + 2 and hints is not None and hints.printed and \
            not lines[a + 1].text and bare(lines[a].text).endswith(":")

    def below(i: int) -> int:
        return i + 2 if i + 1 not in feats and _colon_spaced(i, i + 2) else i + 1

    group = [title]
    while group[0] - 1 in feats and joins(group[0] - 1, group[0], group[0] - 1) and \
            len(group) < 3:
        group.insert(0, group[0] - 1)
    while below(group[-1]) in feats and joins(group[-1], below(group[-1]), below(group[-1])) \
            and len(group) < 3:
        group.append(below(group[-1]))
    block = _heading_block(lines, feats, title)
    while block and block[0] != title and (is_label(bare(lines[block[0]].text)) or
                                           _caps_kicker(block, lines)):
        block = block[1:]  # "PRESS RELEASE" over the headline is a label, not its first line
        # ("IRAN" / "HUMAN RIGHTS" in capitals over a headline wrapped in sentence case: its
        # section's kicker)
    if block and len(block) > len(group) and set(group) <= set(block):
        return block
    return group if len(group) > 1 else []


# a headline broken before the kind of text it names ("… for Speaking: An Open" / "Letter from
# Scholars …"): the article and the kind's adjective end the line
_KIND_BROKEN = re.compile(r"\b(?:an?|the|our)\s+(?:open|joint|urgent|public|collective)$",
                          re.IGNORECASE)


def _short_head(first: str, second: str) -> bool:
    """A title's short head ending on its colon, in sentence case, over a capitalised subtitle
    that is no name, byline or date ("Silencing the messengers:" / "Iran's campaign against
    journalists"): two to six words, not a label, a list's lead-in ending on a small word
    ("… to:") or a label over the names under it ("Signatories:", "Submitted by:")."""
    head = first.rstrip(":").strip()
    ws = words(head)
    if not 2 <= len(ws) <= 6 or head.isupper() or is_title_case(head) or \
            ws[-1].lower() in _SMALL_END or is_label(head) or label_line(first) or \
            _AUTHORS_LABEL.match(first.strip()) or SIGNERS_INLINE.match(first.strip()):
        return False
    # (a headline with a colon of its own under it: the line over it labels it, "English
    # translation:" / "Nowruz message from …: …")
    return second[:1].isupper() and not ends_terminal(second) and not second.isupper() and \
        ":" not in second and \
        len(words(second)) >= 3 and not letterhead(second) and \
        not _byline(second) and not find_date(second) and not attribution(second)


# words that open a phrase of its own (a subtitle's "A joint appeal from …", "An open letter
# by …"), not a headline's second half
_OPENS_PHRASE = wordset("a an the this these our its their by from with")


def _short_pair(lines: list[Line], feats: dict[int, Features], a: int, b: int) -> bool:
    """A short headline wrapped over the two lines of a block of its own ("Lawyers say
    detained journalist" / "Elham Nikbakht denied medication"): blank lines round the two,
    each of seven words or fewer and unfinished, in one case style, the second no phrase of
    its own (not "A joint appeal from …", a byline, a date or a label): a line that short is
    a wrap, not a title over its standfirst (a standfirst says more, and at more length)."""
    if a - 1 >= 0 and lines[a - 1].text or b + 1 < len(lines) and lines[b + 1].text:
        return False
    first, second = bare(lines[a].text), bare(lines[b].text)
    if not (3 <= feats[a].words <= 7 and 3 <= feats[b].words <= 7 and
            feats[a].words + feats[b].words >= 7) or ends_terminal(first) or \
            ends_terminal(second) or first.isupper() or second.isupper() or \
            is_title_case(first):
        return False
    opener = (words(second) or [""])[0].lower()
    # in sentence case a second line opens in capitals only on a name ("Elham Nikbakht"), which
    # the text writes in capitals mid-sentence too; "Eleven held for a month" opens a phrase
    return _a_name(opener, lines) and opener not in _OPENS_PHRASE and \
        opener not in LABEL_WORDS and \
        not is_label(first) and not _byline(second) and not attribution(second) and \
        not find_date(second) and not find_date(first) and not SELF_NAMED.search(second) and \
        not letterhead(first) and not letterhead(second)


_NAME_JOINS = wordset("and")


def _names_tail(lines: list[Line], feats: dict[int, Features], a: int, b: int) -> bool:
    """A sentence-case headline wrapped before the names it ends on, the two lines a block of
    their own ("Overturn the death sentences against women labour activists" / "Sharifeh
    Molavi and Tahmineh Sadr"): the second line holds names only (capitalised words joined by
    "and" or commas), the first of them a name the text writes in capitals mid-sentence (the
    people the statement is about, not its authors), the first line unfinished."""
    if a - 1 >= 0 and lines[a - 1].text or b + 1 < len(lines) and lines[b + 1].text:
        return False
    first, second = bare(lines[a].text).strip(), bare(lines[b].text).strip()
    if not 4 <= feats[a].words <= 14 or not 2 <= feats[b].words <= 8 or \
            ends_terminal(first) or ends_terminal(second) or first.endswith(":") or \
            first.isupper() or second.isupper() or is_title_case(first):
        return False
    ws = words(second)
    if not all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in ws) or \
            sum(1 for w in ws if w[:1].isupper()) < 2 or not ws[0][:1].isupper():
        return False
    return _a_name(ws[0].lower(), lines) and ws[0].lower() not in _OPENS_PHRASE and \
        not _byline(second) and not attribution(second) and not find_date(second) and \
        not letterhead(second) and not is_label(second) and not SELF_NAMED.search(second)


def _colon_pair(lines: list[Line], feats: dict[int, Features], a: int, b: int) -> bool:
    """A headline already parted by its colon, wrapped over the two lines of a block of its
    own ("Imprisoned for Reporting: Iran Must Release Journalists" / "Held in Evin and Qezel
    Hesar"): a headline with its subtitle after the colon has no second subtitle under it, so
    a short unfinished line right under it, in the same case style, goes on with it (not a
    byline, a date, a label, an attribution, a name or a phrase of its own: "A joint
    statement with …")."""
    if a - 1 >= 0 and lines[a - 1].text or b + 1 < len(lines) and lines[b + 1].text:
        return False
    first, second = bare(lines[a].text), bare(lines[b].text)
    head, colon, rest = first.partition(": ")
    if not colon or len(words(head)) < 1 or len(words(rest)) < 3 or ends_terminal(first) or \
            ends_terminal(second) or second.endswith(":") or ":" in second:
        return False
    if not (2 <= feats[b].words <= 8 and feats[b].words < feats[a].words) or \
            is_title_case(rest) != is_title_case(second) or first.isupper() or second.isupper():
        return False
    opener = (words(second) or [""])[0].lower()
    return opener not in _OPENS_PHRASE and opener not in LABEL_WORDS and \
        not is_label(second) and not _byline(second) and not attribution(second) and \
        not find_date(second) and not SELF_NAMED.search(second) and not letterhead(second) \
        and not _DOCUMENT.search(second)


def _split_name(lines: list[Line], feats: dict[int, Features], a: int, b: int) -> bool:
    """A sentence-case headline wrapped inside a name ("Open letter to the Head of the
    Judiciary of the Islamic" / "Republic of Iran on the persecution of …"): the first line
    ends on a capitalised word that is not its first, the second opens on a word the text
    writes as a name, neither line finished, the two a block of their own. In sentence case a
    capital there only goes on with the name; a title's subtitle opens a phrase of its own."""
    if a - 1 >= 0 and lines[a - 1].text or b + 1 < len(lines) and lines[b + 1].text:
        return False
    first, second = bare(lines[a].text), bare(lines[b].text)
    ws, opener = words(first), (words(second) or [""])[0]
    if len(ws) < 3 or not ws[-1][:1].isupper() or not opener[:1].isupper() or \
            is_title_case(first) or first.isupper() or second.isupper() or \
            ends_terminal(first) or ends_terminal(second) or first.endswith((":", ",")) or \
            feats[a].words + feats[b].words > 30 or script_of(first) != script_of(second):
        return False
    # the name goes on: the text writes the opener as a name, or the first line ends on a
    # name's adjective, which needs its noun ("… of the Islamic", "… the European")
    adjective = len(ws[-1]) >= 6 and re.search(r"(?:ic|ian|ean|ese|ish)$", ws[-1]) is not None
    return (adjective or _a_name(opener, lines)) and opener.lower() not in _OPENS_PHRASE and \
        opener.lower() not in LABEL_WORDS and not _byline(second) and \
        not attribution(second) and not find_date(second) and not is_label(second)


def _a_name(word: str, lines: list[Line]) -> bool:
    """Whether the text writes ``word`` as a name: in capitals wherever it stands inside a
    sentence (not first on a line, not after a full stop or colon), and there at least once."""
    inside = 0
    for line in lines:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", line.text,
                                 re.IGNORECASE):
            before = line.text[:found.start()].rstrip()
            if not before or before[-1] in ".!?:;\"“(—–-*#>":
                continue
            if not found.group(0)[:1].isupper():
                return False
            inside += 1
    return inside > 0


_OPENER = re.compile(r"(?:^|\s)\(?1/(\d{1,2})\)?\s*$")


def thread_opener(lines: list[Line], content: list[int], a: int,
                  hints: PageHints | None = None) -> int | None:
    """A thread's first post when it is a headline: a line above the body numbered "1/7"
    (at its end) whose thread goes on ("2/7 …" further down); also when the numbering was
    taken off the lines already (``hints.thread_parts``)."""
    parts = hints.thread_parts if hints is not None else {}
    for i in content:
        if i > a or (i == a and not parts):
            break  # (a thread's span starts the body at its first post)
        k, n = parts.get(lines[i].no, (0, 0))
        if k == 1 and any(parts.get(lines[j].no) == (2, n) for j in content if j > i):
            return i
        found = _OPENER.search(lines[i].text)
        if found and any(re.match(rf"^\(?2/{found.group(1)}\b", lines[j].text) or
                         lines[j].text.rstrip().endswith(f"2/{found.group(1)}") or
                         parts.get(lines[j].no) == (2, int(found.group(1)))
                         for j in content if j > i):  # (the second's numbering taken off)
            return i
    return None


def _second_post_heading(lines: list[Line], content: list[int], feats: dict[int, Features],
                         opener: int, hints: PageHints) -> int | None:
    """A thread opening with a post that tells of the text rather than heading it ("Today 212
    women … publish an open letter … Thread with the full text ⬇️"), its second post a
    heading alone ("2/8 Open letter to the Head of the Judiciary on …"): that heading."""
    first = clean_title(lines[opener].text)
    if len(words(first)) <= 20 and len(sentences(first)) == 1:
        return None  # a headline itself
    for j in [i for i in content if i > opener][:4]:
        if not re.match(r"^\(?2/\d{1,2}\b", lines[j].text) and \
                (hints.thread_parts or {}).get(lines[j].no, (0, 0))[0] != 2:
            continue
        text = clean_title(lines[j].text)
        f = measure(bare(text))
        if heading_shaped(text, f) and 4 <= f.words <= 25 and not f.terminal:
            return j
        return None
    return None


def _block_of(lines: list[Line], i: int) -> list[int]:
    """The lines of the block (blank lines round it) that ``i`` is in."""
    start = end = i
    while start - 1 >= 0 and lines[start - 1].text:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].text:
        end += 1
    return list(range(start, end + 1))


def cover_title(lines: list[Line], feats: dict[int, Features], i: int,
                hints: PageHints) -> list[int]:
    """The block ``i`` is in when it is a report's cover title: a short title in capitals
    that the running header repeats as a column of its own ("SILENCED CLASSROOMS", running
    "Silenced Classrooms      Briefing Paper"), over its subtitle on the next one or two
    lines, not in capitals and unfinished ("The Arrest and Prosecution of Teachers'" /
    "Union Activists in Iran"). The title is both, "Short title: subtitle" (see
    :func:`join_title`)."""
    if not hints.running or i not in feats:
        return []
    block = _block_of(lines, i)
    if not 2 <= len(block) <= 3 or any(j not in feats for j in block):
        return []
    first, rest = bare(lines[block[0]].text), [bare(lines[j].text) for j in block[1:]]
    ws = [w.lower() for w in words(first)]
    if not 2 <= len(ws) <= 6 or is_label(first) or not (
            (first.isupper() and ws in _running_parts(hints)) or
            _running_whole(f"{first}: {' '.join(rest)}", hints)):
        return []
    if any(t.isupper() or ends_terminal(t) or find_date(t) or _byline(t) for t in rest) or \
            len({script_of(t) for t in [first, *rest]}) > 1 or \
            sum(len(words(t)) for t in rest) > 25 or \
            not all(heading_shaped(t, feats[j], 1) for j, t in zip(block[1:], rest,
                                                                     strict=True)):
        return []
    return block


# a letter's subject line under its title ("RE: RENEWING THE MANDATE OF …")
SUBJECT_LINE = re.compile(r"^(?:re|subject|subj|concerning|regarding)\s*:\s*(?=\S)", re.IGNORECASE)


def with_subject(lines: list[Line], content: list[int], feats: dict[int, Features],
                 title_lines: list[int], a: int) -> list[int]:
    """The title's lines and the letter's subject line under them ("OPEN LETTER TO THE
    MEMBERS OF THE COUNCIL" / "RE: RENEWING THE MANDATE OF …"): a line labelled "Re:" or
    "Subject:" right under the title (a blank line at most between), above the body, one
    heading and no sentence, says what the letter is about — the title's subtitle, after a
    colon (see :func:`join_title`)."""
    last = title_lines[-1]
    after = [i for i in content if i > last][:1]
    if not after or after[0] - last > 2 or after[0] >= a:
        return title_lines
    i = after[0]
    text = bare(lines[i].text)
    found = SUBJECT_LINE.match(text)
    rest = text[found.end():] if found else ""
    if not found or ends_terminal(rest) or not 3 <= len(words(rest)) <= 25 or \
            measure(rest).hard >= 1.0 or script_of(text) != script_of(lines[title_lines[0]].text):
        return title_lines
    return [*title_lines, i]


def with_kind(lines: list[Line], content: list[int], title_lines: list[int]) -> list[int]:
    """The title's lines and a document-kind label over an addressee's line ("OPEN LETTER" /
    "To the Ministers of Foreign Affairs of …"): the label alone says nothing and the addressee
    alone is no headline; together they are the letter's title ("OPEN LETTER to the …")."""
    first = title_lines[0]
    if not re.match(r"^to\s+\S", bare(lines[first].text), re.IGNORECASE) or \
            ":" in bare(lines[first].text)[:4]:
        return title_lines
    above = [i for i in content if i < first][-1:]
    if not above or first - above[0] > 2:
        return title_lines
    label = bare(lines[above[0]].text)
    if not is_label(label) or not _KIND.search(label):
        return title_lines
    return [above[0], *title_lines]


def join_title(head: str, rest: list[str], running: tuple[str, ...] = ()) -> str:
    """The title wrapped over lines as one line: a hyphen broken before lowercase is
    joined, a cover's short title in capitals and its subtitle are parted by a colon
    ("SILENCED CLASSROOMS: The Arrest and …"), as are a short title and a subtitle the
    ``running`` header joins so ("Locked Out: Women, work and …"), so is a letter's subject
    line ("Re: …") with its label taken off, other lines by a space."""
    out = head
    if len(rest) == 1 and running and _running_whole(f"{head}: {rest[0]}", running):
        return f"{head}: {rest[0]}"
    for text in rest:
        subject = SUBJECT_LINE.match(text)
        if subject:
            out = f"{out.rstrip().rstrip(':')}: {text[subject.end():]}"
        elif out is head and is_label(head) and re.match(r"^To\s", text):
            kind = out.capitalize() if out.isupper() else out  # "OPEN LETTER" / "To the …"
            out = f"{kind} t{text[1:]}"
        elif out.endswith("-") and text[:1].islower():
            out = out[:-1] + text
        elif out is head and out.isupper() and text[:1].isupper() and not text.isupper() and \
                not out.endswith((":", ",")) and (words(out) or [""])[-1].lower() not in _SMALL_END:
            out = f"{out}: {text}"
        else:
            out = f"{out} {text}"
    return out


def _heading_block(lines: list[Line], feats: dict[int, Features], i: int) -> list[int]:
    """The block (blank lines round it) of three or four lines that ``i`` is in, when it is
    one heading wrapped at some width: no line finished (a colon aside), no date or byline,
    one script, at most 45 words, and wrapped inside (a line ending in a small word or a
    hyphen, or the next one in lowercase): "Joint letter to Member and Observer States of the
    UN Human" / "Rights Council: renew and strengthen the mandate of the" / "independent …"."""
    start = end = i
    while start - 1 >= 0 and lines[start - 1].text:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].text:
        end += 1
    block = list(range(start, end + 1))
    if not 3 <= len(block) <= 4 or any(j not in feats for j in block):
        return []
    texts = [bare(lines[j].text) for j in block]
    if any(_new_phrase(a, b) for a, b in zip(texts, texts[1:], strict=False)):
        return []  # a headline over its subtitle ("… counting the teachers" / "An open letter
        # from …"), not one heading
    # a line going on from a small word or a hyphen ("A Call to Raise the" / "Minimum Age") is
    # the heading's continuation, not a byline
    bylines = [_byline(t) and not (k and _breaks(texts[k - 1])) for k, t in enumerate(texts)]
    marked = any(find_date(t) or feats[j].hard >= 1.0 for j, t in zip(block, texts, strict=True))
    if any(ends_terminal(t) and not t.endswith(":") for t in texts) or any(bylines) or marked or \
            len({script_of(t) for t in texts}) > 1 or sum(feats[j].words for j in block) > 45:
        return []
    if any(is_title_case(up) and not up.isupper() and not _breaks(up) and
           not up.endswith(":") and not is_title_case(down) and not down.isupper() and
           down[:1].isupper() for up, down in zip(texts, texts[1:], strict=False)):
        return []  # a title in title case over a subtitle in sentence case ("Behind the Walls
        # of Qarchak" / "Women political prisoners and the denial of" / "medical care …"):
        # the style changes between two headings, where one heading wrapped keeps its style
    wrapped = any(_breaks(a) or starts_lower(b) for a, b in zip(texts, texts[1:], strict=False))
    return block if wrapped else []


def _caps_kicker(block: list[int], lines: list[Line]) -> bool:
    """A block's first line a short kicker in capitals over lines that are not ("IRAN" /
    "Authorities shut down …" / "… fourth day"): at most three words, unbroken, shorter
    than half the line under it."""
    first, rest = bare(lines[block[0]].text), [bare(lines[j].text) for j in block[1:]]
    return bool(rest) and first.isupper() and len(words(first)) <= 3 and \
        not any(t.isupper() for t in rest) and not first.endswith(":") and \
        not _breaks(first) and len(first) < 0.5 * len(rest[0])


def _asks(text: str) -> bool:
    """A headline's question or exclamation ending it ("… where are they buried?")."""
    return text.rstrip().endswith(("?", "!"))


def _new_phrase(above: str, line: str) -> bool:
    """A line that opens a phrase of its own ("An open letter from …", "The families …")
    under one that ends whole (no small word or hyphen at its end): a subtitle, not the
    heading's wrapped words."""
    first = (words(line) or [""])[0]
    # a subtitle saying what kind of document the headline heads ("Joint public statement on
    # the exclusion of …" under "Iran: Let Students Study"): a phrase of its own too
    kind = _SUBTITLE_KIND.match(line) is not None and not above.isupper()
    return first[:1].isupper() and (first.lower() in _OPENS_PHRASE or kind) and \
        not _breaks(above) and not above.rstrip().endswith((":", ",")) and not above.isupper()


_KINDS = r"(?:statement|letter|appeal|declaration|submission|communiqu[eé]|petition|report|" \
    r"briefing)"
# (two kinds in one: "Joint statement and briefing to the diplomatic community")
_SUBTITLE_KIND = re.compile(r"^(?:(?:joint|public|open|written|oral|urgent|press|an?|the|our|"
                            r"new)\s+){0,2}?" + _KINDS + r"(?:\s+(?:and|&)\s+" + _KINDS +
                            r")?\s+(?:on|to|for|against|regarding|concerning|about|from|by)\s",
                            re.IGNORECASE)
    # (a cover's short title in capitals over its subtitle is one title: "DETAINED AT DAWN" /
    # "The Arrest of …", see :func:`join_title`)


def _breaks(text: str) -> bool:
    """A line broken inside a phrase: after a small word ("… to Raise the") or a hyphen."""
    return (words(text) or [""])[-1].lower() in _SMALL_END or text.endswith("-")




def _running_columns(hints: PageHints) -> list[list[list[str]]]:
    """Each distinct running header or footer of a PDF as its columns, in words (not the
    site's name, a date, a page number): a report's running header is often its short
    title."""
    out: list[list[list[str]]] = []
    for running in hints.running:
        parts: list[list[str]] = []
        for part in re.split(r"\s+[|·•–—-]\s+|\s{3,}", running):
            ws = [w for w in words(part.lower()) if not w.isdigit() and w not in MONTHS]
            if len(ws) >= 2 and " ".join(ws) not in hints.site_names:
                parts.append(ws)
        if parts and parts not in out:
            out.append(parts)
    return out


def _running_whole(title: str, hints: PageHints | tuple[str, ...]) -> bool:
    """Whether a running header is the whole title, short title and subtitle after a colon,
    its page number aside ("Locked Out: Women, work and the law in Iran   2" over the pages
    of a cover's "Locked Out" / "Women, work and the law in Iran")."""
    running = hints.running if isinstance(hints, PageHints) else hints
    mine = " ".join(words(title.lower()))
    return any(" ".join(words(re.sub(r"\s+\d{1,4}$", "", line.strip()).lower())) == mine and
               ":" in line for line in running)


def _running_parts(hints: PageHints) -> list[list[str]]:
    """The columns of all the running headers and footers."""
    return [part for parts in _running_columns(hints) for part in parts]


def _echo(text: str, part: list[str]) -> int:
    """How many words of a running header's column the candidate repeats (all or none)."""
    folded = " " + " ".join(words(text.lower())) + " "
    return len(part) if f" {' '.join(part)} " in folded else 0


def _echoed_cover(lines: list[Line], content: list[int], feats: dict[int, Features], i: int,
                  hints: PageHints) -> bool:
    """A cover's short title in capitals wrapped over lines ("STARRED AND" / "SILENCED") that
    a running header's column repeats whole ("STARRED AND SILENCED · OPEN LETTER"): a title,
    however few its words on each line."""
    group = wrapped_title(lines, content, feats, i, hints)
    if len(group) < 2 or group[0] != i or not all(bare(lines[j].text).isupper() for j in group):
        return False
    joined = " ".join(bare(lines[j].text) for j in group)
    n = len(words(joined))
    return n >= 2 and any(len(part) == n and _echo(joined, part) == n and
                          not is_label(" ".join(part)) for part in _running_parts(hints))


def _echoed(text: str, hints: PageHints) -> int:
    """How many words of a running header's column (not the site's name, not a date) the
    candidate repeats at most."""
    return max((_echo(text, part) for part in _running_parts(hints)), default=0)


_STAMP = re.compile(r"[\[(]?\d[\d./:,\- ]*\d[\])]?")


def _in_metadata_block(i: int, lines: list[Line], feats: dict[int, Features]) -> bool:
    """A line below the first of a block (no blank lines between) that holds a date line or a
    byline ("Human Rights Council, 61st Session" / "Item 4: …" / "Delivered by …" / "Geneva,
    19 March 2026"): the statement's particulars, not its headline."""
    if i == 0 or not lines[i - 1].text or not any(not line.text for line in lines):
        return False
    if _STAMP.fullmatch(lines[i - 1].text.strip()):
        return False  # a post's time stamp ("[16.11.25 19:05]") over its first line
    start = i
    while start > 0 and lines[start - 1].text:
        start -= 1
    end = i
    while end + 1 < len(lines) and lines[end + 1].text:
        end += 1
    if i > start and all(is_label(bare(lines[j].text)) for j in range(start, i)):
        return False  # the block's first line is a kicker ("Statement") over the headline
    if i == end and i > start and feats.get(i) and feats[i].words >= 5 and all(
            (is_label(bare(lines[j].text)) or find_date(lines[j].text) or
             _byline(lines[j].text)) and len(words(lines[j].text)) <= 8 and
            len(words(lines[j].text)) < feats[i].words for j in range(start, i)):
        return False  # the headline closing the block under its kicker, date line, by-line
    by = next((j for j in range(i + 1, min(end, i + 3) + 1) if _byline(lines[j].text)), None)
    if by is not None and feats.get(i) and feats[i].words >= 3 and \
            not any(ends_terminal(lines[j].text) for j in range(i, by)) and \
            all(len(words(lines[j].text)) <= 3 and not ends_terminal(lines[j].text)
                for j in range(start, i)):
        return False  # the headline (wrapped over two lines at most) under its section's
        # kicker ("Middle East"), over its by-line and date: the particulars are below it
    block = range(start, end + 1)
    return end - start >= 2 and any(
        find_date(lines[j].text) and len(words(lines[j].text)) <= 8 or
        _ATTRIBUTION.match(lines[j].text) for j in block if j != i)


def _mid_block(lines: list[Line], feats: dict[int, Features], i: int) -> bool:
    """A line that goes on from a long unfinished line right above it (no blank line between,
    on a page whose blocks are parted by blank lines): the second line of a wrapped paragraph
    ("Joint submission by A, the B" / "Committee and the C"), no headline's start. A post's
    header above (its channel and time stamp: "Channel, [08.03.2026 14:32]") is no paragraph's
    line, nor is a whole attribution the line does not go on: the post's first line, or the
    line under its maker's, may be its headline."""
    prev = i - 1
    if prev < 0 or not lines[prev].text or prev not in feats:
        return False
    if not any(not line.text for line in lines):
        return False
    if maker_line(lines[prev].text) and not maker_line(f"{lines[prev].text} {lines[i].text}"):
        return False  # a maker's whole line over a headline ("Statement of the X collective" /
        # "Hunger strike in …: …"), not the names going on
    return feats[prev].words >= 8 and not ends_terminal(lines[prev].text) and \
        not lines[prev].text.isupper() and "time stamp" not in feats[prev].evidence and \
        script_of(lines[prev].text) == script_of(lines[i].text)  # not a translation under it


def _continued(lines: list[Line], i: int) -> bool:
    """A short headline wrapped on to the next line ("JOINT APPEAL" / "on the situation ...")."""
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return bool(nxt) and starts_lower(nxt) and not ends_terminal(nxt)


def _adjacent(i: int, j: int, lines: list[Line]) -> bool:
    """Only blank lines between i and j (j after i)."""
    return all(not lines[k].text for k in range(i + 1, j))
