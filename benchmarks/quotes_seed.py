"""The seed article's seven expected quotes: found, speaker and cue.

    .venv/bin/python benchmarks/quotes_seed.py [--shared PATH]

Runs twice: with no entities (the pipeline as it is now), and with Entity records
built from the expected entities of the article (their listed mentions found in
the text, their roles, and bare posts added as mentions of the unique holder), to
show what speaker resolution does once the entities stage feeds it.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import re

import ruarticle
from ruarticle import quotes
from ruarticle.records import Entity, Mention, Role

from quotes_bench import jaccard, same_speaker, shared_dir

SEED = "articles/000_fd7d1c000fd4ba2b"


def entities_from(expected: dict, text: str, body_end: int) -> tuple[Entity, ...]:
    found = []
    for n, item in enumerate(expected["entities"], 1):
        mentions = [Mention(m.start(), m.end(), m.group(), item["name_normalised"])
                    for s in item.get("mentions_include", [])
                    for m in re.finditer(re.escape(s), text[:body_end])]
        roles = []
        for r in item.get("roles", []):
            at = text.find(r["title_text"])
            roles.append(Role(r["title_normalised"], None, r.get("country"), at,
                              at + len(r["title_text"]), r["title_text"]))
            post = r["title_normalised"]
            mentions += [Mention(m.start(), m.end(), m.group(), item["name_normalised"])
                         for m in re.finditer(rf"\b{re.escape(post)}\b", text[:body_end])
                         if not any(x.start <= m.start() < x.end for x in mentions)]
        found.append(Entity(f"E{n}", item["type"], item.get("kind", ""), item["name_normalised"],
                            item.get("country"), tuple(sorted(mentions, key=lambda m: m.start)),
                            tuple(roles)))
    return tuple(found)


def check(text: str, expected: list[dict], found) -> int:
    ok = 0
    cursor = 0
    for q in expected:
        at = text.find(q["text"], cursor)
        cursor = max(cursor, at)
        span = (at, at + len(q["text"]))
        best = max(found, key=lambda p: jaccard(span, (p.start, p.end)), default=None)
        hit = best is not None and jaccard(span, (best.start, best.end)) >= 0.5
        name = best.speaker.name if hit and best.speaker else None
        cue = best.cue.text if hit and best.cue else None
        good = hit and same_speaker(q["speaker_name"], name) and cue == q["cue"]
        ok += good
        print(f"  {'ok ' if good else 'BAD'} {q['kind']:8} cue={cue!r:18} speaker={name!r:20} "
              f"expected {q['speaker_name']!r} / {q['cue']!r}: {q['text'][:50]}")
    return ok


def score(shared, show: bool = True) -> tuple[int, int, int]:
    """(right without entities, right with entities, expected quotes) on the seed article."""
    if show:
        return _score(shared)
    with contextlib.redirect_stdout(io.StringIO()):
        return _score(shared)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared")
    args = ap.parse_args(argv)
    score(shared_dir(args.shared))


def _score(shared) -> tuple[int, int, int]:
    text = (shared / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    article = ruarticle.extract(text)
    body_end = max(p.end for p in article.paragraphs if p.kind != "boilerplate")
    print(f"without entities: {len(article.quotes)} quotes found")
    plain = check(text, expected["quotes"], article.quotes)
    ents = entities_from(expected, text, body_end)
    resolved = quotes.find(text, article.paragraphs, article.sentences, ents)
    print(f"with entities built from the expected entities: {len(resolved)} quotes found")
    full = check(text, expected["quotes"], resolved)
    n = len(expected["quotes"])
    print(f"seed article: {plain}/{n} right without entities, {full}/{n} with entities")
    return plain, full, n


if __name__ == "__main__":
    main()
