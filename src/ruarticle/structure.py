"""The layout of a scraped article: which line is the category, the title, the
lead, a block quote and its attribution, the byline, and which lines are page
boilerplate (with the related-article teasers parsed out of it).

Every non-blank line is one paragraph; its role is decided by a few small rules
applied in order: boilerplate, category, title, byline, block quotes, lead.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import morph, pagehead
from .records import Meta, Paragraph, Related
from .resources import data_lines, once, table, word_set

LINE = regex.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")
# Longest line worth testing against boilerplate patterns: such lines are short.
BOILERPLATE_MAX = 600
SPEECH_END = regex.compile(r"(?:[,!?…]|\.\.\.)\s*[»\"”“']?\s*,?$")
OPEN_QUOTES = "«„“\"'‘"
DASH_START = regex.compile(r"^[\-–—]\s*")
CATEGORY_LINE = regex.compile(
    r"(?:categories|category|рубрика|рубрики|раздел|категория|категории)\s*:\s*(.+)",
    regex.IGNORECASE)
BREADCRUMB = regex.compile(r"(?:главная|home|новости)\s*(?:»|>|/|\||→)\s*(.+)", regex.IGNORECASE)
BREADCRUMB_SEP = regex.compile(r"\s*(?:»|>|/|\||→)\s*")
BYLINE_PREFIX = regex.compile(
    r"(?:автор(?: текста| материала)?|текст|by|корреспондент)\s*:?\s+(.+)", regex.IGNORECASE)
NAME = regex.compile(
    r"(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}\.)"
    r"(?:\s+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?|\p{Lu}\.\s*\p{Lu}?\.?)){1,3}")
NAME_GRAMMEMES = ("Name", "Surn", "Patr")
IMPERSONAL_CUES = frozenset({"говориться", "сообщаться", "отмечаться", "цитировать", "кредо"})
TITLE_MAX_WORDS = 30
HEAD_LINES = 8  # lines of a page's head where its headline and furniture stand
BYLINE_OUTLET_MAX_WORDS = 4  # "редакция новостей LSM+"
LONE_WORD_HEADLINE_MIN = 4  # words of the headline a lone rubric word stands over
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 25
PROSE_MIN_WORDS = 35
ATTRIBUTION_MAX_WORDS = 40
COLON_ATTRIBUTION_MAX_WORDS = 30
DASHED_ATTRIBUTION_MAX_WORDS = 8  # "— рассказала пенсионерка журналистам."
QUOTED = regex.compile(r"«[^«»]*»|\"[^\"]*\"|„[^„“]*“")
RUN_MAX = 3  # paragraphs one block quote may run over besides its own
RUN_MIN_WORDS = 6


@dataclass(frozen=True, slots=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    related: tuple[Related, ...]
    meta: Meta


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: str | None = None


def segment(text: str, title: str | None = None) -> Layout:
    """Split ``text`` into paragraphs and decide each one's role."""
    lines = [_Line(s, e, text[s:e]) for s, e in line_spans(text)]
    category = _mark_category(lines)
    related = _mark_boilerplate(text, lines)
    content = [line for line in lines if line.kind is None]
    found_title, rubric = _mark_head(content, title)
    category = category if category is not None else rubric
    _mark_closing_credits(lines)
    byline = _mark_head_byline(lines) or _mark_byline(content)
    _mark_block_quotes([line for line in lines if line.kind != "boilerplate"])
    _mark_lead_and_body(lines)
    paragraphs = tuple(Paragraph(i, line.kind, line.start, line.end, line.text)
                       for i, line in enumerate(lines))
    meta = Meta(category=category, title=title if title is not None else found_title,
                byline=byline)
    return Layout(paragraphs, tuple(related), meta)


def line_spans(text: str):
    """(start, end) of every line with visible content, trimmed of spaces."""
    for match in LINE.finditer(text):
        start, end = match.span()
        while start < end and _blank(text[start]):
            start += 1
        while end > start and _blank(text[end - 1]):
            end -= 1
        if start < end:
            yield start, end


