"""The one equality core: one sampler and one set of constants for steps, answers and the matrix form.

The draws are worked out here from the documented scheme (a point named
``stream/mxn/index``; each quantity drawn from ``random.Random`` seeded with the
point's name and the quantity), not read back from the code under test, so a
change that would move any verdict's points fails here as well as in the
grading snapshot.
"""

from __future__ import annotations

import random

import pytest

from logderiv.equality import numeric, tolerances
from logderiv.verify.samples import Samples

SIZE = numeric.Size(m=2, n=3, j=2)


def _by_hand(label: str, name: str, indices: tuple[int, ...]) -> float:
    """θ, x and other data in (−1.5, 1.5), y in (0.05, 0.95): ``numeric.Point``'s documented ranges."""
    rng = random.Random(f"{label}/{name}{list(indices)}")
    return rng.uniform(0.05, 0.95) if name == "y" else rng.uniform(-1.5, 1.5)


@pytest.mark.parametrize("key", [("theta", (1,)), ("x", (2, 1)), ("y", (1,))])
def test_an_answer_is_judged_at_the_points_of_its_stream(key):
    """Answers draw with the seed 20261128, the k-th point at m=2 n=3 named ``20261128/2x3/k``."""
    points = Samples().at(SIZE)
    assert len(points) == 6
    for index, point in enumerate(points):
        assert point[key] == _by_hand(f"20261128/2x3/{index}", *key)


def test_steps_and_answers_share_one_sampler():
    """A step's points and an answer's are one draw wherever the stream is the same, and differ where it is not."""
    key = ("theta", (2,))
    answers = Samples().at(SIZE)
    assert [numeric.point(tolerances.ANSWER_SEED, SIZE, k)[key] for k in range(6)] == [p[key] for p in answers]
    steps = [numeric.point(tolerances.STEP_SEED, SIZE, k)[key] for k in range(4)]
    assert steps == [_by_hand(f"20261127/2x3/{k}", *key) for k in range(4)]
    assert not set(steps) & {p[key] for p in answers}


def test_a_matrix_check_names_its_points_by_stream_and_shape_only():
    """The matrix form's points (``matrix:cost/3x2/k``) are the same at every component j."""
    first = numeric.draw("matrix:cost", numeric.Size(m=3, n=2, j=1), 0)
    other = numeric.draw("matrix:cost", numeric.Size(m=3, n=2, j=2), 0)
    assert first[("theta", (1,))] == other[("theta", (1,))] == _by_hand("matrix:cost/3x2/0", "theta", (1,))

