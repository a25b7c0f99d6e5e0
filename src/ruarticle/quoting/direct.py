"""Direct speech: words in quotation marks or after a dialogue dash, attributed
by an adjacent author's clause ("», — сказал он", "Он заявил: «").

Marks that no reporting clause touches are names or scare quotes, not speech.
"""
from __future__ import annotations

import regex

from .. import morph
from ..resources import word_set
from . import inscriptions, marks, phrases, sources
from .draft import Draft, trim
from .lexicon import QUOTING_NOUNS, cue_lemma, cue_phrase, is_impersonal, listed_verb, stance_lemma
from .words import SURNAME_ENDINGS, Word, best_pos, can_be_case, is_latin, is_name_like, is_person_name, parses, tokenize, verb_gender

# ", — " that hands over from speech to the author ("Я готов, — сказал он").
# A spaced hyphen stands for the dash in plain-typed text: "..., - заявил он. - ...".
INSERT = regex.compile(r"(?:[,!?….]|\.\.\.)\s*(?:[—–]|(?<=\s)-)\s+(?=\p{Ll})")
# The author's clause gives the floor back: "сказал он. — Дальше".
RESUME = regex.compile(r"[,.:]\s*(?:[—–]|(?<=\s)-)\s+")
AFTER = regex.compile(r"\s*+(?:(?:[,!?…]|\.\.\.)?\s*+[—–-]|,)\s*+(?=\p{L})")
DIALOGUE = regex.compile(r"[—–-]\s+")
DASH_AFTER = regex.compile(r"\s*+(?:[,!?…]|\.\.\.)?\s*+[—–-]\s")
COORDINATE = regex.compile(r"и\s")  # ", и" after the marks joins a second predicate
RELATIVE = regex.compile(r"котор(?:ый|ая|ое|ые|ого|ой|ому|ую|ым|ых|ыми)\b", regex.IGNORECASE)
# the author's clause ends at a stop, but not at an initial's: "— сказал И. Петров", "Т.Чхеидзе"
# nor at the dot of a Latin site's address: "— цитирует Infox.ru пресс-службу"
CLAUSE_END = regex.compile(r"(?<!(?:^|[\s.])\p{Lu})\.(?![a-z])|[!?;]|\s[—–]\s|$")
LOOSE = regex.compile('[«»„“”"]')
SENTENCE_END = regex.compile(r"[.!?…]\s")
WITH_WORDS = regex.compile(r"(?<!\w)(со?|при)\s+(\w+)\s*:?\s*(?:'')?\s*$", regex.IGNORECASE)  # "при словах: «"
CUE_REACH = 6
ACCORDING_NOUNS = ("словам", "мнению")  # a person's own words, not "по данным"
POSSESSIVES = frozenset({"его", "ее", "их"})  # a third person's, not "свои слова"
CITING = ("цитировать", "процитировать")  # the object is the one whose words they are
OUTLET_WORDS = 4  # words and marks of an outlet's name between "цитирует" and the one quoted
MIN_SPEECH_WORDS = 2
STANDALONE_WORDS = 6  # a quoted paragraph long enough to be speech, not a slogan or a title
LISTED = regex.compile(r"[!?.…]?[»“”\"]\s*(?:,|,?\s+(?:и|или|а\s+также))\s*")  # "», «", "» и «"
# "», говорит Юханссон, «": the closing mark, an author's insert with no stop, a comma and the opening mark
INSERTED = regex.compile(r"[!?…]?[»“”\"]\s*,\s*[—–]?\s*[^«»„“”\".!?;:]{3,80}?,\s*[—–]?\s*")
COLON_SPEECH_WORDS = 5  # a quoted sentence after a colon with no reporting verb
SOURCE_MAX_WORDS = 12  # a person's description and name before "Name: «...»"
NAMED_SOURCE_WORDS = 3
SPEECH_NOUN_REACH = 6  # words from the colon back to a noun of something said  # fewer quoted words after "Name:" may be a title