def _blank(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


def _words(text: str) -> list[str]:
    return WORD.findall(text)


# --- category ------------------------------------------------------------------

def _mark_category(lines: list[_Line]) -> str | None:
    """A rubric on one of the first lines: "Categories: X", a breadcrumb, or a bare rubric."""
    for n, line in enumerate(lines[:3]):
        value = _category_value(line.text, bare_allowed=n == 0)
        if value is not None and line is not lines[-1]:
            line.kind = "category"
            return value
    return None


def _category_value(text: str, bare_allowed: bool) -> str | None:
    match = CATEGORY_LINE.fullmatch(text) or BREADCRUMB.fullmatch(text)
    if match:
        return BREADCRUMB_SEP.split(match.group(1).strip())[-1].strip() or None
    if bare_allowed and text.lower().replace("ё", "е") in word_set("categories.txt"):
        return text
    return None


# --- boilerplate and related teasers --------------------------------------------

@once
def _boilerplate_patterns() -> tuple[tuple[str, regex.Pattern], ...]:
    return tuple((scope, regex.compile(pattern, regex.IGNORECASE))
                 for scope, pattern in table("boilerplate.tsv"))


@once
def _age_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{p})" for p in data_lines("related_age.txt")),
                         regex.IGNORECASE)


def _boilerplate_scope(text: str) -> tuple[str, regex.Match] | None:
    if len(text) > BOILERPLATE_MAX:
        return None
    for scope, pattern in _boilerplate_patterns():
        match = pattern.fullmatch(text)
        if match:
            return scope, match
    head, sep, rest = text.partition(":")
    if sep and rest.strip():  # "Читайте также: <headline>"
        found = _boilerplate_scope(head + sep)
        if found and found[0] == "block":
            return "inline", found[1]
    return None


def _mark_boilerplate(text: str, lines: list[_Line]) -> list[Related]:
    related: list[Related] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        found = None if line.kind else _boilerplate_scope(line.text)
        if found is None:
            i += 1
            continue
        scope = found[0]
        if scope == "tail" and not _tail_plausible(lines[i + 1:]):
            i += 1  # a section heading such as "Комментарии" followed by prose
            continue
        line.kind = "boilerplate"
        if scope == "tail":
            related += _teasers(text, lines[i + 1:])
            for rest in lines[i + 1:]:
                rest.kind = "boilerplate"
            break
        if scope == "block":
            block = _headline_run(lines[i + 1:])
            related += _teasers(text, block)
            for rest in block:
                rest.kind = "boilerplate"
            i += len(block)
        elif scope == "next" and i + 1 < len(lines) and lines[i + 1].kind is None:
            lines[i + 1].kind = "boilerplate"
            i += 1
        elif scope == "inline":
            related.append(_inline_teaser(line))
        i += 1
    return related


def _tail_plausible(rest: list[_Line]) -> bool:
    """Teasers, links and comments are short; an article's own prose is not."""
    if not rest or any(_is_age(line.text) for line in rest):
        return True
    long_lines = sum(len(_words(line.text)) > PROSE_MIN_WORDS for line in rest)
    return long_lines * 3 <= len(rest)


def _is_age(text: str) -> bool:
    return len(text) <= 60 and _age_pattern().fullmatch(text) is not None


def _headline_like(text: str) -> bool:
    return (not text.endswith((".", ":", ";", ","))
            and HEADLINE_MIN_WORDS <= len(_words(text)) <= HEADLINE_MAX_WORDS)


def _headline_run(lines: list[_Line]) -> list[_Line]:
    """The links under a "Читайте также" header: headline or age lines, at most ten,
    ending before any line that is boilerplate of its own kind (a caption, a new block)."""
    run = []
    for line in lines[:10]:
        if (line.kind or _boilerplate_scope(line.text)
                or not (_headline_like(line.text) or _is_age(line.text))):
            break
        run.append(line)
    return run


