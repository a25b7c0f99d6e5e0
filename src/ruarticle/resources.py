"""Read-only resources: data files next to the code, loaded once per process.

Every loader is wrapped in :func:`once`, which is safe when many threads ask
for the same resource at the same moment: the first one builds it, the others
wait and then share it.
"""
from __future__ import annotations

import threading
from functools import wraps
from importlib import resources as _files
from typing import Callable, TypeVar

T = TypeVar("T")


def once(loader: Callable[..., T]) -> Callable[..., T]:
    """Memoise a loader per argument tuple, building each value only once."""
    cache: dict = {}
    lock = threading.Lock()

    @wraps(loader)
    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            pass
        with lock:
            if args not in cache:
                cache[args] = loader(*args)
            return cache[args]

    return wrapper


def data_text(name: str) -> str:
    return _files.files("ruarticle").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    lines = (line.strip() for line in data_text(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fold(entry: str) -> str:
    """Lowercase with ё as е, the form words are looked up in: an entry written with ё
    ("о чём") would otherwise never match."""
    return entry.lower().replace("ё", "е")


@once
def word_set(name: str, folded: bool = True) -> frozenset[str]:
    """A data file of one entry per line, as a set of folded strings; unfolded (``folded``
    False, passed by position: ``once`` keys on positional arguments) for a list looked
    up in text that is not folded ("её" and "ее" both listed)."""
    return frozenset(fold(line) if folded else line for line in data_lines(name))


@once
def word_lines(name: str) -> tuple[str, ...]:
    """A data file of one entry per line, folded, in file order (for lists whose order
    or whose fields matter)."""
    return tuple(fold(line) for line in data_lines(name))


@once
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated data file as a tuple of rows."""
    return tuple(tuple(line.split("\t")) for line in data_lines(name))


@once
def grouped(name: str) -> dict[str, tuple[str, ...]]:
    """A two-column tab-separated data file whose keys repeat, as key -> its values in
    file order ("следствие -> следствен, ск, ...")."""
    found: dict[str, tuple[str, ...]] = {}
    for key, value in table(name):
        found[key] = found.get(key, ()) + (value,)
    return found