def find(text: str, start: int, end: int, paragraph: int) -> list[Draft]:
    drafts: list[Draft] = []
    if DIALOGUE.match(text, start):
        begin = DIALOGUE.match(text, start).end()
        drafts += _utterance(text, begin, end, end, paragraph) or _bare_turn(text, begin, end, paragraph)
    else:
        outer = marks.outer(text, start, end)
        for m in outer:
            drafts += _marked(text, m, start, end, paragraph, drafts)
        drafts += _unbalanced(text, start, end, paragraph)
        drafts += inscriptions.find(text, start, end, paragraph, outer, drafts)
    return drafts


def resumed(text: str, start: int, end: int, paragraph: int, said: list[Draft],
            last: Draft | None) -> list[Draft]:
    """Marks holding a whole sentence, or opened after a colon, that no quote covers, after
    a quote with a speaker in this paragraph or the one before: that speaker goes on
    ("Далее X сказал, что ... . «Мы не видим здесь проблем»")."""
    drafts = []
    for m in marks.outer(text, start, end):
        before = [d for d in said if d.speaker and d.end <= m.open] or ([last] if last else [])
        if not before or any(d.start < m.close and m.open < d.end for d in said) \
                or not (_whole_sentence(text, start, m) or _colon_sentence(text, start, m)):
            continue
        s, e = trim(text, m.start, m.end, keep_stop=True)
        speaker = max(before, key=lambda d: d.end)
        drafts.append(Draft("direct", s, e, paragraph, None, speaker.speaker, speaker.gender))
    return drafts


def standalone(text: str, start: int, end: int, paragraph: int, voice: Draft | None) -> list[Draft]:
    """A paragraph that is nothing but words in marks, speaking in the first or second
    person, with no attribution of its own: the voice quoted last in the article goes on
    ("«Мы рассматриваем все возможности. ...»" some paragraphs after his first quote)."""
    outer = marks.outer(text, start, end)
    if voice is None or voice.speaker is None or len(outer) != 1:
        return []
    m = outer[0]
    if text[start:m.open].strip() or text[m.close + 1:end].strip(" .!?…\n"):
        return []
    words = [w for w in tokenize(text, m.start, m.end) if w.is_word]
    if len(words) < STANDALONE_WORDS or not any(w.low in word_set("quote_speaking_persons.txt") for w in words):
        return []
    s, e = trim(text, m.start, m.end, keep_stop=True)
    return [Draft("direct", s, e, paragraph, None, voice.speaker, voice.gender)]


def _bare_turn(text, start, end, paragraph) -> list[Draft]:
    """"— Возможно, я приму другое решение.": a dash-led turn with no attribution is
    speech when it speaks in the first or second person (a list item does not)."""
    words = tokenize(text, start, end)
    if len([w for w in words if w.is_word]) < MIN_SPEECH_WORDS + 1 \
            or not (any(w.low in word_set("quote_speaking_persons.txt") for w in words)
                    or _closes_a_quote(text, start, end)):
        return []
    s, e = trim(text, start, end, keep_stop=True)
    if _closes_a_quote(text, start, end):
        e = text.rindex("»" if "»" in text[s:e] else "“", s, e)  # the closing mark is not speech
        s, e = trim(text, s, e, keep_stop=True)
    return [Draft("direct", s, e, paragraph)] if e > s else []


def _closes_a_quote(text: str, start: int, end: int) -> bool:
    """"— Боже, благослови всех!»": a turn that ends by closing marks it never opened
    is the last part of a quotation begun before it."""
    piece = text[start:end].rstrip().rstrip(".")
    return piece.endswith(("»", "“")) and piece.count("«") < piece.count("»")


def _unbalanced(text, start, end, paragraph) -> list[Draft]:
    """A piece cut out of a longer quotation, one of its marks outside the piece:
    "...конец цитаты», — сказал он." or "Он сказал: «Начало цитаты..."."""
    paired = {k for m in marks.pairs(text, start, end) for k in (m.open, m.close)}
    loose = [m for m in LOOSE.finditer(text, start, end) if m.start() not in paired]
    drafts = []
    first = loose[0] if loose else None
    if first is not None and first.group() in "»”\"" and text[first.start() - 1:first.start()].strip():
        tail = _after(text, first.end(), end)
        s, e = trim(text, start, first.start(), keep_stop=True)
        if tail and e > s:
            drafts.append(Draft("direct", s, e, paragraph, *tail))
    last = loose[-1] if loose else None
    if last is not None and last.group() in "«„“\"" and not (drafts and last is first):
        before = before_colon(text, start, last.start()) or named_source(text, start, last.start())
        s, e = trim(text, last.end(), end, keep_stop=True)
        if before and e > s and not any(d.start >= last.start() for d in drafts):
            drafts.append(Draft("direct", s, e, paragraph, *before))
    return drafts


