"""``sum(v)^2`` in hand notation: read as Σ v², the sum of the squares — and now said so in a note.

By its brackets alone ``sum(h - y)^2`` would be the square of the sum, (Σ (h − y))², as code computes it; on a
whiteboard and in typed notes it is the squared error Σ (h − y)². logderiv takes the notes' reading (docs/notation.md),
which is not the literal one, so the brief asks for a visible note. Σ, a symbol of hand notation, is never a call
and needs none.
"""

from __future__ import annotations

from logderiv import check, derive


def _power_notes(cost: str) -> list[str]:
    return [note for note in derive(cost).notes if "sum of the powers" in note]


def test_hand_notation_sum_power_is_noted():
    notes = _power_notes("1/(2m) sum(h-y)^2")
    assert len(notes) == 1 and "sum(h-y)^2" in notes[0] and "(sum(h-y))^2" in notes[0]


def test_the_reading_is_the_squared_error():
    # d/dθⱼ (1/(2m)) Σ (θᵀx − y)² = (1/m) Σ (θᵀx − y) xⱼ (by hand); the square of the sum would give
    # (1/m) (Σ (θᵀx − y)) (Σ xⱼ), which this answer is not
    assert check("1/m * sum((h - y) * x_j)", cost="1/(2m) sum(h-y)^2").verdict == "equivalent"


def test_superscript_square_is_noted_with_its_own_spelling():
    notes = _power_notes("1/(2m) sum(h-y)²")
    assert len(notes) == 1 and "Σ (h-y)²" in notes[0]


def test_sigma_symbol_and_explicit_brackets_need_no_note():
    assert _power_notes("1/(2m) Σ (h-y)^2") == []
    assert _power_notes("1/(2m) sum((h-y)^2)") == []
