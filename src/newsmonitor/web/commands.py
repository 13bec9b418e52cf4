"""The ``newsmonitor serve`` command: the web UI and JSON API over the store, with uvicorn."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import click


def read_token(token_file: str | None) -> str | None:
    """The write token from ``--token-file`` (first line), else ``NEWSMONITOR_TOKEN``, else None."""
    if token_file:
        token = Path(token_file).read_text(encoding="utf-8").strip().splitlines()
        if not token or not token[0].strip():
            raise click.BadParameter(f"{token_file} is empty", param_hint="--token-file")
        return token[0].strip()
    token = os.environ.get("NEWSMONITOR_TOKEN", "").strip()
    return token or None


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default serves this machine only (use 0.0.0.0 to share).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="File holding the bearer token for writes (else env NEWSMONITOR_TOKEN; none: read-only).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token_file: str | None) -> None:
    """Serve the web UI and JSON API over the store.

    Reading is open to whoever can reach the address; ingest over HTTP (POST /api/articles)
    needs the bearer token and is disabled without one.

    \b
    Example:
      newsmonitor serve --port 8000
      NEWSMONITOR_TOKEN=$(cat token) newsmonitor serve
    """
    import uvicorn

    from newsmonitor.web.app import create_app

    db = ctx.obj["db"]
    token = read_token(token_file)
    try:
        app = create_app(db, token=token)
    except Exception as exc:  # unreadable file, failed migration
        raise click.ClickException(f"cannot open store {db}: {exc}") from exc
    try:  # a clear message instead of uvicorn's traceback-like error when the port is taken
        socket.create_server((host, port), reuse_port=False).close()
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsmonitor: serving {db} at http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs;"
               f" writes {'enabled with token' if token else 'disabled (no token)'}; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
