"""The ``newsmonitor`` console script: a thin layer over readers, pipeline, store and evaluate.

Exit status: 0 on success, 1 when some input was rejected (the good records still went through),
2 for usage errors.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from newsmonitor import __version__
from newsmonitor.cluster.semantic import BACKENDS, default_embedder
from newsmonitor.cluster.stage import ClusterStage
from newsmonitor.extract.neighbours import date_from_neighbours
from newsmonitor.model import Article, Rejection
from newsmonitor.readers import FORMATS, ReadOptions, read_inputs
from newsmonitor.readers.base import DEFAULT_MAX_RECORD_BYTES
from newsmonitor.search import Filters
from newsmonitor.store import queries
from newsmonitor.store.sqlite import DEFAULT_DB, Store


def _progress(items: Iterable[Any], desc: str, quiet: bool) -> Iterator[Any]:
    """A progress bar on stderr when it is a terminal (tqdm hides itself otherwise)."""
    from tqdm import tqdm

    yield from tqdm(items, desc=desc, unit=" art", disable=True if quiet else None, file=sys.stderr,
                    dynamic_ncols=True, leave=False)


def _echo_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def _report(rejection: Rejection) -> None:
    click.echo(f"{rejection}", err=True)


def _read_options(use_labels: bool, max_bytes: int, fetch_pages: bool = False, allow_private: bool = False
                  ) -> ReadOptions:
    return ReadOptions(use_labels=use_labels, max_record_bytes=max_bytes, fetch_pages=fetch_pages,
                       allow_private=allow_private)


def _open_store(ctx: click.Context) -> Store:
    path = ctx.obj["db"]
    try:
        return Store(path)
    except Exception as exc:  # unreadable file, not a database, failed migration
        raise click.ClickException(f"cannot open store {path}: {exc}") from exc


format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                             help="Input format (default: by file suffix, else sniffed from the content).")
max_bytes_option = click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_RECORD_BYTES,
                                show_default=True, help="Largest accepted article (file, JSONL line or page).")
quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress bar.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsmonitor")
@click.option("--db", type=click.Path(dir_okay=False), envvar="NEWSMONITOR_DB", default=DEFAULT_DB,
              show_default=True, help="SQLite store (env NEWSMONITOR_DB).")
@click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra entities/aliases file (JSON Lines or TSV; repeatable; env NEWSMONITOR_KB).")
@click.option("--semantic", type=click.Choice(["none", *BACKENDS]), envvar="NEWSMONITOR_SEMANTIC", default="none",
              show_default=True, help="Optional embedding backend mixed into clustering (needs the 'semantic' "
              "extra; env NEWSMONITOR_SEMANTIC).")
@click.pass_context
def main(ctx: click.Context, db: str, kb_files: tuple[str, ...], semantic: str) -> None:
    """newsmonitor: an offline, multilingual news monitor.

    Read news articles (text, JSONL, HTML, RSS/Atom, URLs, stdin), extract their language, date
    and title, and store them in SQLite. Run `newsmonitor COMMAND --help` for each command.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    os.environ["NEWSMONITOR_SEMANTIC"] = semantic
    if semantic != "none":
        try:
            default_embedder()
        except RuntimeError as exc:  # the extra is not installed
            raise click.ClickException(str(exc)) from exc
    if kb_files:
        existing = [p for p in os.environ.get("NEWSMONITOR_KB", "").split(os.pathsep) if p]
        os.environ["NEWSMONITOR_KB"] = os.pathsep.join(existing + [str(Path(p).resolve()) for p in kb_files])


# -- ingest ---------------------------------------------------------------------------------------
def ingest_inputs(store: Store, inputs: list[str], options: ReadOptions, fmt: str | None = None,
                  quiet: bool = False, batch_size: int | None = None) -> dict[str, int]:
    """Read, process and store inputs in transactional batches; report rejections on stderr."""
    from newsmonitor.ingest import BATCH_SIZE, ingest_results

    return ingest_results(store, _progress(read_inputs(inputs, fmt, options), "ingest", quiet),
                          on_rejection=_report, on_note=lambda note: click.echo(f"note: {note}", err=True),
                          batch_size=batch_size or BATCH_SIZE)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@format_option
