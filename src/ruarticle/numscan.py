"""Figures in the tokens of one sentence: where each is and what it is (kind, value, unit).

Readers are tried in order at each token; the first that recognises a figure
consumes its tokens. What bare numbers count is settled across sentences
(:mod:`ruarticle.numrefer`); qualifier and change (:mod:`ruarticle.numcontext`),
subject and year (:mod:`ruarticle.numsubject`) come after that.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import dates, numages, numcore, numdates, numnouns, numordinals, numwords, units
from .numcore import Core
from .numdraft import Draft, Found, each, part_of
from .numtokens import Tok
from .resources import table, word_set

CARDINAL_SUFFIXES = frozenset({"ти", "ми", "х", "ю", "и", "ью", "мя", "ех", "ух"})
ORDINAL_SUFFIXES = frozenset({"й", "го", "ого", "его", "м", "ом", "ем", "я", "ая", "е", "ое", "ю",
                              "ую", "ей", "ой", "му", "ому", "ые", "х", "ых", "ми", "ыми"})
FRACTION_MAX_DENOMINATOR = 10


def scan(toks: tuple[Tok, ...], blocked: frozenset[int]) -> list[Draft]:
    drafts: list[Draft] = []
    i = 0
    while i < len(toks):
        found = None if i in blocked else _read(toks, i)
        if found is None:
            i += 1
            continue
        drafts += found[0]
        i = max(found[1], i + 1)
    return drafts


def _read(toks: tuple[Tok, ...], i: int) -> Found | None:
    if not _may_start(toks[i]):
        return None
    for reader in READERS:
        found = reader(toks, i)
        if found is not None:
            return found
    return None


def _may_start(tok: Tok) -> bool:
    """Whether any reader could start a figure at this token, judged by the token alone.
    Most tokens are words that name no number; asking every reader about them costs eight
    calls each, this one cached look-up per word form."""
    if tok.kind == "num":
        return True
    if tok.kind == "word":
        return _word_may_start(tok.text)
    if tok.kind == "other":
        return units.sign(tok) is not None or tok.low in word_set("period_single.txt")
    return False  # a URL


@lru_cache(maxsize=100_000)
def _word_may_start(text: str) -> bool:
    """The first test of every reader that can start at a word, for one word form."""
    tok = Tok(0, len(text), text, "word", "")
    return (numwords.word(text) is not None or _compound_reading(tok.low) is not None
            or bool(dates.months(tok)) or tok.lemma in numwords.half_words()
            or tok.low in word_set("period_single.txt"))


# --- readers (READERS, at the end, lists them in the order they are tried) ---------

def _sign_money(toks, i) -> Found | None:
    """"$27 млн", "£15 млн"."""
    if toks[i].kind != "other" or i + 1 >= len(toks) or toks[i + 1].kind != "num":
        return None
    code = units.sign(toks[i])
    core = numcore.read(toks, i + 1) if code else None
    if core is None or core.suffix:
        return None
    return [Draft("money", i, core.end, numwords.tidy(v), code, part_of(core)) for v in core.values], core.end


def _fraction(toks, i) -> Found | None:
    """"3/4 срока": a share written as a fraction (not "24/7" or a season "2017/18")."""
    if i + 2 >= len(toks) or toks[i].kind != "num" or toks[i + 1].text != "/" \
            or toks[i + 1].gap or toks[i + 2].gap or toks[i + 2].kind != "num":
        return None
    if not (toks[i].text.isdigit() and toks[i + 2].text.isdigit()):
        return None
    top, bottom = int(toks[i].text), int(toks[i + 2].text)
    if not 0 < top < bottom <= FRACTION_MAX_DENOMINATOR:
        return None
    return [Draft("percent", i, i + 3, numwords.tidy(round(100 * top / bottom, 2)), "%")], i + 3


def _number(toks, i) -> Found | None:
    core = numcore.read(toks, i)
    if core is None:
        return None
    if core.suffix:
        return _suffixed(toks, core)
    if core.role == "ord":
        return _ordinal(toks, core)
    if core.role == "times":
        return [Draft("count", i, core.end, numwords.tidy(core.values[0]), "раз")], core.end
    if core.role == "frac" and not core.scaled:
        return _share(toks, core)
    if core.role == "card" and not core.digits and core.values == (1.0,):
        return _one(toks, core)
    drafts, end = _measured(toks, core)
    return _loose(toks, core, drafts, end)


def _half_word(toks, i) -> Found | None:
    """"полгода", "полчаса", "полмиллиона (рублей)"."""
    if toks[i].kind != "word":
        return None
    entry = numwords.half_words().get(toks[i].lemma)
    if entry is None:
        return None
    value, unit, kind = entry
    if unit is None:
        core = Core(i, i + 1, (value,), "card", False, scaled=True)
        return _measured(toks, core)
    return [Draft(kind, i, i + 1, numwords.tidy(value), unit)], i + 1


def _bare_period(toks, i) -> Found | None:
    """"продлили на год", "через месяц": one unit of time without a number."""
    tok = toks[i]
    by_verb = tok.low in word_set("period_accusative.txt") and _next_to_verb(toks, i)
    if not by_verb and (i == 0 or toks[i - 1].low not in word_set("period_prepositions.txt")):
        return None
    if tok.low not in word_set("period_single.txt"):
        return None
    unit = units.measure(toks, i)
    if unit is None or unit.kind != "period":
        return None
    return [Draft("period", i, i + 1, 1, unit.unit)], i + 1


def _next_to_verb(toks, i: int) -> bool:
    """"неделю провёл", "провела неделю": a verb right before or after the word."""
    if i > 0 and toks[i - 1].kind == "word" and (toks[i - 1].pos in ("ADJF", "PRTF", "NUMR", "NPRO")
                                                 or toks[i - 1].low in word_set("prepositions.txt")):
        return False  # "в этот месяц", "прошлую неделю"
    around = [toks[k] for k in (i - 1, i + 1) if 0 <= k < len(toks)]
    return any(t.kind == "word" and t.pos in ("VERB", "INFN", "GRND") for t in around)


# --- what a number measures -------------------------------------------------------

def _measured(toks, core: Core) -> Found:
    """Classify a cardinal by what follows it: a month, a year word, a unit, a noun, nothing."""
    for step in (_dated, _with_unit, _with_noun):
        found = step(toks, core)
        if found is not None:
            return found
    return _bare(toks, core)


def _dated(toks, core: Core) -> Found | None:
    """"8 марта", "2021 года", "11 летнего"."""
    j = core.end
    if numdates.is_days(core) and j < len(toks) and dates.month(toks[j], after_day=True):
        return numdates.date(toks, core)
    end = dates.year_word(toks, j) if numdates.is_year(core, named=True) else None
    if end:
        return each(core, "year", None, end), end
    if _spaced_age(toks, core, j):
        return [numages.compound_draft(toks, core.first, j + 1, core.values[0], ("год", "period"))], j + 1
    return None


def _with_unit(toks, core: Core) -> Found | None:
    """"14%", "18 млрд долларов", "110 км", "10 месяцев", "24 года" (an age); clock times dropped."""
    j = core.end
    unit = units.percent(toks, j) or units.currency(toks, j) or units.measure(toks, j)
    if unit is not None and unit.unit == "час" and _clock_time(toks, core, unit.end):
        return [], _minutes_after(toks, unit.end)
    if unit is not None:
        kind = "age" if unit.unit == "год" and numages.is_age(toks, core, unit.end) else unit.kind
        if unit.factor != 1.0:
            core = replace(core, values=tuple(v * unit.factor for v in core.values))
        if unit.unit == "градус" and _minus(toks, core.first):  # the sign is part of the number
            core = replace(core, first=core.first - 1, values=tuple(-v for v in core.values))
        return each(core, kind, unit.unit, unit.end, unit.noun, unit.named), unit.end
    if j < len(toks) and toks[j].low in word_set("clock_words.txt") and core.values[0] <= 12:
        return [], j + 1  # "около 5 утра"
    return None


def _with_noun(toks, core: Core) -> Found | None:
    """"135 товарным позициям", "5 летних месяцев", "на 34 месте"; "двух стран" dropped."""
    counted = numnouns.counted(toks, core.end)
    if counted is None:
        return None
    noun, end = counted
    if numnouns.is_pair(toks, core, counted):
        return [], end
    if numordinals.is_place(toks, core, core.end):
        return [Draft("ordinal", core.first, core.end, numwords.tidy(core.values[0]), None)], core.end
    later = units.currency(toks, end - 1) or units.measure(toks, end - 1)
    if later is not None and later.end == end:  # a unit after adjectives: "100 наличных долларов"
        return each(core, later.kind, later.unit, later.end, later.noun, later.named), later.end
    return each(core, "count", noun, end), end


def _bare(toks, core: Core) -> Found:
    """A number with nothing after it: a year ("в 2021"), an age ("исполнилось 30"), or a
    count whose unit is found later (:mod:`ruarticle.numbers`)."""
    j = core.end
    if numdates.is_year(core) and 1800 <= core.values[0] <= 2100:
        return each(core, "year", None, j), j
    if core.first and toks[core.first - 1].lemma in word_set("age_verbs.txt") and not core.scaled:
        return each(core, "age", "год", j), j
    bare = "scaled" if core.scaled else "digits" if core.digits else \
        "collective" if core.role == "coll" else "words"
    return [replace(d, bare=bare) for d in each(core, "count", None, j)], j


def _minus(toks, i: int) -> bool:
    """"-15 градусов", "минус 15 градусов": a temperature below zero."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.low == "минус" or prev.text in ("-", "−", "–") and not toks[i].gap


