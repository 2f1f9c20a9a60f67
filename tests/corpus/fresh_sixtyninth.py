r"""A fresh held-out wave (f69): the mainstream drawn the way a grader would draw it — from-scratch gradient code
(NumPy course projects, a MATLAB homework of a Washington University CSE517A-style course with the d × n data
layout, an EPFL-style logistic-regression helpers file) and LaTeX study notes written in Markdown by learners of
the machine-learning specialisation (squared error and log loss, with and without the L2 penalty, for a model
f_{w,b} with a separate bias b).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from files no other corpus file uses:

* code: TheUndeadSloth/ML_EPFL Project_1/logistic_regression.py (calculate_loss as a loop, calculate_gradient
  with the sigmoid written as e^t/(1 + e^t)); mckayadd/ML-misc gradient_decent/generalized_logistic_regression.py
  (regularised cross-entropy with w and b, λ set to 0.1 in the script); SuperMonanana/cse517a_Machine_Learning
  project4 ridge.m, logistic.m and hinge.m (xTr is d × n, yTr 1 × n); an EPFL-style helpers file in the public
  code index (negative_likelihood_loss, negative_likelihood_grad, reg_negative_likelihood_grad);
* notes: an '# AI-Notes' Markdown file (squared cost, its vector derivative, the regularised cost, and a
  regularised derivative whose x^{(i)} carries no feature index) and a 'Cost Function for Logistic Regression'
  Markdown note (log loss, its derivatives, the regularised cost and gradient).

Names follow the sources: X, tx (m × n) are the design matrix Data.X; xTr (d × n, one column per example) is its
transpose Data.X.T and yTr the labels as a row; w is the weight vector (Data.w), b the bias (Data.b); lambda and
lambda_ are Data.lam; lambda_param is the script's own 0.1 (a let, not Data.lam). Where a source gives no cost for
an answer, ``why`` says which cost it is graded against. About 40% of the answers are wrong; the real ones come
first, then one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked
against central finite differences of the costs (NumPy, outside the tree).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
SLOTH = (
    "https://github.com/TheUndeadSloth/ML_EPFL/blob/0a2241252c2972f45671bfd6f3a0348d71bc4b44/Project_1/"
    "logistic_regression.py"
)
MCKAY = (
    "https://github.com/mckayadd/ML-misc/blob/a6c8c550c9a84ec54960999e1ec78bc59496e54a/gradient_decent/"
    "generalized_logistic_regression.py"
)
SUPER = "https://github.com/SuperMonanana/cse517a_Machine_Learning/blob/"
SUPER_RIDGE = SUPER + "872f2f06532eee4bc1f15d18809324b31559c166/project4/ridge.m"
SUPER_LOG = SUPER + "872f2f06532eee4bc1f15d18809324b31559c166/project4/logistic.m"
SUPER_HINGE = SUPER + "b27d9690f68d8d2cd00773fb59e7b959d3c86d23/cse517a_sp16/project4/hinge.m"
EPFL_NL = (
    "public code index file 23241643807 (Python helpers: sigmoid, negative_likelihood_loss, "
    "negative_likelihood_grad, reg_negative_likelihood_grad, logistic_regression, reg_logistic_regression; the "
    "index does not name its repository"
)
AINOTES = (
    "public code index file 35097553829 (Markdown '# AI-Notes', sections Linear Regression, Logistic Regression, "
    "Regularization; the index does not name its repository"
)
LOGLOSS = (
    "public code index file 52136513493 (Markdown note 'Cost Function for Logistic Regression', dated 2026-03-25; "
    "the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_mean_reg_wb(d):
    return _ce_mean_wb(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _ce_mean_reg01_wb(d):
    return _ce_mean_wb(d) + 0.1 / (2 * d.m) * float(d.w @ d.w)


def _sq_half_mean_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _sq_half_mean_reg_wb(d):
    return _sq_half_mean_wb(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _nll_sum_w(d):
    t = d.X @ d.w
    return float(np.sum(np.log1p(np.exp(t)) - d.y * t))


def _nll_sum_ridge_w(d):
    return _nll_sum_w(d) + d.lam * float(d.w @ d.w)


def _ridge_sum_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) + d.lam * float(d.w @ d.w)


def _logistic_pm_sum_w(d):
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


# ------------------------------------------------------------------ texts the items share
_SLOTH_COST = (
    "loss = 0\n    for ind in range(len(y)):\n"
    "        loss = loss - y[ind]*tx[ind,:].T @ w + np.log(1+np.exp(tx[ind,:].T @ w))"
)
_SLOTH_WHY = (
    "tx is the m × n design matrix (Data.X), tx[ind,:] example ind, w the weights, y the 0/1 labels: the summed "
    "negative log-likelihood Σ(log(1 + e^{x_iᵀw}) − y_i x_iᵀw) (calculate_loss, 'negative log likelihood')"
)

_MCK_COST = (
    "reg_cost = (lambda_param / (2 * m)) * np.sum(np.square(w))\n"
    "cost = -(1/m) * np.sum(y * np.log(y_pred + 1e-15) + (1-y) * np.log(1 - y_pred + 1e-15)) + reg_cost"
)
_MCK_LETS = (
    "sigmoid(z) = 1 / (1 + np.exp(-z))",
    "z = np.dot(X, w) + b",
    "y_pred = sigmoid(z)",
    "m, n = X.shape",
    "lambda_param = 0.1",
)
_MCK_WHY = (
    "X is the m × n design matrix (Data.X), w the weights, b the bias (not penalised), y the 0/1 labels; "
    "lambda_param is the script's own 0.1 ('# This is our regularization strength'), not Data.lam; the 1e-15 "
    "guards inside the logs are left out of the intended cost (they move it by ~1e-15): the mean cross-entropy "
    "plus 0.1/(2m)‖w‖²"
)

_SUPER_WHY = (
    "xTr is d × n with one example per column (Data.X.T), yTr the 1 × n label row (Data.y), w the d × 1 weight "
    "column (Data.w); w'*xTr is the row of scores xᵢᵀw"
)
_SUPER_RIDGE_COST = "loss=(w'*xTr-yTr)*(w'*xTr-yTr)'+lambda*w'*w;"
_SUPER_LOG_COST = "loss=sum(log(1+exp((-1)*yTr.*(w'*xTr))),2);"

_EPFL_COST = "np.sum(np.log(1 + np.exp(t)) - y * t)"
_EPFL_COST_LETS = ("t = np.dot(tx, w)",)
_EPFL_PEN_COST = "np.sum(np.log(1 + np.exp(t)) - y * t) + lambda_ * np.dot(w, w)"
_EPFL_GRAD_LETS = ("sigmoid(t) = 1 / (1 + np.exp(-t))",)
_EPFL_WHY = (
    "tx is the m × n design matrix (Data.X), w the weights, y the 0/1 labels, lambda_ the λ (Data.lam): "
    "negative_likelihood_loss is Σ(log(1 + e^{x_iᵀw}) − y_i x_iᵀw)"
)
_EPFL_PEN_WHY = (
    "the file gives no penalised loss; graded against the EPFL course's penalised negative log-likelihood "
    "Σ(log(1 + e^{x_iᵀw}) − y_i x_iᵀw) + λ‖w‖², written in the file's names (the 2 * lambda_ * w of "
    "reg_negative_likelihood_grad is the gradient of λ‖w‖²); "
)

_AI_F = r"f_{\vec{w}, b}(\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b"
_AI_L = r"L(f_{\vec{w}, b}(\vec{x}^{(i)}),y^{(i)}) = f_{\vec{w}, b}(\vec{x}^{(i)}) - y^{(i)}"
_AI_COST = (
    r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}(\vec{x}^{(i)}) - y^{(i)} \right)^2"
)
_AI_REG_COST = (
    r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}(\vec{x}^{(i)}) - y^{(i)} \right)^2 + "
    r"\frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2 \quad|| \quad  \lambda = \text{Regularization parameter}"
)
_AI_WHY = (
    "the notes' '### Estimate Function' (its closing parenthesis after \\vec{x}^{(i)} is missing in the source, "
    "kept as written) is the linear model w·x⁽ⁱ⁾ + b; \\vec{x}^{(i)} is example i's feature vector (a row of "
    "Data.X; '# Definitions': 'inputs for result set i'), w the weights (Data.w), b the bias (Data.b), m the "
    "number of examples; the '|| λ = \\text{Regularization parameter}' after the formula is the notes' gloss"
)
_AI_REG_DERIV = (
    r"\frac{\partial J(\vec{w}, b)}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
    r"(\vec{x}^{(i)}) - y^{(i)} \right)x^{(i)} + \frac{\lambda}{m} w_j "
)

_LL_F = r"f_{\vec{w},b}(\vec{x}) = \frac{1}{1 + e^{-(\vec{w} \cdot \vec{x} + b)}}"
_LL_FI = r"f^{(i)} = f_{\vec{w},b}(\vec{x}^{(i)})"
_LL_LETS = (_LL_F, _LL_FI)
_LL_COST = (
    r"\boxed{J(\vec{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f^{(i)}) + (1 - y^{(i)}) "
    r"\log(1 - f^{(i)}) \right]}"
)
_LL_REG_COST = (
    r"J(\vec{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f^{(i)}) + (1 - y^{(i)}) \log(1 - f^{(i)}) "
    r"\right] + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2"
)
_LL_WHY = (
    "the note's model output f_{w,b}(x) is the sigmoid of w·x + b and f^{(i)} its value at example i (the "
    "second let is the note's meaning — 'remember f^{(i)} is the sigmoid output' — not a line of it); "
    "\\vec{x}^{(i)} is a row of Data.X, w the weights (Data.w), b the bias (Data.b, not penalised: 'b is "
    "excluded from regularisation by convention'), y the 0/1 labels"
)

COSTS: list[Cost] = [
    # ============================================================ code
    Cost(
        id="f69-sloth-epfl-calculate-loss-loop",
        source=SLOTH + " (def calculate_loss)",
        text=_SLOTH_COST,
        intended=_nll_sum_w,
        wrt=("w_j",),
        why=_SLOTH_WHY,
    ),
    Cost(
        id="f69-mckay-reg-cross-entropy-w-b",
        source=MCKAY + " ('# 1. Cost with L2 Penalty', reg_cost = and cost =)",
        text=_MCK_COST,
        intended=_ce_mean_reg01_wb,
        wrt=("w_j", "b"),
        lets=_MCK_LETS,
        why=_MCK_WHY,
    ),
    Cost(
        id="f69-cse517a-ridge-loss-d-by-n",
        source=SUPER_RIDGE + " (loss=)",
        text=_SUPER_RIDGE_COST,
        intended=_ridge_sum_w,
        wrt=("w_j",),
        why=_SUPER_WHY + ": the summed squared error ‖Xw − y‖² plus λwᵀw (no ½, no 1/n)",
    ),
    Cost(
        id="f69-cse517a-logistic-loss-pm-labels",
        source=SUPER_LOG + " (loss=)",
        text=_SUPER_LOG_COST,
        intended=_logistic_pm_sum_w,
        wrt=("w_j",),
        why=_SUPER_WHY + "; the labels are ±1 in the course, but the formula Σ log(1 + e^{−yᵢxᵢᵀw}) is a function "
        "of any y; sum(…, 2) sums the 1 × n row",
    ),
    Cost(
        id="f69-cse517a-hinge-loss-max",
        source=SUPER_HINGE + " (loss=)",
        text="loss=sum(max(1-yTr.*(w'*xTr),0),2)+lambda*w'*w;",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max: the hinge loss Σ max(1 − yᵢxᵢᵀw, 0) is not differentiable where yᵢxᵢᵀw = 1 (the file's "
        "'gradient' is a subgradient that zeroes the labels with margin > 1); " + _SUPER_WHY,
    ),
    Cost(
        id="f69-epfl-negative-likelihood-loss",
        source=EPFL_NL + ", def negative_likelihood_loss)",
        text=_EPFL_COST,
        intended=_nll_sum_w,
        wrt=("w_j",),
        lets=_EPFL_COST_LETS,
        why=_EPFL_WHY,
    ),
    # ============================================================ notes
    Cost(
        id="f69-ainotes-squared-cost",
        source=AINOTES + ", '### Squared Cost Function', first formula)",
        text=_AI_COST,
        intended=_sq_half_mean_wb,
        wrt=("w_j", "b"),
        lets=(_AI_F,),
        why=_AI_WHY,
    ),
    Cost(
        id="f69-ainotes-squared-cost-via-L",
        source=AINOTES + ", '### Squared Cost Function', second formula)",
        text=r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(L(f_{\vec{w}, b}(\vec{x}^{(i)}),y^{(i)}) \right)^2",
        intended=_sq_half_mean_wb,
        wrt=("w_j", "b"),
        lets=(_AI_F, _AI_L),
        why="the notes' '### Loss Function' L is the residual f − y (not squared), so J is 1/(2m)Σ(w·x⁽ⁱ⁾ + b − "
        "y⁽ⁱ⁾)²; " + _AI_WHY,
    ),
    Cost(
        id="f69-ainotes-final-cost-regularized",
        source=AINOTES + ", '## Regularization', '### Final Cost Function')",
        text=_AI_REG_COST,
        intended=_sq_half_mean_reg_wb,
        wrt=("w_j", "b"),
        lets=(_AI_F,),
        why=_AI_WHY + "; n is the number of features: 1/(2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λ/(2m)Σw_j², b unpenalised",
    ),
    Cost(
        id="f69-logloss-note-boxed-cost",
        source=LOGLOSS + ", '## The Full Cost Function', 'Expanded:' (boxed))",
        text=_LL_COST,
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=_LL_LETS,
        why=_LL_WHY + "; \\boxed{…} only frames the formula",
    ),
    Cost(
        id="f69-logloss-note-average-of-L",
        source=LOGLOSS + ", '## The Full Cost Function', first formula; L from '## The Simplified Loss Formula')",
        text=r"J(\vec{w}, b) = \frac{1}{m} \sum_{i=1}^{m} L(f^{(i)}, y^{(i)})",
        intended=_ce_mean_wb,
        wrt=("w_j", "b"),
        lets=(
            r"L(f^{(i)}, y^{(i)}) = -y^{(i)} \log(f^{(i)}) - (1 - y^{(i)}) \log(1 - f^{(i)})",
            *_LL_LETS,
        ),
        why=_LL_WHY,
    ),
    Cost(
        id="f69-logloss-note-regularised-cost",
        source=LOGLOSS + ", '## Regularised Cost Function')",
        text=_LL_REG_COST,
        intended=_ce_mean_reg_wb,
        wrt=("w_j", "b"),
        lets=_LL_LETS,
        why=_LL_WHY + "; n is the number of features: the mean cross-entropy plus λ/(2m)Σw_j²",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f69-sloth-epfl-calculate-gradient",
        source=SLOTH + " (def calculate_gradient)",
        text="sig = np.exp(tx @ w)/(1+np.exp(tx @ w))\n    grad = tx.T @ (sig - y)",
        cost=_SLOTH_COST,
        verdict="equivalent",
        wrt="w_j",
        why="e^t/(1 + e^t) is σ(t), so grad is Xᵀ(σ(Xw) − y), the summed loss's gradient; " + _SLOTH_WHY,
    ),
    Answer(
        id="f69-mckay-dw-reg",
        source=MCKAY + " ('# 2. Gradients with L2 Penalty', dw =)",
        text="error = y_pred - y\n    dw = (1/m) * np.dot(X.T, error) + (lambda_param / m) * w",
        cost=_MCK_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_MCK_LETS,
        why="(1/m)Xᵀ(σ − y) + (0.1/m)w; " + _MCK_WHY,
    ),
    Answer(
        id="f69-mckay-db",
        source=MCKAY + " ('# 2. Gradients with L2 Penalty', db =)",
        text="error = y_pred - y\n    db = (1/m) * np.sum(error) # Bias remains unchanged",
        cost=_MCK_COST,
        verdict="equivalent",
        wrt="b",
        lets=_MCK_LETS,
        why="the bias is not in the penalty: (1/m)Σ(σ − y); " + _MCK_WHY,
    ),
    Answer(
        id="f69-cse517a-ridge-grad",
        source=SUPER_RIDGE + " (grad =)",
        text="grad = 2*xTr*(w'* xTr)'-2*xTr*yTr'+2*lambda*w;",
        cost=_SUPER_RIDGE_COST,
        verdict="equivalent",
        wrt="w_j",
        why="2XᵀXw − 2Xᵀy + 2λw written with xTr = Xᵀ: (w'*xTr)' is Xw; " + _SUPER_WHY,
    ),
    Answer(
        id="f69-cse517a-logistic-grad",
        source=SUPER_LOG + " (temp= and gradient=)",
        text="temp=yTr./(1+exp(yTr.*(w'*xTr)))\ngradient=(-1)*xTr*temp'; ",
        cost=_SUPER_LOG_COST,
        verdict="equivalent",
        wrt="w_j",
        why="d/dw log(1 + e^{−yᵢxᵢᵀw}) = −yᵢxᵢ/(1 + e^{yᵢxᵢᵀw}); summed over the columns: −Σ xᵢ·tempᵢ (temp= "
        "has no semicolon, which only prints it); " + _SUPER_WHY,
    ),
    Answer(
        id="f69-epfl-negative-likelihood-grad",
        source=EPFL_NL + ", def negative_likelihood_grad)",
        text="np.dot(tx.T, sigmoid(np.dot(tx, w)) - y)",
        cost=_EPFL_COST,
        verdict="equivalent",
        wrt="w_j",
        # the cost's own definition of t (negative_likelihood_loss's first line) is part of the source's
        # cost, as in the penalised sibling; the collector left it out, which made the cost free of w
        lets=(*_EPFL_GRAD_LETS, *_EPFL_COST_LETS),
        why=_EPFL_WHY,
    ),
    Answer(
        id="f69-epfl-reg-grad-penalised",
        source=EPFL_NL + ", def reg_negative_likelihood_grad)",
        text="np.dot(tx.T, sigmoid(np.dot(tx, w)) - y) + 2 * lambda_ * w",
        cost=_EPFL_PEN_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_EPFL_GRAD_LETS, *_EPFL_COST_LETS),
        why=_EPFL_PEN_WHY + _EPFL_WHY,
    ),
    Answer(
        id="f69-epfl-reg-grad-against-returned-loss",
        source=EPFL_NL + ", def reg_logistic_regression: steps with reg_negative_likelihood_grad, returns "
        "negative_likelihood_loss(y, tx, w))",
        text="np.dot(tx.T, sigmoid(np.dot(tx, w)) - y) + 2 * lambda_ * w",
        cost=_EPFL_COST,
        verdict="different",
        wrt="w_j",
        # the cost's own definition of t (negative_likelihood_loss's first line) is part of the source's
        # cost, as in the penalised sibling; the collector left it out, which made the cost free of w
        lets=(*_EPFL_GRAD_LETS, *_EPFL_COST_LETS),
        why="reg_logistic_regression descends along the penalised gradient but reports the unpenalised "
        "negative_likelihood_loss; as a gradient of that loss the 2λw is extra (wrong whenever λ ≠ 0 and w ≠ 0); "
        + _EPFL_WHY,
    ),
    Answer(
        id="f69-ainotes-derivative-vector-w",
        source=AINOTES + ", '#### Derivitive', first formula)",
        text=r"\frac{\partial J(\vec{w}, b)}{\partial \vec{w}} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
        r"(\vec{x}^{(i)}) - y^{(i)} \right)x^{(i)}",
        cost=_AI_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(_AI_F,),
        why="a derivative by the whole vector \\vec{w}: x^{(i)} is example i's feature vector, so the sum is the "
        "gradient vector (1/m)Σ(f − y)x⁽ⁱ⁾, whose j-th entry is ∂J/∂w_j; " + _AI_WHY,
    ),
    Answer(
        id="f69-ainotes-derivative-b",
        source=AINOTES + ", '#### Derivitive', second formula)",
        text=r"\frac{\partial J(\vec{w}, b)}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
        r"(\vec{x}^{(i)}) - y^{(i)} \right)",
        cost=_AI_COST,
        verdict="equivalent",
        wrt="b",
        lets=(_AI_F,),
        why=_AI_WHY,
    ),
    Answer(
        id="f69-ainotes-reg-derivative-x-without-j",
        source=AINOTES + ", '## Regularization', '### Derivative', last formula)",
        text=_AI_REG_DERIV,
        cost=_AI_REG_COST,
        verdict="refuse",
        wrt="w_j",
        lets=(_AI_F,),
        why="the left side is the component ∂J/∂w_j, but the data term multiplies by x^{(i)}, which the notes use "
        "for example i's whole feature vector (their ∂J/∂\\vec{w} above has the same factor): a vector plus the "
        "scalar (λ/m)w_j; whether x_j^{(i)} is meant cannot be told from the text (the line before also claims "
        "∂/∂w_j of (λ/2m)Σw_j² is λw_j, with 'm = number of features'); " + _AI_WHY,
    ),
    Answer(
        id="f69-logloss-note-dw",
        source=LOGLOSS + ", '## Gradient Descent with Log Loss', ∂J/∂w_j)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right) "
        r"x_j^{(i)}",
        cost=_LL_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_LL_LETS,
        why=_LL_WHY,
    ),
    Answer(
        id="f69-logloss-note-db",
        source=LOGLOSS + ", '## Gradient Descent with Log Loss', ∂J/∂b)",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right)",
        cost=_LL_COST,
        verdict="equivalent",
        wrt="b",
        lets=_LL_LETS,
        why=_LL_WHY,
    ),
    Answer(
        id="f69-logloss-note-reg-dw",
        source=LOGLOSS + ", '## Regularised Cost Function', 'The regularised gradient for w_j')",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right) "
        r"x_j^{(i)} + \frac{\lambda}{m} w_j",
        cost=_LL_REG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_LL_LETS,
        why=_LL_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f69-sloth-epfl-calculate-gradient-flipped",
        source=SLOTH + " (def calculate_gradient; variant: y - sig for sig - y)",
        text="sig = np.exp(tx @ w)/(1+np.exp(tx @ w))\n    grad = tx.T @ (y - sig)",
        cost=_SLOTH_COST,
        verdict="different",
        wrt="w_j",
        why="variant: Xᵀ(y − σ) is the gradient of the log-likelihood, the negative of the loss's; " + _SLOTH_WHY,
    ),
    Answer(
        id="f69-mckay-dw-reg-over-2m",
        source=MCKAY + " ('# 2. Gradients with L2 Penalty'; variant: lambda_param / (2 * m) as in reg_cost)",
        text="error = y_pred - y\n    dw = (1/m) * np.dot(X.T, error) + (lambda_param / (2 * m)) * w",
        cost=_MCK_COST,
        verdict="different",
        wrt="w_j",
        lets=_MCK_LETS,
        why="variant: the derivative of (λ/2m)Σw² is (λ/m)w, not (λ/2m)w; " + _MCK_WHY,
    ),
    Answer(
        id="f69-cse517a-ridge-grad-lambda-dropped",
        source=SUPER_RIDGE + " (grad =; variant: 2*w for 2*lambda*w)",
        text="grad = 2*xTr*(w'* xTr)'-2*xTr*yTr'+2*w;",
        cost=_SUPER_RIDGE_COST,
        verdict="different",
        wrt="w_j",
        why="variant: the penalty λwᵀw has gradient 2λw; 2w is right only for λ = 1; " + _SUPER_WHY,
    ),
    Answer(
        id="f69-cse517a-logistic-grad-sign-dropped",
        source=SUPER_LOG + " (variant: the (-1)* dropped)",
        text="temp=yTr./(1+exp(yTr.*(w'*xTr)))\ngradient=xTr*temp'; ",
        cost=_SUPER_LOG_COST,
        verdict="different",
        wrt="w_j",
        why="variant: without the −1 this is the ascent direction, the negative of the loss's gradient; "
        + _SUPER_WHY,
    ),
    Answer(
        id="f69-epfl-reg-grad-lambda-w",
        source=EPFL_NL + ", def reg_negative_likelihood_grad; variant: lambda_ * w for 2 * lambda_ * w)",
        text="np.dot(tx.T, sigmoid(np.dot(tx, w)) - y) + lambda_ * w",
        cost=_EPFL_PEN_COST,
        verdict="different",
        wrt="w_j",
        lets=(*_EPFL_GRAD_LETS, *_EPFL_COST_LETS),
        why="variant: λ‖w‖² has no ½, so its gradient is 2λw; " + _EPFL_PEN_WHY + _EPFL_WHY,
    ),
    Answer(
        id="f69-ainotes-reg-derivative-xj-restored",
        source=AINOTES + ", '### Derivative'; variant: x_j^{(i)} for x^{(i)})",
        text=r"\frac{\partial J(\vec{w}, b)}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
        r"(\vec{x}^{(i)}) - y^{(i)} \right)x_j^{(i)} + \frac{\lambda}{m} w_j ",
        cost=_AI_REG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(_AI_F,),
        why="variant: with the feature index the line is the regularised squared error's ∂J/∂w_j; " + _AI_WHY,
    ),
    Answer(
        id="f69-ainotes-reg-derivative-lambda-w",
        source=AINOTES + ", '### Derivative'; variant: λw_j, as the notes' line before claims, with x_j^{(i)})",
        text=r"\frac{\partial J(\vec{w}, b)}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
        r"(\vec{x}^{(i)}) - y^{(i)} \right)x_j^{(i)} + \lambda w_j ",
        cost=_AI_REG_COST,
        verdict="different",
        wrt="w_j",
        lets=(_AI_F,),
        why="variant: ∂/∂w_j of (λ/2m)Σw_k² is (λ/m)w_j; λw_j is m times too large; " + _AI_WHY,
    ),
    Answer(
        id="f69-logloss-note-reg-dw-over-2m",
        source=LOGLOSS + ", '## Regularised Cost Function'; variant: λ/(2m) for λ/m)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right) "
        r"x_j^{(i)} + \frac{\lambda}{2m} w_j",
        cost=_LL_REG_COST,
        verdict="different",
        wrt="w_j",
        lets=_LL_LETS,
        why="variant: the ½ of λ/(2m) cancels against the 2 of w_j², leaving λ/m; " + _LL_WHY,
    ),
    Answer(
        id="f69-logloss-note-dw-sign-flipped",
        source=LOGLOSS + ", '## Gradient Descent with Log Loss'; variant: y − f for f − y)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} - f^{(i)} \right) "
        r"x_j^{(i)}",
        cost=_LL_COST,
        verdict="different",
        wrt="w_j",
        lets=_LL_LETS,
        why="variant: the residual reversed gives the negative of the gradient; " + _LL_WHY,
    ),
]
