"""``newsmonitor watch``: poll RSS/Atom feeds and ingest their new items, continuously.

Each feed is fetched with a conditional GET (``If-None-Match``/``If-Modified-Since`` from the last
answer), its new items' pages are fetched (with the usual fetch limits: http/https only, timeout,
size cap, redirect limit, no private addresses unless allowed) and everything goes through
:func:`newsmonitor.ingest.ingest_results`, the one write path. A feed that fails is retried with
exponential backoff (interval × 2, × 4, … up to an hour); errors are logged, never fatal.

State lives in the store (migration ``005_watch.sql``): per feed its validators and failure count,
per item whether it was done. The store's own idempotence (same URL or content is stored once)
makes a repeated item harmless even when that state is lost.

Ctrl-C or SIGTERM stops cleanly: no new item is started, the current batch is stored, a summary is
printed. A second Ctrl-C aborts at once; the transaction in flight is rolled back.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from newsmonitor.ingest import ingest_results
from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import DEFAULT_MAX_RECORD_BYTES, ReadOptions, check_url
from newsmonitor.readers.feed import FeedItem, item_results, parse_feed
from newsmonitor.readers.fetch import FetchError, fetch
from newsmonitor.store.sqlite import Store

MAX_BACKOFF = 3600.0  # seconds: the longest wait before retrying a failing feed
MAX_ATTEMPTS = 3  # an item whose page cannot be fetched or used is retried on this many polls


def read_feeds_file(path: str | Path) -> tuple[list[str], list[str]]:
    """Feed URLs of a FEEDS_FILE (one per line, ``#`` comments) and ``FILE:LINE: reason`` for bad lines."""
    urls: list[str] = []
    problems: list[str] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}:1: cannot read feeds file: {exc}"]
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = "" if raw.lstrip().startswith("#") else re.split(r"\s+#", raw.strip(), maxsplit=1)[0]
        if not line:
            continue
        problem = check_url(line)
        if problem:
            problems.append(f"{path}:{lineno}: feed URL {problem}")
        elif line not in urls:
            urls.append(line)
    return urls, problems


@dataclass(slots=True)
class FeedState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None
    next_poll: float = 0.0


@dataclass(slots=True)
class WatchStats:
    polls: int = 0
    not_modified: int = 0
    errors: int = 0
    new_items: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "duplicate": 0, "rejected": 0})

    def summary(self, feeds: int) -> str:
        c = self.counts
        return (f"watch: {self.polls} polls of {feeds} feeds ({self.not_modified} not modified, {self.errors} failed); "
                f"{self.new_items} new items: added {c['added']}, already stored {c['duplicate']}, "
                f"rejected {c['rejected']}")


