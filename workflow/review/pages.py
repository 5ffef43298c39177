"""HTML for the review app: plain forms, one stylesheet, no JavaScript; every string escaped."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import quote

import polib

from workflow import states
from workflow.catalog.status import COLUMNS, LABELS, Row
from workflow.language import language
from workflow.review.store import entry_digest, entry_key

STATE_LABELS = {
    states.State.UNTRANSLATED: "untranslated",
    states.State.DRAFT: "draft",
    states.State.STALE: "stale: the English changed",
    states.State.TRANSLATED: "translated, not approved",
    states.State.APPROVED: "approved",
}


def e(text: object) -> str:
    """Escape for HTML text and double-quoted attributes."""
    return escape(str(text), quote=True)


def lang_attrs(lang: str) -> str:
    return f'lang="{e(lang)}" dir="{language(lang).direction}"'


def language_name(lang: str) -> str:
    return language(lang).english_name


def layout(title: str, body: str, reviewer: str | None = None, fixed: bool = False,
           csrf: str = "", back: str = "/") -> str:
    """The page frame: header with the reviewer's name (a small form unless fixed by --reviewer)."""
    if fixed:
        who = f'<p class="who">Reviewer: <strong>{e(reviewer)}</strong></p>'
    else:
        who = (f'<form class="who" method="post" action="/reviewer">'
               f'<input type="hidden" name="csrf" value="{e(csrf)}">'
               f'<input type="hidden" name="back" value="{e(back)}">'
               f'<label>Your name <input name="name" value="{e(reviewer or "")}" '
               f'maxlength="100" placeholder="Jane Doe &lt;jane@example.org&gt;" '
               f'autocomplete="name"></label> <button>Remember</button></form>')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{e(title)} · dossier review</title>'
        '<link rel="stylesheet" href="/static/review.css"></head><body>'
        f'<header><a class="home" href="/">dossier review</a>{who}</header>'
        f'<main>{body}</main></body></html>\n'
    )


def index_page(rows: list[Row]) -> str:
    """Statements per language with entry counts per state (from workflow.catalog.status)."""
    parts = ["<h1>Statements to review</h1>"]
    by_lang: dict[str, list[Row]] = {}
    for row in rows:
        by_lang.setdefault(row.language, []).append(row)
    if not rows:
        parts.append("<p>No statements yet: run <code>dossier extract</code> and "
                     "<code>dossier update</code>.</p>")
    for lang, lang_rows in by_lang.items():
        head = "".join(f"<th>{e(LABELS[c])}</th>" for c in COLUMNS)
        parts.append(f"<h2>{e(language_name(lang))} <small>({e(lang)})</small></h2>"
                     f'<table class="counts"><thead><tr><th>statement</th>{head}'
                     "<th>approved %</th></tr></thead><tbody>")
        for row in lang_rows:
            cells = "".join(f'<td class="n c-{c}">{row.counts.entries[c]}</td>' for c in COLUMNS)
            if row.exists:
                name = (f'<a href="/{quote(lang)}/{quote(row.statement)}">'
                        f"{e(row.statement)}</a>")
            else:
                name = (f"{e(row.statement)} <small>(no catalog yet: run "
                        "<code>dossier update</code>)</small>")
            parts.append(f"<tr><td>{name}</td>{cells}"
                         f'<td class="n">{row.counts.percent_approved:.1f}</td></tr>')
        parts.append("</tbody></table>")
    return "".join(parts)


@dataclass
class View:
    """What a statement page shows and what its forms carry."""

    lang: str
    slug: str
    show: str  # "todo" or "all"
    file_sha: str
    csrf: str
    message: str = ""


def statement_page(view: View, entries: list[polib.POEntry]) -> str:
    todo = [i for i, entry in enumerate(entries) if states.needs_human(entry)]
    shown = todo if view.show == "todo" else list(range(len(entries)))
    base = f"/{quote(view.lang)}/{quote(view.slug)}"
    tabs = ('<nav class="filter">Show: '
            + _tab(view.show == "todo", f"{base}", f"needs a human ({len(todo)})") + " · "
            + _tab(view.show == "all", f"{base}?show=all", f"all ({len(entries)})") + "</nav>")
    parts = [f"<h1>{e(view.slug)} <small>{e(language_name(view.lang))}</small></h1>", tabs]
    if view.message:
        parts.append(f'<p class="message" role="status">{e(view.message)}</p>')
    if not shown:
        parts.append('<p class="empty">Nothing here needs a human. '
                     f'<a href="{base}?show=all">Show all entries</a>.</p>')
    for index in shown:
        parts.append(entry_form(view, index, entries[index], base))
    return "".join(parts)


