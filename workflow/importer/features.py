"""Evidence about one block (a line or paragraph) that holds on any site.

Two scores come out: ``sentence`` (how much the block reads like prose: length, final
punctuation, stop-word density as jusText measures it) and ``furniture`` (links, digits, phone
numbers, e-mail addresses, hashtags, emoji, counters, menu separators, language names, legal
lines and the furniture lexicon as one feature among these). Each furniture point is named in
``evidence`` so that the import report can say why a block went.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from workflow.importer.lexicon import LANGUAGE_NAMES, WEAK, furniture_hits, stoplist, strip_lexicon
from workflow.importer.metadata import find_date, partial_date
from workflow.importer.text import ends_terminal, words

_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:me|com|org|net|io|ly)/\S*", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_HASHTAG = re.compile(r"(?<![\w&])#(?!\d+\b)\w+")  # (not a number: "Issue #112", "No. #3")
_PHONE = re.compile(r"(?:\+\d[\d ()./-]{7,}\d)|\btel\.?:?\s*[\d ()+./-]{7,}", re.IGNORECASE)
# counters: "12.4K", "1,204 Reposts", "Comments (37)", "(4)", "4,211 people have signed"
_COUNTER = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?[KkMm]\b|\(\d{2,}[\d,.]*\)|"
    r"\b\d[\d,.]*\s+(?:likes?|views?|comments?|replies|reposts?|retweets?|shares?|subscribers|"
    r"members|followers|stories|saves|reads?|hits|restacks?|quotes|bookmarks|reactions|people "
    r"have signed|signatures|supporters)\b|"
    r"\b(?:likes?|views?|comments?|hits|shares?)\s*:?\s*\(?\d[\d,.]*\)?$", re.IGNORECASE)
# a person's age after the name, as the press writes it ("Arman Feizi (22), Golnaz Partovi
# (21) and …"): a first name and a surname before the figure, no counter's label ("Comments")
_AGE = re.compile(r"\b(?P<name>[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)\s*\((?P<n>\d{1,3})\)")


def _without_ages(text: str) -> str:
    return _AGE.sub(lambda m: m.group(0) if int(m.group("n")) > 110 or
                    furniture_hits(m.group("name")) else m.group("name"), text)


_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|gmt|utc|[A-Z]{3})?\b",
                   re.IGNORECASE)
_FILE_SIZE = re.compile(r"\(\s*(?:pdf|docx?|zip)?,?\s*\d+(?:[.,]\d+)?\s?(?:kb|mb|ko|mo)\s*\)",
                        re.IGNORECASE)
_AGO = re.compile(r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|"
                  r"years?)\s+ago\b", re.IGNORECASE)
# "from €4 a month", "$5/month", "£10 per month": with words asking for it ("become a member",
# "chip in", "a gift of", "keeps us independent"), a pitch, not a report of wages
_PER_MONTH = re.compile(r"[$€£¥]\s?\d[\d.,]*\s*(?:(?:a|per|/)\s*(?:month|week)|monthly|weekly)\b|"
                        r"\b\d[\d.,]*\s?(?:euros?|dollars?|pounds?|EUR|USD|GBP)\s+(?:a|per)\s+month\b",
                        re.IGNORECASE)
_PITCH = re.compile(r"\b(?:member(?:ship)?|donat\w*|gift|give|giving|support\w*|chip in|fund\w*|"
                    r"subscri\w*|contribut\w*|pays? for|helps?|provides?|keeps? us|sponsor\w*|"
                    r"join)\b", re.IGNORECASE)
_SIGNED_AGO = re.compile(r"\b(?:signed|joined|donated|gave)\s+(?:\d+|a|an)\s*(?:seconds?|"
                         r"minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.IGNORECASE)
_FORM_FIELD = re.compile(r"\s\*$|^\[\s?[x ]?\]\s|^\(\s?\)\s|:\s*_{3,}|^\W*(?:select|choose|"
                         r"enter|type) (?:a|an|your)\b", re.IGNORECASE)
# a checkbox or radio button with its label ("[ ] Keep me updated about this campaign and ..."),
# however long the label, and a button drawn in brackets ("[ Sign the petition ]")
_CHECKBOX = re.compile(r"^(?:\[\s?[xX✓✔ ]?\s?\]|\(\s?\)|[☐☑☒])\s*\w")
_BUTTON = re.compile(r"^\[\s*[^\W\d][^\[\]]{1,40}?\s*\]$")
# a post's media placeholder as a copy shows it ("[Image: … Alt: … ALT]", "[Video]", "[Carousel
# 1/6: white text on black — …]"), a
# document's figure left out of its text ("[Figure 1: Hourly traffic … Source: …]")
_MEDIA = re.compile(r"^\[\s*(?:image|photo|picture|video|gif|media|attachment|audio|"
                    r"sticker|figure|fig\.|chart|graph|map|infographic|illustration|diagram|"
                    r"carousel|slides?|reel|screenshot|thumbnail|poster|banner|drawing|sketch|"
                    r"cartoon|photograph|"
                    # (the same words in the other languages a page comes in: "[Foto: …]")
                    r"fotos?|bild|grafik|karte|imagen|fotograf[íi]a|ilustraci[óo]n|immagine|"
                    r"illustration|dessin|carte|عکس|تصویر)"
                    r"\b[^\[\]]*\]$|"
                    # an editor's note in brackets that something was left out of this copy
                    # ("[drawing not reproduced in this text version]", "[table omitted]")
                    r"^\[[^\[\]]{0,80}\b(?:not reproduced|omitted|not shown|not included|"
                    r"not available in this|removed from this)\b[^\[\]]*\]$", re.IGNORECASE)
# a link to another story set inside the article under its label ("RELATED: Khuzestan's
# water crisis, explained in five maps")
_TEASER_LABEL = re.compile(r"^(?:related(?: stories| story| articles?| coverage| reading)?|"
                           r"see also|further reading|recommended(?: reading)?|more on this|"
                           r"watch|listen)\s*:\s*\S", re.IGNORECASE)
# An advertisement's shape, as evidence of several kinds (one alone is ordinary prose: "today",
# "free", "Apply"): a discount or a price, a free offer, a call to buy or try at a sentence's
# start, a deadline or "today" closing the line, a product's name with its claim after a colon
# or a dash ("TunnelFox VPN – …", "SecureNote: …").
_OFFER = {
    "discount": re.compile(r"\b\d{1,3}\s?%\s*(?:off|discount|rabatt|de descuento|de r[ée]duction|"
                           r"di sconto|korting)\b|\bhalf[- ]price\b|\b(?:save|sparen sie|"
                           r"ahorra|économisez)\s+(?:up to\s+|bis zu\s+|hasta\s+)?\d",
                           re.IGNORECASE),
    "price": re.compile(r"[$€£¥]\s?\d|\b\d+(?:[.,]\d{2})?\s?[€£]"),
    "free offer": re.compile(r"\bfree\s+(?:trial|lesson|class|course|shipping|delivery|download|"
                             r"demo|month|week|for\s+\d+)\b|\b(?:try|test|start|get|download|use)"
                             r"(?:\s+[\w']+){0,2}\s+(?:for\s+)?free\b|\bfirst\s+\w+\s+(?:is\s+)?"
                             r"free\b|\bfor free\b|\b(?:gratis|kostenlos\w*|gratuit\w*|"
                             r"gratuita?s?)\b", re.IGNORECASE),
    "call to buy": re.compile(r"(?:^|[.!?]\s+|\s[-–—:]\s+)(?:try|buy|shop|download|apply|learn|"
                              r"discover|enrol|enroll|book|reserve|grab|claim|upgrade|install|"
                              r"order now|get it|subscribe now|jetzt|testen sie|kaufen sie|"
                              r"compra|descarga|reserva|prueba|essayez|achetez|t[ée]l[ée]chargez|"
                              r"r[ée]servez)\b", re.IGNORECASE),
    "deadline": re.compile(r"\b(?:apply|register|sign up|book|enrol|enroll|order)\s+(?:by|before)"
                           r"\s+\d{1,2}\s+[A-Za-z]{3,9}\b|\b(?:today|now|tonight|jetzt|ahora|"
                           r"maintenant)[.!]?$|\blimited[- ]time\b|\bwhile stocks last\b",
                           re.IGNORECASE),
    "product claim": re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]\w+\s+(?:VPN|App|Pro|Plus|Hub))"
                                r"(?:\s+\w+)?\s*(?::|\s[-–—])\s+\S"),
}


def offer_signals(text: str) -> list[str]:
    """The kinds of an advertisement's evidence in ``text`` (see ``_OFFER``)."""
    return [kind for kind, pattern in _OFFER.items() if pattern.search(text)]