def _minutes_after(toks, j: int) -> int:
    """"в 3 часа 18 минут": the minutes of a clock time are part of it."""
    if j + 1 < len(toks) and toks[j].kind == "num" and toks[j + 1].lemma == "минута":
        return j + 2
    return j


def _spaced_age(toks, core: Core, j: int) -> bool:
    """"11 летнего мальчика": a "-летний" written apart; "5 летних месяцев" are summer ones."""
    if not core.digits or core.scaled or len(core.values) > 1 or j >= len(toks):
        return False
    word = toks[j]
    return (word.kind == "word" and numages.compound_unit(word.low, max_head=0) == ("год", "period")
            and not word.low.startswith("лети") and numages.age_next(toks, j + 1))


def _clock_time(toks, core: Core, end: int) -> bool:
    """"в 11 часов", "в три часа ночи": a time of day, not a duration."""
    if end < len(toks) and toks[end].lemma in word_set("time_of_day.txt"):
        return True
    return core.first > 0 and toks[core.first - 1].low in ("в", "к", "с", "до") and core.values[0] <= 24


def _ordinal(toks, core: Core) -> Found | None:
    """"третьего", "30-й"; dates ("5-го марта"), years ("2019-м году") and posts excluded."""
    j = core.end
    value = int(core.values[0])
    if j < len(toks) and dates.month(toks[j], after_day=True) and 1 <= value <= 31:
        return numdates.date(toks, core)
    after = dates.year_word(toks, j)
    if after and after < len(toks) and toks[after].lemma == "жизнь":
        return [Draft("age", core.first, after, value, "год")], after  # "на 97-м году жизни"
    if after and core.digits and dates.is_year_value(value):
        return [Draft("year", core.first, after, value, None)], after  # "в 2019-м году"
    if core.digits and len(core.raw) == 4 and 1900 <= value <= 2100:
        return [Draft("year", core.first, j, value, None)], j  # "чем в 2020-м"
    first = toks[core.first]
    if not core.digits and core.first > 0 and first.text[:1].isupper():
        return [], j  # "Второй мировой", "Первый канал": names
    if numordinals.fixed_phrase(toks, core) or numordinals.vague_plural(toks, core):
        return [], j  # posts, idioms, "в первые часы"
    if core.first > 0 and toks[core.first - 1].low == "не":
        return [], j  # "уже не первый случай"
    return [Draft("ordinal", core.first, j, value, None)], j


