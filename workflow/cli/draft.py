"""``dossier draft``: fill empty entries with translation-memory and machine drafts."""

from __future__ import annotations

import click

from workflow.cli.common import progress_counter, project, say, warn, wrap_options
from workflow.errors import ConfigError


@click.command(
    "draft",
    epilog="\b\nExamples:\n  dossier draft\n  dossier draft --lang fa,ar --only 2024-03-evin\n"
    "  dossier draft --engine memory\n  dossier draft --dry-run\n"
    "  LT_API_KEY=... dossier draft --engine libretranslate --url https://lt.example.org "
    "--api-key-env LT_API_KEY\n\n"
    "\b\nEngine settings may live in the project instead:\n"
    '  [tool.dossier]\n  engine = { name = "libretranslate", url = "https://lt.example.org",'
    ' api-key-env = "LT_API_KEY" }\n'
    "  (options: timeout, concurrency, batch-size, retries, backoff)\n\n"
    "\b\nExit codes: 0 done (languages the engine cannot translate are skipped with a\n"
    "message, so `make dossier` goes on); 1 the engine failed mid-run (the message names\n"
    "the catalogs already written; the others are untouched); 2 when a language named\n"
    "with --lang cannot be translated, the server refused the API key, or on bad input.",
)
@click.option("--lang", "langs", metavar="CODES",
              help="Comma-separated languages (default: all configured).")
@click.option("--only", metavar="SLUG", help="Draft one statement's catalogs only.")
@click.option("--engine", metavar="NAME",
              help="argos (local models), libretranslate (a server: needs --url) or memory "
                   "(translation memory only). Default: [tool.dossier] engine, else argos.")
@click.option("--url", metavar="URL", help="The LibreTranslate server, e.g. http://127.0.0.1:5000.")
@click.option("--api-key-env", metavar="VAR",
              help="Environment variable holding the server's API key (never on the command "
                   "line, never logged or written).")
@click.option("--threshold", type=click.IntRange(0, 101), default=None, metavar="PCT",
              help="Lowest near-match score reused from memory (default: [tool.dossier] "
                   "memory-threshold, else 75; 101 = exact matches only).")
@click.option("--dry-run", is_flag=True, help="Show what would be drafted; write nothing.")
@wrap_options
@click.pass_context
def draft_command(ctx: click.Context, langs: str | None, only: str | None, engine: str | None,
                  url: str | None, api_key_env: str | None, threshold: int | None,
                  dry_run: bool, width: int | None, no_wrap: bool) -> None:
    """Fill empty entries of the .po catalogs with drafts marked fuzzy for review.

    Translation memory first (a sentence translated by a human in any catalog of the
    language, or imported from TMX; near matches of 75% or more as fuzzy drafts showing the
    old English), then machine translation of the rest, batched over all statements, by the
    local argos models or a shared LibreTranslate server. Glossary items
    (locales/LANG/glossary.csv) keep their fixed forms (a term's first form at its first
    mention in a statement, its 'later' form after it); numbers are checked and written in the
    language's digits. Existing translations are never changed.
    """
    from workflow.draft.engines import MEMORY_ONLY, REGISTRY, create_engine, engine_settings
    from workflow.draft.pipeline import check_only, draft_language

    proj = project(ctx)
    selected = [lang for lang in proj.select_languages(langs) if lang != proj.source_language]
    check_only(proj, only)
    if engine is not None and engine != MEMORY_ONLY and engine not in REGISTRY:
        raise click.BadParameter(f"unknown engine {engine!r} (engines: "
                                 f"{', '.join([*REGISTRY, MEMORY_ONLY])})",
                                 param_hint="'--engine'")
    settings = engine_settings(proj.engine, proj.config_file, name=engine, url=url,
                               api_key_env=api_key_env)
    chosen = create_engine(settings)
    missing: list[str] = []
    drafted_any = False
    for lang in selected:
        with progress_counter(ctx, f"drafting {lang}") as on_progress:
            result = draft_language(proj, lang, only=only, engine=chosen or "memory",
                                    dry_run=dry_run, on_progress=on_progress,
                                    threshold=proj.memory_threshold if threshold is None
                                    else threshold)
        verb = "would draft" if dry_run else "drafted"
        if not result.catalogs:
            say(ctx, f"{lang}: no catalogs (run `dossier update` first)")
            continue
        parts = [f"{result.memory} from memory"]
        if result.near:
            parts.append(f"{result.near} near matches from memory")
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
        if result.unsupported:
            missing.append(lang)
            warn(f"{lang}: skipped machine drafts: {result.unsupported.reason}; "
                 f"{result.unsupported.hint}")
    if missing and langs:
        what = ("see `dossier models list`" if settings.name == "argos"
                else f"engine {settings.name}")
        raise ConfigError(f"no translation model for {', '.join(missing)} ({what})")
    if missing and not drafted_any:
        if settings.name == "argos":
            warn("nothing machine-drafted: no translation models installed "
                 "(see `dossier models list`)")
        else:
            warn(f"nothing machine-drafted: engine {settings.name} offers none of the languages")