# A paid-content mark opening the line, the advertiser's words after it ("SPONSORED ·
# SecureNote: …", "Sponsored: Need a VPN …", "Promoted · StudyAbroad Hub", "Anzeige | …")
PAID_MARK = re.compile(r"^(?:ad|ads|promoted|sponsored(?: content| post| link)?|advertisement|"
                       r"anzeige|werbung|publicit[ée]|publicidad|sponsoris[ée]|patrocinado|"
                       r"pubblicit[àa]|reklame|تبلیغ|آگهی)(?:\s*[:·|•–—]\s*\S.*)?$",
                       re.IGNORECASE)
# a newsletter's sponsor's heading over its message ("TOGETHER WITH LINGO BRIDGE", "Presented by
# A", "Today's sponsor", "A word from our sponsor"): a short line, the sponsor's name at most
SPONSOR_MARK = re.compile(r"^(?:together\s+with|presented\s+by|brought\s+to\s+you\s+by|"
                          r"in\s+partnership\s+with|sponsored\s+by|supported\s+by\s+our\s+"
                          r"sponsors?|today['’]s\s+sponsors?|(?:a\s+)?(?:word|message)\s+from\s+"
                          r"(?:our|this\s+week['’]s|today['’]s)\s+sponsors?|"
                          r"this\s+(?:issue|newsletter|edition|episode)\s+is\s+(?:sponsored|"
                          r"supported|brought\s+to\s+you)\s+by)\b(?:\s+[\w&.'’-]+){0,5}"
                          r"\s*[:.!]?$", re.IGNORECASE)
