r"""A fresh held-out wave (f65): the mainstream drawn the way a grader would draw it — least squares and logistic
costs and gradients as they stand in Math Stack Exchange questions and answers (read through the math.techqa.club
and kiwix mirrors), a math help forum post, GitHub issue and pull-request threads (a notebook's wrong ∂L/∂θ and its
fix, a course homework's gradient with and without 1/N, a Coursera computeCost question), and code (an R negative
log-likelihood, a numba logistic-regression loop).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: math.techqa.club mirrors of Math Stack Exchange questions 3557185 ('how to get gradient of linear
  equations', the asker's garbled expansion and the answer's 2(Ax − b)ᵀA), 3844760 (Strang's 'fill the vector'
  exercise and a Frobenius-notation answer) and 3135384 (a cross-entropy with only its y log ŷ term); kiwix
  mirrors of Math Stack Exchange questions 1622151 (EE263's least-squares step) and 369694 (matrix calculus in
  least squares); mathhelpforum.com thread 204163 ('gradient function with matrices');
* issue and pull-request threads: ovysotska/in_simple_english pull request #8 (the notebook's ∂L/∂θ with a ·
  where a + belongs, the notebook read at its newest commit); ntumlta2019/hw1 issue #2 (the gradient with and
  without / x.shape[0]); gopaczewski/coursera-ml issue #3 (the asker's computeCost);
* code: an R 'negative loglikelihood function' (public code index file 23513705794) and DSE512/twelve's numba
  logistic_regression loop.

Names follow the sources: A (and X, x in ovysotska's notebook) is the design matrix Data.X; in the least-squares
questions the unknown x is the vector differentiated by (drawn as Data.w) and b the target vector (Data.y); in the
R file and the forum post b is the coefficient vector (Data.w) and y the labels; θ, theta and w are the weights;
Y (DSE512) are the labels. Where a source gives no cost for an answer, ``why`` says which cost it is graded against.
About 40% of the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs
(/tmp/f65/check.py).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
OVY = (
    "https://github.com/ovysotska/in_simple_english/pull/8 ('Update ml_regression.ipynb', kornas-da: 'a mistake in "
    "the derivative of the 'Elegant solution' - a cdot instead of a plus'); ml_regression.ipynb at the repository's "
    "newest commit 59f3d08, the '** Elegant solution **' cell"
)
TQ_GRAD = (
    "https://math.techqa.club/how-to-get-gradient-of-linear-equations-3557185 (mirror of a Math Stack Exchange "
    "question 'How to get gradient of linear equations'"
)
TQ_STRANG = (
    "https://math.techqa.club/making-sense-of-the-derivatives-of-ax-b-2-in-least-square-fitting-from-calculus-3844760 "
    "(mirror of a Math Stack Exchange question on Strang's Introduction to Linear Algebra 4.3 exercise 24"
)
TQ_BCE = (
    "https://math.techqa.club/derivative-of-binary-cross-entropy-is-always-negative-3135384 (mirror of a Math Stack "
    "Exchange question 'Derivative of Binary Cross Entropy is always negative'"
)
KIWIX_EE263 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/1622151/gradient-of-matrix "
    "(Math Stack Exchange question 'Gradient of matrix', quoting the EE263 least-squares notes"
)
KIWIX_LS = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/369694/"
    "matrix-calculus-in-least-square-method (Math Stack Exchange question 'Matrix calculus in least square method'"
)
MHF = (
    "http://mathhelpforum.com/calculus/204163-gradient-function-matrices.html (Math Help Forum, 'gradient function "
    "matrices', the asker's first post"
)
NTU = (
    "https://github.com/ntumlta2019/hw1/issues/2 ('while calculating the gradient, the total number of data', "
    "Peng-wei-Yu"
)
GOPA = (
    "https://github.com/gopaczewski/coursera-ml/issues/3 ('Small question with this problem', the asker's "
    "computeCost.m"
)
R_NLL = (
    "public code index file 23513705794 (R, '### negative loglikelihood function ###', cost <- function(X,y,b); the "
    "index does not name its repository"
)
DSE = (
    "https://github.com/DSE512/twelve/blob/c2967e068e6b1147faf675413e428bbd04603774/examples/module_04_measure/"
    "numba/logistic_regression.py (def logistic_regression, the w -= … step"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _sq_y_minus_X_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r)


def _sq_Aw_minus_y(d):
    r = d.X @ d.w - d.y
    return float(r @ r)


def _expansion_minus_btb(d):
    A, x, b = d.X, d.w, d.y
    return float(x @ A.T @ A @ x - x @ A.T @ b - b @ A @ x - b @ b)


def _loglik_logistic_w(d):
    p = sig(d.X @ d.w)
    return float(d.y @ np.log(p) + (1 - d.y) @ np.log(1 - p))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_unit_b(d):
    r = d.y - d.X @ d.w
    return float(r @ r) + float(d.w @ d.w)


def _positive_term_only(d):
    return -float(d.y @ np.log(sig(d.X @ d.w + d.b)))


# ------------------------------------------------------------------ texts the items share
_OVY_COST = r"L = (y-x\theta)^T \cdot (y-x\theta)"
_OVY_WHY = (
    "the notebook's x is the n × 2 matrix [[x_1, 1], …, [x_n, 1]] (the design matrix, Data.X; its letter is "
    "lowercase), y the targets, θ = (a, b)ᵀ the line's parameters (Data.theta): L = ‖y − xθ‖²"
)
_TQ_WHY = (
    "A is the matrix (Data.X), x the unknown vector differentiated by (drawn as Data.w), b the right-hand side "
    "vector (Data.y, not the scalar Data.b)"
)
_LS_COST = r"\|Ax-b\|^2 = (Ax-b)^T(Ax-b)"
_STRANG_COST = r"f = \| Ax -b\|^2"
_EE263_COST = r"x^\intercal A^\intercal Ax - 2 y^\intercal Ax + y^\intercal y"
_EE263_WHY = (
    "the expanded ‖Ax − y‖²: A is the matrix (Data.X), x the unknown (drawn as Data.w), y the measurements "
    "(Data.y)"
)
_KLS_COST = r"\|r\|^2=x^TA^TAx-2b^TAx+b^Tb"
_KLS_LETS = ("r=Ax-b",)
_NTU_COST = "np.sum((y - x.dot(w)) ** 2)"
_NTU_WHY = (
    "the thread gives no loss; graded against the course's (Hung-yi Lee's ML2019) loss L(w) = Σ(y − x·w)², the sum "
    "of squared errors with no 1/N, written in the issue's names; x is the design matrix (Data.X), w the weights"
)
_DSE_COST = "np.sum(np.log(1.0 + np.exp(-Y * np.dot(X, w))))"
_DSE_WHY = (
    "the file states no loss; the step descends the logistic loss with ±1 labels, Σ log(1 + e^{−Y_i x_iᵀw}), "
    "written in the file's names (graded against it); X is the design matrix (Data.X), Y the labels (Data.y: the "
    "gradient identity below holds for any Y), w the weights; np.dot(v, X) with v of length m is Xᵀv"
)
_R_WHY = (
    "R: X is the design matrix (Data.X), b the coefficient vector (differentiated by, drawn as Data.w), y the 0/1 "
    "labels; sigmoid(X,b) = 1/(1+exp(-X%*%b)). yᵀXb + Σ log(1 − σ(Xb)) equals Σ[y log σ + (1 − y) log(1 − σ)] "
    "because log σ(z) − log(1 − σ(z)) = z: the log-likelihood l (the function returns cost = −l)"
)

COSTS: list[Cost] = [
    # ============================================================ issue threads and notebooks
    Cost(
        id="f65-ovysotska-L-quadratic-form",
        source=OVY + ", the first $$…$$ line)",
        text=_OVY_COST,
        intended=_sq_y_minus_X_theta,
        wrt=("theta_j",),
        why=_OVY_WHY + "; \\cdot between the row and the column is their product",
    ),
    Cost(
        id="f65-ovysotska-L-expanded",
        source=OVY + ", the second $$…$$ line)",
        text=r"L = y^Ty - 2y^Tx\theta + \theta^Tx^Tx\theta ",
        intended=_sq_y_minus_X_theta,
        wrt=("theta_j",),
        why=_OVY_WHY + "; the same L multiplied out",
    ),
    Cost(
        id="f65-gopaczewski-computecost-two-lines",
        source=GOPA + ", the vectorized implementation)",
        text="J = sum(((X * theta) - y) .^ 2); %why it is (X * theta) and not (theta * X)\n\n"
        "J = 1 / (2 * m) * J; // ",
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=("m = length(y)",),
        why="Octave: J is first the sum of squared errors, then overwritten by 1/(2m) times it: ex1's "
        "1/(2m)Σ(Xθ − y)²; the '%why …' comment and the stray '// ' (not an Octave comment, the asker's) are kept "
        "as written; X the design matrix (Data.X), theta the coefficients",
    ),
    # ============================================================ code
    Cost(
        id="f65-r-cost-l-loglik",
        source=R_NLL + ", l=)",
        text="l=t(y)%*%X%*%b+sum(log(1-sigmoid(X,b)));",
        intended=_loglik_logistic_w,
        wrt=("b_j",),
        lets=("sigmoid(X,b) = 1/(1+exp(-X%*%b))",),
        why=_R_WHY,
    ),
    Cost(
        id="f65-r-cost-l-commented-out",
        source=R_NLL + ", the commented-out #l= line)",
        text="l=t(y)%*%log(1/(1+exp(-X%*%b)))+(1-t(y))%*%log(1-1/(1+exp(-X%*%b)));",
        intended=_loglik_logistic_w,
        wrt=("b_j",),
        why="the first way the file wrote l, left as a comment: Σ[y log σ(Xb) + (1 − y) log(1 − σ(Xb))]; (1-t(y)) "
        "is the row of 1 − yᵢ; " + _R_WHY,
    ),
    # ============================================================ Q&A
    Cost(
        id="f65-techqa-3557185-norm-as-product",
        source=TQ_GRAD + ", the question's first display)",
        text=_LS_COST,
        intended=_sq_Aw_minus_y,
        wrt=("x_j",),
        why="the question's '(equation)' tag after the formula is left out; " + _TQ_WHY,
    ),
    Cost(
        id="f65-techqa-3557185-asker-expansion",
        source=TQ_GRAD + ", 'If I develop the equation I get:')",
        text="Ax^TAx-b^TAx-Ax^Tb+b",
        intended=None,
        wrt=("x_j",),
        expect="refuse",
        why="the asker's garbled expansion of ‖Ax − b‖²: 'Ax^TAx' reads as A·xᵀ·A·x (a matrix, not xᵀAᵀAx), "
        "'Ax^Tb' likewise, and the last term adds the vector b to scalars (it should be bᵀb): no consistent reading",
    ),
    Cost(
        id="f65-techqa-3844760-expansion-minus-btb",
        source=TQ_STRANG + ", the asker's expansion after '=(x^TA^T-b^T)(AX-b)')",
        text="x^TA^TAx-x^TA^Tb-b^TAx-b^Tb",
        intended=_expansion_minus_btb,
        wrt=("x_j",),
        why="as written the constant is −bᵀb (‖Ax − b‖² has +bᵀb): literally xᵀAᵀAx − xᵀAᵀb − bᵀAx − bᵀb, whose "
        "gradient is that of ‖Ax − b‖² since the slip is in a constant; " + _TQ_WHY,
    ),
    Cost(
        id="f65-kiwix-1622151-ee263-expanded",
        source=KIWIX_EE263 + ", the quoted derivation's first line)",
        text=_EE263_COST,
        intended=_sq_Aw_minus_y,
        wrt=("x_j",),
        why=_EE263_WHY,
    ),
    Cost(
        id="f65-kiwix-369694-r-norm-expanded",
        source=KIWIX_LS + ", '\\Rightarrow\\|r\\|^2=' line)",
        text=_KLS_COST,
        intended=_sq_Aw_minus_y,
        wrt=("x_j",),
        lets=_KLS_LETS,
        why="the leading \\Rightarrow is left out; " + _TQ_WHY,
    ),
    Cost(
        id="f65-mhf-204163-ridge-unit-penalty",
        source=MHF + ", the second display, with its unmatched ')')",
        text=r"f(b) = (y-Xb)^{T}(y-Xb)+b^{T}b)",
        intended=_ridge_unit_b,
        wrt=("b_j",),
        why="‖y − Xb‖² + ‖b‖² (ridge with λ = 1); the trailing ')' has no partner in the post (a typo, kept); y and "
        "b are vectors, X a matrix (Data.X); b is the vector differentiated by (drawn as Data.w)",
    ),
    Cost(
        id="f65-techqa-3135384-positive-term-only",
        source=TQ_BCE + ", 'Given a loss function')",
        text=r"L(\hat y_i, y_i) = \sum - y_i log (\hat y_i)",
        intended=_positive_term_only,
        wrt=("W_j", "b"),
        lets=(r"\hat y_i = \sigma(z)", "z = Wx + b"),
        why="as the asker writes it, only the y log ŷ half of the cross-entropy: −Σ yᵢ log σ(Wxᵢ + b) (their "
        "'always negative' puzzle comes from the missing (1 − y) log(1 − ŷ) term); W is the weight vector (drawn as "
        "Data.w), x an example (a row of Data.X), b the bias",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f65-ovysotska-dL-dtheta-cdot",
        source=OVY + ", '\\frac{\\partial L}{\\partial\\theta} =' before the fix)",
        text=r"\frac{\partial L}{\partial\theta} = -2y^Tx \cdot 2x^Tx\theta",
        cost=_OVY_COST,
        verdict="different",
        wrt="theta_j",
        why="the · multiplies the row −2yᵀx by the column 2xᵀxθ, a scalar −4yᵀx xᵀxθ, not the gradient "
        "−2xᵀy + 2xᵀxθ (the pull request: 'a cdot instead of a plus'); " + _OVY_WHY,
    ),
    Answer(
        id="f65-techqa-3557185-row-gradient",
        source=TQ_GRAD + ", 'And how do I reach to this gradient:')",
        text=r"\Delta_x = 2(Ax-b)^TA",
        cost=_LS_COST,
        verdict="equivalent",
        wrt="x_j",
        why="a row with the entries of 2Aᵀ(Ax − b) (the question's Δ is the gradient; the answer confirms 'the "
        "gradient is 2(Ax−b)ᵀA'); " + _TQ_WHY,
    ),
    Answer(
        id="f65-techqa-3844760-frobenius-answer",
        source=TQ_STRANG + ", the answer's last line of \\frac{df}{dx})",
        text=r"2A^T(Ax -b)",
        cost=_STRANG_COST,
        verdict="equivalent",
        wrt="x_j",
        why=_TQ_WHY,
    ),
    Answer(
        id="f65-techqa-3844760-strang-ax-squared",
        source=TQ_STRANG + ", the exercise: 'The partial derivatives of $|Ax|^2$ … fill the vector')",
        text=r"2A^T Ax",
        cost=r"|Ax|^2",
        verdict="equivalent",
        wrt="x_j",
        why="∇‖Ax‖² = 2AᵀAx; A the matrix (Data.X), x the unknown (drawn as Data.w)",
    ),
    Answer(
        id="f65-techqa-3844760-strang-linear-term",
        source=TQ_STRANG + ", the exercise: 'The derivatives of $2b^T Ax$ fill the vector')",
        text=r"2A^T b",
        cost=r"2b^T Ax",
        verdict="equivalent",
        wrt="x_j",
        why="2bᵀAx is linear in x with gradient 2Aᵀb; " + _TQ_WHY,
    ),
    Answer(
        id="f65-kiwix-1622151-ee263-gradient",
        source=KIWIX_EE263 + ", 'set gradient w.r.t. to x to 0', without its '= 0')",
        text=r"2A^\intercal Ax - 2A^\intercal y",
        cost=_EE263_COST,
        verdict="equivalent",
        wrt="x_j",
        why="the left side of the normal equations the notes set to 0; " + _EE263_WHY,
    ),
    Answer(
        id="f65-kiwix-369694-nabla-r-norm",
        source=KIWIX_LS + ", '\\Rightarrow \\nabla_x \\|r\\|^2=' line)",
        text=r"\nabla_x \|r\|^2=2A^TAx-2A^Tb",
        cost=_KLS_COST,
        verdict="equivalent",
        wrt="x_j",
        lets=_KLS_LETS,
        why=_TQ_WHY,
    ),
    Answer(
        id="f65-ntumlta-hw1-gradient-sum",
        source=NTU + ", the gradient as the homework writes it)",
        text="gradient = (-2) * np.transpose(x).dot(y-x.dot(w))",
        cost=_NTU_COST,
        verdict="equivalent",
        wrt="w_j",
        why="−2xᵀ(y − xw) is the gradient of the summed squared error; " + _NTU_WHY,
    ),
    Answer(
        id="f65-ntumlta-hw1-gradient-over-N",
        source=NTU + ", the asker's 'should be' line)",
        text="gradient = (-2) * np.transpose(x).dot(y-x.dot(w)) / x.shape[0]",
        cost=_NTU_COST,
        verdict="different",
        wrt="w_j",
        why="1/N times the summed loss's gradient (it is the mean squared error's gradient, a loss the homework "
        "does not use); " + _NTU_WHY,
    ),
    Answer(
        id="f65-dse512-numba-logistic-step",
        source=DSE + ")",
        text="np.dot(((1.0 /\n              (1.0 + np.exp(-Y * np.dot(X, w)))\n              - 1.0) * Y), X)",
        cost=_DSE_COST,
        verdict="equivalent",
        wrt="w_j",
        why="Σᵢ (σ(Yᵢxᵢᵀw) − 1)Yᵢxᵢ = −Σᵢ Yᵢσ(−Yᵢxᵢᵀw)xᵢ, the loss's gradient; " + _DSE_WHY,
    ),
    Answer(
        id="f65-techqa-3557185-answer-conclusion",
        source=TQ_GRAD + ", the answer's last sentence 'so the gradient is')",
        text=r"2(Ax-b)^T A",
        cost=r"f(x)=||Ax-b||^2",
        verdict="equivalent",
        wrt="x_j",
        why="the answerer's conclusion from f(x+h) − f(x) = 2(Ax − b)ᵀAh + O(‖h‖²): a row with the entries of "
        "2Aᵀ(Ax − b); " + _TQ_WHY,
    ),
    Answer(
        id="f65-techqa-3844760-expanded-normal-equation",
        source=TQ_STRANG + ", the answer's '2A^TAx - 2A^Tb & = 0', without its '= 0')",
        text=r"2A^TAx - 2A^Tb",
        cost=_STRANG_COST,
        verdict="equivalent",
        wrt="x_j",
        why="2Aᵀ(Ax − b) multiplied out, the line the answer sets to 0; " + _TQ_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f65-ovysotska-dL-dtheta-plus",
        source=OVY + "; variant: + for \\cdot, the fix the pull request asks for)",
        text=r"\frac{\partial L}{\partial\theta} = -2y^Tx + 2x^Tx\theta",
        cost=_OVY_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="variant: the row −2yᵀx and the column 2xᵀxθ have the same entries as −2xᵀy and 2xᵀxθ, so each "
        "component is ∂L/∂θ_j (the layout is mixed, the values are right); " + _OVY_WHY,
    ),
    Answer(
        id="f65-ovysotska-dL-dtheta-half-quadratic",
        source=OVY + "; variant: the 2 of the quadratic term dropped)",
        text=r"\frac{\partial L}{\partial\theta} = -2x^Ty + x^Tx\theta",
        cost=_OVY_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: the derivative of θᵀxᵀxθ is 2xᵀxθ; " + _OVY_WHY,
    ),
    Answer(
        id="f65-techqa-3557185-row-gradient-no-2",
        source=TQ_GRAD + "; variant: the factor 2 dropped)",
        text=r"\Delta_x = (Ax-b)^TA",
        cost=_LS_COST,
        verdict="different",
        wrt="x_j",
        why="variant: half the gradient of ‖Ax − b‖² (right only for ½‖Ax − b‖²); " + _TQ_WHY,
    ),
    Answer(
        id="f65-techqa-3844760-frobenius-answer-plus-b",
        source=TQ_STRANG + "; variant: Ax + b for Ax − b)",
        text=r"2A^T(Ax +b)",
        cost=_STRANG_COST,
        verdict="different",
        wrt="x_j",
        why="variant: the sign of b flipped inside the residual; " + _TQ_WHY,
    ),
    Answer(
        id="f65-kiwix-1622151-ee263-gradient-plus",
        source=KIWIX_EE263 + "; variant: + 2Aᵀy for − 2Aᵀy)",
        text=r"2A^\intercal Ax + 2A^\intercal y",
        cost=_EE263_COST,
        verdict="different",
        wrt="x_j",
        why="variant: the derivative of −2yᵀAx is −2Aᵀy; " + _EE263_WHY,
    ),
    Answer(
        id="f65-kiwix-369694-nabla-r-norm-half-linear",
        source=KIWIX_LS + "; variant: A^Tb for 2A^Tb)",
        text=r"\nabla_x \|r\|^2=2A^TAx-A^Tb",
        cost=_KLS_COST,
        verdict="different",
        wrt="x_j",
        lets=_KLS_LETS,
        why="variant: the linear term −2bᵀAx contributes −2Aᵀb; " + _TQ_WHY,
    ),
    Answer(
        id="f65-dse512-numba-logistic-step-no-minus-one",
        source=DSE + "; variant: the '- 1.0' dropped)",
        text="np.dot(((1.0 /\n              (1.0 + np.exp(-Y * np.dot(X, w))))\n              * Y), X)",
        cost=_DSE_COST,
        verdict="different",
        wrt="w_j",
        why="variant: Σ σ(Yᵢxᵢᵀw)Yᵢxᵢ, without the − 1 the factor is σ(Yz) where the gradient needs σ(Yz) − 1; "
        + _DSE_WHY,
    ),
]
