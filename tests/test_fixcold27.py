"""fixcold27 (issue 10): an aligned row that ends with its '=', the next row opening with '=' (cold27's Hugo post).

cold27's policy-gradient page (tests/derivations_cold27/en_blog_hugo_logistic_policy_grad_log_prob_softplus.md)
writes ``\\nabla\\log\\pi(0|x) &= \\\\\\ &= \\nabla(…) \\\\\\ &= …``: the row broken right after its first '=', the next
row opening with '='. An empty side means nothing of its own; the writer broke the line after the '=', as ``A =``
⏎ ``= B`` across a line end is already read. Read as one '=' whose right side is the next row's, with a note; only a
row break (with '&', spaces, an extra row space ``[2pt]``) may stand between the two: a new row's own left side
(``A &= \\\\ x &= B``) or ``A = = B`` on one row stay refused. (The page itself stays refused further on, at its
conditional π(0|x); the reading is checked on pages of a cost logderiv knows.)

The mathematics is checked independently: the linear cost J = (1/2m) Σ (θᵀx − y)² has ∂J/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ by
central finite differences (NumPy), and twice that is not it — so a page ending (1/m) Σ… is right and one ending
(2/m) Σ… is wrong, at the line where the 2 appears.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COST = r"The cost is $J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$."
_FIRST = r"\frac{1}{2m}\sum_{i=1}^m 2(\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
_LAST = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"


def _page(last: str = _LAST, row_break: str = r"\\") -> str:
    """The cost, then on line 3 a derivation whose first row holds only its left side and '='."""
    return (f"{_COST}\n\n$$\\begin{{aligned}}\\frac{{\\partial J}}{{\\partial \\theta_j}} &= {row_break} &= {_FIRST} "
            f"{row_break} &= {last}\\end{{aligned}}$$\n")


def test_the_gradient_and_a_doubled_one_by_finite_differences():
    """∂J/∂θⱼ of J = (1/2m) Σ (θᵀx − y)² is (1/m) Σ (θᵀx − y) xⱼ, and not (2/m) Σ (θᵀx − y) xⱼ."""
    rng = numpy.random.default_rng(27)
    x, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    m = len(y)

    def cost(t):
        return ((x @ t - y) ** 2).sum() / (2 * m)

    numeric = central_differences(cost, theta)
    assert numpy.allclose(numeric, x.T @ (x @ theta - y) / m, atol=1e-6)
    assert not numpy.allclose(numeric, 2 * x.T @ (x @ theta - y) / m, atol=1e-3)


@pytest.mark.parametrize("row_break", [r"\\", r"\\\ ", r"\\[2pt]"])
def test_an_equals_ending_its_row_goes_on_in_the_next_row(tmp_path, row_break):
    """Each '=' checked: the right page ends at the gradient with no wrong step, and the reading is noted."""
    code, ending, wrong, review = review_of_page(tmp_path, _page(row_break=row_break))
    assert (code, ending, wrong) == (0, "gradient", []), review
    # the left side ∂J/∂θⱼ, then the two right sides: the empty side between is no step of its own
    assert len(review["steps"]) == 3, review["steps"]
    assert any("an '=' with nothing after it ends its row" in note and note.startswith("line 3:")
               for note in review["notes"]), review["notes"]


def test_a_slip_after_the_joined_equals_is_caught_at_its_line(tmp_path):
    """The planted 2 (2/m for 1/m) makes the last row wrong, on line 3, and the ending wrong."""
    code, ending, wrong, review = review_of_page(tmp_path, _page(last=_LAST.replace(r"\frac{1}{m}", r"\frac{2}{m}")))
    assert (code, ending, wrong) == (1, "wrong", [3]), review
    bad = [step for step in review["steps"] if step.get("valid") is False]
    assert len(bad) == 1, review["steps"]
    assert any("an '=' with nothing after it ends its row" in note for note in review["notes"])


def test_a_slip_in_the_joined_row_itself_is_caught(tmp_path):
    """A slip in the row the empty '=' is joined to (the ½ dropped) is that row's own wrong step, at line 4; the last
    row, right again, still ends at the gradient (the tables' rule: first wrong line, then the ending)."""
    page = (f"{_COST}\n\n$$\\begin{{aligned}}\\frac{{\\partial J}}{{\\partial \\theta_j}} &= \\\\\n"
            f"&= {_FIRST.replace(r'{2m}', r'{m}')} \\\\\n&= {_LAST}\\end{{aligned}}$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [4]), review


@pytest.mark.parametrize("between", [r" \\ x_j &=", " = "])
def test_a_missing_side_stays_refused(tmp_path, between):
    """Two '=' on one row are refused (something is missing); a new row's own left side after the break is no
    continuation: x_j is read as the side it is, and judged (wrong), never joined."""
    page = (f"{_COST}\n\n$$\\begin{{aligned}}\\frac{{\\partial J}}{{\\partial \\theta_j}} &={between} {_FIRST} "
            f"\\\\ &= {_LAST}\\end{{aligned}}$$\n")
    result = _steps(tmp_path, page, "-f", "json")
    if between == " = ":
        assert result.exit_code == 2, result.output
        assert "no expression between these two '='" in result.stderr, result.stderr
    else:
        # x_j &= … is a row of its own, a side as written (∂J/∂θⱼ = x_j, wrong): never joined to the '=' before it
        assert "an '=' with nothing after it ends its row" not in result.output + result.stderr
        review = json.loads(result.stdout)
        assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [3], review["steps"]
        assert review["steps"][1]["expression"]["text"] == "x_j", review["steps"]


def test_the_note_is_in_every_format(tmp_path):
    """text, JSON, Markdown and LaTeX: the joined '=' is said in each."""
    page = _page()
    for form, needle in (("text", "note: line 3: an '=' with nothing after it"),
                         ("json", "an '=' with nothing after it ends its row"),
                         ("markdown", "an '=' with nothing after it ends its row"),
                         ("latex", "with nothing after it ends its row")):
        result = _steps(tmp_path, page, "-f", form)
        assert result.exit_code == 0, (form, result.output, result.stderr)
        assert needle in result.output, (form, result.output)
