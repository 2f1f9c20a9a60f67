"""fixderiv24b (issue 10): one example's loss L derived, then the cost J = (1/m)Σᵢ L⁽ⁱ⁾ derived through it.

Ng's deep-learning notes and their copies (tests/derivations_cold9, cold13, cold18, cold19) define the loss of ONE
example, L(ŷ, y) = −[y log ŷ + (1 − y) log(1 − ŷ)], derive ∂L/∂w (the per-example convention), then define the cost
as its mean, J(w, b) = (1/m)Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾), and write ∂J/∂w = (1/m)Σᵢ ∂L/∂w = (1/m)Σᵢ x⁽ⁱ⁾(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾). Read as
one page that is two costs and several derivations, and it was refused. Now:

* J's display is read as the mean of L at each example, and ∂L/∂w inside Σᵢ of a line deriving J as the derivative
  of example i's loss (L read as example i's term L_i, the page reader's own reading of a per-example term), noted;
  with --cost the cost so written is compared with the preset's;
* a page that also derives L itself (outside any sum) is read as two parts, each against its own cost — the
  per-example chains against L, the mean's against J (and --cost) — the page ending at the gradient only if both do,
  the earliest wrong step the page's (noted);
* a page whose J line differentiates L outside its sum, or whose mean is not --cost's, stays refused.

The derivatives the synthetic pages claim are checked here by central finite differences with NumPy, never by
logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

# ---- the facts, by finite differences ---------------------------------------------------------------------------

_RNG = numpy.random.default_rng(24)
_X = _RNG.normal(size=(5, 3))
_Y = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0])


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _loss(prediction: numpy.ndarray, label: numpy.ndarray) -> numpy.ndarray:
    return -(label * numpy.log(prediction) + (1 - label) * numpy.log(1 - prediction))


def _mean_cost(parameters: numpy.ndarray) -> float:
    w, b = parameters[:3], parameters[3]
    return float(_loss(_sigmoid(_X @ w + b), _Y).mean())


@pytest.mark.parametrize("seed", [1, 2])
def test_the_mean_of_the_losses_has_the_claimed_gradient(seed):
    at = numpy.random.default_rng(seed).normal(size=4)
    residual = _sigmoid(_X @ at[:3] + at[3]) - _Y
    numeric = central_differences(_mean_cost, at)
    # (1/m)Σ x⁽ⁱ⁾(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) and (1/m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾): the pages' last lines below
    assert numeric == pytest.approx([*(_X.T @ residual / len(_Y)), residual.mean()], abs=1e-6)
    # the planted (1/m)Σ(y⁽ⁱ⁾ − ŷ⁽ⁱ⁾) is not ∂J/∂b
    assert abs(-residual.mean() - numeric[3]) > 1e-3


@pytest.mark.parametrize("label", [0.0, 1.0])
def test_one_examples_loss_has_the_claimed_gradient(label):
    x, at = numpy.array([0.4, -1.3, 0.8]), numpy.array([0.2, 0.5, -0.3, 0.1])

    def loss(parameters: numpy.ndarray) -> float:
        return float(_loss(_sigmoid(x @ parameters[:3] + parameters[3]), numpy.array(label)))

    numeric = central_differences(loss, at)
    residual = _sigmoid(x @ at[:3] + at[3]) - label
    # ∂L/∂b = ŷ − y (the per-example line below), and y − ŷ (its planted sign) is not
    assert numeric[3] == pytest.approx(residual, abs=1e-6)
    assert numeric[:3] == pytest.approx(residual * x, abs=1e-6)
    assert abs(-residual - numeric[3]) > 1e-3


# ---- the pages ----------------------------------------------------------------------------------------------------

def _review(tmp_path, text, *options):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``logderiv steps``."""
    result = steps_of_page(tmp_path, text, *options, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


_LOSS = r"""损失函数，用于衡量单个样本的预测值与训练数据之间的误差：
$$
L(\hat{y},y) = -y\log\hat{y}-(1-y)\log(1-\hat{y})
$$
"""
_MEAN = r"""代价函数：
$$
J(w,b) = \frac{1}{m}\sum\limits_{i=1}^{m}{L(\hat{y}^{(i)},y^{(i)})}
$$
代价函数对$w$的偏导数：
$$
\frac{\partial J}{\partial w} = \frac{1}{m}\sum\limits_{i=1}^{m}{\frac{\partial L}{\partial w}} = \frac{1}{m}\sum\limits_{i=1}^{m} \{x^{(i)}(\hat{y}^{(i)} - y^{(i)})\}
$$
代价函数对$b$的偏导数：
$$
\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}(RESIDUAL)
$$
"""
_RIGHT, _FLIPPED = r"\hat{y}^{(i)} - y^{(i)}", r"y^{(i)} - \hat{y}^{(i)}"
_MEAN_NOTE = "the cost J as its mean"


def _line_of(page: str, piece: str) -> int:
    return next(number for number, line in enumerate(page.splitlines(), 1) if piece in line)


@pytest.mark.parametrize("options", [(), ("--cost", "logistic")])
def test_the_mean_of_one_examples_loss_is_read(tmp_path, options):
    # refused before: the notes define two costs, L and J
    code, ending, wrong, review = _review(tmp_path, _LOSS + _MEAN.replace("RESIDUAL", _RIGHT), *options)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert len(review["steps"]) == 6
    assert any(_MEAN_NOTE in note for note in review["notes"])


def test_a_wrong_line_of_the_mean_is_wrong_at_its_line(tmp_path):
    page = _LOSS + _MEAN.replace("RESIDUAL", _FLIPPED)
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [_line_of(page, _FLIPPED)])