def _teasers(text: str, lines: list[_Line]) -> list[Related]:
    """Group lines into (headline, teaser..., age) items; an age line closes an item."""
    items: list[Related] = []
    group: list[_Line] = []
    has_ages = any(_is_age(line.text) for line in lines)
    for line in lines:
        if _is_age(line.text):
            if group:
                items.append(_teaser(text, group, line))
            group = []
        elif not has_ages:
            items.append(_teaser(text, [line], None))
        else:
            group.append(line)
    items += [_teaser(text, [line], None) for line in group]
    return items


def _teaser(text: str, group: list[_Line], age: _Line | None) -> Related:
    headline = group[0]
    teaser = text[group[1].start:group[-1].end] if len(group) > 1 else None
    end = age.end if age else group[-1].end
    return Related(headline.text, teaser, age.text if age else None, headline.start, end)


def _inline_teaser(line: _Line) -> Related:
    offset = line.text.index(":") + 1
    while _blank(line.text[offset]):
        offset += 1
    return Related(line.text[offset:], None, None, line.start + offset, line.end)


# --- title and byline -------------------------------------------------------------

def _mark_head(content: list[_Line], given: str | None) -> tuple[str | None, str | None]:
    """The title and the page furniture around it (see ``pagehead``): the headline is
    the first title-like line of the page's head once the site's name, breadcrumbs,
    rubrics and date lines are stepped over; those become the category (the first rubric)
    or boilerplate. Returns the title found and the rubric named."""
    head = content[:HEAD_LINES]
    title_at = _title_line(head, given)
    if title_at is None:
        return _mark_title(content, given), None
    rubric = None
    for n, line in enumerate(head):
        if n == title_at:
            line.kind = "title"
            continue
        found = _furniture(head, n, title_at)
        if found is None:
            continue  # a subtitle, a byline, the lead: date lines may stand below them
        if found.kind in ("rubric", "menu") and rubric is None and n < title_at:
            line.kind, rubric = "category", found.rubric or line.text
        else:
            line.kind = "boilerplate"
    return (head[title_at].text if given is None else None), rubric


def _title_line(head: list[_Line], given: str | None) -> int | None:
    """Where the headline stands: the given title's line, or the first title-like line
    after nothing but furniture; None when the head opens with neither (a clean text)."""
    for n, line in enumerate(head):
        if given is not None and _squash(line.text) == _squash(given):
            return n
        if _furniture(head, n, None) is not None:
            continue
        if given is None and _looks_like_title(line.text) and n + 1 < len(head):
            return n
        return None
    return None


def _furniture(head: list[_Line], n: int, title_at: int | None) -> pagehead.Furniture | None:
    """A head line's furniture: by its form, or a lone word right before a headline
    with a verb ("Соцсети" over "Блогер удалила видео")."""
    text = head[n].text
    below = title_at is not None and n > title_at
    found = pagehead.furniture(text, below)
    if found is not None or below or not pagehead.lone_word(text):
        return found
    after = head[n + 1].text if n + 1 < len(head) else ""
    if _looks_like_title(after) \
            and len(_words(after)) >= LONE_WORD_HEADLINE_MIN and pagehead.has_verb(after):
        return pagehead.Furniture("rubric", text)
    return None


def _mark_title(content: list[_Line], given: str | None) -> str | None:
    if not content:
        return None
    first = content[0]
    if given is not None:
        if _squash(first.text) == _squash(given):
            first.kind = "title"
        return None
    if len(content) > 1 and _looks_like_title(first.text):
        first.kind = "title"
        return first.text
    return None


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _looks_like_title(text: str) -> bool:
    words = _words(text)
    return (0 < len(words) <= TITLE_MAX_WORDS
            and not text.endswith((".", ",", ":", ";"))
            and DASH_START.match(text) is None
            and any(w[0].isalpha() for w in words))


def _mark_closing_credits(lines: list[_Line]) -> None:
    """The site's name or a date line closing the article ("Gazeta.uz", "UzDaily.com"
    under the last paragraph): the page's credit, no part of the text."""
    rest = [line for line in lines if line.kind is None]
    while len(rest) > 2 and pagehead.furniture(rest[-1].text, True) is not None:
        rest.pop().kind = "boilerplate"


