"""Readers: every format, dispatch, and every kind of bad input."""

from __future__ import annotations

import io
import json

from newsmonitor.model import Article, Rejection
from newsmonitor.readers import ReadOptions, read_inputs, sniff_format
from newsmonitor.readers.jsonl import read_jsonl


def _read(*inputs, fmt=None, **opts):
    results = list(read_inputs([str(i) for i in inputs], fmt, ReadOptions(**opts)))
    return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Rejection)])


DANISH = " date 2024-05\nRegeringen vil styrke forsvaret\n\nAf Jens Hansen\n\nRegeringen fremlægger i dag en plan.\n"


def test_text_file_keeps_text_and_uses_stem_as_id(tmp_path):
    path = tmp_path / "art-1.txt"
    path.write_text(DANISH, encoding="utf-8")
    articles, rejected = _read(path)
    assert not rejected
    assert [a.id for a in articles] == ["art-1"]
    assert articles[0].text == DANISH
    assert articles[0].origin == str(path)


def test_directory_is_read_recursively_and_skips_hidden(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Første artikel om noget.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Andra artikeln om något.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("skjult", encoding="utf-8")
    articles, rejected = _read(tmp_path)
    assert sorted(a.id for a in articles) == ["one", "two"]
    assert not rejected


def test_jsonl_fields_labels_and_unknown_fields(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "x1", "text": "Hej verden, det er en test.", "url": "https://a.dk/1", "title": "T", "lang": "da",
         "date": "2022-03", "event": "gold-label", "whatever": [1, 2]},
        {"text": "No id here but text.", "url": "https://a.dk/2"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles, rejected = _read(path)
    assert not rejected
    assert articles[0].id == "x1" and articles[0].url == "https://a.dk/1"
    assert articles[0].hints == {"title": "T", "lang": "da", "date": "2022-03"}
    assert articles[0].origin == f"{path}:1"
    assert articles[1].id.startswith("a") and len(articles[1].id) == 13
    # analyze mode: labels in the input are not used
    articles, _ = _read(path, use_labels=False)
    assert articles[0].hints == {}


def test_jsonl_bad_lines_are_rejected_one_by_one(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "g1", "text": "A good article text."})
    path.write_bytes(
        b"\n".join([
            good.encode(),
            b'{"id": "b1", "text": "broken',  # malformed JSON
            b'["not", "an", "object"]',
            json.dumps({"id": "b2"}).encode(),  # no text
            json.dumps({"id": "b3", "text": 42}).encode(),  # wrong type
            json.dumps({"id": "b4", "text": "   "}).encode(),  # empty text
            b'{"id": "b5", "text": "caf\xe9"}',  # latin-1, not UTF-8
            b"",
            json.dumps({"id": "g2", "text": "Another good one."}).encode(),
            b'{"id": "b6", "text": "truncated at the end',
        ])
    )
    articles, rejected = _read(path)
    assert [a.id for a in articles] == ["g1", "g2"]
    lines = {r.line: r.reason for r in rejected}
    assert set(lines) == {2, 3, 4, 5, 6, 7, 10}
    assert "malformed JSON" in lines[2]
    assert "expected a JSON object" in lines[3]
    assert "'text' is missing" in lines[4]
    assert "not a string" in lines[5]
    assert "empty text" in lines[6]
    assert "UTF-8" in lines[7]
    assert all(str(r).startswith(f"{path}:") for r in rejected)


def test_jsonl_overlong_line_is_skipped_without_losing_the_next(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "x" * 3000})
    path.write_text(huge + "\n" + json.dumps({"id": "ok", "text": "Short text."}) + "\n", encoding="utf-8")
    articles, rejected = _read(path, max_record_bytes=1000)
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].line == 1 and "too long" in rejected[0].reason


def test_bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Første linje\nAnden linje med æøå".encode("latin-1"))
    (tmp_path / "truncated.txt").write_bytes(b"Artikel om Ukraine og Rusland" + "æ".encode()[:1])
    (tmp_path / "spaces.txt").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "good.txt").write_text("En god artikel.", encoding="utf-8")
    articles, rejected = _read(tmp_path)
    assert [a.id for a in articles] == ["good"]
    reasons = {r.origin.rsplit("/", 1)[-1]: r.reason for r in rejected}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"] and "line 1" in reasons["latin1.txt"]
    assert "UTF-8" in reasons["truncated.txt"]
    assert reasons["spaces.txt"] == "empty text"