def _marked(text, m, lo, hi, paragraph, earlier) -> list[Draft]:
    names = _names_only(text, m.start, m.end)
    dashed = DASH_AFTER.match(text, m.close + 1, hi) is not None \
        and not (names and _name_in_phrase(text, lo, m))
    if not names or dashed or _attributed_opening(text, lo, m, hi):
        parts = _utterance(text, m.start, m.end, hi, paragraph, after_from=m.close + 1)
        if parts:
            return parts
    before = before_colon(text, lo, m.open, any_verb=len(tokenize(text, m.start, m.end)) > MIN_SPEECH_WORDS)
    if not before and earlier and _listed(text, earlier[-1], m):
        before = earlier[-1].cue, earlier[-1].speaker, earlier[-1].gender
    if not before and len(tokenize(text, m.start, m.end)) >= NAMED_SOURCE_WORDS:
        before = named_source(text, lo, m.open) or speech_noun(text, lo, m.open)  # "Сергей Петухов: «...»"
        names = names and before is None
    if names and not (before and _speech(text, m, before[0][2])):
        return []
    if before:
        cue, speaker, gender = before
        s, e = trim(text, m.start, m.end, keep_stop=True)
        return [Draft("direct", s, e, paragraph, cue, speaker, gender)]
    with_words = None if names else _with_words(text, lo, m.open)
    if with_words:
        s, e = trim(text, m.start, m.end, keep_stop=True)
        return [Draft("direct", s, e, paragraph, *with_words)]
    person = clause_person(text, lo, m.open) if not names and _colon_sentence(text, lo, m) else None
    if person:
        s, e = trim(text, m.start, m.end, keep_stop=True)
        return [Draft("direct", s, e, paragraph, None, person, None)]
    if earlier and (_whole_sentence(text, lo, m) or _after_dash(text, lo, m)):
        s, e = trim(text, m.start, m.end, keep_stop=True)
        last = earlier[-1]
        return [Draft("direct", s, e, paragraph, None, last.speaker, last.gender)]
    if earlier and _after_insert(text, earlier[-1], m):
        s, e = trim(text, m.start, m.end, keep_stop=True)
        last = earlier[-1]
        return [Draft("direct", s, e, paragraph, last.cue, last.speaker, last.gender)]
    return []


def _after_insert(text: str, last: Draft, m) -> bool:
    """"«...», говорит Юханссон, «поэтому я продолжу»": marks opened right after the
    author's insert that attributed the quote before them go on with the same speech,
    dashes or not."""
    if last.cue is None or last.speaker is None or not last.end < last.cue[0] < m.open:
        return False
    return INSERTED.fullmatch(text, last.end, m.open) is not None and len(tokenize(text, m.start, m.end)) >= 3


def _name_in_phrase(text: str, lo: int, m) -> bool:
    """"один из фаворитов консервативного «Движения чаепития» — намекал": a name that a
    word leads into, closed by a bare dash (speech would end "», —"), is part of an
    apposition set off by dashes."""
    lead = text[lo:m.open].rstrip()
    return bool(lead) and lead[-1].isalpha() and not regex.match(r"\s*[,!?…]", text[m.close + 1:])


