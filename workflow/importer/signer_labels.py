"""The words a page uses to say who signs: labels that open a list of signers ("Signed,",
"Signatories (in alphabetical order):", "We, the undersigned organisations,", sign-offs, group
headings), a label with its names on the same line, sentences that say who signs ("This
statement is endorsed by …", "Joint statement by …"), and what ends a list (a note about a
signer, a press contact). Patterns of wording, never names: the signatory finder
(workflow.importer.signers) decides what follows them.
"""

from __future__ import annotations

import re

from workflow.segment.splitter import split_sentences

CUE_STEM = r"(?:co-?sign|sign|endors|support|undersign|back|join)"
# a document's part heading a page or a label ("Annex: …", "Appendix 2 – …", "Anhang B: …")
_PART = (r"(?:annex|annexe|appendix|anhang|anexo|attachment|schedule|enclosure)"
         r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z]))?\s*[:.–—-]\s*")
# a line that opens a region of signers (the names follow it)
LABEL = re.compile(
    # (after the same label in another script or language: "امضاکنندگان / Signatories",
    # "Signataires / Signatories", "Unterzeichnende Organisationen / Signatories")
    r"^(?:[^\W\d_a-zA-Z]\S*\s+)*(?:[/|]\s*)?(?:(?:[\w-]+\s+)?(?:signataires|firmantes|"
    r"firmatari\w*|unterzeichne\w*|ondertekenaars|ondertekenende|signatários|signatarios)"
    r"(?:\s+[\w-]+)?\s*[/|]\s*)?"
    # (a document's annex holding them: "Annex: Signatories", "Appendix 2 – List of signatories")
    rf"(?:{_PART})?(?:"
    # sign-offs
    r"(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)|yours|"
    r"(?:(?:with|in)\s+)?(?:(?:best|kind|warm|warmest|kindest|respectful|fraternal|sisterly|"
    r"comradely)\s+)?(?:regards|wishes|greetings|respect|solidarity|thanks|gratitude)"
    r"(?:\s+(?:and|&)\s+(?:\w+\s+)?(?:solidarity|respect|regards|thanks|gratitude|hope))?|"
    r"on behalf of(?: the)?(?: following(?:\s+[\w-]+){0,3})?|"
    # short labels: "Signatories", "List of signatories (alphabetical)", "Endorsed by"
    r"(?:(?:the\s+)?(?:full\s+)?list of\s+)?(?:(?:initial|first|original|additional|further|"
    r"new|other|co-?)\s*)?(?:signatories|signatory organi[sz]ations|signing organi[sz]ations|"
    r"signatures|signers|sign-?ons?|endorsers|endorsements?|endorsing organi[sz]ations|supporters|"
    r"supporting organi[sz]ations|co-?signatories|co-?signers|(?:co-?)?signed(?:\s+by)?|"
    r"signed\s+with(?:\s+[\w'’-]+){1,4}|"  # "Signed with love and rage,"
    r"endorsed(?:\s+by)?|supported(?:\s+by)?|issued\s+by|initiated\s+by|"
    r"(?:we,?\s+)?the undersigned(?:\s+[\w-]+){0,5}|"
    # who submit a submission or report: "Annex 1: Submitting organisations"
    r"(?:co-?)?(?:submitting|contributing)\s+organi[sz]ations|"
    # who sign, by what they are and do: "Organisations endorsing this briefing",
    # "Groups supporting the letter", "Individuals signing this statement"
    r"(?:[\w-]+\s+)?(?:organi[sz]ations|groups|individuals|unions|associations|networks|"
    r"members|experts|scholars|academics|lawyers)\s+(?:(?:that|who)\s+(?:have\s+)?)?"
    r"(?:endors|support|sign|co-?sign|join)\w*(?:\s+(?:this|the|our)\s+[\w-]+)?|"
    # the label in the languages a coalition's page also uses
    r"امضا\s?کنندگان|امضاکنندگان|امضاها|signataires|firmantes|firmatari|unterzeichner\w*|"
    r"ondertekenaars|signatários|signatarios|"
    # "Signed by" in them: "Unterzeichnet von:", "Signé par :", "Firmado por:"
    r"unterzeichnet\s+von|sign[ée]e?s?\s+par|firmad[oa]s?\s+por|assinad[oa]s?\s+por|"
    r"firmat[oa]\s+da|ondertekend\s+door)"
    r")\s*(?:\([^()]{0,40}\))?\s*[:,.\-–—]?$", re.IGNORECASE)
