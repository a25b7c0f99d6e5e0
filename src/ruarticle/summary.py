"""A short human-readable account of an Article, for the terminal."""
from __future__ import annotations

from .records import Article

WIDTH = 100


def summarize(article: Article) -> str:
    lines = [_meta_line(article), ""]
    lines += [f"{p.index:>3} {p.kind:<12} {_clip(p.text)}" for p in article.paragraphs]
    if article.related:
        lines += ["", f"Related articles ({len(article.related)}):"]
        lines += [f"  - {_clip(r.headline)}" + (f"  [{r.age}]" if r.age else "")
                  for r in article.related]
    lines += _section("Entities", [_entity(e) for e in article.entities])
    lines += _section("Numbers", [_number(n) for n in article.numbers])
    lines += _section("Quotes", [_quote(q) for q in article.quotes])
    return "\n".join(lines)


def _meta_line(article: Article) -> str:
    meta = article.meta
    parts = [f"title: {meta.title!r}", f"category: {meta.category!r}", f"byline: {meta.byline!r}",
             f"{len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences"]
    return " | ".join(parts)


def _section(name: str, rows: list[str]) -> list[str]:
    return ["", f"{name} ({len(rows)}):", *("  " + row for row in rows)] if rows else []


def _entity(entity) -> str:
    roles = "; ".join(r.title + (f" ({r.organization})" if r.organization else "")
                      for r in entity.roles)
    country = f" [{entity.country}]" if entity.country else ""
    return f"{entity.id} {entity.kind}: {entity.name}{country}" + (f" - {roles}" if roles else "")


def _number(number) -> str:
    extras = [f"{k}={v}" for k, v in (("qualifier", number.qualifier), ("change", number.change),
                                      ("subject", number.subject), ("year", number.year)) if v]
    unit = f" {number.unit}" if number.unit else ""
    return f"{number.kind}: {number.text!r} = {number.value}{unit} " + " ".join(extras)


def _quote(quote) -> str:
    who = quote.speaker.name or quote.speaker.text if quote.speaker else "?"
    cue = quote.cue.text if quote.cue else "-"
    return f"{quote.kind} [{who} / {cue}] {_clip(quote.text, 80)}"


def _clip(text: str, width: int = WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