# a paywall's meter ("You have read 2 of 3 free articles this month.", "Sie haben 2 von 3
# kostenlosen Artikeln gelesen."): a count of the reader's articles out of an allowance
_METER = re.compile(r"\b\d{1,2}\s+(?:of|von|de|sur|di|van|из)\s+\d{1,2}\s+(?:[\w-]+\s+){0,2}"
                    r"(?:articles?|stories|artikeln?|beitr[äa]gen?|art[íi]culos|articoli|artigos|"
                    r"berichten|مقاله)\b", re.IGNORECASE)
_METER_WORDS = re.compile(r"\b(?:read|gelesen|le[íi]do|lus?|letti|lidos|gelezen|free|kostenlos\w*|"
                          r"gratuit\w*|gratis|remaining|left|verbleibend\w*|restantes?)\b",
                          re.IGNORECASE)
# A lead to another story set into the text: a short label whose words say "read" or "see
# also" in one of the languages a page comes in ("Read our report:", "LEA TAMBIÉN:", "ALSO READ",
# "Auch interessant:", "Lire aussi :") and a headline after it (no full stop, or the title's own
# question mark; "(2025, PDF)" after it), or a headline and its blurb after a dash.
_READ_LABEL = re.compile(
    r"(?:^\s*(?:more|also|m[áa]s|plus|mehr|ayr[ıi]ca|daha fazla)\s*$|"  # ("MORE: …")
    r"\b(?:read|reading|leer|lea|lee|l[ée]ase|lire|lisez|leggi|leia|lees|lesen|lies|weiterlesen|"
    r"oku|okuyun|"
    r"بخوانید|بخوانيد)\b|\b(?:see|voir|zie|siehe|ver|vedi|veja) (?:also|aussi|ook|auch|"
    r"tambi[ée]n|anche|tamb[ée]m)\b|\b(?:auch|also|aussi|tambi[ée]n|anche) (?:interessant|"
    r"interesting|int[ée]ressant|interesante)\b|\bmehr zum thema\b|\bm[áa]s sobre\b|"
    r"\brelated\b|\bte puede interesar\b|\bpotrebbe interessarti\b|\bvous aimerez aussi\b)",
    re.IGNORECASE)
_CAPS_LABEL = re.compile(r"^((?:[^\W\d_a-z]{2,}\s+){1,3}[^\W\d_a-z]{2,})\s+(?=[^\W\d_])")
_BOX = re.compile(r"^[│┃║|]\s*|\s*[│┃║|]$")


