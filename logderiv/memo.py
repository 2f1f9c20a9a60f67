"""Memo tables owned by a :class:`Context`, each with a bound and one eviction policy (least recently used).

logderiv remembers what it computes again and again (a problem's gradient for
every answer, the sides two consecutive steps share, a sub-expression's value
at a sample point). Each such table is declared once, where it is used, as a
:class:`Memo` (a name and a bound), and its entries belong to a
:class:`Context`: ``Context.clear()`` empties them all, ``Context.stats()``
says how full each is and how often it was hit. When no context is entered,
the default one (:data:`DEFAULT`) is used, so the command line and the API
calls work as before. A second context shares no entry with the first::

    with logderiv.Context() as context:
        logderiv.check("h - y")
    context.stats()["_api.checker"].size   # 1: the checker of that call, in this context only

Why a context, and not the ``Problem`` or the ``Checker``: most tables key on
expressions that outlive one problem (the printer's text of a sub-expression,
the values at the shared sample points, a preset's gradient) and are read deep
in the notation, verify and render layers, where no problem is passed; owning
them by a problem would mean threading it through every call. A context is
entered once, around any number of calls.

Two ways to declare a table, one line at each site:

* :func:`remembered` decorates a function of hashable arguments (as
  ``functools.lru_cache`` did); per context, the function gets an
  ``lru_cache`` of the table's bound, so a hit costs what it cost before
  plus the look-up of the context.
* :func:`table` gives a mapping for a hand-made memo (``get``, ``[key] =``,
  ``len``, ``clear``), which evicts the least recently used entry past its
  bound.

Not memo state, and so not here: compiled regular expressions
(:mod:`logderiv.patterns`, compiled on first use) and constants computed once
(:data:`LAZY_CONSTANTS`). ``tests/test_memo.py`` fails on a module-level cache
that is neither.
"""

from __future__ import annotations

import contextvars
import functools
from typing import Any, Callable, Generic, Hashable, Iterator, ParamSpec, Protocol, TypeVar, cast

from .record import record

__all__ = ["Memo", "Stats", "Context", "DEFAULT", "current_context", "remembered", "Remembered", "table", "Table",
           "MEMOS", "LAZY_CONSTANTS"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING: Any = object()


@record
class Memo:
    """A memo table as declared: its name (``module.what``), its bound in entries, and its eviction."""

    name: str
    bound: int
    kind: str  # "function" (:func:`remembered`) or "table" (:func:`table`)
    eviction: str = "LRU"


@record
class Stats:
    """How full one table of a context is, and how it has served: entries now, the bound, hits and misses."""

    name: str
    size: int
    bound: int
    hits: int
    misses: int


#: every memo table declared, by name: filled as the modules that declare them are imported
MEMOS: dict[str, Memo] = {}
#: the functions of the tables :func:`remembered` declared, by name
_FUNCTIONS: dict[str, Callable[..., Any]] = {}

#: caches of one value computed on first use, that never grows: constants, not memos
#: (``tests/test_memo.py`` allows their ``lru_cache(maxsize=1)``)
LAZY_CONSTANTS = frozenset({
    "logderiv.engine.driver.sigmoid_lemma",  # σ′(z) = σ(1 − σ), derived once
    "logderiv.equality.numeric._precise_functions",  # the registry's functions lifted to mpmath, once
})


class _Entries:
    """One table's entries in one context: a dict in order of use, the oldest evicted past the bound."""

    __slots__ = ("entries", "bound", "hits", "misses")

    def __init__(self, bound: int) -> None:
        self.entries: dict[Any, Any] = {}
        self.bound = bound
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, default: Any = None) -> Any:
        entries = self.entries
        value = entries.pop(key, _MISSING)
        if value is _MISSING:
            self.misses += 1
            return default
        entries[key] = value  # now the most recently used
        self.hits += 1
        return value

    def put(self, key: Hashable, value: Any) -> None:
        entries = self.entries
        entries.pop(key, None)
        entries[key] = value
        if len(entries) > self.bound:
            del entries[next(iter(entries))]


