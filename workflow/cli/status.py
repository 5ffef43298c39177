"""``dossier status``: translation progress per statement and language."""

from __future__ import annotations

import json

import click

from workflow.cli.common import project
from workflow.errors import InputError


@click.command("status")
@click.option("--lang", "langs", metavar="LANGS",
              help="Comma-separated languages (default: all configured).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output for scripts.")
@click.argument("statements", nargs=-1, metavar="[SLUG]...")
@click.pass_context
def status_command(ctx: click.Context, langs: str | None, as_json: bool,
                   statements: tuple[str, ...]) -> None:
    """Show entries and words per state for each statement and language.

    States: untranslated, machine draft, other draft (memory, team, person), stale (source
    changed since translation), translated, approved; plus obsolete entries, percent translated
    (translated + approved) and percent approved, with totals per language. Always exits 0
    unless a catalog cannot be read (exit 2).

    Example: dossier status --lang fa --json
    """
    from workflow.catalog import status

    proj = project(ctx)
    known = set(proj.slugs()) | {p.stem for p in proj.templates.glob("*.pot")}
    unknown = [slug for slug in statements if slug not in known]
    if unknown:
        raise InputError(f"no such statement: {', '.join(unknown)} (see sources/)",
                         proj.relative(proj.sources))
    rows = status.collect(proj, proj.select_languages(langs), list(statements) or None)
    if as_json:
        click.echo(json.dumps(status.as_json(rows), indent=2, ensure_ascii=False))
    else:
        click.echo(status.render_table(rows))
