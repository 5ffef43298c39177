"""``dossier memory``: exchange translation memory with other tools as TMX files."""

from __future__ import annotations

from pathlib import Path

import click

from workflow.cli.common import project, say, warn


@click.group(
    "memory",
    epilog="\b\nExamples:\n  dossier memory import omegat-project-save.tmx\n"
    "  dossier memory import trados-export.tmx --lang fa\n"
    "  dossier memory export coalition.tmx\n  dossier memory export fa.tmx --lang fa\n\n"
    "\b\nExit codes: 0 done; 2 for a malformed TMX file or a bad option (one line naming\n"
    "the file and line; nothing written).",
)
def memory_command() -> None:
    """Import and export translation memory (TMX 1.4, as OmegaT, Trados, memoQ and Weblate
    write it).

    Imported pairs are kept per language in locales/LANG/memory.tmx, which `dossier draft`
    reuses after the catalogs' own human translations: exact matches, then near matches
    (75% or more) as fuzzy drafts showing the old English.
    """


@memory_command.command("import")
@click.argument("tmx", type=click.Path(path_type=Path))
@click.option("--lang", "langs", metavar="CODES",
              help="Comma-separated languages to take (default: all configured).")
@click.pass_context
def import_command(ctx: click.Context, tmx: Path, langs: str | None) -> None:
    """Add the pairs of TMX (source language = the project's) to locales/LANG/memory.tmx."""
    from workflow.draft.tmx import import_tmx

    proj = project(ctx)
    selected = [lang for lang in proj.select_languages(langs) if lang != proj.source_language]
    report = import_tmx(proj, tmx, selected)
    for lang in selected:
        added, known = report.added.get(lang, 0), report.known.get(lang, 0)
        if added or known:
            say(ctx, f"{lang}: {added} pair(s) imported, {known} already known "
                     f"({proj.relative(report.paths[lang])})")
    if not report.units:
        warn(f"{tmx}: no {proj.source_language} pairs for {', '.join(selected)}")
    if report.skipped:
        say(ctx, f"skipped languages not configured: {', '.join(sorted(report.skipped))}", 1)


@memory_command.command("export")
@click.argument("tmx", type=click.Path(path_type=Path))
@click.option("--lang", "langs", metavar="CODES",
              help="Comma-separated languages (default: all configured).")
@click.option("--only", metavar="SLUG", help="One statement's catalogs only.")
@click.pass_context
def export_command(ctx: click.Context, tmx: Path, langs: str | None, only: str | None) -> None:
    """Write every approved and translated entry (drafts never) to TMX."""
    from workflow.draft.pipeline import check_only
    from workflow.draft.tmx import export_tmx

    proj = project(ctx)
    check_only(proj, only)
    selected = [lang for lang in proj.select_languages(langs) if lang != proj.source_language]
    counts = export_tmx(proj, tmx, selected, only)
    per_lang = ", ".join(f"{lang} {n}" for lang, n in counts.items())
    say(ctx, f"exported {sum(counts.values())} pair(s) to {tmx} ({per_lang})")