def _utterance(text, start, end, hi, paragraph, after_from=None) -> list[Draft]:
    """Split speech interrupted by author's inserts; attribute every part."""
    pieces, inserts, pos = [], [], start
    for ins in INSERT.finditer(text, start, end):
        if ins.start() < pos:
            continue
        author_end = RESUME.search(text, ins.end(), end)
        a_end = author_end.start() if author_end else end
        found = author(text, ins.end(), a_end)
        if not found:
            continue
        pieces.append((pos, ins.start()))
        inserts.append(found)
        pos = author_end.end() if author_end else end
    if pos < end:
        pieces.append((pos, end))
    if after_from is not None:
        tail = _after(text, after_from, hi)
        if tail:
            inserts.append(tail)
    if not inserts:
        return []
    drafts = []
    for n, (s, e) in enumerate(pieces):
        cue, speaker, gender = inserts[min(n, len(inserts) - 1)]
        s, e = trim(text, s, e, keep_stop=True)
        if e > s:
            drafts.append(Draft("direct", s, e, paragraph, cue, speaker, gender))
    return drafts


def _after(text, at, hi):
    m = AFTER.match(text, at, hi)
    if not m or RELATIVE.match(text, m.end(), hi):
        return None  # "акция «Последний шанс», которая намечена ...": a name the clause describes
    if COORDINATE.match(text, m.end(), hi) and not any(c in m.group() for c in "—–-"):
        return None  # "заявил, что «...», и подтвердил готовность": the subject's second act
    return _without_site(text, author(text, m.end(), _clause_end(text, m.end(), hi)))


def _clause_end(text, start, hi):
    """Where the author's clause ends: its stop or a dash handing the floor back, but not
    a stop or dash inside a name in marks ("лидер движения «Нет — за наши села» Виорика Русу")."""
    at = start
    while (clause := CLAUSE_END.search(text, at, hi)) is not None and clause.start() < hi:
        opened = text.rfind("«", start, clause.start())
        if opened < 0 or text.rfind("»", opened, clause.start()) >= 0:
            return clause.start()
        close = text.find("»", clause.start(), hi)
        if close < 0:
            return clause.start()
        at = close + 1
    return hi


def _without_site(text, found):
    """"— цитирует Хвана Чжан Епа Lenta.ru": a site's address closing a speaker named in
    Cyrillic is the outlet that repeats the words, no part of the name."""
    if not found or not found[1]:
        return found
    cue, (start, end), gender = found
    words = tokenize(text, start, end)
    if len(words) > 1 and "." in words[-1].text and is_latin(words[-1]) and not is_latin(words[-2]) \
            and words[-2].is_word:
        return cue, (start, words[-2].end), gender
    return found


def author(text, start, end):
    """(cue, speaker, gender) of an author's clause, the cue among its first words."""
    words = tokenize(text, start, end)
    with_these = _with_these_words(words) or _these_words_of(words)
    if with_these:
        return with_these
    for i, word in enumerate(words[:CUE_REACH]):
        multi = cue_phrase(words, i)
        if multi and multi[1].endswith(QUOTING_NOUNS):  # "— приводит слова губернатора ТАСС"
            cue = (word.start, words[multi[0]].end, multi[1])
            return cue, sources.genitive(words, multi[0] + 1), verb_gender(word)
        lemma = cue_lemma(word, ("VERB",)) or stance_lemma(word)  # "— уверен губернатор"
        if lemma:
            return _attribution(words, i, lemma, 0, len(words))
        if multi and best_pos(word) == "VERB":  # "», — раскрыл свою мысль постановщик"
            return _attribution(words, i, multi[1], 0, len(words))
        manner = listed_verb(word, "quote_manner_verbs.txt") if i == 0 else None
        if manner:  # "— ..., — улыбнулась Полунина": how the words were said, right after them
            return _attribution(words, i, manner, 0, len(words))
    return None


def _with_these_words(words):
    """"«...», — с этими словами Квачков отправился ...": the subject of the verb after
    "с этими (такими) словами" said the words."""
    if len(words) < 5 or words[0].low not in ("с", "со") or words[1].low not in ("этими", "такими") \
            or morph.lemma(words[2].low) != "слово":
        return None
    verb = next((k for k in range(3, len(words)) if words[k].is_word and best_pos(words[k]) == "VERB"), None)
    if verb is None:
        return None
    gender = verb_gender(words[verb])
    span = phrases.before(words, verb, 3, gender)
    if span is None or not phrases.names_someone(words, span):
        return None
    return (words[0].start, words[2].end, "с этими словами"), (words[span[0]].start, words[span[1] - 1].end), gender


