"""Words and shapes that mark site furniture, and the stop-word lists that mark prose.

The furniture lexicon is *one* feature of the block classifier (workflow.importer.classifier),
never a decision on its own: "share" or "subscribe" inside a long finished sentence of the body
is outweighed by the sentence's other evidence. The stop-word lists are jusText's (shipped with
trafilatura's dependency ``justext``), so stop-word density is measured as jusText measures it.
"""

from __future__ import annotations

import re
from functools import cache

from workflow.importer.text import words, wordset

# Phrases that site chrome is made of (menus, share bars, sign-up prompts, comment threads,
# counters' labels, legal footers), lowercase; matched on word boundaries.
STRONG = (
    "subscribe", "subscribers", "subscriber", "paid subscriber", "reader-supported",
    "unsubscribe", "sign in", "sign up", "log in", "login", "log out",
    "register", "cookie", "cookies", "newsletter", "privacy policy", "privacy notice", "privacy",
    "terms of use", "terms of service", "terms and conditions", "all rights reserved",
    "powered by", "advertisement", "advertise", "sponsored", "read more", "continue reading",
    "share this", "share on", "follow us", "follow", "like", "likes", "reply", "replies",
    "comments", "comment", "leave a reply", "min read", "minute read", "views", "reposts",
    "retweets", "bookmarks", "restacks", "quotes", "saves", "get the app", "download our app",
    "open in app", "back to top", "top of page", "bottom of page", "skip to", "menu", "search",
    "donate", "donation", "join channel", "join", "pinned message", "pinned", "forwarded from",
    "forwarded message", "original message", "confidential", "intended recipient",
    "intended solely", "disclaimer", "sent from my", "view this email", "view in browser",
    "update your preferences", "manage preferences", "media contact", "press contact",
    "media enquiries", "media requests", "contact us", "for more information", "tags",
    "category", "categories", "written by", "posted by", "posted in", "filed under", "hits",
    "printer-friendly", "print", "send by email", "email this", "previous post", "next post",
    "prev", "next", "recent posts", "related", "most popular", "most read", "most viewed",
    "trending", "recommended", "you might also like", "you may also like", "more from",
    "more on", "also read", "see all", "show more", "listen", "save", "gift article",
    "copy link", "end-to-end encrypted", "media omitted", "this message was deleted",
    "edited", "members", "online", "accept", "reject", "opt-out", "charity number",
    "registered charity", "registered association", "company limited by guarantee",
    "font size", "epaper", "paywall", "unlimited access", "cancel anytime", "keep reading",
    "opens new tab", "our standards",
    "free articles", "support us", "support our work", "become a member", "membership",
    "start writing", "help", "careers", "about us", "staff picks", "archives", "archive",
    "submit", "captcha", "required fields", "spam", "photo", "photograph", "image", "credit",
    "file photo", "getty images", "reuters", "caption", "reuse this content", "ends",
    "first name", "last name", "email address", "e-mail address", "your email", "your name",
    "postcode", "zip code", "sign now", "keep me informed", "other amount", "press office",
    "contact", "contacts", "download", "receiving this", "received this message",
    "received this email", "signed up", "mailing list", "this email was sent",
    "in this issue", "in your browser", "read this email", "listen to this article",
    "listen to article", "listen to this story", "see translation", "translate post",
    "show original", "rate this translation", "licensing rights", "check against delivery",
    "swipe", "topics", "reading time", "thanks for reading", "thank you for reading",
    # a mailing's own chrome in the other languages a coalition's mail comes in (French,
    # German, Spanish, Persian): "view in browser", "not displaying correctly", "unsubscribe"
    "voir dans le navigateur", "afficher dans le navigateur", "voir la version en ligne",
    "ne s'affiche pas correctement", "se désabonner", "désabonnement", "désinscription",
    "im browser ansehen", "im browser anzeigen", "abmelden", "abbestellen",
    "ver en el navegador", "darse de baja", "cancelar suscripción",
    "مشاهده در مرورگر", "لغو اشتراک", "لغو عضویت",
    # a site's share bar, reading time, related links and legal footer in the languages its
    # pages come in (French, German, Spanish, Turkish, Persian, Arabic): "Dinle Paylaş Kaydet",
    # "Okuma süresi: 4 dk", "Yazdır · PDF · E-posta ile gönder", "Impressum · Datenschutz"
    "partager", "imprimer", "écouter", "temps de lecture", "min de lecture", "lire la suite",
    "commentaires", "articles liés", "mentions légales", "politique de confidentialité",
    "abonnez-vous", "s'abonner", "se connecter", "envoyer par e-mail", "publicité",
    "teilen", "drucken", "anhören", "vorlesen", "lesezeit", "weiterlesen", "kommentare",
    "impressum", "datenschutz", "datenschutzerklärung", "abonnieren", "per e-mail senden",
    "compartir", "imprimir", "escuchar", "tiempo de lectura", "min de lectura", "comentarios",
    "noticias relacionadas", "aviso legal", "política de privacidad", "suscríbete",
    "iniciar sesión", "enviar por correo", "publicidad",
    "paylaş", "yazdır", "dinle", "kaydet", "okuma süresi", "yorumlar", "yorum yap",
    "ilgili haberler", "künye", "gizlilik politikası", "çerez politikası", "iletişim",
    "abone ol", "giriş yap", "e-posta ile gönder", "devamını oku", "reklam",
    "اشتراک‌گذاری", "زمان مطالعه", "اخبار مرتبط", "تماس با ما", "درباره ما", "مشاركة", "طباعة",
    "تعليقات", "أخبار ذات صلة", "اتصل بنا",
    # a page's feedback widget ("Was this page helpful? Yes No")
    "was this page helpful", "was this helpful", "was this article helpful",
    "was this information helpful", "did you find this page useful", "page feedback",
    "report a problem with this page",
)
# Of these, words that ordinary prose also uses ("follow", "save", "print") weigh less.
WEAK = wordset(
    "accept advertise archive archives caption careers categories category comment comments topics "
    "confidential credit disclaimer donate donation edited ends follow help hits image join "
    "like likes listen login members membership menu next online photo photograph pinned prev "
    "print privacy quotes recommended register reject related replies reply reuters save saves "
    "search spam sponsored submit tags trending views contact contacts download"
    " partager teilen compartir imprimir kaydet dinle écouter escuchar kommentare comentarios"
    " commentaires"
) | {"follow us", "getty images", "iletişim"}


