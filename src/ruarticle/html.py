"""An Article as HTML: the text with paragraphs, entities, figures and quotes highlighted.

Spans overlap freely (a country inside an official's post, figures inside a quote), so the
text is cut at every span boundary and each piece gets the classes of all spans covering it:
the markup stays flat and well formed whatever the overlaps. Every style is written inline on
the element, so the view survives renderers that drop ``<style>`` blocks; all text and
attribute values are escaped.
"""
from __future__ import annotations

import re
from html import escape
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import Iterable, NamedTuple

from .records import Article

# Class -> inline CSS. Each layer uses its own CSS properties, so overlapping layers stay
# visible together (entities alone use a background: see SHADES).
STYLES = {
    "p-category": "color:#6b7280;font-variant:small-caps",
    "p-title": "font-weight:bold;font-size:1.2em",
    "p-lead": "font-weight:500",
    "p-byline": "color:#6b7280;font-style:italic",
    "p-boilerplate": "opacity:.4",
    "quote": "font-style:italic;color:#1e3a8a",
    "role": "border-bottom:2px dotted #2563eb",
    "num": "outline:1px solid #dc2626;outline-offset:-1px;color:#b91c1c;font-weight:600",
    "speaker": "text-decoration:underline 2px #7c3aed;font-weight:600",
    "cue": "text-decoration:underline wavy #ea580c",
}
# Entity backgrounds: a colour family per type, one shade per kind found in the article.
SHADES = {
    "PER": ("#dbeafe", "#c7d2fe", "#a5f3fc", "#e0e7ff"),
    "ORG": ("#dcfce7", "#bbf7d0", "#d9f99d", "#99f6e4"),
    "LOC": ("#ffedd5", "#fde68a", "#fed7aa", "#fecaca"),
    "other": ("#f3e8ff", "#fbcfe8", "#e9d5ff", "#f5d0fe"),
}
FAMILIES = {"PER": "people", "ORG": "organisations", "LOC": "places", "other": "other entities"}
LABELS = {"role": "post of an official", "num": "figure", "quote": "quotation",
          "speaker": "speaker", "cue": "speech cue", "p-boilerplate": "page boilerplate"}
# Layers from bottom to top: the order in which a piece's styles are written.
PARAGRAPH, QUOTE, ENTITY, ROLE, NUMBER, SPEAKER, CUE = range(7)
_BOX = ("font-family:Georgia,serif;line-height:1.6;max-width:52em;"
        "border:1px solid #e5e7eb;border-radius:6px;padding:.8em 1em")


class Span(NamedTuple):
    start: int
    end: int
    layer: int
    cls: str
    css: str
    tip: str


def render(article: Article) -> str:
    """The highlighted view of one article, as an HTML fragment (``Article._repr_html_``)."""
    shades = _entity_shades(article)
    pieces = _pieces(_spans(article, shades), len(article.text))
    body = "".join(_piece(article.text, a, b, cover) for a, b, cover in pieces)
    return (f'<div class="ruarticle" style="{_BOX}">{_header(article)}{_legend(shades)}'
            f'<div style="white-space:pre-wrap">{body}</div></div>')


def page(articles: Iterable[tuple[str, Article]]) -> str:
    """A standalone HTML page showing several articles under their names."""
    sections = "".join(f'<h2 style="font-family:sans-serif">{escape(name)}</h2>{render(a)}'
                       for name, a in articles)
    return ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            f'<title>ruarticle</title></head><body>{sections}</body></html>\n')


def _family(entity_type: str) -> str:
    return entity_type if entity_type in SHADES else "other"


def _entity_shades(article: Article) -> dict[tuple[str, str], str]:
    """A background per (type family, kind) found, kinds of a family in distinct shades."""
    found = sorted({(_family(e.type), e.kind) for e in article.entities})
    shades = {}
    for family, kinds in groupby(found, key=itemgetter(0)):
        palette = SHADES[family]
        for i, (_, kind) in enumerate(kinds):
            shades[(family, kind)] = palette[i % len(palette)]
    return shades


def _spans(article: Article, shades: dict) -> list[Span]:
    def styled(start, end, layer, cls, tip=""):
        return Span(start, end, layer, cls, STYLES.get(cls, ""), tip)

    spans = [styled(p.start, p.end, PARAGRAPH, f"p-{p.kind}") for p in article.paragraphs]
    for e in article.entities:
        family = _family(e.type)
        cls = f"ent-{family} kind-{_slug(e.kind)}"
        css = f"background:{shades[(family, e.kind)]}"
        tip = f"{e.type} {e.kind}: {e.name} ({e.id})"
        spans += [Span(m.start, m.end, ENTITY, cls, css, tip) for m in e.mentions]
        spans += [styled(r.start, r.end, ROLE, "role", "post: " + ", ".join(
            x for x in (r.title, r.organization, r.country) if x)) for r in e.roles]
    for n in article.numbers:
        value = f"{n.value} {n.unit}" if n.unit else f"{n.value}"
        spans.append(styled(n.start, n.end, NUMBER, "num", f"{n.kind}: {value}"))
    for q in article.quotes:
        who = (q.speaker.name or q.speaker.text) if q.speaker else "unknown speaker"
        spans.append(styled(q.start, q.end, QUOTE, "quote", f"{q.kind} quote: {who}"))
        if q.speaker:
            spans.append(styled(q.speaker.start, q.speaker.end, SPEAKER, "speaker",
                                f"speaker: {who}"))
        if q.cue:
            spans.append(styled(q.cue.start, q.cue.end, CUE, "cue", f"cue: {q.cue.lemma}"))
    return [s for s in spans if s.start < s.end]


def _slug(kind: str) -> str:
    return re.sub(r"[^\w-]+", "-", kind) or "-"


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
    if not cover:
        return chunk
    layers = sorted(cover, key=attrgetter("layer"))
    classes = " ".join(dict.fromkeys(s.cls for s in layers))
    style = ";".join(dict.fromkeys(s.css for s in layers if s.css))
    tips = " | ".join(dict.fromkeys(s.tip for s in layers if s.tip))
    style = f' style="{style}"' if style else ""
    title = f' title="{escape(tips)}"' if tips else ""
    return f'<span class="{classes}"{style}{title}>{chunk}</span>'


def _header(article: Article) -> str:
    counts = (f"{len(article.paragraphs)} paragraphs · {len(article.sentences)} sentences · "
              f"{len(article.entities)} entities · {len(article.numbers)} figures · "
              f"{len(article.quotes)} quotes")
    meta = article.meta
    facts = [f"{name}: {escape(value)}" for name, value in
             (("category", meta.category), ("byline", meta.byline)) if value]
    return (f'<div style="font-family:sans-serif;font-size:.85em;color:#374151">'
            f'{" · ".join(facts + [counts])}</div>')


def _legend(shades: dict) -> str:
    """Swatches: each entity kind found (or the type families when none), then the rest."""
    entities = [(f"ent-{f} kind-{_slug(k)}", f"background:{c}", f"{k} ({f})")
                for (f, k), c in shades.items()]
    entities = entities or [(f"ent-{f}", f"background:{p[0]}", f"{FAMILIES[f]} ({f})")
                            for f, p in SHADES.items() if f != "other"]
    rest = [(cls, STYLES[cls], label) for cls, label in LABELS.items()]
    items = "".join(f'<span class="legend {cls}" style="{css};margin-right:.8em">'
                    f'{escape(label)}</span>' for cls, css, label in entities + rest)
    return f'<div style="font-family:sans-serif;font-size:.8em;margin:.4em 0 .8em">{items}</div>'
