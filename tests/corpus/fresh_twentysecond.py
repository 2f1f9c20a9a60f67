r"""A fresh held-out wave (f22): from-scratch blog notebooks and scripts in R, JavaScript, Octave, Julia, NumPy.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages and files no other corpus file uses:

* LaTeX in notebook markdown: an R notebook in the deeplearning.ai style (J with no brackets round the summand,
  X with examples as columns, a let that is a chain ``A = σ(wᵀX + b) = (a⁽⁰⁾, …)``), a Quarto blog post
  (y written without its index, ``.`` for a product), Obsidian-style notes with a wrong ``δLoss`` (a
  ``\delta`` for the derivative, the feature factor dropped);
* plain text: JavaScript comments with Unicode θ0/θ1 and ``y'(i)``, bold markdown formulas (``((Y_pred - Y).X)/m``);
* code: R (``t(matrix(x))%*%…``), a JavaScript loop, Octave from a student team that fitted the logistic model
  with a squared error (their gradients drop σ′, one loss subtracts y twice), NumPy (``.T.dot``, ``np.matmul``,
  a softplus-form logistic loss), Julia (``.*X[:, j]``).

About two fifths of the answers are wrong, most of them REAL mistakes (a squared-error loss whose gradient drops
the factor 2, or σ′; a comment that calls the log-likelihood the NLL; ``db`` without its sum; a ridge
"derivative" without the feature factor). Four are one-slip variants of a real answer, marked "variant" in
``why``.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand
side of the assignment or ``return``, or the loop lines that compute it); ``cost`` and ``lets`` are the same
source's, verbatim. Where a source's text is a slip (``(error*2).mean()`` for a squared error, a formula without
its minus sign), the cost is read as WRITTEN, and ``why`` says so. Files of the public code index whose
repository the index does not name are cited by the index's file id and the file's own heading or function.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig, softplus

# ------------------------------------------------------------------ sources
ANI = (
    "github:Ani01ani/gradient_descent_from_scratch_in_R:Gradient_Descent.ipynb (an R kernel notebook, "
    "'#### Forward propagation' / '#### Backward propagation' and def propagate)"
)
VIDYA = (
    "github:vidyasagarbhargava/vidyasagarbhargava.github.io:myblog/posts/gradient-descent/index.ipynb (Quarto blog "
    "post 'Linear regression using gradient descent', Vidyasagar Bhargava, 12/10/2021)"
)
ANGUS = (
    "github:AngusFu/mechine-learning:1-simple-linear-regression.js at commit "
    "83626c47fd395d8c65ac2a12b26422c02f7e8bbe (JavaScript, the version with Unicode θ0/θ1 and comments)"
)
FAIZ = (
    "github:fa1zali/machine_learning:8-logistic_regression/1-logistic_regression_from_scratch.ipynb (markdown "
    "'### Gradient Descent:' and class LogisticRegression)"
)
TEAM = "github:CursosLic-PabloAlvarado/tarea-3-t3-team-brain (Octave course assignment, Spanish comments)"
TEAM_LAST = TEAM + " at commit ee2a364e639725d6784d6d19ad33142a63d9f408 (logreg_loss.m, logreg_gradloss.m, logreg_hyp.m)"
TEAM_F58 = TEAM + " at commit f582015b2389869db06d3e32cdad3173570f397f (logreg_loss.m, logreg_gradloss.m)"
TEAM_E5E = TEAM + " at commit e5ee03921790eaf70a658cffc4555581eee3e55c (logreg_loss.m)"
WILK = "github:wilk2222/LogisticRegression:README.md ('##**Mathematical equations used in the code**')"
SOFTPLUS = (
    "GitHub Python '# This file contains the mathematical functions for gradient descent with logistic "
    "regression', def logreg_loss / def probability / def logreg_gradient (public code index file 1970738797; "
    "the index names no repository)"
)
LINREG_B = (
    "GitHub Python '# Mean Squared Error (MSE) loss with gradient for optimization:', def lin_reg_loss (public "
    "code index file 3611982729; the index names no repository)"
)
LINREG_SS = (
    "GitHub Python def lin_reg_loss with the commented-out '# loss_f = np.mean(error ** 2)' and "
    "'# loss_f = 0.5*error.T.dot(error)' (public code index file 38086417393; the index names no repository)"
)
LOGREG_B = (
    "GitHub Python notebook export, def log_reg_loss with '# NLL loss, 1/N sum [...]' and '# Partial derivative "
    "for GD' (public code index file 49214388358; the index names no repository)"
)
OBS_LR = (
    "GitHub markdown note '**Linear Regression (LR)** is a statistical [[supervised learning]] model…', "
    "'#### Loss Function:' / '#### Derivative of a Function:' (public code index file 18400157197; the index "
    "names no repository)"
)
OBS_RIDGE = (
    "GitHub markdown note on ridge regression ('…Can be calculated by finding the [[Residual Sum of Squares]] "
    "(RSS) and [[Euclidean normalization]]'), '#### Loss Function:' / '#### Derivative of a Function:' (public "
    "code index file 18104202042; the index names no repository)"
)
STEY = (
    "GitHub Julia '# Linear Regression Model / # Using Gradient Descent for Regression Modeling / # Author: Paul "
    "Stey', function sq_error_loss and function gradient_des (public code index file 30502148809; the index "
    "names no repository)"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_mean_wb(d):
    p = sig(d.X @ d.w + d.b)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _ce_one_wb(d):
    p = sig(d.b + d.w[0] * d.x)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mse_one_wb(d):
    return float(np.mean((d.y - d.b - d.w[0] * d.x) ** 2))


def _twice_mean_resid_one_wb(d):
    # (error*2).mean() read as written: the mean of 2(y - b - wx), linear in w and b
    return float(np.mean((d.y - (d.b + d.w[0] * d.x)) * 2))


def _half_mse_theta01(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def _mse_sig_theta(d):
    return float(np.sum((sig(d.X @ d.theta) - d.y) ** 2)) / d.m


def _half_mse_sig_theta(d):
    return float(np.sum((sig(d.X @ d.theta) - d.y) ** 2)) / (2 * d.m)


def _mean_sig_sq_theta(d):
    # h = y - sigmoid(X theta), then sumsq(h - y) = sum(sigmoid(X theta)^2)
    return float(np.sum(sig(d.X @ d.theta) ** 2)) / d.m


def _softplus_nll_w(d):
    z = d.X @ d.w
    return float(np.sum(softplus(z)) - d.y @ z)


def _mse_theta(d):
    return float(np.mean((d.X @ d.theta - d.y) ** 2))


def _ss_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r)


def _ce_mean_theta(d):
    p = sig(d.X @ d.theta)
    return float(-np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mean_loglik_theta(d):
    p = sig(d.X @ d.theta)
    return float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _rss_w(d):
    return float(np.sum((d.y - d.X @ d.w) ** 2))


def _ridge_rss_w(d):
    return _rss_w(d) + d.lam * float(np.sum(d.w**2))


def _half_mse_beta(d):
    return float(np.sum((d.X @ d.beta - d.y) ** 2)) / (2 * d.m)


# ------------------------------------------------------------------ shared texts
_ANI_J = r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"
_ANI_LETS = (r"A = \sigma(w^T X + b) = (a^{(0)}, a^{(1)}, ..., a^{(m-1)}, a^{(m)})",)
_ANI_RJ = "-(1/m)*sum(y*log(a) + (1-y)*log(1-a))"
_ANI_RLETS = (
    "sigmoid <- function(x) 1/(1 + exp(-x))",
    "m <- nrow(matrix(x))",
    "X <- cbind(1,matrix(x))",
    "theta <- c(b, w)",
    "a <- sigmoid(X%*%theta)",
)
_VID_MSE = r"MSE  = \frac{1}{N} \sum\limits_{i=1}^{N} (y-b-wx_i)^2"
_VID_LETS = ("yhat =  b + w*x", "error = (y-yhat)")
_VID_LOSS = "(error*2).mean()"
_ANG_LOSS = (
    "let loss = 0\n"
    "\n"
    "  for (let [x_i, y_i] of trainingSet) {\n"
    "    loss +=  Math.pow(θ0 + θ1 * x_i - y_i, 2)\n"
    "  }\n"
    "\n"
    "  loss = loss / (len * 2)"
)
_ANG_LETS = ("y'(i) = θ0 + θ1 * x(i)",)
_FAIZ_LETS = ("z = w.x + b", "y_pred = 1/(1+(e^(-z)))")
_FAIZ_CODE_LETS = ("Y_hat = 1/(1+(np.exp(-(self.X.dot(self.w) + self.b))))",)
_TEAM_LAST_J = "(1 / (m)) * sum((h - y) .^ 2)"
_TEAM_LAST_LETS = ("m = length(y);", "h = 1 ./ (1 + exp(-(X*theta(:))));")
_TEAM_F58_J = "(1 / (2 * m)) * sum((h - y) .^ 2)"
_TEAM_F58_LETS = ("m = length(y);", "h = 1 ./ (1 + exp(-(X * theta)));")
_SP_J = "np.sum(np.log(1 + np.exp(Xw))) - np.matmul(y.transpose(), Xw)"
_SP_LETS = ("Xw = np.matmul(X, w)",)
_SP_GRAD_LETS = ("Xw = np.matmul(X, w)", "p = np.exp(Xw)", "p = p / (1 + p)")
_LRB_J = "np.mean(error ** 2)"
_LRB_LETS = ("B = X.shape[0]", "predictions = X.dot(theta)", "error = predictions - y")
_LRB_G = "(1 / B) * X.T.dot(error)"
_LRSS_J = "(X.dot(theta)-y).T.dot(X.dot(theta)-y)"
_LOGB_COMMENT = "1/N sum [y*log(g(X*theta)) + (1-y)*log(1-g(X*theta))]"
_LOGB_J = "-np.mean(y*np.log(predictions) + (1 - y)*np.log(1 - predictions))"
_LOGB_LETS = ("B = X.shape[0]", "predictions = predict_prob(X, theta)", "error = predictions - y")
_OBS_RSS = r"Loss = RSS = \sum_{i=1}^n(y_i-\hat y_i)^2"
_OBS_RIDGE = r"Loss = RSS + \lambda\cdot||w||^2_2 = \sum_{i=1}^n(y_i-\hat y_i)^2 + \lambda\sum_{j=1}^p w_j^2"
_STEY_J = "1/(2*n) * sum((h-y).^2)"
_STEY_LETS = ("h = X*beta",)

COSTS: list[Cost] = [
    # ============================================================ LaTeX in notebook markdown
    Cost(
        id="f22-vidya-mse-y-without-index",
        source=VIDYA + " ('### Step 1 :-  Compute the loss', second display)",
        text=_VID_MSE,
        intended=_mse_one_wb,
        wrt=("w", "b"),
        why="one feature, w and b scalars (y = b + w * x + ε); the page writes y without its index inside a sum "
        "over i: it is y_i; the plain mean squared error (1/N, no ½)",
    ),
    Cost(
        id="f22-obs-rss-hat-y",
        source=OBS_LR + " (#### Loss Function:; the model from 'We can write the linear function as follows:')",
        text=_OBS_RSS,
        intended=_rss_w,
        wrt=("w_j",),
        why="the residual sum of squares, no 1/n; ŷ_i is the model's prediction x_iᵀw (the note writes the model "
        "as y = Xw + ε, X with a leading column of ones, further down; not given as a let, since it defines y)",
    ),
    Cost(
        id="f22-obs-ridge-chain-norm-sub2-sup2",
        source=OBS_RIDGE + " (#### Loss Function:)",
        text=_OBS_RIDGE,
        intended=_ridge_rss_w,
        wrt=("w_j",),
        why="a chain Loss = RSS + λ‖w‖²₂ = Σ(y_i − ŷ_i)² + λΣ_j w_j²; ||w||^2_2 is the squared 2-norm; ŷ_i = x_iᵀw; "
        "no 1/n and every w_j penalised",
    ),
    Cost(
        id="f22-wilk-J-single-example-L-plus-R",
        source=WILK + " ('The total loss function including the regularization term is then:'; L, R, h, z from "
        "the displays above it)",
        text=r"J(\theta) = L(y, h) + R(\theta)",
        intended=None,
        expect="refuse",
        lets=(
            r"z = X \theta",
            r"h = \frac{1}{1 + e^{-z}}",
            r"L(y, h) = -[y \log(h) + (1 - y) \log(1 - h)]",
            r"R(\theta) = \frac{\lambda}{2m} \sum \theta^2",
        ),
        why="L is written for one example (no sum, no 1/m) while R carries λ/2m over the whole θ; whether J sums L "
        "over the m examples, averages it (the README's gradient has 1/m) or means one example cannot be told "
        "from the text",
    ),
    # ============================================================ plain text / code
    Cost(
        id="f22-ani-R-cost",
        source=ANI + " (propagate <- function(x, y, w, b): cost <- …; m, X, theta, a from the lines above, "
        "sigmoid from the cell before)",
        text=_ANI_RJ,
        intended=_ce_one_wb,
        wrt=("w", "b"),
        lets=_ANI_RLETS,
        why="R: one feature x, X = [1, x] and theta = c(b, w), so a = σ(b + wx); * is elementwise and sum(…) "
        "adds the m terms: the mean cross-entropy in the scalar w and b",
    ),
    Cost(
        id="f22-vidya-loss-error-times-2-as-written",
        source=VIDYA + " (def gradient_descent: loss  = …, '#compute the loss'; yhat and error from the lines "
        "above)",
        text=_VID_LOSS,
        intended=_twice_mean_resid_one_wb,
        wrt=("w", "b"),
        lets=_VID_LETS,
        why="read as WRITTEN: error*2 doubles the residual (the author meant error**2), so the loss is the mean of "
        "2(y − b − wx), linear in w and b (the value is never used for the update)",
    ),
    Cost(
        id="f22-angus-js-loss-loop-unicode-theta",
        source=ANGUS + " (const training = () => {…}: the loss loop at its end)",
        text=_ANG_LOSS,
        intended=_half_mse_theta01,
        wrt=("theta_0", "theta_1"),
        why="a JavaScript accumulation over the training pairs: Σ(θ0 + θ1x_i − y_i)² / (2·len), len the number "
        "of pairs (trainingSet has length len): the half mean squared error of the one-feature line",
    ),
    Cost(
        id="f22-team-octave-mse-of-sigmoid",
        source=TEAM_LAST + " (logreg_loss.m: err = …, '% calcular el error de MSE'; h from logreg_hyp.m, which "
        "h = logreg_hyp(theta,X) calls)",
        text=_TEAM_LAST_J,
        intended=_mse_sig_theta,
        lets=_TEAM_LAST_LETS,
        why="a squared error put on the logistic hypothesis: (1/m)Σ(σ(xᵢᵀθ) − yᵢ)² (no ½), not the cross-entropy",
    ),
    Cost(
        id="f22-team-octave-half-mse-of-sigmoid",
        source=TEAM_F58 + " (logreg_loss.m: J = …; m and h from the lines above it)",
        text=_TEAM_F58_J,
        intended=_half_mse_sig_theta,
        lets=_TEAM_F58_LETS,
        why="an earlier version of the same loss, with ½: (1/2m)Σ(σ(xᵢᵀθ) − yᵢ)²",
    ),
    Cost(
        id="f22-team-octave-sumsq-h-already-minus-y",
        source=TEAM_E5E + " (logreg_loss.m: err = …; m and h from the lines above it)",
        text="(1/m)*(sumsq(h-y,1))",
        intended=_mean_sig_sq_theta,
        lets=("m = length(y);", "h = y - (1 ./ (1 + exp(-(X * theta(:)))));"),
        why="read as WRITTEN: this h is already y − σ(Xθ), so h − y = −σ(Xθ) and sumsq(·, 1) (sum of squares down "
        "the column) gives (1/m)Σσ(xᵢᵀθ)²; y drops out",
    ),
    Cost(
        id="f22-softplus-form-logistic-sum",
        source=SOFTPLUS + " (def logreg_loss: return …, '# Calculate loss in matrix-vector form')",
        text=_SP_J,
        intended=_softplus_nll_w,
        wrt=("w_j",),
        lets=_SP_LETS,
        why="Σ log(1 + e^{xᵢᵀw}) − yᵀXw: the negative log-likelihood of logistic regression written with the "
        "softplus, summed (no 1/m)",
    ),
    Cost(
        id="f22-linreg-np-mean-error-sq",
        source=LINREG_B + " (loss_f = …, '# Loss function is MSE')",
        text=_LRB_J,
        intended=_mse_theta,
        lets=_LRB_LETS,
        why="the plain mean squared error (no ½) of Xθ − y",
    ),
    Cost(
        id="f22-linreg-transpose-dot-sum-of-squares",
        source=LINREG_SS + " (loss_f = … , the line in use)",
        text=_LRSS_J,
        intended=_ss_theta,
        why="(Xθ − y)ᵀ(Xθ − y): the residual sum of squares, no 1/m and no ½",
    ),
    Cost(
        id="f22-logreg-np-mean-nll",
        source=LOGREG_B + " (nll = …; predictions = predict_prob(X, theta), whose body is logits = X.dot(theta); "
        "return sigmoid(logits))",
        text=_LOGB_J,
        intended=_ce_mean_theta,
        lets=_LOGB_LETS,
        why="the mean cross-entropy; predictions is σ(Xθ) through the helper predict_prob (its body: logits = "
        "X.dot(theta), return sigmoid(logits))",
    ),
    Cost(
        id="f22-logreg-comment-nll-without-minus",
        source=LOGREG_B + " (the comment '# NLL loss, 1/N sum [y*log(g(X*theta)) + (1-y)*log(1-g(X*theta))]', the "
        "formula after 'NLL loss, ')",
        text=_LOGB_COMMENT,
        intended=_mean_loglik_theta,
        why="read as WRITTEN: the comment calls it the NLL but the formula has no minus sign, so it is the mean "
        "log-likelihood (1/N)Σ[y log g(xᵀθ) + (1 − y) log(1 − g(xᵀθ))], g the logistic function; 'sum' has no "
        "index and runs over the N examples",
    ),
    Cost(
        id="f22-stey-julia-sq-error-loss",
        source=STEY + " (function sq_error_loss: J = …; h = X*beta above it)",
        text=_STEY_J,
        intended=_half_mse_beta,
        wrt=("beta_j",),
        lets=_STEY_LETS,
        why="Julia: n is the number of rows of X (gradient_des gets it from n, p = size(X)), .^ is elementwise: "
        "(1/2n)Σ(xᵢᵀβ − yᵢ)²",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ Ani01ani (R notebook)
    Answer(
        id="f22-ani-dJdw-X-examples-as-columns",
        source=ANI + " (#### Backward propagation, eq. (1))",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T\tag{1}",
        cost=_ANI_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_ANI_LETS,
        why="in this notation X is n×m (examples as columns) and A − Y a 1×m row, so X(A − Y)ᵀ/m has component j "
        "(1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾: the cross-entropy gradient",
    ),
    Answer(
        id="f22-ani-dJdb-sum",
        source=ANI + " (#### Backward propagation, eq. (2))",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^m (a^{(i)}-y^{(i)})\tag{2}",
        cost=_ANI_J,
        verdict="equivalent",
        wrt="b",
        lets=_ANI_LETS,
    ),
    Answer(
        id="f22-ani-R-dw-t-matrix",
        source=ANI + " (propagate: dw <- …)",
        text="(1/m)*t(matrix(x))%*%(matrix(a - y))",
        cost=_ANI_RJ,
        verdict="equivalent",
        wrt="w",
        lets=_ANI_RLETS,
        why="t(matrix(x)) %*% matrix(a − y) is the inner product Σxᵢ(aᵢ − yᵢ); over m: ∂J/∂w for the scalar w",
    ),
    Answer(
        id="f22-ani-R-db-sum",
        source=ANI + " (propagate: db <- …)",
        text="(1/m)*sum(a - y)",
        cost=_ANI_RJ,
        verdict="equivalent",
        wrt="b",
        lets=_ANI_RLETS,
    ),
    Answer(
        id="f22-ani-R-dw-lost-1m",
        source=ANI + " (dw <- … without the (1/m)* — a variant)",
        text="t(matrix(x))%*%(matrix(a - y))",
        cost=_ANI_RJ,
        verdict="different",
        wrt="w",
        lets=_ANI_RLETS,
        why="variant (lost 1/m): the cost is a mean, this is m times its gradient",
    ),
    # ============================================================ Vidyasagar Bhargava (Quarto blog)
    Answer(
        id="f22-vidya-dMSE-dw-dot-product-chain",
        source=VIDYA + " ('### Step 2', the ∂MSE/∂w display, its third side (after the chain rule ∂MSE/∂ŷ.∂ŷ/∂w))",
        text=r"\frac{1}{N} \sum\limits_{i=1}^{N} 2(y-b-wx_i).(-x_i)",
        cost=_VID_MSE,
        verdict="equivalent",
        wrt="w",
        why="'.' is a product here; y is y_i; (1/N)Σ2(y_i − b − wx_i)(−x_i) is ∂MSE/∂w",
    ),
    Answer(
        id="f22-vidya-dMSE-db-dot-minus-one",
        source=VIDYA + " ('### Step 2', the ∂MSE/∂b display, its third side)",
        text=r"\frac{1}{N} \sum\limits_{i=1}^{N} 2(y-b-wx_i).(-1)",
        cost=_VID_MSE,
        verdict="equivalent",
        wrt="b",
    ),
    Answer(
        id="f22-vidya-w-grad-code",
        source=VIDYA + " (def gradient_descent: w_grad = …, '#compute the gradients')",
        text="-2*(x*error).mean()",
        cost=_VID_MSE,
        verdict="equivalent",
        wrt="w",
        lets=_VID_LETS,
        why="error = y − (b + wx): −2·mean(x·error) is ∂MSE/∂w",
    ),
    Answer(
        id="f22-vidya-b-grad-code",
        source=VIDYA + " (def gradient_descent: b_grad = …)",
        text="-2*error.mean()",
        cost=_VID_MSE,
        verdict="equivalent",
        wrt="b",
        lets=_VID_LETS,
    ),
    Answer(
        id="f22-vidya-b-grad-vs-loss-as-written",
        source=VIDYA + " (def gradient_descent: b_grad = … against the loss computed two lines above it)",
        text="-2*error.mean()",
        cost=_VID_LOSS,
        verdict="different",
        wrt="b",
        lets=_VID_LETS,
        why="the loss as written, mean(2·error), has ∂/∂b = −2 (a constant), not −2·mean(error): the code's "
        "gradient belongs to the squared error it meant, not to the line it wrote",
    ),
    # ============================================================ AngusFu (JavaScript)
    Answer(
        id="f22-angus-comment-dtheta0",
        source=ANGUS + " (the comment above let d_θ0 = 0, '// ' dropped)",
        text="dJ(θ0, θ1) / dθ0 = (1/m) * [Sum(y'(i) - y_i)]",
        cost=_ANG_LOSS,
        verdict="equivalent",
        wrt="theta_0",
        lets=_ANG_LETS,
        why="plain-text comment: y'(i) is the prediction θ0 + θ1x(i), m the number of pairs (len in the code); "
        "(1/m)Σ(y'(i) − y_i) is ∂J/∂θ0 of the half mean squared error",
    ),
    Answer(
        id="f22-angus-comment-dtheta1",
        source=ANGUS + " (the comment above let d_θ1 = 0, '// ' dropped)",
        text="dJ(θ0, θ1) / dθ1 = (1/m) * Sum[(y'(i) - y_i) * x_i]",
        cost=_ANG_LOSS,
        verdict="equivalent",
        wrt="theta_1",
        lets=_ANG_LETS,
    ),
    Answer(
        id="f22-angus-dtheta1-formula-for-theta0",
        source=ANGUS + " (the θ1 comment's right side given for θ0 — a variant)",
        text="(1/m) * Sum[(y'(i) - y_i) * x_i]",
        cost=_ANG_LOSS,
        verdict="different",
        wrt="theta_0",
        lets=_ANG_LETS,
        why="variant (x on the intercept): ∂J/∂θ0 has no factor x_i",
    ),
    # ============================================================ fa1zali (bold markdown and NumPy)
    Answer(
        id="f22-faiz-md-dw-dot-X",
        source=FAIZ + " (markdown '**dw = ((Y_pred - Y).X)/m**', bold markers dropped; z and y_pred from the same "
        "cell)",
        text="dw = ((Y_pred - Y).X)/m",
        cost="logistic",
        verdict="equivalent",
        wrt="w_j",
        lets=_FAIZ_LETS,
        why="the notebook's cost is the standard mean cross-entropy (no formula given, only the model z = w.x + b, "
        "y_pred = σ(z)); (Y_pred − Y).X, the residual row times X, is Xᵀ(ŷ − y); Y_pred is the cell's y_pred",
    ),
    Answer(
        id="f22-faiz-md-db-no-sum",
        source=FAIZ + " (markdown '**db = (Y_pred - Y)/m**', bold markers dropped)",
        text="db = (Y_pred - Y)/m",
        cost="logistic",
        verdict="different",
        wrt="b",
        lets=_FAIZ_LETS,
        why="the sum over the examples is missing: (Y_pred − Y)/m is the vector of residuals over m, not "
        "∂J/∂b = (1/m)Σ(ŷᵢ − yᵢ) (the notebook's code does use np.sum)",
    ),
    Answer(
        id="f22-faiz-code-dw",
        source=FAIZ + " (update_weights: dw = …; Y_hat from the line above)",
        text="(1/self.m)*np.dot(self.X.T, (Y_hat - self.Y))",
        cost="logistic",
        verdict="equivalent",
        wrt="w_j",
        lets=_FAIZ_CODE_LETS,
        why="attributes self.X, self.w, self.b, self.Y, self.m (the row count from X.shape): Xᵀ(ŷ − y)/m",
    ),
    Answer(
        id="f22-faiz-code-db",
        source=FAIZ + " (update_weights: db = …)",
        text="(1/self.m)*np.sum(Y_hat - self.Y)",
        cost="logistic",
        verdict="equivalent",
        wrt="b",
        lets=_FAIZ_CODE_LETS,
    ),
    # ============================================================ student team (Octave), squared error on σ
    Answer(
        id="f22-team-grad-drops-sigmoid-derivative",
        source=TEAM_LAST + " (logreg_gradloss.m: grad = …; h = logreg_hyp(theta,X))",
        text="2*((X' * (h-y)))'/m",
        cost=_TEAM_LAST_J,
        verdict="different",
        lets=_TEAM_LAST_LETS,
        why="the loss is the squared error of h = σ(Xθ): its gradient is (2/m)Xᵀ[(h − y)⊙h⊙(1 − h)]; this one drops "
        "σ′ = h(1 − h) (it is the linear-regression gradient; the trailing ' only makes it a row)",
    ),
    # ============================================================ NumPy code index files
    Answer(
        id="f22-softplus-grad-matmul-p-reassigned",
        source=SOFTPLUS + " (def logreg_gradient: return …; p from def probability)",
        text="np.matmul(X.transpose(), (p - y))",
        cost=_SP_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_SP_GRAD_LETS,
        why="p is built in two steps (p = e^{Xw}, then p = p/(1 + p)) = σ(Xw); ∇[Σ log(1 + e^{xᵢᵀw}) − yᵀXw] = "
        "Xᵀ(σ(Xw) − y)",
    ),
    Answer(
        id="f22-softplus-grad-sign-flipped",
        source=SOFTPLUS + " (logreg_gradient with (y - p) — a variant)",
        text="np.matmul(X.transpose(), (y - p))",
        cost=_SP_J,
        verdict="different",
        wrt="w_j",
        lets=_SP_GRAD_LETS,
        why="variant (sign): Xᵀ(y − p) is the log-likelihood's gradient, minus the loss's",
    ),
    Answer(
        id="f22-linreg-mse-grad-missing-2",
        source=LINREG_B + " (g = …, '# Partial derivative for GD, X^T * ((X * theta) - y)')",
        text=_LRB_G,
        cost=_LRB_J,
        verdict="different",
        lets=_LRB_LETS,
        why="B = X.shape[0] is m; ∇ mean((Xθ − y)²) = (2/m)Xᵀ(Xθ − y): the factor 2 is missing (it would be right "
        "for a ½ mean squared error)",
    ),
    Answer(
        id="f22-linreg-ss-grad-1-over-B",
        source=LINREG_SS + " (g = …, against the loss_f in use)",
        text=_LRB_G,
        cost=_LRSS_J,
        verdict="different",
        lets=_LRB_LETS,
        why="∇(Xθ − y)ᵀ(Xθ − y) = 2Xᵀ(Xθ − y); this is 1/(2m) of it",
    ),
    Answer(
        id="f22-logreg-grad-vs-np-mean-nll",
        source=LOGREG_B + " (g = …, '# Partial derivative for GD'; cost nll = …)",
        text=_LRB_G,
        cost=_LOGB_J,
        verdict="equivalent",
        lets=_LOGB_LETS,
        why="error = σ(Xθ) − y, B the batch's row count: Xᵀ(σ(Xθ) − y)/m, the mean cross-entropy's gradient",
    ),
    Answer(
        id="f22-logreg-grad-vs-comment-without-minus",
        source=LOGREG_B + " (g = … against the '# NLL loss, 1/N sum […]' comment's formula)",
        text=_LRB_G,
        cost=_LOGB_COMMENT,
        verdict="different",
        lets=_LOGB_LETS,
        why="the comment's formula (no minus) is the mean log-likelihood, whose gradient is −Xᵀ(σ(Xθ) − y)/N: "
        "the sign is wrong for the text as written",
    ),
    # ============================================================ Obsidian-style notes
    Answer(
        id="f22-obs-delta-rss-missing-x",
        source=OBS_LR + " (#### Derivative of a Function:)",
        text=r"\delta Loss = \delta RSS = 2\sum_{i=1}^n(\hat y_i-y_i)",
        cost=_OBS_RSS,
        verdict="different",
        wrt="w_j",
        why="∂RSS/∂w_j = 2Σ(ŷ_i − y_i)x_ij: the feature factor is missing (what is written is only the intercept's "
        "derivative)",
    ),
    Answer(
        id="f22-obs-ridge-delta-missing-x-sum-w",
        source=OBS_RIDGE + " (#### Derivative of a Function:)",
        text=r"\delta Loss = \delta RSS + 2\lambda\cdot w = 2\cdot\left(\sum_{i=1}^n(\hat y_i-y_i) + "
        r"\lambda\sum_{j=1}^p w_j\right)",
        cost=_OBS_RIDGE,
        verdict="different",
        wrt="w_j",
        why="∂/∂w_j = 2Σ(ŷ_i − y_i)x_ij + 2λw_j; the last side drops x_ij and sums all the w's instead of w_j",
    ),
    # ============================================================ Julia
    Answer(
        id="f22-stey-julia-grad-col-j",
        source=STEY + " (function gradient_des: the factor after 'alpha *' in tmp[j] = beta[j] - alpha * …)",
        text="(1/n) * sum((X*beta - y).*X[:, j])",
        cost=_STEY_J,
        verdict="equivalent",
        wrt="beta_j",
        lets=_STEY_LETS,
        why="X[:, j] is feature column j, .* elementwise: (1/n)Σ(xᵢᵀβ − yᵢ)x_ij",
    ),
    Answer(
        id="f22-stey-julia-grad-kept-half",
        source=STEY + " (the tmp[j] factor with 1/(2*n) — a variant)",
        text="(1/(2*n)) * sum((X*beta - y).*X[:, j])",
        cost=_STEY_J,
        verdict="different",
        wrt="beta_j",
        lets=_STEY_LETS,
        why="variant (kept ½): the 2 of the square cancels the ½ of the cost",
    ),
]
