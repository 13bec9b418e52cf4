"""Online clustering of articles into events and of events into stories, with near-duplicate detection.

Each arriving article is compared with the *candidate* events that share an entity id or a strong
term with it (an inverted index, so the cost per article does not grow with the archive) and whose
happening is close in time. It joins the best event whose score passes a threshold, or opens a new
event; a new event joins the best matching story within a longer time window, or opens a new story.

score(article, event) = (W_ENT · cos(entities) + W_TERM · cos(terms) + speaker bonus) · date factor

Entity ids are language independent (Rusland/Ryssland/Russia are one id); the term bag uses folded
word stems and numbers, which carry across the Nordic and Germanic languages. Every decision is
recorded as an explanation (``why``): shared entities and terms, dates, scores and thresholds.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from newsmonitor.cluster.features import Features

# Weights and thresholds, tuned on the development corpus (see docs/quality.md for the numbers).
W_ENT = 0.5
W_TERM = 0.5
SPEAKER_BONUS = 0.05
W_SEM = 0.2  # share of the (optional) embedding similarity in a score, when both sides have embeddings
SEM_FLOOR = 0.85  # embedding cosines are compressed: this maps to 0 and 1.0 to 1
EVENT_THRESHOLD = 0.20  # average score between a group of new articles and an event's members to join it
LINK_THRESHOLD = 0.20  # average pairwise score at which articles of one batch are grouped
STORY_THRESHOLD = 0.10
STORY_HALF_LIFE_DAYS = 30.0  # a story's sums halve every this many days: it is compared with its recent events
W_STORY_ENT = 0.9  # share of entity similarity in a story score (the rest: terms): stories follow actors
DUPLICATE_TERM_COS = 0.80  # same wording (also Bokmål vs Nynorsk versions of one wire text)
DUPLICATE_NORWEGIAN_COS = 0.50  # Bokmål vs Nynorsk versions share fewer stems, but the same entities
DUPLICATE_NORWEGIAN_ENT = 0.90
DUPLICATE_SHINGLES = 0.50  # share of sampled 4-word shingles in common
EVENT_WINDOW_DAYS = 7  # an article never joins an event whose happening is further away than this
STORY_WINDOW_DAYS = 120  # nor a story whose events are further away than this
INDEX_TERMS = 25  # an article's strongest terms used to look up candidate events
MAX_CANDIDATES = 64  # events scored per new group: those sharing the most index keys with it
STORY_CANDIDATES = 16  # stories scored per new event (the same way)
UNDATED_MEMORY = 2000  # undated clusters stay candidates for this many further articles
PRUNE_EVERY = 2000  # articles between removals of stale clusters from the index


Vectors = tuple[dict[str, float], dict[str, float]]  # an article's unit entity and term vectors


def semantic_similarity(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """Rescaled cosine of two embedding sums (0 below SEM_FLOOR, 1 for the same direction), or None."""
    if a is None or b is None:
        return None
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0 or nb == 0:
        return None
    return max(0.0, (float(a @ b) / (na * nb) - SEM_FLOOR) / (1.0 - SEM_FLOOR))


def _mix(lexical: float, semantic: float | None) -> float:
    return lexical if semantic is None else (1.0 - W_SEM) * lexical + W_SEM * semantic


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values())) or 1.0


def _cos(a: dict[str, float], na: float, b: dict[str, float], nb: float) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / (na * nb)


def _unit(vec: dict[str, float]) -> dict[str, float]:
    n = _norm(vec)
    return {k: v / n for k, v in vec.items()}


def _add_decayed(story: Cluster, ents: dict[str, float], terms: dict[str, float], f: Features) -> None:
    """Add an article to a story whose sums fade with age (half-life STORY_HALF_LIFE_DAYS): a story is
    compared with what it has been about lately, so a thread does not drift into a catch-all."""
    day = f.ordinal if f.ordinal is not None else story.ref
    if STORY_HALF_LIFE_DAYS and day is not None:
        if story.ref is None:
            story.ref = day
        elif day > story.ref:  # move the reference to the newest day: the older sums fade
            fade = 0.5 ** ((day - story.ref) / STORY_HALF_LIFE_DAYS)
            for vec in (story.entities, story.terms):
                for k in vec:
                    vec[k] *= fade
            story.refresh_norms()
            story.ref = day
        weight = 0.5 ** ((story.ref - day) / STORY_HALF_LIFE_DAYS)
        if weight != 1.0:
            ents = {k: v * weight for k, v in ents.items()}
            terms = {k: v * weight for k, v in terms.items()}
    story.add(ents, terms, f, f.article_id)


def _short_id(prefix: str, seed: str) -> str:
    return prefix + hashlib.blake2b(seed.encode("utf-8"), digest_size=5).hexdigest()


@dataclass(slots=True)
class Cluster:
    """An event or a story: the running sums of its members' unit vectors and its time span."""

    id: str
    entities: dict[str, float] = field(default_factory=dict)
    terms: dict[str, float] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    first: int | None = None  # ordinal days of the happenings it covers
    last: int | None = None
    days: Counter[int] = field(default_factory=Counter)  # votes for the happening's day
    soft_days: Counter[int] = field(default_factory=Counter)  # days read from month-dated articles
    months: Counter[tuple[int, int]] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    story: str | None = None  # for events
    events: list[str] = field(default_factory=list)  # for stories
    speakers: set[str] = field(default_factory=set)
    embedding: np.ndarray | None = None  # sum of the members' embeddings (optional semantic backend)
    seen: int = 0  # the clusterer's article count when a member last joined
    ref: int | None = None  # stories: the day their decayed sums are relative to (the latest member's)
    _ne: float = 0.0
    _nt: float = 0.0
    _sse: float = 0.0  # running sums of squares of the two vectors
    _sst: float = 0.0

    def refresh_norms(self) -> None:
        self._sse = sum(v * v for v in self.entities.values())
        self._sst = sum(v * v for v in self.terms.values())
        self._ne = math.sqrt(self._sse) or 1.0
        self._nt = math.sqrt(self._sst) or 1.0

    def add(self, ents: dict[str, float], terms: dict[str, float], f: Features, article_id: str) -> None:
        e, t = self.entities, self.terms
        for k, v in ents.items():
            old = e.get(k, 0.0)
            e[k] = old + v
            self._sse += 2 * old * v + v * v
        for k, v in terms.items():
            old = t.get(k, 0.0)
            t[k] = old + v
            self._sst += 2 * old * v + v * v
        self._ne = math.sqrt(self._sse) or 1.0
        self._nt = math.sqrt(self._sst) or 1.0
        self.members.append(article_id)
        if f.embedding is not None:
            self.embedding = f.embedding.copy() if self.embedding is None else self.embedding + f.embedding
        self.names.update(f.names)
        self.speakers.update(f.speakers)
        if f.lang:
            self.langs[f.lang] += 1
        if f.day:
            self.days[f.day.toordinal()] += 1
        if f.soft_day:
            self.soft_days[f.soft_day.toordinal()] += 1
        if f.month:
            self.months[f.month] += 1
        o = f.ordinal
        if o is not None:
            self.first = o if self.first is None else min(self.first, o)
            self.last = o if self.last is None else max(self.last, o)

    @property
    def day(self) -> date | None:
        """The happening's day: the most voted one."""
        votes = self.days or self.soft_days
        if not votes:
            return None
        return date.fromordinal(max(votes.items(), key=lambda kv: (kv[1], -kv[0]))[0])

    @property
    def month(self) -> tuple[int, int] | None:
        if not self.months:
            return None
        return max(self.months.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def main_entities(self, n: int = 8) -> list[tuple[str, str, float]]:
        top = sorted(self.entities.items(), key=lambda kv: -kv[1])[:n]
        return [(k[1:], self.names.get(k[1:], k[1:]), round(v / max(1, len(self.members)), 3)) for k, v in top]


@dataclass(slots=True)
class Assignment:
    """The clusterer's decision for one article."""

    event: str
    story: str
    duplicate_of: str | None
    why: dict[str, Any]


def date_factor(a: Cluster, b: Cluster) -> tuple[float, str]:
    """How compatible two clusters' happening dates are (1 = same day, 0 = too far apart to be one event).

    Days read from day-dated articles are firm; days read from the text of month-dated articles are
    soft (they only add or remove some confidence); otherwise the months are compared.
    """
    if a.days and b.days:
        gap = min(abs(x - y) for x in a.days for y in b.days)
        if gap > EVENT_WINDOW_DAYS:
            return 0.0, f"{gap} days apart"
        return (1.0, 0.95, 0.85, 0.7, 0.55, 0.45, 0.35, 0.3)[gap], f"{gap} days apart"
    mine = list(a.days) + list(a.soft_days)
    theirs = list(b.days) + list(b.soft_days)
    if mine and theirs:
        gap = min(abs(x - y) for x in mine for y in theirs)
        if gap <= 2:
            return 0.95, f"{gap} days apart (day from the text)"
        if gap > EVENT_WINDOW_DAYS:
            return 0.4, f"{gap} days apart (day from the text)"
    ma, mb = a.month, b.month
    if ma is None or mb is None:
        return 0.8, "undated"
    apart = abs((ma[0] - mb[0]) * 12 + ma[1] - mb[1])
    if apart == 0:
        return 0.85, "same month"
    if apart == 1:
        return 0.5, "adjacent months"
    return 0.0, f"{apart} months apart"


_GAP_FACTORS = np.array([1.0, 0.95, 0.85, 0.7, 0.55, 0.45, 0.35, 0.3])


def pairwise_date_factors(singles: list[Cluster]) -> np.ndarray:
    """:func:`date_factor` for every pair of one-article clusters at once (a symmetric matrix)."""
    def first(counter: Counter[int]) -> float:
        return float(next(iter(counter))) if counter else np.nan

    hard = np.array([first(c.days) for c in singles])
    any_day = np.array([first(c.days) if c.days else first(c.soft_days) for c in singles])
    months = np.array([c.month[0] * 12 + c.month[1] if c.month else np.nan for c in singles], dtype=float)
    with np.errstate(invalid="ignore"):
        apart = np.abs(months[:, None] - months[None, :])
        factor = np.where(np.isnan(apart), 0.8, np.where(apart == 0, 0.85, np.where(apart == 1, 0.5, 0.0)))
        soft_gap = np.abs(any_day[:, None] - any_day[None, :])
        factor = np.where(soft_gap <= 2, 0.95, np.where(soft_gap > EVENT_WINDOW_DAYS, 0.4, factor))
        hard_gap = np.abs(hard[:, None] - hard[None, :])
        both_hard = ~np.isnan(hard_gap)
        table = _GAP_FACTORS[np.clip(np.nan_to_num(hard_gap, nan=0.0), 0, 7).astype(int)]
        factor = np.where(both_hard, np.where(hard_gap > EVENT_WINDOW_DAYS, 0.0, table), factor)
    return factor


def _single(f: Features) -> Cluster:
    """A cluster of one article with no vectors: for date comparisons."""
    c = Cluster(f.article_id)
    c.add({}, {}, f, f.article_id)
    return c


def _keys(ents: dict[str, float], terms: dict[str, float]) -> list[str]:
    """Index keys of a vector pair: every entity and the strongest terms."""
    return list(ents) + [k for k, _ in sorted(terms.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]


def _strongest(index: dict[str, set[str]], keys: list[str], n: int = MAX_CANDIDATES) -> list[str]:
    """The clusters sharing the most index keys with ``keys`` (at most ``n``): bounds the work per article."""
    shared: Counter[str] = Counter()
    for k in keys:
        shared.update(index.get(k, ()))
    if len(shared) <= n:
        return sorted(shared)
    return [c for c, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _drop_from_index(index: dict[str, set[str]], gone: set[str]) -> None:
    if gone:
        for key in list(index):
            index[key] -= gone
            if not index[key]:
                del index[key]


def link_batch(vectors: list[Vectors], singles: list[Cluster], threshold: float
               ) -> tuple[list[list[int]], dict[int, float]]:
    """Average-linkage grouping of a batch; pairs whose dates exclude one event are never linked.

    Returns the groups (lists of batch indexes, each in batch order, groups ordered by their first
    member) and each grouped article's average similarity to the rest of its group.
    """
    n = len(vectors)
    if n == 1:
        return [[0]], {}
    ent_vocab: dict[str, int] = {}
    term_vocab: dict[str, int] = {}
    for ents, terms in vectors:
        for k in ents:
            ent_vocab.setdefault(k, len(ent_vocab))
        for k in terms:
            term_vocab.setdefault(k, len(term_vocab))
    E = np.zeros((n, max(1, len(ent_vocab))), dtype=np.float32)
    T = np.zeros((n, max(1, len(term_vocab))), dtype=np.float32)
    for i, (ents, terms) in enumerate(vectors):
        for k, v in ents.items():
            E[i, ent_vocab[k]] = v
        for k, v in terms.items():
            T[i, term_vocab[k]] = v
    sim = (W_ENT * (E @ E.T) + W_TERM * (T @ T.T)).astype(np.float64)
    embeddings = [c.embedding for c in singles]
    if all(e is not None for e in embeddings):  # the optional semantic backend
        M = np.vstack(embeddings).astype(np.float64)
        M /= np.where(np.linalg.norm(M, axis=1, keepdims=True) == 0, 1.0, np.linalg.norm(M, axis=1, keepdims=True))
        sem = np.clip((M @ M.T - SEM_FLOOR) / (1.0 - SEM_FLOOR), 0.0, 1.0)
        sim = (1.0 - W_SEM) * sim + W_SEM * sem
    factor = pairwise_date_factors(singles)
    pair = sim * factor
    np.fill_diagonal(pair, 0.0)
    blocked = factor <= 0.0
    total = pair.copy()  # sum of pairwise similarities between two groups
    size = np.ones(n)
    active = np.ones(n, dtype=bool)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    while True:
        avg = total / np.outer(size, size)
        avg[blocked] = -1.0
        avg[~active, :] = -1.0
        avg[:, ~active] = -1.0
        np.fill_diagonal(avg, -1.0)
        flat = int(np.argmax(avg))
        i, j = divmod(flat, n)
        if avg[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        total[i, :] += total[j, :]
        total[:, i] = total[i, :]
        total[i, i] = 0.0
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] = blocked[i, :]
        size[i] += size[j]
        active[j] = False
        members[i] += members.pop(j)
    groups = sorted((sorted(m) for m in members.values()), key=lambda m: m[0])
    links: dict[int, float] = {}
    for g in groups:
        if len(g) > 1:
            for i in g:
                links[i] = float(sum(pair[i, j] for j in g if j != i) / (len(g) - 1))
    return groups, links


class Clusterer:
    """Online event and story clustering. Feed batches of articles' :class:`Features` to :meth:`add_batch`
    in arrival order."""

    def __init__(self, *, event_threshold: float = EVENT_THRESHOLD, story_threshold: float = STORY_THRESHOLD,
                 link_threshold: float = LINK_THRESHOLD):
        self.event_threshold = event_threshold
        self.link_threshold = link_threshold
        self.story_threshold = story_threshold
        self.events: dict[str, Cluster] = {}
        self.stories: dict[str, Cluster] = {}
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self._event_index: dict[str, set[str]] = {}
        self._story_index: dict[str, set[str]] = {}
        # recent articles' duplicate signatures: article id → (terms, shingles, ordinal, entities, language)
        self._recent: dict[str, tuple[dict[str, float], frozenset[int], int | None, dict[str, float], str | None]] = {}
        self._recent_by_event: dict[str, list[str]] = {}
        self._since_prune = 0
        self._latest: int | None = None
        self.touched_events: set[str] = set()
        self.touched_stories: set[str] = set()
        self.retired_events: set[str] = set()
        self.retired_stories: set[str] = set()

    # -- vectors ----------------------------------------------------------------------------------------
    def _idf(self, key: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(key, 0) + 1)) + 1.0

    def _vectors(self, f: Features) -> tuple[dict[str, float], dict[str, float]]:
        ents = {"@" + k: (1.0 + math.log(v)) * self._idf("@" + k) for k, v in f.entities.items() if v > 0}
        terms = {k: (1.0 + math.log(v)) * self._idf(k) for k, v in f.terms.items() if v > 0}
        return _unit(ents), _unit(terms)

    # -- the decision -----------------------------------------------------------------------------------
    def add_batch(self, batch: list[Features]) -> list[Assignment]:
        """Cluster a batch of articles, in the given order.

        The batch is first grouped by average-linkage agglomeration (articles that no date allows
        together are never linked); each group then joins the best existing event whose score
        passes the threshold, or opens a new one. With a batch of one this is plain online clustering.
        """
        for f in batch:
            self.n_docs += 1
            for k in f.entities:
                self.df["@" + k] += 1
            for k in f.terms:
                self.df[k] += 1
        vectors = [self._vectors(f) for f in batch]
        singles = [_single(f) for f in batch]
        groups, links = link_batch(vectors, singles, self.link_threshold)
        results: dict[int, Assignment] = {}
        for members in groups:
            for i, assignment in zip(members, self._add_group(members, batch, vectors, singles, links), strict=True):
                results[i] = assignment
        self._since_prune += len(batch)
        if self._since_prune >= PRUNE_EVERY:
            self.prune()
        return [results[i] for i in range(len(batch))]

    def _add_group(self, members: list[int], batch: list[Features], vectors: list[Vectors],
                   singles: list[Cluster], links: dict[int, float]) -> list[Assignment]:
        group = Cluster("group")
        for i in members:
            group.add(*vectors[i], batch[i], batch[i].article_id)
        ents, terms = _unit(group.entities), _unit(group.terms)
        keys = _keys(ents, terms)
        if group.last is not None:
            self._latest = group.last if self._latest is None else max(self._latest, group.last)

        # candidate events: sharing a key, close in time
        candidates = _strongest(self._event_index, keys)
        scored = []
        for eid in candidates:
            found = self._pair_score(group, self.events[eid])
            if found is not None:
                scored.append((found[0], eid, *found[1:]))
        scored.sort(key=lambda s: (-s[0], s[1]))
        best = scored[0] if scored else None
        # a near-duplicate of an article in a candidate event joins that event whatever its score
        first = members[0]
        duplicate: tuple[str, dict[str, Any]] | None = None
        for s in scored[:5]:
            duplicate = self._find_duplicate(s[1], vectors[first][1], batch[first].shingles, vectors[first][0],
                                             batch[first].lang)
            if duplicate:
                best = s
                break

        match: dict[str, Any]
        if best and (best[0] >= self.event_threshold or duplicate):
            score, eid, ce, ct, factor, date_note, bonus = best
            event = self.events[eid]
            opened = False
            match = {"score": round(score, 3), "threshold": self.event_threshold, "entity_similarity": round(ce, 3),
                     "term_similarity": round(ct, 3), "date_factor": factor, "date": date_note,
                     "speaker_bonus": bonus, "candidates": len(candidates)}
            runner = next((s for s in scored if s[1] != eid), None)
            if runner:
                match["runner_up"] = {"event": runner[1], "score": round(runner[0], 3)}
        else:
            eid = _short_id("e-", batch[first].article_id + ":" + str(self.n_docs))
            event = Cluster(eid)
            self.events[eid] = event
            opened = True
            match = {"best_score": round(best[0], 3) if best else None, "best_event": best[1] if best else None,
                     "threshold": self.event_threshold, "candidates": len(candidates)}

        story_why: dict[str, Any] | None = None
        if event.story is None:
            event.story, story_why = self._choose_story(ents, terms, group.first, group.embedding)
        story = self.stories[event.story]
        if eid not in story.events:
            story.events.append(eid)

        assignments = []
        for n, i in enumerate(members):
            f, (a_ents, a_terms) = batch[i], vectors[i]
            dup = duplicate if n == 0 else self._find_duplicate(eid, a_terms, f.shingles, a_ents, f.lang)
            before = len(event.members)
            event.add(a_ents, a_terms, f, f.article_id)
            _add_decayed(story, a_ents, a_terms, f)
            event.seen = story.seen = self.n_docs
            akeys = _keys(a_ents, a_terms)
            for k in akeys:
                self._event_index.setdefault(k, set()).add(eid)
                self._story_index.setdefault(k, set()).add(story.id)
            self._remember(f.article_id, eid, a_terms, f.shingles, f.ordinal, a_ents, f.lang)
            why: dict[str, Any] = {
                "event": eid, "story": story.id,
                "decision": "new event" if opened and before == 0 else "joined event",
                "happening": f.day.isoformat() if f.day else (
                    (f.soft_day.isoformat() if f.soft_day else None)
                    or (f"{f.month[0]:04d}-{f.month[1]:02d}" if f.month else None)),
                "happening_from": f.date_how,
            }
            if len(members) > 1:
                why["batch"] = {"group_size": len(members), "link_similarity": round(links.get(i, 0.0), 3),
                                "link_threshold": self.link_threshold}
            why["match" if not opened else "no_match"] = match
            if story_why:
                why["story_decision"] = story_why
            if dup:
                why["duplicate_of"], why["duplicate"] = dup
            assignments.append(Assignment(eid, story.id, dup[0] if dup else None, why))
        for i, assignment in zip(members, assignments, strict=True):  # evidence shared with the other members
            a_ents, a_terms = vectors[i]
            assignment.why["shared_entities"] = self._shared_entities(a_ents, event)
            surface = batch[i].surface
            words = [surface.get(k, k.lstrip("~#")) for k in self._shared_terms(a_terms, event)]
            assignment.why["shared_terms"] = list(dict.fromkeys(words))
        self.touched_events.add(eid)
        self.touched_stories.add(story.id)
        return assignments

    @staticmethod
    def _pair_score(group: Cluster, event: Cluster) -> tuple[float, float, float, float, str, float] | None:
        """(score, entity and term similarity, date factor, date note, speaker bonus) of a group of new
        articles against an event, or None when their dates rule out one event.

        The similarities are the *average* similarity between the group's members and the event's
        members (both clusters hold sums of unit vectors, so this is one dot product): the criterion
        that groups a batch, so an article joins an event as average-linkage agglomeration would join
        them, and a big event does not pull in neighbours the way its centroid would.
        """
        factor, date_note = date_factor(group, event)
        if factor <= 0.0:
            return None
        ng, nev = max(1, len(group.members)), max(1, len(event.members))
        ce = _cos(group.entities, ng, event.entities, nev) if group.entities else 0.0
        ct = _cos(group.terms, ng, event.terms, nev) if group.terms else 0.0
        bonus = SPEAKER_BONUS if group.speakers & event.speakers else 0.0
        raw = _mix(W_ENT * ce + W_TERM * ct, semantic_similarity(group.embedding, event.embedding)) + bonus
        return raw * factor, ce, ct, factor, date_note, bonus

    def _choose_story(self, ents: dict[str, float], terms: dict[str, float], ordinal: int | None,
                      embedding: np.ndarray | None = None) -> tuple[str, dict[str, Any]]:
        """The story of a new event: the closest story in the story window (by its recent, decayed sums,
        mostly by entities) when the score reaches the story threshold, else a new story."""
        best: tuple[float, str] | None = None
        for sid in _strongest(self._story_index, _keys(ents, terms), STORY_CANDIDATES):
            story = self.stories[sid]
            if ordinal is not None and story.first is not None and story.last is not None:
                if ordinal < story.first - STORY_WINDOW_DAYS or ordinal > story.last + STORY_WINDOW_DAYS:
                    continue
            ce = _cos(ents, 1.0, story.entities, story._ne) if ents else 0.0
            ct = _cos(terms, 1.0, story.terms, story._nt) if terms else 0.0
            score = _mix(W_STORY_ENT * ce + (1.0 - W_STORY_ENT) * ct, semantic_similarity(embedding, story.embedding))
            if best is None or (score, sid) > best:
                best = (score, sid)
        if best and best[0] >= self.story_threshold:
            story = self.stories[best[1]]
            return best[1], {"decision": "joined story", "score": round(best[0], 3),
                             "threshold": self.story_threshold,
                             "shared_entities": self._shared_entities(ents, story, member=False)}
        sid = _short_id("s-", "story:" + str(self.n_docs) + ":" + ",".join(sorted(ents)[:3]))
        self.stories[sid] = Cluster(sid)
        return sid, {"decision": "new story", "best_score": round(best[0], 3) if best else None,
                     "threshold": self.story_threshold}

    # -- near-duplicates ----------------------------------------------------------------------------------
    def _remember(self, article_id: str, eid: str, terms: dict[str, float], sh: frozenset[int],
                  ordinal: int | None, ents: dict[str, float] | None = None, lang: str | None = None) -> None:
        self._recent[article_id] = (terms, sh, ordinal, ents or {}, lang)
        self._recent_by_event.setdefault(eid, []).append(article_id)

    def _find_duplicate(self, eid: str, terms: dict[str, float], sh: frozenset[int],
                        ents: dict[str, float], lang: str | None) -> tuple[str, dict[str, Any]] | None:
        for other in self._recent_by_event.get(eid, ()):
            o_terms, o_sh, _, o_ents, o_lang = self._recent[other]
            shared = len(sh & o_sh)
            overlap = shared / max(1, min(len(sh), len(o_sh))) if shared >= 3 else 0.0
            if overlap >= DUPLICATE_SHINGLES:
                return other, {"shingle_overlap": round(overlap, 3), "threshold": DUPLICATE_SHINGLES}
            cos = _cos(terms, 1.0, o_terms, 1.0)
            if cos >= DUPLICATE_TERM_COS:
                return other, {"term_similarity": round(cos, 3), "threshold": DUPLICATE_TERM_COS}
            if {lang, o_lang} == {"nb", "nn"} and cos >= DUPLICATE_NORWEGIAN_COS and ents and o_ents:
                ce = _cos(ents, 1.0, o_ents, 1.0)
                if ce >= DUPLICATE_NORWEGIAN_ENT:  # one wire text in Bokmål and in Nynorsk
                    return other, {"term_similarity": round(cos, 3), "entity_similarity": round(ce, 3),
                                   "threshold": DUPLICATE_NORWEGIAN_COS, "versions": "Bokmål and Nynorsk"}
        return None

    # -- explanations -------------------------------------------------------------------------------------
    @staticmethod
    def _shared(vec: dict[str, float], cluster_vec: dict[str, float], n: int, member: bool) -> list[str]:
        """Keys of ``vec`` the cluster shares, strongest first; for a ``member`` only those that other
        members contribute too (the cluster's sum exceeds the member's own part)."""
        shared = sorted((k for k in vec if cluster_vec.get(k, 0.0) - (vec[k] if member else 0.0) > 1e-9),
                        key=lambda k: -vec[k] * cluster_vec[k])
        return shared[:n]

    def _shared_entities(self, ents: dict[str, float], cluster: Cluster, n: int = 8, member: bool = True
                         ) -> list[str]:
        return [cluster.names.get(k[1:], k[1:]) for k in self._shared(ents, cluster.entities, n, member)]

    def _shared_terms(self, terms: dict[str, float], cluster: Cluster, n: int = 10) -> list[str]:
        return self._shared(terms, cluster.terms, n, True)

    # -- housekeeping -------------------------------------------------------------------------------------
    def prune(self) -> None:
        """Forget clusters far behind the newest happening: keeps the index and memory bounded."""
        self._since_prune = 0
        latest = self._latest if self._latest is not None else -(10**9)
        event_horizon = latest - 3 * EVENT_WINDOW_DAYS
        story_horizon = latest - 2 * STORY_WINDOW_DAYS
        forgotten = self.n_docs - UNDATED_MEMORY  # undated clusters are kept for a number of articles instead

        def stale(clusters: dict[str, Cluster], horizon: int) -> set[str]:
            return {cid for cid, c in clusters.items()
                    if (c.last is not None and c.last < horizon) or (c.last is None and c.seen < forgotten)}

        stale_events, stale_stories = stale(self.events, event_horizon), stale(self.stories, story_horizon)
        _drop_from_index(self._event_index, stale_events)
        _drop_from_index(self._story_index, stale_stories)
        for e in stale_events:
            for a in self._recent_by_event.pop(e, ()):
                self._recent.pop(a, None)
        self.retired_events |= stale_events
        self.retired_stories |= stale_stories

    def forget_retired(self) -> None:
        """Drop retired clusters from memory once they are stored (not ones changed since)."""
        for e in self.retired_events - self.touched_events:
            self.events.pop(e, None)
        for s in self.retired_stories - self.touched_stories:
            self.stories.pop(s, None)
        self.retired_events &= self.touched_events
        self.retired_stories &= self.touched_stories

    # -- continuing from stored state -----------------------------------------------------------------
    def _index_keys(self, cluster: Cluster) -> list[str]:
        strong = sorted(cluster.terms.items(), key=lambda kv: -kv[1])[:4 * INDEX_TERMS]
        return list(cluster.entities) + [k for k, _ in strong]

    def restore_event(self, cluster: Cluster, recent: list[Any]) -> None:
        self.events[cluster.id] = cluster
        for k in self._index_keys(cluster):
            self._event_index.setdefault(k, set()).add(cluster.id)
        for article_id, terms, sh, *rest in recent:
            ents, lang = (rest + [{}, None])[:2]
            self._remember(article_id, cluster.id, {k: float(v) for k, v in terms.items()}, frozenset(sh), None,
                           {k: float(v) for k, v in (ents or {}).items()}, lang)

    def restore_story(self, cluster: Cluster) -> None:
        self.stories[cluster.id] = cluster
        for k in self._index_keys(cluster):
            self._story_index.setdefault(k, set()).add(cluster.id)