def _alternation(phrases) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])",
                      re.IGNORECASE)


_STRONG_RE = _alternation(STRONG)

# Words that name a language in its own script: a run of them is a language switcher.
LANGUAGE_NAMES = wordset("""
english français francais español espanol deutsch italiano português portugues русский
العربية عربي فارسی فارسى 中文 日本語 한국어 türkçe turkce kurdî kurdi کوردی polski română
ελληνικά български čeština dansk nederlands svenska norsk suomi magyar українська עברית
اردو हिन्दी bahasa tiếng српски hrvatski slovenščina eesti latviešu lietuvių
en fr es de ar fa ru zh pt it tr ku
""")

# Labels that open a region of furniture to the end of the page (or to the next prose).
COMMENT_ZONE = re.compile(
    r"^(?:\d[\d,.]*\s*)?(?:comments?|responses?|replies|discussion)(?:\s*\(\d[\d,.]*\))?:?$"
    r"|^(?:leave a (?:reply|comment)|add (?:a |new )?comment|post a comment|join the discussion"
    r"|comments are closed.*|\d[\d,.]* (?:comments|responses)"
    r"|(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?|"
    r"responses?|replies)\s+(?:on|to)\s+\S.{0,200}"
    # a post's reply header ("Replying to @KWSF_ex", "Replying to @a and 2 others"): another
    # account's post follows
    r"|(?:replying|in reply) to\s+@\w+(?:(?:,|\s+and)\s+@\w+)*(?:\s+and\s+\d+\s+others?)?)$",
    re.IGNORECASE)
# A newsletter's heading that turns from the statement to the rest of the issue: the body does
# not go on past it ("Also this month", "Elsewhere this week", "This week's roundup").
ISSUE_TURN = re.compile(
    r"^(?:(?:also|elsewhere|more|meanwhile)\s+(?:this|in this|from this|in today's)\s+"
    r"(?:week|month|issue|edition|letter)|in other news|(?:this|last) (?:week|month)'s roundup|"
    r"(?:the )?roundup|what else (?:we're|we are) (?:reading|watching)|also in this issue)"
    r"[:.!]?$", re.IGNORECASE)
# the same heading glued by an extractor to the first item of the list under it ("Elsewhere
# this week Rasht: A reader writes …"): the item's label and its colon follow the heading
ISSUE_TURN_GLUED = re.compile(ISSUE_TURN.pattern[:-len(r"[:.!]?$")] +
                              r"\s+[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s", re.IGNORECASE)
# (a dinkus of asterisk groups, "* *** *", is an end mark; dashes in groups are a table's rule)
END_MARKS = re.compile(r"^(?:-?\s*ends\s*-?|#{3,}|-30-|\*\*\*|end of (?:statement|release)|"
                       r"[-_=~*]{3,}|(?:[-_=~*—–•·]\s+){1,}[-_=~*—–•·]|\*+(?:\s+\*+)+)$",
                       re.IGNORECASE)
