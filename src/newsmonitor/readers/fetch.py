"""Fetching pages and feeds over HTTP(S), carefully: scheme allow-list, timeouts, size cap, redirect limit."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from newsmonitor import __version__

USER_AGENT = f"newsmonitor/{__version__} (+https://github.com/newsmonitor/newsmonitor)"
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A page or feed could not be fetched; the message says why."""


@dataclass(slots=True)
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _check_host(url: str, allow_private: bool) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise FetchError(f"refusing to fetch from private or local address {addr} ({host}); "
                             "allow it with --allow-private")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 5 * 1024 * 1024,
    allow_private: bool = False,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET a URL, following at most MAX_REDIRECTS redirects, each checked against the address policy."""
    opener = urllib.request.build_opener(_NoRedirect)
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        _check_host(current, allow_private)
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = urllib.request.Request(current, headers=headers)
        try:
            response = opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                current = urllib.parse.urljoin(current, exc.headers["Location"])
                continue
            if exc.code == 304:
                return Fetched(current, b"", "", etag, last_modified, not_modified=True)
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"cannot fetch: {reason}") from exc
        with response:
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"response larger than {max_bytes / 1e6:.1f} MB")
            return Fetched(
                url=current,
                data=data,
                content_type=response.headers.get("Content-Type", ""),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")