def _mark_head_byline(lines: list[_Line]) -> str | None:
    """An author's name under the headline next to the page's date line ("Марина Ланг,
    ERR" over "27.05.2025 12:03"): a photo's caption under a headline names a person too,
    but no date line of the page stands beside it."""
    title = next((n for n, line in enumerate(lines[:HEAD_LINES]) if line.kind == "title"), None)
    if title is None:
        return None
    for n in range(title + 1, min(len(lines), title + HEAD_LINES)):
        names = _byline_names(lines[n].text) if lines[n].kind is None else None
        if names and any(_dated(lines[k]) for k in (n - 1, n + 1) if k < len(lines)):
            lines[n].kind = "byline"
            return names
    return None


def _byline_names(text: str) -> str | None:
    """"Ольга Никитина, Сергей Малышев", "Анна Берзиня, Rus.Delfi.lv", "Михаил Коновалов,
    редакция новостей LSM+": one or two names, then perhaps the outlet or the city."""
    chunks = [c.strip() for c in text.split(",")]
    names = []
    for chunk in chunks:
        name = _byline_name(chunk, False)
        # a caption names a person too, or a thing ("Перезахоронение Эдгара По"): an author's
        # name opens with a first name
        if name is None or not morph.has_tag(_words(name)[0], "Name", 0.05):
            break
        names.append(name)
    rest = chunks[len(names):]
    if not names or len(names) > 2 or len(rest) > 1 or rest and (
            len(_words(rest[0])) > BYLINE_OUTLET_MAX_WORDS or pagehead.has_verb(rest[0])):
        return None
    return ", ".join(names)


def _dated(line: _Line) -> bool:
    """A page's date line, whichever rule made it boilerplate."""
    return line.kind in (None, "boilerplate") and pagehead.dated(line.text)


def _mark_byline(content: list[_Line]) -> str | None:
    """An author's name: a prefixed line near the top, or a bare name as the last line."""
    body = [line for line in content if line.kind is None]
    if len(body) < 2:
        return None
    candidates = [(line, True) for line in body[:3]] + [(body[-1], False)]
    for line, needs_prefix in candidates:
        name = _byline_name(line.text, needs_prefix)
        if name:
            line.kind = "byline"
            return name
    return None


def _byline_name(text: str, needs_prefix: bool) -> str | None:
    match = BYLINE_PREFIX.fullmatch(text)
    if match and NAME.fullmatch(match.group(1).strip()):
        return match.group(1).strip()
    if needs_prefix or not NAME.fullmatch(text) or _verb_first(text):
        return None
    if any(morph.has_tag(w, g, 0.05) for w in _words(text) for g in NAME_GRAMMEMES):
        return text
    return None


def _verb_first(text: str) -> bool:
    """"Беседовала Анна Ли": a known verb opens the line (the interview rules read it as
    the interviewer's byline); an unknown surname may read as a verb ("Сейткали")."""
    first = morph.best(_words(text)[0].lower())
    return first.is_known and first.tag.POS == "VERB"


# --- block quotes -----------------------------------------------------------------

def _mark_block_quotes(lines: list[_Line]) -> None:
    """Speech paragraphs without marks, attributed by a neighbouring line:
    "<speech>," + "подчеркнул премьер-министр." or "<he> сказал:" + "<speech>"."""
    for prev, line in zip(lines, lines[1:]):
        if prev.kind is None and line.kind is None and _trailing_attribution(prev, line):
            prev.kind, line.kind = "quote", "attribution"
    for prev, line in zip(lines, lines[1:]):
        if prev.kind in (None, "lead", "body") and line.kind is None and _leading_attribution(prev, line):
            line.kind = "quote"
            if len(_words(prev.text)) <= COLON_ATTRIBUTION_MAX_WORDS:
                prev.kind = "attribution"
    _extend_runs(lines)


