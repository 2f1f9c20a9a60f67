r"""audpt35: an audit of fixpt35's readings (theta(1) = 0; then several statements, Octave's '#' comments, a J line
left out with the lines only it uses).

Each misread found is held here with the text, what its writer means worked out by hand, and an independent check
(central finite differences of NumPy costs, tests/_numeric.py), never logderiv's own output.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences, intercept_data, sigmoid
from _reading import refused

LETS = ("m = length(y)", "z = X * theta", "h = sigmoid(z)")
UNREG = "unreg_J = (1 / m) * (-y' * log(h) - (1 - y)' * log(1 - h));"
#: Octave's theta(1) = 0; and then, in the code, theta_0: Octave counts theta from 1 (theta(1) is the intercept),
#: theta_0 is no entry of Octave's theta (an undefined name in Octave); a writer in Ng's θ₀ numbering means the
#: intercept theta(1) by it
MIXED = ("theta(1) = 0;\n" + UNREG + "\nreg_J = (lambda / (2 * m)) * (theta' * theta + theta_0^2);\n"
         "J = unreg_J + reg_J;")
ANSWER = "grad = X' * (h - y) / m + lambda / m * [0; theta(2:end)];"
NUMBERING = "theta(1) is Octave's entry of theta counting from 1, and theta_0 numbers theta from 0"


def test_the_mixed_numbering_is_another_gradient_when_theta_0_is_the_intercept():
    # by hand, theta_0 read as the intercept theta(1): reg_J = λ/2m (Σ_{j≥2} θⱼ² + θ₁²) = λ/2m Σ_j θⱼ², whose gradient
    # puts λθ₁/m on entry 1, which the answer's [0; θ(2:end)] leaves out: 'different' under that reading, while
    # theta_0 read as a name apart (fixpt35's silent reading) makes the two 'equivalent'. Which is meant is not said.
    X, y, theta = intercept_data(35, 6, 3)
    lam = 0.8

    def intercept_reading(t):
        p = sigmoid(X @ t)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) + lam / (2 * 6) * float(t @ t)

    numeric = central_differences(intercept_reading, theta)
    answer = X.T @ (sigmoid(X @ theta) - y) / 6 + lam / 6 * np.array([0.0, *theta[1:]])
    assert not np.isclose(numeric[0], answer[0], atol=1e-4)
    assert np.allclose(numeric[1:], answer[1:], atol=1e-6)


def test_theta_0_in_the_code_beside_the_texts_own_zeroing_is_refused():
    # fixpt35 judged this 'equivalent' (theta_0 read as θ₀ apart from Octave's entries); main refused it with the
    # numbering clash: refused again, at theta_0
    error = refused(logderiv.check, ANSWER, cost=MIXED, let=LETS)
    assert NUMBERING in str(error), str(error)
    assert error.source == MIXED and error.column == MIXED.index("theta_0")


def test_theta_0_in_the_code_is_refused_by_derive_too():
    # derive read it as λ/2m (Σθₖ² − θ₁² + θ₀²): θ₀ an entry beside Octave's θ₁…θₙ
    error = refused(logderiv.derive, MIXED, let=LETS)
    assert NUMBERING in str(error), str(error)
    assert error.column == MIXED.index("theta_0")


def test_theta_0_before_the_zeroing_is_refused_too():
    text = "r0 = theta_0^2;\n" + MIXED.replace("theta_0^2", "r0")
    error = refused(logderiv.derive, text, let=LETS)
    assert NUMBERING in str(error), str(error)
    assert error.column == text.index("theta_0")


def test_theta_0_in_a_comment_still_reads():
    # fixpt35's right reading kept: a comment's theta_0 is no code
    text = "theta(1) = 0; % theta_0 is not penalised\n# nor theta_0 here\n" + UNREG + \
        "\nreg_J = (lambda / (2 * m)) * (theta' * theta);\nJ = unreg_J + reg_J;"
    assert logderiv.check(ANSWER, cost=text, let=LETS).verdict == "equivalent"


def test_a_copy_named_theta0_is_a_variable_not_a_numbering():
    # theta0 = theta; before the zeroing is a copy of the whole θ (fixpt35 read it so): by hand reg_J =
    # λ/2m · θᵀ[0; θ(2:end)] = λ/2m Σ_{j≥2} θⱼ², ex2's penalty; the answer's λ/m [0; θ(2:end)] is its gradient
    text = "theta0 = theta;\ntheta(1) = 0;\n" + UNREG + "\nreg_J = (lambda / (2 * m)) * (theta0' * theta);\n" \
        "J = unreg_J + reg_J;"
    X, y, theta = intercept_data(36, 6, 3)
    lam = 0.8

    def written(t):
        p = sigmoid(X @ t)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))) + lam / 12 * float(t @ np.array([0.0, *t[1:]]))

    answer = X.T @ (sigmoid(X @ theta) - y) / 6 + lam / 6 * np.array([0.0, *theta[1:]])
    assert np.allclose(central_differences(written, theta), answer, atol=1e-6)
    assert logderiv.check(ANSWER, cost=text, let=LETS).verdict == "equivalent"
