"""``dossier draft``: fill empty entries with translation-memory and machine drafts."""

from __future__ import annotations

import click

from workflow.cli.common import progress_counter, project, say, warn
from workflow.errors import ConfigError


@click.command(
    "draft",
    epilog="\b\nExamples:\n  dossier draft\n  dossier draft --lang fa,ar --only 2024-03-evin\n"
    "  dossier draft --engine memory\n  dossier draft --dry-run\n\n"
    "\b\nExit codes: 0 done (languages without an installed model are skipped with a\n"
    "message, so `make dossier` goes on); 2 when a language named with --lang has no\n"
    "model, or on bad input.",
)
@click.option("--lang", "langs", metavar="CODES",
              help="Comma-separated languages (default: all configured).")
@click.option("--only", metavar="SLUG", help="Draft one statement's catalogs only.")
@click.option("--engine", type=click.Choice(["argos", "memory"]), default="argos",
              show_default=True,
              help="argos: memory, then machine drafts; memory: translation memory only.")
@click.option("--dry-run", is_flag=True, help="Show what would be drafted; write nothing.")
@click.pass_context
def draft_command(ctx: click.Context, langs: str | None, only: str | None, engine: str,
                  dry_run: bool) -> None:
    """Fill empty entries of the .po catalogs with drafts marked fuzzy for review.

    Translation memory first (a sentence already translated by a human in any catalog of the
    language), then argos machine translation of the rest, batched over all statements.
    Glossary items (locales/LANG/glossary.csv) keep their fixed forms; numbers are checked
    and written in the language's digits. Existing translations are never changed.
    """
    from workflow.draft.pipeline import check_only, draft_language

    proj = project(ctx)
    selected = [lang for lang in proj.select_languages(langs) if lang != proj.source_language]
    check_only(proj, only)
    missing: list[str] = []
    drafted_any = False
    for lang in selected:
        with progress_counter(ctx, f"drafting {lang}") as on_progress:
            result = draft_language(proj, lang, only=only, engine=engine, dry_run=dry_run,
                                    on_progress=on_progress)
        verb = "would draft" if dry_run else "drafted"
        if not result.catalogs:
            say(ctx, f"{lang}: no catalogs (run `dossier update` first)")
            continue
        parts = [f"{result.memory} from memory"]
        if result.route:
            parts.append(f"{result.machine} by machine ({result.sentences} distinct sentences, "
                         f"{result.route})")
        line = f"{lang}: {verb} {', '.join(parts)} of {result.pending} empty entries"
        if result.number_warnings or result.term_warnings:
            line += (f"; warnings: {result.number_warnings} numbers, "
                     f"{result.term_warnings} glossary")
        if not dry_run:
            line += f"; {len(result.changed)} file(s) written in {result.seconds:.1f} s"
        say(ctx, line)
        for kept in result.kept:
            warn(kept.render())
        drafted_any = drafted_any or bool(result.route)
        if result.no_route_hint:
            missing.append(lang)
            warn(f"{lang}: skipped machine drafts: no {proj.source_language}->{lang} model "
                 f"installed; run `{result.no_route_hint}`")
    if missing and langs:
        raise ConfigError(f"no translation model for {', '.join(missing)} "
                          "(see `dossier models list`)")
    if missing and not drafted_any:
        warn("nothing machine-drafted: no translation models installed "
             "(see `dossier models list`)")
