"""``dossier extract``: sources -> .pot templates."""

from __future__ import annotations

import click

from workflow.cli.common import project, say, wrap_options


@click.command("extract")
@click.argument("statements", nargs=-1, metavar="[SLUG]...")
@wrap_options
@click.pass_context
def extract_command(ctx: click.Context, statements: tuple[str, ...], width: int | None,
                    no_wrap: bool) -> None:
    """Extract sources/<slug>.md into locales/templates/<slug>.pot.

    One entry per sentence; titles, headings, list items and signature lines are entries of
    their own, with '#. type:' comments and '#: sources/<slug>.md:LINE' references. Unchanged
    sources are skipped (content hashes in .dossier-cache/), and output is byte-identical
    from run to run. With SLUG arguments only those statements are extracted.

    Example: dossier extract
    """
    from workflow.catalog.extract import extract

    proj = project(ctx)
    report = extract(proj, list(statements) or None)
    for slug in report.written:
        say(ctx, f"wrote {proj.relative(proj.pot_path(slug))}", 1)
    say(ctx, f"extract: {len(report.written)} written, "
             f"{len(report.unchanged) + len(report.skipped)} unchanged")