def _these_words_of(words):
    """"«...», — эти слова командира корабля Павла Виноградова цитирует ТАСС": the words
    are the genitive's after "эти слова", whoever repeats them."""
    if len(words) < 4 or words[0].low not in ("эти", "такие") or morph.lemma(words[1].low) != "слово" \
            or not can_be_case(words[2], "gent", 0.1):
        return None
    verb = next((k for k in range(3, len(words)) if words[k].is_word and best_pos(words[k]) == "VERB"
                 and cue_lemma(words[k], ("VERB",))), None)
    quoted = sources.genitive(words, 2)
    if verb is None or quoted is None:
        return None
    named = _holder_named(words, 2, verb)
    if named is not None and words[named].end > quoted[1]:
        quoted = quoted[0], words[named].end
    return (words[verb].start, words[verb].end, cue_lemma(words[verb], ("VERB",))), quoted, None


def before_colon(text, lo, open_at, any_verb=False):
    """The clause ending in a colon right before the opening mark: "X заявил: «"."""
    head = text[lo:open_at].rstrip().rstrip("'").rstrip()  # wiki markup: "сказал: ''«"
    if not head.endswith(":"):
        return None
    clause_start = _sentence_start(text, lo, open_at)
    # after an earlier quote in the sentence: "крикнул: «...», украинцы ответили: «...»"
    clause_start = max([clause_start] + [m.close + 1 for m in marks.outer(text, lo, open_at)
                                         if text[m.close + 1:m.close + 2] in (",", "!", "?")
                                         and not _names_only(text, m.start, m.end)])
    words = tokenize(text, clause_start, lo + len(head) - 1)
    # the first reporting verb leads the clause: "Он рассказал, что родители назвали его так:"
    quoted = [(m.open, m.close) for m in marks.outer(text, clause_start, open_at)]
    negated = None
    for i in range(len(words)):
        multi = cue_phrase(words, i)  # "привёл слова министра:"
        # an infinitive right before the colon leads too: "начали скандировать: «...»"
        pos = ("VERB", "PRTS", "GRND", "INFN") if i == len(words) - 1 else ("VERB", "PRTS", "GRND")
        lemma = cue_lemma(words[i], pos) or (multi[1] if multi else None)
        inside = any(a < words[i].start < b for a, b in quoted)  # «Говорит Москва» is a name
        if lemma and not inside and not (i > 0 and words[i - 1].low == "что"):
            if best_pos(words[i]) == "GRND" and _finite_cue_after(words, i):
                continue  # "Отвечая на вопрос о ..., представитель МИД заявил:" leads with "заявил"
            if any(w.low.startswith("котор") for w in words[:i]) and _finite_cue_after(words, i):
                continue  # "..., которым интересуются клубы, Касымов ответил:": the relative clause's verb
            if i > 0 and words[i - 1].low == "не":  # "По словам X, власти не отвечают:"
                if best_pos(words[i]) != "GRND":  # "ушёл, не сказав: «...»" says nothing
                    negated = negated or (i, lemma)
                continue
            return _attribution(words, i, lemma, 0, len(words), subject_first=True)
    found = _according_clause(words)
    if found is None and any_verb:
        found = _any_verb(words)
    if found is None and negated:  # "Он не сказал ничего, кроме одного:"
        found = _attribution(words, negated[0], negated[1], 0, len(words), subject_first=True)
    return found


def _finite_cue_after(words: list[Word], i: int) -> bool:
    return any(cue_lemma(w, ("VERB",)) for w in words[i + 1:])


def _any_verb(words: list[Word]):
    """"после которого она отшутилась: «...»": any finite verb of a named subject right
    before the colon introduces the marked words, listed as a cue or not."""
    i = len(words) - 1
    if i < 0 or not words[i].is_word or best_pos(words[i]) != "VERB" \
            or (i > 0 and words[i - 1].low == "не"):
        return None
    lemma = morph.lemma(words[i].low)
    if lemma in word_set("quote_not_cues.txt") or lemma in word_set("quote_copulas.txt"):
        return None
    found = _attribution(words, i, lemma, 0, len(words), subject_first=True)
    return found if found[1] is not None else None


