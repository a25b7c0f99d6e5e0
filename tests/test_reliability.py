"""Any text in, a true record out: property tests over hostile and mutated input.

The example budget is fixed so the suite's time stays bounded in CI."""
from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruarticle import extract

from invariants import check  # noqa: E402 (tests folder is on sys.path)

BUDGET = settings(max_examples=150, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))

HOSTILE = st.sampled_from([
    "«", "»", "„", "“", "”", '"', "'", "‘", "’", "—", "– ", "-", ":", ",", ".", "\n", "\r\n", "\r",
    "\u2028", "\x00", "\x1b", "\u200b", "\u200e", "\u202e", "\ufeff", "\ud800", "\udfff",
    "😀", "👍🏽", "𗀀", "\U000e0001", "Қазақстан", "Україна", "ґ", "ў", "Xiaomi", "10000000000000000000000",
    "&laquo;", "&nbsp;", "<p>", "</p>", "<br/>", "Читайте также", "Recent Posts",
    "16 часов ago", "Фото: ТАСС", "подчеркнул он.", "сказала она:", "Categories: Политика",
    "Алихан Смаилов", "премьер-министр РК", "по его словам,", "заявил, что", "14%",
    "18 млрд долларов", "восемью", "2021 года", "8 марта", "РК", "КНР", "Казахстаном",
])
WORDS = st.text(st.characters(codec=None), max_size=12)
SEED_ARTICLE = """Categories: Экономика

Казахстан и Китай нарастили торговлю на 14%

Премьер-министр РК Алихан Смаилов заявил, что товарооборот между Казахстаном и Китаем вырос на 14% и достиг 18 млрд долларов.

«Мы готовы к диалогу», — сказал Ли Кэцян. По его словам, стороны откроют третий пункт пропуска.

Мы готовы и дальше работать вместе,

подчеркнул премьер-министр.
Насия Алябьева

Recent Posts

Глава государства принял президента Красного Креста
В ходе встречи с Мирьяной Сполярич…

16 часов ago
"""


@BUDGET
@given(st.lists(st.one_of(HOSTILE, WORDS), max_size=60))
def test_hostile_text_gives_a_true_record(parts):
    check(extract("".join(parts)))


@BUDGET
@given(st.lists(st.tuples(st.integers(0, len(SEED_ARTICLE)), st.integers(0, 40),
                          st.one_of(HOSTILE, WORDS)), max_size=8))
def test_mutated_article_gives_a_true_record(edits):
    text = SEED_ARTICLE
    for position, cut, insert in edits:
        text = text[:position] + insert + text[position + cut:]
    check(extract(text))


def test_long_digit_runs_and_unclosed_quotes():
    for text in ("1" * 5000, "«" + "слово " * 2000, "— " * 3000, "»»»««« — „“ ‘’"):
        check(extract(text))


def test_html_input_keeps_offsets():
    text = "<p>Премьер-министр РК Алихан Смаилов заявил: &laquo;Рост&nbsp;составил 14%&raquo;.</p>"
    check(extract(text))


def test_output_is_the_same_across_processes():
    code = ("import sys, json, ruarticle; "
            "print(json.dumps(ruarticle.extract(sys.stdin.read()).to_dict(), sort_keys=True))")
    result = subprocess.run([sys.executable, "-c", code], input=SEED_ARTICLE,
                            capture_output=True, text=True, encoding="utf-8", check=True)
    assert json.loads(result.stdout) == extract(SEED_ARTICLE).to_dict()


def test_threads_give_the_sequential_results():
    texts = [SEED_ARTICLE, SEED_ARTICLE.replace("14%", "15%"), "Короткий текст.", ""] * 4
    expected = [extract(t).to_dict() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        assert [a.to_dict() for a in pool.map(extract, texts)] == expected


def test_lazy_loading_is_safe_when_eight_threads_start_at_once():
    code = """
import json, sys, threading, ruarticle
text = sys.stdin.read()
barrier, results = threading.Barrier(8), [None] * 8
def work(i):
    barrier.wait()
    results[i] = ruarticle.extract(text).to_dict()
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps([r == results[0] for r in results] + [results[0] == ruarticle.extract(text).to_dict()]))
"""
    result = subprocess.run([sys.executable, "-c", code], input=SEED_ARTICLE,
                            capture_output=True, text=True, encoding="utf-8", check=True)
    assert json.loads(result.stdout) == [True] * 9
