"""The console script end to end: ingest, analyze contract, eval, browsing, exit codes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsmonitor.cli import main
from tests.conftest import SEEDS, need

CONTRACT = {"id", "lang", "date", "title", "entities", "quotes", "event", "story"}


def run(*args, db=None, input=None):
    runner = CliRunner()
    argv = (["--db", str(db)] if db else []) + [str(a) for a in args]
    return runner.invoke(main, argv, input=input, catch_exceptions=False)


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


ROWS = [
    {"id": "da1", "url": "https://dr.example.dk/nyheder/2024/03/05/regeringen",
     "text": "Regeringen vil styrke forsvaret\n\nRegeringen fremlægger i dag en plan for forsvaret, siger "
             "statsministeren. Der er bred opbakning i Folketinget til at bruge flere penge på forsvaret."},
    {"id": "sv1", "url": "https://svt.example.se/nyheter/a1",
     "text": "Regeringen vill stärka försvaret\nPublicerad 2024-03-06\nRegeringen presenterar i dag en plan för "
             "försvaret. Det finns ett brett stöd i riksdagen för att satsa mer pengar på försvaret.",
     "lang": "xx", "title": "Gold title that analyze must ignore", "date": "1999-01-01"},
]


def test_version_and_help():
    assert "newsmonitor" in run("--version").output
    for command in ("ingest", "articles", "show", "analyze", "eval", "stats", "demo"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_analyze_contract_ignores_labels(tmp_path):
    src = _write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out.jsonl"
    result = run("analyze", src, "--output", out)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["da1", "sv1"]
    for record in records:
        assert CONTRACT <= set(record)
        assert record["entities"] == [] or all({"text", "type", "id", "name"} <= set(e) for e in record["entities"])
        assert all({"speaker", "text"} <= set(q) for q in record["quotes"])
    da, sv = records
    assert da["lang"] == "da" and sv["lang"] == "sv"
    assert da["date"] == "2024-03-05" and sv["date"] == "2024-03-06"
    assert sv["title"] == "Regeringen vill stärka försvaret"
    assert da["title"] == "Regeringen vil styrke forsvaret"


def test_analyze_to_stdout_and_rejections(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ROWS[0]) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(src)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1 and json.loads(lines[0])["id"] == "da1"
    assert f"{src}:2: malformed JSON" in result.stderr


def test_ingest_is_idempotent_and_reports_bad_input(tmp_path):
    db = tmp_path / "nm.db"
    src = _write_jsonl(tmp_path / "in.jsonl", ROWS)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    first = run("ingest", src, tmp_path / "bad.txt", db=db)
    assert first.exit_code == 1
    assert "added 2, already stored 0, rejected 1" in first.output
    assert "bad.txt:1: binary data" in first.output  # CliRunner mixes stderr into output
    second = run("ingest", src, db=db)
    assert second.exit_code == 0 and "added 0, already stored 2, rejected 0" in second.output
    stats = json.loads(run("stats", "--json", db=db).output)
    assert stats["articles"] == 2
    # ingest trusts JSONL labels as metadata
    shown = json.loads(run("show", "sv1", "--json", db=db).output)
    assert shown["title"] == "Gold title that analyze must ignore" and shown["date"] == "1999-01-01"


def test_articles_and_show(tmp_path):
    db = tmp_path / "nm.db"
    run("ingest", _write_jsonl(tmp_path / "in.jsonl", ROWS[:1]), db=db)
    listing = run("articles", "--lang", "da", db=db)
    assert "da1" in listing.output and "Regeringen vil styrke forsvaret" in listing.output
    assert run("articles", "--lang", "fi", db=db).output.strip() == "no articles match"
    rows = [json.loads(line) for line in run("articles", "--json", db=db).output.splitlines()]
    assert rows[0]["id"] == "da1" and rows[0]["source"] == "dr.example.dk"
    shown = run("show", "da1", db=db).output
    assert "lang:    da" in shown and "2024-03-05 (day precision, from url)" in shown
    missing = CliRunner().invoke(main, ["--db", str(db), "show", "nope"])
    assert missing.exit_code == 1 and "no article with id 'nope'" in missing.output


def test_demo_ingests_the_samples(tmp_path):
    db = tmp_path / "demo.db"
    result = run("demo", "--no-serve", db=db)
    assert result.exit_code == 0, result.output
    stats = json.loads(run("stats", "--json", db=db).output)
    assert stats["articles"] >= 10
    assert {"da", "sv", "nb", "nn", "de", "fi", "en"} <= set(stats["languages"])
    assert "rejected 0" in result.output
    again = run("demo", "--no-serve", db=db)
    assert "added 0" in again.output


def test_eval_on_a_small_gold_file(tmp_path):
    gold = [dict(r) for r in ROWS]
    gold[0].update(lang="da", date="2024-03", event="e1", story="s1")
    gold[1].update(lang="sv", date="2024-03-06", event="e1", story="s1")
    path = _write_jsonl(tmp_path / "gold.jsonl", gold)
    result = run("eval", path)
    assert result.exit_code == 0
    metrics = dict(line.split(" ", 1) for line in result.output.splitlines())
    assert metrics["lang_acc"] == "1.000" and metrics["date_acc"] == "1.000"
    for name in ("event_bcubed_f1", "story_bcubed_f1", "event_xling_pair_f1", "quote_precision",
                 "quote_recall", "quote_speaker_acc", "articles_per_second"):
        assert name in metrics
    as_json = json.loads(run("eval", path, "--json", "--by-lang").output)
    assert as_json["lang_acc"] == 1.0 and set(as_json["by_lang"]) == {"da", "sv"}
    spread = run("eval", path, "--orders", "2", "--stream-batch", "1").output
    assert "2 random arrival orders (arrival order in batches of 1)" in spread
    assert "order 2:" in spread and "event_bcubed_f1_range" in spread and "spread" in spread


def test_seeds_acceptance():
    need(SEEDS)
    files = sorted(SEEDS.glob("*.txt"))
    result = CliRunner().invoke(main, ["analyze", *map(str, files)])
    assert result.exit_code == 0
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    da, sv = records["000_85cb1679faf3e546"], records["002_c79ca2bcd590d3ac"]
    assert (da["lang"], da["date"]) == ("da", "2022-03")
    assert (sv["lang"], sv["date"]) == ("sv", "2022-01-07")
    assert sv["title"] == "Natochef varnar inför Ukrainaförhandlingar"
    assert da["title"].startswith("Ruslands hær viser ingen tegn på tilbagetrækning")
    # the seeds' dash quotes are Stoltenberg's, under the same id in both languages
    da_speakers = {q["speaker_id"] for q in da["quotes"] if q["text"].startswith(("På jorden", "Moskva skal"))}
    sv_speakers = {q["speaker_id"] for q in sv["quotes"] if q["text"].startswith(("Risken för", "Nato vill"))}
    assert da_speakers == sv_speakers == {"per:jens-stoltenberg"}
    assert sum(q["speaker"] == "Jens Stoltenberg" for q in da["quotes"]) >= 4


def test_demo_ends_with_the_web_ui_at_the_printed_url(tmp_path):
    """The README's main command: ingest the samples, then serve the UI at the URL it prints."""
    import re
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "newsmonitor.cli", "--db", str(tmp_path / "d.db"), "demo", "-q",
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url, lines = None, []
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            lines.append(line)
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            url = found.group(0) if found else None
        assert url, "".join(lines)
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.2)
        assert "Ingrid" in page  # a sample article's event is on the front page
    finally:
        proc.terminate()
        proc.wait(timeout=30)