def _according_clause(words):
    """"По словам актрисы, ... она не требует многого: «...»": the clause's source
    speaks the words after its colon."""
    if len(words) < 3 or words[0].low != "по" or words[1].low not in ACCORDING_NOUNS:
        return None
    speaker = sources.genitive(words, 2)
    if speaker is None:
        return None
    return (words[0].start, words[1].end, "по " + words[1].low), speaker, None


def _possessor(words: list[Word], i: int, noun: int) -> tuple[int, int] | None:
    """"ТАСС приводит его слова:": the possessive before the quoting noun is whose words
    they are (the outlet only relays them), as a genitive after it would be."""
    owner = next((w for w in words[i + 1:noun] if w.low in POSSESSIVES), None)
    return (owner.start, owner.end) if owner is not None else None


def _attribution(words: list[Word], i: int, lemma: str, lo: int, hi: int, subject_first=False):
    cue = (words[i].start, words[i].end, lemma)
    multi = cue_phrase(words, i)
    if best_pos(words[i]) == "INFN" and i > lo and best_pos(words[i - 1]) == "VERB":
        i -= 1  # "начали скандировать": the finite verb carries the subject
    gender = verb_gender(words[i])
    if multi:  # "пришёл к выводу", "привёл слова": the cue is the whole phrase
        cue = (words[i].start, words[multi[0]].end, multi[1])
    if multi and multi[1].endswith(QUOTING_NOUNS):  # "X цитирует слова министра: «...»"
        quoted = sources.genitive(words, multi[0] + 1) if multi[0] + 1 < hi else None
        quoted = quoted or _possessor(words, i, multi[0])
        if quoted:
            return cue, quoted, None
    quoted = _cited_after_outlet(words, i, hi) if lemma in CITING else None
    if quoted:  # "цитирует РБК директора компании Анну Петрову": hers, not РБК's
        return cue, quoted, None
    if lemma in CITING and i + 1 < hi and words[i + 1].is_word and can_be_case(words[i + 1], "accs") \
            and not any("nomn" in p.tag for p in parses(words[i + 1])[:1]):
        k = i + 1
        while k < hi and words[k].is_word and words[k].is_upper and not words[k].initial:
            k += 1  # the name only: "процитировал Амстеля собеседник агентства"
        quoted = (words[i + 1].start, words[k - 1].end) if k > i + 1 else sources.genitive(words, i + 1)
        if quoted:  # Амстель's words, whoever repeats them
            return cue, quoted, None
    if is_impersonal(words[i]) or (gender == "plur" and not phrases.before(words, i, lo, gender)):
        span = sources.locative(words, lo, hi, marked=not is_impersonal(words[i]))  # "говорится в сообщении X", "сообщили в X"
        if span or is_impersonal(words[i]):
            return cue, span, None
    if subject_first and (any(w.low in sources.JOINING for w in words[max(lo, i - 2):i])
                          or best_pos(words[i]) == "GRND"):
        shared = sources.shared_subject(words, i)  # "позвонил брат Пётр и сказал: «...»"
        if shared:
            return cue, shared, gender
    if subject_first:
        span = phrases.before(words, i, lo, gender) or phrases.after(words, i, hi)
        span = span if span and phrases.names_someone(words, span) else None
    else:
        span = phrases.after(words, i, hi) or phrases.before(words, i, lo, gender)
    # "письмо, в котором возмутился: «»", "вышла к журналистам, объявила: «»"
    speaker = (words[span[0]].start, words[span[1] - 1].end) if span \
        else sources.relative_author(words, i, lo) or sources.listed_subject(words, i, lo)
    return cue, speaker, gender


