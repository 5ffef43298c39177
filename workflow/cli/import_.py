"""``dossier import RAW...``: thin CLI over workflow.importer."""

from __future__ import annotations

import re

import click

from workflow.cli.common import progress, project, say
from workflow.importer import explain_text, import_many, valid_slug
from workflow.importer.fetch import is_url


def _check_slug(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not valid_slug(value):
        raise click.BadParameter("use lowercase ASCII letters, digits and single hyphens "
                                 "(e.g. 1988-massacre-joint-statement-2020)")
    return value


def _check_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.match(r"^https?://\S+$", value):
        raise click.BadParameter("must be an http:// or https:// address")
    return value


def _raw(value: str):
    """A file path, a web address (kept as text) or ``-`` for standard input."""
    from pathlib import Path

    return value if is_url(value) or value == "-" else Path(value)


@click.command("import")
@click.argument("raw", nargs=-1, required=True)
@click.option("--slug", callback=_check_slug,
              help="File name for the source (default: from the title, e.g. "
                   "joint-statement-occasion-anniversary-1988).")
@click.option("--origin", "origin", metavar="URL", callback=_check_url,
              help="Web address the page was saved from (kept in the front matter; a fetched "
                   "URL is recorded by itself).")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="Where to write the import report (default: sources/<slug>.import.txt). "
                   "Must be a new file or an earlier report of the same import, inside the "
                   "project (outside it only with --force).")
@click.option("--encoding", metavar="ENC",
              help="Encoding of the raw file when it is not UTF-8 (e.g. cp1252, latin-1).")
@click.option("--explain", is_flag=True,
              help="Print the decision and evidence for every block of RAW; write nothing.")
@click.option("--force", is_flag=True,
              help="Overwrite an existing source that differs (raw changed, or edited by hand); "
                   "allow --report outside the project.")
@click.pass_context
def import_command(ctx: click.Context, raw: tuple[str, ...], slug: str | None,
                   origin: str | None, report_path: str | None, encoding: str | None,
                   explain: bool, force: bool) -> None:
    """Import raw statements into clean sources/<slug>.md files.

    RAW is a file (a text or HTML page saved from a browser, a PDF, a Word .docx, an e-mail
    .eml or .mbox: recognised by content, not by name), an http(s):// address (fetched, 20 s
    timeout, 5 MB limit), or - for standard input.

    Every block is classified as statement or site furniture from evidence that holds on any
    site (sentence-likeness, stop words, links, digits, counters, short-line runs, position
    relative to the body, repetition, a furniture lexicon); every removed block is listed in
    the import report with the evidence, unsure ones are flagged for a human. Title, date and
    signatories go to the front matter. Re-importing an unchanged file changes nothing; a
    changed one needs --force. Bad input is refused and nothing is written.

    \b
    Examples:
      dossier import ../shared/seeds/*.txt
      dossier import statement.pdf letter.docx forwarded.eml
      dossier import https://example.org/statements/teachers --slug teachers-2022
      dossier import --explain page.html
      xclip -o | dossier import - --slug pasted-2024
    """
    proj = project(ctx)
    raws = [_raw(value) for value in raw]
    if explain:
        for item in raws:
            click.echo(explain_text(proj, item, encoding=encoding), nl=False)
        return

    def bar(items: list):
        return progress(ctx, items, "Importing", len(items)) if len(items) > 1 else items

    for result in import_many(proj, raws, slug=slug, origin=origin, report_path=report_path,
                              encoding=encoding, force=force, each=bar):
        flags = len(result.flags)
        say(ctx, f"{result.status} {proj.relative(result.source)}: {result.blocks} blocks, "
                 f"{result.removed} lines removed, {result.altered} altered, {flags} "
                 f"flag{'s' if flags != 1 else ''} (report: {proj.relative(result.report)})")
        for flag in result.flags:
            say(ctx, f"  flag {flag}")
