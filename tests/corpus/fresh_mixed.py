r"""A fresh held-out wave (f3): a broad mix of real notation, copied verbatim, judged by hand.

Gathered the same way as the rest of the corpus, from pages and files no other
corpus file uses, in roughly equal thirds:

* LaTeX from course notes, lecture pages, library documentation and math/stats
  Q&A (math.stackexchange mirrors, Cross Validated, mathhelpforum, homework Q&A);
* markdown math and code from notebooks and GitHub homework (READMEs, NumPy
  classes, UFLDL/Octave exercise files);
* blog posts, tutorials and Stack Overflow / Data Science SE questions.

Each ``text`` is exactly what the source shows (an outer ``$…$``/``$$…$$`` is
dropped, and line breaks inside one display are joined by spaces where the
``source`` says so); for an answer taken from code, the right-hand side of the
assignment or ``return`` that computes the gradient; ``lets`` are definitions the
same source gives, verbatim. ``intended`` and ``verdict`` were worked out by hand,
before logderiv was run.

Three sources are files of the public code index whose repository the index does
not name; they are cited by the index's file id and the file's own heading.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)


def _lgamma1(y):
    """log(y!) for each entry of y (a constant of the Poisson likelihoods)."""
    return np.array([math.lgamma(v + 1) for v in y])


# ------------------------------------------------------------------ shared sources and texts
TQ2592385 = "https://math.techqa.club/linear-poisson-model-maximum-likelihood-solution-2592385"
_TQ2592385_POISSON = r"L = \sum_{i=1}^k - \lambda_i + y_i \ln \lambda_i - \ln y_i !"
_TQ2592385_POISSON_LETS = (r"\lambda_i = \beta^T X_i",)
_TQ2592385_GAUSS = r"L = \sum_{i=1}^k (y_i - \mu_i )^2"
_TQ2592385_GAUSS_LETS = (r"\mu_i = \beta^T X_i",)

TQ4880925 = (
    "https://math.techqa.club/why-does-the-poisson-regression-beta-coefficient-ml-estimate-have-no-"
    "closed-form-solution-4880925"
)
_TQ4880925_LOGLIK = r"l(\beta) = \Sigma_i^m \Big( y_i \beta^T x_i - e^{\beta^T x_i} - log( y_i ! ) \Big)"

DIWANSHUG = "https://github.com/DiwanshuG/MachineLearningJourney"
_DIWANSHUG_SSE = r"L = \sum_{i=1}^{n} (y_i - m x_i - b)^2"

RIDGE_README = (
    "GitHub README 'Ridge Regression (L2 Regularization) — From Scratch' (public code index file "
    "35350810926; the index names no repository)"
)
_RIDGE_README_J = (
    r"J_{ridge}(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \lambda \sum_{j=1}^{d} w_j^2"
)
_RIDGE_README_LETS = (r"\hat{y} = Xw + b",)

POISSON_CLASS = (
    "GitHub file 'class PoissonRegression' with loss/loss_gradient (public code index file 22219927417; "
    "the index names no repository)"
)
_POISSON_CLASS_LOSS = "pointwise_loss.sum(axis=0)"
_POISSON_CLASS_LETS = ("z = X @ w", "pointwise_loss = np.exp(z) - y * z # + c")

RIDGE_OBJECTIVE = (
    "GitHub file 'class Ridge(Objective)' (public code index file 26651438816; the index names no repository)"
)
_RIDGE_OBJECTIVE_LOSS = "0.5 * np.mean(r ** 2) + 0.5 * self.lam * np.sum(w ** 2)"

DSSE40666 = "https://datascience.stackexchange.com/questions/40666/gradient-descent-python-implementation-isnt-converging"
_DSSE40666_MSE = "np.sum(error**2)/len(X)"
#: the question's own helper (its indentation restored), then the loop's line
_DSSE40666_LETS = ("def predict(X,theta, ycol = 'target'):\n    return X.dot(theta)", "error = predict(X,theta) - y")

JISKHA = "https://www.jiskha.com/questions/2057827"
_JISKHA_L2 = (
    r"\ell _2({\boldsymbol \beta }) = \sum _{i=1}^2 \frac{Y_ i X_ i^ T {\boldsymbol \beta }- "
    r"e^{X_ i^ T {\boldsymbol \beta }}}{\phi } + c"
)
_JISKHA_LETS = (r"\phi =1",)

YUNLAIX = "https://yunlaix.github.io/page/3"
_YUNLAIX_EIN = r"E_{in}(w)=\frac{1}{N}\sum_{n=1}^N(w^Tx_n-y_n)^2"

MATHHELP = "http://mathhelpforum.com/calculus/48692-vector-differentiation.html"
_MATHHELP_RSS = r"\displaystyle RSS(\beta) = (y - X\beta)^T(y-X\beta)"

TIHASSFJORD = "https://github.com/tihassfjord/ML2024_tih"
_TIH_LREG = r"L_{reg}(\hat{y}, y) = \frac{1}{N} \sum_{i=1}^{N} (y_i - \hat{y}_i)^2"
_TIH_LETS = (r"\hat{y} = w_0 + w_1 x",)

AANYAM = "github:aanyam2007/LinearRegressionFromScratch:README.md"
_AANYAM_MSE = "MSE = (1/n) Σ(ŷ − y)²"
_AANYAM_LETS = ("ŷ = Xw + b",)

KUNAL = "https://github.com/Kunal-Kumar-Sahoo/DS-for-Dummies"
_KUNAL_J = (
    r"J(w, b) = \frac{-1}{n} \sum_{i=0}^{n} (y_{i}log\^y_{i} + (1-y_{i})log(1-\^y_{i}))"
)
_KUNAL_LETS = (r"\^y = \frac{1}{1 + e^{-z}}", r"z = w.X + b")

NERVTECH = (
    "https://wiki.nervtech.org/doku.php?do=export_xhtml&id=public:courses:machine_learning:machine_learning:"
    "logistic_regression"
)
_NERVTECH_J = (
    r"J(\theta) = -\frac{1}{m} \sum\limits_{i=1}^m y^{(i)}~log(h_\theta(x^{(i)})) + "
    r"(1-y^{(i)})~log(1 - h_\theta(x^{(i)}))"
)

UFLDL_DELASALLE = (
    "github:DeLaSalleUniversity-Manila/mlactivity6_mnistbinaryclassification-brianjustinramos:"
    "stanford_dl_ex-master/ex1/logistic_regression.m"
)
UFLDL_NURNOCH = (
    "github:nurnoch/deep-learning-tutorial:data/stanford_dl_ex-master/stanford_dl_ex-master/ex1/logistic_regression.m"
)

ONEDAL = "https://oneapi-src.github.io/oneDAL/daal/algorithms/optimization-solvers/objective-functions/logistic-loss.html"


def _logistic_mean(d: Data):
    p = sig(d.X @ d.theta)
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


COSTS = [
    # ================================================================== LaTeX: notes, docs, math Q&A
    Cost(
        id="f3-tq2592385-poisson-identity-link-factorial",
        source=TQ2592385 + " (question: 'the Poisson log-likelihood is'; λ_i from 'the intensities are')",
        text=_TQ2592385_POISSON,
        intended=lambda d: np.sum(
            -(d.X @ d.beta) + d.y * np.log(np.abs(d.X @ d.beta)) - _lgamma1(d.y)
        ),
        wrt=("beta_j",),
        lets=_TQ2592385_POISSON_LETS,
        why="the Poisson log-likelihood with the identity link λ_i = βᵀX_i (X_i the feature vector of sample i, "
        "k samples); the Σ covers all three terms (each has i); ln y_i! is a constant; λ_i is the rate, not a "
        "penalty (np.abs only keeps the NumPy log finite where βᵀX_i < 0; d/du log|u| = 1/u as for log u)",
    ),
    Cost(
        id="f3-tq2592385-gaussian-sse-mu",
        source=TQ2592385 + " (question, 'Note: … with a Gaussian distribution', first display; μ_i from the next)",
        text=_TQ2592385_GAUSS,
        intended=lambda d: np.sum((d.y - d.X @ d.beta) ** 2),
        wrt=("beta_j",),
        lets=_TQ2592385_GAUSS_LETS,
        why="sum of squares with μ_i = βᵀX_i; k is the number of samples",
    ),
    Cost(
        id="f3-tq4880925-poisson-capital-sigma",
        source=TQ4880925 + " (question: 'Starting with the poisson log likelihood')",
        text=_TQ4880925_LOGLIK,
        intended=lambda d: np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta) - _lgamma1(d.y)),
        wrt=("beta_j",),
        why="\\Sigma_i^m is used as the summation sign over the m samples; 'log' without a backslash; "
        "log(y_i!) is a constant; the log-likelihood of the log-linear Poisson model",
    ),
    Cost(
        id="f3-mathhelpforum-rss-displaystyle",
        source=MATHHELP + " (question: 'We have (for linear regression)')",
        text=_MATHHELP_RSS,
        intended=lambda d: np.sum((d.y - d.X @ d.beta) ** 2),
        wrt=("beta_j",),
        why="residual sum of squares in matrix form; \\displaystyle is layout only",
    ),
    Cost(
        id="f3-marcjulian-nll-bold-lowercase-x",
        source="https://notes.marc-julian.com/university/Data-Science/Machine-Learning/Optimization-of-a-Linear-Model "
        "(Analytical Solution, the NLL)",
        text=r"\operatorname{NLL}(\boldsymbol{\theta})=\frac{1}{\mathbf{2}}(\mathbf{y}-\mathbf{x} \mathbf{w})^{\mathbf{T}}"
        r"(\mathbf{y}-\mathbf{x} \mathbf{w})",
        intended=lambda d: 0.5 * np.sum((d.y - d.X @ d.w) ** 2),
        wrt=("w_j",),
        why="bold lower-case x is the design matrix here (the page's normal equation x^Txw = x^Ty); bold 2 and "
        "bold T are only typography; θ on the left names all the parameters, w is differentiated",
    ),
    Cost(
        id="f3-yunlaix-ein-index-n-N",
        source=YUNLAIX + " (Linear Regresssion Algorithm, E_in(w), first form)",
        text=_YUNLAIX_EIN,
        intended=lambda d: np.mean((d.X @ d.w - d.y) ** 2),
        wrt=("w_j",),
        why="n is the example index and N the number of examples; x_n the feature vector of example n",
    ),
    Cost(
        id="f3-yunlaix-ein-single-bars-norm",
        source=YUNLAIX + " (Linear Regresssion Algorithm, the matrix form after '\\Leftrightarrow')",
        text=r"\frac{1}{N}\left | Xw-Y \right |^2",
        intended=lambda d: np.mean((d.X @ d.w - d.y) ** 2),
        wrt=("w_j",),
        why="the page writes the Euclidean norm of the vector Xw − Y with single bars (it equals the index form "
        "just before it); Y is the vector of the y_n",
    ),
    Cost(
        id="f3-jiskha-poisson-glm-phi-two-terms",
        source=JISKHA + " (question: ℓ_2(β); 'For the Poisson GLM, recall that \\phi =1')",
        text=_JISKHA_L2,
        intended=lambda d: np.sum(d.y[:2] * (d.X[:2] @ d.beta) - np.exp(d.X[:2] @ d.beta)),
        wrt=("beta_j",),
        lets=_JISKHA_LETS,
        why="edX-exported LaTeX ('Y_ i', 'X_ i^ T'); the sum runs over the first two samples only; φ = 1; c is "
        "a constant; the Poisson GLM log-likelihood",
    ),
    Cost(
        id="f3-tihassfjord-mse-w0-w1",
        source=TIHASSFJORD + " (Problem 1 (1a), the loss; ŷ from 'For a linear model, the prediction is given by')",
        text=_TIH_LREG,
        intended=lambda d: np.mean((d.y - (d.theta0 + d.theta1 * d.x)) ** 2),
        wrt=("w_0", "w_1"),
        lets=_TIH_LETS,
        why="one-feature model ŷ = w_0 + w_1 x (the let has no example index; ŷ_i uses x_i); N examples",
    ),
    Cost(
        id="f3-chenkardel-over-m-h-theta",
        source="https://chenkardel.github.io/2018/08/08/note1-Multinomial-Logistic-Loss/ "
        "(Multinomial Logistic Loss and Cross Entropy Loss, first formula)",
        text=r"J(\theta)=-{1\over m}[\sum^m_{i=1}y^{(i)}\log{h_{\theta}}(x^{(i)}) + (1-y^{(i)})\log(1-h_{\theta}(x^{(i)}))]",
        intended=_logistic_mean,
        wrt=("theta_j",),
        why="{1\\over m} is 1/m; the Σ covers both terms inside the brackets; h_θ is the logistic hypothesis "
        "σ(θᵀx) (the page gives no definition: the standard one of logistic regression)",
    ),
    Cost(
        id="f3-nervtech-tilde-no-brackets",
        source=NERVTECH + " (6.5 - Simplified Cost Function and Gradient Descent, J(θ))",
        text=_NERVTECH_J,
        intended=_logistic_mean,
        wrt=("theta_j",),
        why="no brackets after \\sum\\limits, but the second term has the index i too, so the Σ (and −1/m) "
        "covers both; ~ is a space; log without a backslash; h_θ the logistic hypothesis of the course",
    ),
    Cost(
        id="f3-chenkardel-multinomial-indicator",
        source="https://chenkardel.github.io/2018/08/08/note1-Multinomial-Logistic-Loss/ "
        "(Multinomial Logistic Loss and Cross Entropy Loss, 'for general case')",
        text=r"J(\theta)=-[\sum^m_{i=1}y^{(i)}\sum^K_{k=1}1{y^{(i)=k}}\log P(y^{(i)}=k|x^{(i)};\theta)]",
        intended=None,
        expect="refuse",
        why="multinomial (softmax) loss with an indicator 1{y=k} and an undefined class probability P(·|·): not a "
        "supported smooth cost",
    ),
    Cost(
        id="f3-pyliaorachel-softmax-regularized",
        source="https://pyliaorachel.gitbooks.io/course-notes/content/cs224n-natural-language-processing-with-deep-"
        "learning/word-window-classification-and-neural-networks.html (Setup, 'with regularization')",
        text=r"J(θ) = \frac{1}{N}\sum{i=1}^{N}-log(\frac{e^{f{i}}}{\sum{c=1}^{C}e^{f{c}}}) + \lambda \sum{k}θ{k}^{2}",
        intended=None,
        expect="refuse",
        why="softmax cross-entropy over C classes (and the gitbook export lost the underscores); unsupported",
    ),
    Cost(
        id="f3-samir-mae-abs",
        source="https://github.com/Samir4456/Loss-Functions (notebook, Forward Pass, MAE)",
        text=r"\mathrm{MAE} = \frac{1}{n} \sum_{i=1}^{n} \left| y_{\text{pred}, i} - y_{\text{true}, i} \right|",
        intended=None,
        expect="refuse",
        why="absolute value: not differentiable where the error is 0; to refuse",
    ),
    # ================================================================== notebooks / GitHub homework / code
    Cost(
        id="f3-ridge-readme-n-examples-d-features",
        source=RIDGE_README + ", 3. Loss Function (Ridge / L2); ŷ from 2. Model Formulation",
        text=_RIDGE_README_J,
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j", "b"),
        lets=_RIDGE_README_LETS,
        why="n is the number of examples and d the number of features (X ∈ R^{n×d}); ŷ_i is entry i of Xw + b; "
        "b is not penalised",
    ),
    Cost(
        id="f3-poissonclass-pointwise-sum",
        source=POISSON_CLASS + ", def loss(self, w, X, y): return …",
        text=_POISSON_CLASS_LOSS,
        intended=lambda d: np.sum(np.exp(d.X @ d.w) - d.y * (d.X @ d.w)),
        wrt=("w_j",),
        lets=_POISSON_CLASS_LETS,
        why="the Poisson negative log-likelihood without its constant (the '# + c' comment), summed over the "
        "samples (axis 0 of an (n,1) column)",
    ),
    Cost(
        id="f3-ridgeobjective-numpy-half-mean",
        source=RIDGE_OBJECTIVE + ", def loss(self, X, y, w): return …",
        text=_RIDGE_OBJECTIVE_LOSS,
        intended=lambda d: 0.5 * np.mean((d.X @ d.w - d.y) ** 2) + 0.5 * d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        lets=("r = X @ w - y",),
        why="self.lam is the regularisation strength λ (the docstring: (1/2n)||Xw - y||^2 + (λ/2)||w||^2)",
    ),
    Cost(
        id="f3-srijanee-octave-theta-2-end-colon",
        source="github:srijanee/Housing-Price-Prediction:costFunctionreg.m (J = ...)",
        text="J = sum((X*theta - Y).^2)/(2*m)+((theta(2:end,:))'*(theta(2:end,:)))*lambda/(2*m);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        wrt=("theta_j",),
        why="regularised linear regression; theta(2:end,:) skips the intercept θ(1); Y is the target vector",
    ),
    Cost(
        id="f3-so17696797-list-comprehension",
        source="http://stackoverflow.com/questions/17696797/what-is-wrong-in-this-python-code-for-regularized-linear-"
        "regression (question's CostRegFunction, J = ...)",
        text="J = (1 / (2 * m)) * (np.sum([(H[i] - y[i][0])**2 for i in range(len(H))])) + (lambda_ / (2 * m)) * "
        "np.sum(theta[1:]**2)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        wrt=("theta_j",),
        lets=("H = np.dot(X,theta)",),
        why="a list comprehension over the examples; y is an (m,1) column so y[i][0] is y_i; X already has the "
        "bias column (the function prepends it), theta[1:] skips the intercept; lambda_ is λ",
    ),
    Cost(
        id="f3-aanyam-unicode-sigma-no-index",
        source=AANYAM + " (Mathematical Formulation, Loss Function; ŷ from the line above)",
        text=_AANYAM_MSE,
        intended=lambda d: np.mean((d.X @ d.w + d.b - d.y) ** 2),
        wrt=("w_j", "b"),
        lets=_AANYAM_LETS,
        why="plain-text README: Σ without an index sums the entries of the vector ŷ − y; n examples",
    ),
    # ================================================================== blogs, tutorials, Stack Overflow
    Cost(
        id="f3-diwanshug-sse-slope-named-m",
        source=DIWANSHUG + " (Mathematical formualation, Step 1, 'L = …' after substituting ŷ_i)",
        text=_DIWANSHUG_SSE,
        intended=lambda d: np.sum((d.y - d.w[0] * d.x - d.b) ** 2),
        wrt=("m", "b"),
        why="m is the SLOPE here (ŷ_i = m x_i + b), not a count; n examples; SSE without 1/n",
    ),
    Cost(
        id="f3-diwanshug-unicode-mse-mxi",
        source=DIWANSHUG + " (Mathematics Behind Gradient Descent, 2. Loss Function (Mean Squared Error))",
        text="L(m, b) = (1/n) Σ (yi − (mxi + b))²",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        why="plain text: yi and xi are y_i and x_i, mxi is m·x_i (m the slope), n the number of data points",
    ),
    Cost(
        id="f3-csdn-x-without-index",
        source="https://blog.youkuaiyun.com/weixin_43601103/article/details/119490223 (对数似然损失; h_θ from the "
        "line above)",
        text=r"cost(h_{\theta}(x),y)=\sum_{i=1}^{m}-y_i log(h_{\theta}(x))-(1-y_i)log(1-h_{\theta}(x))",
        intended=lambda d: np.sum(
            -d.y * np.log(sig(d.X @ d.theta)) - (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        wrt=("theta_j",),
        lets=(r"h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-\theta ^Tx}}",),
        why="the author drops the example index on x inside the sum (h_θ(x) means h_θ(x_i)); the sum of the "
        "per-example log losses, no 1/m; the let chains two equalities",
    ),
    Cost(
        id="f3-dsse40666-mse-through-predict",
        source=DSSE40666 + " (question's loop: mse= ...)",
        text=_DSSE40666_MSE,
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / d.m,
        wrt=("theta_j",),
        lets=_DSSE40666_LETS,
        why="predict(X,theta) is the question's own function 'return X.dot(theta)'; len(X) is m",
    ),
]


ANSWERS = [
    # ================================================================== LaTeX: notes, docs, math Q&A
    Answer(
        id="f3-tq2592385-poisson-identity-grad",
        source=TQ2592385 + " (question: 'using maximum likelihood', the dL/dβ before '= 0'; ' = 0' dropped)",
        text=r"\frac{dL}{d\beta} = \sum_{i=1}^k -X_i + \frac{y_i X_i}{\beta^T X_i}",
        cost=_TQ2592385_POISSON,
        verdict="equivalent",
        wrt="beta_j",
        lets=_TQ2592385_POISSON_LETS,
        why="d/dβ of −βᵀX_i + y_i ln(βᵀX_i) is −X_i + y_i X_i/(βᵀX_i); the Σ covers both terms",
    ),
    Answer(
        id="f3-tq2592385-gaussian-grad-no-minus-two",
        source=TQ2592385 + " (question, the Gaussian note: dL/dβ before '= 0'; ' = 0' dropped)",
        text=r"\frac{dL}{d\beta} = \sum_{i=1}^k (y_i - \beta^T X_i) X_i^T",
        cost=_TQ2592385_GAUSS,
        verdict="different",
        wrt="beta_j",
        lets=_TQ2592385_GAUSS_LETS,
        why="d/dβ Σ(y_i − βᵀX_i)² = −2 Σ (y_i − βᵀX_i) X_i: the factor −2 is missing (harmless when set to 0, "
        "but as a derivative it is wrong)",
    ),
    Answer(
        id="f3-tq4880925-poisson-grad-index",
        source=TQ4880925 + " (question: 'taking the gradient')",
        text=r"\frac{\partial}{\partial \beta}l(\beta) = \Sigma_i \Big( y_i x_i - e^{\beta^T x_i} x_i \Big)",
        cost=_TQ4880925_LOGLIK,
        verdict="equivalent",
        wrt="beta_j",
        why="Σ_i (y_i − e^{βᵀx_i}) x_i is the score of the Poisson log-likelihood; log(y_i!) has no β",
    ),
    Answer(
        id="f3-tq4880925-poisson-grad-matrix-exp",
        source=TQ4880925 + " (question: 'which can be written in matrix form as')",
        text=r"\frac{\partial}{\partial \beta}l(\beta) = X^TY - X^T e^{X \beta }",
        cost=_TQ4880925_LOGLIK,
        verdict="equivalent",
        wrt="beta_j",
        why="the question says exp of a vector is elementwise; Xᵀ(Y − e^{Xβ}) is the same score in matrix form",
    ),
    Answer(
        id="f3-mathhelpforum-rss-minus-two",
        source=MATHHELP + " (question: 'How would you get to the following?'; the trailing ',' dropped)",
        text=r"\displaystyle \frac{\partial RSS}{\partial \beta} = -2X^T(y-X\beta)",
        cost=_MATHHELP_RSS,
        verdict="equivalent",
        wrt="beta_j",
        why="∇(y − Xβ)ᵀ(y − Xβ) = −2Xᵀ(y − Xβ)",
    ),
    Answer(
        id="f3-sse485719-result-i-saw-no-two",
        source="https://stats.stackexchange.com/questions/485719/differentiating-y-x-betaty-x-beta-with-respect-to-beta "
        "(question: 'The result I saw was')",
        text=r"X^T(y - X\beta)",
        cost=r"(y-X\beta)^T(y - X \beta)",
        verdict="different",
        wrt="beta_j",
        why="the derivative is −2Xᵀ(y − Xβ); Xᵀ(y − Xβ) has the wrong sign and lacks the 2 (it is only the "
        "normal-equation direction)",
    ),
    Answer(
        id="f3-tq2268606-book-column-plus-row",
        source="https://math.techqa.club/how-to-differentiate-with-respect-a-vector-in-this-matrix-expression-2268606 "
        "(question, EDIT: 'the final solution given by the book')",
        text=r"\dfrac{\partial f(\beta)}{\partial \beta}=-\textbf{X}^T\left(\textbf{y}-\textbf{X}\beta\right)"
        r"-\left(\textbf{y}-\textbf{X}\beta\right)^T\textbf{X}",
        cost=r"f(\beta)=\left(\textbf{y}-\textbf{X}\beta\right)^T\left(\textbf{y}-\textbf{X}\beta\right)",
        verdict="equivalent",
        wrt="beta_j",
        why="the book adds the column form and the row form of the same derivative: component k of each is "
        "−(Xᵀ(y − Xβ))_k, so the sum is −2Xᵀ(y − Xβ), the gradient (layouts mixed, values right)",
    ),
    Answer(
        id="f3-tq701051-row-form-two",
        source="https://math.techqa.club/how-is-the-derivative-with-respect-to-vector-is-taken-in-linear-regression-701051 "
        "(answer: last line of the align)",
        text=r"2(X\beta-t)^TX",
        cost=r"(t-X\beta)^T(t-X\beta)",
        verdict="equivalent",
        wrt="beta_j",
        why="the gradient 2Xᵀ(Xβ − t) written as a row vector; t is the target vector",
    ),
    Answer(
        id="f3-yunlaix-bigtriangledown-grad",
        source=YUNLAIX + " (Linear Regresssion Algorithm, 'and \\bigtriangledown E_{in}(w)=…')",
        text=r"\bigtriangledown E_{in}(w)=\frac{2}{N}(X^TXw-X^TY)",
        cost=_YUNLAIX_EIN,
        verdict="equivalent",
        wrt="w_j",
        why="(2/N)(XᵀXw − XᵀY) = (2/N)Xᵀ(Xw − Y), Y the vector of the y_n; \\bigtriangledown is the nabla",
    ),
    Answer(
        id="f3-jiskha-poisson-glm-grad",
        source=JISKHA + " (answer: 'Therefore, the gradient of \\ell_2(\\beta) is')",
        text=r"\nabla \ell_2(\beta) = \sum_{i=1}^2 \left(Y_i X_i^T - e^{X_i^T \boldsymbol{\beta}} X_i\right)",
        cost=_JISKHA_L2,
        verdict="equivalent",
        wrt="beta_j",
        lets=_JISKHA_LETS,
        why="with φ = 1 the gradient is Σ_{i≤2} (Y_i − e^{X_iᵀβ}) X_i (β ∈ R¹ in the question, so X_iᵀ and X_i "
        "agree; componentwise the same for any dimension)",
    ),
    Answer(
        id="f3-tihassfjord-dw0",
        source=TIHASSFJORD + " (Derivation of the Gradient, 1. Gradient with respect to w_0)",
        text=r"\frac{\partial L_{reg}}{\partial w_0} = \frac{2}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i)",
        cost=_TIH_LREG,
        verdict="equivalent",
        wrt="w_0",
        lets=_TIH_LETS,
        why="∂/∂w_0 (1/N)Σ(y_i − ŷ_i)² = (2/N)Σ(ŷ_i − y_i)",
    ),
    Answer(
        id="f3-tihassfjord-dw1",
        source=TIHASSFJORD + " (Derivation of the Gradient, 2. Gradient with respect to w_1)",
        text=r"\frac{\partial L_{reg}}{\partial w_1} = \frac{2}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) x_i",
        cost=_TIH_LREG,
        verdict="equivalent",
        wrt="w_1",
        lets=_TIH_LETS,
        why="∂/∂w_1 (1/N)Σ(y_i − ŷ_i)² = (2/N)Σ(ŷ_i − y_i)x_i",
    ),
    Answer(
        id="f3-parth-poisson-single-example-ascent",
        source="https://github.com/Parth249601/CS229_Project (Problem: Poisson GLM, (c) Log-likelihood and gradient; "
        "line breaks joined)",
        text=r"\frac{\partial}{\partial \theta_j} \, \log p\bigl(y^{(i)}\mid x^{(i)};\theta\bigr) = "
        r"\bigl(y^{(i)} - e^{\theta^T x^{(i)}}\bigr)\;x_j^{(i)}",
        cost=r"\log p\bigl(y^{(i)}\mid x^{(i)};\theta\bigr) = -\log\bigl(y^{(i)}!\bigr) \;+\; \theta^T x^{(i)}\,y^{(i)} "
        r"\;-\; e^{\theta^T x^{(i)}}",
        verdict="equivalent",
        wrt="theta_j",
        why="one example's Poisson log-likelihood; its θ_j-derivative is (y − e^{θᵀx}) x_j (for ascent)",
    ),
    Answer(
        id="f3-nervtech-logistic-grad",
        source=NERVTECH + " (6.5, ∂J/∂θ_j)",
        text=r"\frac{\partial}{\partial\theta_j}J(\theta) = \frac{1}{m} \sum\limits_{i=1}^m (h_\theta(x^{(i)}) - "
        r"y^{(i)}) x_j^{(i)}",
        cost=_NERVTECH_J,
        verdict="equivalent",
        wrt="theta_j",
        why="the standard cross-entropy gradient (the cost read with the Σ over both terms)",
    ),
    Answer(
        id="f3-concise-logistic-g-vectorized",
        source="https://concise.org/notes/machine-learning/logistic-regression/gradient-descent/ "
        "(Vectorized implementation, δ, last form)",
        text=r"\frac{1}{m}X^T(g(X\theta) - y)",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        why="g is the sigmoid of the course; (1/m)Xᵀ(g(Xθ) − y) is the cross-entropy gradient",
    ),
    Answer(
        id="f3-onedal-dtheta0-penalised-intercept",
        source=ONEDAL + " (Details: 'The gradient of the sum of functions', ∂F_I/∂θ_0)",
        text=r"\frac{\partial F_I}{\partial \theta_0} = \frac{1}{m} \sum_{i \in I} (\sigma(x_i, \theta) - y_i) + "
        r"2 \lambda_2 \theta_0",
        cost=r"F_I(\theta, X, y) = -\frac{1}{m} \sum_{i \in I} \left( y_i \ln \sigma(x_i, \theta) + (1 - y_i) \ln "
        r"(1 - \sigma(x_i, \theta)) \right) + \lambda_2 \sum_{k=1}^{p} \theta_k^2",
        verdict="different",
        wrt="theta_0",
        lets=(
            r"\sigma(x, \theta) = \frac{1}{1 + e^{-f(z, \theta)}}",
            r"f(z, \theta) = \theta_0 + \sum_{k=1}^{p} \theta_k z_k",
        ),
        why="the penalty λ₂Σ_{k=1}^{p}θ_k² does not contain θ_0, so ∂F_I/∂θ_0 = (1/m)Σ(σ − y_i) with no "
        "2λ₂θ_0; the documented term is wrong (m = |I|)",
    ),
    Answer(
        id="f3-codepudding-missing-xj",
        source="https://codepudding.com/Enterprise/406711.html (reply: 'Therefore, differentiation of … is')",
        text="1/m * ∑(h θ(x) − y(i) )",
        cost="1/2m * ∑(h θ(x) − y(i) )²",
        verdict="different",
        wrt="theta_j",
        why="the cost is the course's (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² (1/2m = 1/(2m)); its θ_j-derivative is "
        "(1/m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾: the factor x_j⁽ⁱ⁾ of the chain rule is missing (right only for θ_0)",
    ),
    # ================================================================== notebooks / GitHub homework / code
    Answer(
        id="f3-ridge-readme-dJdw-error-vector",
        source=RIDGE_README + ", 4. Gradient Derivation, Gradient w.r.t Weights",
        text=r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + 2\lambda w",
        cost=_RIDGE_README_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_RIDGE_README_LETS + (r"e = \hat{y} - y",),
        why="(2/n)Xᵀ(ŷ − y) + 2λw is the gradient of the mean squared error plus λ‖w‖²",
    ),
    Answer(
        id="f3-ridge-readme-dJdb",
        source=RIDGE_README + ", 4. Gradient Derivation, Gradient w.r.t Bias",
        text=r"\frac{\partial J}{\partial b} = \frac{2}{n} \sum_{i=1}^{n} e_i",
        cost=_RIDGE_README_J,
        verdict="equivalent",
        wrt="b",
        lets=_RIDGE_README_LETS + (r"e = \hat{y} - y",),
        why="b is not penalised: (2/n)Σ(ŷ_i − y_i)",
    ),
    Answer(
        id="f3-poissonclass-docstring-grad-sum",
        source=POISSON_CLASS + ", loss_gradient's docstring: 'grad = …'",
        text="X.T @ (np.exp(z) - y)",
        cost=_POISSON_CLASS_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=_POISSON_CLASS_LETS,
        why="the loss sums e^{z_i} − y_i z_i over the samples, whose gradient is Xᵀ(e^{Xw} − y)",
    ),
    Answer(
        id="f3-poissonclass-code-grad-mean",
        source=POISSON_CLASS + ", loss_gradient: 'grad = …'",
        text="pointwise_loss_grad.mean(axis=0).reshape(-1, 1)",
        cost=_POISSON_CLASS_LOSS,
        verdict="different",
        wrt="w_j",
        lets=_POISSON_CLASS_LETS + ("pointwise_loss_grad = X * (np.exp(z) - y)",),
        why="the code averages the per-sample gradients, (1/n)Xᵀ(e^{Xw} − y), but loss() SUMS the pointwise "
        "losses: the gradient is n times larger (the docstring's X.T @ (np.exp(z) - y) is the right one)",
    ),
    Answer(
        id="f3-ridgeobjective-grad",
        source=RIDGE_OBJECTIVE + ", def grad(self, X, y, w): return …",
        text="X.T @ (X @ w - y) / n + self.lam * w",
        cost=_RIDGE_OBJECTIVE_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=("r = X @ w - y", "n = X.shape[0]"),
        why="∇[½ mean(r²) + ½λ‖w‖²] = Xᵀ(Xw − y)/n + λw",
    ),
    Answer(
        id="f3-ufldl-delasalle-columns-are-examples",
        source=UFLDL_DELASALLE + " (g = ...)",
        text="X*(sigmoid(theta'*X) - y)'",
        cost="-sum(y.*log(sigmoid(theta'*X)) + (1-y).*log(1 - sigmoid(theta'*X)))",
        verdict="equivalent",
        wrt="theta_j",
        why="UFLDL stores examples as columns (X(i,j) is coordinate i of example j, y a row); X(σ(θᵀX) − y)ᵀ is "
        "the gradient of the summed cross-entropy (no 1/m in this f)",
    ),
    Answer(
        id="f3-ufldl-nurnoch-sigmoid-swallows-y",
        source=UFLDL_NURNOCH + " (g = ...)",
        text="sum(X * (sigmoid(theta' * X - y)))",
        cost="sum(y .* log(sigmoid(theta' * X)) + (1 - y) .* log(sigmoid(theta' * X)))",
        verdict="different",
        wrt="theta_j",
        why="the file's f is Σ log σ(θᵀx⁽ʲ⁾) (log σ twice, no minus), whose gradient is X(1 − σ(θᵀX))ᵀ; the g "
        "puts y inside the sigmoid, multiplies n×m by 1×m and then sums to a scalar: not the gradient of its f "
        "(nor of the cross-entropy)",
    ),
    Answer(
        id="f3-aanyam-dw-missing-two",
        source=AANYAM + " (Mathematical Formulation, Gradients, dw)",
        text="dw = (1/n) Xᵀ(ŷ − y)",
        cost=_AANYAM_MSE,
        verdict="different",
        wrt="w_j",
        lets=_AANYAM_LETS,
        why="MSE = (1/n)Σ(ŷ − y)² has ∂/∂w = (2/n)Xᵀ(ŷ − y): the 2 is missing (no ½ in this MSE)",
    ),
    Answer(
        id="f3-aanyam-db-missing-two",
        source=AANYAM + " (Mathematical Formulation, Gradients, db)",
        text="db = (1/n) Σ(ŷ − y)",
        cost=_AANYAM_MSE,
        verdict="different",
        wrt="b",
        lets=_AANYAM_LETS,
        why="∂/∂b (1/n)Σ(ŷ − y)² = (2/n)Σ(ŷ − y): the 2 is missing",
    ),
    Answer(
        id="f3-kunal-Dw-hat-accent",
        source=KUNAL + " (Logistic regression from scratch, Gradient descent, D_w; cost and ŷ, z from the same cell)",
        text=r"D_{w} = \frac{1}{n} \sum_{i=0}^{n} X_{i}(\^y_{i} - y_{i})",
        cost=_KUNAL_J,
        verdict="equivalent",
        wrt="w_j",
        lets=_KUNAL_LETS,
        why="\\^y is ŷ = σ(w·X_i + b); with the same i = 0…n range as the cost, (1/n)ΣX_i(ŷ_i − y_i) is the "
        "cross-entropy gradient",
    ),
    Answer(
        id="f3-kunal-Db-hat-accent",
        source=KUNAL + " (Logistic regression from scratch, Gradient descent, D_b)",
        text=r"D_{b} = \frac{1}{n} \sum_{i=0}^{n} (\^y_{i} - y_{i})",
        cost=_KUNAL_J,
        verdict="equivalent",
        wrt="b",
        lets=_KUNAL_LETS,
        why="(1/n)Σ(ŷ_i − y_i), the bias gradient of the same cost",
    ),
    # ================================================================== blogs, tutorials, Stack Overflow
    Answer(
        id="f3-diwanshug-dLdb-minus-two",
        source=DIWANSHUG + " (Step 1, the last dL/db before 'Evaluating the Derivative'; line breaks joined)",
        text=r"\frac{dL}{db} = -2 \sum_{i=1}^{n} (y_i - m x_i - b)",
        cost=_DIWANSHUG_SSE,
        verdict="equivalent",
        wrt="b",
        why="d/db Σ(y_i − m x_i − b)² = −2Σ(y_i − m x_i − b); m is the slope",
    ),
    Answer(
        id="f3-dsse40666-grad-missing-two",
        source=DSSE40666 + " (question's loop: the step inside 'theta = theta - ((alpha)* …)')",
        text="(1/len(X)) * X.T.dot(error)",
        cost=_DSSE40666_MSE,
        verdict="different",
        wrt="theta_j",
        lets=_DSSE40666_LETS,
        why="the loop's mse is Σerror²/m, whose gradient is (2/m)Xᵀ·error; the step uses (1/m)Xᵀ·error (the "
        "gradient of the Coursera ½-scaled cost, not of this mse)",
    ),
]
