"""logderiv.record.record behaves as dataclass(frozen=True), which it replaces to start faster."""

from __future__ import annotations

import ast
import dataclasses
import pickle
import sys
from typing import ClassVar  # noqa: F401  (dataclass reads the string 'ClassVar[str]' below through it)

import pytest
from _source import tree

from logderiv.record import record


def _pair():
    """The same class twice: once a record, once a frozen dataclass (the reference)."""

    def body():
        return {
            "__annotations__": {"a": "int", "b": "str", "c": "list", "hidden": "int", "later": "int"},
            "b": "x",
            "c": dataclasses.field(default_factory=list),
            "hidden": dataclasses.field(default=0, repr=False, compare=False),
            "later": dataclasses.field(default=7, init=False),
        }

    return record(type("R", (), body())), dataclasses.dataclass(frozen=True)(type("R", (), body()))


def test_construction_repr_equality_and_hash_match_dataclass():
    """Positional, keyword and default arguments; repr, ==, hash as a frozen dataclass has them."""
    made, reference = _pair()
    for args, kwargs in [((1,), {}), ((1, "y"), {}), ((1,), {"c": [2]}), ((), {"a": 3, "b": "z", "hidden": 5})]:
        ours, theirs = made(*args, **kwargs), reference(*args, **kwargs)
        assert repr(ours) == repr(theirs)
        assert dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert made(1, hidden=1) == made(1, hidden=2)  # compare=False
    assert made(1) != made(2)
    assert made(1, "x", (3,)) == made(1, "x", (3,)) and hash(made(1, "x", (3,))) == hash(made(1, "x", (3,)))
    assert made(1).c is not made(1).c  # a fresh default each time
    assert made(1).later == 7
    assert made(1) != reference(1)  # another class


def _plain_pair():
    """A class whose fields are all given to ``__init__`` (a token, a span: the quick path), twice."""

    def body():
        return {"__annotations__": {"a": "int", "b": "str"}, "b": "x"}

    return record(type("P", (), body())), dataclasses.dataclass(frozen=True)(type("P", (), body()))


@pytest.mark.parametrize(
    "args, kwargs",
    [((1, "y"), {}), ((1,), {}), ((), {"a": 1, "b": "y"}), ((1,), {"b": "y"}), ((), {"a": 3})],
)
def test_every_field_by_position_matches_dataclass(args, kwargs):
    """The quick path (every field by position) and the others build the same record as dataclass."""
    made, reference = _plain_pair()
    ours, theirs = made(*args, **kwargs), reference(*args, **kwargs)
    assert repr(ours) == repr(theirs) and dataclasses.asdict(ours) == dataclasses.asdict(theirs)
    assert ours == made(*args, **kwargs) and hash(ours) == hash(made(*args, **kwargs))
    with pytest.raises(dataclasses.FrozenInstanceError):
        ours.a = 2


_BAD_CALLS = [
    # missing, surplus, repeated and unknown arguments; then the same for a class given every field
    # by position (record's quick path)
    *(("defaults", call) for call in (
        lambda cls: cls(), lambda cls: cls(1, "b", [], 0, 9), lambda cls: cls(1, a=2), lambda cls: cls(1, nope=2))),
    *(("plain", call) for call in (lambda cls: cls(), lambda cls: cls(1, "b", 2), lambda cls: cls(1, "b", a=2))),
]


@pytest.mark.parametrize(("kind", "call"), _BAD_CALLS)
def test_bad_arguments_raise_type_error_as_dataclass_does(kind, call):
    """Missing, surplus, repeated and unknown arguments are TypeErrors with dataclass's message."""
    made, reference = _pair() if kind == "defaults" else _plain_pair()
    with pytest.raises(TypeError) as ours:
        call(made)
    with pytest.raises(TypeError) as theirs:
        call(reference)
    assert str(ours.value).split("__init__()")[1] == str(theirs.value).split("__init__()")[1]