def test_large_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "large.txt"
    with path.open("wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"a")
    articles, rejected = _read(path)
    assert not articles
    assert "too large" in rejected[0].reason and rejected[0].line == 1


def test_missing_and_unreadable_inputs(tmp_path):
    _, rejected = _read(tmp_path / "nope.txt")
    assert rejected[0].reason == "no such file or directory"


HTML = """<!DOCTYPE html><html><head><title>Stormen rammer kysten | Avisen</title>
<meta property="article:published_time" content="2024-02-03T08:00:00Z">
<link rel="canonical" href="https://avisen.example.dk/2024/stormen"></head>
<body><nav>Forside Sport Kultur Debat</nav><article><h1>Stormen rammer kysten</h1>
<p>Stormen ramte natten til lørdag vestkysten med vindstød af orkanstyrke, og flere havne blev lukket.</p>
<p>Beredskabet opfordrer alle til at blive inden døre, indtil vinden har lagt sig igen.</p></article>
<footer>Cookies og privatliv</footer></body></html>""".encode()


def test_html_page_main_text_title_date_url(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(HTML)
    articles, rejected = _read(path)
    assert not rejected
    page = articles[0]
    assert "orkanstyrke" in page.text
    assert "Cookies" not in page.text and "Forside Sport" not in page.text
    assert page.hints["title"] == "Stormen rammer kysten"
    assert page.hints["date"] == "2024-02-03"
    assert page.url == "https://avisen.example.dk/2024/stormen"


def test_html_without_text_is_rejected(tmp_path):
    path = tmp_path / "nav.html"
    path.write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    articles, rejected = _read(path)
    assert not articles and "no article text" in rejected[0].reason


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>F</title>
<item><title>Første nyhed</title><link>https://f.example/1</link><pubDate>Tue, 08 Feb 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Regeringen har i dag besluttet at åbne landet.&lt;/p&gt;</description></item>
<item><title>Andra nyheten</title><link>https://f.example/2</link><pubDate>tisdag 8 februari 2022</pubDate>
<description>Regeringen meddelade i dag sitt beslut.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Atom entry</title><link href="https://a.example/e1"/><id>urn:e1</id>
<updated>2023-06-28T12:00:00Z</updated>
<content type="html">&lt;p&gt;Police said the protest was allowed.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    articles, rejected = _read(path)
    assert not rejected
    assert [a.url for a in articles] == ["https://f.example/1", "https://f.example/2"]
    assert articles[0].hints["date"] == "2022-02-08" and articles[0].hints["title"] == "Første nyhed"
    assert articles[0].text.startswith("Første nyhed\nRegeringen har i dag")
    assert "<p>" not in articles[0].text
    assert "date" not in articles[1].hints and articles[1].hints["date_text"] == "tisdag 8 februari 2022"


def test_atom_entries_sniffed_without_suffix(tmp_path):
    path = tmp_path / "atomfeed"
    path.write_text(ATOM, encoding="utf-8")
    articles, rejected = _read(path)
    assert not rejected and articles[0].url == "https://a.example/e1"
    assert "protest was allowed" in articles[0].text and articles[0].hints["date"] == "2023-06-28"


def test_malformed_feed_is_rejected(tmp_path):
    path = tmp_path / "bad.rss"
    path.write_text("<?xml version='1.0'?><rss><channel><title>x</title>", encoding="utf-8")
    articles, rejected = _read(path)
    assert not articles and "no feed items" in rejected[0].reason


def test_stdin(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "Fra stdin."}) + "\n").encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, rejected = _read("-")
    assert [a.id for a in articles] == ["s1"] and articles[0].origin == "<stdin>:1"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Plain text on stdin.")))
    articles, _ = _read("-")
    assert articles[0].text == "Plain text on stdin."


def test_format_option_overrides_suffix(tmp_path):
    path = tmp_path / "looks.txt"
    path.write_text(json.dumps({"id": "j", "text": "Really JSON."}) + "\n", encoding="utf-8")
    articles, _ = _read(path, fmt="jsonl")
    assert articles[0].id == "j"
    articles, _ = _read(path)
    assert articles[0].id == "looks"  # by suffix it is a text file


def test_sniff_format():
    assert sniff_format(b'{"id": 1}') == "jsonl"
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff_format(b" date 2022-03 Hej") == "text"


def test_jsonl_stream_empty():
    results = list(read_jsonl(io.BytesIO(b"\n\n"), "x.jsonl", ReadOptions()))
    assert len(results) == 1 and isinstance(results[0], Rejection) and "empty" in results[0].reason