def read_more_lead(text: str) -> str:
    """A lead to another story: "headline" (its label and the headline, see ``_READ_LABEL``),
    "teaser" (the headline's blurb after a dash as well), or ""."""
    text = _BOX.sub("", text.strip()).strip()
    colon = text.find(":")
    if 0 < colon <= 40:
        label, rest = text[:colon], text[colon + 1:].strip()
    elif found := _CAPS_LABEL.match(text):
        label, rest = found.group(1), text[found.end():]
    else:
        return ""
    if len(words(label)) > 5 or not _READ_LABEL.search(label):
        return ""
    head, *blurb = re.split(r"\s[—–]\s", rest, maxsplit=1)
    head = re.sub(r"\s*\([^()]{0,40}\)\s*$", "", head)  # "(2025, PDF)", "(12 pages)"
    n = len(words(head))
    if 2 <= n <= 16 and (not ends_terminal(head) or head.rstrip().endswith("?")):
        return "teaser" if blurb else "headline"
    return ""


# a bank account for gifts ("IBAN NL00 EXMP 0123 4567 89", "BIC …")
_IBAN = re.compile(r"\b(?:IBAN|BIC|SWIFT)\b|"
                   r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
# a document's reference in its record ("Reference | CTUF/Case 3471", "Our ref: AI/2026/14",
# "Symbol: A/HRC/61/NGO/141"): a label and a code of letters, digits and slashes
_REFERENCE = re.compile(r"^(?:ref(?:erence)?s?\.?(?: no\.?| number)?|our ref\.?|your ref\.?|"
                        r"symbol|document (?:symbol|number|no\.?)|case (?:no\.?|number)|"
                        r"file (?:no\.?|number)|aktenzeichen|az\.|r[ée]f[ée]rence|referencia|"
                        r"signatur)\s*[:|]\s*(?=[^\s]*[\d/])[\w./ -]{1,40}$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s[|·•∙»›/]\s|\s{3,}")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\b", re.IGNORECASE)
_CREDIT = re.compile(r"^(?:photo(?:graph)?s?|image|picture|credit|caption|file photo)\b\s*[:©]|"
                     r"\b(?:photo(?:graph)?|image|credit)\s*:|©\s*\w", re.IGNORECASE)
# a news item's source line ("Source: Al Jazeera and news agencies", "With AFP")
_SOURCE_CREDIT = re.compile(r"^(?:sources?\s*:|(?:(?:with|additional) )?reporting by\b|"
                            r"(?:writing|editing) by\b|"
                            r"with (?:agencies|news agencies)\b)", re.IGNORECASE)
_MORE_CREDITS = re.compile(r"[;,]\s*(?:(?:additional )?reporting|writing|editing)\s+by\b",
                           re.IGNORECASE)
# a wire story's last line naming its other reporters ("Associated Press writer Jon Gambrell
# contributed to this report.")
_CONTRIBUTED = re.compile(r"\bcontributed(?: reporting)? to this (?:report|story|article)\.?$",
                          re.IGNORECASE)
# the notes an intergovernmental body prints on every document of a kind, not its text
# ("Issued as received, in the language of submission only.", "The Secretary-General has
# received the following written statement which is circulated in accordance with ...",
# "This document is produced for information purposes only and does not constitute an
# official record.")
_ISSUANCE = re.compile(r"\b(?:issued as received|in the language of submission|"
                       r"(?:is|are) circulated in accordance with|"
                       r"has received the following (?:written )?(?:statement|communication)|"
                       r"does not constitute an official record|"
                       r"(?:produced|issued) for information purposes only)\b", re.IGNORECASE)
# a news item's correction notice ("This article was amended on 23 January 2026 to correct
# the spelling of a name.", "This story has been updated.")
_AMENDED = re.compile(r"^(?:\*\s*)?this (?:article|story|post|piece|report) (?:was|has been|"
                      r"is) (?:amended|updated|corrected)\b", re.IGNORECASE)
# an event's notice set into the text ("Termin: Mahnwache vor dem Auswärtigen Amt, Samstag 14
# Uhr – Details", "Vigil: Saturday 2 pm, Place de la République"): a weekday and an hour in a
# short line that is no sentence, under a label
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:montag|dienstag|"
                      r"mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|"
                      r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|"
                      r"jueves|viernes|s[áa]bado|domingo)\b", re.IGNORECASE)
_HOUR = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|[ap]\.?m\.?)(?!\w)|\b\d{1,2}:\d{2}\b",
                   re.IGNORECASE)