def _extend_runs(lines: list[_Line]) -> None:
    """A speech may run over several paragraphs: those right before a quote its
    attribution line follows, and those right after a quote a colon line introduced,
    while they read as speech."""
    for k, line in enumerate(lines):
        if line.kind != "quote":
            continue
        after = lines[k + 1] if k + 1 < len(lines) else None
        before = lines[k - 1] if k > 0 else None
        if after is not None and after.kind == "attribution" and not after.text.endswith(":"):
            _mark_run(reversed(lines[max(0, k - RUN_MAX):k]))
        if before is not None and before.text.endswith(":"):
            # a first-person speech may go on in the present ("Люди должны ...")
            _mark_run(lines[k + 1:k + 1 + RUN_MAX], timeless=_spoken(line.text))


def _mark_run(neighbours, timeless: bool = False) -> None:
    """``timeless``: after a colon-introduced speech, a paragraph with no past tense goes
    on with it too ("Люди должны заранее знать ..."): a report narrates in the past."""
    for line in neighbours:
        if line.kind is not None or not (_spoken(line.text) or timeless and _unnarrated(line.text)):
            return
        line.kind = "quote"


def _unnarrated(text: str) -> bool:
    """A paragraph with a verb or predicative and no verb in the past tense."""
    words = _words(QUOTED.sub(" ", text))
    if len(words) < RUN_MIN_WORDS or text[0] in OPEN_QUOTES or DASH_START.match(text) \
            or text.rstrip().endswith(":"):
        return False
    if regex.search(r"[^.!?…\s]\s+\p{Lu}", QUOTED.sub(" ", text)):
        return False  # a name inside a sentence: the author tells of someone
    tags = [morph.best(w.lower()).tag for w in words]
    if any("past" in t for t in tags if t.POS in ("VERB", "PRTS")):
        return False
    return any(t.POS in ("VERB", "PRED") or t.POS == "ADJS" for t in tags)


def _spoken(text: str) -> bool:
    """A paragraph that reads as someone's speech: no marks or dash of its own, in the
    first or second person (the author of a report speaks in neither)."""
    words = _words(text)
    if len(words) < RUN_MIN_WORDS or text[0] in OPEN_QUOTES or DASH_START.match(text) \
            or text.rstrip().endswith(":"):
        return False
    unquoted = QUOTED.sub(" ", text)  # «Ваш сын и брат» is a title, «Мы требуем» a chant
    return any(w.lower() in word_set("speaker_words.txt") for w in _words(unquoted))


def _trailing_attribution(speech: _Line, line: _Line) -> bool:
    text = DASH_START.sub("", line.text)
    words = _words(text)
    if not words or not words[0][0].islower() or len(words) > ATTRIBUTION_MAX_WORDS:
        return False
    # a line of its own opening with a dash and a verb ("— подчеркнула она.") attributes the
    # paragraph before it even when the speech kept its full stop
    dashed = DASH_START.match(line.text) is not None and len(words) <= DASHED_ATTRIBUTION_MAX_WORDS
    ends = SPEECH_END.search(speech.text) is not None or (dashed and speech.text.rstrip().endswith("."))
    return _is_speech_verb(words[0]) and ends


def _leading_attribution(intro: _Line, speech: _Line) -> bool:
    if not intro.text.endswith(":") or not (speech.text[0].isupper() or speech.text[0] in OPEN_QUOTES):
        return False
    last_clause = regex.split(r"[.!?]\s", intro.text)[-1]
    return any(_is_speech_verb(w) or morph.lemma(w.lower()) in IMPERSONAL_CUES
               for w in _words(last_clause))


def _is_speech_verb(word: str) -> bool:
    word = word.lower()
    verbs = word_set("speech_verbs.txt")
    return any(morph.normal(p) in verbs
               and p.tag.POS in ("VERB", "INFN", "PRTS", "ADJS", "GRND")
               for p in morph.parses(word))


# --- lead and body ----------------------------------------------------------------

def _mark_lead_and_body(lines: list[_Line]) -> None:
    rest = [line for line in lines if line.kind is None]
    for n, line in enumerate(rest):
        line.kind = "lead" if n == 0 else "body"
