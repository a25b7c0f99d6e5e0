"""An Article as HTML: the text with paragraphs, entities, figures and quotes highlighted.

Spans overlap freely (a country inside an official's post, figures inside a quote), so the
text is cut at every span boundary and each piece gets the classes of all spans covering it:
the markup stays flat and well formed whatever the overlaps. Every style is written inline on
the element, so the view survives renderers that drop ``<style>`` blocks; all text and
attribute values are escaped.
"""
from __future__ import annotations

from html import escape
from typing import Iterable, NamedTuple

from .records import Article

# Class -> inline CSS. Each layer uses its own CSS properties so that overlapping layers stay
# visible together; the order is the order styles are applied (later wins on a shared one).
STYLES = {
    "p-category": "color:#6b7280;font-variant:small-caps",
    "p-title": "font-weight:bold;font-size:1.2em",
    "p-lead": "font-weight:500",
    "p-byline": "color:#6b7280;font-style:italic",
    "p-boilerplate": "opacity:.4",
    "quote": "font-style:italic;color:#1e3a8a",
    "ent-PER": "background:#dbeafe",
    "ent-ORG": "background:#dcfce7",
    "ent-LOC": "background:#ffedd5",
    "ent-other": "background:#f3e8ff",
    "role": "border-bottom:2px dotted #2563eb",
    "num": "outline:1px solid #dc2626;outline-offset:-1px;color:#b91c1c;font-weight:600",
    "speaker": "text-decoration:underline 2px #7c3aed;font-weight:600",
    "cue": "text-decoration:underline wavy #ea580c",
}
LABELS = {
    "ent-PER": "people (PER)", "ent-ORG": "organisations (ORG)", "ent-LOC": "places (LOC)",
    "ent-other": "other entities", "role": "post of an official", "num": "figure",
    "quote": "quotation", "speaker": "speaker", "cue": "speech cue",
    "p-boilerplate": "page boilerplate",
}
_ORDER = {name: i for i, name in enumerate(STYLES)}
_BOX = ("font-family:Georgia,serif;line-height:1.6;max-width:52em;"
        "border:1px solid #e5e7eb;border-radius:6px;padding:.8em 1em")


class Span(NamedTuple):
    start: int
    end: int
    cls: str
    tip: str


def render(article: Article) -> str:
    """The highlighted view of one article, as an HTML fragment (``Article._repr_html_``)."""
    body = "".join(_piece(article.text, a, b, cover) for a, b, cover in _pieces(
        _spans(article), len(article.text)))
    return (f'<div class="ruarticle" style="{_BOX}">{_header(article)}{_legend(article)}'
            f'<div style="white-space:pre-wrap">{body}</div></div>')


def page(articles: Iterable[tuple[str, Article]]) -> str:
    """A standalone HTML page showing several articles under their names."""
    sections = "".join(f'<h2 style="font-family:sans-serif">{escape(name)}</h2>{render(a)}'
                       for name, a in articles)
    return ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            f'<title>ruarticle</title></head><body>{sections}</body></html>\n')


def _spans(article: Article) -> list[Span]:
    spans = [Span(p.start, p.end, f"p-{p.kind}", "") for p in article.paragraphs]
    for e in article.entities:
        cls = f"ent-{e.type}" if f"ent-{e.type}" in STYLES else "ent-other"
        tip = f"{e.type} {e.kind}: {e.name} ({e.id})"
        spans += [Span(m.start, m.end, cls, tip) for m in e.mentions]
        spans += [Span(r.start, r.end, "role", "post: " + ", ".join(
            x for x in (r.title, r.organization, r.country) if x)) for r in e.roles]
    for n in article.numbers:
        value = f"{n.value} {n.unit}" if n.unit else f"{n.value}"
        spans.append(Span(n.start, n.end, "num", f"{n.kind}: {value}"))
    for q in article.quotes:
        who = (q.speaker.name or q.speaker.text) if q.speaker else "unknown speaker"
        spans.append(Span(q.start, q.end, "quote", f"{q.kind} quote: {who}"))
        if q.speaker:
            spans.append(Span(q.speaker.start, q.speaker.end, "speaker", f"speaker: {who}"))
        if q.cue:
            spans.append(Span(q.cue.start, q.cue.end, "cue", f"cue: {q.cue.lemma}"))
    return [s for s in spans if s.start < s.end]


def _pieces(spans: list[Span], length: int):
    """Cut [0, length) at every span boundary; yield (start, end, spans covering the piece)."""
    cuts = sorted({0, length, *(s.start for s in spans), *(s.end for s in spans)})
    waiting = sorted(spans, key=lambda s: s.start)
    active: list[Span] = []
    i = 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(waiting) and waiting[i].start <= a:
            active.append(waiting[i])
            i += 1
        active = [s for s in active if s.end > a]
        yield a, b, active


def _piece(text: str, start: int, end: int, cover: list[Span]) -> str:
    chunk = escape(text[start:end])
    classes = sorted({s.cls for s in cover if s.cls in STYLES}, key=_ORDER.__getitem__)
    if not classes:
        return chunk
    style = ";".join(STYLES[c] for c in classes)
    tips = " | ".join(dict.fromkeys(s.tip for s in cover if s.tip))
    title = f' title="{escape(tips)}"' if tips else ""
    return f'<span class="{" ".join(classes)}" style="{style}"{title}>{chunk}</span>'


def _header(article: Article) -> str:
    counts = (f"{len(article.paragraphs)} paragraphs · {len(article.sentences)} sentences · "
              f"{len(article.entities)} entities · {len(article.numbers)} figures · "
              f"{len(article.quotes)} quotes")
    meta = article.meta
    facts = [f"{name}: {escape(value)}" for name, value in
             (("category", meta.category), ("byline", meta.byline)) if value]
    return (f'<div style="font-family:sans-serif;font-size:.85em;color:#374151">'
            f'{" · ".join(facts + [counts])}</div>')


def _legend(article: Article) -> str:
    kinds: dict[str, set[str]] = {}
    for e in article.entities:
        kinds.setdefault(f"ent-{e.type}" if f"ent-{e.type}" in STYLES else "ent-other",
                         set()).add(e.kind)
    items = []
    for cls, label in LABELS.items():
        found = f" — {', '.join(sorted(kinds[cls]))}" if kinds.get(cls) else ""
        items.append(f'<span class="legend {cls}" style="{STYLES[cls]};margin-right:.8em">'
                     f'{escape(label + found)}</span>')
    return (f'<div style="font-family:sans-serif;font-size:.8em;margin:.4em 0 .8em">'
            f'{"".join(items)}</div>')
