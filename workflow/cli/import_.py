"""``dossier import RAW...``: thin CLI over workflow.importer."""

from __future__ import annotations

import re
from pathlib import Path

import click

from workflow.cli.common import progress, project, say
from workflow.importer import import_many, valid_slug


def _check_slug(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not valid_slug(value):
        raise click.BadParameter("use lowercase ASCII letters, digits and single hyphens "
                                 "(e.g. 1988-massacre-joint-statement-2020)")
    return value


def _check_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.match(r"^https?://\S+$", value):
        raise click.BadParameter("must be an http:// or https:// address")
    return value


@click.command("import")
@click.argument("raw", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--slug", callback=_check_slug,
              help="File name for the source (default: from the title, e.g. "
                   "joint-statement-occasion-anniversary-1988).")
@click.option("--origin", "origin", metavar="URL", callback=_check_url,
              help="Web address the page was saved from (kept in the front matter).")
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the import report (default: sources/<slug>.import.txt).")
@click.option("--encoding", metavar="ENC",
              help="Encoding of the raw file when it is not UTF-8 (e.g. cp1252, latin-1).")
@click.option("--force", is_flag=True,
              help="Overwrite an existing source that differs (raw changed, or edited by hand).")
@click.pass_context
def import_command(ctx: click.Context, raw: tuple[Path, ...], slug: str | None,
                   origin: str | None, report_path: Path | None, encoding: str | None,
                   force: bool) -> None:
    """Import raw statements (plain text or HTML pages saved from a browser) into clean
    sources/<slug>.md files.

    Site furniture (skip links, breadcrumbs, repeated titles, comment forms, related-news
    blocks, image captions) is removed, hard-wrapped text is reflowed, and every removed or
    altered line is listed in the import report with its raw line number, along with spots a
    human should check (FLAGS). Re-importing an unchanged file changes nothing; a changed one
    needs --force. Files over 5 MB, binary, empty or undecodable files are
    refused and nothing is written.

    \b
    Examples:
      dossier import ../shared/seeds/*.txt
      dossier import page.html --slug 1988-massacre-joint-statement-2020 --origin https://example.org/s
    """
    proj = project(ctx)
    def bar(raws: list[Path]):
        return progress(ctx, raws, "Importing", len(raws)) if len(raws) > 1 else raws

    for result in import_many(proj, list(raw), slug=slug, origin=origin, report_path=report_path,
                              encoding=encoding, force=force, each=bar):
        flags = len(result.flags)
        say(ctx, f"{result.status} {proj.relative(result.source)}: {result.blocks} blocks, "
                 f"{result.removed} lines removed, {result.altered} altered, {flags} "
                 f"flag{'s' if flags != 1 else ''} (report: {proj.relative(result.report)})")
        for flag in result.flags:
            say(ctx, f"  flag {flag}")
