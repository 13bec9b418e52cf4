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

from newsmonitor.cluster.features import Features

# Weights and thresholds, tuned on the development corpus (see docs/quality.md for the numbers).
W_ENT = 0.5
W_TERM = 0.5
SPEAKER_BONUS = 0.05
EVENT_THRESHOLD = 0.25
STORY_THRESHOLD = 0.08
DUPLICATE_TERM_COS = 0.80  # same wording (also Bokmål vs Nynorsk versions of one wire text)
DUPLICATE_NORWEGIAN_COS = 0.50  # Bokmål vs Nynorsk versions share fewer stems, but the same entities
DUPLICATE_NORWEGIAN_ENT = 0.90
DUPLICATE_SHINGLES = 0.50  # share of sampled 4-word shingles in common
EVENT_WINDOW_DAYS = 7  # an article never joins an event whose happening is further away than this
STORY_WINDOW_DAYS = 120  # nor a story whose events are further away than this
INDEX_TERMS = 25  # an article's strongest terms used to look up candidate events
PRUNE_EVERY = 2000  # articles between removals of stale clusters from the index


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


def date_factor(f: Features, event: Cluster) -> tuple[float, str]:
    """How compatible an article's happening date is with an event's (1 = same day, 0 = too far)."""
    if f.day and event.days:
        gap = min(abs(f.day.toordinal() - d) for d in event.days)
        if gap > EVENT_WINDOW_DAYS:
            return 0.0, f"{gap} days apart"
        return (1.0, 0.95, 0.85, 0.7, 0.55, 0.45, 0.35, 0.3)[gap], f"{gap} days apart"
    month = f.month
    mine = f.day or f.soft_day
    theirs = list(event.days) + list(event.soft_days)
    if mine and theirs:  # at least one side read its day from a month-dated article: a softer test
        gap = min(abs(mine.toordinal() - d) for d in theirs)
        if gap <= 2:
            return 0.95, f"{gap} days apart (day from the text)"
        if gap > EVENT_WINDOW_DAYS:
            return 0.4, f"{gap} days apart (day from the text)"
    if f.day is None and month is None:
        return 0.8, "article undated"
    if month is None and event.month is None:
        return 0.8, "event undated"
    em = event.month
    if f.day and em is None:
        return 0.8, "event undated"
    if month is None or em is None:
        return 0.8, "undated"
    apart = abs((month[0] - em[0]) * 12 + month[1] - em[1])
    if apart == 0:
        return 0.85, "same month"
    if apart == 1:
        return 0.5, "adjacent months"
    return 0.0, f"{apart} months apart"


