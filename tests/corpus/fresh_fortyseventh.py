r"""A fresh held-out wave (f47): a mix as a random draw would give it — course-forum and Q&A threads (a
DeepLearning.AI thread, a Russian mirror of a Stack Overflow answer), from-scratch code in languages and dialects
the corpus has little of (Octave with and without the ex5 layout, NumPy classes with a pointwise-loss style, a
manual-gradient tutorial file, Persian-authored ridge classes), and course notes in French and Vietnamese (a
French repository's regression notes, a French session report whose code survived a PDF's text extraction with
spaces inside every token, a Vietnamese blog on loss functions) — on logistic regression, least squares, ridge
and L2-penalised logistic regression.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A: a stored copy of the DeepLearning.AI community 'Course Q&A' thread 'Week 3: Derivations of J(w,b) for
  Sigmoid Function' (Bernhard Wieczorek, May 30, 2023: the linear J = Σ[((wx+b)−y)²], his J′, the lecture's
  dJ/dw = Σ[(f(x)−y)x], and a logistic J written without its minus sign); a Russian mirror of a Stack Overflow
  answer (pullrequest.ru, 'Градиентный спуск сходится для линейной регрессии': costFunction and the theta(j)
  loop);
* code: a NumPy 'src.optimizers' project's LinearRegression and LogisticRegression classes (pointwise losses,
  a mean-pointwise gradient and a docstring gradient), a manual-gradient tutorial (np.dot(2 * x, y_hat - y).mean()),
  an Octave ex2 costFunctionReg one-liner (suzibinjelly/SFEX), an Octave ex5 linearRegCostFunction
  (qianlv/learning), an Octave cost_function from a wireless-MAC project (andreviniciusgsg/FS-MAC), and two ridge
  classes of parvvaresh/ML-algorithms;
* notes: Amrani-Sohaib/ML-Models' French notes on multiple linear regression, a French session report
  ('Rapport de la séance de travail du 20/04/2025', a stored Scribd document), and the Vietnamese AI VIETNAM blog
  post 'advanced-loss-functions-for-linear-regression'.

Names follow the sources: the src.optimizers classes' X already carries a column of ones (validate_features) and
w is Data.w; the Octave x / X (ones prepended) and theta are Data.X and Data.theta, so theta(2:end) is theta[1:];
the parvvaresh classes' X_train / X, self.weights and self.bias are Data.X, Data.w and Data.b; the manual
tutorial's scalar w and x are the slope Data.w[0] and Data.x; the forum's and the blog's one-feature w, b and x
likewise. Where a source gives no cost for an answer, ``why`` says which cost the answer is graded against.
About half the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
DLAI_DERIV = (
    NEMOTRON + " (stored copy of the DeepLearning.AI community 'Course Q&A' thread 'Week 3: Derivations of J(w,b) "
    "for Sigmoid Function', Bernhard Wieczorek's question of May 30, 2023, 9:36 am"
)
PULLREQ = (
    "http://pullrequest.ru/14995290/gradientnyi-spusk-shoditsya-dlya-lineinoi-regressii (Russian mirror of a "
    "Stack Overflow answer 'Градиентный спуск сходится для линейной регрессии', the Matlab code that 'сошлось "
    "за 47 итераций'"
)
SRC_LIN = (
    "public code index file 22282039911 (Python, class LinearRegression of a NumPy project importing "
    "src.optimizers.GradientDescent: loss and loss_gradient with its '@NOTE' docstring"
)
SRC_LOG = (
    "public code index file 22791168825 (Python, class LogisticRegression of the same src.optimizers project: "
    "loss and loss_gradient with its '@NOTE' docstring"
)
MANUAL = (
    "public code index file 42066725113 (Python, a '# manual' gradient tutorial: f = w * x, loss = MSE, "
    "def gradient(x, y, y_hat)"
)
SFEX = "https://github.com/suzibinjelly/SFEX/blob/HEAD/EX2/costFunctionReg.m (Octave, the J= and grad= lines"
QIANLV = (
    "https://github.com/qianlv/learning/blob/HEAD/machine_learning/machine_learning_andrew_ng/ex5/"
    "linearRegCostFunction.m (Octave"
)
FSMAC = "https://github.com/andreviniciusgsg/FS-MAC/blob/HEAD/gr-fsmac/octave/cost_function.m (Octave, the J = line"
PARV_RIDGE = (
    "https://github.com/parvvaresh/ML-algorithms/blob/HEAD/ML_model/Regression/ridge_regression.py (Python, "
    "class ridge_regression, fit: cost, dw and db"
)
PARV_LIN_RIDGE = (
    "https://github.com/parvvaresh/ML-algorithms/blob/HEAD/ML_model/Regression/linear/ridge_regression.py "
    "(Python, class RidgeRegression, fit: cost and dw"
)
AMRANI = (
    "https://github.com/Amrani-Sohaib/ML-Models (French notes on multiple linear regression: '# 2 Fonction de "
    "coût : Erreur quadratique moyenne (MSE)' and '# 4 Calcul des gradients'"
)
AMRANI_NB = (
    "https://github.com/Amrani-Sohaib/ML-Models/blob/HEAD/Notebooks/Regression.ipynb (French notebook "
    "'Régression Linéaire Multiple : Version Matricielle', stored version of commit 1ad1e884"
)
AIO = (
    "http://aioconquer.aivietnam.edu.vn/posts/advanced-loss-functions-for-linear-regression (Vietnamese blog "
    "post, '1.2. Hàm Mất mát (Loss Function)' and '1.3.1. Tính đạo hàm riêng theo hàm loss'"
)
RAPPORT = (
    "https://fr.scribd.com/document/858442480/rapport-seance (French course report 'Rapport de la séance de "
    "travail du 20/04/2025', as stored: the code's tokens are spaced by the PDF's text extraction"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _sum_sq_slope(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r)


def _loglik_slope(d):
    return float(np.sum(_ll(sig(d.w[0] * d.x + d.b), d.y)))


def _mean_sq_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _softplus_sum_w(d):
    z = d.X @ d.w
    return float(np.sum(np.log1p(np.exp(z)) - d.y * z))


def _mean_sq_slope_no_intercept(d):
    r = d.w[0] * d.x - d.y
    return float(r @ r) / d.m


def _sfex_logistic_l2_all(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y))) + d.lam / d.m * float(d.theta @ d.theta)


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _fsmac_ridge_all(d):
    r = d.X @ d.theta - d.y
    return (float(r @ r) + d.lam * float(d.theta @ d.theta)) / (2 * d.m)


def _qianlv_ridge_skip_first(d):
    return _half_mean_sq_theta(d) + d.lam * float(d.theta[1:] @ d.theta[1:]) / (2 * d.m)


def _half_mean_sq_wb(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
_DLAI_LIN_J = r"J(w,b) = \sum[((wx+b)-y)^2]"
_DLAI_LOG_J = (
    r"J = \sum \left[y \log\left(\frac{1}{1+e^{-(wx+b)}}\right) + (1-y)\log\left(1-\frac{1}{1+e^{-(wx+b)}}\right)"
    r"\right]"
)
_DLAI_WHY = (
    "one feature: w is a scalar slope (Data.w[0]), b the intercept, x and y the examples' input and target "
    "(Data.x, Data.y); the Σ has no bounds and runs over the examples; no 1/m"
)
_SRC_LIN_J = "pointwise_loss.mean(axis=0)"
_SRC_LIN_LETS = ("pointwise_loss = np.pow(z - y, 2)", "z = X @ w")
_SRC_LOG_J = "pointwise_loss.sum(axis=0)"
_SRC_LOG_LETS = ("pointwise_loss = np.log(1 + np.exp(z)) - y * z", "z = X @ w")
_SRC_WHY = (
    "X is the design matrix (validate_features prepends a column of ones; Data.X), w the coefficient column "
    "(Data.w), y reshaped to a column"
)
_MANUAL_J = "((y_hat - y)**2).mean()"
_MANUAL_LETS = ("y_hat = w * x",)
_MANUAL_WHY = (
    "forward(x) returns w * x: a one-feature line through the origin, w a scalar (Data.w[0]), x and y the "
    "examples (Data.x, Data.y); loss(Y, y_hat) is the mean squared error"
)
_SFEX_J = (
    "-1 * sum( y .*log( sigmoid( X*theta ) ) + ( 1-y ) .*log( 1 - sigmoid(X*theta)))/m+lambda/m*theta'*theta"
)
_SFEX_WHY = (
    "Octave: the mean cross-entropy plus (λ/m)θᵀθ — a penalty without the ½ and over every θ, θ(1) included; "
    "X carries the column of ones (Data.X)"
)
_QIANLV_J = "sum((H - y) .^ 2) / (2 * m) + lambda * sum(theta(2:end) .^ 2) / (2 * m)"
_QIANLV_LETS = ("H = X * theta",)
_QIANLV_WHY = "Octave ex5: theta(2:end) skips the intercept theta(1), i.e. theta[1:] of Data.theta"
_FSMAC_J = "(1/(2*m))*(sum(power(h-y, 2), 1) + lambda*sum(power(theta, 2), 1))"
_FSMAC_LETS = ("h = x*theta",)
_PARV_J = "(np.sum((loss ** 2)) + self.alpha * np.sum(self.weights ** 2)) / (2 * self.m)"
_PARV_LETS = ("loss = y_pred - y_train", "y_pred = np.dot(X_train , self.weights) + self.bias")
_PARV_WHY = (
    "self.alpha is the penalty weight, self.m the number of examples, X_train the data (Data.X), self.weights "
    "and self.bias the model (Data.w, Data.b): (Σ(ŷ − y)² + αΣw²)/(2m)"
)
_PARV2_J = "np.sum(loss ** 2) / (2 * n_samples) + (self.alpha / 2) * np.sum(self.weights ** 2)"
_PARV2_LETS = ("loss = y_predict - y", "y_predict = np.dot(X , self.weights) + self.bais")
_PARV2_WHY = (
    "the class writes its intercept self.bais here (a typo for self.bias, Data.b); the penalty (α/2)Σw² has no "
    "1/n, so its gradient is αw"
)
_AMRANI_J = r"J(\mathbf{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left( \hat{y}_i - y_i \right)^2"
_AMRANI_LETS = (r"\hat{y}_i = \mathbf{w}^\top \cdot \mathbf{x}_i + b",)
_AMRANI_WHY = "X is the m × n data matrix (Data.X), w the weights (Data.w), b the bias (Data.b)"
_AMRANI_NB_J = r"J(\mathbf{w}, \mathbf{b}) = \frac{1}{2m} \| \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \|^2"
_AMRANI_NB_DEV = (
    r"J(\mathbf{w}, \mathbf{b}) = \frac{1}{2m} \left( (\mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y})^\top "
    r"\cdot (\mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y}) \right)"
)
_AMRANI_NB_WHY = (
    "X is m × n (Data.X), w n × 1 (Data.w), b 'Scalaire (ou vecteur m × 1)': the scalar bias Data.b added to "
    "every row"
)
_AIO_J = "L(w,b)=∑^N_{i=1}(wx_i+b−y_i)^2"
_AIO_LETS = (r"\hat{y} = wx +b",)
_AIO_WHY = (
    "Simple Linear Regression: one feature, w a scalar slope (Data.w[0]), b the intercept; N examples; the "
    "page's minus signs are U+2212"
)
_RAPPORT_J = "1/(2* m ) * np . sum (( model (x , theta ) - y ) **2)"
_RAPPORT_LETS = ("model (x , theta ) = x . dot ( theta )",)
_RAPPORT_WHY = (
    "def model (x , theta ) : return x . dot ( theta ); x has had a column of ones stacked on (np . hstack): "
    "Data.X, theta Data.theta; the report's own formula J(θ) = (1/2m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² (garbled in extraction)"
)
_PR_J = "(1/(2*m))*sum(sqError)"
_PR_LETS = ("sqError = (prediction - y).^2", "prediction = X*theta")
_PR_WHY = "X has the column of ones ('Add columns of ones to add biasing'; Data.X), theta Data.theta"

COSTS: list[Cost] = [
    # ============================================================ Q&A
    Cost(
        id="f47-dlai-deriv-linear-sum-sq",
        source=DLAI_DERIV + ", 'For the linear cost function')",
        text=_DLAI_LIN_J,
        intended=_sum_sq_slope,
        wrt=("w", "b"),
        why=_DLAI_WHY,
    ),
    Cost(
        id="f47-dlai-deriv-logistic-no-minus",
        source=DLAI_DERIV + ", 'J for logistic regression is')",
        text=_DLAI_LOG_J,
        intended=_loglik_slope,
        wrt=("w", "b"),
        why=_DLAI_WHY + "; the poster's J has no minus sign: it is the log-likelihood Σ[y log σ + (1 − y) log(1 − σ)] "
        "as written",
    ),
    Cost(
        id="f47-pullrequest-costfunction-sqerror",
        source=PULLREQ + ", function J = costFunction(X,y,theta))",
        text=_PR_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_PR_LETS,
        why=_PR_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f47-src-linear-pointwise-mean",
        source=SRC_LIN + ", def loss)",
        text=_SRC_LIN_J,
        intended=_mean_sq_w,
        wrt=("w_j",),
        lets=_SRC_LIN_LETS,
        why=_SRC_WHY + "; the mean of the squared residuals, no ½",
    ),
    Cost(
        id="f47-src-logistic-pointwise-sum",
        source=SRC_LOG + ", def loss)",
        text=_SRC_LOG_J,
        intended=_softplus_sum_w,
        wrt=("w_j",),
        lets=_SRC_LOG_LETS,
        why=_SRC_WHY + "; log(1 + eᶻ) − yz is the cross-entropy in its softplus form, summed (not averaged)",
    ),
    Cost(
        id="f47-manual-mse-slope-through-origin",
        source=MANUAL + ", def loss(y, y_hat))",
        text=_MANUAL_J,
        intended=_mean_sq_slope_no_intercept,
        wrt=("w",),
        lets=_MANUAL_LETS,
        why=_MANUAL_WHY,
    ),
    Cost(
        id="f47-sfex-octave-costreg-lambda-over-m",
        source=SFEX + ", J=)",
        text=_SFEX_J,
        intended=_sfex_logistic_l2_all,
        wrt=("theta_j",),
        why=_SFEX_WHY,
    ),
    Cost(
        id="f47-qianlv-octave-linreg-cost",
        source=QIANLV + ", J =)",
        text=_QIANLV_J,
        intended=_qianlv_ridge_skip_first,
        wrt=("theta_j",),
        lets=_QIANLV_LETS,
        why=_QIANLV_WHY,
    ),
    Cost(
        id="f47-fsmac-octave-ridge-power-sum",
        source=FSMAC + ")",
        text=_FSMAC_J,
        intended=_fsmac_ridge_all,
        wrt=("theta_j",),
        lets=_FSMAC_LETS,
        why="x = [ones(m, 1) x] before h = x*theta: the design matrix Data.X; sum(·, 1) sums the column; the "
        "penalty takes every θ, theta(1) included: (‖Xθ − y‖² + λ‖θ‖²)/(2m)",
    ),
    # ============================================================ notes
    Cost(
        id="f47-amrani-fr-mse-half",
        source=AMRANI + ")",
        text=_AMRANI_J,
        intended=_half_mean_sq_wb,
        wrt=("w_j", "b"),
        lets=_AMRANI_LETS,
        why=_AMRANI_WHY,
    ),
    Cost(
        id="f47-amrani-nb-fr-norm-squared",
        source=AMRANI_NB + ", '2. Fonction de Coût : Erreur Quadratique Moyenne (MSE)')",
        text=_AMRANI_NB_J,
        intended=_half_mean_sq_wb,
        wrt=("w_j", "b"),
        why=_AMRANI_NB_WHY,
    ),
    Cost(
        id="f47-amrani-nb-fr-developpement",
        source=AMRANI_NB + ", '### Développement')",
        text=_AMRANI_NB_DEV,
        intended=_half_mean_sq_wb,
        wrt=("w_j", "b"),
        why=_AMRANI_NB_WHY + "; the norm written out as a product of the residual with its transpose",
    ),
    Cost(
        id="f47-aio-vi-sse-slope",
        source=AIO + ", 'Tổng Sai số Bình phương (Sum of Squared Errors - SSE)')",
        text=_AIO_J,
        intended=_sum_sq_slope,
        wrt=("w", "b"),
        why=_AIO_WHY,
    ),
    Cost(
        id="f47-rapport-fr-spaced-cost-function",
        source=RAPPORT + ", 'Étape 3 : Calcul de la fonction coût (MSE)', def cost_function)",
        text=_RAPPORT_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        lets=_RAPPORT_LETS,
        why=_RAPPORT_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real mistakes
    Answer(
        id="f47-dlai-deriv-lecture-form-for-linear-j",
        source=DLAI_DERIV + ", the lecture's dJ/dw = Σ[(f(x)-y)x] set against his linear J)",
        text=r"\sum[(f(x)-y)x]",
        cost=_DLAI_LIN_J,
        verdict="different",
        wrt="w",
        lets=("f(x) = wx+b",),
        why="for the poster's J = Σ((wx+b) − y)², without the lecture's 1/(2m), dJ/dw = 2Σ(f(x) − y)x: the factor "
        "2 is missing (f is the linear model of the post's J); " + _DLAI_WHY,
    ),
    Answer(
        id="f47-dlai-deriv-lecture-form-for-logistic-j-sign",
        source=DLAI_DERIV + ", 'looks the same like linear gradient descent ... dJ/dw = Σ[(f(x)-y)x]' for his "
        "logistic J)",
        text=r"\sum[(f(x)-y)x]",
        cost=_DLAI_LOG_J,
        verdict="different",
        wrt="w",
        lets=(r"f(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="the poster's logistic J has no minus sign, so dJ/dw = Σ(y − f(x))x: the lecture's form has the "
        "opposite sign (it is the gradient of −J); f is the sigmoid of his J; " + _DLAI_WHY,
    ),
    Answer(
        id="f47-dlai-deriv-jprime-one-term",
        source=DLAI_DERIV + ", 'I understand that J' = 2((wx+b)-y)x')",
        text="2((wx+b)-y)x",
        cost=_DLAI_LIN_J,
        verdict="different",
        wrt="w",
        why="the derivative of one term of the sum: J = Σ((wx+b) − y)² has dJ/dw = Σ2((wx+b) − y)x, and the "
        "post's J′ drops the Σ; " + _DLAI_WHY,
    ),
    Answer(
        id="f47-src-logistic-mean-grad-of-sum-loss",
        source=SRC_LOG + ", loss_gradient's returned grad)",
        text="pointwise_loss_grad.mean(axis=0).reshape(-1, 1)",
        cost=_SRC_LOG_J,
        verdict="different",
        wrt="w_j",
        lets=("pointwise_loss_grad = X * (1/(1 + np.exp(-z)) - y)", *_SRC_LOG_LETS),
        why="the loss sums the pointwise losses but the gradient averages theirs: (1/m)Xᵀ(σ(Xw) − y) is 1/m of "
        "the summed loss's gradient Xᵀ(σ(Xw) − y); " + _SRC_WHY,
    ),
    Answer(
        id="f47-manual-np-dot-mean-no-over-n",
        source=MANUAL + ", def gradient: return np.dot(2 * x, y_hat - y).mean())",
        text="np.dot(2 * x, y_hat - y).mean()",
        cost=_MANUAL_J,
        verdict="different",
        wrt="w",
        lets=_MANUAL_LETS,
        why="np.dot already sums over the examples to a scalar, and .mean() of a scalar is that scalar: the "
        "gradient is 2Σx(ŷ − y), N times d(MSE)/dw = (2/N)Σx(ŷ − y) (the file's own comment has the 1/N); "
        + _MANUAL_WHY,
    ),
    Answer(
        id="f47-sfex-grad-lambda-sum-theta",
        source=SFEX + ", grad=)",
        text="X'*(sigmoid(X*theta)-y)/m+lambda/m*sum(theta)",
        cost=_SFEX_J,
        verdict="different",
        wrt="theta_j",
        why="sum(theta) adds the same scalar λΣθ/m to every component; the penalty (λ/m)θᵀθ has derivative "
        "2λθⱼ/m; " + _SFEX_WHY,
    ),
    Answer(
        id="f47-parvvaresh-ridge-dw-two-alpha",
        source=PARV_RIDGE + ", dw =)",
        text="(np.dot(loss, X_train) + 2 * self.alpha * self.weights) / self.m",
        cost=_PARV_J,
        verdict="different",
        wrt="weights_j",
        lets=_PARV_LETS,
        why="the cost's penalty αΣw²/(2m) has derivative αw/m, not 2αw/m (the data term Xᵀ(ŷ − y)/m is right); "
        + _PARV_WHY,
    ),
    # ============================================================ right answers
    Answer(
        id="f47-pullrequest-theta-j-loop",
        source=PULLREQ + ", theta(j) = theta(j) - alpha*(1/m)*sum((hypo - y).*X(:,j)))",
        text="(1/m)*sum((hypo - y).*X(:,j))",
        cost=_PR_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("hypo = X*theta", *_PR_LETS),
        why="the update's gradient, column j of X: (1/m)Σ(h − y)xⱼ; " + _PR_WHY,
    ),
    Answer(
        id="f47-src-linear-mean-pointwise-grad",
        source=SRC_LIN + ", loss_gradient's returned grad)",
        text="pointwise_loss_grad.mean(axis=0).reshape(-1, 1)",
        cost=_SRC_LIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("pointwise_loss_grad = 2 * X * (z - y)", *_SRC_LIN_LETS),
        why="row i of X times 2(zᵢ − yᵢ), averaged over the rows: (2/m)Xᵀ(Xw − y), the mean loss's gradient; "
        + _SRC_WHY,
    ),
    Answer(
        id="f47-src-linear-note-docstring",
        source=SRC_LIN + ", the '@NOTE' docstring's grad =)",
        text="2 / n_samples * X.T @ (z - y)",
        cost=_SRC_LIN_J,
        verdict="equivalent",
        wrt="w_j",
        lets=("n_samples = X.shape[0]", *_SRC_LIN_LETS),
        why=_SRC_WHY,
    ),
    Answer(
        id="f47-src-logistic-note-docstring-sum",
        source=SRC_LOG + ", the '@NOTE' docstring's grad =)",
        text="X.T @ (1/(1 + np.exp(-z)) - y)",
        cost=_SRC_LOG_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_SRC_LOG_LETS,
        why="the docstring calls it 'the mean of the pointwise loss gradient' but writes no 1/n: Xᵀ(σ(Xw) − y) is "
        "the gradient of the summed loss; " + _SRC_WHY,
    ),
    Answer(
        id="f47-qianlv-grad-zero-first",
        source=QIANLV + ", grad =)",
        text="X' * (H - y) / m + lambda / m * [0; theta(2:end)]",
        cost=_QIANLV_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_QIANLV_LETS,
        why="[0; theta(2:end)] leaves θ(1) out of the penalty's derivative, as the cost does; " + _QIANLV_WHY,
    ),
    Answer(
        id="f47-parvvaresh-ridge-db",
        source=PARV_RIDGE + ", db =)",
        text="np.sum(loss) / self.m",
        cost=_PARV_J,
        verdict="equivalent",
        wrt="bias",
        lets=_PARV_LETS,
        why="the bias is not penalised: ∂/∂b = Σ(ŷ − y)/m; " + _PARV_WHY,
    ),
    Answer(
        id="f47-parvvaresh-linear-ridge-dw",
        source=PARV_LIN_RIDGE + ", dw =)",
        text="(np.dot(X.T , loss) / n_samples) + (self.alpha * self.weights)",
        cost=_PARV2_J,
        verdict="equivalent",
        wrt="weights_j",
        lets=_PARV2_LETS,
        why=_PARV2_WHY,
    ),
    Answer(
        id="f47-amrani-fr-grad-w-matrix",
        source=AMRANI + ", 'Gradient par rapport aux poids')",
        text=r"\frac{1}{m} \cdot \mathbf{X}^\top \cdot \left( \hat{\mathbf{y}} - \mathbf{y} \right)",
        cost=_AMRANI_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_AMRANI_LETS,
        why="ŷ in bold is the vector of the ŷᵢ; " + _AMRANI_WHY,
    ),
    Answer(
        id="f47-amrani-fr-grad-b-sum",
        source=AMRANI + ", 'Gradient par rapport au biais')",
        text=r"\frac{1}{m} \cdot \sum_{i=1}^{m} \left( \hat{y}_i - y_i \right)",
        cost=_AMRANI_J,
        verdict="equivalent",
        wrt="b",
        lets=_AMRANI_LETS,
        why=_AMRANI_WHY,
    ),
    Answer(
        id="f47-amrani-nb-fr-grad-b-sum-unbounded",
        source=AMRANI_NB + ", 'Gradient par Rapport au Biais', 'Si b est constant pour tous les échantillons')",
        text=r"\frac{1}{m} \cdot \sum \left( \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \right)",
        cost=_AMRANI_NB_J,
        verdict="equivalent",
        wrt="b",
        why="a Σ without bounds over the entries of the residual vector: (1/m)Σᵢ(xᵢ·w + b − yᵢ); " + _AMRANI_NB_WHY,
    ),
    Answer(
        id="f47-amrani-nb-fr-grad-w-residual",
        source=AMRANI_NB + ", 'Gradient par Rapport aux Poids')",
        text=r"\frac{1}{m} \cdot \mathbf{X}^\top \cdot \left( \mathbf{X} \cdot \mathbf{w} + \mathbf{b} - \mathbf{y} \right)",
        cost=_AMRANI_NB_DEV,
        verdict="equivalent",
        wrt="w_j",
        why=_AMRANI_NB_WHY,
    ),
    Answer(
        id="f47-aio-vi-grad-w-sse",
        source=AIO + ", 'Gradient theo w: - MSE:' (the page writes it as ∂w/∂L))",
        text=r"∑^N_{i=1}2x_i(\hat{y_i}−y_i)",
        cost=_AIO_J,
        verdict="equivalent",
        wrt="w",
        lets=_AIO_LETS,
        why="the page labels it \\frac{∂w}{∂L}, an inverted fraction; the expression is ∂L/∂w of its sum of "
        "squared errors; " + _AIO_WHY,
    ),
    Answer(
        id="f47-rapport-fr-spaced-gradient",
        source=RAPPORT + ", 'Étape 4 : Calcul du gradient', def gradient)",
        text="1/ m * x . T . dot ( model (x , theta ) - y )",
        cost=_RAPPORT_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_RAPPORT_LETS,
        why=_RAPPORT_WHY,
    ),
    # ============================================================ one-slip variants
    Answer(
        id="f47-sfex-grad-two-lambda-theta-variant",
        source=SFEX + ", grad=; variant: λ·sum(theta)/m corrected to 2λθ/m)",
        text="X'*(sigmoid(X*theta)-y)/m+2*lambda/m*theta",
        cost=_SFEX_J,
        verdict="equivalent",
        wrt="theta_j",
        why="variant (the repair): (λ/m)θᵀθ, over every θ and without a ½, has gradient 2λθ/m; " + _SFEX_WHY,
    ),
    Answer(
        id="f47-qianlv-grad-penalise-first-variant",
        source=QIANLV + ", grad =; variant: [0; theta(2:end)] replaced by theta)",
        text="X' * (H - y) / m + lambda / m * theta",
        cost=_QIANLV_J,
        verdict="different",
        wrt="theta_j",
        lets=_QIANLV_LETS,
        why="variant: the cost leaves θ(1) out of the penalty, so ∂J/∂θ₁ has no λθ₁/m; " + _QIANLV_WHY,
    ),
    Answer(
        id="f47-parvvaresh-linear-ridge-dw-two-alpha-variant",
        source=PARV_LIN_RIDGE + ", dw =; variant: self.alpha * self.weights doubled)",
        text="(np.dot(X.T , loss) / n_samples) + (2 * self.alpha * self.weights)",
        cost=_PARV2_J,
        verdict="different",
        wrt="weights_j",
        lets=_PARV2_LETS,
        why="variant: (α/2)Σw² has derivative αw, not 2αw; " + _PARV2_WHY,
    ),
    Answer(
        id="f47-amrani-fr-grad-w-two-over-m-variant",
        source=AMRANI + ", 'Gradient par rapport aux poids'; variant: 1/m written 2/m)",
        text=r"\frac{2}{m} \cdot \mathbf{X}^\top \cdot \left( \hat{\mathbf{y}} - \mathbf{y} \right)",
        cost=_AMRANI_J,
        verdict="different",
        wrt="w_j",
        lets=_AMRANI_LETS,
        why="variant: 2/m is the gradient of the mean without the ½; the notes' J has 1/(2m); " + _AMRANI_WHY,
    ),
    Answer(
        id="f47-aio-vi-grad-w-no-two-variant",
        source=AIO + ", 'Gradient theo w: - MSE:'; variant: the 2 dropped)",
        text=r"∑^N_{i=1}x_i(\hat{y_i}−y_i)",
        cost=_AIO_J,
        verdict="different",
        wrt="w",
        lets=_AIO_LETS,
        why="variant: the sum of squared errors has no ½ to cancel the 2; " + _AIO_WHY,
    ),
    Answer(
        id="f47-rapport-fr-spaced-gradient-half-variant",
        source=RAPPORT + ", def gradient; variant: 1/ m written 1/(2* m ))",
        text="1/(2* m ) * x . T . dot ( model (x , theta ) - y )",
        cost=_RAPPORT_J,
        verdict="different",
        wrt="theta_j",
        lets=_RAPPORT_LETS,
        why="variant: the ½ of the cost cancels against the square's 2, leaving 1/m; " + _RAPPORT_WHY,
    ),
    Answer(
        id="f47-pullrequest-theta-j-loop-sign-variant",
        source=PULLREQ + ", the theta(j) update; variant: (hypo - y) turned into (y - hypo))",
        text="(1/m)*sum((y - hypo).*X(:,j))",
        cost=_PR_J,
        verdict="different",
        wrt="theta_j",
        lets=("hypo = X*theta", *_PR_LETS),
        why="variant: (y − h) is the negative gradient, the descent direction; " + _PR_WHY,
    ),
]