class Context:
    """The owner of every memo table's entries: enter it (``with``) to use it, ``clear()`` and ``stats()`` it.

    Entries are made on first use in each context; a context entered in one
    thread is current only there (:mod:`contextvars`).
    """

    def __init__(self) -> None:
        self._functions: dict[str, Callable[..., Any]] = {}
        self._tables: dict[str, _Entries] = {}
        self._tokens: list[contextvars.Token[Context]] = []

    def __enter__(self) -> Context:
        self._tokens.append(_CURRENT.set(self))
        return self

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self._tokens.pop())

    def clear(self) -> None:
        """Empty every table of this context (what is computed again is the same)."""
        for cached in self._functions.values():
            cached.cache_clear()  # type: ignore[attr-defined]
        for entries in self._tables.values():
            entries.entries.clear()

    def stats(self) -> dict[str, Stats]:
        """Each declared table's :class:`Stats` in this context, by name (an unused one is empty)."""
        found = {}
        for name, memo in MEMOS.items():
            cached = self._functions.get(name)
            if cached is not None:
                info = cached.cache_info()  # type: ignore[attr-defined]
                found[name] = Stats(name, info.currsize, memo.bound, info.hits, info.misses)
                continue
            entries = self._tables.get(name)
            if entries is not None:
                found[name] = Stats(name, len(entries.entries), memo.bound, entries.hits, entries.misses)
            else:
                found[name] = Stats(name, 0, memo.bound, 0, 0)
        return found

    def _function(self, name: str) -> Callable[..., Any]:
        cached = self._functions.get(name)
        if cached is None:
            cached = self._functions[name] = functools.lru_cache(maxsize=MEMOS[name].bound)(_FUNCTIONS[name])
        return cached

    def _entries(self, name: str) -> _Entries:
        entries = self._tables.get(name)
        if entries is None:
            entries = self._tables[name] = _Entries(MEMOS[name].bound)
        return entries


#: the context used when none is entered: the command line's, and the API's by default
DEFAULT = Context()
_CURRENT: contextvars.ContextVar[Context] = contextvars.ContextVar("logderiv_context", default=DEFAULT)


def current_context() -> Context:
    """The context entered last in this thread, else :data:`DEFAULT`."""
    return _CURRENT.get()


def _declare(name: str, bound: int, kind: str) -> None:
    if name in MEMOS:
        raise ValueError(f"memo table {name!r} is declared twice")
    if bound < 1:
        raise ValueError(f"memo table {name!r} needs a bound of at least one entry")
    MEMOS[name] = Memo(name, bound, kind)


class Remembered(Protocol[P, R_co]):
    """A function whose results a table remembers: called as the function, and ``functools.lru_cache``'s two reports."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...

    def cache_info(self) -> functools._CacheInfo: ...

    def cache_clear(self) -> None: ...


def remembered(name: str, bound: int) -> Callable[[Callable[P, R]], Remembered[P, R]]:
    """Remember ``function``'s results in the current context's table ``name``, at most ``bound`` of them (LRU).

    The arguments must be hashable, as for ``functools.lru_cache``; the
    decorated function keeps ``cache_info()`` and ``cache_clear()``, which
    read and empty the current context's table.
    """
    _declare(name, bound, "function")

    def decorate(function: Callable[P, R]) -> Remembered[P, R]:
        _FUNCTIONS[name] = function
        get = _CURRENT.get

        @functools.wraps(function)
        def cached(*args: P.args, **kwargs: P.kwargs) -> R:
            found = get()._functions.get(name)
            if found is None:
                found = get()._function(name)
            return cast(R, found(*args, **kwargs))

        cached.cache_info = lambda: get()._function(name).cache_info()  # type: ignore[attr-defined]
        cached.cache_clear = lambda: get()._function(name).cache_clear()  # type: ignore[attr-defined]
        return cast("Remembered[P, R]", cached)

    return decorate


class Table(Generic[K, V]):
    """A hand-made memo's entries in the current context, as a mapping: ``get``, ``[key] = value``, ``len``, ``clear``.

    Declared once at module level (``_PRINTED = memo.table("printing.expressions.printed", 20_000)``);
    every use reads the current context's entries, so the handle itself holds nothing.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def _entries(self) -> _Entries:
        return _CURRENT.get()._entries(self.name)

    def get(self, key: K, default: V | None = None) -> V | None:
        found: V | None = self._entries().get(key, default)
        return found

    def __setitem__(self, key: K, value: V) -> None:
        self._entries().put(key, value)

    def __getitem__(self, key: K) -> V:
        value: V = self._entries().get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __len__(self) -> int:
        return len(self._entries().entries)

    def __iter__(self) -> Iterator[K]:
        return iter(list(self._entries().entries))

    def values(self) -> list[V]:
        return list(self._entries().entries.values())

    def clear(self) -> None:
        self._entries().entries.clear()


def table(name: str, bound: int) -> Table[Any, Any]:
    """Declare the memo table ``name`` of at most ``bound`` entries (LRU), and the handle that reads it."""
    _declare(name, bound, "table")
    return Table(name)