class Clusterer:
    """Online event and story clustering. Feed articles' :class:`Features` to :meth:`add` in arrival order."""

    def __init__(self, *, event_threshold: float = EVENT_THRESHOLD, story_threshold: float = STORY_THRESHOLD):
        self.event_threshold = event_threshold
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
    def add(self, f: Features) -> Assignment:
        self.n_docs += 1
        for k in f.entities:
            self.df["@" + k] += 1
        for k in f.terms:
            self.df[k] += 1
        ents, terms = self._vectors(f)
        keys = list(ents) + [k for k, _ in sorted(terms.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]
        ordinal = f.ordinal
        if ordinal is not None:
            self._latest = ordinal if self._latest is None else max(self._latest, ordinal)

        # candidate events: sharing a key, close in time
        candidates: set[str] = set()
        for k in keys:
            candidates.update(self._event_index.get(k, ()))
        scored = []
        for eid in candidates:
            event = self.events[eid]
            factor, date_note = date_factor(f, event)
            if factor <= 0.0:
                continue
            ce = _cos(ents, 1.0, event.entities, event._ne) if ents else 0.0
            ct = _cos(terms, 1.0, event.terms, event._nt) if terms else 0.0
            bonus = SPEAKER_BONUS if f.speakers & event.speakers else 0.0
            raw = W_ENT * ce + W_TERM * ct + bonus
            scored.append((raw * factor, eid, ce, ct, factor, date_note, bonus))
        scored.sort(key=lambda s: (-s[0], s[1]))

        duplicate_of = None
        dup_note: dict[str, Any] | None = None
        best = scored[0] if scored else None
        # a near-duplicate of an article in a candidate event joins that event whatever its score
        for s in scored[:5]:
            found = self._find_duplicate(s[1], terms, f.shingles, ents, f.lang)
            if found:
                duplicate_of, dup_note = found[0], found[1]
                best = s
                break

        why: dict[str, Any] = {"candidates": len(candidates), "threshold": self.event_threshold,
                               "happening": f.day.isoformat() if f.day else (
                                   f"{f.month[0]:04d}-{f.month[1]:02d}" if f.month else None),
                               "happening_from": f.date_how}
        if best and (best[0] >= self.event_threshold or duplicate_of):
            score, eid, ce, ct, factor, date_note, bonus = best
            event = self.events[eid]
            why.update(decision="joined event", event=eid, score=round(score, 3),
                       entity_similarity=round(ce, 3), term_similarity=round(ct, 3),
                       date_factor=factor, date=date_note, speaker_bonus=bonus,
                       shared_entities=self._shared_entities(ents, event),
                       shared_terms=self._shared_terms(terms, event))
            if len(scored) > 1:
                why["runner_up"] = {"event": scored[1][1] if scored[1][1] != eid else scored[0][1],
                                    "score": round(scored[1][0] if scored[1][1] != eid else scored[0][0], 3)}
            if duplicate_of:
                why["duplicate_of"] = duplicate_of
                why["duplicate"] = dup_note
        else:
            eid = _short_id("e-", f.article_id + ":" + str(self.n_docs))
            event = Cluster(eid)
            self.events[eid] = event
            why.update(decision="new event", event=eid,
                       best_score=round(best[0], 3) if best else None,
                       best_event=best[1] if best else None)
        event.add(ents, terms, f, f.article_id)
        for k in keys:
            self._event_index.setdefault(k, set()).add(eid)
        self._remember(f.article_id, eid, terms, f.shingles, ordinal, ents, f.lang)
        self.touched_events.add(eid)

        # the story
        if event.story is None:
            story_id, story_why = self._choose_story(ents, terms, ordinal)
            event.story = story_id
            why["story_decision"] = story_why
        story = self.stories[event.story]
        if eid not in story.events:
            story.events.append(eid)
        story.add(ents, terms, f, f.article_id)
        for k in keys:
            self._story_index.setdefault(k, set()).add(story.id)
        why["story"] = story.id
        self.touched_stories.add(story.id)

        self._since_prune += 1
        if self._since_prune >= PRUNE_EVERY:
            self.prune()
        return Assignment(eid, story.id, duplicate_of, why)

    def _choose_story(self, ents: dict[str, float], terms: dict[str, float], ordinal: int | None
                      ) -> tuple[str, dict[str, Any]]:
        candidates: set[str] = set()
        for k in list(ents) + sorted(terms, key=lambda k: -terms[k])[:INDEX_TERMS]:
            candidates.update(self._story_index.get(k, ()))
        best: tuple[float, str] | None = None
        for sid in candidates:
            story = self.stories[sid]
            if ordinal is not None and story.first is not None and story.last is not None:
                if ordinal < story.first - STORY_WINDOW_DAYS or ordinal > story.last + STORY_WINDOW_DAYS:
                    continue
            ce = _cos(ents, 1.0, story.entities, story._ne) if ents else 0.0
            ct = _cos(terms, 1.0, story.terms, story._nt) if terms else 0.0
            score = 0.6 * ce + 0.4 * ct
            if best is None or (score, sid) > best:
                best = (score, sid)
        if best and best[0] >= self.story_threshold:
            story = self.stories[best[1]]
            return best[1], {"decision": "joined story", "score": round(best[0], 3),
                             "threshold": self.story_threshold,
                             "shared_entities": self._shared_entities(ents, story)}
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
    def _shared_entities(ents: dict[str, float], cluster: Cluster, n: int = 8) -> list[str]:
        shared = sorted((k for k in ents if k in cluster.entities), key=lambda k: -ents[k] * cluster.entities[k])
        return [cluster.names.get(k[1:], k[1:]) for k in shared[:n]]

    @staticmethod
    def _shared_terms(terms: dict[str, float], cluster: Cluster, n: int = 10) -> list[str]:
        shared = sorted((k for k in terms if k in cluster.terms), key=lambda k: -terms[k] * cluster.terms[k])
        return shared[:n]

    # -- housekeeping -------------------------------------------------------------------------------------
    def prune(self) -> None:
        """Forget clusters far behind the newest happening: keeps the index and memory bounded."""
        self._since_prune = 0
        if self._latest is None:
            return
        event_horizon = self._latest - 3 * EVENT_WINDOW_DAYS
        story_horizon = self._latest - 2 * STORY_WINDOW_DAYS
        stale_events = {e for e, c in self.events.items() if c.last is not None and c.last < event_horizon}
        stale_stories = {s for s, c in self.stories.items() if c.last is not None and c.last < story_horizon}
        if stale_events:
            for key in list(self._event_index):
                self._event_index[key] -= stale_events
                if not self._event_index[key]:
                    del self._event_index[key]
            for e in stale_events:
                for a in self._recent_by_event.pop(e, ()):
                    self._recent.pop(a, None)
        if stale_stories:
            for key in list(self._story_index):
                self._story_index[key] -= stale_stories
                if not self._story_index[key]:
                    del self._story_index[key]
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
