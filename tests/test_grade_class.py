"""A class graded end to end: real answer spellings from the corpus, scores worked out by hand.

Each answer is an item of ``tests/corpus`` (text verbatim from its source) whose
cost is the logistic preset and whose variable is θⱼ; its verdict is the
corpus's hand-worked one, and the kind of mistake of each ``different`` one is
read off the item's ``why``, by hand. The lets some items carry (h_θ(x) =
g(θᵀx), g the sigmoid) are the preset's own conventions, so one question
without lets grades them all. The question (4 points; the 1/m left out earns
half, a flipped sign a quarter, the log-likelihood's gradient half) makes the
expected score of each row a hand computation:

* equivalent: 4;
* ``amanai-logreg-derivative-no-1-over-m`` (why: "missing 1/m"): factor, 4 × 0.5 = 2;
* ``f7-cse6040-grad-code-against-logistic`` (why: "Xᵀ(y − σ(Xθ)) is −m∇J"), the
  log-likelihood's gradient: 4 × 0.5 = 2;
* ``f10-satoshi-xj-inside-residual`` (why: "a real bracket slip"): no credit listed, 0;
* an empty answer: unreadable, 0.
"""

from __future__ import annotations

import csv
import importlib
import io
import pkgutil

import pytest
from click.testing import CliRunner

import corpus
from corpus.items import Answer
from logderiv.cli import main

QUESTION = """\
title = "logistic gradient"
cost = "logistic"
points = 4

[credit]
factor = 0.5
sign = 0.25
log-likelihood = 0.5
"""

#: corpus item → (hand-worked verdict, hand-computed score)
EXPECTED = {
    "amanai-logreg-derivative-no-1-over-m": ("different", 2),
    "aqibahm-octave-xt-sigmoid-over-m": ("equivalent", 4),
    "cqsi-numpy-matmul": ("equivalent", 4),
    "lukaemon-numpy-len-x": ("equivalent", 4),
    "koala-logreg-theta-j-square-brackets": ("equivalent", 4),
    "f8-googolhkl-row-against-logistic": ("equivalent", 4),
    "f3-concise-logistic-g-vectorized": ("equivalent", 4),
    "f9-plainnote-sum-function-xji": ("equivalent", 4),
    "f10-satoshi-xj-inside-residual": ("different", 0),
    "f7-cse6040-grad-code-against-logistic": ("different", 2),
}


def _items() -> dict[str, Answer]:
    found = {}
    for module in pkgutil.iter_modules(corpus.__path__):
        for value in vars(importlib.import_module(f"corpus.{module.name}")).values():
            if isinstance(value, list):
                found.update({item.id: item for item in value if isinstance(item, Answer) and item.id in EXPECTED})
    return found


@pytest.fixture(scope="module")
def class_file(tmp_path_factory):
    """44 rows: the ten spellings in turn (as a class repeats them), an empty answer, and a ragged row."""
    items = _items()
    assert set(items) == set(EXPECTED)
    for item in items.values():  # the corpus says so; the test relies on it
        assert item.cost == "logistic" and item.wrt == "theta_j" and item.verdict == EXPECTED[item.id][0]
    order = list(EXPECTED)
    rows = [(f"s{number:02}", items[order[number % len(order)]].text, order[number % len(order)])
            for number in range(42)]
    rows.insert(17, ("s-empty", "", "empty"))
    folder = tmp_path_factory.mktemp("class")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["student", "response", "item"])
    writer.writerows(rows)
    text = out.getvalue() + "s-ragged,1/m,x,extra\r\n"
    (folder / "class.csv").write_text(text, newline="")
    (folder / "q.toml").write_text(QUESTION)
    return folder, rows


def _run(folder, jobs: int, name: str) -> bytes:
    out = folder / name
    result = CliRunner().invoke(main, ["grade", str(folder / "class.csv"), "--question", str(folder / "q.toml"),
                                       "--out", str(out), "--jobs", str(jobs), "--timeout", "20"])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_the_class_is_graded_as_by_hand_once_each_in_order_whatever_the_jobs(class_file):
    folder, rows = class_file
    one = _run(folder, 1, "one.csv")
    two = _run(folder, 2, "two.csv")
    assert one == two  # byte-identical whatever the number of workers
    graded = list(csv.DictReader(io.StringIO(one.decode())))
    assert len(graded) == len(rows) + 1
    assert [row["student"] for row in graded] == [student for student, _, _ in rows] + ["s-ragged"]
    for (student, text, item), row in zip(rows, graded):
        assert row["response"] == text  # the input's cells, as they were
        verdict, score = ("unreadable", 0) if item == "empty" else EXPECTED[item]
        assert (row["verdict"], float(row["score"]), row["max_score"]) == (verdict, score, "4"), (item, row)
    ragged = graded[-1]
    assert ragged["verdict"] == "unreadable" and ragged["score"] == "0"
    assert "row 44 (line 45) has 4 cells where the header has 3" in ragged["error"]
    # 42 answers of the ten spellings: 5 rows each of the first two, 4 of each other; by hand:
    # 5×2 + 5×4 + 6 equivalents × 4 rows × 4 + 4×0 + 4×2 = 10 + 20 + 96 + 0 + 8 = 134
    assert sum(float(row["score"]) for row in graded) == 134
