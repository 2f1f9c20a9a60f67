"""A caret about a respelled text points into the text as the user wrote it (``notation.costs.shown_as_written``).

respell_texts reads ``dot(w, x)`` as ``np.dot(w.T, X)`` before the parser sees it; an error raised there is carried
back to the user's own text by aligning the two. The alignment is difflib's, quadratic in the texts' length, so
long texts are aligned only between their common start and end (review21: two 20,000-character texts, plain's
limit, took 7 s to align whole). Expected columns below are counted by hand from the texts, not read off the code.
"""

from __future__ import annotations

from logderiv import derive
from logderiv.errors import InputError
from logderiv.notation.costs import shown_as_written
from logderiv.notation.plain import MAX_LENGTH

import pytest


def test_a_respelled_lets_error_is_shown_in_the_let_as_written() -> None:
    """'p = 0*(dot(w, x) - y)' was read 'p = 0*(np.dot(w.T, X) - y)': the caret sits on the user's w."""
    let = "p = 0*(dot(w, x) - y)"
    with pytest.raises(InputError) as raised:
        derive("sum(p^2) + lam*sum(w^2)", wrt="w_j", let=[let])
    assert raised.value.source == let
    assert raised.value.column == let.index("w")


def _long(respelled_at: int) -> tuple[str, str]:
    """A text at plain's length limit as written, and as respelled with 'x' read as 'X' at one place."""
    written = ("a" * (respelled_at - 1) + " x " + "b" * MAX_LENGTH)[:MAX_LENGTH]
    return written[:respelled_at] + "np.X" + written[respelled_at + 1:], written


@pytest.mark.parametrize("column, expected", [
    (10, 10),  # before the respelled stretch: as it is
    (9_001, 9_000),  # inside 'np.X': the stretch's start as written
    (9_004 + 100, 9_001 + 100),  # after it: shifted by the three characters the respelling added
])
def test_a_long_texts_column_is_carried_over(column: int, expected: int) -> None:
    """Texts at plain's limit: each column maps as counted by hand, with work bounded by the changed stretch."""
    respelled, written = _long(9_000)
    error = shown_as_written(InputError("a message", source=respelled, column=column, label="COST"), written, None,
                             ())
    assert (error.source, error.column) == (written, expected)


def test_a_text_as_written_is_left_as_raised() -> None:
    """An error already in the user's text is returned untouched."""
    error = InputError("a message", source="p = dot(w, x)", column=4, label="--let")
    assert shown_as_written(error, None, None, ["p = dot(w, x)"]) is error
    assert (error.source, error.column) == ("p = dot(w, x)", 4)