# a longer line ending in a colon that says who signs ("The following organisations have
# endorsed this statement:")
COLON_LABEL = re.compile(rf"^(?=.{{0,160}}:$)(?:[^.!?]*\b(?:{CUE_STEM}\w*|on behalf of)\b[^.!?]*|"
                         r"[^.!?]*\b(?:signatories|signers|organi[sz]ations|individuals|groups|"
                         r"experts|academics|scholars|lawyers|unions|members)\b[^.!?]{0,40}):$",
                         re.IGNORECASE)
# a group's heading inside a list of signers ("Organisations:", "Individuals", "Human rights
# organisations (12)")
GROUP = re.compile(r"^(?:[\w'’-]+\s+){0,4}(?:organi[sz]ations?|groups?|individuals?|"
                   r"signatories|signers|endorsers|experts|academics|scholars|"
                   r"lawyers|unions|networks|ngos|supporters|members|institutions|"
                   r"personalities|artists|writers|journalists|activists|partners|"
                   r"parties|associations|collectives|initiatives)\b(?:\s*\([^()]{0,40}\))?"
                   r"\s*:?$", re.IGNORECASE)
# a label with its names after it on the same line ("Signatories: A, B and C")
INLINE = re.compile(
    r"^(?P<label>(?:[^\W\d_a-zA-Z]\S*\s+)*(?:[/|]\s*)?(?:(?:the\s+)?(?:full\s+)?list of\s+)?"
    r"(?:[\w'’-]+\s+){0,3}(?:signatories|signatory organi[sz]ations|signing organi[sz]ations|"
    r"signers|endorsers|endorsements?|endorsing organi[sz]ations|supporters|co-?signatories|"
    r"supporting organi[sz]ations|(?:co-?)?signed(?:\s+by)?|endorsed(?:\s+by)?|"
    r"supported(?:\s+by)?|issued\s+by|initiated\s+by|organi[sz]ations|individuals|groups)"
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:are|were|include))?)"  # ("The first signatories are:")
    r"\s*[:–—]\s*(?P<names>\S.*)$", re.IGNORECASE)
# a cue of a few words before a colon and the names on the same line: "Signed with our
# partners: A, B.", "Endorsed jointly with: A and B", "Co-signed together with the following
# groups: A, B" (the cue's own words aside, INLINE's label needs a signer noun at its end)
CUE_INLINE = re.compile(
    r"^(?P<label>(?:co-?)?(?:signed|endorsed|supported|backed|issued|joined)"
    r"(?:\s+(?:jointly|together|also))?\s+(?:with|alongside|by)\b(?:\s+[\w'’-]+){0,4}?)"
    r"\s*:\s*(?P<names>[A-Z\d\"“].*)$", re.IGNORECASE)
# what follows a list of signers: a note on one of them, a contact, notes to editors, a news
# report's credit line ("Additional reporting by A in London. Editing by B")
AFTER_SIGNERS = re.compile(r"^(?:about\s+(?!face\b)\S|notes?\s+(?:to|for)\s+editors|background\b|"
                           r"(?:media|press)\s+(?:contacts?|enquiries|inquiries)|"
                           # the same in the languages a coalition's page also uses:
                           # "Pressekontakt:", "Contact presse :", "Contacto de prensa:"
                           r"(?:presse|medien|pers|media)kontakt\w*|perscontact\w*|"
                           r"contacts?\s+(?:presse|médias?|de\s+prensa|para\s+medios|stampa)\b|"
                           # "Contact:", "Contact for this letter:", "Contact details:"
                           r"contacts?(?:\s+(?:for|details|person|information)\b[^:]{0,40})?\s*:|"
                           r"for (?:more|further) information|(?:additional\s+)?(?:reporting|"
                           r"writing|editing|research|fact-?checking)\s+by\s+[A-Z])",
                           re.IGNORECASE)
