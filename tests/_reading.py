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