@max_bytes_option
@click.option("--fetch-pages", is_flag=True, help="For feeds: fetch and extract each item's page.")
@click.option("--allow-private", is_flag=True, help="Allow fetching from private or loopback addresses.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Articles per transaction; each batch is clustered as a whole, in happening order.")
@quiet_option
@click.pass_context
def ingest(ctx: click.Context, inputs: tuple[str, ...], fmt: str | None, max_bytes: int, fetch_pages: bool,
           allow_private: bool, batch_size: int, quiet: bool) -> None:
    """Read articles from files, directories, URLs or stdin (-) and store them.

    Ingest is idempotent: an article whose URL or content is already stored is skipped.

    \b
    Example:
      newsmonitor ingest articles/ feed.xml https://example.com/rss
    """
    with _open_store(ctx) as store:
        counts = ingest_inputs(store, list(inputs), _read_options(True, max_bytes, fetch_pages, allow_private),
                               fmt, quiet, batch_size)
        total = store.stats()["articles"]
    click.echo(f"added {counts['added']}, already stored {counts['duplicate']}, rejected {counts['rejected']}; "
               f"{total} articles in {ctx.obj['db']}")
    ctx.exit(1 if counts["rejected"] else 0)


# -- analyze --------------------------------------------------------------------------------------
def analyze_inputs(inputs: list[str], options: ReadOptions, fmt: str | None = None, quiet: bool = False,
                   stream_batch: int | None = None) -> tuple[list[Article], list[Rejection]]:
    """Run the pipeline over inputs without storing; gold labels in the input are never used.

    Clustering takes the whole input in happening order; with ``stream_batch`` it takes the articles
    in input (arrival) order, that many at a time, as ``ingest`` does with a stream.
    """
    from newsmonitor.pipeline import default_pipeline

    pipeline = default_pipeline()
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for result in _progress(pipeline.run(read_inputs(inputs, fmt, options)), "analyze", quiet):
        (rejections if isinstance(result, Rejection) else articles).append(result)  # type: ignore[arg-type]
    date_from_neighbours(articles)
    stage = ClusterStage(embedder=default_embedder())
    if stream_batch:
        for start in range(0, len(articles), stream_batch):
            stage.assign(articles[start:start + stream_batch])
    else:
        stage.assign(articles)
    return articles, rejections


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              show_default=True, help="Where to write the JSON Lines result.")
@format_option
@max_bytes_option
@quiet_option
@click.pass_context
def analyze(ctx: click.Context, inputs: tuple[str, ...], output: str, fmt: str | None, max_bytes: int,
            quiet: bool) -> None:
    """Analyze articles and write one JSON line per article (nothing is stored).

    Only `id`, `text` and `url` of JSONL input are used; labels in the input are ignored.

    \b
    Example:
      newsmonitor analyze articles.jsonl --output analyzed.jsonl
    """
    articles, rejections = analyze_inputs(list(inputs), _read_options(False, max_bytes), fmt, quiet)
    for rejection in rejections:
        _report(rejection)
    with click.open_file(output, "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article.to_contract(), ensure_ascii=False) + "\n")
    if output != "-":
        click.echo(f"wrote {len(articles)} articles to {output}; rejected {len(rejections)}", err=True)
    ctx.exit(1 if rejections else 0)


# -- eval -----------------------------------------------------------------------------------------
@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--by-lang", is_flag=True, help="Also print accuracy, quote and entity scores per gold language.")
@click.option("--entities", "entity_gold", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Entity-mention annotations (ids + offsets into GOLD) to score the entity stage on.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the system's analyze output here.")
@click.option("--orders", type=click.IntRange(1, 100), default=None,
              help="Also run N random arrival orders of the gold file and report how much the metrics vary.")
@click.option("--stream-batch", type=click.IntRange(1), default=None,
              help="With --orders: cluster in arrival order, this many articles at a time (as a stream is "
              "ingested) instead of the whole file in happening order.")
@click.option("--arrival", type=click.Choice(["random", "published"]), default="random", show_default=True,
              help="With --orders: 'random' shuffles the whole file; 'published' lets articles arrive in order of "
              "their (gold) publication date, the order of one day and of month-dated articles within their month "
              "shuffled, as a news stream arrives.")
@quiet_option
def eval_command(gold: str, by_lang: bool, entity_gold: str | None, as_json: bool, output: str | None,
                 orders: int | None, stream_batch: int | None, arrival: str, quiet: bool) -> None:
    """Analyze a labelled gold file and print quality metrics, one per line.

    \b
    Example:
      newsmonitor eval ../shared/corpus/dev.jsonl --by-lang --entities eval/entities_dev.jsonl
      newsmonitor eval ../shared/corpus/dev.jsonl --orders 5 --stream-batch 25
      newsmonitor eval ../shared/corpus/dev.jsonl --orders 5 --stream-batch 25 --arrival published
    """
    from newsmonitor.evaluate import by_language, entity_scores, evaluate, format_metrics, load_entity_gold

    gold_rows = []
    with open(gold, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    gold_rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise click.ClickException(f"{gold}:{lineno}: malformed JSON: {exc.msg}") from exc
    started = time.perf_counter()
    articles, rejections = analyze_inputs([gold], _read_options(False, DEFAULT_MAX_RECORD_BYTES), "jsonl", quiet)
    seconds = time.perf_counter() - started
    for rejection in rejections:
        _report(rejection)
    system = [a.to_contract() for a in articles]
    if output:
        with open(output, "w", encoding="utf-8") as out:
            for row in system:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    metrics = evaluate(gold_rows, system, seconds)
    mentions = load_entity_gold(entity_gold) if entity_gold else None
    if mentions is not None:
        metrics.update(entity_scores(mentions, system))
    if as_json:
        payload: dict[str, Any] = {k: (None if isinstance(v, float) and math.isnan(v) else v)
                                   for k, v in metrics.items()}
        if by_lang:
            payload["by_lang"] = by_language(gold_rows, system, mentions)
        click.echo(json.dumps(payload, indent=2))
        return
    click.echo(format_metrics(metrics))
    if by_lang:
        for lang, values in by_language(gold_rows, system, mentions).items():
            click.echo(" ".join([f"[{lang}]"] + [f"{k}={_fmt(v)}" for k, v in values.items()]))
    if orders:
        _order_spread(gold, gold_rows, orders, stream_batch, arrival)


ORDER_METRICS = ("event_bcubed_f1", "story_bcubed_f1", "event_xling_pair_p", "event_xling_pair_r", "date_acc",
                 "quote_recall")


def _arrival_key(line: str, rng: Any) -> str:
    """Sort key of a gold line for arrival in publication order: its date, a random day for a month-dated
    or undated article within its month (or anywhere), then a random tie-break."""
    try:
        value = json.loads(line).get("date")
    except (json.JSONDecodeError, AttributeError):
        value = None
    value = value if isinstance(value, str) else ""
    if len(value) < 10:
        value = (value or "0000-00")[:7] + f"-{rng.randint(1, 28):02d}"
    return f"{value[:10]}:{rng.random():.12f}"


def _order_spread(gold: str, gold_rows: list[dict[str, Any]], orders: int, stream_batch: int | None,
                  arrival: str = "random") -> None:
    """Run the gold file in ``orders`` random orders and print each metric's range."""
    import random
    import tempfile

    from newsmonitor.evaluate import evaluate

    lines = Path(gold).read_text(encoding="utf-8").splitlines()
    seen: dict[str, list[float]] = {k: [] for k in ORDER_METRICS}
    how = f"arrival order in batches of {stream_batch}" if stream_batch else "whole file in happening order"
    kind = "random" if arrival == "random" else "publication-order"
    click.echo(f"\n{orders} {kind} arrival orders ({how}):")
    for seed in range(1, orders + 1):
        shuffled = [line for line in lines if line.strip()]
        rng = random.Random(seed)
        rng.shuffle(shuffled)
        if arrival == "published":
            keys = {id(line): _arrival_key(line, rng) for line in shuffled}
            shuffled.sort(key=lambda line: keys[id(line)])
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as tmp:
            tmp.write("\n".join(shuffled) + "\n")
        try:
            articles, _ = analyze_inputs([tmp.name], _read_options(False, DEFAULT_MAX_RECORD_BYTES), "jsonl", True,
                                         stream_batch=stream_batch)
        finally:
            os.unlink(tmp.name)
        values = evaluate(gold_rows, [a.to_contract() for a in articles])
        for key in ORDER_METRICS:
            seen[key].append(values[key])
        click.echo(f"  order {seed}: " + " ".join(f"{k}={_fmt(values[k])}" for k in ORDER_METRICS))
    for key, values in seen.items():
        clean = [v for v in values if not math.isnan(v)]
        if clean:
            click.echo(f"{key}_range {min(clean):.3f}..{max(clean):.3f} (spread {max(clean) - min(clean):.3f})")


def _fmt(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    return "nan" if math.isnan(value) else f"{value:.3f}"


# -- browsing the store ---------------------------------------------------------------------------
@main.command()
@click.option("--lang", help="Only this language (ISO 639-1, e.g. da, sv, nb, nn).")
@click.option("--source", help="Only this source hostname (subdomains included).")
@click.option("--since", help="Only articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only articles dated on or before this date.")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def articles(ctx: click.Context, lang: str | None, source: str | None, since: str | None, until: str | None,
             limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, newest first.

    \b
    Example:
      newsmonitor articles --lang sv --since 2022-01
    """
    with _open_store(ctx) as store:
        rows = store.list_articles(lang=lang, source=source, since=since, until=until, limit=limit, offset=offset)
    if as_json:
        _echo_jsonl(rows)
        return
    if not rows:
        click.echo("no articles match", err=True)
        return
    for row in rows:
        title = (row["title"] or "").replace("\n", " ")
        click.echo(f"{row['id']:<22} {row['date'] or '?':<10} {row['lang'] or '?':<3} "
                   f"{(row['source'] or '-')[:22]:<22} {title[:70]}")


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="The full record as JSON.")
@click.option("--text/--no-text", default=True, help="Print the article text.")
@click.pass_context
def show(ctx: click.Context, article_id: str, as_json: bool, text: bool) -> None:
    """Show one stored article (an id or a unique id prefix).

    \b
    Example:
      newsmonitor show sample-da-nato
    """
    with _open_store(ctx) as store:
        article = store.get_article(article_id)
    if article is None:
        raise click.ClickException(f"no article with id {article_id!r} (try `newsmonitor articles`)")
    if as_json:
        record = article.to_contract()
        record.update({"text": article.text, "date_source": article.date_source, "origin": article.origin})
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"id:      {article.id}")
    click.echo(f"title:   {article.title or '-'}")
    click.echo(f"lang:    {article.lang or '?'}")
    click.echo(f"date:    {article.date or '?'} ({article.date_precision or 'unknown'} precision, "
               f"from {article.date_source or '-'})")
    click.echo(f"source:  {article.source or '-'}")
    click.echo(f"url:     {article.url or '-'}")
    click.echo(f"origin:  {article.origin or '-'}")
    if article.event or article.story:
        click.echo(f"event:   {article.event or '-'}   story: {article.story or '-'}")
    if article.mentions:
        names = sorted({f"{m.name} ({m.type})" for m in article.mentions})
        click.echo(f"entities: {', '.join(names)}")
    for quote in article.quotes:
        click.echo(f"quote:   {quote.speaker or '?'}: “{quote.text}”")
    if text:
        click.echo("")
        click.echo(article.text.strip())


@main.command()
@click.option("--type", "etype", type=click.Choice(["PER", "ORG", "LOC"], case_sensitive=False), default=None,
              help="Only people, organisations or places.")
@click.option("--by", "order", type=click.Choice(["mentions", "articles", "languages"]), default="mentions",
              show_default=True, help="Sort by mention count, article count or number of languages.")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def entities(ctx: click.Context, etype: str | None, order: str, limit: int, as_json: bool) -> None:
    """List the entities found in stored articles.

    \b
    Example:
      newsmonitor entities --type PER --by languages
    """
    with _open_store(ctx) as store:
        rows, _ = queries.list_entities(store.db, type=etype, order=order, limit=limit)
    if as_json:
        _echo_jsonl(rows)
        return
    if not rows:
        click.echo("no entities", err=True)
        return
    click.echo(f"{'id':<34} {'type':<4} {'mentions':>8} {'articles':>8} {'langs':>5}  name")
    for row in rows:
        click.echo(f"{row['id'][:34]:<34} {row['type']:<4} {row['mention_count']:>8} {row['article_count']:>8} "
                   f"{row['languages']:>5}  {row['name']}")


@main.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def entity(ctx: click.Context, query: str, as_json: bool) -> None:
    """Show one entity by id or by any of its names: names per language, mentions over time, articles.

    \b
    Example:
      newsmonitor entity Ryssland
    """
    with _open_store(ctx) as store:
        found = store.find_entity(query)
    if found is None:
        raise click.ClickException(f"no entity with id or name {query!r} (try `newsmonitor entities`)")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{found['name']}  ({found['type']}, {found['id']})")
    click.echo(f"{found['mention_count']} mentions in {found['article_count']} articles, "
               f"{found['first_date'] or '?'} … {found['last_date'] or '?'}")
    click.echo("\nnames by language:")
    by_lang: dict[str, list[str]] = {}
    for row in found["names"]:
        by_lang.setdefault(row["lang"], []).append(f"{row['name']} ({row['count']})")
    for lang, names in by_lang.items():
        click.echo(f"  {lang:<3} {', '.join(names)}")
    if found["timeline"]:
        click.echo("\nmentions per month:")
        peak = max(r["mentions"] for r in found["timeline"])
        for row in found["timeline"]:
            bar = "█" * max(1, round(30 * row["mentions"] / peak))
            click.echo(f"  {row['month']}  {bar} {row['mentions']}")
    click.echo("\narticles:")
    for row in found["articles"][:20]:
        click.echo(f"  {row['id']:<22} {row['date'] or '?':<10} {row['lang'] or '?':<3} {(row['title'] or '')[:60]}")


@main.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of what the store holds."""
    with _open_store(ctx) as store:
        numbers = store.stats()
    if as_json:
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
        return
    click.echo(f"store:          {ctx.obj['db']} (schema v{numbers['schema_version']})")
    click.echo(f"articles:       {numbers['articles']}")
    click.echo("languages:      " + ", ".join(f"{k} {v}" for k, v in numbers["languages"].items()))
    click.echo(f"sources:        {numbers['sources']}")
    click.echo(f"dates:          {numbers['first_date'] or '-'} … {numbers['last_date'] or '-'} ("
               + ", ".join(f"{k} {v}" for k, v in numbers["date_precision"].items()) + ")")
    click.echo(f"entities:       {numbers['entities']} ({numbers['mentions']} mentions)")
    click.echo(f"quotes:         {numbers['quotes']}")


# -- events, stories, why, quotes -----------------------------------------------------------------
label_option = click.option("--in", "label_lang", metavar="LANG",
                            help="Show titles in this language where an article in it exists (e.g. da, sv).")


def _title(row: dict[str, Any], label_lang: str | None) -> str:
    labels = row.get("labels") or {}
    return (labels.get(label_lang) if label_lang else None) or row.get("title") or ""


def _langs(langs: dict[str, int] | None) -> str:
    return " ".join(f"{k}:{v}" for k, v in sorted((langs or {}).items(), key=lambda kv: -kv[1]))


@main.command()
@click.option("--by", "order", type=click.Choice(["recent", "size"]), default="recent", show_default=True,
              help="Newest happening first, or biggest first.")
@click.option("--story", help="Only the events of this story.")
@click.option("--lang", help="Only events with articles in this language.")
@click.option("--since", help="Only events on or after this date.")
@click.option("--until", help="Only events on or before this date.")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
@label_option
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def events(ctx: click.Context, order: str, story: str | None, lang: str | None, since: str | None,
           until: str | None, limit: int, label_lang: str | None, as_json: bool) -> None:
    """List events (one happening each), newest or biggest first.

    \b
    Example:
      newsmonitor events --by size -n 10
    """
    with _open_store(ctx) as store:
        rows, _ = queries.list_events(store.db, Filters(lang=lang, since=since, until=until), story=story,
                                      order=order, limit=limit)
    if as_json:
        _echo_jsonl(rows)
        return
    for row in rows:
        click.echo(f"{row['id']:<14} {row['date'] or '?':<10} {row['article_count']:>4} art  "
                   f"{_langs(row['langs']):<24} {_title(row, label_lang)[:70]}")


@main.command()
@click.option("--by", "order", type=click.Choice(["recent", "size"]), default="recent", show_default=True)
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
@label_option
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def stories(ctx: click.Context, order: str, limit: int, label_lang: str | None, as_json: bool) -> None:
    """List stories (threads of events over weeks), newest or biggest first."""
    with _open_store(ctx) as store:
        rows, _ = queries.list_stories(store.db, Filters(), order=order, limit=limit)
    if as_json:
        _echo_jsonl(rows)
        return
    for row in rows:
        span = f"{row['first_date'] or '?'} … {row['last_date'] or '?'}"
        click.echo(f"{row['id']:<14} {span:<24} {row['event_count']:>3} ev {row['article_count']:>4} art  "
                   f"{_title(row, label_lang)[:60]}")


def _entity_line(entities: list[dict[str, Any]], n: int = 8) -> str:
    return ", ".join(str(e["name"]) for e in (entities or [])[:n])


@main.command("event")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def event_command(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show one event: its articles by language (wire copies folded), entities and story."""
    with _open_store(ctx) as store:
        found = queries.get_event(store.db, event_id)
    if found is None:
        raise click.ClickException(f"no event {event_id!r} (try `newsmonitor events`)")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{found['title'] or found['id']}\n{found['id']}  happened {found['date'] or '?'}  "
               f"published {found['first_date'] or '?'} … {found['last_date'] or '?'}  story {found['story']}")
    click.echo(f"{found['article_count']} articles: {_langs(found['langs'])}")
    click.echo(f"entities: {_entity_line(found['entities'])}")
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for row in found["articles"]:
        by_lang.setdefault(row["lang"] or "?", []).append(row)
    for lang, rows in sorted(by_lang.items()):
        click.echo(f"\n  [{lang}]")
        for row in rows:
            if row["duplicate_of"]:
                continue
            copies = [r for r in found["articles"] if r["duplicate_of"] == row["id"]]
            extra = f"  (+{len(copies)} cop{'y' if len(copies) == 1 else 'ies'})" if copies else ""
            click.echo(f"  {row['id']:<22} {row['date'] or '?':<10} {(row['title'] or '')[:60]}{extra}")


@main.command("story")
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def story_command(ctx: click.Context, story_id: str, as_json: bool) -> None:
    """Show one story: its events over time."""
    with _open_store(ctx) as store:
        found = queries.get_story(store.db, story_id)
    if found is None:
        raise click.ClickException(f"no story {story_id!r} (try `newsmonitor stories`)")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{found['title'] or found['id']}\n{found['id']}  {found['first_date'] or '?'} … "
               f"{found['last_date'] or '?'}  {found['event_count']} events, {found['article_count']} articles")
    click.echo(f"entities: {_entity_line(found['entities'])}\n")
    if found["events_total"] > len(found["events"]):
        click.echo(f"  (the {len(found['events'])} largest of {found['events_total']} events)")
    for ev in sorted(found["events"], key=lambda e: e["date"] or e["first_date"] or ""):
        click.echo(f"  {ev['date'] or '?':<10} {ev['id']:<14} {ev['article_count']:>3} art  "
                   f"{_langs(ev['langs']):<18} {(ev['title'] or '')[:60]}")


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def why(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Explain why an article joined its event and story: shared evidence, scores and thresholds.

    \b
    Example:
      newsmonitor why a1b2c3
    """
    with _open_store(ctx) as store:
        article = store.get_article(article_id)
    if article is None:
        raise click.ClickException(f"no article {article_id!r}")
    reason = article.why or {}
    if as_json:
        click.echo(json.dumps({"id": article.id, "event": article.event, "story": article.story,
                               "duplicate_of": article.duplicate_of, "why": reason}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{article.id}  {article.title or ''}")
    if not reason:
        click.echo("no clustering explanation stored (ingested before clustering existed?)")
        return
    click.echo(f"happening: {reason.get('happening') or 'unknown'} (from {reason.get('happening_from')})")
    click.echo(f"{'opened' if reason.get('decision') == 'new event' else 'joined'} event {reason.get('event')}"
               f" and story {reason.get('story')}")
    batch = reason.get("batch")
    if batch:
        click.echo(f"  grouped with {batch['group_size'] - 1} article(s) of the same batch: average similarity "
                   f"{batch['link_similarity']} (link threshold {batch['link_threshold']})")
    match = reason.get("match")
    if match:
        click.echo(f"  matched the event: average score {match['score']} with its articles ≥ threshold "
                   f"{match['threshold']} (entity similarity "
                   f"{match['entity_similarity']}, term similarity {match['term_similarity']}, date factor "
                   f"{match['date_factor']}: {match['date']}"
                   + (f", same speaker +{match['speaker_bonus']}" if match.get("speaker_bonus") else "") + ")")
        if match.get("runner_up"):
            click.echo(f"  runner-up: {match['runner_up']['event']} with {match['runner_up']['score']}")
    no_match = reason.get("no_match")
    if no_match:
        if no_match.get("best_score") is not None:
            click.echo(f"  no earlier event close enough: best {no_match['best_event']} scored {no_match['best_score']}"
                       f" on average with its articles < threshold {no_match['threshold']}")
        else:
            click.echo(f"  no earlier event shares an entity or a strong term in the time window "
                       f"({no_match.get('candidates', 0)} candidates)")
    click.echo(f"  shared entities: {', '.join(reason.get('shared_entities') or []) or '-'}")
    click.echo(f"  shared terms:    {', '.join(reason.get('shared_terms') or []) or '-'}")
    if reason.get("duplicate_of"):
        click.echo(f"near-duplicate of {reason['duplicate_of']}: {reason.get('duplicate')}")
    story = reason.get("story_decision")
    if story:
        if story.get("decision") == "joined story":
            click.echo(f"the event joined story {reason.get('story')}: score {story['score']} ≥ {story['threshold']}"
                       f" (shared: {', '.join(story.get('shared_entities') or []) or '-'})")
        else:
            best = story.get("best_score")
            click.echo(f"the event opened story {reason.get('story')}"
                       + (f" (best {best} < {story['threshold']})" if best is not None else ""))


@main.command()
@click.option("--speaker", help="Only quotes by this entity (id or any name).")
@click.option("--about", help="Only quotes in articles that mention this entity (id or any name), by others.")
@click.option("--lang", help="Only quotes in articles of this language.")
@click.option("-n", "--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a list.")
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, about: str | None, lang: str | None, limit: int,
           as_json: bool) -> None:
    """List quotes: who said what, newest first.

    \b
    Example:
      newsmonitor quotes --speaker Stoltenberg
      newsmonitor quotes --about Russia --lang sv
    """
    with _open_store(ctx) as store:
        ids = {}
        for key, query in (("speaker", speaker), ("about", about)):
            if query:
                found = store.find_entity(query)
                if found is None:
                    raise click.ClickException(f"no entity with id or name {query!r}")
                ids[key] = found["id"]
        rows, _ = queries.list_quotes(store.db, Filters(lang=lang), speaker=ids.get("speaker"), about=ids.get("about"),
                                      limit=limit)
    if as_json:
        _echo_jsonl(rows)
        return
    for row in rows:
        click.echo(f"{row['date'] or '?':<10} {row['lang'] or '?':<3} {row['speaker'] or '(unattributed)'}: "
                   f"“{row['text'][:100]}”  [{row['article_id']}]")


# -- demo -----------------------------------------------------------------------------------------
def sample_dir() -> Path:
    return Path(str(resources.files("newsmonitor") / "samples"))


@main.command()
@quiet_option
@click.option("--serve/--no-serve", "serve_ui", default=True, show_default=True,
              help="Then serve the web UI on the store (Ctrl-C stops).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address for the web UI.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port for the web UI.")
@click.pass_context
def demo(ctx: click.Context, quiet: bool, serve_ui: bool, host: str, port: int) -> None:
    """Ingest the bundled sample articles, show what came out, and serve the web UI on them."""
    samples = sample_dir()
    click.echo(f"Ingesting the bundled samples from {samples} into {ctx.obj['db']} …")
    with _open_store(ctx) as store:
        counts = ingest_inputs(store, [str(samples)], _read_options(True, DEFAULT_MAX_RECORD_BYTES), None, quiet)
    click.echo(f"added {counts['added']}, already stored {counts['duplicate']}, rejected {counts['rejected']}\n")
    ctx.invoke(stats)
    click.echo("")
    ctx.invoke(events, order="size", limit=10)
    click.echo("\nNext: `newsmonitor event ID`, `newsmonitor why ARTICLE`, `newsmonitor quotes`, "
               "`newsmonitor articles --lang da`, `newsmonitor --help`.")
    if serve_ui:
        from newsmonitor.web.commands import serve

        click.echo("")
        ctx.invoke(serve, host=host, port=port, token_file=None)


from newsmonitor.web.commands import serve  # noqa: E402

main.add_command(serve)

from newsmonitor.watch import watch  # noqa: E402

main.add_command(watch)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
