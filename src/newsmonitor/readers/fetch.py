"""Fetching pages and feeds over HTTP(S), carefully: scheme allow-list, timeouts, size cap, redirect limit."""

from __future__ import annotations

import functools
import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from newsmonitor import __version__

USER_AGENT = f"newsmonitor/{__version__} (+https://github.com/newsmonitor/newsmonitor)"
MAX_REDIRECTS = 5


class FetchError(Exception):
    """A page or feed could not be fetched; the message (one line) says why."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split())[:300])


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


def _request_url(url: str) -> str:
    """The URL as ASCII for the request line: an IDNA host, percent-encoded non-ASCII path and query."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname or ""
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"invalid URL: {exc}") from exc
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url.strip()):
        raise FetchError("invalid URL: it contains spaces or control characters")
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise FetchError(f"invalid host name {host!r}") from exc
    if ":" in ascii_host:  # an IPv6 literal
        ascii_host = f"[{ascii_host}]"
    netloc = ascii_host + (f":{port}" if port is not None else "")
    safe = "/%:@!$&'()*+,;=-._~"
    path = urllib.parse.quote(parts.path, safe=safe)
    query = urllib.parse.quote(parts.query, safe=safe + "?")
    return urllib.parse.urlunsplit((parts.scheme, netloc, path, query, ""))


def _refused(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Private, loopback, link-local, shared (CGNAT), reserved, multicast or unspecified: not the public internet."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return (not addr.is_global or addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
            or addr.is_multicast or addr.is_unspecified)


def _check_host(url: str, allow_private: bool) -> list[str] | None:
    """Check a URL against the scheme and address policy; returns the checked addresses to connect to
    (None when private addresses are allowed or a proxy will connect instead)."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise FetchError(f"invalid URL: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if _refused(addr):
            raise FetchError(f"refusing to fetch from private or local address {addr} ({host}); "
                             "allow it with --allow-private")
    if not infos or _proxied(url):
        return None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _proxied(url: str) -> bool:
    """True when urllib would send this request through a proxy (which then resolves the host itself)."""
    parts = urllib.parse.urlsplit(url)
    proxies = urllib.request.getproxies()
    return parts.scheme in proxies and not urllib.request.proxy_bypass(parts.hostname or "")


def _pin(connection: http.client.HTTPConnection, addresses: list[str] | None) -> None:
    """Make the connection use the addresses that passed the policy check, not a second DNS answer
    (a rebinding DNS server could answer with a private address the second time). The Host header and,
    for https, the certificate check and SNI still use the host name."""
    if not addresses:
        return
    create = connection._create_connection  # type: ignore[attr-defined]

    def pinned(addr, *args, **kwargs):  # type: ignore[no-untyped-def]
        error: OSError | None = None
        for address in addresses:  # in the resolver's order, as socket.create_connection would
            try:
                return create((address, addr[1]), *args, **kwargs)
            except OSError as exc:
                error = exc
        raise error or OSError("no address to connect to")

    connection._create_connection = pinned  # type: ignore[attr-defined]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, pinned: list[str] | None = None, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        _pin(self, pinned)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, pinned: list[str] | None = None, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        _pin(self, pinned)


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, pinned: list[str] | None):
        super().__init__()
        self.pinned = pinned

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_PinnedHTTPConnection, pinned=self.pinned), req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, pinned: list[str] | None):
        super().__init__()
        self.pinned = pinned

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_PinnedHTTPSConnection, pinned=self.pinned), req,
                            context=self._context)


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
    """GET a URL, following at most MAX_REDIRECTS redirects, each checked against the address policy.

    ``timeout`` bounds every socket operation and also the whole download of each response, so a
    server that trickles bytes cannot hold a reader for longer."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        pinned = _check_host(current, allow_private)
        opener = urllib.request.build_opener(_NoRedirect, _PinnedHTTPHandler(pinned), _PinnedHTTPSHandler(pinned))
        headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + timeout
        try:
            request = urllib.request.Request(_request_url(current), headers=headers)
            response = opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                current = urllib.parse.urljoin(current, exc.headers["Location"])
                continue
            if exc.code == 304:
                return Fetched(current, b"", "", etag, last_modified, not_modified=True)
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
            reason = getattr(exc, "reason", None) or f"{type(exc).__name__}: {exc}"
            raise FetchError(f"cannot fetch: {reason}") from exc
        with response:
            data = _read_body(response, max_bytes, deadline, timeout)
            return Fetched(
                url=current,
                data=data,
                content_type=response.headers.get("Content-Type", ""),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The response body: at most ``max_bytes``, complete (per Content-Length), before the deadline."""
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"download took longer than {timeout:g} s")
            chunk = response.read1(min(65536, max_bytes + 1 - size)) if max_bytes + 1 > size else b""
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"response larger than {max_bytes / 1e6:.1f} MB")
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise FetchError(f"cannot fetch: {type(exc).__name__}: {exc}") from exc
    data = b"".join(chunks)
    expected = response.headers.get("Content-Length")
    if expected and expected.strip().isdigit() and len(data) < int(expected):
        raise FetchError(f"response truncated ({len(data)} of {int(expected)} bytes)")
    return data