class Watcher:
    """Polls a set of feeds into a store. ``poll_due()`` polls every feed whose time has come."""

    def __init__(self, store: Store, urls: list[str], *, interval: float, options: ReadOptions,
                 clock: Callable[[], float] = time.monotonic, log: Callable[[str], None] | None = None,
                 on_rejection: Callable[[Rejection], None] | None = None):
        self.store = store
        self.interval = interval
        self.options = options
        self.clock = clock
        self.log = log or (lambda message: None)
        self.on_rejection = on_rejection
        self.stop = threading.Event()
        self.stats = WatchStats()
        self.feeds = [self._load_state(url) for url in urls]

    # -- state -------------------------------------------------------------------------------------
    def _load_state(self, url: str) -> FeedState:
        row = self.store.db.execute("SELECT etag, last_modified, failures, last_error FROM watch_feeds WHERE url = ?",
                                    (url,)).fetchone()
        if row is None:
            return FeedState(url)
        return FeedState(url, row["etag"], row["last_modified"], row["failures"], row["last_error"])

    def _save_state(self, feed: FeedState, ok: bool) -> None:
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self.store.db.execute(
            "INSERT INTO watch_feeds (url, etag, last_modified, failures, last_error, last_polled, last_ok)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,"
            " last_modified = excluded.last_modified, failures = excluded.failures, last_error = excluded.last_error,"
            " last_polled = excluded.last_polled, last_ok = coalesce(excluded.last_ok, last_ok)",
            (feed.url, feed.etag, feed.last_modified, feed.failures, feed.last_error, now, now if ok else None),
        )

    def _seen(self, url: str) -> dict[str, tuple[str, int]]:
        rows = self.store.db.execute("SELECT item_key, status, attempts FROM watch_items WHERE feed_url = ?", (url,))
        return {r["item_key"]: (r["status"], r["attempts"]) for r in rows}

    def _mark(self, url: str, done: list[tuple[str, str]]) -> None:
        if not done:
            return
        db = self.store.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(
                "INSERT INTO watch_items (feed_url, item_key, status) VALUES (?, ?, ?) ON CONFLICT(feed_url, item_key)"
                " DO UPDATE SET status = excluded.status, attempts = attempts + 1",
                [(url, key, status) for key, status in done],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- polling -----------------------------------------------------------------------------------
    def backoff(self, failures: int) -> float:
        """Seconds to wait after ``failures`` consecutive failures: interval × 2^failures, at most an hour."""
        return min(self.interval * 2 ** min(failures, 30), max(self.interval, MAX_BACKOFF))

    def next_due(self) -> float:
        return min((f.next_poll for f in self.feeds), default=self.clock())

    def poll_due(self, force: bool = False) -> int:
        """Poll every feed that is due (all of them with ``force``); returns how many were polled."""
        polled = 0
        for feed in self.feeds:
            if self.stop.is_set():
                break
            if force or feed.next_poll <= self.clock():
                self.poll(feed)
                polled += 1
        return polled

    def poll(self, feed: FeedState) -> None:
        """Poll one feed; any error (network, feed, store) is logged and backs the feed off, never raised."""
        self.stats.polls += 1
        try:
            self._poll(feed)
        except Exception as exc:  # e.g. the store is locked by another writer for longer than its busy timeout
            self._failed(feed, f"internal error: {type(exc).__name__}: {exc}")

    def _poll(self, feed: FeedState) -> None:
        try:
            page = fetch(feed.url, timeout=self.options.timeout, max_bytes=self.options.max_feed_bytes,
                         allow_private=self.options.allow_private, etag=feed.etag, last_modified=feed.last_modified)
        except FetchError as exc:
            self._failed(feed, str(exc))
            return
        if page.not_modified:
            self.stats.not_modified += 1
            self.log(f"{feed.url}: not modified")
            self._succeeded(feed)
            return
        items = parse_feed(page.data, feed.url, base_url=page.url)
        if isinstance(items, Rejection):
            self._failed(feed, items.reason)
            return
        seen = self._seen(feed.url)
        new = [item for item in items
               if item.key not in seen or (seen[item.key][0] == "retry" and seen[item.key][1] < MAX_ATTEMPTS)]
        processed: list[tuple[str, str]] = []
        counts = ingest_results(self.store, self._results(feed, new, processed), on_rejection=self.on_rejection)
        self._mark(feed.url, processed)
        self.stats.new_items += len(processed)
        for key, value in counts.items():
            self.stats.counts[key] += value
        if new or not self.stop.is_set():
            self.log(f"{feed.url}: {len(processed)} new items: added {counts['added']}, "
                     f"already stored {counts['duplicate']}, rejected {counts['rejected']}")
        if len(processed) == len(new) and all(status == "done" for _, status in processed):
            # only a completely handled answer may be skipped next time by its validators; otherwise the next
            # poll downloads the feed again and takes up the items left (after a shutdown) or to retry
            feed.etag, feed.last_modified = page.etag, page.last_modified
        else:
            feed.etag = feed.last_modified = None
        self._succeeded(feed)

    def _results(self, feed: FeedState, items: list[FeedItem], processed: list[tuple[str, str]]
                 ) -> Iterator[Article | Rejection]:
        for item in items:
            if self.stop.is_set():  # shutting down: the batch so far is stored, the rest waits for the next run
                return
            results = item_results(item, feed.url, self.options)
            retry = self.options.fetch_pages and item.entry.get("link") and any(
                isinstance(r, Rejection) for r in results)
            processed.append((item.key, "retry" if retry else "done"))
            yield from results

    def _succeeded(self, feed: FeedState) -> None:
        feed.failures, feed.last_error = 0, None
        feed.next_poll = self.clock() + self.interval
        self._save_state(feed, ok=True)

    def _failed(self, feed: FeedState, reason: str) -> None:
        self.stats.errors += 1
        feed.failures += 1
        feed.last_error = reason
        wait = self.backoff(feed.failures)
        feed.next_poll = self.clock() + wait
        self.log(f"{feed.url}: error: {reason} (failure {feed.failures}; next try in {wait:.0f} s)")
        self._save_state(feed, ok=False)

    def run(self, once: bool = False) -> None:
        """Poll until stopped (or each feed once, with ``once``)."""
        if once:
            self.poll_due(force=True)
            return
        while not self.stop.is_set():
            self.poll_due()
            self.stop.wait(max(0.0, self.next_due() - self.clock()))


@click.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--interval", type=click.FloatRange(min=0.05), default=300.0, show_default=True,
              help="Seconds between polls of a feed (failing feeds back off exponentially, up to an hour).")
