r"""A fresh held-out-style collection (``f4-``): costs and gradients from course notes, exam solutions and textbooks.

Gathered blind (logderiv's source never opened) from typeset course material in
public repositories and pages none of the other corpus files use: the UC Berkeley
Data 100 course notes and the *Learning Data Science* textbook (DS-100), a
reworking of the Stanford CS229 notes with UW CSE 446 practice-exam solutions
(darinz/ML), the *Statistics and Machine Learning in Python* course
(duchesnay/pystatsml), Cornell CS 3/5780 slides, Ghent University's *Selected
Topics in Mathematical Optimization* notes, LMU Munich's I2ML exercise solutions,
a Stevens statistical-learning homework write-up and notes on a Japanese ML
textbook (Ito, ch. 6). Every ``text`` is copied verbatim from the file or page
named in ``source`` (an outer ``$…$``/``$$…$$``/``\boxed{…}`` dropped; for a
chain or an ``align``, the part the source names, said in ``source``); ``lets``
are definitions the same source gives, verbatim (a display defining a name after
``\quad\text{with}`` is split there). ``intended`` (costs) and ``verdict``
(answers) were worked out by hand before logderiv was run on any of them.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)

PYSTATSML = "github:duchesnay/pystatsml:ml_supervised/demo_ml_losses.md"
DARINZ = "github:darinz/ML:"
CS229_LR = DARINZ + "01_linear_models/01_linear_regression/"
CS229_LOG = DARINZ + "01_linear_models/02_classification_logistic_regression/01_logistic_regression.md"
CS229_REG = DARINZ + "06_regularization_model_selection/01_regularization.md"
CSE446 = DARINZ + "practice-"
ITO = "github:ShisatoYano/SupervisedClassificationSample:NumericalExpression.md"
XUEREN = "github:xueren-ge/Statistical-Machine-Learning:HW#6/README.md"
CORNELL = "https://slides.com/sarahdean-2/linear-regression?token=ZCWDH1NC"
GHENT = "github:Ingenjoy/SelectedTopicsOptimization:Chapters/02.Unconstrained/notes_unconstrained.md"
LMU = "github:slds-lmu/lecture_i2ml:exercises/supervised-classification/ex_rnw/sol_research-group-logreg.Rnw"
D100 = "github:DS-100/course-notes:content/"
LDS = "github:DS-100/textbook:content/ch/"

# Costs and definitions that several items share, each verbatim from its source.
_PYSTATSML_NLL = (
    r"\mathcal{L}(\mathbf{w}) = -\sum_{i=1}^n \left[ y_i \log(\hat{p}_i) + (1 - y_i) \log(1 - \hat{p}_i) \right]"
)
_PYSTATSML_LETS = (r"\hat{p}_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}", r"z_i = \mathbf{w}^\top \mathbf{x}_i")
_CS229_H_LINEAR = r"h_\theta(x) = \theta^T x"
_CS229_J_2N = r"J(\theta) = \frac{1}{2n} \sum_{i=1}^n (h_\theta(x^{(i)}) - y^{(i)})^2"
_CSE446_MSE = r"L(w) = ||Xw-Y||_2^2"
_ITO_CE = r"-\frac {1}{N} \sum_{n=0}^{N-1} \{ t_n log y_n + (1-t_n) log (1-y_n) \}"
_ITO_LETS = (r"y_n = \sigma(a_n) = \frac{1}{1 + exp(-a_n)}", r"a_n = w_0 x_n + w_1")
_XUEREN_LL = r"\ell(\theta) = \sum\limits_{i=1}^{N}[y_{i} \theta^{T} \tilde{x_{i}} - \ln (1+e^{\theta^{T} \tilde{x_{i}} }) ]"
_D100_SLR_MSE = (
    r"\text{MSE} = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2 = \frac{1}{n} \sum_{i=1}^{n} (y_i - \theta_0 - \theta_1 x_i)^2"
)
_D100_SLR_YHAT = r"\hat{y}_i = \theta_0 + \theta_1 x_i"
_D100_GD_L = r"L(\theta) = MSE(\theta) = \frac{1}{n} \sum_{i=1}^n (y_i - \theta_1x_i)^2"


def _nll(z, y):
    """Σ -[y log σ(z) + (1-y) log(1-σ(z))], written from its formula."""
    return -np.sum(y * np.log(sig(z)) + (1 - y) * np.log(1 - sig(z)))


COSTS = [
    # ------------------------------------------------------------------ pystatsml (Duchesnay's course)
    Cost(
        id="f4-pystatsml-nll-simplified-z",
        source=PYSTATSML + " (Final Simplified Expression; the 'with z_i = …' after \\quad taken as the let)",
        text=r"\mathcal{L}_{\text{NLL}}(\mathbf{w}) = \sum_{i=1}^n \left[ \log(1 + e^{-z_i}) + (1 - y_i) z_i \right]",
        intended=lambda d: _nll(d.X @ d.w, d.y),
        wrt=("w_j",),
        lets=(r"z_i = \mathbf{w}^\top \mathbf{x}_i",),
        why="log(1+e^{-z}) + (1-y)z is the per-example NLL rewritten (it equals -[y log σ(z) + (1-y) log(1-σ(z))]); "
        "the subscript \\text{NLL} is a name",
    ),
    Cost(
        id="f4-pystatsml-nll-pm1-form-literal",
        source=PYSTATSML + " ('Or, equivalently:', after the Final Simplified Expression)",
        text=r"\mathcal{L}_{\text{NLL}}(\mathbf{w}) = \sum_{i=1}^n \log\left(1 + e^{-y_i \cdot \mathbf{w}^\top \mathbf{x}_i} \right)",
        intended=lambda d: np.sum(np.log(1 + np.exp(-d.y * (d.X @ d.w)))),
        wrt=("w_j",),
        why="as written: Σ log(1 + exp(-y_i wᵀx_i)) — the ±1-label logistic loss. The page calls it equivalent to its "
        "0/1-label NLL (it is not, for y ∈ {0,1}); the text itself is unambiguous and is read as written",
    ),
    Cost(
        id="f4-pystatsml-nll-phat",
        source=PYSTATSML + " (Gradient of NLL, Recap: NLL loss; p̂_i and z_i from the same recap)",
        text=_PYSTATSML_NLL,
        intended=lambda d: _nll(d.X @ d.w, d.y),
        wrt=("w_j",),
        lets=_PYSTATSML_LETS,
        why="the summed cross-entropy; p̂_i = σ(z_i), z_i = wᵀx_i (no bias)",
    ),
    # ------------------------------------------------------------------ CS229 notes (darinz/ML rework)
    Cost(
        id="f4-cs229notes-J-half-norm",
        source=CS229_LR + "01_linear_regression.md (Vectorized Form and Mean Squared Error)",
        text=r"J(\theta) = \frac{1}{2} \| X\theta - y \|^2",
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2),
        why="‖·‖ is the Euclidean norm (the page says so); X is n×(d+1) with the intercept column",
    ),
    Cost(
        id="f4-cs229notes-J-1over2n",
        source=CS229_LR + "02_lms_algorithm.md ('For a dataset with n examples, the cost function becomes'; "
        "h_θ(x) = θ^T x from the section's first paragraph)",
        text=_CS229_J_2N,
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=(_CS229_H_LINEAR,),
        why="n is the number of examples here (the page's own words); 1/2n is 1/(2n)",
    ),
    Cost(
        id="f4-cs229notes-loglik-chain",
        source=CS229_LOG + " (Log-Likelihood: The Computationally Friendly Version; h from 'h_θ(x) = g(θ^T x) = …')",
        text=r"\ell(\theta) = \log L(\theta) = \sum_{i=1}^n y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) \log(1 - h_\theta(x^{(i)}))",
        intended=lambda d: -_nll(d.X @ d.theta, d.y),
        lets=(r"h_\theta(x) = g(\theta^T x) = \frac{1}{1 + e^{-\theta^T x}}",),
        why="a chain ℓ = log L = Σ …: the formula is its last member, the log-likelihood (to be maximised, no minus "
        "sign); L(θ) is the likelihood the page defined in words above; Σ has no brackets, both terms use i",
    ),
    Cost(
        id="f4-cs229notes-reg-mse-h-undefined",
        source=CS229_REG + " (The Loss Function J(θ), 'For regression')",
        text=r"J(\theta) = \frac{1}{n}\sum_{i=1}^n (y_i - h_\theta(x_i))^2",
        intended=lambda d: np.mean((d.y - d.X @ d.theta) ** 2),
        why="h undefined on the page: in a squared error, the linear h_θ(x) = θᵀx",
    ),
    Cost(
        id="f4-cs229notes-reg-ce-h-undefined",
        source=CS229_REG + " (The Loss Function J(θ), 'For classification')",
        text=r"J(\theta) = -\frac{1}{n}\sum_{i=1}^n [y_i \log(h_\theta(x_i)) + (1-y_i)\log(1-h_\theta(x_i))]",
        intended=lambda d: _nll(d.X @ d.theta, d.y) / d.m,
        why="h undefined on the page: in a cross-entropy, h_θ(x) = σ(θᵀx); square brackets are grouping",
    ),
    # ------------------------------------------------------------------ UW CSE 446 practice exams (darinz/ML)
    Cost(
        id="f4-cse446-mse-norm-capital-Y",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17: 'Consider mean squared error L(w) = ||Xw-Y||_2^2')",
        text=_CSE446_MSE,
        intended=lambda d: np.sum((d.X @ d.w - d.y) ** 2),
        wrt=("w_j",),
        why="X ∈ R^{m×n}, Y ∈ R^m: Y is the label vector (capital); the 'mean squared error' has no 1/m",
    ),
    Cost(
        id="f4-cse446-plain-unicode-squared-norm",
        source=CSE446 + "1/p4/solution_p4.md (Problem 16 explanation, code block: 'Objective: min L(w) = ||y - Xw||²', "
        "the part after 'min')",
        text="L(w) = ||y - Xw||²",
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2),
        wrt=("w_j",),
        why="plain text with a Unicode superscript ²: the squared Euclidean norm of the residual",
    ),
    Cost(
        id="f4-cse446-sum-rows-xiT-w",
        source=CSE446 + "1/p1/solution_p1.md (Problem 38: 'minimize the loss function')",
        text=r"L(w) = \sum_{i=1}^{n}(y_i - x_i^T w)^2",
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2),
        wrt=("w_j",),
        why="x_i^T is the i-th row of X (the problem says so); n examples",
    ),
    Cost(
        id="f4-cse446-ridge-primal-min",
        source=CSE446 + "2/p1/solution_p1.md (Primal Form of Ridge Regression)",
        text=r"\min_w ||y - Xw||_2^2 + \lambda ||w||_2^2",
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="\\min_w in front of the objective; ridge with λ‖w‖²₂, no 1/n",
    ),
    Cost(
        id="f4-cse446-logistic-sum-i-no-bounds",
        source=CSE446 + "1/p2/solution_p2.md (Problem 6 explanation: 'Logistic regression without regularization')",
        text=r"L(\theta) = -\sum_i [y_i \log(\sigma(\theta^T x_i)) + (1-y_i) \log(1-\sigma(\theta^T x_i))]",
        intended=lambda d: _nll(d.X @ d.theta, d.y),
        why="Σ_i with no bounds: over the examples",
    ),
    Cost(
        id="f4-cse446-logistic-l2-norm",
        source=CSE446 + "1/p2/solution_p2.md (Problem 6 explanation: 'Logistic regression with L2 regularization')",
        text=r"L(\theta) = -\sum_i [y_i \log(\sigma(\theta^T x_i)) + (1-y_i) \log(1-\sigma(\theta^T x_i))] + \lambda\|\theta\|^2",
        intended=lambda d: _nll(d.X @ d.theta, d.y) + d.lam * np.sum(d.theta**2),
        why="‖θ‖² is the squared Euclidean norm, all of θ penalised",
    ),
    Cost(
        id="f4-cse446-objective-text-min-bare-sum",
        source=CSE446 + "1/p5/solution_p5.md (explanation, '5. Logistic regression:', the code block)",
        text=r"\text{Objective: } \min \sum[-y_i \log(\sigma(x_i^T w)) - (1-y_i)\log(1-\sigma(x_i^T w))]",
        intended=lambda d: _nll(d.X @ d.w, d.y),
        wrt=("w_j",),
        why="a \\text label and a bare \\min before the objective; Σ without index or bounds runs over i, the only "
        "free index; x_i^T w = wᵀx_i",
    ),
    # ------------------------------------------------------------------ Ito's textbook, notes by ShisatoYano
    Cost(
        id="f4-ito-ce-w0-slope-w1-intercept",
        source=ITO + " (cross entropy error function, the right-hand side of E(W) = -1/N log P(T|X) = …; "
        "y_n and a_n from 'Gradient method of cross entropy error')",
        text=_ITO_CE,
        intended=lambda d: _nll(d.theta0 * d.x + d.theta1, d.y) / d.m,
        wrt=("w_0", "w_1"),
        lets=_ITO_LETS,
        why="one feature x_n; a_n = w_0 x_n + w_1 makes w_0 the SLOPE and w_1 the intercept (the reverse of the usual "
        "θ₀ + θ₁x); t_n is the 0/1 target (Bishop's letter); log without a backslash; \\{ \\} are grouping braces; "
        "n = 0…N-1 is N examples",
    ),
    # ------------------------------------------------------------------ Stevens homework write-up
    Cost(
        id="f4-xueren-loglik-tilde-x",
        source=XUEREN + " ('And the loglikelihood is')",
        text=_XUEREN_LL,
        intended=lambda d: np.sum(d.y * (d.X @ d.theta) - np.log(1 + np.exp(d.X @ d.theta))),
        why="the logistic log-likelihood (maximised); x̃_i is the feature vector with a 1 appended (the page says so): "
        "the tilde is decoration, written over x_{i} including its subscript",
    ),
    # ------------------------------------------------------------------ Cornell CS 3/5780 slides
    Cost(
        id="f4-cornell-ols-min-mean",
        source=CORNELL + " (1. Setup and Assumptions, 'Ordinary Least Squares')",
        text=r"\min_{\mathbf{w}} \frac{1}{n}\sum_{i=1}^n (\mathbf{x}_i^\top\mathbf{w} - y_i)^2",
        intended=lambda d: np.mean((d.X @ d.w - d.y) ** 2),
        wrt=("w_j",),
        why="\\min_w in front; the mean squared error of a line through the origin",
    ),
    Cost(
        id="f4-cornell-ridge-min-mean",
        source=CORNELL + " (Ridge Objective)",
        text=r"\min_{\mathbf{w}} \frac{1}{n}\sum_{i=1}^n (\mathbf{x}_i^\top\mathbf{w} - y_i)^2 + \lambda\|\mathbf{w}\|_2^2",
        intended=lambda d: np.mean((d.X @ d.w - d.y) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="the λ term is outside the Σ (it does not use i): mean squared error plus λ‖w‖²₂",
    ),
    # ------------------------------------------------------------------ Ghent optimisation course notes
    Cost(
        id="f4-ghent-logistic-l2-mathcal-semicolon-lhs",
        source=GHENT + " (Exercise: logistic regression, 'the following structured loss function')",
        text=r"\mathcal{L;\lambda}(\mathbf{w})=-\sum_{i=1}^n[y_i\log(\sigma(\mathbf{w}^\top\mathbf{x}_i))+(1-y_i)\log(1-\sigma(\mathbf{w}^\top\mathbf{x}_i))] +\lambda \mathbf{w}^\top\mathbf{w}\,.",
        intended=lambda d: _nll(d.X @ d.w, d.y) + d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="the left side \\mathcal{L;\\lambda} is a typo for L(w; λ) — a name only; the right side is the summed "
        "cross-entropy plus λwᵀw; a trailing \\,. ends the display",
    ),
    # ------------------------------------------------------------------ LMU Munich I2ML solution (course macros)
    Cost(
        id="f4-lmu-i2ml-course-macros-xi",
        source=LMU + " (2), the objective after \\argmin_{\\thetab \\in \\Theta})",
        text=r"\sumin -\;\yi\ln\left(s\left( \thetab^T\xi \right)\right)-\Bigl(1-\yi\Bigr)\ln\left(1-s\left( \thetab^T\xi \right)\right)",
        intended=None,
        expect="refuse",
        why="written with the course's own preamble macros: \\sumin (Σ_{i=1}^n), \\yi (y^{(i)}), \\thetab (bold θ) and "
        "\\xi, which there means x^{(i)} but in standard LaTeX is the Greek letter ξ; without the preamble the "
        "text does not say what it means, and reading \\xi as ξ would be a silent misread",
    ),
    # ------------------------------------------------------------------ Berkeley Data 100 course notes
    Cost(
        id="f4-data100-slr-mse-chain-yhat",
        source=D100 + "modeling_slr/modeling_slr.ipynb (minimizing MSE for the SLR model, the chain MSE = … = …; "
        "ŷ_i from the same section)",
        text=_D100_SLR_MSE,
        intended=lambda d: np.mean((d.y - d.theta0 - d.theta1 * d.x) ** 2),
        wrt=("theta_0", "theta_1"),
        lets=(_D100_SLR_YHAT,),
        why="a chain: both members are the same MSE of the line θ₀ + θ₁x; \\text{MSE} is a name",
    ),
    Cost(
        id="f4-data100-gd-mse-theta1-only-chain",
        source=D100 + "gradient_descent/gradient_descent.ipynb (gradient descent on the tips data, L(θ) = MSE(θ) = …)",
        text=_D100_GD_L,
        intended=lambda d: np.mean((d.y - d.theta1 * d.x) ** 2),
        wrt=("theta_1",),
        why="a model through the origin, ŷ = θ₁x; the middle member MSE(θ) is the name of the loss (no \\text), "
        "not a product M·S·E; θ_1x_i is θ₁ times x_i",
    ),
    Cost(
        id="f4-data100-ce-mathbb-X-row",
        source=D100 + "logistic_regression_2/logistic_reg_2.ipynb (cross-entropy risk R(θ), the second line of the "
        "align, its '&=' dropped)",
        text=r"- \frac{1}{n} \sum_{i=1}^n \left(y_i\log{\sigma(\mathbb{X}_i^{\top}\theta)}+(1-y_i)\log{(1-\sigma(\mathbb{X}_i^{\top}\theta))}\right)",
        intended=lambda d: _nll(d.X @ d.theta, d.y) / d.m,
        why="𝕏_i is row i of the design matrix 𝕏 (Data 100's blackboard-bold convention), so 𝕏_iᵀθ = θᵀx_i; "
        "\\log{σ(…)} is log of σ(…)",
    ),
    Cost(
        id="f4-data100-ce-l2-text-log-objective",
        source=D100 + "logistic_regression_2/logistic_reg_2.ipynb (regularization, the objective after "
        "\\underset{\\theta}{\\arg\\min})",
        text=r"-\frac{1}{n} \sum_{i=1}^{n} (y_i \text{log}(\sigma(X_i^T\theta)) + (1-y_i)\text{log}(1-\sigma(X_i^T\theta))) + \lambda \sum_{j=1}^{d} \theta_j^2",
        intended=lambda d: _nll(d.X @ d.theta, d.y) / d.m + d.lam * np.sum(d.theta**2),
        why="\\text{log} is log set upright; X_i is row i of X; d features, all penalised; the λ term is outside the "
        "Σ_i (the parentheses close before it)",
    ),
    Cost(
        id="f4-data100-ridge-mathbb-norms",
        source=D100 + "cv_regularization/cv_reg.ipynb (Ridge, the last line of the chain, its leading '=' dropped)",
        text=r"\frac{1}{n}||\mathbb{Y} - \mathbb{X}\theta||_2^2 + \lambda || \theta ||_2^2",
        intended=lambda d: np.mean((d.y - d.X @ d.theta) ** 2) + d.lam * np.sum(d.theta**2),
        why="𝕐 the label vector, 𝕏 the design matrix; ridge with the mean squared error",
    ),
    Cost(
        id="f4-data100-ridge-ldots-theta0",
        source=D100 + "cv_regularization/cv_reg.ipynb (Ridge, the Lagrangian form before the matrix lines)",
        text=r"\frac{1}{n} \sum_{i=1}^n (y_i - (\theta_0 + \theta_1 x_{i, 1} + \theta_2 x_{i, 2} + \ldots + \theta_p x_{i, p}))^2 + \lambda \sum_{i=1}^p \theta_i^2",
        intended=lambda d: np.mean((d.y - d.theta0 - d.X @ d.theta) ** 2) + d.lam * np.sum(d.theta**2),
        wrt=("theta_j", "theta_0"),
        why="the model written out with \\ldots: θ₀ + Σ_k θ_k x_{i,k} over p features; the penalty Σ_{i=1}^p θ_i² "
        "reuses the letter i for the parameters and leaves θ₀ out",
    ),
    Cost(
        id="f4-data100-ols-norm-in-parens-squared",
        source=D100 + "ols/ols.ipynb (the MSE written with the L2 norm)",
        text=r"R(\theta) = \frac{1}{n} (||\mathbb{Y} - \mathbb{X} \theta||_2)^2",
        intended=lambda d: np.mean((d.y - d.X @ d.theta) ** 2),
        why="the norm in parentheses, then squared: (‖𝕐 − 𝕏θ‖₂)² = ‖𝕐 − 𝕏θ‖₂²",
    ),
    Cost(
        id="f4-data100-bonus-L-missing-theta",
        source=D100 + "logistic_regression_2/logistic_reg_2.ipynb ([BONUS] Gradient Descent for Logistic Regression, "
        "'We want to minimize'; t_i and p_i from 'Let's define the following terms', the align's '&' dropped)",
        text=r"L(\theta) = - \frac{1}{n} \sum_{i=1}^n (y_i \phi(x_i)^T + \log(\sigma(-\phi(x_i)^T \theta)))",
        intended=None,
        lets=(r"t_i = \phi(x_i)^T \theta", r"p_i = \sigma(t_i)"),
        expect="refuse",
        why="a typo in the notes: y_i φ(x_i)^T has lost its θ (it should be y_i φ(x_i)^Tθ), so the first term is a "
        "row vector added to a scalar; φ is also never defined",
    ),
    # ------------------------------------------------------------------ Learning Data Science textbook (DS-100)
    Cost(
        id="f4-lds-logloss-aligned-theta0-theta1",
        source=LDS + "19/class_loss.ipynb ('Averaging the loss over the data, we arrive at', the aligned display's "
        "content, its \\begin{aligned}/\\end{aligned} lines dropped)",
        text=r"L(\theta_0, \theta_1,\textbf{x}, \textbf{y}) =  \frac{1}{n} \sum_i  & - y_i " + "\n"
        r" \log(\sigma(\theta_0 + \theta_1x_i)) \\" + "\n"
        r" & - (1 - y_i) \log (1 - \sigma(\theta_0 + \theta_1x_i))",
        intended=lambda d: _nll(d.theta0 + d.theta1 * d.x, d.y) / d.m,
        wrt=("theta_0", "theta_1"),
        why="an aligned display broken over two lines with & and \\\\; the Σ_i (no bounds) covers both lines; "
        "x, y are the data vectors named on the left side",
    ),
    Cost(
        id="f4-lds-huber-cases",
        source=LDS + "20/gd_example.ipynb (Minimizing Huber Loss, the average Huber loss)",
        text=r"L(\theta, \textbf{y}) = \frac{1}{n} \sum_{i=1}^n \begin{cases}" + "\n"
        r"    \frac{1}{2}(y_i - \theta)^2 &  | y_i - \theta | \le \gamma \\" + "\n"
        r"     \gamma (|y_i - \theta| - \frac{1}{2} \gamma ) & \text{otherwise}" + "\n"
        r"\end{cases}",
        intended=None,
        wrt=("theta",),
        expect="refuse",
        why="the Huber loss: a cases split on |y_i - θ| ≤ γ, with absolute values — not supported",
    ),
]


ANSWERS = [
    # ------------------------------------------------------------------ pystatsml
    Answer(
        id="f4-pystatsml-grad-matrix-phat",
        source=PYSTATSML + " (Step 3: Final Gradient over Dataset, 'Or in matrix form')",
        text=r"\nabla_{\mathbf{w}} \mathcal{L}(\mathbf{w}) = \mathbf{X}^\top (\hat{\mathbf{p}} - \mathbf{y})",
        cost=_PYSTATSML_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_PYSTATSML_LETS,
        why="p̂ is the vector of the p̂_i (the page: 'X ∈ R^{n×p}, p̂ ∈ R^n'); Xᵀ(p̂ − y) = Σ (σ(wᵀx_i) − y_i) x_i",
    ),
    Answer(
        id="f4-pystatsml-grad-boxed-sum",
        source=PYSTATSML + " (Summary, the first boxed formula; \\boxed{ } dropped)",
        text=r"\nabla_{\mathbf{w}} \mathcal{L} = \sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i",
        cost=_PYSTATSML_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=_PYSTATSML_LETS,
        why="the gradient of the summed cross-entropy",
    ),
    # ------------------------------------------------------------------ CS229 notes (darinz/ML)
    Answer(
        id="f4-cs229notes-grad-1-over-n",
        source=CS229_LR + "02_lms_algorithm.md ('The gradient is', under the 1/2n cost)",
        text=r"\nabla J(\theta) = \frac{1}{n} \sum_{i=1}^n (h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}",
        cost=_CS229_J_2N,
        verdict="equivalent",
        lets=(_CS229_H_LINEAR,),
        why="d/dθ of (1/2n) Σ (θᵀx − y)² is (1/n) Σ (θᵀx − y) x",
    ),
    # ------------------------------------------------------------------ UW CSE 446 practice exams
    Answer(
        id="f4-cse446-mc-d-correct",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17, option (d), the correct answer)",
        text=r"2X^T (Xw - Y)",
        cost=_CSE446_MSE,
        verdict="equivalent",
        wrt="w_j",
        why="∇‖Xw − Y‖² = 2Xᵀ(Xw − Y)",
    ),
    Answer(
        id="f4-cse446-mc-a-YT-XTXw",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17, option (a), a distractor)",
        text=r"2Y^T (X^T Xw - Y)",
        cost=_CSE446_MSE,
        verdict="different",
        wrt="w_j",
        why="a distractor: Yᵀ in front instead of Xᵀ, and XᵀXw (n entries) minus Y (m entries) does not even conform "
        "(X ∈ R^{m×n}); it is not the gradient 2Xᵀ(Xw − Y)",
    ),
    Answer(
        id="f4-cse446-mc-b-extra-XT",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17, option (b), a distractor)",
        text=r"2X^T(X^T Xw - Y)",
        cost=_CSE446_MSE,
        verdict="different",
        wrt="w_j",
        why="a distractor with an extra Xᵀ inside (the solution: 'Extra X^T in the first term'): 2Xᵀ(XᵀXw − Y) is not "
        "2Xᵀ(Xw − Y), and XᵀXw − Y mixes an n-vector with an m-vector",
    ),
    Answer(
        id="f4-cse446-mc-c-YT-scalar",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17, option (c), a distractor)",
        text=r"2Y^T (Xw - Y)",
        cost=_CSE446_MSE,
        verdict="different",
        wrt="w_j",
        why="Yᵀ(Xw − Y) is a scalar, 2Σ_i y_i(x_iᵀw − y_i); the gradient's j-th entry is 2Σ_i x_ij(x_iᵀw − y_i)",
    ),
    Answer(
        id="f4-cse446-grad-chain-unicode",
        source=CSE446 + "1/p4/solution_p4.md (Problem 17 explanation, '5. Combine terms:', the code block)",
        text="∇_w L(w) = 2X^T Xw - 2X^T Y = 2X^T (Xw - Y)",
        cost=_CSE446_MSE,
        verdict="equivalent",
        wrt="w_j",
        why="a chain of two equal forms, both 2Xᵀ(Xw − Y); plain text with ∇",
    ),
    Answer(
        id="f4-cse446-grad-plain-unicode-nabla",
        source=CSE446 + "1/p4/solution_p4.md (Problem 16 explanation, code block: 'Gradient: ∇L(w) = -2X^T(y - Xw)')",
        text="∇L(w) = -2X^T(y - Xw)",
        cost="L(w) = ||y - Xw||²",
        verdict="equivalent",
        wrt="w_j",
        why="-2Xᵀ(y − Xw) = 2Xᵀ(Xw − y); the cost is the same code block's 'min L(w) = ||y - Xw||²'",
    ),
    Answer(
        id="f4-cse446-normal-eq-grad",
        source=CSE446 + "1/p1/solution_p1.md (Problem 38 explanation, 'Taking the gradient … setting it to zero'; "
        "' = 0' dropped)",
        text=r"\nabla L(w) = -2X^T(y - Xw)",
        cost=r"L(w) = \sum_{i=1}^{n}(y_i - x_i^T w)^2",
        verdict="equivalent",
        wrt="w_j",
        why="X has rows x_iᵀ (the problem says so): Σ (y_i − x_iᵀw)² = ‖y − Xw‖², gradient -2Xᵀ(y − Xw)",
    ),
    Answer(
        id="f4-cse446-ridge-stationary",
        source=CSE446 + "2/p1/solution_p1.md (Dual Form Derivation, '2. Stationary Condition'; ' = 0' dropped)",
        text=r"\frac{\partial L}{\partial w} = -2X^T(y - Xw) + 2\lambda w",
        cost=r"||y - Xw||_2^2 + \lambda ||w||_2^2",
        verdict="equivalent",
        wrt="w_j",
        why="the gradient of the primal ridge objective (the same page's '\\min_w ||y - Xw||_2^2 + \\lambda ||w||_2^2'); "
        "the page's L is a Lagrangian with an extra -αᵀ(Xw − y), which this line leaves out — judged here against "
        "the primal objective it is derived for",
    ),
    # ------------------------------------------------------------------ Ito's textbook notes
    Answer(
        id="f4-ito-dE-dw0-slope",
        source=ITO + " ('Gradient method of cross entropy error', the result for ∂E/∂w_0)",
        text=r"\frac{\partial E}{\partial w_0} = \frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n",
        cost=_ITO_CE,
        verdict="equivalent",
        wrt="w_0",
        lets=_ITO_LETS,
        why="w_0 multiplies x_n in a_n = w_0 x_n + w_1, so ∂E/∂w_0 = (1/N) Σ (y_n − t_n) x_n",
    ),
    Answer(
        id="f4-ito-dE-dw1-intercept",
        source=ITO + " ('Gradient method of cross entropy error', the result for ∂E/∂w_1)",
        text=r"\frac{\partial E}{\partial w_1} = \frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)",
        cost=_ITO_CE,
        verdict="equivalent",
        wrt="w_1",
        lets=_ITO_LETS,
        why="w_1 is the intercept in a_n = w_0 x_n + w_1: ∂E/∂w_1 = (1/N) Σ (y_n − t_n)",
    ),
    # ------------------------------------------------------------------ Stevens homework write-up
    Answer(
        id="f4-xueren-score-tilde-exp",
        source=XUEREN + " ('If we take the deravitive with respect to θ …, we can have'; ' = 0' dropped)",
        text=r"\sum\limits_{i=1}^{N} \tilde{x_{i}} (y_{i}-\frac{1}{1+exp(-\theta^{T}\tilde{x_{i}})})",
        cost=_XUEREN_LL,
        verdict="equivalent",
        why="∇ℓ = Σ x̃_i (y_i − σ(θᵀx̃_i)); exp without a backslash",
    ),
    # ------------------------------------------------------------------ Cornell CS 3/5780 slides
    Answer(
        id="f4-cornell-ols-grad-2-over-n",
        source=CORNELL + " (2. Solving the minimization, 'Gradient'); cost from '1. Setup', without its \\min_{w}",
        text=r"\nabla_{\mathbf{w}} L(\mathbf{w})  = \frac{2}{n}\sum_{i=1}^n \mathbf{x}_i (\mathbf{x}_i^\top\mathbf{w} - y_i)",
        cost=r"\frac{1}{n}\sum_{i=1}^n (\mathbf{x}_i^\top\mathbf{w} - y_i)^2",
        verdict="equivalent",
        wrt="w_j",
        why="d/dw of the mean squared error is (2/n) Σ x_i (x_iᵀw − y_i)",
    ),
    # ------------------------------------------------------------------ Data 100 course notes
    Answer(
        id="f4-data100-slr-dtheta1",
        source=D100 + "modeling_slr/modeling_slr.ipynb (the two partial derivatives, ∂/∂θ_1)",
        text=r"\frac{\partial}{\partial \theta_1} \text{MSE} = \frac{-2}{n} \sum_{i=1}^{n} (y_i - \theta_0 - \theta_1 x_i)x_i",
        cost=_D100_SLR_MSE,
        verdict="equivalent",
        wrt="theta_1",
        lets=(_D100_SLR_YHAT,),
        why="∂/∂θ₁ of (1/n) Σ (y_i − θ₀ − θ₁x_i)² is (−2/n) Σ (y_i − θ₀ − θ₁x_i) x_i",
    ),
    Answer(
        id="f4-data100-slr-dtheta0-no-brackets",
        source=D100 + "modeling_slr/modeling_slr.ipynb (the two partial derivatives, ∂/∂θ_0)",
        text=r"\frac{\partial}{\partial \theta_0} \text{MSE} = \frac{-2}{n} \sum_{i=1}^{n} y_i - \theta_0 - \theta_1 x_i",
        cost=_D100_SLR_MSE,
        verdict="refuse",
        wrt="theta_0",
        lets=(_D100_SLR_YHAT,),
        why="no brackets after the Σ: if it covers only y_i, the i in θ₁x_i is free and −θ₀ is not summed (not the "
        "gradient); if it covers all three terms, it is right ((−2/n) Σ (y_i − θ₀ − θ₁x_i)). Either reading is a guess",
    ),
    Answer(
        id="f4-data100-slr-dtheta0-braced",
        source=D100 + "modeling_slr/modeling_slr.ipynb (the derivation's result for ∂/∂θ_0)",
        text=r"\frac{\partial}{\partial \theta_0} \text{MSE} = \frac{-2}{n} \sum_{i=1}^{n}{(y_i - \theta_0 - \theta_1 x_i)}",
        cost=_D100_SLR_MSE,
        verdict="equivalent",
        wrt="theta_0",
        lets=(_D100_SLR_YHAT,),
        why="the braces { } around the bracket are TeX grouping; (−2/n) Σ (y_i − θ₀ − θ₁x_i)",
    ),
    Answer(
        id="f4-data100-slr-dot-accent-for-cdot",
        source=D100 + "modeling_slr/modeling_slr.ipynb (derivation for ∂/∂θ_1, the second line, its leading '=' dropped)",
        text=r"\frac{1}{n} \sum_{i=1}^{n} 2 \dot{(y_i - \theta_0 - \theta_1 x_i)}\dot(-x_i)",
        cost=_D100_SLR_MSE,
        verdict="refuse",
        wrt="theta_1",
        lets=(_D100_SLR_YHAT,),
        why="\\dot is the dot ACCENT (a time derivative), typed for \\cdot: what the symbols say is an accented bracket "
        "times an accented '(' — the intended (1/n) Σ 2(y_i − θ₀ − θ₁x_i)(−x_i) is right, but reading it is a guess",
    ),
    Answer(
        id="f4-data100-bonus-grad-misplaced-bracket",
        source=D100 + "logistic_regression_2/logistic_reg_2.ipynb ([BONUS] Gradient Descent for Logistic Regression, the "
        "last line of the ∇_θ L(θ) align, its '&=' dropped); cost: the first line of the same notebook's R(θ) align "
        "(its '&' and '\\\\' dropped), t_i and p_i from 'Let's define the following terms' (the align's '&' dropped)",
        text=r"- \frac{1}{n} \sum_{i=1}^n (y_i - \sigma(\phi(x_i)^T \theta)\phi(x_i))",
        cost=r"R(\theta) = - \frac{1}{n} \sum_{i=1}^n \left(y_i\log{(p_i)}+(1-y_i)\log{(1-p_i)}\right)",
        verdict="different",
        wrt="theta_j",
        lets=(r"t_i = \phi(x_i)^T \theta", r"p_i = \sigma(t_i)"),
        why="the closing bracket is misplaced: as written it is -(1/n) Σ (y_i − σ(φ(x_i)ᵀθ) φ(x_i)), a scalar minus a "
        "vector; the gradient is -(1/n) Σ (y_i − σ(φ(x_i)ᵀθ)) φ(x_i), i.e. the y_i term must be multiplied by φ(x_i) too",
    ),
    Answer(
        id="f4-data100-gd-theta1-iterate-superscript",
        source=D100 + "gradient_descent/gradient_descent.ipynb (gradient descent on the tips data, the derivative)",
        text=r"\frac{\partial}{\partial \theta_{1}} L(\theta_1^{(t)}) = \frac{-2}{n} \sum_{i=1}^n (y_i - \theta_1^{(t)} x_i) x_i",
        cost=_D100_GD_L,
        verdict="equivalent",
        wrt="theta_1",
        why="θ₁^{(t)} is the t-th iterate of θ₁ (not a power): the derivative of (1/n) Σ (y_i − θ₁x_i)² at θ₁ = θ₁^{(t)} "
        "is (−2/n) Σ (y_i − θ₁^{(t)} x_i) x_i",
    ),
]
