"""Time of the quotations stage on one sentence repeated n times: linear time means
the seconds double when n doubles.

    .venv/bin/python benchmarks/quotes_scaling.py [n ...]   (default 1000 2000 4000)
"""
from __future__ import annotations

import sys
import time

import ruarticle
from ruarticle import entities, quotes, structure

SENTENCES = {
    "post and name": "Премьер-министр РК Алихан Смаилов заявил, что товарооборот вырос на 14%. ",
    "bare post": "Премьер-министр заявил, что товарооборот вырос на 14%. ",
    "paragraphs": "Министр Иван Петров заявил, что товарооборот вырос.\n\nПо его словам, это рекордный рост.\n\n",
}


def stage_seconds(text: str) -> tuple[float, float]:
    """(whole extract, quotes.find alone) in seconds."""
    import importlib
    tokens = importlib.import_module("ruarticle.tokens")
    start = time.perf_counter()
    ruarticle.extract(text)
    whole = time.perf_counter() - start
    layout = structure.segment(text, None)
    sentences = tokens.sentences(layout.paragraphs)
    people = entities.find(text, layout.paragraphs, sentences)
    start = time.perf_counter()
    quotes.find(text, layout.paragraphs, sentences, people)
    return whole, time.perf_counter() - start


def main(argv=None) -> None:
    counts = [int(n) for n in (argv if argv is not None else sys.argv[1:])] or [1000, 2000, 4000]
    ruarticle.extract(SENTENCES["post and name"])  # load the models once
    print("| input | repeats | extract, s | quotes.find, s |\n|---|---|---|---|")
    for name, sentence in SENTENCES.items():
        for n in counts:
            whole, stage = stage_seconds(sentence * n)
            print(f"| {name} | {n} | {whole:.2f} | {stage:.2f} |", flush=True)


if __name__ == "__main__":
    main()