def _cited_after_outlet(words: list[Word], i: int, hi: int):
    """"цитирует Infox.ru пресс-службу Минобороны", "цитирует «РИА Новости» директора
    завода": the outlet repeating the words stands between the verb and the one whose
    words they are, who opens with a common noun that can only be the verb's object."""
    k = i + 1
    while k < hi and k - i <= OUTLET_WORDS and (words[k].text in "«»\"" or words[k].is_word
                                                 and (words[k].is_upper or is_latin(words[k]))):
        k += 1
    if k == i + 1 or k >= hi or not words[k].is_word or words[k].is_upper \
            or not can_be_case(words[k], "accs", 0.1) \
            or any({"nomn", "sing"} <= set(p.tag.grammemes) and p.score >= 0.1 for p in parses(words[k])):
        return None  # "директора" may be plural nominative, but "цитирует" has one subject
    quoted = sources.genitive(words, k)
    named = _holder_named(words, k, hi)
    return (quoted[0], words[named].end) if quoted and named is not None and words[named].end > quoted[1] else quoted


def _holder_named(words: list[Word], k: int, hi: int) -> int | None:
    """The last word of the person's name that closes a title running on from ``words[k]``
    ("директора по развитию Siemens в России Анну Петрову"), before any verb."""
    last = None
    for n in range(k, hi):
        if words[n].text in ".;—–" or words[n].is_word and best_pos(words[n]) in ("VERB", "PRTF", "GRND"):
            break
        if is_person_name(words[n]):
            last = n
    return last


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` begins, not before ``lo``."""
    return max((m.end() for m in SENTENCE_END.finditer(text, lo, at)), default=lo)


def _with_words(text: str, lo: int, open_at: int):
    """"вышел со словами «...»", "с криками «...»", "При словах: «...» у неё подогнулись
    колени": the words of the clause's subject."""
    m = WITH_WORDS.search(text, lo, open_at)
    if not m or morph.lemma(m.group(2).lower()) not in word_set("quote_with_words.txt"):
        return None
    clause = _sentence_start(text, lo, m.start())
    words = tokenize(text, clause, m.end())
    i = next(k for k, w in enumerate(words) if w.start >= m.start())
    cue = (words[i].start, words[i + 1].end, f"{words[i].low} {words[i + 1].low}")
    return cue, sources.shared_subject(words, i), None


def _names_only(text: str, start: int, end: int) -> bool:
    """«Барыс», «Война и мир»: a short name rather than words someone said."""
    words = [w for w in tokenize(text, start, end) if w.is_word]
    if len(words) < MIN_SPEECH_WORDS:
        return True
    return len(words) <= 4 and not regex.search(r"[.!?,]", text[start:end]) \
        and not any(best_pos(w) == "VERB" for w in words)  # «Мы вернём себе страну» speaks


def _attributed_opening(text: str, lo: int, m, hi: int) -> bool:
    """Marks that open the paragraph or a sentence in it, a comma and right away a
    reporting verb ("«Спасибо всем», сказал он."): speech, however short, not a name
    inside a clause ("в программе «Время», сказал источник") or one that is the subject
    ("«Аль-Джазира», в свою очередь, ссылается ...")."""
    before = text[lo:m.open].rstrip()
    if before and before[-1] not in ".!?…":
        return False
    after = AFTER.match(text, m.close + 1, hi)
    words = tokenize(text, after.end(), hi)[:1] if after else []
    return bool(words) and cue_lemma(words[0], ("VERB",)) is not None


def _speech(text: str, m, lemma: str) -> bool:
    """"ответили: «Без комментариев»": a short utterance, not a name; after a verb of
    writing ("написал: «...»") three words at least, since titles follow those."""
    if lemma in word_set("quote_shout_verbs.txt"):
        return True  # "скандировали: «Свободу!»": a chant however short
    least = MIN_SPEECH_WORDS + (1 if lemma in word_set("quote_writing_verbs.txt") else 0)
    return len([w for w in tokenize(text, m.start, m.end) if w.is_word]) >= least


def _listed(text: str, last: Draft, m) -> bool:
    """"скандировать: «Свободу!», «Позор власти!»": marks listed right after a quote
    that a colon introduced are more of the same speech."""
    return last.cue is not None and last.end < m.open \
        and LISTED.fullmatch(text, last.end, m.open) is not None


def _after_dash(text: str, lo: int, m) -> bool:
    """"«...», – сказал Трамп, когда его спросили. – «...»": the speech goes on."""
    before = text[lo:m.open].rstrip()
    ahead = before[:-1].rstrip()  # not a label's dash: "по статье 222-й — «Незаконный оборот ...»"
    return bool(before) and before[-1] in "—–" and (not ahead or ahead[-1] in ".!?…»,") \
        and len(tokenize(text, m.start, m.end)) >= 3


def _whole_sentence(text: str, lo: int, m) -> bool:
    """A quoted sentence of its own, continuing the speech before it."""
    inside = text[m.start:m.end].rstrip()
    before = text[lo:m.open].rstrip()
    return ((not before or before[-1] in ".!?…»")
            and len(tokenize(text, m.start, m.end)) >= 5
            and (inside[-1:] in ".!?…" or text[m.close + 1:m.close + 2] in (".", "!", "?")))


def _colon_sentence(text: str, lo: int, m) -> bool:
    """"X оказался дипломатичнее: «Для нас это было неожиданно»": a whole sentence with a
    verb of its own in marks after a colon about a named person is that person's speech
    even with no reporting verb."""
    if not text[lo:m.open].rstrip().endswith(":"):
        return False
    words = [w for w in tokenize(text, m.start, m.end) if w.is_word]
    after = text[m.close + 1:m.close + 2]
    return len(words) >= COLON_SPEECH_WORDS and any(best_pos(w) == "VERB" for w in words) \
        and (after in ("", ".", "!", "?", "\n") or text[m.end - 1:m.end] in ".!?…")


def named_source(text: str, lo: int, open_at: int):
    """"Обозреватель РИА Новости Сергей Петухов: «...»": a sentence that opens with a
    person's description and name, no verb, and a colon gives that person's words."""
    words = _before_colon(text, lo, open_at)
    if not words or len(words) > SOURCE_MAX_WORDS or not _surname_like(words[-1]) \
            or not any(is_person_name(w) for w in words[-3:]) or any(w.text == "," for w in words) \
            or any(best_pos(w) in ("VERB", "INFN", "PRTS", "GRND") for w in words):
        return None
    return None, (words[0].start, words[-1].end), None


def _before_colon(text: str, lo: int, open_at: int) -> list[Word] | None:
    """The words of the sentence before a colon that ends ``text[lo:open_at]``, or None
    when no colon introduces the marks there."""
    head = text[lo:open_at].rstrip()
    if not head.endswith(":"):
        return None
    return tokenize(text, _sentence_start(text, lo, open_at), lo + len(head) - 1)


def speech_noun(text: str, lo: int, open_at: int):
    """"было оставлено зашифрованное сообщение: «...»", "Комментарий шведского
    телевидения: «...»": a noun of something said (its adjectives before it, its author
    in the genitive after it) right before the colon introduces the words themselves."""
    words = _before_colon(text, lo, open_at)
    if words is None:
        return None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - SPEECH_NOUN_REACH), -1):
        w = words[k]
        if not w.is_word or best_pos(w) not in ("NOUN", "ADJF") and not is_name_like(w):
            return None
        if best_pos(w) == "NOUN" and morph.lemma(w.low) in word_set("quote_speech_nouns.txt") \
                and any(p.tag.case in ("nomn", "accs") for p in parses(w)[:2]):
            author = sources.genitive(words, k + 1) if k + 1 < len(words) else None
            return (w.start, w.end, morph.lemma(w.low)), author, None
    return None


def _surname_like(word: Word) -> bool:
    """A name, or a capitalised surname the dictionary reads otherwise ("Токаев")."""
    return is_name_like(word) or word.is_upper and word.low.endswith(SURNAME_ENDINGS)


def clause_person(text: str, lo: int, open_at: int):
    """The person named first in the clause before the colon, before any verb."""
    clause = max(lo, text.rfind(". ", lo, open_at) + 1)
    run = []
    for w in tokenize(text, clause, open_at):
        if is_person_name(w) or run and _surname_like(w):  # "Касым-Жомарт Токаев"
            run.append(w)
        elif run or (w.is_word and best_pos(w) == "VERB"):
            break
    return (run[0].start, run[-1].end) if run else None