# "On behalf of Nurses Watch," under a signature: the organisation signs
ON_BEHALF = re.compile(r"^(?P<label>(?:signed\s+)?(?:for and\s+)?on behalf of)\s+(?:the\s+)?"
                       r"(?P<names>[A-Z].{2,150}?)[,:.]?$", re.IGNORECASE)
# where a text points to signers named apart from it ("listed above", "… overleaf")
ELSEWHERE = r"(?:above|below|overleaf|attached)"
# a signer who signs for others listed elsewhere: the list signs, not she
ON_BEHALF_ELSEWHERE = re.compile(
    rf"\bon behalf of\b[^.]{{0,60}}\b(?:listed|named|set out|shown)\s+"
    rf"(?:{ELSEWHERE}|in the annex)\b", re.IGNORECASE)
# a sentence saying who signs: "This statement is endorsed by A, B, C and D."
CUE_SENTENCE = re.compile(
    r"^(?P<pre>(?:[\w'’,-]+\s+){0,12}?)(?:(?:co-?)?signed|(?:co-?)?sponsored|endorsed|"
    r"supported|backed|issued|convened|"
    r"initiated|released|published|submitted|co-?authored|authored|undersigned|joined|written|"
    r"drafted|prepared|coordinated|launched|organi[sz]ed)\s+(?:jointly\s+)?"
    # (when, between: "The statement was issued on Sunday by A, B and C.")
    r"(?:(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|night)\s+|today\s+|yesterday\s+)?"
    # for whom they sign, between: "Signed on behalf of the families by A, B and C."
    r"(?:,?\s*(?:(?:for and\s+)?on behalf of|in the name of)\s+[^.;:!?]{1,60}?,?\s+)?"
    # ("signed by, among others, A, B and C": some of them)
    r"by\s*(?:,\s*(?:among(?:st)?\s+others|inter\s+alia),)?:?\s+"
    r"(?:the\s+following(?:\s+[\w-]+){0,3}?\s*:\s*)?(?P<names>.+)$", re.IGNORECASE)
# "A, B and the undersigned organisations ...": named signers before the undersigned (or
# before "the people who sign below", "all those who have signed this petition")
WITH_UNDERSIGNED = re.compile(r"^(?:we,?\s+)?(?:the\s+)?(?P<names>[A-Z][^.;:]{2,300}?),?\s+"
                              r"(?:and|together with|along with|joined by)\s+(?:the|all)\s+"
                              r"(?:other\s+)?(?:undersigned|signatories|co-?signatories|"
                              r"co-?signing|following|(?:[\w-]+\s+){0,2}?(?:people|persons|"
                              r"individuals|organi[sz]ations|groups|those|citizens)\s+(?:who|that)"
                              r"\s+(?:have\s+)?(?:sign|signed|add(?:ed)?\s+their\s+names?)\b)",
                              re.IGNORECASE)
# a closing sentence whose subject is who signs, acting in the present: "A, B and C call on the
# authorities to …", "A and B jointly urge …" (the names are the signers' run, before the verb)
ACTING_RUN = re.compile(r"^(?:we,?\s+)?(?:the\s+)?(?P<names>[A-Z].{2,900}?),?\s+"
                        r"(?:(?:today|jointly|together|also|hereby|therefore|again|all)\s+)*"
                        r"(?:call|urge|demand|condemn|appeal|ask|reiterate|renew|express|"
                        r"stand|denounce|deplore|insist|join|welcome|remain|are\s+calling|"
                        r"are\s+urging)\b", re.IGNORECASE)
# the same in a report, in the past: "A, B and the C called on the authorities to …"
ACTED_RUN = re.compile(r"^(?:[Tt]he\s+)?(?P<names>[A-Z].{2,900}?),?\s+(?:(?:also|jointly|have|had|"
                       r"has)\s+)*(?:called\s+on|urged|demanded|appealed\s+to)\b")
# "LONDON, 4 May — A joint statement of A, B and C, released today, ...": anywhere at the top
JOINT_BY = re.compile(r"\b(?:a|the|this|our)\s+joint\s+(?:public\s+)?(?:statement|letter|"
                      r"open letter|appeal|declaration|submission)\s+(?:by|from|of)\s+"
                      r"(?P<names>.+)$", re.IGNORECASE)
