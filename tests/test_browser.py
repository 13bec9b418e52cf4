"""Browser tests: the UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A real uvicorn server on a free localhost port serves the store of ``tests/test_web.py``. The walk goes
front page → event → article → entity → search with no console errors, and hostile titles, texts and
URLs (``<script>``, ``onerror=``, ``javascript:``) run no script. Skipped, with a message, only when
Chromium or Playwright is not installed (CI installs both).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium chromium-driver) "
                "to run the browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
uvicorn = pytest.importorskip("uvicorn")

from newsmonitor.web.app import create_app  # noqa: E402
from tests.test_web import XSS_PAYLOADS, XSS_URLS, build_store, build_xss_store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the uvicorn test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(build_store(tmp_path_factory.mktemp("browser") / "b.db"))


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    path = tmp_path_factory.mktemp("xss") / "x.db"
    ids = build_xss_store(path)
    for url in _serve(path):
        yield url, ids


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page that records console errors, uncaught exceptions, dialogs and failed requests."""

    def __init__(self, browser: Any):
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))

        def on_dialog(dialog: Any) -> None:
            self.problems.append(f"dialog: {dialog.message}")
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.close()


def test_walk_front_event_article_entity_search(base_url: str, watched: Watched) -> None:
    page = watched.page
    page.goto(base_url + "/")
    assert "Front page" in page.title()
    page.click("text=Russia threatens to cut gas to Europe")
    page.wait_for_url("**/event/ev-gas")
    assert page.locator("h1").inner_text() == "Russia threatens to cut gas to Europe"
    assert page.locator(".lgroup").count() == 4  # da, sv, fi, de
    page.click("text=Venäjä uhkaa katkaista kaasun >> nth=-1")
    page.wait_for_url("**/article/fi-gas")
    mention = page.locator("#article-text a.mention").first
    assert mention.count() == 1
    page.click("#toggle-marks")
    assert "plain" in (page.locator("#article-text").get_attribute("class") or "")
    mention.click()
    page.wait_for_url("**/entity/**")
    assert page.locator("svg.chart rect.bar").count() >= 1
    assert "Names per language" in page.content()
    page.keyboard.press("/")
    page.keyboard.type("Russia")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Russia")
    assert page.locator("li.hit").count() >= 4
    assert page.locator("li.hit mark").count() >= 4
    page.click("li.hit a.atitle >> nth=0")
    page.wait_for_url("**/article/**")
    assert watched.problems == []


def test_story_page_chart_links_to_events(base_url: str, watched: Watched) -> None:
    page = watched.page
    page.goto(base_url + "/story/st-energy")
    assert page.locator("svg.chart circle.dot").count() == 2
    page.locator("svg.chart a").first.click()
    page.wait_for_url("**/event/**")
    assert watched.problems == []


@pytest.mark.parametrize("path", ["/", "/article/xss", "/event/ev-storm", "/story/st-energy", "/articles",
                                  "/search?q=hostile", "/search?q=%3Cscript%3Ewindow.__xss%3D9%3C%2Fscript%3E",
                                  "/entity/loc:jutland", "/events", "/api/articles/xss"])
def test_hostile_content_runs_no_script(base_url: str, watched: Watched, path: str) -> None:
    page = watched.page
    response = page.goto(base_url + path)
    assert response is not None and response.status in (200, 404)
    page.wait_for_timeout(150)
    for link in page.locator("a[href^='javascript' i]").all():
        pytest.fail(f"javascript: link rendered: {link.get_attribute('href')}")
    if path == "/article/xss":
        assert "<script>window.__xss = 1</script>" in page.locator("h1").inner_text()  # shown as text
        page.locator("#article-text").click()
    assert page.evaluate("window.__xss") is None
    assert [p for p in watched.problems if "Content Security Policy" not in p] == []
    assert watched.problems == []  # escaping, not only CSP, kept the payloads inert


def test_xss_catalogue_runs_nothing(xss_site: tuple[str, list[str]], watched: Watched) -> None:
    """Every payload of the catalogue, in titles, texts, URLs and why-explanations, on every page showing it."""
    base, ids = xss_site
    page = watched.page
    pages = ([f"/article/{i}" for i in ids] + ["/", "/articles", "/event/ev-xss", "/search?q=storm",
                                               "/search?q=Jutland&sort=date", "/entity/loc:jutland"])
    for path in pages:
        page.goto(base + path)
        for link in page.locator("a[href]").all():
            href = (link.get_attribute("href") or "").strip().lower()
            assert not href.startswith(("javascript", "data:", "vbscript")), (path, href)
        assert page.evaluate("window.__xss") is None, path
    page.goto(base + f"/article/{ids[0]}")
    page.locator("#article-text").click()
    page.keyboard.press("Tab")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    assert watched.problems == []
    print(f"{len(XSS_PAYLOADS)} payloads and {len(XSS_URLS)} URLs on {len(pages)} pages: no script ran")