@click.option("--fetch-pages/--no-fetch-pages", default=True, show_default=True,
              help="Fetch and extract each new item's page (else use the feed's content or summary).")
@click.option("--allow-private", is_flag=True, help="Allow fetching from private or loopback addresses.")
@click.option("--once", is_flag=True, help="Poll every feed once and exit (status 1 if a feed failed or an item "
              "was rejected).")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_RECORD_BYTES, show_default=True,
              help="Largest accepted page.")
@click.pass_context
def watch(ctx: click.Context, feeds_file: str, interval: float, fetch_pages: bool, allow_private: bool, once: bool,
          max_bytes: int) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS_FILE and ingest their new items, until Ctrl-C.

    FEEDS_FILE has one feed URL per line; blank lines and `#` comments are ignored. Feeds are
    fetched with conditional GET, each new item's page is fetched and ingested once, and a failing
    feed is retried with exponential backoff. Ctrl-C or SIGTERM stops after the current batch and
    prints a summary.

    \b
    Example:
      newsmonitor watch feeds.txt --interval 600
    """
    urls, problems = read_feeds_file(feeds_file)
    for problem in problems:
        click.echo(problem, err=True)
    if not urls:
        raise click.ClickException(f"no feed URLs in {feeds_file}")

    def log(message: str) -> None:
        click.echo(f"{time.strftime('%H:%M:%S')} {message}", err=True)

    def report(rejection: Rejection) -> None:
        click.echo(str(rejection), err=True)

    options = ReadOptions(use_labels=True, max_record_bytes=max_bytes, fetch_pages=fetch_pages,
                          allow_private=allow_private)
    try:
        store = Store(ctx.obj["db"])
    except Exception as exc:
        raise click.ClickException(f"cannot open store {ctx.obj['db']}: {exc}") from exc
    with store:
        watcher = Watcher(store, urls, interval=interval, options=options, log=log, on_rejection=report)
        previous = _install_signal_handlers(watcher, log)
        aborted = False
        try:
            log(f"watching {len(urls)} feeds every {interval:g} s" + (" (once)" if once else "; Ctrl-C stops"))
            watcher.run(once=once)
        except KeyboardInterrupt:
            aborted = True  # a second Ctrl-C: the transaction in flight was rolled back
        finally:
            _restore_signal_handlers(previous)
        total = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    stats = watcher.stats
    click.echo(stats.summary(len(urls)) + f"; {total} articles in {ctx.obj['db']}"
               + (" (aborted; the batch in flight was rolled back)" if aborted else ""))
    if aborted:
        ctx.exit(130)
    if once and (stats.errors or stats.counts["rejected"] or problems):
        ctx.exit(1)


def _install_signal_handlers(watcher: Watcher, log: Callable[[str], None]) -> dict[int, object]:
    """First Ctrl-C/SIGTERM: stop after the current batch. Second: abort (KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def handler(signum: int, frame: object) -> None:
        if watcher.stop.is_set():
            raise KeyboardInterrupt
        watcher.stop.set()
        log(f"{signal.Signals(signum).name}: stopping after the current batch (Ctrl-C again to abort)")

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, handler)
    return previous


def _restore_signal_handlers(previous: dict[int, object]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)  # type: ignore[arg-type]
