"""English rule table: titles, abbreviations and sentence starters.

Written for news and human-rights statements ("Mrs. Rajavi", "Prof. Valeriu M. Ciucă",
"the U.S. and Europe", "Aug. 25") as well as the Pragmatic Segmenter's golden rules.
"""

from __future__ import annotations

from workflow.segment.rules import RuleTable, register_rules, word_set

ENGLISH = RuleTable(
    lang="en",
    terminals=".!?…",
    titles=word_set(
        """
        mr mrs ms mx messrs mmes mme mlle dr prof st sts ste mt gen lt col maj capt cmdr
        adm sgt cpl pvt brig gov sen rep pres supt insp det rev fr hon amb rt h.e msgr mgr
        """
    ),
    inner=word_set("e.g i.e vs v cf viz approx ca incl excl esp"),
    final=word_set(
        """
        etc al co corp inc ltd llc plc bros jr sr esq ret dept univ assn ave blvd rd
        am pm ad bc b.c a.d
        """
    ),
    ambiguous=word_set("a.m p.m ph.d"),
    numeric=word_set(
        """
        no nos nr n° nº p pp vol vols art arts ch chap sec sect para op tel ext res
        jan feb mar apr jun jul aug sep sept oct nov dec
        """
    ),
    starters=word_set(
        """
        A An The This That These Those There Here It Its He She They We I You His Her
        Their Our My Your Who Whom Whose What Which Why How Where When While Whereas
        If Although Though Because Since As After Before During Until In On At For From
        To By With Without Unlike According Despite Among Between Under Over Within
        And But Or So Yet Also Still Then Now Today Yesterday Tomorrow However Moreover
        Furthermore Meanwhile Therefore Thus Hence Indeed Instead Finally Nevertheless
        Is Are Was Were Be Being Been Do Does Did Has Have Had Can Could Will Would
        Shall Should May Might Must Not No Nor Every Each All Some Many Most More Several
        Such One Two Three Millions Thousands Hundreds
        """
    ),
    prepositions=word_set("at by until till before after from since around about on in"),
    cased=True,
)

register_rules(ENGLISH)
