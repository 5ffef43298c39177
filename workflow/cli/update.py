"""``dossier update``: create or merge .po catalogs from the templates."""

from __future__ import annotations

import click

from workflow.cli.common import project, say, warn, wrap_options


@click.command("update")
@click.option("--lang", "langs", metavar="LANGS",
              help="Comma-separated languages (default: all configured), e.g. fa,ar.")
@click.argument("statements", nargs=-1, metavar="[SLUG]...")
@wrap_options
@click.pass_context
def update_command(ctx: click.Context, langs: str | None, statements: tuple[str, ...],
                   width: int | None, no_wrap: bool) -> None:
    """Create or merge locales/<lang>/LC_MESSAGES/<slug>.po for each language.

    Refreshes the templates first (like 'dossier extract'), then merges with the semantics of
    'msgmerge --previous': translations are kept, a changed sentence inherits the translation
    of its nearest old sentence as a fuzzy entry with '#| msgid', removed sentences become
    obsolete '#~' entries. When the inherited text may say something else (negation, numbers,
    dates or names changed) a '# changed:' comment says what changed. Unchanged catalogs are
    skipped. Each catalog is saved as soon as it is merged; an entry someone changed in the
    file meanwhile (Poedit, an editor, the review page) is kept as they left it and named in a
    warning.

    Example: dossier update --lang fa,ar
    """
    from workflow.catalog.update import update

    proj = project(ctx)
    languages = proj.select_languages(langs)
    report = update(proj, languages, list(statements) or None)
    for key, merge in sorted(report.merges.items()):
        for msgid, changes in merge.flagged:
            warn(f"{key}: meaning may have changed ({'; '.join(changes)}): {msgid[:60]}")
        if merge.fuzzy or merge.obsoleted:
            say(ctx, f"{key}: {merge.kept} kept, {merge.fuzzy} fuzzy, {merge.new} new, "
                     f"{merge.obsoleted} obsolete", 1)
    for kept in report.kept:
        warn(kept.render())
    ex = report.extract
    say(ctx, f"extract: {len(ex.written)} written, {len(ex.unchanged) + len(ex.skipped)} "
             f"unchanged; update: {len(report.created)} created, {len(report.merged)} merged, "
             f"{len(report.unchanged) + len(report.skipped)} unchanged")
