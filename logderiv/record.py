"""Frozen dataclasses that cost less to define: a cold start defines some forty.

``dataclass(frozen=True)`` writes out the source of ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` for each class
and compiles each one: compiling is most of what importing logderiv costs. A
:func:`record` is the same frozen dataclass (``dataclasses.fields``,
``replace``, ``asdict`` and ``FrozenInstanceError`` work as before), whose
``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and, unless it extends
another dataclass, ``__setattr__`` and ``__delattr__``) are shared functions
that read the fields instead of compiled ones. They behave as dataclass's do:
positional or keyword arguments with defaults and default factories, then
``__post_init__``; ``Name(field=value, ...)``; equality of the compared fields
between instances of the same class; the hash of the hashed fields. A call
giving every field by position (a token, a span: made thousands of times per
command) takes a short path about as fast as a compiled ``__init__``; other
calls are slower than a compiled one.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import MISSING, FrozenInstanceError
from typing import Any, Callable, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10 has no dataclass_transform; it only informs type checkers

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda decorated: decorated


__all__ = ["record"]

T = TypeVar("T", bound=type)


# type checkers read a record as the frozen dataclass it is: its constructor takes the fields
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: T) -> T:
    """``@dataclass(frozen=True)``, with the four generated methods shared rather than compiled."""
    own = dict(cls.__dict__)
    if any(dataclasses.is_dataclass(base) for base in cls.__mro__[1:]):
        # dataclass checks that a frozen base has frozen subclasses; let it
        cls = dataclasses.dataclass(cls, frozen=True, init=False, repr=False, eq=False)
    else:
        cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False)
        cls.__dataclass_params__ = _FROZEN  # what a subclass checks to see that its base is frozen
        names = frozenset(f.name for f in dataclasses.fields(cls))
        cls.__setattr__ = _setattr(cls, names)
        cls.__delattr__ = _delattr(cls, names)
    fields = dataclasses.fields(cls)
    # as dataclass does: a method the class writes itself is kept
    if "__init__" not in own:
        cls.__init__ = _init(cls, fields)
    if "__repr__" not in own:
        cls.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
    if "__eq__" not in own:
        cls.__eq__ = _eq(tuple(f.name for f in fields if f.compare))
    if own.get("__hash__", None) is None:
        cls.__hash__ = _hash(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
    return cls


#: the parameters of a frozen dataclass (only ``frozen`` is read back, by subclasses); the class has a
#: docstring, or dataclass writes one from its signature (compiling tokenize's regular expressions, cold)
_FROZEN = dataclasses.dataclass(
    type("_Frozen", (), {"__doc__": "A frozen dataclass's parameters."}), frozen=True, init=False, repr=False, eq=False
).__dataclass_params__


def _setattr(cls: type, names: frozenset[str]):
    def __setattr__(self, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _delattr(cls: type, names: frozenset[str]):
    def __delattr__(self, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


def _init(cls: type, fields: tuple[dataclasses.Field, ...]):
    given = tuple(f for f in fields if f.init)
    names = {f.name for f in given}
    defaulted = tuple(f for f in fields if not f.init)
    post_init = hasattr(cls, "__post_init__")
    owner = cls.__qualname__
    required = sum(1 for f in given if f.default is MISSING and f.default_factory is MISSING)
    # Python's own wording, counting self
    most = len(given) + 1
    takes = f"{most} positional argument{'s' if most > 1 else ''}"
    if required < len(given):
        takes = f"from {required + 1} to {most} positional arguments"

    general = _general_init(given, names, defaulted, post_init, owner, takes)
    if defaulted or post_init:
        return general
    everything = len(given)
    field_names = tuple(f.name for f in given)

    def __init__(self, *args, **kwargs) -> None:
        # the commonest call, every field given by position: nothing to check or default
        if not kwargs and len(args) == everything:
            self.__dict__.update(zip(field_names, args))
        else:
            general(self, *args, **kwargs)

    return __init__


def _general_init(given, names, defaulted, post_init, owner, takes):
    # each field's name, default and default factory read once here, not from its Field at every call: records
    # made with keywords or defaults (notation's Variable, the verdict's parts) are made some twenty times per
    # answer graded
    plan = tuple((f.name, f.default, f.default_factory) for f in given)
    later = tuple((f.name, f.default, f.default_factory) for f in defaulted)
    count = len(given)

    def __init__(self, *args, **kwargs) -> None:
        if len(args) > count:
            raise TypeError(f"{owner}.__init__() takes {takes} but {len(args) + 1} were given")
        for name in kwargs:
            if name not in names:
                raise TypeError(f"{owner}.__init__() got an unexpected keyword argument {name!r}")
        values = {}
        for position, (name, default, factory) in enumerate(plan):
            if position < len(args):
                if name in kwargs:
                    raise TypeError(f"{owner}.__init__() got multiple values for argument {name!r}")
                values[name] = args[position]
            elif name in kwargs:
                values[name] = kwargs[name]
            elif default is not MISSING:
                values[name] = default
            elif factory is not MISSING:
                values[name] = factory()
            else:
                raise TypeError(f"{owner}.__init__() missing 1 required positional argument: {name!r}")
        for name, default, factory in later:
            if default is not MISSING:
                values[name] = default
            elif factory is not MISSING:
                values[name] = factory()
        self.__dict__.update(values)
        if post_init:
            self.__post_init__()

    return __init__


def _repr(shown: tuple[str, ...]):
    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({parts})"

    return __repr__


def _eq(compared: tuple[str, ...]):
    def __eq__(self, other: object):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, name) for name in compared) == tuple(getattr(other, name) for name in compared)
        return NotImplemented

    return __eq__


def _hash(hashed: tuple[str, ...]):
    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in hashed))

    return __hash__