# the makers of the statement that follows, named before it: "The Chair of A, X (FR), and the
# Chair of B, Y (ES), issued the following statement on Wednesday:"
ISSUED_BELOW = re.compile(r"^(?P<names>(?:the\s+)?[A-Z].+?),?\s+(?:have\s+|has\s+)?(?:jointly\s+)?"
                          r"(?:issued|made|released|delivered|published|adopted|gave)\s+"
                          r"(?:the\s+following|this)\s+(?:joint\s+)?(?:statement|declaration|"
                          r"appeal|letter)\b[^.!?]{0,60}[:.]$")
# a cover's label over the organisations that make a document, one a line under it
# ("Submitted by:", "Joint submission by:", "Prepared by"); its names follow on the lines below
COVER_BY = re.compile(r"^(?=.*\b(?:submission|report|statement|letter|briefing|brief|paper|"
                      r"submitted|prepared|presented|compiled|issued|published|authored)\b)"
                      r"(?:(?:an?|this|the)\s+)?(?:joint\s+)?(?:(?:stakeholder|shadow|"
                      r"alternative|parallel|written|public|policy)\s+)?(?:(?:submission|report|"
                      r"statement|letter|briefing|brief|paper)\s+)?(?:(?:jointly\s+)?(?:submitted|"
                      r"prepared|presented|compiled|issued|published|authored)\s+)?"
                      # ("Submitted on 2 October 2026 by:")
                      r"(?:on\s+(?:\d{1,2}\s+)?[a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+)?"
                      r"(?:jointly\s+)?by\s*:?$|"
                      # "Submitting organisations:", "Contributing partners:"
                      r"^(?:the\s+)?(?:submitting|reporting|contributing|participating|"
                      r"co-?authoring|authoring|publishing)\s+(?:organi[sz]ations?|groups?|"
                      r"NGOs?|partners?|members?)\s*:?$", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, as the segmenter cuts them: not after a title ("Dr.
    Emanuele Ricci"), an initial or another abbreviation, so a run of names stays whole."""
    return split_sentences(text) or [text]
# "Joint statement by A and B" (at the top of a statement)
BY_LINE = re.compile(r"^(?:an?\s+)?(?:joint\s+)?(?:public\s+|written\s+|oral\s+)?"
                     r"(?:statement|letter|open letter|appeal|declaration|submission|call|"
                     r"petition|briefing(?:\s+paper)?)\*?\s+"
                     r"(?:(?:submitted|issued|presented|delivered)\s+)?(?:by|from|of)\s+"
                     r"(?P<names>.+)$", re.IGNORECASE)
# a document part's heading over a label: "Annex: Signatory organisations", "Appendix 2 –
# List of signatories" (a submission lists its signers in an annex)
DOC_PART = re.compile(rf"^{_PART}(?=\S)", re.IGNORECASE)
EMOJI_LEAD = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]+\s*)+")
# a line that is a role, under its holder's name in a signature block
ROLE_LINE = re.compile(r"^(?:(?:vice|deputy|acting|former|executive|senior|general|special|"
                       r"assistant|co|interim|chief|founding|managing)[\s-]+)*"
                       r"(?:president|secretary|director|chair\w*|rapporteur|professor|"
                       r"lecturer|coordinator|spokes\w+|head|founder|member|dean|editor|ceo|"
                       r"commissioner|judge|fellow|researcher|lawyer|advocate|programme|program|"
                       r"officer|manager|representative|adviser|advisor|campaigner|"
                       r"co-?founder|associate|analyst|attorney|journalist|writer|author|"
                       r"independent expert|expert|board)\b", re.IGNORECASE)


def sign_off(text: str) -> bool:
    return bool(re.match(r"^(?:yours|sincerely|faithfully|truly|respectfully|with|in|best|kind|"
                         r"warm|regards|fraternal|respectful)\b", text, re.IGNORECASE))


def opens_signers(text: str, sign_offs: bool = True) -> bool:
    """A line that says who signs what follows ("Signed,", "This statement is endorsed by:",
    "Signatories: A, B"); ``sign_offs``: a letter's closing ("Yours sincerely,") counts too."""
    return bool(COLON_LABEL.match(text) or INLINE.match(text) or (
        LABEL.match(text) and (sign_offs or not sign_off(text))))
