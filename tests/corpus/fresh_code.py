r"""A fresh held-out wave (f2): what students paste, copied verbatim, judged by hand.

Gathered the same way as the rest of the corpus, from sources not used before:
Coursera ML exercise solutions in Octave/MATLAB (computeCost.m, costFunction.m,
lrCostFunction.m), Python ports and from-scratch NumPy implementations, lab
notebooks and READMEs (markdown LaTeX, codecogs image URLs, HTML sub/sup),
Q&A threads (Stack Overflow, datascience/math/stats StackExchange and their
mirrors), blog posts and tutorials (y = mx + b, MSE, BCE, log loss). Each
``text`` is exactly what the source shows; for an answer taken from code, the
right-hand side of the assignment that computes the gradient; ``lets`` are the
definitions the same source gives, verbatim (Octave lines keep their ``;``).
``intended`` and ``verdict`` were worked out by hand, before logderiv was run.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)


def _nll(p, y):
    """The mean negative log-likelihood of labels y under probabilities p."""
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


# Costs that several answers share, each verbatim from its source.
_DSSE_27307_J = "j = (1./m) * ( -y' * log( h ) - ( 1 - y' ) * log ( 1 - h))"
_DSSE_27307_LETS = ("z = x * theta;", "h = g(z);", 'g = inline("1 ./ (1 + exp(-z))")')
_SO_17784587_LETS = ("hypothesis = np.dot(x, theta)", "loss = hypothesis - y")
_PHAMLONG_LETS = ("z = np.dot(X, theta)", "h = sigmoid(z)")
_CS4780_NP_LOSS_ZIYANG = "(w.T @ xTr - yTr) @ (w.T @ xTr - yTr).T + lambdaa * w.T @ w"
_CS4780_NP_LOSS_WANHY = "(w.T.dot(xTr)-yTr).dot((w.T.dot(xTr)-yTr).T)+lambdaa*w.T.dot(w)"
_X35YAO_SSE = r"L=\sum_{i=1}^N(\hat{y}_i-y_i)^2"
_X35YAO_LETS = (r"\hat{y}_i=w^Tx_i+b",)
_TECHQA_2315064_ERROR = r"error = \frac{1}{N} \sum_{i=1}^N (y_i - (mx_i + b))^2"
_TECHQA_2580076_F = r"f(m,b) = \frac{1}{n}\sum_{i=0}^n {(y_i-(mx_i + b))^2}"
_LEXAI_J = r"J(m, c) = \sum_{i=1}^n \left( y_i - (mx_i + c) \right)^2"
_DSSE_27146_J = r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"
_DSSE_27146_LETS = (r"A = \sigma(w^T X + b) = (a^{(0)}, a^{(1)}, ..., a^{(m-1)}, a^{(m)})",)
_KASHTHEALIEN_J = r"(1/m)*(-y'*log(H) - (1-y)'*log(1-H)) + (lambda/2/m)*(theta(2:n)'*theta(2:n))"
_KASHTHEALIEN_LETS = ("H = sigmoid(X*theta);", "n = length(theta);")
_YOMNAATEF_LETS = ("temp = theta;", "temp(1) =0;", "h = sigmoid(X * theta);", "reg = lambda / (2*m) * temp' * temp;")
_BLUBITS_J = "(-y' * predictions_pos - (1 - y') * predictions_neg) ./ m"
_BLUBITS_LETS = (
    "predictions = sigmoid(X * theta);",
    "predictions_pos = log(predictions);",
    "predictions_neg = log(1 - predictions);",
)
_SURAJ_J = "-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))"
_SURAJ_LETS = ("z = np.dot(X, w) + b", "a = sigmoid(z)", "error = a - y")
_LYPHUONG_J = (
    r"J(\mathbf{w},b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})^2"
    r" + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2"
)
_LYPHUONG_LETS = (r"f_{\mathbf{w},b}(\mathbf{x}) = \mathbf{w} \cdot \mathbf{x} + b",)

_DSSE27307 = "https://datascience.stackexchange.com/questions/27307/logistic-regression-algorithm-fails-to-work/27464"
_SO17784587 = "http://stackoverflow.com/questions/17784587/gradient-descent-using-python-and-numpy?answertab=active"
_PHAMLONG = "https://github.com/Phamlong2675/Machine-learning- (notebook In [3], gradientDescent"
_X35YAO = "github:x35yao/ml-from-scratch:docs/linear_regression_math.md"
_TECHQA2315064 = "https://math.techqa.club/partial-derivative-for-gradient-descent-2315064"
_TECHQA2580076 = "https://math.techqa.club/how-to-calculate-gradient-for-this-multivariable-function-2580076"
_LEXAI = "https://github.com/retiredbatmanforsale/lexai-fellowship"
_DSSE27146 = "https://datascience.stackexchange.com/questions/27146/why-does-my-cost-function-return-double-the-expected-value"
_SURAJ = "github:surajnaik90/ai:machine-learning/tutorials/regression-classification/logistic_regression.py"
_LYPHUONG = "github:lyphuong601/data-science:linear-regression-BGD-deployment/README.md"

COSTS = [
    # ------------------------------------------------------------------ Octave / MATLAB (Coursera ML)
    Cost(
        id="f2-abbh-octave-sum-over-2m",
        source="github:ab-bh/ML-AndrewNG:machine-learning-ex1/ex1/computeCost.m",
        text="J=sum((X*theta-y).^2)/(2*m);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        why="no spaces at all; .^ elementwise, /(2*m)",
    ),
    Cost(
        id="f2-13vs-octave-neg-outside",
        source="github:13VS/DIABETES-ONSET-PREDICTION:codes/costFunction.m (J=...)",
        text="J=-( y' * log(h) + (1-y') * log(1-h ))/m;",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y),
        lets=("h = sigmoid(X* theta); ",),
        why="y' is a row, so y'*log(h) is the sum over examples; the minus is outside the bracket",
    ),
    Cost(
        id="f2-kazzpa-octave-missing-minus",
        source="github:Kazzpa/rosal-IA:HOMEWORK2/costFunction.m (cost = ...)",
        text="cost = (1 / m) * sum(y.*log(h) + (1-y).* log(1-h));",
        intended=lambda d: np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("h = sigmoid(X * theta);",),
        why="the student dropped the minus: as written this is the mean log-likelihood (positive sign), "
        "and that is what the text means; '.* log' with a space",
    ),
    Cost(
        id="f2-tyagi-octave-sigmoid-inline",
        source="github:Tyagi123/Octave_Matlab:machine-learning-ex2/ex2/costFunction.m (J = ...)",
        text="J = (-y' * log(h) - (1 - y')*log(1 - h)) / m;",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y),
        lets=("h=1 ./ ( 1  + exp(-(X * theta)))",),
        why="the sigmoid written out with ./ (no semicolon in the file, a double space inside); the file also "
        "sets m = length(X), meant as the example count",
    ),
    Cost(
        id="f2-dsse27307-octave-inline-g",
        source=_DSSE27307 + " (the question's loop: j = ..., with z, h and the inline g above it)",
        text=_DSSE_27307_J,
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y),
        lets=_DSSE_27307_LETS,
        why="lowercase x is the design matrix [ones(m,1) x]; g is an inline sigmoid; spaces inside log( h ) and "
        "before the brackets; the standard cross-entropy",
    ),
    Cost(
        id="f2-kashthealien-octave-lambda-2-m",
        source="github:kashthealien/MachineLearning:mlclass-ex3/mlclass-ex3/lrCostFunction.m (J = ...)",
        text="J = " + _KASHTHEALIEN_J + ";",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=_KASHTHEALIEN_LETS,
        why="lambda/2/m is λ/(2m) left to right; theta(2:n) with n = length(theta) leaves θ(1), the intercept, "
        "out of the penalty",
    ),
    Cost(
        id="f2-yomnaatef-octave-temp-zeroed",
        source="github:yomnaatef/Ass3:lrCostFunction.m (J = ..., with temp, h and reg above it)",
        text="J = (1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h)) + reg;",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=_YOMNAATEF_LETS,
        why="temp is θ with temp(1) set to 0 (an indexed assignment), so reg = λ/(2m) Σ_{j≥2} θ_j²",
    ),
    Cost(
        id="f2-blubits-octave-chained-lets",
        source="github:blubits/solutions:courses/stanford-ml/02-logreg/ex2/costFunction.m (J = ...)",
        text="J = " + _BLUBITS_J + ";",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y),
        lets=_BLUBITS_LETS,
        why="the logs are named variables; ./ m by a scalar",
    ),
    # ------------------------------------------------------------------ Python ports and from-scratch NumPy
    Cost(
        id="f2-aisource-python-builtin-sum",
        source="github:ai-source-code/ML:code/coursera/python/week-1/computeCost.py (J = ...)",
        text="J = (1.0/(2*m)) * sum((np.dot(X, theta) - y) ** 2)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        why="Python's built-in sum over the squared residuals",
    ),
    Cost(
        id="f2-charleseagle-np-matrix-star",
        source="github:charleseagle/Machine-Learning-Coursera-Python:Week2/computeCost.py (J = ...)",
        text="J = 1/(2*m)*((X*theta) - y).T*((X*theta) - y)",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        why="np.matrix operands: * is the matrix product, so rᵀr is the sum of squares; "
        "1/(2*m) under 'from __future__ import division'",
    ),
    Cost(
        id="f2-so17784587-np-loss-name",
        source=_SO17784587 + " (answer, gradientDescent: cost = ...)",
        text="cost = np.sum(loss ** 2) / (2 * m)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=_SO_17784587_LETS,
        why="'loss' is the residual vector here, not the loss; lowercase x is the m×2 design matrix",
    ),
    Cost(
        id="f2-phamlong-np-dot-transposes",
        source=_PHAMLONG + ", J = ...)",
        text="J = - (np.dot(Y.T, np.log(h)) + np.dot((1-Y).T, np.log(1-h))) / float(m)",
        intended=lambda d: _nll(sig(d.X @ d.theta), d.y),
        lets=_PHAMLONG_LETS,
        why="capital Y is the label vector (m,1); Y.T·log h is the sum over examples",
    ),
    Cost(
        id="f2-surajnaik-np-mean-bias",
        source=_SURAJ + " (compute_cost, total_cost = ...)",
        text="total_cost = " + _SURAJ_J,
        intended=lambda d: _nll(sig(d.X @ d.w + d.b), d.y),
        wrt=("w_j", "b"),
        lets=_SURAJ_LETS[:2],
        why="DeepLearning.AI C1W3 graded function, vectorized with np.mean",
    ),
    Cost(
        id="f2-arjunan-np-divide-axis",
        source="github:arjunan-k/ML_Projects:Gradient_Descent/README.md (training loop: yhat = ..., loss = ...)",
        text="loss = np.divide(np.sum((y - yhat)**2, axis=0), x.shape[0])",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("w", "b"),
        lets=("yhat = w * x + b",),
        why="x.shape[0] is the number of points N; axis=0 sums over them: the MSE of the line wx + b",
    ),
    # ------------------------------------------------------------------ notebooks / READMEs (markdown)
    Cost(
        id="f2-x35yao-codecogs-sse",
        source=_X35YAO + " (ii. Loss (sum of squared errors over dataset), the codecogs image's LaTeX; i. Model)",
        text=_X35YAO_SSE,
        intended=lambda d: np.sum((d.X @ d.w + d.b - d.y) ** 2),
        wrt=("w_j", "b"),
        lets=_X35YAO_LETS,
        why="the sum of squared errors, no 1/N; x_i is the feature vector of example i",
    ),
    Cost(
        id="f2-karikarshivani-html-sub-sup",
        source="github:karikarshivani/supervised-machine-learning:Glossary.md (Cost function J; Line graph / Linear model, "
        "its '# This gives you the prediction…' comment dropped)",
        text=r"J(w,b) = $\frac{1}{2m}$ $\sum^{m-1}_{i=0}$ (f<sub>w,b</sub>(x<sup>(i)</sup>) - y<sup>(i)</sup>)<sup>2</sup>",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        lets=(r"f<sub>w,b</sub>(x<sup>(i)</sup>) = wx<sup>(i)</sup> + b",),
        why="markdown mixing HTML <sub>/<sup> with inline $…$ LaTeX: the MLS cost 1/(2m) Σ_{i=0}^{m-1} (f(x⁽ⁱ⁾) − y⁽ⁱ⁾)², "
        "f = wx + b; unambiguous to a reader",
    ),
    Cost(
        id="f2-rishith-plain-unicode-bce",
        source="https://rishith-s.github.io/100daysofML/Regression/binary-cross-entropy (Dataset average; "
        "BCE_i and 'Predict probability with sigmoid' above it)",
        text="BCE = (1/N) * Σ_i BCE_i",
        intended=lambda d: _nll(sig(d.X @ d.w + d.b), d.y),
        wrt=("W_j", "b"),
        lets=(
            "BCE_i = - [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]",
            "ŷ_i = sigma(z_i)",
            "z_i = W · x_i + b",
            "sigma(z) = 1 / (1 + exp(-z))",
        ),
        why="plain Unicode: Σ_i without limits runs over the N examples; W · x_i is the dot product; "
        "sigma is defined on the page as the logistic function",
    ),
    Cost(
        id="f2-tus-notion-small-nested-minus",
        source="https://tus-sri-ivcc.notion.site/Example-Gradient-Descent-for-Logistic-Regression-16ad0355a87e80c3b7b6c2b65beb13a9 "
        "(Compute Gradient, 'The loss function is:'; σ from the first paragraph)",
        text=r"\small J(\mathbf{w}, b) = \frac{1}{N} \sum_{i=1}^{N} \left( - \left[ y^{(i)} \log \sigma(\mathbf{w} \cdot \mathbf{x}^{(i)} + b) + (1 - y^{(i)}) \log \big( 1 - \sigma(\mathbf{w} \cdot \mathbf{x}^{(i)} + b) \big) \right] \right),",
        intended=lambda d: _nll(sig(d.X @ d.w + d.b), d.y),
        wrt=("w_j", "b"),
        lets=(r"\sigma(z) = \frac{1}{1 + e^{-z}}",),
        why="a \\small size command in front, \\log without parentheses around σ(…), \\big( … \\big), trailing comma",
    ),
    Cost(
        id="f2-saachis-blog-f-wb",
        source="https://saachis-blog.hashnode.dev/cost-function-in-linear-regression (1. Input Theory: the cost J(w,b) and f_{w,b}(x))",
        text=r"J(w,b) = \frac{1}{2m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)})^2",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        lets=(r"f_{w,b}(x) = wx + b",),
        why="univariate: scalar w and b",
    ),
    # ------------------------------------------------------------------ Q&A
    Cost(
        id="f2-techqa2315064-error-mx-b",
        source=_TECHQA2315064 + " (mirror of a math.stackexchange question: 'This is the error equation')",
        text=_TECHQA_2315064_ERROR,
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        why="m is the slope (the count is N); the cost is named 'error'",
    ),
    # ------------------------------------------------------------------ to refuse
    Cost(
        id="f2-dambeeto-sigma-for-sum",
        source="https://github.com.eo-proxy.djzb.us.kg/dambeeto/LinRegFromScratchPy (README, cost function)",
        text="MSE(m, b) = (1 / N) * sigma(y_i - (m * x_i + b))^2",
        intended=None,
        wrt=("m", "b"),
        expect="refuse",
        why="'sigma(…)' is the author's Σ, but written as a function call it reads as the sigmoid σ, and the ^2 "
        "stands outside it (squaring the whole sum); the meaning 1/N Σ (y_i − (m x_i + b))² is only guessable",
    ),
    Cost(
        id="f2-abhisheksinha-mae-abs",
        source="github:abhisheksinha27x/Classical-ML:2_end-to-end-project/mae.md (MAE Formula)",
        text=r"\text{MAE}(X, h) = \frac{1}{m} \sum_{i=1}^{m} \left| h(x^{(i)}) - y^{(i)} \right|",
        intended=None,
        expect="refuse",
        why="absolute value: not differentiable at 0, unsupported",
    ),
]

ANSWERS = [
    # ------------------------------------------------------------------ datascience.SE 27307 (Octave)
    Answer(
        id="f2-dsse27307-grad-octave",
        source=_DSSE27307 + " (the question's loop: grad = ...)",
        text="1./m * x' * (h - y)",
        cost=_DSSE_27307_J,
        verdict="equivalent",
        lets=_DSSE_27307_LETS,
        why="(1/m) xᵀ(h − y) with x the design matrix: the cross-entropy gradient",
    ),
    # ------------------------------------------------------------------ Kazzpa (cost without the minus)
    Answer(
        id="f2-kazzpa-grad-sign-vs-own-cost",
        source="github:Kazzpa/rosal-IA:HOMEWORK2/costFunction.m (grad = ...)",
        text="(1 / m) * X' * (h - y)",
        cost="(1 / m) * sum(y.*log(h) + (1-y).* log(1-h))",
        verdict="different",
        lets=("h = sigmoid(X * theta);",),
        why="the file's own cost has no minus (it is the mean log-likelihood), whose gradient is (1/m) Xᵀ(y − h); "
        "the grad line is that of the negative log-likelihood: opposite sign",
    ),
    # ------------------------------------------------------------------ Stack Overflow 17784587 (NumPy)
    Answer(
        id="f2-so17784587-gradient-xtrans",
        source=_SO17784587 + " (answer, gradientDescent: gradient = ...)",
        text="np.dot(xTrans, loss) / m",
        cost="np.sum(loss ** 2) / (2 * m)",
        verdict="equivalent",
        lets=("xTrans = x.transpose()",) + _SO_17784587_LETS,
        why="xᵀ(xθ − y)/m for the cost Σ(xθ − y)²/(2m)",
    ),
    # ------------------------------------------------------------------ Phamlong2675 notebook
    Answer(
        id="f2-phamlong-gradient-float-m",
        source=_PHAMLONG + ", gradient = ...)",
        text="(1/float(m)) * np.dot(X.T, (h - Y))",
        cost="- (np.dot(Y.T, np.log(h)) + np.dot((1-Y).T, np.log(1-h))) / float(m)",
        verdict="equivalent",
        lets=_PHAMLONG_LETS,
        why="(1/m) Xᵀ(h − Y): the cross-entropy gradient",
    ),
    # ------------------------------------------------------------------ Cornell CS4780 ridge, NumPy ports
    Answer(
        id="f2-ziyangjiao-ridge-np-at",
        source="github:ZiyangJiao/Python_machineLearning:project1/ridge.py (gradient = ...)",
        text="2 * (xTr @ xTr.T @ w - xTr @ yTr.T + lambdaa * w)",
        cost=_CS4780_NP_LOSS_ZIYANG,
        verdict="equivalent",
        wrt="w_j",
        why="xTr is d×n (examples are columns), yTr 1×n; the loss ‖wᵀX − y‖² + λ‖w‖² has gradient "
        "2(XXᵀw − Xyᵀ + λw); lambdaa is λ (lambda is a Python keyword)",
    ),
    Answer(
        id="f2-wanhy13-ridge-lambda-dropped",
        source="github:wanhy13/Linear_regression:ridge.py (gradient = ...)",
        text="2*xTr.dot((w.T.dot(xTr)-yTr).T) + 2*w",
        cost=_CS4780_NP_LOSS_WANHY,
        verdict="different",
        wrt="w_j",
        why="the penalty λ wᵀw differentiates to 2λw, but the gradient has 2w: λ (lambdaa) is dropped; "
        "the data term 2X(Xᵀw − yᵀ) is right",
    ),
    # ------------------------------------------------------------------ x35yao README (codecogs images)
    Answer(
        id="f2-x35yao-matrix-form-no-2-no-b",
        source=_X35YAO + " (v. Matrix form of gradient, the codecogs image's LaTeX)",
        text=r"\nabla_wL=X^T(Xw-y)",
        cost=_X35YAO_SSE,
        verdict="different",
        wrt="w_j",
        lets=_X35YAO_LETS,
        why="L = Σ(ŷ_i − y_i)² with ŷ_i = wᵀx_i + b has ∇_w L = 2Xᵀ(Xw + b − y): the 2 is missing (no ½ or 1/N "
        "in L) and so is b",
    ),
    Answer(
        id="f2-x35yao-percent20-dw-no-2",
        source=_X35YAO + " (iv. Gradient of loss wrt parameters, ∂L/∂w, the codecogs image URL's LaTeX)",
        text=r"\frac{\partial%20L}{\partial%20w}=\sum_{i=1}^N(\hat{y}_i-y_i)x_i",
        cost=_X35YAO_SSE,
        verdict="different",
        wrt="w_j",
        lets=_X35YAO_LETS,
        why="%20 is the URL encoding of a space inside a codecogs image address (\\partial L); the result "
        "Σ(ŷ_i − y_i)x_i lacks the factor 2 of the derivative of Σ(ŷ_i − y_i)²",
    ),
    Answer(
        id="f2-x35yao-percent20-db-no-2",
        source=_X35YAO + " (iv. Gradient of loss wrt parameters, ∂L/∂b, the codecogs image URL's LaTeX)",
        text=r"\frac{\partial%20L}{\partial%20b}=\sum_{i=1}^N(\hat{y}_i-y_i)",
        cost=_X35YAO_SSE,
        verdict="different",
        wrt="b",
        lets=_X35YAO_LETS,
        why="%20 is a URL-encoded space; ∂L/∂b = 2Σ(ŷ_i − y_i), the 2 is missing",
    ),
    # ------------------------------------------------------------------ math.SE mirrors: y = mx + b
    Answer(
        id="f2-techqa2315064-operator-only-m",
        source=_TECHQA2315064 + " (question, the partial with respect to m)",
        text=r"\frac{\partial}{\partial m} = \frac{2}{N} \sum_{i=1}^N -x_i (y_i - (mx_i + b))",
        cost=_TECHQA_2315064_ERROR,
        verdict="equivalent",
        wrt="m",
        why="right; the left side is a bare ∂/∂m with nothing to differentiate",
    ),
    Answer(
        id="f2-techqa2315064-operator-only-b",
        source=_TECHQA2315064 + " (question, the partial with respect to b)",
        text=r"\frac{\partial}{\partial b} = \frac{2}{N} \sum_{i=1}^N - (y_i - (mx_i + b))",
        cost=_TECHQA_2315064_ERROR,
        verdict="equivalent",
        wrt="b",
        why="right: (2/N) Σ −(y_i − (m x_i + b))",
    ),
    Answer(
        id="f2-techqa2580076-sum-from-0-m",
        source=_TECHQA2580076 + " (answer, '∂f/∂m' after 'and then adding up')",
        text=r"\frac{\partial f}{\partial m}= \frac{2}{n}\sum_{i=0}^n {-x_i(y_i-(mx_i + b))}",
        cost=_TECHQA_2580076_F,
        verdict="equivalent",
        wrt="m",
        why="the same sum i = 0..n as the question's f; braces used as grouping",
    ),
    Answer(
        id="f2-techqa2580076-sum-from-0-b",
        source=_TECHQA2580076 + " (answer, '∂f/∂b' after 'and then adding up')",
        text=r"\frac{\partial f}{\partial b}= \frac{2}{n}\sum_{i=0}^n {-(y_i-(mx_i + b))}",
        cost=_TECHQA_2580076_F,
        verdict="equivalent",
        wrt="b",
    ),
    Answer(
        id="f2-imathworks-slope-dfrac-no-braces",
        source="https://imathworks.com/math/partial-derivative-of-the-slope-in-straight-line (Best Answer, last line of the align)",
        text=r"\frac1{n}\sum_{i=1}^n\left[(mX_i+b-y_i)\cdot X_i\right]",
        cost=r"\frac1{2n}\sum_{i=1}^n(mX_i+b-y_i)^2",
        verdict="equivalent",
        wrt="m",
        why="\\frac1{n} without braces on the 1; capital X_i is the single feature; the cost is the bracketed "
        "expression of the answer's first line",
    ),
    Answer(
        id="f2-lexai-dm-chain-cdot",
        source=_LEXAI + " (Derivative with respect to m, the first ∂J/∂m)",
        text=r"\frac{\partial J}{\partial m} = \sum_{i=1}^n 2 \cdot \left( y_i - (mx_i + c) \right) \cdot (-x_i)",
        cost=_LEXAI_J,
        verdict="equivalent",
        wrt="m",
        why="intercept named c; the sum of squares (no 1/n), so the 2 stays",
    ),
    Answer(
        id="f2-lexai-dm-final",
        source=_LEXAI + " (Derivative with respect to m, 'So, putting it all together')",
        text=r"\frac{\partial J}{\partial m} = -2 \sum_{i=1}^n x_i \cdot \left( y_i - (mx_i + c) \right)",
        cost=_LEXAI_J,
        verdict="equivalent",
        wrt="m",
    ),
    # ------------------------------------------------------------------ datascience.SE 27146 (DLS propagate)
    Answer(
        id="f2-dsse27146-eq7-examples-as-columns",
        source=_DSSE27146 + " (question: 'Here are the two formulas I was using', (7))",
        text=r"\frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T\tag{7}",
        cost=_DSSE_27146_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_DSSE_27146_LETS,
        why="DeepLearning.AI layout: X is n×m (examples are columns), A and Y are 1×m rows, so X(A − Y)ᵀ/m = "
        "(1/m) Σ x⁽ⁱ⁾(a⁽ⁱ⁾ − y⁽ⁱ⁾); the cost is the cross-entropy written without brackets around the summand "
        "(read as the whole summand, as its own formulas and code do)",
    ),
    Answer(
        id="f2-dsse27146-eq8-db",
        source=_DSSE27146 + " (question: 'Here are the two formulas I was using', (8))",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^m (a^{(i)}-y^{(i)})\tag{8}",
        cost=_DSSE_27146_J,
        verdict="equivalent",
        wrt="b",
        lets=_DSSE_27146_LETS,
        why="(1/m) Σ (a⁽ⁱ⁾ − y⁽ⁱ⁾) with a⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾ + b); the cost as in (7)",
    ),
    # ------------------------------------------------------------------ single-example losses
    Answer(
        id="f2-awni-jiro-sigma-of-x-typo",
        source="https://awni.github.io/jiro/practice/2017/01/11/logistic-loss.html (Problem: 'Show that the gradient … is given by')",
        text=r"\nabla_\theta \mathcal{L}(\theta) = (y - \sigma(x)) x",
        cost=r"\mathcal{L}(\theta) = y\log \sigma(\theta^Tx) + (1 - y) \log (1-\sigma(\theta^Tx))",
        verdict="different",
        wrt="theta_j",
        why="the gradient of this log-likelihood is (y − σ(θᵀx)) x; the text has σ(x), the sigmoid of the input "
        "itself, which does not depend on θ: a typo a grader must mark",
    ),
    Answer(
        id="f2-techqa3869915-asker-exp-form",
        source="https://math.techqa.club/logistic-regression-closed-form-solution-when-using-binary-cross-entropy-3869915 "
        "(question: the first line of the align after 'When I simplify and differentiate', its '&' and '= 0' dropped)",
        text=r"\frac{d\textbf{L}}{dw} = (1-y)x - \frac{xe^{-wx} }{1+e^{-wx}}",
        cost=r"\textbf{L}(wx) = -y \log{(\sigma(wx))} - (1-y) \log{(1-\sigma(wx))}",
        verdict="equivalent",
        wrt="w",
        lets=(r"\sigma(wx) = \frac{1}{1+\exp{(-wx)}}",),
        why="1-D, one example: e^{−wx}/(1 + e^{−wx}) = 1 − σ(wx), so (1 − y)x − x(1 − σ) = x(σ(wx) − y), "
        "the derivative of the cross-entropy; the asker's algebra is right (the later steps are what go wrong)",
    ),
    Answer(
        id="f2-bfortuner-issue144-half-mse",
        source="https://github.com/bfortuner/ml-glossary/issues/144 (as mirrored at github.saobby.my.eu.org; "
        "'And then after taking the differentiation')",
        text=r"\frac{1}{n} \sum_{i=1}^{n} \left( \hat{y}^{(i)} - y^{(i)} \right) \cdot x^{(i)}",
        cost=r"\frac{1}{2n} \sum_{i=1}^{n} \left( \hat{y}^{(i)} - y^{(i)} \right)^2",
        verdict="equivalent",
        wrt="w_j",
        why="ŷ undefined: the linear model's prediction wᵀx⁽ⁱ⁾ (+ b), x⁽ⁱ⁾ the feature vector, so the answer is the "
        "whole ∇_w J; with the ½ the 2 cancels. (First written with --wrt w, a one-feature slope; the issue never "
        "says which, and the verdict is the same either way)",
    ),
    # ------------------------------------------------------------------ Octave (Coursera ML)
    Answer(
        id="f2-kashthealien-zero-stacked-penalty",
        source="github:kashthealien/MachineLearning:mlclass-ex3/mlclass-ex3/lrCostFunction.m (grad = ...)",
        text="(1/m)*(X'*(H-y) + [0 ; lambda*theta(2:n)])",
        cost=_KASHTHEALIEN_J,
        verdict="equivalent",
        lets=_KASHTHEALIEN_LETS,
        why="[0; λθ(2:n)] leaves the intercept out of the penalty's gradient, as the cost leaves it out of the penalty",
    ),
    Answer(
        id="f2-yomnaatef-temp-zeroed",
        source="github:yomnaatef/Ass3:lrCostFunction.m (grad = ...)",
        text="(1/m) * (X' * (h - y) + lambda * temp)",
        cost="(1/m) * sum(-y .* log(h) - (1 - y) .* log(1 - h)) + reg",
        verdict="equivalent",
        lets=_YOMNAATEF_LETS,
        why="temp is θ with its first entry set to 0, in both the penalty and its gradient",
    ),
    Answer(
        id="f2-blubits-residuals-diff-J",
        source="github:blubits/solutions:courses/stanford-ml/02-logreg/ex2/costFunction.m (grad = ...)",
        text="diff_J ./ m",
        cost=_BLUBITS_J,
        verdict="equivalent",
        lets=_BLUBITS_LETS + ("residuals = predictions - y;", "diff_J = X' * residuals;"),
        why="Xᵀ(σ(Xθ) − y)/m through two named intermediates",
    ),
    # ------------------------------------------------------------------ NumPy (DeepLearning.AI C1W3 graded functions)
    Answer(
        id="f2-surajnaik-dj-dw",
        source=_SURAJ + " (compute_gradient, dj_dw = ...)",
        text="np.dot(X.T, error) / m",
        cost=_SURAJ_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_SURAJ_LETS,
    ),
    Answer(
        id="f2-surajnaik-dj-db-mean",
        source=_SURAJ + " (compute_gradient, dj_db = ...)",
        text="np.mean(error)",
        cost=_SURAJ_J,
        verdict="equivalent",
        wrt="b",
        lets=_SURAJ_LETS,
        why="the mean of a − y is (1/m) Σ (a − y)",
    ),
    # ------------------------------------------------------------------ markdown notes
    Answer(
        id="f2-geoz-bce-matrix-gradient",
        source="github:geoz-lab/ML_interview:1_ML_coding/Logistic_regression.md (Recap of the Core Formulas: Gradient)",
        text=r"\frac{\partial \mathcal{L}}{\partial w} = \frac{1}{m} X^T(\hat{y} - y)",
        cost=r"\mathcal{L} = -\frac{1}{m} \sum \left[ y \log(\hat{y}) + (1 - y) \log(1 - \hat{y}) \right]",
        verdict="equivalent",
        wrt="w_j",
        why="Σ without limits over the examples; ŷ = σ(Xw) (the note's code: y_pred = sigmoid(X @ w))",
    ),
    Answer(
        id="f2-lyphuong-reg-wj",
        source=_LYPHUONG + " (c. Gradient descent, the align: ∂J/∂w_j, its '&' dropped)",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})x_{j}^{(i)}  +  \frac{\lambda}{m} w_j",
        cost=_LYPHUONG_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_LYPHUONG_LETS,
    ),
    Answer(
        id="f2-lyphuong-reg-b",
        source=_LYPHUONG + " (c. Gradient descent, the align: ∂J/∂b, its '&' dropped)",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial b}  = \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})",
        cost=_LYPHUONG_J,
        verdict="equivalent",
        wrt="b",
        lets=_LYPHUONG_LETS,
        why="b is not penalised",
    ),
    # ------------------------------------------------------------------ to refuse
    Answer(
        id="f2-dambeeto-sigmax-mangled",
        source="https://github.com.eo-proxy.djzb.us.kg/dambeeto/LinRegFromScratchPy (README, 'Partial derivatives of MSE')",
        text="dMSE / dm = -(2 / N) * sigmax_i * (y_i - (m * x_i + b))",
        cost="MSE(m, b) = (1 / N) * sigma(y_i - (m * x_i + b))^2",
        verdict="refuse",
        wrt="m",
        why="'sigmax_i' runs the author's Σ (spelled sigma) into x_i, and the cost itself writes Σ as 'sigma(…)' "
        "with the square outside: neither text says what it means",
    ),
]