# (under its label: the text's own call "Join the vigil this Friday at 20:00" is no notice)
_NOTICE_LABEL = re.compile(r"^[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]*){0,2}\s*:\s+\S")
# the editor's note on what was done to the quotes ("Quotes in this box are edited for length.",
# "This interview has been condensed and edited for clarity.")
_EDITED = re.compile(r"\b(?:edited|condensed|shortened|abridged|trimmed)(?: and (?:edited|"
                     r"condensed))? for (?:length|clarity|brevity|space)\b", re.IGNORECASE)
# an author's profile line, which states pronouns ("Researcher and editor. He/him.")
_PRONOUNS = re.compile(r"\b(?:he/him|she/her|they/them)(?:/(?:his|hers|theirs))?\b",
                       re.IGNORECASE)
# a link's arrow at a short line's end ("Write to a hunger striker →", "Read the report »")
_LINK_ARROW = re.compile(r"\s(?:→|⟶|➔|➜|➝|»|›|->)$")
_CREDIT_END = re.compile(r"(?:\b(?:photo(?:graph)?s?|image|picture|credit|fotos?|bild|imagen|"
                         r"cr[ée]dito?|cr[ée]dit)\s*:\s*[^.:]{1,50}|"
                         r"\(\s*[\w .'-]{2,40}/[\w .'-]{2,40}\))\s*\]?\s*$", re.IGNORECASE)
# a caption ending in a wire credit without brackets ("… Video obtained by Persia Wire/via
# REUTERS-style handout", "… in Tehran. REUTERS/Majid Asgaripour")
_CREDIT_SLASH = re.compile(r"\b[\w.'-]+/(?:via\s+)?[A-Z][\w .'-]{1,40}$")
# the names a share bar is made of ("Facebook  X  LinkedIn  Email")
_SHARE_WORDS = frozenset({
    "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail", "mail",
    "print", "share", "reddit", "pinterest", "bluesky", "mastodon", "threads", "instagram",
    "youtube", "tiktok", "messenger", "signal", "viber", "copy", "link", "sms", "copied"})
# a postal address ("27 Leonard Street, London EC2A 4QS", "Postbus 10442", "PO Box 5", "rue de
# la Paix 8")
_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|"
    r"Lane|Boulevard|Blvd\.?|Square|Place|Strasse|Straße|Gasse|Weg|Laan|Straat)\b|"
    r"\b[A-Z]\w+(?:strasse|straße|gasse|weg|laan|straat|plein|gade|vej|vägen|gatan)\s+\d{1,4}"
    r"[a-z]?\b|"
    r"\b(?:[Rr]ue|[Aa]venue|[Vv]ia|[Cc]alle|[Cc]hemin|[Bb]oulevard)\s+(?:de\s+(?:la\s+)?|du\s+|"
    r"des\s+)?[A-Z][\w'’-]+(?:\s+[\w'’-]+)?,?\s+\d{1,4}\b|"
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|"
    r"\b(?:P\.?\s?O\.?\s?[Bb]ox|Postbus|Postfach|Case postale)\s+\d+")
# a figure's or table's caption in a report ("Figure 1: Length of delay …", "Table 2 – …")
_FIGURE = re.compile(r"^(?:figure|fig\.|chart|graph|table|map|diagram|graphic)\s*\d{1,3}"
                     r"[a-z]?\s*[.:–—-]\s*\S", re.IGNORECASE)
# what a text version puts where a picture was ("[drawing not reproduced in this text
# version]", "[image omitted]", "[map not shown]"): a note on the copy, no part of the text
_MISSING_ART = re.compile(r"[\[(][^\[\]()]{0,40}\b(?:image|picture|photo(?:graph)?|drawing|"
                          r"sketch|illustration|figure|chart|graph|map|diagram|graphic|table)s?"
                          r"\b[^\[\]()]{0,20}\b(?:not (?:reproduced|shown|included|available)|"
                          r"omitted|removed)\b[^\[\]()]{0,60}[\])]", re.IGNORECASE)
# a screen reader's words that a copy of the page drags along ("list of 4 items")
_A11Y = re.compile(r"^(?:list of \d+ items?|end of list|opens in (?:a )?new (?:tab|window))$",
                   re.IGNORECASE)
