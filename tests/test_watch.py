"""`newsmonitor watch` against a local HTTP server (in a thread) serving feed and page files.

Covers: new items ingested (pages fetched), a second poll answered 304 with no duplicates, a feed
that changes adds only its new items, a failing feed backs off while the others continue, clean
shutdown on SIGTERM/SIGINT with a summary, and the fetch limits (private addresses, redirects, size
cap, User-Agent).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmonitor.cli import main
from newsmonitor.ingest import ingest_results as ingest_results_original
from newsmonitor.readers import ReadOptions
from newsmonitor.readers.fetch import USER_AGENT, FetchError, fetch
from newsmonitor.store.sqlite import Store
from newsmonitor.watch import Watcher, read_feeds_file

_SCRIPT = Path(sys.executable).with_name("newsmonitor")  # the console script next to this Python, else -m
NEWSMONITOR = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsmonitor.cli"]


# -- a small HTTP server ---------------------------------------------------------------------------------
@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    validators: bool = True  # send ETag and Last-Modified, answer conditional requests with 304
    location: str | None = None


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()  # requests that carried If-None-Match/If-Modified-Since
        self.user_agents: set[str] = set()
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                with server.lock:
                    server.hits[self.path] += 1
                    server.user_agents.add(self.headers.get("User-Agent", ""))
                    route = server.routes.get(self.path)
                    if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                        server.conditional[self.path] += 1
                if route is None:
                    self.send_error(404)
                    return
                if route.location:
                    self.send_response(route.status)
                    self.send_header("Location", route.location)
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                modified = formatdate(1_700_000_000 + len(route.body), usegmt=True)
                match = self.headers.get("If-None-Match") == etag or (
                    not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == modified)
                if route.validators and route.status == 200 and match:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                if route.validators:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", modified)
                self.end_headers()
                self.wfile.write(route.body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


# -- feed and page files -----------------------------------------------------------------------------------
def page(n: int, site: str = "a") -> bytes:
    return (f"<!DOCTYPE html><html lang='da'><head><title>Nyhed {site}{n} om stormen</title>"
            f"<meta property='article:published_time' content='2024-03-{n % 28 + 1:02d}T08:00:00Z'></head><body>"
            f"<nav>Forside Sport Kultur</nav><article><h1>Nyhed {site}{n} om stormen</h1>"
            f"<p>Stormen ramte kysten i nat, og beredskabet i kommune {site}{n} arbejdede til morgen med at rydde "
            f"veje og sikre havnene.</p><p>Borgmesteren takkede de frivillige for en stor indsats i nat nummer "
            f"{n} på stedet {site}.</p></article><footer>Cookies</footer></body></html>").encode()


def rss(server: Server, items: list[int], site: str = "a") -> bytes:
    entries = "".join(
        f"<item><title>Nyhed {site}{n}</title><link>{server.url(f'/{site}/{n}.html')}</link><guid>{site}-{n}</guid>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Kort resume {site}{n}.</description></item>\n"
        for n in items)
    return f"<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel><title>{site}</title>\n{entries}" \
           f"</channel></rss>\n".encode()


def atom(server: Server, items: list[int], site: str = "b") -> bytes:
    entries = "".join(
        f"<entry><title>Nyhed {site}{n}</title><link href='/{site}/{n}.html'/><id>urn:{site}:{n}</id>"
        f"<updated>2024-03-05T10:00:00Z</updated><summary>Kort resume {site}{n}.</summary></entry>\n" for n in items)
    return ("<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom'><title>b</title>"
            f"<id>urn:{site}</id><updated>2024-03-05T10:00:00Z</updated>\n{entries}</feed>\n").encode()


def publish(server: Server, site: str, items: list[int], kind: str = "rss", validators: bool = True) -> str:
    body = rss(server, items, site) if kind == "rss" else atom(server, items, site)
    server.routes[f"/{site}/feed.xml"] = Route(body, content_type="application/rss+xml", validators=validators)
    for n in items:
        server.routes.setdefault(f"/{site}/{n}.html", Route(page(n, site)))
    return server.url(f"/{site}/feed.xml")


def feeds_file(tmp_path: Path, *urls: str) -> Path:
    path = tmp_path / "feeds.txt"
    path.write_text("# feeds to watch\n\n" + "\n".join(f"{u}  # a feed" for u in urls) + "\n", encoding="utf-8")
    return path


def run_once(tmp_path: Path, feeds: Path, *extra: str):
    return CliRunner().invoke(main, ["--db", str(tmp_path / "w.db"), "watch", str(feeds), "--once",
                                     "--allow-private", *extra])


def articles(tmp_path: Path) -> list[sqlite3.Row]:
    con = sqlite3.connect(tmp_path / "w.db")
    con.row_factory = sqlite3.Row
    try:
        return con.execute("SELECT id, url, title, text, date FROM articles ORDER BY url").fetchall()
    finally:
        con.close()


# -- the tests ---------------------------------------------------------------------------------------------
def test_new_items_are_ingested_from_their_pages_and_a_second_poll_gets_304(server, tmp_path):
    feed_a = publish(server, "a", [1, 2, 3])
    feed_b = publish(server, "b", [1, 2], kind="atom")
    feeds = feeds_file(tmp_path, feed_a, feed_b)
    result = run_once(tmp_path, feeds)
    assert result.exit_code == 0, result.output
    assert "5 new items: added 5, already stored 0, rejected 0" in result.stdout
    rows = articles(tmp_path)
    assert len(rows) == 5
    assert {r["url"] for r in rows} == {server.url(f"/{s}/{n}.html") for s, ns in (("a", [1, 2, 3]), ("b", [1, 2]))
                                        for n in ns}  # the Atom feed's relative links resolved against the feed
    assert all("beredskabet" in r["text"] and "Cookies" not in r["text"] for r in rows)  # the page, not the summary
    assert all(r["date"].startswith("2024-03") for r in rows)
    assert server.hits["/a/1.html"] == 1
    assert server.user_agents == {USER_AGENT}

    again = run_once(tmp_path, feeds)
    assert again.exit_code == 0, again.output
    assert server.conditional["/a/feed.xml"] == 1 and server.conditional["/b/feed.xml"] == 1
    assert "not modified" in again.stderr
    assert "2 polls of 2 feeds (2 not modified, 0 failed); 0 new items" in again.stdout
    assert server.hits["/a/1.html"] == 1  # no page fetched again
    assert len(articles(tmp_path)) == 5


def test_without_validators_the_seen_items_are_not_fetched_again(server, tmp_path):
    feed = publish(server, "a", [1, 2], validators=False)
    feeds = feeds_file(tmp_path, feed)
    assert run_once(tmp_path, feeds).exit_code == 0
    result = run_once(tmp_path, feeds)
    assert result.exit_code == 0, result.output
    assert server.hits["/a/feed.xml"] == 2 and server.conditional["/a/feed.xml"] == 0
    assert server.hits["/a/1.html"] == 1 and server.hits["/a/2.html"] == 1
    assert "0 new items: added 0, already stored 0, rejected 0" in result.stdout
    assert len(articles(tmp_path)) == 2


def test_a_feed_that_changes_adds_only_its_new_items(server, tmp_path):
    feed = publish(server, "a", [1, 2])
    feeds = feeds_file(tmp_path, feed)
    assert run_once(tmp_path, feeds).exit_code == 0
    publish(server, "a", [3, 4, 1, 2])  # two new items on top
    result = run_once(tmp_path, feeds)
    assert result.exit_code == 0, result.output
    assert "2 new items: added 2, already stored 0, rejected 0" in result.stdout
    assert [server.hits[f"/a/{n}.html"] for n in (1, 2, 3, 4)] == [1, 1, 1, 1]
    assert len(articles(tmp_path)) == 4


def test_the_same_article_in_two_feeds_is_stored_once(server, tmp_path):
    feed_a = publish(server, "a", [1, 2])
    server.routes["/c/feed.xml"] = Route(rss(server, [1, 2], "a").replace(b"<guid>a-", b"<guid>c-"),
                                         content_type="application/rss+xml")
    result = run_once(tmp_path, feeds_file(tmp_path, feed_a, server.url("/c/feed.xml")))
    assert result.exit_code == 0, result.output
    assert "added 2, already stored 2, rejected 0" in result.stdout
    assert len(articles(tmp_path)) == 2


def test_a_failing_feed_backs_off_while_the_others_continue(server, tmp_path):
    good = publish(server, "a", [1])
    server.routes["/bad/feed.xml"] = Route(b"oops", status=500)
    now = [0.0]
    log: list[str] = []
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [server.url("/bad/feed.xml"), good], interval=10,
                          options=ReadOptions(fetch_pages=True, allow_private=True), clock=lambda: now[0],
                          log=log.append)
        polled_bad = []
        for t in range(0, 200, 10):  # simulated time: a poll round every 10 s
            now[0] = float(t)
            before = server.hits["/bad/feed.xml"]
            watcher.poll_due()
            if server.hits["/bad/feed.xml"] > before:
                polled_bad.append(t)
            if t == 150:  # the feed is repaired
                publish(server, "bad", [7])
        failures_logged = [m for m in log if "/bad/feed.xml: error: HTTP 500" in m]
        stored = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        state = store.db.execute("SELECT failures, last_error FROM watch_feeds WHERE url = ?",
                                 (server.url("/bad/feed.xml"),)).fetchone()
    # the good feed is polled every round; the bad one after 20, 40, 80 s waits, then again when repaired
    assert server.hits["/a/feed.xml"] == 20
    assert polled_bad == [0, 20, 60, 140]
    assert "next try in 20 s" in failures_logged[0] and "next try in 80 s" in failures_logged[2]
    assert stored == 1  # only the good feed's item so far (the repaired feed is due at 140 + 160 = 300)
    assert state["failures"] == 4 and "HTTP 500" in state["last_error"]
    assert watcher.stats.errors == 4


def test_a_repaired_feed_resets_its_backoff_and_is_ingested(server, tmp_path):
    server.routes["/a/feed.xml"] = Route(b"<html>not a feed</html>")
    now = [0.0]
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [server.url("/a/feed.xml")], interval=5,
                          options=ReadOptions(fetch_pages=True, allow_private=True), clock=lambda: now[0])
        watcher.poll_due()
        assert watcher.feeds[0].failures == 1 and watcher.feeds[0].next_poll == 10
        publish(server, "a", [1, 2])
        now[0] = 10.0
        watcher.poll_due()
        assert watcher.feeds[0].failures == 0 and watcher.feeds[0].next_poll == 15
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_items_whose_page_fails_are_retried_a_few_times(server, tmp_path):
    feed = publish(server, "a", [1, 2])
    server.routes["/a/2.html"] = Route(b"gone", status=404)
    feeds = feeds_file(tmp_path, feed)
    first = run_once(tmp_path, feeds)
    assert first.exit_code == 1  # an item was rejected
    assert f"{feed}:4: item 2: {server.url('/a/2.html')}: HTTP 404" in first.stderr
    server.routes["/a/2.html"] = Route(page(2))  # the feed itself is unchanged: no 304 while an item waits
    second = run_once(tmp_path, feeds)
    assert second.exit_code == 0, second.output
    assert "1 new items: added 1" in second.stdout
    assert len(articles(tmp_path)) == 2


def test_feeds_file_comments_blank_lines_and_bad_lines(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\n\nhttps://a.example/rss  # news\n  ftp://b.example/x\nnot a url\n"
                    "https://a.example/rss\nhttps://c.example/atom.xml\n", encoding="utf-8")
    urls, problems = read_feeds_file(path)
    assert urls == ["https://a.example/rss", "https://c.example/atom.xml"]
    assert problems == [f"{path}:4: feed URL is not an http(s) URL (scheme 'ftp')",
                        f"{path}:5: feed URL is not an absolute http(s) URL"]


def test_private_addresses_are_refused_without_allow_private(server, tmp_path):
    feeds = feeds_file(tmp_path, publish(server, "a", [1]))
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "w.db"), "watch", str(feeds), "--once"])
    assert result.exit_code == 1
    assert "refusing to fetch from private or local address 127.0.0.1" in result.stderr
    assert server.hits["/a/feed.xml"] == 0


def test_fetch_limits_redirects_size_and_scheme(server):
    for i in range(7):
        server.routes[f"/r{i}"] = Route(status=302, location=f"/r{i + 1}")
    server.routes["/r7"] = Route(b"end")
    assert fetch(server.url("/r2"), allow_private=True).data == b"end"  # 5 redirects are followed
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(server.url("/r0"), allow_private=True)
    server.routes["/big"] = Route(b"x" * 2_000_000)
    with pytest.raises(FetchError, match="larger than 1.0 MB"):
        fetch(server.url("/big"), allow_private=True, max_bytes=1_000_000)
    server.routes["/to-file"] = Route(status=302, location="file:///etc/passwd")
    with pytest.raises(FetchError, match="only http and https"):
        fetch(server.url("/to-file"), allow_private=True)
    with pytest.raises(FetchError, match="private or local"):
        fetch(server.url("/r7"))


def _start_watch(tmp_path: Path, feeds: Path) -> subprocess.Popen:
    return subprocess.Popen([*NEWSMONITOR, "--db", str(tmp_path / "w.db"), "watch", str(feeds), "--interval", "0.2",
                             "--allow-private"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_articles(tmp_path: Path, n: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            con = sqlite3.connect(f"file:{tmp_path / 'w.db'}?mode=ro", uri=True)
            try:
                if con.execute("SELECT count(*) FROM articles").fetchone()[0] >= n:
                    return
            finally:
                con.close()
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    raise AssertionError(f"watch did not store {n} articles in {timeout} s")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_continuous_watch_picks_up_changes_and_shuts_down_cleanly(server, tmp_path, sig):
    feed = publish(server, "a", [1, 2])
    proc = _start_watch(tmp_path, feeds_file(tmp_path, feed))
    try:
        _wait_for_articles(tmp_path, 2, proc)
        publish(server, "a", [3, 1, 2])  # a new item appears while watch runs
        _wait_for_articles(tmp_path, 3, proc)
        time.sleep(0.5)  # a few more polls: all 304
        os.kill(proc.pid, sig)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after the current batch" in err
    assert "new items: added 3, already stored 0, rejected 0; 3 articles in" in out
    assert server.conditional["/a/feed.xml"] >= 2
    assert [server.hits[f"/a/{n}.html"] for n in (1, 2, 3)] == [1, 1, 1]
    with Store(tmp_path / "w.db") as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("SELECT count(*) FROM watch_items WHERE status = 'done'").fetchone()[0] == 3


def test_shutdown_during_a_long_poll_stores_what_was_done_and_the_rest_later(server, tmp_path):
    feed = publish(server, "a", list(range(1, 41)))
    slow = threading.Event()
    # page 5 is slow: SIGTERM arrives while watch is fetching it
    handler_get = server.httpd.RequestHandlerClass.do_GET

    def slow_get(self):  # type: ignore[no-untyped-def]
        if self.path == "/a/5.html":
            slow.set()
            time.sleep(1.0)
        handler_get(self)

    server.httpd.RequestHandlerClass.do_GET = slow_get
    proc = _start_watch(tmp_path, feeds_file(tmp_path, feed))
    try:
        assert slow.wait(30)
        os.kill(proc.pid, signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    first = len(articles(tmp_path))
    assert 4 <= first < 40  # the items up to the one in flight were stored, not the rest
    assert f"added {first}, already stored 0, rejected 0" in out
    server.httpd.RequestHandlerClass.do_GET = handler_get
    result = run_once(tmp_path, feeds_file(tmp_path, feed))  # the feed was not marked as handled: all come
    assert result.exit_code == 0, result.output
    assert f"added {40 - first}, already stored 0, rejected 0" in result.stdout
    assert len(articles(tmp_path)) == 40


def _raw_server(chunks: list[bytes], delay: float = 0.0) -> str:
    """A one-shot TCP server that answers every connection with ``chunks`` (``delay`` seconds apart)."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)

    def run() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                try:
                    for chunk in chunks:
                        conn.sendall(chunk)
                        time.sleep(delay)
                except OSError:
                    pass

    threading.Thread(target=run, daemon=True).start()
    return f"http://127.0.0.1:{sock.getsockname()[1]}/"