def test_a_wrong_line_beside_the_preset_and_one_examples_words_is_refused(tmp_path):
    # the prose says '单个样本' (one example) of L, and a line judged wrong against --cost's mean: the existing refusal
    # (a claim about one example judged against the sum) stands — a miss, never a verdict the page did not earn
    page = _LOSS + _MEAN.replace("RESIDUAL", _FLIPPED)
    result = steps_of_page(tmp_path, page, "--cost", "logistic", "-f", "json")
    assert result.exit_code == 2 and "one example" in result.output, result.output


def test_by_b_alone_beside_the_preset(tmp_path):
    # ∂J/∂b alone: the term's undefined ŷ took θ for its weights, --cost's the page's w: the same cost, read so
    page = _LOSS + "\n".join(_MEAN.replace("RESIDUAL", _RIGHT).splitlines()[:4] + _MEAN.splitlines()[-4:]).replace(
        "RESIDUAL", _RIGHT) + "\n"
    code, ending, wrong, review = _review(tmp_path, page, "--cost", "logistic")
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_derivative_of_the_loss_outside_the_sum_is_left_refused(tmp_path):
    # ∂J/∂b = ∂L/∂b: which example's L? not read through the mean, refused as before
    page = _LOSS + _MEAN.replace("RESIDUAL", _RIGHT).replace(
        r"\frac{1}{m}\sum_{i=1}^{m}\frac{\partial L}{\partial b}", r"\frac{\partial L}{\partial b}")
    result = steps_of_page(tmp_path, page, "-f", "json")
    assert result.exit_code == 2, result.output


_EXAMPLE = r"""One example's loss:
$$
L(\hat{y}, y) = -\left[y\log\hat{y} + (1-y)\log(1-\hat{y})\right]
$$
with $\hat{y} = \sigma(z)$ and $z = w^T x + b$. Its derivative:
$$
\frac{\partial L}{\partial b} = ONE
$$
The cost is the mean over the examples:
$$
J(w,b) = \frac{1}{m}\sum_{i=1}^{m} L(\hat{y}^{(i)}, y^{(i)})
$$
$$
\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}(RESIDUAL)
$$
"""


@pytest.mark.parametrize("options", [(), ("--cost", "logistic")])
def test_the_per_example_part_and_the_mean_are_each_judged(tmp_path, options):
    page = _EXAMPLE.replace("ONE", r"\hat{y} - y").replace("RESIDUAL", _RIGHT)
    code, ending, wrong, review = _review(tmp_path, page, *options)
    assert (code, ending, wrong) == (0, "gradient", [])
    # the per-example line and the mean's, in the page's order
    assert [step["line"] for step in review["steps"]] == [7, 7, 14, 14, 14]
    assert any("read as two parts" in note for note in review["notes"])


def test_a_wrong_per_example_line_ends_the_page_wrong(tmp_path):
    page = _EXAMPLE.replace("ONE", r"y - \hat{y}").replace("RESIDUAL", _RIGHT)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [7])
    assert any("one example's loss ends wrong" in note for note in review["notes"])


def test_a_wrong_mean_line_after_a_right_per_example_one(tmp_path):
    page = _EXAMPLE.replace("ONE", r"\hat{y} - y").replace("RESIDUAL", _FLIPPED)
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [14])


def test_another_preset_than_the_mean_is_refused(tmp_path):
    # the mean of the cross-entropy is not --cost linear: the page's refusal stands (no part read against it)
    page = _EXAMPLE.replace("ONE", r"\hat{y} - y").replace("RESIDUAL", _RIGHT)
    result = steps_of_page(tmp_path, page, "--cost", "linear", "-f", "json")
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("page, note", [
    (_LOSS + _MEAN.replace("RESIDUAL", _RIGHT), _MEAN_NOTE),
    (_EXAMPLE.replace("ONE", r"\hat{y} - y").replace("RESIDUAL", _RIGHT), "read as two parts"),
])
def test_the_notes_are_in_every_format(tmp_path, page, note):
    for fmt in ("text", "rich", "markdown", "latex"):
        result = steps_of_page(tmp_path, page, "-f", fmt, "--timeout", "60")
        assert result.exit_code == 0, result.output
        assert note in " ".join(result.output.split()), fmt
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert any(note in each for each in json.loads(result.stdout)["notes"])