# A label introducing the people or organisations that sign.
# Its forms: a bare label ("Signatories:", "Endorsed by", "Yours sincerely,"); the undersigned
# ("We, the undersigned organisations,"); a short line ending in a colon that says who signs
# ("The statement was signed by:", "Endorsed by the following unions:"); any of them after the
# same label in another script ("امضاکنندگان / Signatories:").
SIGN_LABEL = re.compile(
    r"^(?:[^\W\d_a-zA-Z]\S*\s+)*(?:[/|]\s*)?"
    r"(?:(?:signed(?: by| with(?: [\w'’-]+){1,4})?|signatories|signatory organi[sz]ations|"
    r"signing organi[sz]ations|"
    r"co-?signed by|endorsed by|endorsing organi[sz]ations|endorsements?|"
    r"supported by|list of signatories|yours(?: (?:sincerely|faithfully|truly))?|"
    r"sincerely(?: yours)?|respectfully(?: yours)?|"
    r"(?:with|in)\s+(?:[\w-]+\s+){0,3}(?:respect|solidarity))"
    r"[:,.]?"
    r"|(?:we,?\s+)?the undersigned(?:\s+[\w-]+){0,4}\s*[:,.]?"
    r"|(?=.{0,100}:$)(?:[\w'-]+\s+){0,8}(?:(?:co-?)?signed|endorsed|supported|signatories|"
    r"signers|undersigned)\b[^.!?]{0,60}:)"
    # (with its rendering in another script after it: "Signatories / امضاکنندگان")
    r"(?:\s*[/|]\s*(?:[^\W\d_a-zA-Z]\S*\s*)+)?$", re.IGNORECASE)
# A letter's closing formula ("Yours sincerely,", "With respect and solidarity,"): it ends the
# statement like a sign-off label, but is neither a signer nor the statement's substance.
VALEDICTION = re.compile(
    r"^(?:yours(?: (?:sincerely|faithfully|truly))?|sincerely(?: yours)?|respectfully(?: yours)?|"
    r"(?:with|in)\s+(?:[\w-]+\s+){0,3}(?:respect|solidarity))\s*[,.]?$", re.IGNORECASE)
EXPERTS_LABEL = re.compile(r"^(?:the )?(?:un )?experts?\s*:\s*", re.IGNORECASE)


def furniture_hits(text: str) -> list[str]:
    """The lexicon phrases in ``text`` (lowercased, in order)."""
    return [m.group(0).lower() for m in _STRONG_RE.finditer(text)]


def strip_lexicon(text: str) -> str:
    """``text`` with lexicon phrases removed (to see whether anything else is left)."""
    return _STRONG_RE.sub(" ", text)


def stoplist(script: str) -> frozenset[str]:
    """jusText's stop words for a script: English for Latin text, Persian for Arabic script."""
    name = {"latin": "English", "arabic": "Persian"}.get(script)
    return language_stoplist(name) if name else frozenset()


# the other Latin-script languages a statement's page comes in (its site's language, the
# editor's note), by jusText's stop-word lists
OTHER_LATIN = ("German", "French", "Italian", "Spanish", "Dutch", "Portuguese", "Swedish",
               "Turkish")


@cache
def language_stoplist(name: str) -> frozenset[str]:
    """jusText's stop words for a language, by its name ("English", "German")."""
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist(name))


@cache
def _own_stop_words() -> dict[str, frozenset[str]]:
    """Each other Latin-script language's stop words that English's list lacks (the lists
    share words: "in", "a")."""
    english = language_stoplist("English")
    return {name: language_stoplist(name) - english for name in OTHER_LATIN}


def latin_language(text: str) -> str | None:
    """The language of a Latin-script line of six words or more, half of them in lowercase
    (running words, not a name's), by the stop words it is made of: English, or another
    language whose own stop words are more of its words ("Der folgende Brief wurde der
    Redaktion am Mittwoch …" is German); None when too short or neither is plain."""
    raw = words(text)
    # (an elided article goes with its word: "l'Enfant" is capitalised)
    lower = sum(1 for w in raw if re.split(r"['’]", w)[-1][:1].islower())
    if len(raw) < 6 or lower * 2 <= len(raw):
        return None  # (a name in its language, "Centre Lafayette pour les Droits de l'Enfant")
    ws = [w.lower() for w in raw]
    share = {name: sum(1 for w in ws if w in own) / len(ws)
             for name, own in _own_stop_words().items()}
    best = max(OTHER_LATIN, key=lambda name: share[name])
    mine = sum(1 for w in ws if w in language_stoplist("English")) / len(ws)
    if share[best] >= 0.25 and share[best] > mine:
        return best
    return "English" if mine >= 0.2 else None