@pytest.mark.parametrize("answer, message", [
    ([b"HELLO WORLD\r\n\r\n"], "cannot fetch: BadStatusLine: HELLO WORLD"),
    ([b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70_000 + b"\r\n\r\nabc"], "cannot fetch: LineTooLong"),
    ([b"HTTP/1.1 200 OK\r\n" + b"X: a\r\n" * 200 + b"\r\nabc"], "more than 100 headers"),
    ([b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nabc"], r"response truncated \(3 of 1000 bytes\)"),
])
def test_broken_http_answers_are_fetch_errors(answer, message):
    with pytest.raises(FetchError, match=message) as info:
        fetch(_raw_server(answer), allow_private=True, timeout=5)
    assert "\n" not in str(info.value)


def test_a_trickling_server_cannot_hold_a_fetch_beyond_its_timeout():
    url = _raw_server([b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n"] + [b"a"] * 40, delay=0.1)
    started = time.monotonic()
    with pytest.raises(FetchError, match="download took longer than 1 s"):
        fetch(url, allow_private=True, timeout=1)
    assert time.monotonic() - started < 2.5


def test_urls_with_non_ascii_spaces_or_bad_ports(server):
    server.routes["/nyhed/%C3%A6bler?q=%C3%B8"] = Route(b"ok")
    assert fetch(server.url("/nyhed/æbler?q=ø"), allow_private=True).data == b"ok"
    for bad, message in [("http://127.0.0.1/a b", "spaces or control characters"),
                         ("http://127.0.0.1:99999/", "Port out of range"), ("http://[::1", "Invalid IPv6 URL"),
                         ("ftp://127.0.0.1/", "only http and https")]:
        with pytest.raises(FetchError, match=re.escape(message)):
            fetch(bad, allow_private=True)
    for private in ["http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/", "http://169.254.169.254/",
                    "http://[fd00::1]/"]:
        with pytest.raises(FetchError, match="private or local address"):
            fetch(private)


def test_a_store_error_during_a_poll_backs_the_feed_off_instead_of_stopping_watch(server, tmp_path, monkeypatch):
    import newsmonitor.watch as watch_module

    feed = publish(server, "a", [1])
    calls = []

    def locked(*args, **kwargs):
        calls.append(1)
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(watch_module, "ingest_results", locked)
    now = [0.0]
    log: list[str] = []
    with Store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [feed], interval=10, options=ReadOptions(fetch_pages=True, allow_private=True),
                          clock=lambda: now[0], log=log.append)
        watcher.poll_due()
        assert calls and watcher.feeds[0].failures == 1 and watcher.feeds[0].etag is None
        assert "internal error: OperationalError: database is locked (failure 1; next try in 20 s)" in log[-1]
        monkeypatch.setattr(watch_module, "ingest_results", ingest_results_original)
        now[0] = 20.0
        watcher.poll_due()
        assert watcher.feeds[0].failures == 0
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_an_item_whose_page_keeps_failing_is_given_up_after_three_attempts(server, tmp_path):
    feed = publish(server, "a", [1, 2])
    server.routes["/a/2.html"] = Route(b"gone", status=404)
    feeds = feeds_file(tmp_path, feed)
    statuses = [run_once(tmp_path, feeds).exit_code for _ in range(5)]
    assert statuses == [1, 1, 1, 0, 0]  # three attempts, then the item is left alone
    assert server.hits["/a/2.html"] == 3
    assert server.conditional["/a/feed.xml"] == 1  # validators kept again once nothing is pending
    assert len(articles(tmp_path)) == 1


@pytest.fixture(scope="module")
def module_server():
    s = Server()
    yield s
    s.close()


def test_any_bytes_served_as_a_feed_never_stop_watch(module_server, tmp_path_factory):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tests.test_robustness import messy_bytes

    folder = tmp_path_factory.mktemp("watch-prop")
    url = module_server.url("/prop/feed.xml")
    numbers = itertools.count()

    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=messy_bytes, prefix=st.sampled_from([b"", b"<?xml version='1.0'?><rss><channel><item>",
                                                     b"<feed xmlns='http://www.w3.org/2005/Atom'><entry>"]),
           status=st.sampled_from([200, 200, 200, 404, 500, 301]))
    def poll_once(data, prefix, status):
        module_server.routes["/prop/feed.xml"] = Route(prefix + data, status=status,
                                                       content_type="application/rss+xml",
                                                       location="/prop/feed.xml" if status == 301 else None)
        db = folder / f"p{next(numbers)}.db"  # a fresh store (and feed state) per example
        with Store(db) as store:
            watcher = Watcher(store, [url], interval=10, options=ReadOptions(fetch_pages=False, allow_private=True))
            watcher.poll_due(force=True)
            assert watcher.stats.polls == 1
            failed = watcher.stats.errors == 1
            assert failed == (watcher.feeds[0].failures == 1)
            if status != 200:
                assert failed

    poll_once()


def test_the_connection_goes_to_the_checked_address_not_a_second_dns_answer(server, monkeypatch):
    """DNS rebinding: the host resolves to an allowed address for the check and to another one later."""
    import importlib
    import socket

    fetch_module = importlib.import_module("newsmonitor.readers.fetch")  # (the package re-exports fetch())

    server.routes["/x"] = Route(b"pinned")
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1", "10.9.9.9", "10.9.9.9"])
    asked = []

    def rebinding(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == "rebind.example":
            asked.append(host)
            return real(next(answers), port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    # for this test loopback counts as public, the 10/8 network as private
    monkeypatch.setattr(fetch_module, "_refused", lambda addr: addr.is_private and not addr.is_loopback)
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    port = server.httpd.server_address[1]
    assert fetch(f"http://rebind.example:{port}/x", timeout=3).data == b"pinned"
    assert asked == ["rebind.example"]  # resolved once, for the check; the connection used that answer
    with pytest.raises(FetchError, match="private or local address 10.9.9.9"):
        fetch(f"http://rebind.example:{port}/x", timeout=3)