def _tab(active: bool, href: str, label: str) -> str:
    if active:
        return f'<strong aria-current="page">{e(label)}</strong>'
    return f'<a href="{e(href)}">{e(label)}</a>'


def entry_form(view: View, index: int, entry: polib.POEntry, action: str) -> str:
    state = states.state_of(entry)
    kind = states.draft_kind(entry)
    label = STATE_LABELS[state]
    if state is states.State.DRAFT and kind:
        label = f"{kind.value} draft"
    notes = "".join(f'<li class="{_note_class(line)}">{e(line)}</li>'
                    for line in (entry.tcomment or "").splitlines() if line.strip())
    extracted = "".join(f'<li class="extracted">{e(line)}</li>'
                        for line in (entry.comment or "").splitlines() if line.strip())
    old = ""
    if entry.previous_msgid is not None:
        old = (f'<p class="previous" lang="en"><span>English before the change:</span> '
               f"{e(entry.previous_msgid)}</p>")
    ctx = f'<p class="ctx">context: {e(entry.msgctxt)}</p>' if entry.msgctxt else ""
    flag = " needs-human" if states.needs_human(entry) else ""
    if entry.msgid_plural:
        editor = '<p class="plural">Plural entry: edit it in a .po editor.</p>'
    else:
        editor = (
            f'<form method="post" action="{e(action)}#e{index}">'
            f'<input type="hidden" name="csrf" value="{e(view.csrf)}">'
            f'<input type="hidden" name="key" value="{e(entry_key(entry))}">'
            f'<input type="hidden" name="file" value="{e(view.file_sha)}">'
            f'<input type="hidden" name="seen" value="{e(entry_digest(entry))}">'
            f'<input type="hidden" name="show" value="{e(view.show)}">'
            f'<label class="sr" for="t{index}">Translation</label>'
            f'<textarea id="t{index}" name="text" rows="{_rows(entry)}" '
            f'{lang_attrs(view.lang)}>\n{e(entry.msgstr)}</textarea>'
            '<div class="buttons">'
            '<button name="action" value="save" title="A human translation, not approved">'
            "Save</button> "
            '<button name="action" value="approve" title="Approve under your name">'
            "Approve</button> "
            '<button name="action" value="needs-work" '
            'title="Keep the text as your draft; it stays in the review queue">'
            "Needs work</button></div></form>"
        )
    return (
        f'<section class="entry s-{state.value}{flag}" id="e{index}">'
        f'<div class="src"><p class="en" lang="en" dir="ltr">{e(entry.msgid)}</p>{ctx}{old}'
        f'<p class="state">{e(label)}</p>'
        + (f'<ul class="notes">{notes}{extracted}</ul>' if notes or extracted else "")
        + f'</div><div class="tgt">{editor}</div></section>'
    )


def _note_class(line: str) -> str:
    key = line.split(":", 1)[0].strip().lower()
    return f"k-{key}" if key in ("changed", "warning", "note", "draft", "approved") else "k-other"


def _rows(entry: polib.POEntry) -> int:
    return max(2, min(12, len(entry.msgid) // 60 + 2))


def error_page(status: int, message: str, back: str = "/", mine: str | None = None,
               current: str | None = None, lang: str = "en") -> str:
    """A refusal, with the reviewer's own text kept so no typing is lost."""
    parts = [f"<h1>Not saved</h1><p class=\"error\">{e(message)}</p>"] if status != 404 else [
        f"<h1>Not found</h1><p class=\"error\">{e(message)}</p>"]
    if current is not None:
        parts.append(f'<h2>The text in the file now</h2><pre {lang_attrs(lang)}>{e(current)}</pre>')
    if mine:
        parts.append(f'<h2>Your text (copy it before reloading)</h2>'
                     f'<pre {lang_attrs(lang)}>{e(mine)}</pre>')
    parts.append(f'<p><a href="{e(back)}">Back</a></p>')
    return "".join(parts)
