"""A data table inside a statement (a list of prisoners with their ages and charges) does not
split its body: the paragraphs above the table stay in, and so does the table. Three rows or
more with the same number of cells make a table; a menu's one line of links does not."""

from __future__ import annotations

from workflow.importer import convert, read_raw

OPENING = ("We, the undersigned organisations, call on the authorities to halt the imminent "
           "execution of eight men held in Urmia Central Prison, whose sentences were upheld "
           "last month after trials that lasted less than an hour.")
SECOND = ("None of the eight was allowed a lawyer of his own choosing during the investigation, "
          "and four of them say they were tortured into confessing.")
AFTER = ("The use of the death penalty after grossly unfair trials violates the right to life, "
         "and executions of people convicted on coerced confessions are arbitrary.")
CALL = ("We call on the Head of the Judiciary to quash the sentences and to order retrials "
        "that meet international standards, without recourse to the death penalty.")
ROWS = [("Name", "Age", "Charge"), ("Karim Azadeh", "29", "moharebeh"),
        ("Sohrab Delavar", "34", "drug trafficking"), ("Yousef Nami", "41", "baghi"),
        ("Hadi Sepehri", "38", "drug trafficking"), ("Omid Farzin", "27", "moharebeh"),
        ("Ali Tavana", "45", "baghi"), ("Nader Khoshbin", "31", "drug trafficking"),
        ("Ramin Kashani", "25", "moharebeh")]


def _page(tmp_path, table: bool = True):
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    html = f"""<!doctype html><html><head><title>Eight men at risk — The Weekly Letter</title>
    </head><body><header><nav><a href="/">Home</a> | <a href="/a">Archive</a></nav></header>
    <article><h1>Eight men at risk in Urmia</h1>
    <p>Dear readers, this week I am handing the letter over to a joint appeal that reached
    me on Monday; I will be back next week with the usual round-up of news.</p><p>— Nasim</p>
    <h2>Joint appeal: halt the execution of eight men in Urmia</h2>
    <p>{OPENING}</p><p>{SECOND}</p><p>The eight men are:</p>
    {"<table>" + rows + "</table>" if table else ""}
    <p>{AFTER}</p><p>{CALL}</p>
    <p>Signed by:</p><ul><li>Urmia Rights Watch</li><li>Lawyers for the Condemned</li>
    <li>Abolition Now Coalition</li></ul></article>
    <footer>© 2026 The Weekly Letter · Unsubscribe</footer></body></html>"""
    path = tmp_path / "appeal.html"
    path.write_text(html, encoding="utf-8")
    return convert(read_raw(path))


def _text(conversion) -> str:
    return " ".join(conversion.body.split())


def test_the_paragraphs_above_a_table_stay_in_the_body(tmp_path):
    conversion = _page(tmp_path)
    text = _text(conversion)
    for sentence in (OPENING, SECOND, AFTER, CALL):
        assert sentence in text
    assert "Karim Azadeh | 29 | moharebeh" in text and "Ramin Kashani" in text
    assert "handing the letter over" not in text
    assert conversion.meta["title"] == "Joint appeal: halt the execution of eight men in Urmia"
    assert conversion.meta["signatories"] == ["Urmia Rights Watch", "Lawyers for the Condemned",
                                              "Abolition Now Coalition"]


def test_without_the_table_the_page_reads_the_same(tmp_path):
    conversion = _page(tmp_path, table=False)
    text = _text(conversion)
    assert all(s in text for s in (OPENING, SECOND, AFTER, CALL))
    assert "handing the letter over" not in text


def test_a_table_of_signers_ends_the_statement(tmp_path):
    """Under a "Signatories" label the table is the signature block: the blogger's own note
    after it is not the statement's."""
    signers = [("1", "Urmia Rights Watch", "Norway"), ("2", "Lawyers for the Condemned", "France"),
               ("3", "Abolition Now Coalition", "Canada"), ("4", "Zagros Teachers Fund", "Sweden")]
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in signers)
    html = f"""<!doctype html><html><head><title>Appeal — Nima's blog</title></head><body>
    <article><h1>Halt the execution of eight men in Urmia</h1><p>{OPENING}</p><p>{SECOND}</p>
    <p>{AFTER}</p><p>{CALL}</p><p>Signatories</p>
    <table><tr><th>#</th><th>Organisation</th><th>Country</th></tr>{rows}</table>
    <p>My own view: I visited the families last spring, and the fear in those homes has stayed
    with me ever since; please share this appeal widely with your friends.</p>
    </article><footer>© 2026 Nima's blog</footer></body></html>"""
    path = tmp_path / "signed.html"
    path.write_text(html, encoding="utf-8")
    conversion = convert(read_raw(path))
    text = _text(conversion)
    assert all(s in text for s in (OPENING, SECOND, AFTER, CALL))
    assert "I visited the families" not in text
    assert conversion.meta["signatories"][:4] == [name for _, name, _ in signers]