def _share(toks, core: Core) -> Found | None:
    """"половины голосов" 50%, "трети" 33.33%, "две трети" 66.67%."""
    i, j = core.first, core.end
    before = numwords.word(toks[i - 1].text) if i > 0 else None
    if before is not None and before.role == "ord":
        return [], j  # "вторая половина"
    if j < len(toks) and toks[j].kind == "word" and toks[j].pos in ("VERB", "NUMR"):
        return None
    value = round(core.values[0] * 100, 2)
    return [Draft("percent", i, j, numwords.tidy(value), "%")], j


def _one(toks, core: Core) -> Found | None:
    """"один" is a figure only with a unit or a scale: "один миллион", "одна тонна"."""
    drafts, end = _measured(toks, core)
    if drafts and drafts[0].kind in ("money", "percent", "quantity", "period", "age"):
        return drafts, end
    return None


def _suffixed(toks, core: Core) -> Found | None:
    """Digits glued to letters: "31-летнего", "100-долларовой", "1990-е", "13-ю филиалами"."""
    s, j, value = core.suffix, core.end, core.values[-1]
    tok = toks[core.first]
    if any(ch.isupper() for ch in tok.text.rsplit("-", 1)[-1]) or not s.isalpha():
        return [], j  # "44-ФЗ": a name
    unit = numages.compound_unit(s)
    if unit:  # "31-летнего", "34-хлетний", "60-дневная", "100-летия", "5-процентный"
        return [numages.compound_draft(toks, core.first, j, value, unit, "лети" in s)], j
    code = units.currency_stem(s)
    if code:
        return [Draft("money", core.first, j, numwords.tidy(value), code)], j
    if s in ("е", "х", "ые", "ых") and value % 10 == 0 and numdates.is_decade(toks, core):
        end = dates.year_word(toks, j) or j
        return [Draft("year", core.first, end, dates.decade(int(value)), None)], end
    if s in CARDINAL_SUFFIXES and j < len(toks) and toks[j].kind == "word" and not toks[j].gap.strip():
        unit = numages.compound_unit(toks[j].low, max_head=0)
        if unit:  # "85-ти летний"
            anniversary = "лети" in toks[j].low
            return [numages.compound_draft(toks, core.first, j + 1, value, unit, anniversary)], j + 1
    plain = replace(core, suffix="", values=core.values)
    if s in CARDINAL_SUFFIXES and _cardinal_ending(s, core.raw) and numnouns.plural_next(toks, j):
        return _measured(toks, plain)
    if s in ORDINAL_SUFFIXES:
        return _ordinal(toks, replace(plain, role="ord"))
    return [], j