# a running footer's page number after its text ("Joint letter – HRC61 …   Page 1 of 3")
_PAGE_TAIL = re.compile(r"\bpage\s+\d{1,4}\s*(?:of|/)\s*\d{1,4}$", re.IGNORECASE)
# a separator line ("__________"), a box's frame drawn in box-drawing signs ("┌────┐")
_RULE = re.compile(r"^[_\-–—=~*·•.\s\u2500-\u257f]{3,}$")
_MONTHS = frozenset({  # a chart's axis: "Jan  Feb  Mar  Apr …"
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "q1", "q2", "q3", "q4"})
_NUMBERED_PAGE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
                            re.IGNORECASE)
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF"
                    r"\u25A0-\u25FF]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_DOT_LEADER = re.compile(r"\.{5,}|(?:\. ){4,}|…{2,}")


_LABELS = frozenset({"tags", "topics", "category", "categories"})  # "Topics: …", "Tags: …"


def script_of(text: str) -> str:
    """The script most letters of ``text`` are in: "latin", "arabic" or "other"."""
    sample = text[:300]
    latin = len(_LATIN.findall(sample))
    arabic = len(_ARABIC.findall(sample))
    other = len(_LETTER.findall(sample)) - latin - arabic
    if not (latin or arabic or other):
        return "other"
    return max((latin, "latin"), (arabic, "arabic"), (other, "other"))[1]


_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def without_leading_emoji(text: str, keep: str = "") -> str:
    """``text`` without the emoji it opens on ("🔴 ", "‼️ ": a sign its variation selector shows
    as an emoji, but not a keycap's digit, "1️⃣"), except the signs in ``keep``."""
    out = text
    while out and (is_emoji(out[0]) or out[0] in "\ufe0f\u200d" or
                   (out[1:2] == "\ufe0f" and not out[0].isalnum())) and out[0] not in keep:
        out = out[1:].lstrip()
    return out


@dataclass
class Features:
    """The page-independent evidence about one block."""

    text: str
    words: int
    terminal: bool
    script: str
    stop: float
    sentence: float
    furniture: float
    evidence: list[str] = field(default_factory=list)
    wrapped: bool = False  # one line of a hard-wrapped paragraph
    soft: float = 0.0  # the part of ``furniture`` from words prose also uses ("members")

    @property
    def hard(self) -> float:
        """Furniture evidence other than common words: what disqualifies a headline."""
        return self.furniture - self.soft

    @property
    def prose(self) -> bool:
        """A block that reads like a finished sentence of running text."""
        return self.sentence >= 2.0 and self.furniture < 2.0 and (
            self.terminal or self.wrapped or self.words >= 16)


def stop_density(text: str, script: str) -> float:
    """Share of words that are stop words (jusText's measure)."""
    ws = [w.lower() for w in words(text)]
    stops = stoplist(script)
    if not ws or not stops:
        return 0.0
    return sum(1 for w in ws if w in stops) / len(ws)


# a date ending a wrapped sentence, its footnote's number glued on ("16 November 2025.1")
_MARKED_DATE = re.compile(r"(?:on\s+)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d[.!?]\d{1,3}|"
                          r"(?:on\s+)?[A-Za-z]{3,9}\.?\s+\d{1,2},\s+(?:19|20)\d\d[.!?]\d{1,3}")


