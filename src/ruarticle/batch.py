"""Many articles at once: in input order, optionally in worker processes, failures contained.

``extract_many`` streams: it holds at most a few chunks per worker in flight, so an iterator
over millions of texts never sits in memory whole. ``extract_frame`` is the DataFrame form,
one row per article, meant for ``dask.dataframe.map_partitions``.
"""
from __future__ import annotations

import itertools
import os
import sys
import warnings
from collections import deque
from dataclasses import dataclass
from typing import Iterable, Iterator

from .pipeline import extract
from .records import Article
from .resources import data_lines

ERRORS = ("raise", "skip", "record")
_IN_FLIGHT = 4          # chunks queued per worker: one finishing late does not starve the rest
_CHUNK_MAX = 8          # articles per task: a few tenths of a second, so the last one is short


@dataclass(frozen=True, slots=True)
class Failure:
    """Stands in for the Article of an input that could not be processed."""
    index: int          # position of the input in the batch, from 0
    error: str          # the exception's type name
    message: str


def extract_many(texts: Iterable[str], n_jobs: int | None = 1, progress: bool = False,
                 errors: str = "raise", chunksize: int | None = None,
                 titles: Iterable[str | None] | None = None,
                 mp_context=None) -> Iterator[Article | Failure]:
    """Extract every text; yield the results in input order.

    ``n_jobs > 1`` runs a pool of that many processes (``-1``: one per core), each loading the
    models once at start-up. ``errors``: ``"raise"`` stops at the first failing text,
    ``"skip"`` leaves it out with a warning naming its index and error, ``"record"`` yields a
    :class:`Failure` in its place. ``titles``, when given, runs alongside ``texts``.
    """
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}, got {errors!r}")
    jobs = 1 if n_jobs is None else (os.cpu_count() or 1) if n_jobs == -1 else n_jobs
    if jobs < 1:
        raise ValueError(f"n_jobs must be a positive number or -1, got {n_jobs!r}")
    total = len(texts) if hasattr(texts, "__len__") else None
    pairs = zip(texts, titles) if titles is not None else ((t, None) for t in texts)
    items = enumerate(pairs)
    catch = errors != "raise"
    if jobs == 1:
        results = (_extract_one(i, text, title, catch) for i, (text, title) in items)
    else:
        size = chunksize or _chunksize(total, jobs)
        results = _parallel(items, jobs, size, catch, mp_context)
    return _report(results, errors, progress, total)


def _report(results, errors: str, progress: bool, total: int | None):
    bar = _bar(total) if progress else None
    try:
        for result in results:
            if bar is not None:
                bar.update(1)
            if isinstance(result, Failure) and errors == "skip":
                warnings.warn(f"ruarticle: skipped article {result.index}: "
                              f"{result.error}: {result.message}", RuntimeWarning, stacklevel=2)
                continue
            yield result
    finally:
        if bar is not None:
            bar.close()


def _bar(total: int | None):
    from tqdm.auto import tqdm
    return tqdm(total=total, unit="article", desc="ruarticle")


def _chunksize(total: int | None, jobs: int) -> int:
    """Small enough that the last tasks finish close together, large enough that a task
    costs much more than sending it."""
    if total is None:
        return _CHUNK_MAX
    return max(1, min(_CHUNK_MAX, total // (8 * jobs)))


def _extract_one(index: int, text, title, catch: bool):
    try:
        return extract(text, title=title)
    except Exception as error:
        if not catch:
            if hasattr(error, "add_note"):      # Python >= 3.11
                error.add_note(f"ruarticle: while extracting article {index} of the batch")
            raise
        return Failure(index, type(error).__name__, str(error))


def _extract_chunk(chunk: list, catch: bool) -> list:
    return [_extract_one(i, text, title, catch) for i, (text, title) in chunk]


def _warm_up() -> None:
    """Pool initializer: load every model and table once, before the first real article."""
    extract("\n".join(data_lines("warmup.txt")))


def _parallel(items: Iterator, jobs: int, size: int, catch: bool, mp_context):
    from concurrent.futures import ProcessPoolExecutor

    context = mp_context if mp_context is not None else _default_context()
    forked = context is not None and context.get_start_method() == "fork"
    if forked:
        _warm_up()  # loaded once here, the models are shared with every forked worker
    chunks = iter(lambda: list(itertools.islice(items, size)), [])
    pool = ProcessPoolExecutor(jobs, mp_context=context,
                               initializer=None if forked else _warm_up)
    try:
        pending = deque(pool.submit(_extract_chunk, chunk, catch)
                        for chunk in itertools.islice(chunks, _IN_FLIGHT * jobs))
        while pending:
            done = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_extract_chunk, chunk, catch))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _default_context():
    """fork on Linux: workers start at once and share the parent's loaded models instead of
    loading their own. Elsewhere (macOS, Windows) the platform's default."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


# --- DataFrames --------------------------------------------------------------------------

FRAME_COLUMNS = (
    ("category", "string"), ("title", "string"), ("byline", "string"),
    ("n_paragraphs", "Int64"), ("n_sentences", "Int64"), ("n_entities", "Int64"),
    ("n_numbers", "Int64"), ("n_quotes", "Int64"), ("record", "string"), ("error", "string"),
)


def extract_frame(df, text_column: str = "text", id_column: str | None = None,
                  title_column: str | None = None):
    """One row per article of ``df``, on the same index: ``article_id``, meta fields, counts,
    the whole record as JSON in ``record``, and ``error`` (``<NA>`` when extraction worked).

    ``article_id`` is ``df[id_column]``, or the index when no id column is named. A failing
    article never stops the frame: its row carries the error and nulls elsewhere.
    """
    import pandas as pd

    texts = _values(df[text_column])
    titles = _values(df[title_column]) if title_column is not None else None
    rows = [_frame_row(r) for r in extract_many(texts, titles=titles, errors="record")]
    columns = list(zip(*rows)) or [()] * len(FRAME_COLUMNS)
    out = pd.DataFrame({name: pd.array(list(values), dtype=dtype)
                        for (name, dtype), values in zip(FRAME_COLUMNS, columns)},
                       index=df.index)
    ids = df[id_column] if id_column is not None else df.index
    out.insert(0, "article_id", pd.Series(ids.to_numpy(), index=df.index, dtype=ids.dtype))
    return out


def extract_frame_meta(df, id_column: str | None = None):
    """The empty frame ``extract_frame`` returns for ``df``: Dask's ``meta=`` argument.

    ``df`` may be a pandas or a Dask DataFrame; only its column and index dtypes are read.
    """
    import pandas as pd

    sample = getattr(df, "_meta", df)       # a Dask frame's empty pandas stand-in
    sample = sample.iloc[:0]
    meta = pd.DataFrame({name: pd.array([], dtype=dtype) for name, dtype in FRAME_COLUMNS},
                        index=sample.index)
    ids = sample[id_column] if id_column is not None else sample.index
    meta.insert(0, "article_id", pd.Series([], index=sample.index, dtype=ids.dtype))
    return meta


def _values(column) -> list:
    """A column as a list, missing values (NaN, NA) as None."""
    import pandas as pd
    return [None if pd.api.types.is_scalar(v) and pd.isna(v) else v for v in column.tolist()]


def _frame_row(result: Article | Failure) -> tuple:
    if isinstance(result, Failure):
        return (None,) * 9 + (f"{result.error}: {result.message}",)
    meta = result.meta
    return (meta.category, meta.title, meta.byline, len(result.paragraphs),
            len(result.sentences), len(result.entities), len(result.numbers),
            len(result.quotes), result.to_json(), None)