def _years_old_word(toks, i) -> Found | None:
    """"сорокалетнего", "пятилетний", "двухнедельных": a number word glued to a unit adjective."""
    tok = toks[i]
    if tok.kind != "word":
        return None
    reading = _compound_reading(tok.low)
    if reading is None:
        return None
    value, unit = reading
    return [numages.compound_draft(toks, i, i + 1, value, unit, "лети" in tok.low)], i + 1


@lru_cache(maxsize=100_000)
def _compound_reading(low: str) -> tuple[float, tuple[str, ...]] | None:
    """(value, unit) of a compound number word, worked out once per word form."""
    for stem, *unit in table("compound_units.tsv"):
        prefix, found, _ = low.partition(stem)
        value = _prefix_value(prefix) if found and len(prefix) >= 2 else None
        if value is not None:
            return value, tuple(unit)
    return None


def _prefix_value(prefix: str) -> float | None:
    """"сорока" 40, "пяти" 5, "дву" 2: the number a compound word starts with."""
    combining = {form: float(value) for form, value in table("number_prefixes.tsv")}
    if prefix in combining:
        return combining[prefix]
    entry = numwords.word(prefix)
    return entry.value if entry is not None and entry.role == "card" else None


def _cardinal_ending(suffix: str, raw: str) -> bool:
    """"-х" reads "двух/трёх/четырёх" only after 2, 3, 4 ("3-х"); after "30" it is
    an ordinal ("30-х чтениях")."""
    if suffix not in ("х", "ех", "ух"):
        return True
    return raw[-1:] in "234" and raw[-2:-1] != "1"


# --- ranges written with words ----------------------------------------------------------

def _loose(toks, core: Core, drafts: list[Draft], end: int) -> Found:
    """"от 5 до 7 млн рублей", "100 и 200 млн долларов": the first number borrows the
    second one's scale and unit."""
    if len(drafts) != 1 or drafts[0].bare is None:
        return drafts, end
    if end + 1 >= len(toks) or toks[end].low not in ("до", "по", "на", "и", "или", "-", "–", "—"):
        return drafts, end
    opener = core.first > 0 and toks[core.first - 1].low in word_set("range_openers.txt")
    if toks[end].low in ("до", "по", "на") and not opener:
        return drafts, end
    second = numcore.read(toks, end + 1)
    if second is None or second.suffix or second.role != "card":
        return drafts, end
    rest, after = _measured(toks, second)
    if not rest or (rest[0].bare and not second.scaled) or rest[0].kind in ("year", "ordinal"):
        return drafts, end
    if rest[0].kind == "date":
        return numdates.date_pair(core, rest, after, opener, drafts, end)
    if toks[end].low in ("по", "на"):
        return drafts, end
    value = core.values[0] * (second.scale if not core.scaled else 1)
    first = replace(rest[0], first=core.first, end=core.end, value=numwords.tidy(value),
                    part="from" if opener else None)
    if opener:
        rest = [replace(r, part="to") for r in rest]
    return [first] + rest, after


READERS = (_sign_money, _fraction, numdates.numeric_date, _number, _years_old_word,
           numdates.month_alone, _half_word, _bare_period)
