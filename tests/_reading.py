"""What a reading test asks of a result: every note it shows, or the refusal a call raises."""

from __future__ import annotations

import pytest

from logderiv.errors import InputError


def notes_of(result) -> tuple[str, ...]:
    """What a verdict or derivation says it read: its own notes and, for a verdict, its cost's (both are printed)."""
    problem = getattr(result, "problem", None)
    return (*result.notes, *(problem.notes if problem is not None else ()))


def refused(call, *args, **kwargs) -> InputError:
    """The InputError ``call(*args, **kwargs)`` raises (the test fails if it raises none)."""
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value


def assert_gradient_read(text, intended, *, wrt=("theta_j",), lets=()) -> None:
    """logderiv's gradient of the cost ``text`` agrees with finite differences of ``intended`` (NumPy, by hand).

    Judged as a corpus item is (tests/corpus/judge.py), so a reading test and the corpus hold text to one standard.
    """
    from corpus.items import Cost
    from corpus.judge import judge_cost

    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


def assert_verdict_read(text, cost, verdict, *, wrt="theta_j", lets=()) -> None:
    """The corpus judge gives the answer ``text`` the ``verdict`` worked out by hand."""
    from corpus.items import Answer
    from corpus.judge import judge_answer

    outcome = judge_answer(Answer(id=text, source="test", text=text, cost=cost, verdict=verdict, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


def refused_by_logderiv(call):
    """Any refusal (an InputError, an UnsupportedError …) ``call()`` raises; the test fails if it raises none."""
    from logderiv.errors import LogderivError

    with pytest.raises(LogderivError) as caught:
        call()
    return caught.value
