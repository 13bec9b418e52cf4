"""Chart geometry for the server-rendered SVG charts (no JavaScript, no external library).

Functions return plain numbers and labels; the templates draw them (``_charts.html``), so every
label is escaped by Jinja like any other text.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from newsmonitor.store.queries import parse_date

WIDTH, HEIGHT = 720, 180
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 36, 12, 12, 28


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _nice_max(value: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        if value <= step:
            return step
    return int(value)


def month_bars(timeline: list[dict[str, Any]], value: str = "mentions") -> dict[str, Any] | None:
    """Bars per month (zeros filled in) from rows ``{"month": "YYYY-MM", value: n}``."""
    rows = [r for r in timeline if isinstance(r.get("month"), str) and len(r["month"]) == 7
            and r["month"][:4].isdigit() and r["month"][5:7].isdigit()]
    if not rows:
        return None
    counts = {r["month"]: int(r[value] or 0) for r in rows}
    months = _months(min(counts), max(counts))
    top = _nice_max(max(counts.values()) or 1)
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    slot = plot_w / len(months)
    bars = []
    label_every = max(1, round(len(months) / 8))
    for i, month in enumerate(months):
        n = counts.get(month, 0)
        h = plot_h * n / top
        bars.append({
            "x": round(PAD_LEFT + i * slot + slot * 0.12, 1), "w": round(max(slot * 0.76, 1), 1),
            "y": round(PAD_TOP + plot_h - h, 1), "h": round(h, 1), "n": n, "month": month,
            "label": month if i % label_every == 0 else "", "lx": round(PAD_LEFT + (i + 0.5) * slot, 1),
        })
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "max": top, "top": PAD_TOP,
            "base": PAD_TOP + plot_h, "left": PAD_LEFT, "right": WIDTH - PAD_RIGHT, "value": value}


def event_timeline(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Events placed by date (x) and size (y, circle area) for a story page."""
    dated = [(parse_date(e.get("date") or e.get("first_date") or e.get("last_date")), e) for e in events]
    dated = [(d, e) for d, e in dated if d]
    if not dated:
        return None
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    span = max((last - first).days, 1)
    top = _nice_max(max(int(e.get("article_count") or 0) for _, e in dated) or 1)
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM
    points = []
    for d, e in sorted(dated, key=lambda p: p[0]):
        n = int(e.get("article_count") or 0)
        x = PAD_LEFT + 10 + (plot_w - 20) * (d - first).days / span if len(dated) > 1 or span > 1 else WIDTH / 2
        y = PAD_TOP + plot_h - plot_h * n / top
        points.append({"x": round(x, 1), "y": round(y, 1), "r": round(4 + min(n, 60) ** 0.5 * 1.6, 1), "n": n,
                       "id": e["id"], "title": e.get("title") or e["id"], "date": d.isoformat(),
                       "langs": len(e.get("langs") or {})})
    ticks = _date_ticks(first, last, PAD_LEFT + 10, PAD_LEFT + plot_w - 10)
    return {"width": WIDTH, "height": HEIGHT, "points": points, "max": top, "top": PAD_TOP,
            "base": PAD_TOP + plot_h, "left": PAD_LEFT, "right": WIDTH - PAD_RIGHT, "ticks": ticks}


def _date_ticks(first: Date, last: Date, x0: float, x1: float, count: int = 5) -> list[dict[str, Any]]:
    span = max((last - first).days, 1)
    ticks = []
    for i in range(count):
        d = Date.fromordinal(first.toordinal() + round(span * i / (count - 1)))
        ticks.append({"x": round(x0 + (x1 - x0) * i / (count - 1), 1), "label": d.isoformat()})
    return ticks