def measure(text: str) -> Features:
    """Evidence for one block of text (list markers and emoji bullets already stripped)."""
    ws = words(text)
    n = len(ws)
    full = text
    if len(text) > 1200:  # a long paragraph: its evidence is in any part of it
        text = text[:600] + " " + text[-600:]
    script = script_of(text)
    stop = stop_density(text, script)
    # an ellipsis ends a truncated teaser, not a sentence
    terminal = (ends_terminal(full) or full.rstrip().endswith(("?", "!"))) and \
        not full.rstrip().endswith(("...", "…"))
    sentence = min(n, 30) / 10
    sentence += 1.0 if terminal else -0.5
    # stop words say "prose" only in a block of some length, as in jusText
    scale = min(n, 10) / 10 if n >= 4 else 0.0
    if script == "latin":
        sentence += min((stop - 0.2) * 5, 1.5) * scale
    elif script == "arabic":
        sentence += min((stop - 0.1) * 4, 1.5) * scale
    if n <= 2:
        sentence -= 1.5
    evidence: list[str] = []
    furniture = 0.0
    soft = 0.0

    def add(points: float, why: str) -> None:
        nonlocal furniture
        furniture += points
        evidence.append(why)

    hits = furniture_hits(text)
    if hits:
        strong = [h for h in hits if h not in WEAK]
        weight = min(2.5 * len(strong) + 1.0 * (len(hits) - len(strong)), 5.0)
        rest = words(strip_lexicon(text))
        rest_is_empty = not [w for w in rest if not w.isdigit()]
        if rest_is_empty:
            weight += 1.5  # nothing but furniture words (and numbers)
        elif n <= 16 and (strong or hits[0] in _LABELS) and \
                text.lower().startswith(hits[0]) and not terminal and \
                text[len(hits[0]):].lstrip()[:1] in ":|›»>–—":
            weight += 2.5  # a furniture label and a headline ("Read more: Iran's courts ...",
            #                "Topics: Death penalty Baluch")
        elif n <= 12 and strong and text.lower().startswith(hits[0]):
            weight += 1.0  # a furniture label opening a short line ("Read more: ...")
        if n >= 10 and terminal and not strong:
            weight /= 2  # a long finished sentence that happens to use such a word
        add(weight, "lexicon " + "/".join(dict.fromkeys(hits)))
        if not strong and not rest_is_empty:
            soft = weight
    if n > 60 and terminal:  # a long finished paragraph: the other evidence cannot outweigh it
        return Features(text=full, words=n, terminal=terminal, script=script, stop=stop,
                        sentence=sentence, furniture=furniture, evidence=evidence, soft=soft)
    urls = _URL.findall(text) + _EMAIL.findall(text) + _HANDLE.findall(text)
    if urls:
        share = sum(len(u) for u in urls) / max(len(text), 1)
        add(min(1.5 * len(urls), 3.0) + (1.5 if share > 0.4 else 0.0), "links/addresses")
    if _PHONE.search(text):
        add(2.5, "phone number")
    tags = _HASHTAG.findall(text)
    if tags:
        only = not [w for w in words(_HASHTAG.sub(" ", text))]
        add(min(len(tags), 2) + (2.5 if only else 0.0), "hashtags")
    emoji = len(_EMOJI.findall(text))
    if emoji:
        add(min(0.7 * emoji, 2.0), "emoji")
    if _COUNTER.search(_without_ages(text)):
        add(2.5, "counter")
    if _FILE_SIZE.search(text):
        add(2.0, "file link (size)")
    digits = len(_DIGIT.findall(text))
    letters = len(_LETTER.findall(text))
    if digits and not letters:
        add(3.5, "only figures")
    elif digits and digits >= letters * 0.5:
        add(2.0, "mostly digits")
    if _TIME.search(text) and n <= 12:
        add(1.0, "time stamp")
    if _AGO.search(text):
        add(2.0, "relative time stamp")
    if _PER_MONTH.search(text) and _PITCH.search(text) and n <= 40:
        add(2.0, "a price per month asked for (a membership or donation pitch)")
    if _SIGNED_AGO.search(text) and n <= 40:
        add(2.0, "a petition's ticker of recent signers")  # "Amira from Lyon signed 2 min…"
    if (_FORM_FIELD.search(text) and n <= 10) or (_CHECKBOX.match(text) and n <= 40):
        add(2.5, "form field")
    if 2 <= n <= 12 and all(w.lower() in _SHARE_WORDS for w in ws):
        add(4.0, "share buttons")
    if _MEDIA.match(text.strip()) and n <= 60:
        add(4.0, "media placeholder")
    offer = offer_signals(text)
    if len(offer) >= 2 and n <= 30:
        add(min(2.5 * len(offer), 7.5), "an advertisement's offer (" + ", ".join(offer) + ")")
    if PAID_MARK.match(text.strip()) and n <= 60:
        add(7.0, "a paid post's mark (sponsored, ad)")
    if SPONSOR_MARK.match(text.strip()) and n <= 9:
        add(7.0, "a sponsor's mark (\"Together with …\", \"Today's sponsor\")")
    if _METER.search(text) and _METER_WORDS.search(text) and n <= 40:
        add(5.0, "a paywall's article meter")
    lead = read_more_lead(text)
    if lead:  # (its blurb makes a long finished sentence of it: the shape outweighs that)
        add(8.0 if lead == "teaser" else 5.0, "a lead to another story (a read-more label and "
            "its headline" + (" and blurb)" if lead == "teaser" else ")"))
    if _IBAN.search(text) and n <= 30:
        add(3.0, "bank account (IBAN)")
    if _REFERENCE.match(text.strip()):
        add(4.0, "a document's reference line")
    if _TEASER_LABEL.match(text.strip()) and n <= 16 and not terminal:
        add(3.0, "a related story's headline under its label")
    if _BUTTON.match(text.strip()) and n <= 6:
        add(2.5, "button (in brackets)")
    if _SEPARATORS.search(text) and n <= 14 and not terminal:
        add(1.5, "menu separators")
    languages = sum(1 for w in text.replace("|", " ").replace("/", " ").split()
                    if w.lower() in LANGUAGE_NAMES)
    if languages >= 2 and languages >= len(text.split()) * 0.5:
        add(4.0, "language switcher")
    if _COPYRIGHT.search(text):
        add(3.0, "copyright line")
    if (_CREDIT_END.search(text) and n <= 40) or \
            (_CREDIT_SLASH.search(text) and 6 <= n <= 45 and not terminal):
        add(5.0, "photo caption ending in a credit")
    elif _CREDIT.search(text) and n <= 30:
        add(3.0, "photo caption/credit")
    # a credit is a line of its own ("Reporting by …"): in lowercase, a sentence's wrapped
    # line ("… in an effort to silence" / "reporting by the diaspora media.")
    credit = _SOURCE_CREDIT.match(text.strip()) and not text.strip()[:1].islower()
    if credit and not terminal and (n <= 10 or (n <= 30 and _MORE_CREDITS.search(text))):
        add(4.0 if _MORE_CREDITS.search(text) else 3.0, "source credit")  # (a wire's
        # "Reporting by A in Dubai and B in London;
        # Editing by C": its credits one after another)
    elif credit and n <= 14 and text.lower().startswith("source"):
        add(5.0, "source credit")  # a figure's source line ("Source: … data.")
    if _ISSUANCE.search(text) and n <= 40:
        add(6.0, "document issuance note")
    if _WEEKDAY.search(text) and _HOUR.search(text) and n <= 16 and not terminal and \
            _NOTICE_LABEL.match(text.strip()):
        add(4.0, "an event's notice (a weekday and an hour)")
    if _EDITED.search(text) and n <= 30:
        add(4.0, "an editor's note on the quotes (edited for length)")
    if _AMENDED.match(text.strip()) and n <= 40:
        add(5.0, "correction notice")
    if _PRONOUNS.search(text) and n <= 25:
        add(4.0, "profile (pronouns)")
    if _LINK_ARROW.search(text.rstrip()) and n <= 10:
        add(2.0, "link arrow")
    if _CONTRIBUTED.search(text.strip()) and n <= 20:
        add(5.0, "contributor credit")
    if _RULE.match(text.strip()):
        add(3.0, "rule (separator)")
    if n >= 4 and all(w.lower().rstrip(".") in _MONTHS or w.isdigit() for w in ws) and \
            any(not w.isdigit() for w in ws) and not _MARKED_DATE.fullmatch(text.strip()):
        add(3.0, "chart labels")  # (not a day's date with its footnote's number: "… 2025.1")
    if _A11Y.match(text.strip()):
        add(3.0, "screen-reader text")
    if _ADDRESS.search(text) and n <= 20:
        add(2.5, "postal address")
    if _FIGURE.match(text.strip()) and n <= 25:  # its full stop makes it no sentence of the text
        add(6.0 if terminal else 4.0, "figure or table caption")
    if _MISSING_ART.fullmatch(text.strip()) and n <= 15:
        add(5.0, "placeholder for a picture")
    if _NUMBERED_PAGE.match(text.strip()) or (_PAGE_TAIL.search(text) and n <= 20):
        add(3.0, "page number")
    if _DOT_LEADER.search(text):
        add(3.0, "dot leaders (table of contents)")
    if n <= 12 and not terminal and find_date(text):
        add(1.0, "date")
    elif n <= 4 and partial_date(text):
        add(1.5, "date without a year (a day divider)")
    return Features(text=full, words=n, terminal=terminal, script=script, stop=stop,
                    sentence=sentence, furniture=furniture, evidence=evidence, soft=soft)
