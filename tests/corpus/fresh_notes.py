r"""A fresh held-out-style collection (``f1-``): costs and gradient answers from course notes, textbooks and Q&A.

Gathered the same way as :mod:`tests.corpus.costs` and :mod:`tests.corpus.answers`,
from sources none of those files use: textbook companions and course notes
(Dive into Deep Learning, an ESL notebook, ISLR Q&A, Cross Validated /
math.stackexchange questions and answers and their mirrors), lecture slides and
notes in public GitHub repositories (Markdown, reStructuredText, Octave), a
statsmodels documentation page and blog posts. Every ``text`` is copied verbatim
from the page or file named in ``source`` (an outer ``$…$``/``$$…$$``/``\[…\]``
dropped; for a chain of equalities or an ``align``, the part the source names;
for code, the right-hand side of the assignment). ``lets`` are definitions the
same source gives, verbatim (a display that defines several names separated by
``\quad`` is split at the ``\quad``). ``intended`` (costs) and ``verdict``
(answers) were worked out by hand, before logderiv was run on any of them.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)

D2L = "github:d2l-ai/d2l-en:chapter_linear-regression/"
GDSC = "github:GDSC-CPU/tf-workshop:slides/workshop-logistic/cross-entropy.md"
X35 = "github:x35yao/ml-from-scratch:docs/logistic_regression_math.md"
ATHOWES = "https://athowes.github.io/exp-growth/poisson-regression-theory"
ARQ = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/95518_2012.zip (math.stackexchange question on the ridge derivative)"
)
SE3152235 = "https://math.stackexchange.com/questions/3152235/partial-derivative-of-mse-cost-function-in-linear-regression"
TQ3205293 = "https://math.techqa.club/where-does-the-identity-matrix-come-from-in-the-formula-for-ridge-regression-coefficients-3205293"
TQ2580076 = "https://math.techqa.club/how-to-calculate-gradient-for-this-multivariable-function-2580076"
LEXAI = "https://github.com/retiredbatmanforsale/lexai-fellowship"
ALINE = "github:alineberry/alineberry.github.io:_posts/2019-10-26-logistic-regression.md"

# Costs and definitions that several items share, each verbatim from its source.
_GDSC_VEC_COST = r"J(w) = -\frac{1}{m} \cdot (y^T\log(h) + (1 - y)^T\log(1 - h))"
_GDSC_H = r"h = \sigma(Xw)"
_X35_COST = r"L = - \sum_{i=1}^N [ y_i \log(p_i) + (1-y_i) \log(1-p_i) ]"
_X35_LETS = (r"p_i = \sigma(z_i)", r"z_i = w^Tx_i + b", r"\sigma(z) = \frac{1}{1+e^{-z}}")
_ATHOWES_EXPANDED = r"\sum_{i = 1}^n y_i (\beta^\top x_i) -\exp(\beta^\top x_i)"
_ARQ_RIDGE = r"L^{}(\beta) = ||y-X\beta||^2 + \lambda \sum_{j=1}^k \beta_j^2"
_SE3152235_ASKER_COST = r"J(\theta_0,\theta_1) = \frac{1}{m}\displaystyle\sum_{i=1}^m(\theta_0 + \theta_1x^{(i)} - y^{(i)})^2"
_SE3152235_ANSWER_COST = r"J = \dfrac{1}{m}\sum_{i=1}^m\left[y_i-\theta_0-\theta_1 x_i\right]^2"
_TQ3205293_COST = r"f(\beta) = \frac12 \| X \beta - Y \|^2 + \frac{\lambda}{2} \| \beta \|^2"
_TQ2580076_COST = r"f(m,b) = \frac{1}{n}\sum_{i=0}^n {(y_i-(mx_i + b))^2}"
_JOEMEHR_COST = (
    "J(theta) = (-1/m) Sum from i = 1 to m of [y^(i) * log(h_theta(x^(i))) + (1 - y^(i)) * log(1 - h_theta(x^(i)))]"
)
_JOEMEHR_H = "h_theta(x) = 1/(1 + e^(-theta^T * x))"
_CS340_LET = "yXw = y.*(X*w)"
_LEXAI_COST = r"J(m, c) = \sum_{i=1}^n \left( y_i - (mx_i + c) \right)^2"
_ALINE_LOGLIK = r"\sum_{i=1}^n y_i \log \sigma(w^Tx_i) + (1-y_i) \log (1-\sigma(w^Tx_i))"
_D2L_L = (
    r"L(\mathbf{w}, b) = \frac{1}{n}\sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2."
)


def _logistic_nll(z, y):
    """Σ -[y log σ(z) + (1-y) log(1-σ(z))], written from its formula."""
    return -np.sum(y * np.log(sig(z)) + (1 - y) * np.log(1 - sig(z)))


COSTS = [
    # ------------------------------------------------------------------ GDSC slides (slidev)
    Cost(
        id="f1-gdsc-bce-unbracketed-sign",
        source=GDSC + " ('Unvectorized' J(w))",
        text=r"J(w) = -\frac{1}{m} \sum\limits_{i = 1}^{m} y^{(i)} \log(\hat{y}^{(i)}) - (1 - y^{(i)})\log(1 - \hat{y}^{(i)})",
        intended=None,
        wrt=("w_j",),
        lets=(r"\hat{y} = \sigma(Xw) = \frac{1}{1 + e^{-Xw}}",),
        expect="refuse",
        why="no brackets after the Σ and a minus before the second term: if the Σ covers both terms (they use i) "
        "this is -(1/m)Σ[y log ŷ - (1-y) log(1-ŷ)], not the cross-entropy the slide means; if it stops after "
        "the first term, i is free in the second. Either reading is not the author's; a guess either way",
    ),
    Cost(
        id="f1-gdsc-bce-vectorized",
        source=GDSC + " ('Vectorized', with h = σ(Xw) above it)",
        text=_GDSC_VEC_COST,
        intended=lambda d: _logistic_nll(d.X @ d.w, d.y) / d.m,
        wrt=("w_j",),
        lets=(_GDSC_H,),
        why="y^T log(h) is Σ_i y_i log h_i; h = σ(Xw) elementwise; \\cdot is a product with the scalar -1/m",
    ),
    # ------------------------------------------------------------------ x35yao/ml-from-scratch
    Cost(
        id="f1-x35yao-nll-p-z",
        source=X35 + " (iii. Loss over dataset (sum); the LaTeX of the codecogs image URL, URL-decoded; lets from i. Model)",
        text=_X35_COST,
        intended=lambda d: _logistic_nll(d.X @ d.w + d.b, d.y),
        wrt=("w_j", "b"),
        lets=_X35_LETS,
        why="p_i = σ(z_i), z_i = wᵀx_i + b; square brackets are grouping; N examples",
    ),
    # ------------------------------------------------------------------ ESL ch. 3 notebook
    Cost(
        id="f1-esl-ridge-intercept-inner-sum",
        source="github:oceanumeric/ESL:ch3/3.4-shrinkage-methods.ipynb (3.4.1 Ridge Regression, equation (1), the braces inside argmin)",
        text=r"\sum_{i=1}^N\left( y_i - \beta_0 - \sum_{j=1}^p x_{ij}\beta_j \right)^2 +\lambda\sum_{j=1}^p \beta_j^2",
        intended=lambda d: np.sum((d.y - d.theta0 - d.X @ d.beta) ** 2) + d.lam * np.sum(d.beta**2),
        wrt=("beta_j", "beta_0"),
        why="ESL (3.41): N examples, p inputs; the inner Σ_j binds j (the same letter as ∂/∂β_j); β_0 is not penalised",
    ),
    Cost(
        id="f1-esl-ridge-matrix-rss-lambda",
        source="github:oceanumeric/ESL:ch3/3.4-shrinkage-methods.ipynb (Matrix form)",
        text=r"\text{RSS}(\lambda) = (\mathbf{y}-\mathbf{X}\beta)^T(\mathbf{y}-\mathbf{X}\beta) + \lambda\beta^T\beta",
        intended=lambda d: np.sum((d.y - d.X @ d.beta) ** 2) + d.lam * np.sum(d.beta**2),
        wrt=("beta_j",),
        why="the left side is written RSS(λ) (ESL 3.43) though it is a function of β; the intercept is centred away here",
    ),
    # ------------------------------------------------------------------ athowes Poisson notes
    Cost(
        id="f1-athowes-poisson-loglik-lambda-i",
        source=ATHOWES + " (log-likelihood, first line; λ_i from the model display above it)",
        text=r"\ell(\beta) = \sum_{i = 1}^n -\lambda_i + y_i \log(\lambda_i)",
        intended=lambda d: np.sum(-np.exp(d.X @ d.beta) + d.y * (d.X @ d.beta)),
        wrt=("beta_j",),
        lets=(r"\log(\lambda_i) = \beta^\top x_i",),
        why="the Poisson log-likelihood (up to a constant), to be maximised; λ_i = exp(βᵀx_i) is the rate, not a "
        "regularisation constant; the Σ covers both terms (both use i)",
    ),
    Cost(
        id="f1-athowes-poisson-loglik-expanded",
        source=ATHOWES + " (log-likelihood, second line)",
        text=_ATHOWES_EXPANDED,
        intended=lambda d: np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta)),
        wrt=("beta_j",),
        why="the same log-likelihood with λ_i substituted; no brackets after Σ, both terms use i",
    ),
    # ------------------------------------------------------------------ zhaofeng-shu33 notes
    Cost(
        id="f1-zhaofeng-logistic-loglik",
        source="github:zhaofeng-shu33/nn_activation_function_property:regression.md (Logistic Regression, L(w | y; x) and 'where h_w(x)')",
        text=r"L(w | y; x) = \sum_{i=1}^n y_i \log h_w(x_i) + (1-y_i) \log (1-h_w(x_i))",
        intended=lambda d: -_logistic_nll(d.X @ d.w, d.y),
        wrt=("w_j",),
        lets=(r"h_w(x) = \frac{1}{1+\exp(-w^Tx)}",),
        why="called the cross-entropy loss on the page but written as the log-likelihood (no minus): read as written; "
        "L(w | y; x) is a function of w",
    ),
    Cost(
        id="f1-zhaofeng-poisson-unindexed-x",
        source="github:zhaofeng-shu33/nn_activation_function_property:regression.md (Poisson Regression, 'the Loss function is'; "
        "the version of the file that has this section)",
        text=r"L(w | y;x) = \sum_{i=1}^n (y_i w^Tx - \exp(w^Tx))",
        intended=lambda d: np.sum(d.y * (d.X @ d.w) - np.exp(d.X @ d.w)),
        wrt=("w_j",),
        why="x is unindexed inside Σ_i while y_i is indexed: the i-th example's features, as the unindexed y is read "
        "elsewhere in the corpus; the Poisson log-likelihood without log y_i!",
    ),
    # ------------------------------------------------------------------ ridge Q&A (matrix form)
    Cost(
        id="f1-techqa-3205293-ridge-half-norms",
        source=TQ3205293 + " (answer: 'Our goal is to minimize the function')",
        text=_TQ3205293_COST,
        intended=lambda d: 0.5 * np.sum((d.X @ d.beta - d.y) ** 2) + d.lam / 2 * np.sum(d.beta**2),
        wrt=("beta_j",),
        why="\\frac12 without braces; Y is the vector of targets (capital), X the data matrix",
    ),
    Cost(
        id="f1-arqmath-ridge-k-coefficients",
        source=ARQ + " ('the sum of squares can be rewritten as')",
        text=_ARQ_RIDGE,
        intended=lambda d: np.sum((d.y - d.X @ d.beta) ** 2) + d.lam * np.sum(d.beta**2),
        wrt=("beta_j",),
        why="an empty superscript L^{}; ||·||^2 the squared 2-norm; k is the number of coefficients (features)",
    ),
    Cost(
        id="f1-arqmath-ridge-phi-features",
        source=ARQ + " (the question's first display)",
        text=r"L^{\text{Ridge}}(\beta) = \sum_{i=1}^n (y_i - \phi(x_i)^T\beta)^2 + \lambda \sum_{j=1}^k \beta_j^2",
        intended=lambda d: float(np.sum((d.y - d.X @ d.beta) ** 2)) + d.lam * float(np.sum(d.beta ** 2)),
        wrt=("beta_j",),
        why="φ is a feature map the page never defines, a function of the data alone: φ(x_i) is example i's "
        "features (Data.X's row i), and the gradient by β is in its values, −2Σ(y_i − φ(x_i)ᵀβ)φ(x_i)_j + 2λβ_j. "
        "The collector first marked it a refusal ('nothing to differentiate through'); corrected by fixf68a, whose "
        "reading of φ(x) beside the weights is noted: β is differentiated, never φ, so its form is not needed (f68's "
        "blind collector read mlkr's wᵀφ(x⁽ⁱ⁾) the same way)",
    ),
    # ------------------------------------------------------------------ math.stackexchange 3152235
    Cost(
        id="f1-se3152235-mse-h-theta",
        source=SE3152235 + " (question, first line of the aligned cost; 'Here h_θ(x) = θ_0+θ_1x')",
        text=r"J(\theta_0,\theta_1) = \frac{1}{m}\displaystyle\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})^2",
        intended=lambda d: np.mean((d.theta0 + d.theta1 * d.x - d.y) ** 2),
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) = \theta_0+\theta_1x",),
        why="MSE without the 1/2; one feature",
    ),
    Cost(
        id="f1-se3152235-answer-square-brackets",
        source=SE3152235 + " (answer: 'The minus sign is there if we differentiate')",
        text=_SE3152235_ANSWER_COST,
        intended=lambda d: np.mean((d.y - d.theta0 - d.theta1 * d.x) ** 2),
        wrt=("theta_0", "theta_1"),
        why="square brackets as parentheses; x_i is the one feature of example i",
    ),
    # ------------------------------------------------------------------ plain text (README)
    Cost(
        id="f1-joemehr-plain-sum-from",
        source="github:joemehr/MachineLearning:supervisedLearning/logisticRegression/README.md (Logistic regression cost function, the combined J(theta))",
        text=_JOEMEHR_COST,
        intended=lambda d: _logistic_nll(d.X @ d.theta, d.y) / d.m,
        wrt=("theta_j",),
        lets=(_JOEMEHR_H,),
        why="plain text: 'Sum from i = 1 to m of [...]' is Σ_{i=1}^m over the bracket; h_theta = 1/(1+e^(-θᵀx))",
    ),
    # ------------------------------------------------------------------ Dive into Deep Learning
    Cost(
        id="f1-d2l-weight-decay-base-loss",
        source=D2L + "weight-decay.md (Norms and Weight Decay, 'our loss was given by')",
        text=_D2L_L,
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2 / 2),
        wrt=("w_j", "b"),
        why="n examples (d2l's n is the dataset size); the trailing period is the sentence's",
    ),
    Cost(
        id="f1-d2l-weight-decay-penalised",
        source=D2L + "weight-decay.md (the regularised objective; L from the display before it)",
        text=r"L(\mathbf{w}, b) + \frac{\lambda}{2} \|\mathbf{w}\|^2.",
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2 / 2) + d.lam / 2 * np.sum(d.w**2),
        wrt=("w_j", "b"),
        lets=(_D2L_L,),
        why="the cost is written through L, defined on the same page; b is not penalised",
    ),
    Cost(
        id="f1-d2l-linreg-chain-l-i",
        source=D2L + "linear-regression.md (Loss Function, the average over the training set; l^(i) eq_mse and ŷ eq_linreg-y)",
        text=r"L(\mathbf{w}, b) =\frac{1}{n}\sum_{i=1}^n l^{(i)}(\mathbf{w}, b) =\frac{1}{n} \sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.",
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2 / 2),
        wrt=("w_j", "b"),
        lets=(
            r"l^{(i)}(\mathbf{w}, b) = \frac{1}{2} \left(\hat{y}^{(i)} - y^{(i)}\right)^2.",
            r"\hat{y} = \mathbf{w}^\top \mathbf{x} + b.",
        ),
        why="a chain of two equal forms, the first through the per-example loss l^(i)",
    ),
    # ------------------------------------------------------------------ regreg docs, CS340 code
    Cost(
        id="f1-regreg-logistic-l2-YTX",
        source="github:klingebj/regreg:doc/logistictutorial.rst (the objective under 'minimizes the objective')",
        text=r"-2\left(Y^TX\beta - \sum_i \log \left[ 1 + \exp(x_i^T\beta) \right] \right) + \lambda \|\beta\|_2^2",
        intended=lambda d: -2 * (d.y @ (d.X @ d.beta) - np.sum(np.log1p(np.exp(d.X @ d.beta))))
        + d.lam * np.sum(d.beta**2),
        wrt=("beta_j",),
        why="-2 × the logistic log-likelihood (Yᵀ Xβ = Σ y_i x_iᵀβ) plus a ridge penalty; Σ_i has no limits (all examples)",
    ),
    Cost(
        id="f1-cs340-logistic-pm1-octave",
        source="github:d4l3k/cs340:a4/logRegL2.m (logisticLossL2, f = ...)",
        text="sum(log(1 + exp(-yXw))) + w'*w*lambda/2",
        intended=lambda d: np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))) + d.lam / 2 * np.sum(d.w**2),
        wrt=("w_j",),
        lets=(_CS340_LET,),
        why="the ±1-label logistic loss Σ log(1+exp(-y_i x_iᵀw)) with (λ/2)‖w‖²; w'*w is wᵀw; yXw is one name",
    ),
    # ------------------------------------------------------------------ softmax (refuse)
    Cost(
        id="f1-hmchen-cs231n-softmax",
        source="github:hmchen47/DataScience:ML/MLNN-Hinton/a09-SoftmaxClass.md (Cross-entropy loss function, first form)",
        text=r"L_i = -\log \left( \frac{e^{f_{y_i}}}{\sum_j e^{f_j}} \right)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="softmax cross-entropy over class scores f_j (a class-indexed score vector): not supported",
    ),
    # ------------------------------------------------------------------ alineberry blog
    Cost(
        id="f1-alineberry-loglik-last-line",
        source=ALINE + " (J = log p(y_1…y_n | x_1…x_n), last line of the align)",
        text=_ALINE_LOGLIK,
        intended=lambda d: -_logistic_nll(d.X @ d.w, d.y),
        wrt=("w_j",),
        why="the log-likelihood (to be maximised); no brackets after Σ, both terms use i",
    ),
]


ANSWERS = [
    # ------------------------------------------------------------------ GDSC slides
    Answer(
        id="f1-gdsc-dJdw-vectorized",
        source=GDSC + " ('Partial Derivative of vectorized J(w)')",
        text=r"\frac{\partial}{\partial{w}}J(w) = \frac{1}{m}X^T[\sigma(Xw) - y]",
        cost=_GDSC_VEC_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(_GDSC_H,),
        why="the mean cross-entropy's gradient in matrix form; square brackets are grouping",
    ),
    # ------------------------------------------------------------------ x35yao
    Answer(
        id="f1-x35yao-dLdw",
        source=X35 + " (vii. Gradients wrt parameters, first image, URL-decoded)",
        text=r"\frac{\partial L}{\partial w} = \sum_{i=1}^N (p_i-y_i)x_i",
        cost=_X35_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_X35_LETS,
        why="Σ (σ(z_i) - y_i) x_i is the gradient of the summed NLL; x_i the feature vector of example i",
    ),
    Answer(
        id="f1-x35yao-dLdb",
        source=X35 + " (vii. Gradients wrt parameters, second image, URL-decoded)",
        text=r"\frac{\partial L}{\partial b} = \sum_{i=1}^N (p_i-y_i)",
        cost=_X35_COST,
        verdict="equivalent",
        wrt="b",
        lets=_X35_LETS,
        why="the bias gradient of the summed NLL",
    ),
    # ------------------------------------------------------------------ Poisson
    Answer(
        id="f1-athowes-poisson-partial-delta",
        source=ATHOWES + " ('The partial derivative of the log likelihood with respect to the jth entry of β')",
        text=r"\frac{\delta \ell(\beta)}{\partial \beta_j} = \sum_{i = 1}^n x_{ij}(y_i - \exp(\beta^\top x_i))",
        cost=_ATHOWES_EXPANDED,
        verdict="equivalent",
        wrt="beta_j",
        why="∂/∂β_j of Σ y_i βᵀx_i - exp(βᵀx_i) is Σ x_ij (y_i - exp(βᵀx_i)); the numerator's δ is a typo for ∂ "
        "(the denominator has ∂), a notational slip on the left side only",
    ),
    Answer(
        id="f1-statsmodels-poisson-score",
        source="https://statsmodels.org/v0.13.5/generated/statsmodels.discrete.discrete_model.Poisson.score.html (Notes); "
        "cost from the same version's Poisson.loglike page (Notes)",
        text=r"\frac{\partial\ln L}{\partial\beta}=\sum_{i=1}^{n}\left(y_{i}-\lambda_{i}\right)x_{i}",
        cost=r"\ln L=\sum_{i=1}^{n}\left[-\lambda_{i}+y_{i}x_{i}^{\prime}\beta-\ln y_{i}!\right]",
        verdict="equivalent",
        wrt="beta_j",
        lets=(r"\ln\lambda_{i}=x_{i}\beta",),
        why="λ_i = exp(x_i β); ∂/∂β of -λ_i + y_i x_i'β is (y_i - λ_i) x_i; ln y_i! is constant in β",
    ),
    # ------------------------------------------------------------------ ridge: ARQMath (math.SE 2012)
    Answer(
        id="f1-arqmath-ridge-lambda-I-rowform",
        source=ARQ + " (the asker's derivation, first line, right of '0^T &=')",
        text=r"-2(y - X \beta)^TX + 2 \lambda I",
        cost=_ARQ_RIDGE,
        verdict="different",
        wrt="beta_j",
        why="the penalty's derivative is 2λβ (2λβᵀ in row form), not 2λI: the identity matrix replaces β "
        "(and a row vector plus a k×k matrix is not even the gradient's shape); the data term -2(y-Xβ)ᵀX is right",
    ),
    Answer(
        id="f1-arqmath-ridge-lambda-I-second-line",
        source=ARQ + " (the asker's derivation, second line)",
        text=r"-2(y - X \beta) X^T + 2 \lambda I",
        cost=_ARQ_RIDGE,
        verdict="different",
        wrt="beta_j",
        why="2λI for 2λβ again, and (y - Xβ)Xᵀ multiplies in the wrong order (the gradient's data term is -2Xᵀ(y - Xβ))",
    ),
    # ------------------------------------------------------------------ math.SE 3152235
    Answer(
        id="f1-se3152235-asker-theta1-minus",
        source=SE3152235 + " (question: 'Are these the correct partial derivatives', dJ/dθ_1)",
        text=r"\frac{dJ}{d\theta_1} = \frac{-2}{m}\displaystyle\sum_{i=1}^m(x^{(i)}).(\theta_0 + \theta_1x^{(i)} - y^{(i)})",
        cost=_SE3152235_ASKER_COST,
        verdict="different",
        wrt="theta_1",
        why="sign error: with the residual written θ_0 + θ_1x - y the derivative is +2/m Σ x(θ_0 + θ_1x - y) "
        "(the answer and a comment on the page say so); '.' is the asker's multiplication dot",
    ),
    Answer(
        id="f1-se3152235-asker-theta0-minus",
        source=SE3152235 + " (question, dJ/dθ_0)",
        text=r"\frac{dJ}{d\theta_0} = \frac{-2}{m}\displaystyle\sum_{i=1}^m(\theta_0 + \theta_1x^{(i)} - y^{(i)})",
        cost=_SE3152235_ASKER_COST,
        verdict="different",
        wrt="theta_0",
        why="sign error, as for θ_1: the derivative is +2/m Σ (θ_0 + θ_1x - y)",
    ),
    Answer(
        id="f1-se3152235-answer-theta0",
        source=SE3152235 + " (answer: 'If we calculate the partial derivatives we obtain', ∂J/∂θ_0)",
        text=r"\dfrac{\partial J}{\partial \theta_0}=\frac{2}{m}\sum_{i=1}^{m}[y_i-\theta_0-\theta_1x_i]\cdot\left[-1 \right]",
        cost=_SE3152235_ANSWER_COST,
        verdict="equivalent",
        wrt="theta_0",
        why="chain rule with the inner derivative -1 written as a bracketed factor",
    ),
    Answer(
        id="f1-se3152235-answer-theta1",
        source=SE3152235 + " (answer, ∂J/∂θ_1)",
        text=r"\dfrac{\partial J}{\partial \theta_1}=\frac{2}{m}\sum_{i=1}^{m}[y_i-\theta_0-\theta_1x_i]\cdot\left[-x_i \right]",
        cost=_SE3152235_ANSWER_COST,
        verdict="equivalent",
        wrt="theta_1",
        why="inner derivative -x_i as a bracketed factor",
    ),
    # ------------------------------------------------------------------ math.techqa 3205293 (ridge)
    Answer(
        id="f1-techqa-3205293-nabla",
        source=TQ3205293 + " (answer: 'So the gradient of f is')",
        text=r"\nabla f(\beta) = f'(\beta)^T = X^T(X \beta - Y) + \lambda \beta",
        cost=_TQ3205293_COST,
        verdict="equivalent",
        wrt="beta_j",
        why="the gradient of ½‖Xβ-Y‖² + (λ/2)‖β‖², written as the transpose of the derivative",
    ),
    Answer(
        id="f1-techqa-3205293-row-derivative",
        source=TQ3205293 + " (answer: 'the derivative of f is')",
        text=r"f'(\beta) = (X \beta - Y)^ T X + \lambda \beta^T",
        cost=_TQ3205293_COST,
        verdict="equivalent",
        wrt="beta_j",
        why="the same gradient as a row vector (the derivative); component j is the same number",
    ),
    Answer(
        id="f1-techqa-3205293-asker-XT-beta",
        source=TQ3205293 + " (question: 'Take the derivative and equating to zero'; the loss from 'The loss is')",
        text=r"\frac{dL}{d\beta} = 2({X^{\top}\beta-Y)X}+2{\lambda \beta}",
        cost=r"L = {(X^{\top}\beta-Y)^2+\lambda\beta^{\top}\beta}",
        verdict="refuse",
        wrt="beta_j",
        why="the asker's loss squares X^⊤β - Y (with the sum 'omitted', and X^⊤β where Xβ is meant) and the "
        "derivative's grouping ({X^{\\top}\\beta-Y)X} crosses the braces: which products and shapes are meant is a guess",
    ),
    # ------------------------------------------------------------------ math.techqa 2580076 (slope m)
    Answer(
        id="f1-techqa-2580076-dfdm",
        source=TQ2580076 + " (answer: '∂f/∂m = ...' after 'and then adding up')",
        text=r"\frac{\partial f}{\partial m}= \frac{2}{n}\sum_{i=0}^n {-x_i(y_i-(mx_i + b))}",
        cost=_TQ2580076_COST,
        verdict="equivalent",
        wrt="m",
        why="m is the slope here (not a count); the same Σ_{i=0}^n and 1/n as the cost, so the bounds agree",
    ),
    Answer(
        id="f1-techqa-2580076-dfdb",
        source=TQ2580076 + " (answer, ∂f/∂b)",
        text=r"\frac{\partial f}{\partial b}= \frac{2}{n}\sum_{i=0}^n {-(y_i-(mx_i + b))}",
        cost=_TQ2580076_COST,
        verdict="equivalent",
        wrt="b",
        why="the intercept's derivative; braces are TeX grouping",
    ),
    # ------------------------------------------------------------------ ISLR 6.12 (Cross Validated mirror)
    Answer(
        id="f1-imathworks-islr-6-12",
        source="https://imathworks.com/cv/introduction-to-statistical-learning-eq-6-12-and-6-13/ (Best Answer, left side of '= 0')",
        text=r"-2(y_j -\beta_j) +2\lambda\beta_j",
        cost=r"S = \sum_{j=1}^p (y_j-\beta_j)^2 +\lambda\sum_{j=1}^p\beta_j^2",
        verdict="equivalent",
        wrt="beta_j",
        why="ISLR's special case X = I (n = p): only the j-th terms of both sums contain β_j",
    ),
    # ------------------------------------------------------------------ joemehr README (plain text)
    Answer(
        id="f1-joemehr-update-sum-no-1-over-m",
        source="github:joemehr/MachineLearning:supervisedLearning/logisticRegression/README.md "
        "('After calculating the partial derivative you get', the term after 'alpha *')",
        text="Sum from i = 1 to m of [[h_theta(x^(i)) - y^(i)] * x_j^(i)]",
        cost=_JOEMEHR_COST,
        verdict="different",
        wrt="theta_j",
        lets=(_JOEMEHR_H,),
        why="the README calls this the partial derivative of its J(theta), which has (-1/m) in front: the gradient "
        "is (1/m) Σ (h - y) x_j; the 1/m is missing (the lecture's update rule folds it into alpha)",
    ),
    # ------------------------------------------------------------------ CS340 logistic (±1 labels, Octave)
    Answer(
        id="f1-d4l3k-cs340-gradient-missing-lambda",
        source="github:d4l3k/cs340:a4/logRegL2.m (logisticLossL2, g = ...)",
        text="-X'*(y./(1+exp(yXw)))",
        cost="sum(log(1 + exp(-yXw))) + w'*w*lambda/2",
        verdict="different",
        wrt="w_j",
        lets=(_CS340_LET,),
        why="the function value has '% Add an L2 regularizer' + (λ/2)wᵀw but the gradient lacks its λw term; "
        "the data term -Xᵀ(y ./ (1 + exp(y.*Xw))) is right",
    ),
    Answer(
        id="f1-schliffen-cs340-gradient",
        source="github:schliffen/Machine-Learning---basic:HW (logisticLoss, g = ...)",
        text="-X'*(y./(1+exp(yXw))) + lambda*w",
        cost="sum(log(1 + exp(-yXw))) + lambda/2*(w'*w)",
        verdict="equivalent",
        wrt="w_j",
        lets=(_CS340_LET,),
        why="d/dw log(1+exp(-y_i x_iᵀw)) = -y_i x_i / (1 + exp(y_i x_iᵀw)); plus λw from (λ/2)wᵀw",
    ),
    # ------------------------------------------------------------------ lexai fellowship notes (slope m, intercept c)
    Answer(
        id="f1-lexai-dJdm-chain",
        source=LEXAI + " (Derivative with respect to m (slope), first display)",
        text=r"\frac{\partial J}{\partial m} = \sum_{i=1}^n 2 \cdot \left( y_i - (mx_i + c) \right) \cdot (-x_i)",
        cost=_LEXAI_COST,
        verdict="equivalent",
        wrt="m",
        why="m is the slope, c the intercept; chain rule",
    ),
    Answer(
        id="f1-lexai-dJdm-final",
        source=LEXAI + " (Derivative with respect to m, 'So, putting it all together')",
        text=r"\frac{\partial J}{\partial m} = -2 \sum_{i=1}^n x_i \cdot \left( y_i - (mx_i + c) \right)",
        cost=_LEXAI_COST,
        verdict="equivalent",
        wrt="m",
        why="the same with -2 pulled out of the sum",
    ),
    # ------------------------------------------------------------------ draco-tlw notes (regularised linear)
    Answer(
        id="f1-draco-reg-linear-dw",
        source="github:draco-tlw/ML-notes:supervised-ml-regression-and-classification/week-3-classification/"
        "04-the-problem-of-overfitting/04-regularized-linear-regression.md (Derivative with respect to w_j)",
        text=r"\frac{\partial J}{\partial w_j} = \left( \frac{1}{m} \sum_{i=1}^{m} (f_{\vec{w},b}(\vec{x}^{(i)}) - y^{(i)}) x_j^{(i)} \right) + \frac{\lambda}{m}w_j",
        cost=r"J(\vec{w},b) = \frac{1}{2m} \sum_{i=1}^{m} (f_{\vec{w},b}(\vec{x}^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2",
        verdict="equivalent",
        wrt="w_j",
        why="f undefined on this page, in a squared error: f = w·x + b (the notes' linear model)",
    ),
    # ------------------------------------------------------------------ alineberry blog (missing x)
    Answer(
        id="f1-alineberry-grad-y-minus-sigma",
        source=ALINE + " (∇_w J, last line of the align*; 'consider a single data point', σ = σ(wᵀx))",
        text=r"y - \sigma",
        cost=_ALINE_LOGLIK,
        verdict="different",
        wrt="w_j",
        lets=(r"\sigma = \sigma(w^Tx)",),
        why="the derivation replaces ∇_w σ by σ(1-σ), dropping the factor x: the gradient is (y - σ(wᵀx)) x "
        "per point, Σ_i (y_i - σ(wᵀx_i)) x_i for the J of the page",
    ),
    Answer(
        id="f1-alineberry-grad-cancel-step",
        source=ALINE + " (∇_w J, the next-to-last line of the align*)",
        text=r"\frac{y - \sigma}{\sigma(1-\sigma)} \sigma(1-\sigma)",
        cost=_ALINE_LOGLIK,
        verdict="different",
        wrt="w_j",
        lets=(r"\sigma = \sigma(w^Tx)",),
        why="the same slip one line earlier: ∇_w σ = σ(1-σ) x, written without x",
    ),
    # ------------------------------------------------------------------ d2l normal equations
    Answer(
        id="f1-d2l-normal-equation-gradient",
        source=D2L + "linear-regression.md (Analytic Solution, the derivative of the loss with respect to w)",
        text=r"2 \mathbf{X}^\top (\mathbf{X} \mathbf{w} - \mathbf{y})",
        cost=r"\|\mathbf{y} - \mathbf{X}\mathbf{w}\|^2",
        verdict="equivalent",
        wrt="w_j",
        why="∂_w ‖y - Xw‖² = 2Xᵀ(Xw - y), the bias subsumed into w",
    ),
    # ------------------------------------------------------------------ ArkadiyVa README (refuse)
    Answer(
        id="f1-arkadiyva-logistic-margin-derivative",
        source="github:ArkadiyVa/DataScienceProjects:Machine_learning_algorithms/logistic_regression/README.md (Derivative of logistic loss)",
        text=r"{L_{z}}' = \frac{\partial L}{\partial w }=\frac{-yXe^{-z}}{1+e^{-z}}",
        cost=r"L(z_{i}) = log(1+e^{-z_{i}})",
        verdict="refuse",
        wrt="w_j",
        lets=(r"z_{i} = y_{i}*f(x_{i}) = y_{i}(w^{T}x_{i}+b)",),
        why="the loss is per example z_i but the derivative drops every index (y, X, z) and writes the data matrix X "
        "for one example's x_i; f is defined only through the let's chain: which sum or example is meant is a guess",
    ),
]