def test_frozen_and_usable_as_a_dataclass():
    """Assignment and deletion are refused; fields, replace and subclassing by dataclass work."""
    made, _ = _pair()
    item = made(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.a = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del item.a
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.other = 2
    assert [f.name for f in dataclasses.fields(item)] == ["a", "b", "c", "hidden", "later"]
    assert dataclasses.replace(item, a=5).a == 5
    child = dataclasses.dataclass(frozen=True)(type("Child", (made,), {"__annotations__": {"d": "int"}, "d": 4}))
    assert child(1).d == 4 and child(1) == child(1)
    with pytest.raises(TypeError):
        dataclasses.dataclass(type("Thawed", (made,), {}))  # a frozen base needs a frozen subclass


def test_post_init_runs_after_the_fields_are_set():
    """__post_init__ sees every field, as with dataclass."""

    @record
    class Doubled:
        x: int
        twice: int = dataclasses.field(default=0, init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "twice", 2 * self.x)

    assert Doubled(4).twice == 8


def test_a_record_pickles():
    """A record of a module-level class round-trips through pickle (the batch workers need that)."""
    from logderiv.notation.tree import Span

    assert pickle.loads(pickle.dumps(Span(1, 2))) == Span(1, 2)


def test_type_checkers_read_a_record_as_a_frozen_dataclass():
    # without dataclass_transform mypy reported "unexpected keyword argument" on every record construction
    if sys.version_info < (3, 11):
        pytest.skip("typing.dataclass_transform is new in Python 3.11")
    transform = getattr(record, "__dataclass_transform__", None)
    assert transform is not None
    # Python 3.11 keeps frozen_default (new in 3.12's signature) among the extra keyword arguments
    assert transform.get("frozen_default", transform["kwargs"].get("frozen_default")) is True
    assert dataclasses.field in transform["field_specifiers"]


def test_a_subclass_adding_no_field_is_frozen_and_compares_as_dataclass():
    """A record extending a record with class attributes only (the rewrite rules) behaves as a frozen dataclass."""

    def classes(decorate):
        base = decorate(type("Base", (), {"__annotations__": {"a": "int"}, "a": 0}))
        child = decorate(type("Child", (base,), {"__annotations__": {"title": "ClassVar[str]"}, "title": "t"}))
        other = decorate(type("Other", (base,), {"__annotations__": {"title": "ClassVar[str]"}, "title": "u"}))
        return base, child, other

    (base, child, other), (rbase, rchild, rother) = classes(record), classes(dataclasses.dataclass(frozen=True))
    assert [f.name for f in dataclasses.fields(child)] == [f.name for f in dataclasses.fields(rchild)] == ["a"]
    assert repr(child(3)) == repr(rchild(3)) == "Child(a=3)"
    # equality needs the same class, as with dataclass: two fieldless rules are never equal
    assert (child(), child(), other(), base()) == (child(), child(), other(), base())
    # where ClassVar is not what the module calls so, dataclass reads the annotation as a field: so does record
    unknown = {"__annotations__": {"title": "ClassVar[str]"}, "title": "t", "__module__": "json"}  # json imports no ClassVar
    assert [f.name for f in dataclasses.fields(record(type("Loose", (base,), unknown)))] == ["a", "title"]
    assert child() != other() and child() != base() and rchild() != rother()
    assert hash(child(2)) == hash(child(2))
    for instance in (child(), rchild()):
        with pytest.raises(dataclasses.FrozenInstanceError):
            instance.a = 1
        with pytest.raises(dataclasses.FrozenInstanceError):
            instance.anything = 1
        with pytest.raises(dataclasses.FrozenInstanceError):
            del instance.a
    assert dataclasses.replace(child(1), a=2) == child(2)
    with pytest.raises(TypeError):
        child(1, 2)  # surplus argument, as rchild(1, 2)
    with pytest.raises(TypeError):
        rchild(1, 2)


def test_a_rule_pickles_and_compares_by_class():
    """The rules are records that add no field: each equal to itself only, and picklable for the batch workers."""
    from logderiv.engine.rules import Cancel, Distribute

    assert pickle.loads(pickle.dumps(Cancel())) == Cancel() and Cancel() != Distribute()
    with pytest.raises(dataclasses.FrozenInstanceError):
        Cancel().x = 1  # type: ignore[attr-defined]


def _frozen_dataclasses(source: str | ast.Module) -> list[int]:
    """The lines of ``source`` (text, or a module's kept tree) that call ``dataclass(frozen=True, …)``, as a decorator
    or a plain call."""
    module = ast.parse(source) if isinstance(source, str) else source
    return [node.lineno for node in ast.walk(module) if isinstance(node, ast.Call)
            and (getattr(node.func, "id", None) == "dataclass" or getattr(node.func, "attr", None) == "dataclass")
            and any(keyword.arg == "frozen" and getattr(keyword.value, "value", None) is True
                    for keyword in node.keywords)]


def test_no_frozen_dataclass_is_left():
    """A frozen value is a @record (docs/architecture.md, 'Frozen records: one mechanism'): none is written otherwise.

    record.py itself calls dataclass(frozen=True): it is the mechanism.
    """
    from pathlib import Path

    import logderiv

    # the detector finds what it looks for, so that an empty list below means something
    assert _frozen_dataclasses("@dataclass(frozen=True)\nclass A:\n    a: int\n") == [1]
    assert _frozen_dataclasses("import dataclasses\n\n\n@dataclasses.dataclass(slots=True, frozen=True)\nclass B: ...\n"
                               "C = dataclasses.dataclass(frozen=True)(type('C', (), {}))\n") == [4, 6]
    assert _frozen_dataclasses("@dataclass\nclass D: ...\n@dataclass(frozen=False)\nclass E: ...\n") == []
    package = Path(logderiv.__file__).parent
    found = [f"{path.relative_to(package)}:{line}" for path in sorted(package.rglob("*.py")) if path.name != "record.py"
             for line in _frozen_dataclasses(tree(path))]
    assert found == []


def test_a_written_document_pickles_and_replaces_as_before():
    """A document read from notation/ (records since issue 14) round-trips through pickle; replace keeps the rest."""
    from logderiv.notation.document import Document, WrittenLemma, WrittenStep

    step = WrittenStep("x", 0, 1, 0)
    document = Document("x = y", "plain", (step, WrittenStep("y", 4, 1, 4, rule="sum")), name="J",
                        lemmas=(WrittenLemma(None, (step,)),))
    assert pickle.loads(pickle.dumps(document)) == document
    changed = dataclasses.replace(document, steps=(step,))
    assert changed.steps == (step,) and changed.name == "J" and changed.lemmas == document.lemmas
    assert changed != document and hash(dataclasses.replace(changed)) == hash(changed)
    with pytest.raises(dataclasses.FrozenInstanceError):
        document.name = "L"  # type: ignore[misc]
