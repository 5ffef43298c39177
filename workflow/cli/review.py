"""``dossier review``: serve the review workbench until Ctrl-C; manage reviewers' links."""

from __future__ import annotations

from urllib.parse import urlsplit

import click

from workflow.cli.common import project, say
from workflow.errors import InputError


@click.command(
    "review",
    epilog="\b\nExamples:\n  dossier review --lang fa --reviewer 'Jane Doe' --open\n"
           "  dossier review --add-reviewer 'Reza Rahimi' --public-url https://review.example.org\n"
           "  dossier review --host 0.0.0.0 --port 8765     # personal links required\n"
           "  dossier review --port 0          # any free port",
)
@click.option("--lang", "langs", metavar="LANGS",
              help="Comma-separated languages to review (default: all configured).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. Beyond loopback, personal links are required.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port).")
@click.option("--reviewer", metavar="NAME",
              help="Your name for approvals on a loopback server (else asked in the page).")
@click.option("--public-url", metavar="URL",
              help="The address volunteers use (a TLS reverse proxy, https://...): used in "
                   "links, allowed as Host, makes cookies Secure and requires personal links.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Another Host header to answer (repeatable); all others are refused.")
@click.option("--require-token", is_flag=True,
              help="Require personal links even on loopback.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64),
              help="Worker threads of the WSGI server.")
@click.option("--add-reviewer", "add_name", metavar="NAME",
              help="Create a personal link for NAME (a new link replaces an old one) and exit.")
@click.option("--revoke-reviewer", "revoke_name", metavar="NAME",
              help="Revoke NAME's link (takes effect at once, also on a running server).")
@click.option("--list-reviewers", is_flag=True, help="List the reviewers with a link and exit.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.pass_context
def review_command(ctx: click.Context, langs: str | None, host: str, port: int,
                   reviewer: str | None, public_url: str | None, allow_hosts: tuple[str, ...],
                   require_token: bool, threads: int, add_name: str | None,
                   revoke_name: str | None, list_reviewers: bool, open_browser: bool) -> None:
    """Review translations in the browser: approve, save or send back, one entry at a time.

    \b
    Approve     approved under the reviewer's name ('# approved:'), Ctrl+Enter
    Save        a human translation, not approved ('# translated:'), Ctrl+S
    Needs work  kept as the reviewer's draft with a note ('# needs-work:')

    Each action changes that one entry only (the rest of the .po file stays byte-identical),
    runs the checks first, asks for an explicit "approve anyway" for stale entries, meaning-flip
    warnings and errors, and is refused (with a merge view) when the entry was edited meanwhile.
    Volunteers elsewhere get personal links (--add-reviewer); tokens are stored hashed in
    .dossier/reviewers.json. Runs until Ctrl-C (exit 0); exit 2 for a taken port or bad option.
    """
    import webbrowser

    from workflow.review.reviewers import Registry
    from workflow.review.store import Refused, check_reviewer

    proj = project(ctx)
    registry = Registry.for_root(proj.root)
    if public_url is not None:
        parts = urlsplit(public_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"--public-url: expected http(s)://HOST[:PORT], got {public_url!r}")
    base = (public_url or "").rstrip("/") or _local_url(host, port)
    if add_name or revoke_name or list_reviewers:
        _manage(ctx, registry, add_name, revoke_name, list_reviewers, base)
        return

    from workflow.review.app import ReviewApp
    from workflow.review.server import Limits, is_loopback, is_wildcard, serve_app
    from workflow.review.store import Store

    tokens = require_token or public_url is not None or not is_loopback(host)
    if tokens and reviewer:
        raise InputError("--reviewer: names come from the personal links when they are "
                         "required (beyond loopback, --public-url, --require-token)")
    if tokens and not registry.reviewers():
        raise InputError("this server would be reachable beyond this machine: add a reviewer "
                         "first (dossier review --add-reviewer NAME)", registry.path)
    extra = tuple(allow_hosts)
    if public_url:
        netloc = urlsplit(public_url).netloc.lower()
        extra += (netloc, netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc)
    try:
        if reviewer:
            check_reviewer(reviewer)
        app = ReviewApp(Store(proj, proj.select_languages(langs)), reviewer, (), registry,
                        require_tokens=tokens, secure_cookies=bool(
                            public_url and public_url.startswith("https:")))
    except Refused as exc:
        raise InputError(f"--reviewer: {exc.message}") from None
    try:
        server = serve_app(app, host, port, Limits(threads=threads), extra)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                         "(try another --port, or --port 0)") from None
    url = public_url or _local_url(host, server.server_port)
    if is_wildcard(host):
        click.echo("dossier: warning: listening on all interfaces; personal links are "
                   "required, and use a TLS reverse proxy (see docs/review.md)", err=True)
    say(ctx, f"dossier review: serving {proj.relative(proj.locales)} at {url} "
             f"({'personal links required; ' if tokens else ''}Ctrl-C to stop)")
    if open_browser and not tokens:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        say(ctx, "dossier review: stopped")
    finally:
        server.server_close()


def _local_url(host: str, port: int) -> str:
    from workflow.review.server import is_wildcard

    shown = "127.0.0.1" if is_wildcard(host) else host
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    return f"http://{shown}:{port}"


def _manage(ctx: click.Context, registry, add_name, revoke_name, list_reviewers, base) -> None:
    from workflow.review.store import Refused, check_reviewer

    if add_name:
        try:
            name = check_reviewer(add_name)
        except Refused as exc:
            raise InputError(f"--add-reviewer: {exc.message}") from None
        token = registry.add(name)
        click.echo(f"{base}/login?token={token}")
        click.echo(f"dossier review: personal link for {name} (shown once; send it privately; "
                   "revoke with --revoke-reviewer)", err=True)
    if revoke_name:
        if not registry.revoke(" ".join(revoke_name.split())):
            raise InputError(f"--revoke-reviewer: no reviewer {revoke_name!r} "
                             "(see --list-reviewers)")
        click.echo(f"dossier review: revoked {revoke_name}'s link", err=True)
    if list_reviewers:
        reviewers = registry.reviewers()
        if not reviewers:
            click.echo("no reviewers (add one with --add-reviewer NAME)", err=True)
        for r in sorted(reviewers.values(), key=lambda r: r.name.casefold()):
            click.echo(f"{r.name}\tadded {r.added}")