# ---- the chain of one example's loss laid out as Ng's notes lay it out --------------------------------------------

@pytest.mark.parametrize("file", ["cn_ng_dl_notes_logreg_chain_w_b.md",
                                  "cn_ng_dl_notes_logreg_chain_w_b_planted_sigma_prime.md"])
def test_the_real_page_is_judged_as_by_hand(file):
    from pathlib import Path

    from _derivations_table import outcome_of

    folder = Path(__file__).parent / "derivations_cold18"
    kind, detail = outcome_of(folder, file)
    assert kind == "right", detail


_CHAIN = r"""One example's loss and its model:
$$
L(\hat{y}, y) = -y\log\hat{y} - (1-y)\log(1-\hat{y})
$$
$$
\hat{y} = \sigma(z), JOINT z = w^T x + b
$$
The links of the chain:
$$
\frac{\partial L}{\partial \hat{y}} = \frac{\hat{y} - y}{\hat{y}(1-\hat{y})},
\frac{\partial \hat{y}}{\partial z} = SIGMAPRIME
$$
$$
\frac{\partial z}{\partial b} = 1
$$
$$
\frac{\partial L}{\partial b} = \frac{\partial L}{\partial \hat{y}}\frac{\partial \hat{y}}{\partial z}\frac{\partial z}{\partial b} = \hat{y} - y
$$
The cost is their mean:
$$
J(w,b) = \frac{1}{m}\sum_{i=1}^{m} L(\hat{y}^{(i)}, y^{(i)})
$$
$$
\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})
$$
"""


def test_the_links_of_the_chain_hold():
    # ∂L/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ)) and σ′ = σ(1 − σ), by finite differences; σ(1 + σ) is no σ′
    label, at, step = 1.0, 0.37, 1e-6
    numeric = (_loss(numpy.array(at + step), numpy.array(label)) - _loss(numpy.array(at - step), numpy.array(label))) / (
        2 * step)
    assert numeric == pytest.approx((at - label) / (at * (1 - at)), abs=1e-6)
    z = 0.7
    slope = (_sigmoid(numpy.array(z + step)) - _sigmoid(numpy.array(z - step))) / (2 * step)
    assert slope == pytest.approx(_sigmoid(numpy.array(z)) * (1 - _sigmoid(numpy.array(z))), abs=1e-8)
    assert abs(_sigmoid(numpy.array(z)) * (1 + _sigmoid(numpy.array(z))) - slope) > 1e-2


@pytest.mark.parametrize("joint", ["其中", r"\text{where }", "where"])
@pytest.mark.parametrize("options", [(), ("--cost", "logistic")])
def test_two_equations_joined_in_a_display_are_each_read(tmp_path, joint, options):
    page = _CHAIN.replace("JOINT", joint).replace("SIGMAPRIME", r"\hat{y}(1-\hat{y})")
    code, ending, wrong, review = _review(tmp_path, page, *options)
    lemmas = [step for lemma in review["lemmas"] for step in lemma["steps"]]
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not [step for step in lemmas if step["valid"] is False]
    assert {10, 11} <= {step["line"] for step in lemmas}  # both links of the comma-joined display checked
    assert any("line 6 joins two equations in one display by" in note for note in review["notes"])
    assert any("line 10 joins two equations in one display by a comma" in note for note in review["notes"])


def test_a_wrong_link_after_the_comma_is_wrong_at_its_line(tmp_path):
    page = _CHAIN.replace("JOINT", "其中").replace("SIGMAPRIME", r"\hat{y}(1+\hat{y})")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    review = json.loads(result.stdout)
    wrong = sorted(step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False)
    # a lemma wrong, every derivative of the cost still ending at its gradient: the page's rule (cold23's header)
    assert (review["ending"], wrong[:1]) == ("gradient", [11])


def test_a_joint_before_no_equation_is_not_cut(tmp_path):
    # "ŷ = σ(z), where z is the logit": no equation after the word, the display is left whole and the page refused
    page = _CHAIN.replace("JOINT z = w^T x + b", r"\text{where } z \text{ is the logit}").replace(
        "SIGMAPRIME", r"\hat{y}(1-\hat{y})")
    result = steps_of_page(tmp_path, page, "-f", "json")
    assert result.exit_code == 2, result.output
