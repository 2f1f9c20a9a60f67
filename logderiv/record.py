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

A record that extends another and adds no field (the rewrite rules: class
attributes only) is not passed through ``dataclass`` at all: it inherits its
base's fields and gets the same shared methods, so defining it compiles
nothing (``dataclass(frozen=True)`` would compile a ``__setattr__`` and
``__delattr__`` for it, most of a millisecond each).

What it costs and saves, measured (``benchmarks/records.py``, ratios to
``dataclass(frozen=True, slots=True)`` in one run): defining a class about
0.05-0.08×, a subclass that adds no field 0.01-0.04×; making one by position
about 1.05×, by keyword or with ``__post_init__`` 2-2.5×; ``==`` 3.5×,
``hash`` 1.2-1.6× (their fields read by one ``attrgetter``). Importing what
``derive`` loads defines 62 records and takes 0.6× the time it takes with
``dataclass(frozen=True)`` in their place (medians of 9 fresh interpreters:
99 against 165 ms on a loaded 2-core machine); a cold ``derive`` then makes
some 200 instances, ~0.2 ms lost. The record still pays for itself.
"""

from __future__ import annotations

import dataclasses
import sys
import typing
from dataclasses import MISSING, FrozenInstanceError
from operator import attrgetter
from typing import Any, Callable, ClassVar, TypeVar, get_origin

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10 has no dataclass_transform; it only informs type checkers

    def dataclass_transform(**_: Any) -> Callable[[Any], Any]:
        return lambda decorated: decorated


__all__ = ["record"]

T = TypeVar("T", bound=type)

#: a generated method, bound to no class until it is installed on one
_Method = Callable[..., Any]


# type checkers read a record as the frozen dataclass it is: its constructor takes the fields
@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: T) -> T:
    """``@dataclass(frozen=True)``, with the four generated methods shared rather than compiled."""
    own = dict(cls.__dict__)
    # the class is changed in place, method by method: no type checker can follow that, so it is Any here
    target: Any = cls
    if not any(dataclasses.is_dataclass(base) for base in cls.__mro__[1:]):
        target = dataclasses.dataclass(target, init=False, repr=False, eq=False)
        target.__dataclass_params__ = _FROZEN  # what a subclass checks to see that its base is frozen
    elif _adds_no_field(cls):
        # its base's fields are its fields (``dataclasses.fields`` reads them through the class); nothing to compile
        pass
    else:
        # dataclass checks that a frozen base has frozen subclasses; let it
        target = dataclasses.dataclass(target, frozen=True, init=False, repr=False, eq=False)
    fields = dataclasses.fields(target)
    if "__setattr__" not in target.__dict__:
        names = frozenset(f.name for f in fields)
        target.__setattr__ = _setattr(target, names)
        target.__delattr__ = _delattr(target, names)
    # as dataclass does: a method the class writes itself is kept
    if "__init__" not in own:
        target.__init__ = _init(target, fields)
    if "__repr__" not in own:
        target.__repr__ = _repr(tuple(f.name for f in fields if f.repr))
    if "__eq__" not in own:
        target.__eq__ = _eq(tuple(f.name for f in fields if f.compare))
    if own.get("__hash__", None) is None:
        target.__hash__ = _hash(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
    return cls


def _adds_no_field(cls: type) -> bool:
    """Whether every annotation the class writes itself is a ``ClassVar``, as dataclass would read it.

    A string annotation counts only where dataclass counts it too: ``ClassVar[...]`` in a module that imports
    ``ClassVar`` from typing, or ``typing.ClassVar[...]`` in one that imports typing. In doubt, the class goes
    through dataclass, which is always right.
    """
    module = sys.modules.get(cls.__module__)
    namespace = vars(module) if module is not None else {}
    for annotation in cls.__dict__.get("__annotations__", {}).values():
        if isinstance(annotation, str):
            if annotation.startswith("ClassVar[") and namespace.get("ClassVar") is ClassVar:
                continue
            if annotation.startswith("typing.ClassVar[") and namespace.get("typing") is typing:
                continue
            return False
        if annotation is not ClassVar and get_origin(annotation) is not ClassVar:
            return False
    return True


#: the parameters of a frozen dataclass (only ``frozen`` is read back, by subclasses); the class has a
#: docstring, or dataclass writes one from its signature (compiling tokenize's regular expressions, cold)
_FROZEN = dataclasses.dataclass(
    type("_Frozen", (), {"__doc__": "A frozen dataclass's parameters."}), frozen=True, init=False, repr=False, eq=False
).__dataclass_params__  # type: ignore[attr-defined]  # set by dataclass; typeshed does not declare it


def _setattr(cls: type, names: frozenset[str]) -> _Method:
    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        # mypy reads super()'s first argument only as a class named in the source, not one passed in
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]

    return __setattr__


def _delattr(cls: type, names: frozenset[str]) -> _Method:
    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]  # as in _setattr

    return __delattr__


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> _Method:
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

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # the commonest call, every field given by position: nothing to check or default
        if not kwargs and len(args) == everything:
            self.__dict__.update(zip(field_names, args))
        else:
            general(self, *args, **kwargs)

    return __init__


def _general_init(
    given: tuple[dataclasses.Field[Any], ...],
    names: set[str],
    defaulted: tuple[dataclasses.Field[Any], ...],
    post_init: bool,
    owner: str,
    takes: str,
) -> _Method:
    # each field's name, default and default factory read once here, not from its Field at every call: records
    # made with keywords or defaults (notation's Variable, the verdict's parts) are made some twenty times per
    # answer graded
    plan = tuple((f.name, f.default, f.default_factory) for f in given)
    later = tuple((f.name, f.default, f.default_factory) for f in defaulted)
    count = len(given)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{owner}.__init__() takes {takes} but {len(args) + 1} were given")
        for name in kwargs:
            if name not in names:
                raise TypeError(f"{owner}.__init__() got an unexpected keyword argument {name!r}")
        values: dict[str, Any] = {}
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


def _repr(shown: tuple[str, ...]) -> _Method:
    def __repr__(self: object) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({parts})"

    return __repr__


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    """The named fields of a record as a tuple, read by one C call (``attrgetter``) rather than a generator."""
    if len(names) == 1:
        (name,) = names
        # attrgetter of one name gives the value itself; == and hash compare a tuple, as dataclass's do
        return lambda item: (getattr(item, name),)
    if not names:
        return lambda item: ()
    return attrgetter(*names)


def _eq(compared: tuple[str, ...]) -> _Method:
    values = _values(compared)

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(hashed: tuple[str, ...]) -> _Method:
    values = _values(hashed)

    def __hash__(self: object) -> int:
        return hash(values(self))

    return __hash__
