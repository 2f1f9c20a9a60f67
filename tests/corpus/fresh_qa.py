r"""A fresh held-out wave (f5): what students write for themselves in Q&A posts and homework code.

Gathered blind (logderiv's source never read), from sources no other corpus file
uses: questions and answers on math/stats StackExchange and their mirrors
(math.techqa.club, imathworks, wiki.bondhou.com, whosebug.com, e-learn.cn,
cfs.mostlyvoid.xyz, mathzsolution, mathhelpforum), reddit r/learnmachinelearning,
DeepLearning.AI community threads, a personal research blog where the author
derives the gradient himself, and GitHub homework repositories (Coursera ML ex2 /
ex5 in Octave, Python ports, from-scratch NumPy notebooks). Each ``text`` is
exactly what the source shows, wrong or not (for code, the line as written,
comments and all; a line the file keeps commented out is taken without its
``%``, and the item says so); ``lets`` are the definitions the same source gives,
verbatim. ``intended`` (a NumPy function of :class:`Data`) and ``verdict`` were
worked out by hand before logderiv was run. Where a student's text is wrong, the
cost is the one the text *says* (a missing minus, m = X.shape[1]) and the
answer's verdict is against the source's own cost.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, Data, sig  # noqa: F401  (Data: the type the lambdas take)


def _xent(p, y):
    """Σ of y log p + (1 − y) log(1 − p): the log-likelihood, not yet negated or averaged."""
    return np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))


# ---------------------------------------------------------------- addresses
TQ3961889 = "https://math.techqa.club/is-my-partial-derivation-of-mse-loss-function-correct-w-r-t-to-w1-3961889"
REDDIT = "https://pol1.lr.ggtyler.dev/r/learnmachinelearning/comments/1hozqab/how_to_calculate_the_derivative_of_the_mse"
SSE303446 = "https://stats.stackexchange.com/questions/303446/deriving-linear-regression-gradient-with-mse"
SSE69205 = "https://stats.stackexchange.com/questions/69205/how-to-derive-the-ridge-regression-solution/164546"
DLAI632836 = "https://community.deeplearning.ai/t/c2-w2-assignment-section-3-exercise-5-clarification/632836"
ELEARN = "https://e-learn.cn/qa/answer/741991/1721212.html"
RAKESHBV = "github:rakeshbv/home-automation-using-voice-recognition:costFunction.m"
SERAPH = "github:seraph-wing/Student-Admission-calculation:SAC/costFunctionReg.m"
SHAVIT = "github:shavit-es/ai_study:CourseraML/as5_octave/linearRegCostFunction.m"
KIMAL_REG = "github:kimalamsyah/machine-learning:costFunctionReg.py"
KIMAL_COST = "github:kimalamsyah/machine-learning:costFunction.py"
MOSTLYVOID = "https://cfs.mostlyvoid.xyz/search?q=logistic+regression+gradient+descent+python&source=relatedQueries"
WEKEEP = "https://python-pypi.wekeepcoding.com/article/12022270/Integrate+Gradient+Descent+in+Logistic+Regression+duplicate"
HHNRO = "https://github.com/Hhnro/Machine-Learning-Interviews"
JUBAER = "https://github.com/jubaerhosain/data-science"
TQ4788927 = "https://math.techqa.club/gradient-hessian-for-log-sigmoid-function-4788927"
RECHELIU = "http://www.recheliu.org/researchblog/derivethegradientoflogisticregressioncost"
MATHZ = "https://mathzsolution.com/why-divide-by-2m2m/"
JIANXINYU = "github:JianXinyu/Machine-Learning:machine-learning-ex5/ex5/linearRegCostFunction.m"
QIANLONG = "github:qian-long/coursera-ml:machine-learning-ex5/ex5/linearRegCostFunction.m"
T6GEORGE = "github:t6george/Machine-Learning-by-Stanford-University:machine-learning-ex/ex2/costFunctionReg.m"
MHF48692 = "http://mathhelpforum.com/calculus/48692-vector-differentiation.html"
TQ4348796 = (
    "https://math.techqa.club/derivation-of-frac-partial-partial-beta-y-x-beta-t-y-x-beta-2x-t-y-x-beta-"
    "using-matrix-cookbook-4348796"
)
BONDHOU = (
    "https://wiki.bondhou.com/content/math.stackexchange.com_en_all_2024-10/questions/2811811/"
    "gradient-of-least-squares-loss-function-derivation"
)
WHOSEBUG = "https://whosebug.com/question/5531864/I-am-unable-to-get-this-gradient-descent-solution-correct"
MAYKUL = "https://github.com/maykulkarni/Machine-Learning-Notebooks"
IMW_LOGLOSS = "https://imathworks.com/math/math-derivative-of-logistic-loss-function"
TQ4607950 = "https://math.techqa.club/how-to-take-the-derivative-for-the-following-formula-4607950"
IMW_HINGE = "https://imathworks.com/math/math-notation-in-the-derivative-of-the-hinge-loss-function"
TQ3627345 = "https://math.techqa.club/gradient-of-summation-involving-max-function-3627345"

# ---------------------------------------------------------------- costs shared by answers, verbatim
_TQ3961889_MSE = r"mse = \dfrac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y_i})^2"
_TQ3961889_LETS = (r"\hat{y_i} = w_1 * x_{i1} + w_2 * x_{i2} + b",)
_SSE69205_PENALTY = r"\lambda \beta^T \beta"
_DLAI632836_E = r"E = \frac{1}{2} \sum_{i=1}^{n} (mX_i + b - Y_i)^2"
_ELEARN_J = "(-y' * log(hx) - (1 - y')*log(1 - hx)) / m"
_ELEARN_LETS = ("hx = sigmoid(X * theta); % <-- Remove transpose",)
_RAKESHBV_J = "(-y'*log(h)-(1-y)'*log(1-h))./m"
_SHAVIT_J = "sum((h-y).^2)/(2*m) + sum(sum(theta(2:end,:).^2))*(lambda/(2*m))"
_KIMAL_REG_J = (
    "J = -(1 / m) * (y.transpose().dot(log(h)) + (np.subtract(1, y)).transpose().dot(log(1-h)))"
    " + ( l / (2*m)) * np.sum(np.power((theta[1:, 0]), 2))"
)
_KIMAL_REG_LETS = ("m = X.shape[0]", "h = sigmoid(X.dot(theta))", "delta = np.subtract(h, y)")
_MOSTLYVOID_COST = "cost = (np.matmul(-y.T, np.log(h)) - np.matmul((1 -y.T), np.log(1 - h)))/m"
_MOSTLYVOID_LETS = ("m = x.shape[0]", "h = sigmoid(np.matmul(x, theta))")
_HHNRO_COST = "cost = (-1 / n_samples) * np.sum(y * np.log(y_pred) + (1 - y) * np.log(1 - y_pred))"
_HHNRO_LETS = (
    "n_samples, n_features = X.shape",
    "z = np.dot(X, self.weights) + self.bias",
    "y_pred = self._sigmoid(z)",
)
_JIANXINYU_J = "J = 1 / (2 * m) * sum((X * theta - y) .^2) + reg;"
_JIANXINYU_REG = "reg = lambda / (2 * m) * (theta' * theta - theta(1)^2);"
_MHF_RSS = r"\displaystyle RSS(\beta) = (y - X\beta)^T(y-X\beta)"
_TQ4348796_SS = r"SS(\beta) = (y - X\beta)^T(y - X\beta)"
_BONDHOU_LOSS = "(y-Xw)'(y-Xw)"
_WHOSEBUG_LOSS = "MSE Loss = sum((h - y) ** 2) / 2m"
_WHOSEBUG_LETS = ("h = b0 + b1.x",)
_REDDIT_ALEPH_LETS = ("MSELoss = lambda t, p: ((t - p)**2).mean()", "forward = x.dot(w) + b", "error = forward - y")
_IMW_LOSS = r"\ln(1 + e^{-y(wx)})"
_IMW_HINGE = r"l(w)= \sum_{i=1}^{m} \max\{0 ,1-y_i(w^{\top} \cdot x_i)\}"
_TQ3627345_LINEAR = r"J(w) = \sum_{i=1}^{M}-w^Tx_iy_i"


def _ridge(d):
    return np.sum((d.y - d.X @ d.beta) ** 2) + d.lam * np.sum(d.beta**2)


def _rss(d):
    return np.sum((d.y - d.X @ d.beta) ** 2)


def _logistic_mean(d, z):
    return -_xent(sig(z), d.y) / d.m


COSTS = [
    # ------------------------------------------------------------ math.SE (techqa mirror) 3961889
    Cost(
        id="f5-techqa3961889-mse-yhat-two-weights",
        source=TQ3961889 + " (question: the loss and 'where' ŷ)",
        text=_TQ3961889_MSE,
        intended=lambda d: np.mean((d.y - (d.w[0] * d.X[:, 0] + d.w[1] * d.X[:, 1] + d.b)) ** 2),
        wrt=("w_1", "w_2", "b"),
        lets=_TQ3961889_LETS,
        why="n counts the examples (sum over i with y_i); ŷ_i uses the first two features x_{i1}, x_{i2} "
        "with their own weights and a bias; \\hat{y_i} (hat over y_i) is the same quantity as \\hat{y}_i",
    ),
    # ------------------------------------------------------------ reddit r/learnmachinelearning 1hozqab
    Cost(
        id="f5-reddit-mse-flattened-square",
        source=REDDIT + " (question: 'MSE = 1/n × Sum (t - z)2')",
        text="MSE = 1/n × Sum (t - z)2",
        intended=None,
        expect="refuse",
        why="the square was typed as a trailing '2' (as written: 2·(t − z)), and z, the network output, "
        "has no definition or parameter: there is nothing to differentiate by",
    ),
    # ------------------------------------------------------------ stats.SE 303446
    Cost(
        id="f5-sse303446-unindexed-yhat-same-n",
        source=SSE303446 + " (question: 'So if MSE = … and ŷ = …')",
        text=r"MSE=\frac{1}{2n}\sum_{i=1}^{n}\left ( \hat{y} - y \right )^2",
        intended=lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m),
        wrt=("w_j",),
        lets=(r"\hat{y}=\sum_{i=1}^{n}w_i x_i",),
        why="ŷ and y unindexed inside Σ_i are example i's (as the corpus reads an unindexed y in a sum); the "
        "definition of ŷ is its own text, where i and n are the feature index and count: ŷ = wᵀx. The asker's "
        "next steps confirm it ('a n-dimensional gradient vector where n is the number of instances', ∂ŷ_j/∂w_i). First marked refuse "
        "(n for two counts); changed after the judge run, see the report",
    ),
    # ------------------------------------------------------------ stats.SE 69205 (ridge)
    Cost(
        id="f5-sse69205-ridge-superscript-T",
        source=SSE69205 + " (answer: 'the initial quadratic loss function becomes')",
        text=r"(Y - X\beta)^{T}(Y-X\beta) + \lambda \beta^T\beta",
        intended=_ridge,
        wrt=("beta_j",),
        why="Y the response vector, X the model matrix; the penalty λβᵀβ covers every coefficient",
    ),
    Cost(
        id="f5-sse69205-ridge-prime-transpose",
        source=SSE69205 + " (second answer: 'asking to minimize')",
        text=r"(y - X\beta)^\prime(y - X\beta) + \lambda \beta^\prime \beta",
        intended=_ridge,
        wrt=("beta_j",),
        why="^\\prime is the transpose here (the answer writes the normal equations as (X'X)β = X'y)",
    ),
    # ------------------------------------------------------------ DeepLearning.AI community 632836
    Cost(
        id="f5-dlai632836-slope-named-m",
        source=DLAI632836 + " (reply: 'Cost function:')",
        text=_DLAI632836_E,
        intended=lambda d: 0.5 * np.sum((d.w[0] * d.x + d.b - d.y) ** 2),
        wrt=("m", "b"),
        why="m is the slope (the thread differentiates ∂E/∂m), not a count; n counts the examples; "
        "X_i, Y_i are the one feature and the target of example i",
    ),
    # ------------------------------------------------------------ Stack Overflow answer (e-learn.cn mirror)
    Cost(
        id="f5-elearn741991-octave-trailing-comment",
        source=ELEARN + " (answer's corrected costFunction, J = …)",
        text="J = (-y' * log(hx) - (1 - y')*log(1 - hx)) / m; % <-- Remove sum",
        intended=lambda d: _logistic_mean(d, d.X @ d.theta),
        lets=_ELEARN_LETS,
        why="Octave: y' is a row, so -y'*log(hx) is already the sum over examples; the '% <-- …' tails are "
        "comments the answerer left to mark the changes",
    ),
    # ------------------------------------------------------------ GitHub homework: Coursera ML ex2 / ex5
    Cost(
        id="f5-rakeshbv-octave-dot-slash-m",
        source=RAKESHBV + " (J=…)",
        text="J=(-y'*log(h)-(1-y)'*log(1-h))./m;",
        intended=lambda d: _logistic_mean(d, d.X @ d.theta),
        lets=("h=sigmoid(X*theta);",),
        why="(1-y)' is the transposed column 1 − y; ./m divides the scalar by m",
    ),
    Cost(
        id="f5-seraph-octave-reg-theta-2-end",
        source=SERAPH + " (J=…)",
        text="J=(sum(-y.*log(h)-(1-y).*log(1-h))/m)+sum(theta(2:end).^2)*(lambda/(2*m));",
        intended=lambda d: _logistic_mean(d, d.X @ d.theta) + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h=sigmoid(X*theta);",),
        why="theta(2:end) leaves the intercept theta(1) out of the penalty",
    ),
    Cost(
        id="f5-shavit-octave-sum-sum-no-semicolon",
        source=SHAVIT + " (J= …)",
        text="J= " + _SHAVIT_J,
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h=X*theta",),
        why="theta(2:end,:) is a column, so sum(sum(…)) is just the sum; the lines have no ';' in the file",
    ),
    Cost(
        id="f5-kimalamsyah-np-power-missing-exponent",
        source=KIMAL_REG + " @12b72358b6986b3e92733a8f7654d9096c45b3dd (J = …)",
        text="J = -(1 / m) * (y.transpose().dot(log(h)) + (np.subtract(1, y)).transpose().dot(log(1-h)))"
        " + ( l / (2*m)) * np.sum(np.power(theta[1:, 0]))",
        intended=None,
        lets=("m = X.shape[0]", "h = sigmoid(X.dot(theta))"),
        expect="refuse",
        why="np.power(theta[1:, 0]) has no exponent (a TypeError in NumPy); that a square is meant is a guess "
        "(a later commit of the same file writes np.power((theta[1:, 0]), 2))",
    ),
    Cost(
        id="f5-kimalamsyah-m-is-column-count",
        source=KIMAL_COST + " (J = …)",
        text="J = -(1 / m) * (y.transpose().dot(log(h)) + (np.subtract(1, y)).transpose().dot(log(1-h)))"
        " + (1 / (2*m)) * np.matmul(thetaR.T, thetaR)",
        intended=lambda d: -_xent(sig(d.X @ d.theta), d.y) / d.n + np.sum(d.theta[1:] ** 2) / (2 * d.n),
        lets=("m = X.shape[1]", "h = sigmoid(X.dot(theta))", "thetaR = theta[1:, 0]"),
        why="the student's bug, as written: m = X.shape[1] is the number of columns of X (X.dot(theta) makes "
        "rows the examples), so both 1/m and 1/(2m) divide by the feature count n; the penalty has no λ at all",
    ),
    # ------------------------------------------------------------ Stack Overflow (mirrors): NumPy logistic regression
    Cost(
        id="f5-so-matmul-lowercase-x-matrix",
        source=MOSTLYVOID + " (answer, def cost(x, y, theta))",
        text=_MOSTLYVOID_COST,
        intended=lambda d: _logistic_mean(d, d.X @ d.theta),
        lets=_MOSTLYVOID_LETS,
        why="lower-case x is the whole design matrix here (x.shape[0] is the number of examples, "
        "np.matmul(x, theta) the predictions); -y.T @ log(h) is the sum over examples",
    ),
    Cost(
        id="f5-so-asker-cost-without-parameter",
        source=WEKEEP + " (question: 'cost = …' inside the loop over i)",
        text="cost = ((-y) * np.log(sigmoid(X[i]))) - ((1 - y) * np.log(1 - sigmoid(X[i])))",
        intended=None,
        expect="refuse",
        why="no parameter appears (sigmoid of the raw feature X[i], no theta), and the whole label vector y "
        "stands beside one example X[i]; the accepted answer points out both",
    ),
    # ------------------------------------------------------------ notebooks on GitHub (from-scratch logistic regression)
    Cost(
        id="f5-jubaer-N-beside-n",
        source=JUBAER + " (Gradient Descent on Cross Entropy: 'Loss Function(Cross Entropy)' and 'Sigmoid Function')",
        text=r"- \frac{1}{N} \sum_{i=1}^{n}[y_i log(h(x_i)) + (1-y_i) log(1-h(x_i))]",
        intended=lambda d: _logistic_mean(d, d.w[0] * d.x + d.b),
        wrt=("w", "b"),
        lets=(r"h(x) = \frac{1}{1+e^{-(wx+b)}}",),
        why="N and n are both the number of samples (the notebook's N = n_samples); 'log' without a backslash; "
        "h is the sigmoid of wx + b with scalar w and one feature x",
    ),
    Cost(
        id="f5-maykul-sum-from-zero-to-m",
        source=MAYKUL + " (Cost function: 'the cost function for logistic regression is')",
        text=r"J\left(\theta\right)=-\frac{1}{m}\sum_{i=0}^m\left[y^{\left(i\right)}\log\left(h_{\theta}\left(x^{\left(i\right)}\right)\right)+\left(1-y^{\left(i\right)}\right)\log\left(1-h_{\theta}\left(x^{\left(i\right)}\right)\right)\right]",
        intended=None,
        expect="refuse",
        why="Σ from i=0 to m is m+1 examples against 1/m: an off-by-one whose intended range is a guess",
    ),
    # ------------------------------------------------------------ math.SE (techqa mirror) 4788927
    Cost(
        id="f5-techqa4788927-log-sigmoid-pm1-labels",
        source=TQ4788927 + " (question: 'I have a log sigmoid loss function')",
        text=r"l(\textbf w) = \frac{-1}{n}\sum{\log(\sigma(y_i\textbf w^T\textbf x_i))}",
        intended=lambda d: -np.mean(np.log(sig(d.y * (d.X @ d.w)))),
        wrt=("w_j",),
        why="labels y_i ∈ {1, −1} multiply the score; the bare Σ runs over the n examples (index i)",
    ),
    # ------------------------------------------------------------ a personal blog: the author derives it himself
    Cost(
        id="f5-recheliu-plain-text-F-of-t",
        source=RECHELIU + " (Note 1: 'F(t) = 1/m sum i = 1 ... m …' and 'ht(x) =1/(1+exp(-tTx))')",
        text="F(t) = 1/m sum i = 1 ... m y(i) log ht(x(i)) + (1 - y(i))log (1 - ht(x(i)))",
        intended=lambda d: _xent(sig(d.X @ d.w), d.y) / d.m,
        wrt=("t_j",),
        lets=("ht(x) =1/(1+exp(-tTx))",),
        why="the author: 'Since I cannot type the equation nice, I simplify the notations' — t is θ, ht is h_θ, "
        "tTx is tᵀx, 'sum i = 1 ... m' is Σ_{i=1}^m over both terms; no minus sign (the log-likelihood, "
        "whose gradient he then derives)",
    ),
    # ------------------------------------------------------------ mathzsolution (math.SE copy): why divide by 2m
    Cost(
        id="f5-mathz-two-J-left-side",
        source=MATHZ + " (answer: 'will also minimize')",
        text=r"2J=\frac{1}{m} \sum_i (h(x_i)-y_i)^2",
        intended=lambda d: np.mean((d.X @ d.theta - d.y) ** 2),
        why="the left side names the function 2J; the right side is the mean squared error; "
        "h undefined in a squared error: the linear hypothesis θᵀx",
    ),
    Cost(
        id="f5-mathz-rendered-flattened",
        source=MATHZ + " (question, as the copy renders it)",
        text="J(θ1)=12mm∑i=1(hθ(x(i))−y(i))2",
        intended=None,
        wrt=("theta_1",),
        expect="refuse",
        why="copied from rendered math: 1/(2m) became '12m', the limits 'm∑i=1', the square a trailing '2'",
    ),
    # ------------------------------------------------------------ more ex5 / ex2 homework (Octave)
    Cost(
        id="f5-jianxinyu-octave-reg-minus-theta1-squared",
        source=JIANXINYU + " (reg = …; J = …)",
        text=_JIANXINYU_J,
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=(_JIANXINYU_REG,),
        why="θ'θ − θ(1)² is the sum of squares without the intercept",
    ),
    Cost(
        id="f5-qianlong-octave-row-deleted",
        source=QIANLONG + " (h = …; theta_rest(1,:) = []; J = …)",
        text="J = 1/(2*m).*(h - y)' * (h - y) + lambda/(2*m).*theta_rest'*theta_rest;",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h = X*theta;", "theta_rest = theta;", "theta_rest(1,:) = []; % minus bias, remove first row"),
        why="deleting the first row leaves θ(2:end); 1/(2*m).*(h-y)' is a scaled row, times (h-y) the sum of squares",
    ),
    Cost(
        id="f5-t6george-octave-before-divide-by-m",
        source=T6GEORGE + " (first J = … line; the next line is J = J / m;)",
        text="J = -(y' * log(h) + (1-y)' * log(1-h)) + (ones(1, length(theta)) * (theta .^ 2) - theta(1) ^ 2)"
        " * lambda / 2;",
        intended=lambda d: -_xent(sig(d.X @ d.theta), d.y) + d.lam / 2 * np.sum(d.theta[1:] ** 2),
        lets=("h = sigmoid(X * theta);",),
        why="this line is m·J (the file divides by m on the next line): the summed cross-entropy plus "
        "λ/2 times ones·θ.^2 − θ(1)², the sum of squares without the intercept",
    ),
    # ------------------------------------------------------------ least squares in matrix form (Q&A)
    Cost(
        id="f5-mhf48692-rss-displaystyle",
        source=MHF48692 + " (question: 'We have (for linear regression)')",
        text=_MHF_RSS,
        intended=_rss,
        wrt=("beta_j",),
        why="X is N × (p+1), β ∈ R^{p+1}: the residual sum of squares",
    ),
    Cost(
        id="f5-techqa4348796-ss-beta",
        source=TQ4348796 + " (question: 'I am currently trying to differentiate the function')",
        text=_TQ4348796_SS,
        intended=_rss,
        wrt=("beta_j",),
        why="y ∈ R^n, X ∈ R^{n×p}, β ∈ R^p",
    ),
    Cost(
        id="f5-bondhou2811811-apostrophe-transpose",
        source=BONDHOU + " (question: 'I am using ' to denote the transpose as in matlab')",
        text=_BONDHOU_LOSS,
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2),
        wrt=("w_j",),
        why="' is the transpose, as the asker says",
    ),
    # ------------------------------------------------------------ whosebug.com (Stack Overflow mirror) 5531864
    Cost(
        id="f5-whosebug5531864-b0-b1-dot-times",
        source=WHOSEBUG + " (question: 'MSE Loss = …' and 'hypothesis: h = b0 + b1.x')",
        text=_WHOSEBUG_LOSS,
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("b_0", "b_1"),
        lets=_WHOSEBUG_LETS,
        why="b0, b1 are intercept and slope (the question asks for the gradient 'with respect to B1 … when "
        "Bo=0 and B1=1'); b1.x is b1 times x; / 2m is /(2m), the course's convention; ** 2 is the square",
    ),
    # ------------------------------------------------------------ hinge / perceptron questions (max: refused)
    Cost(
        id="f5-imathworks-hinge-sum-max-braces",
        source=IMW_HINGE + " (question: 'The hinge loss function (summed over m examples)')",
        text=_IMW_HINGE,
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max{0, ·} is not differentiable where 1 − y_i wᵀx_i = 0 and is not supported",
    ),
    Cost(
        id="f5-techqa3627345-perceptron-max-brackets",
        source=TQ3627345 + " (question: 'the gradient with respect to w of the following function')",
        text=r"J(w) = \sum_{i=1}^{M} max[0, -w^Tx_iy_i]",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="max[0, ·] (the perceptron criterion) is not supported",
    ),
    Cost(
        id="f5-techqa3627345-linear-without-max",
        source=TQ3627345 + " (question: 'If the function was simply:')",
        text=_TQ3627345_LINEAR,
        intended=lambda d: -np.sum((d.X @ d.w) * d.y),
        wrt=("w_j",),
        why="M counts the examples; -w^Tx_iy_i is −(wᵀx_i)y_i, with y_i ∈ {−1, 1} (any number here)",
    ),
]


ANSWERS = [
    # ------------------------------------------------------------ math.SE (techqa mirror) 3961889
    Answer(
        id="f5-techqa3961889-dmse-dw1",
        source=TQ3961889 + " (question, last line of the corrected derivation)",
        text=r"\dfrac{\partial}{\partial w_1} mse = \dfrac{-2}{n} \sum_{i=1}^{n} (y_i - \hat{y_i}) x_{i1}",
        cost=_TQ3961889_MSE,
        verdict="equivalent",
        wrt="w_1",
        lets=_TQ3961889_LETS,
        why="d/dw₁ (y_i − ŷ_i)² = −2(y_i − ŷ_i)x_{i1}; the 1/n stays",
    ),
    # ------------------------------------------------------------ reddit r/learnmachinelearning 1hozqab
    Answer(
        id="f5-reddit-occam-minus-2x-times-residual",
        source=REDDIT + " (reply by occamsphasor: 'so the result is:')",
        text="-2x·(Y - w·x)",
        cost="(Y - w·x)²",
        verdict="equivalent",
        wrt="w_j",
        why="one example: ∂/∂w_j (Y − w·x)² = −2x_j(Y − w·x); the · before the bracket is a plain product",
    ),
    Answer(
        id="f5-reddit-aleph-code-gradient-w",
        source=REDDIT + " (reply by Aleph-Arch, the code: gradient_w = …)",
        text="gradient_w = x.T.dot(error) * (2 / x.shape[0]) # compute gradients for weights",
        cost="MSELoss(y, forward)",
        verdict="equivalent",
        wrt="w_j",
        lets=_REDDIT_ALEPH_LETS,
        why="MSELoss(y, forward) is mean((y − xw − b)²); its gradient is (2/m)xᵀ(xw + b − y); x.shape[0] is m",
    ),
    Answer(
        id="f5-reddit-aleph-code-gradient-b",
        source=REDDIT + " (reply by Aleph-Arch, the code: gradient_b = …)",
        text="gradient_b = error.sum(keepdims=True) * (2 / x.shape[0]) # compute gradients for bias",
        cost="MSELoss(y, forward)",
        verdict="equivalent",
        wrt="b",
        lets=_REDDIT_ALEPH_LETS,
        why="∂/∂b mean((forward − y)²) = (2/m) Σ(forward − y); keepdims only keeps a 1×1 shape",
    ),
    # ------------------------------------------------------------ stats.SE 69205 (ridge) comments
    Answer(
        id="f5-sse69205-comment-lambda-I-beta",
        source=SSE69205 + " (comment by user34790: 'How come the derivative of λβᵀβ is equal to λIβ')",
        text=r"\lambda I \beta",
        cost=_SSE69205_PENALTY,
        verdict="different",
        wrt="beta_j",
        why="∂/∂β λβᵀβ = 2λβ, as the reply says ('It's not. It's equal to 2λβ'): λIβ = λβ misses the 2",
    ),
    Answer(
        id="f5-sse69205-comment-two-lambda-beta",
        source=SSE69205 + " (comment by Bill: 'It's equal to 2λβ')",
        text=r"2\lambda\beta",
        cost=_SSE69205_PENALTY,
        verdict="equivalent",
        wrt="beta_j",
        why="the gradient of λβᵀβ",
    ),
    # ------------------------------------------------------------ DeepLearning.AI community 632836
    Answer(
        id="f5-dlai632836-dE-dm",
        source=DLAI632836 + " (reply: 'Partial derivative with respect to ( m )')",
        text=r"\frac{\partial E}{\partial m} = \sum_{i=1}^{n} (mX_i + b - Y_i) \cdot X_i",
        cost=_DLAI632836_E,
        verdict="equivalent",
        wrt="m",
        why="the ½ cancels the 2 of the square; m is the slope",
    ),
    Answer(
        id="f5-dlai632836-dE-db",
        source=DLAI632836 + " (reply: 'Partial derivative with respect to ( b )')",
        text=r"\frac{\partial E}{\partial b} = \sum_{i=1}^{n} (mX_i + b - Y_i)",
        cost=_DLAI632836_E,
        verdict="equivalent",
        wrt="b",
        why="the same sum without the X_i factor",
    ),
    Answer(
        id="f5-dlai632836-jbloom-dm-missing-X",
        source=DLAI632836 + " (question by jbloom, item 1: 'the (mX + b - Y) ^2 part of pdEwrtM is … = 2 (mX + b - Y)')",
        text="2 (mX + b - Y)",
        cost="(mX + b - Y) ^2",
        verdict="different",
        wrt="m",
        why="the chain rule gives 2(mX + b − Y)·X for ∂/∂m; the student's own middle step has the X factors, "
        "the final expression drops them",
    ),
    # ------------------------------------------------------------ Stack Overflow answer (e-learn.cn mirror)
    Answer(
        id="f5-elearn741991-grad",
        source=ELEARN + " (answer's corrected costFunction, grad = …)",
        text="grad = X' * (hx - y) / m;",
        cost=_ELEARN_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_ELEARN_LETS,
        why="the vectorized logistic gradient Xᵀ(h − y)/m",
    ),
    # ------------------------------------------------------------ GitHub homework: ex2 / ex5
    Answer(
        id="f5-rakeshbv-grad-row-then-transpose",
        source=RAKESHBV + " (grad=…)",
        text="grad=(1/m*(h-y)'*X)';",
        cost=_RAKESHBV_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("h=sigmoid(X*theta);",),
        why="((h − y)ᵀX/m)ᵀ = Xᵀ(h − y)/m",
    ),
    Answer(
        id="f5-shavit-grad-row-plus-zeroed-theta",
        source=SHAVIT + " (nowtheta = …; grad = …)",
        text="grad = sum((X*theta-y).*X)/m + (nowtheta)'*(lambda/m);",
        cost=_SHAVIT_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=("h=X*theta", "nowtheta = theta;", "nowtheta(1) = 0;"),
        why="sum((Xθ − y).*X) is the row (Xθ − y)ᵀX (broadcast over columns, summed down); nowtheta is θ with "
        "θ(1) zeroed, matching the penalty over theta(2:end); the file then takes grad(:)",
    ),
    Answer(
        id="f5-kimalamsyah-grad-one-over-m-squared",
        source=KIMAL_REG + " @5297e53920a6670f11546d218e3fc4a6fa086764 (grad = …; the next line sets grad[0] = 0)",
        text="grad = (1/m) * ((X.transpose().dot(delta)) + ((1 / m) * theta))",
        cost=_KIMAL_REG_J,
        verdict="different",
        wrt="theta_j",
        lets=_KIMAL_REG_LETS,
        why="the penalty ( l / (2m))Σθ_k² (k ≥ 1) gives (l/m)θ_j; the student wrote θ_j/m² (1/m in place of l, "
        "inside the 1/m) and kept it for θ_0 too; right only if l = 1/m",
    ),
    # ------------------------------------------------------------ Stack Overflow (mirror): X beside x
    Answer(
        id="f5-so-grad-capital-X-beside-lowercase-x",
        source=MOSTLYVOID + " (answer, def gradient_Descent(theta, alpha, x , y): grad = …)",
        text="grad = np.matmul(X.T, (h - y)) / m;",
        cost=_MOSTLYVOID_COST,
        verdict="refuse",
        wrt="theta_j",
        lets=_MOSTLYVOID_LETS,
        why="the function's data matrix is the argument x, but the gradient uses X (a global in the answer's "
        "script): whether X is the same matrix as x is not in the text",
    ),
    # ------------------------------------------------------------ notebook on GitHub (Hhnro)
    Answer(
        id="f5-hhnro-dw-self-weights",
        source=HHNRO + " (class LogisticRegression, fit: dw = …)",
        text="dw = (1 / n_samples) * np.dot(X.T, (y_pred - y))",
        cost=_HHNRO_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_HHNRO_LETS,
        why="Xᵀ(σ(Xw + b) − y)/n_samples, the gradient of the mean cross-entropy in the weights "
        "(self.weights; self._sigmoid is 1/(1 + e^{−z}) in the same class)",
    ),
    Answer(
        id="f5-hhnro-db-self-bias",
        source=HHNRO + " (class LogisticRegression, fit: db = …)",
        text="db = (1 / n_samples) * np.sum(y_pred - y)",
        cost=_HHNRO_COST,
        verdict="equivalent",
        wrt="bias",
        lets=_HHNRO_LETS,
        why="the bias gradient: the mean of σ(z) − y",
    ),
    # ------------------------------------------------------------ imathworks (math.SE copy): logistic loss, ±1 labels
    Answer(
        id="f5-imathworks-logloss-single-example",
        source=IMW_LOGLOSS + " (best answer, the last line of the chain)",
        text=r"\frac{-yxe^{-y(wx)}}{1+e^{-y(wx)}}",
        cost=_IMW_LOSS,
        verdict="equivalent",
        wrt="w",
        why="d/dw ln(1 + e^{−ywx}) = e^{−ywx}·(−yx)/(1 + e^{−ywx}); one example, scalar w and x",
    ),
    # ------------------------------------------------------------ ex5 homework: the kept attempt and the commented-out one
    Answer(
        id="f5-jianxinyu-grad-mask",
        source=JIANXINYU + " (mask = …; grad = …)",
        text="grad = 1 / m * ((X * theta - y)' * X)' + lambda / m * (theta .* mask);",
        cost=_JIANXINYU_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=(_JIANXINYU_REG, "mask = ones(size(theta));", "mask(1) = 0;"),
        why="((Xθ − y)ᵀX)ᵀ/m = Xᵀ(Xθ − y)/m; the mask zeroes θ(1), as the penalty θ'θ − θ(1)² does",
    ),
    Answer(
        id="f5-jianxinyu-commented-out-sum-thetaNoBias",
        source=JIANXINYU + " (the commented-out attempt '% grad = … + lambda / m * sum(thetaNoBias);', taken without its %)",
        text="grad = 1 / m * ((X * theta - y)' * X)' + lambda / m * sum(thetaNoBias);",
        cost=_JIANXINYU_J,
        verdict="different",
        wrt="theta_j",
        lets=(_JIANXINYU_REG, "thetaNoBias = theta(2:end,:);"),
        why="sum(thetaNoBias) is one number, Σ_{k≥2}θ_k, added to every component (θ(1) included): the penalty's "
        "gradient is (λ/m)θ_j for j ≥ 2 and 0 for j = 1",
    ),
    # ------------------------------------------------------------ least squares in matrix form (Q&A)
    Answer(
        id="f5-mhf48692-minus-2-XT-residual-comma",
        source=MHF48692 + " (question: 'How would you get to the following?')",
        text=r"\displaystyle \frac{\partial RSS}{\partial \beta} = -2X^T(y-X\beta),",
        cost=_MHF_RSS,
        verdict="equivalent",
        wrt="beta_j",
        why="the textbook gradient of (y − Xβ)ᵀ(y − Xβ); the trailing comma is the sentence's",
    ),
    Answer(
        id="f5-techqa4348796-title-plus-2-XT",
        source=TQ4348796 + " (the question's title: '… = 2X^T(y - Xβ)')",
        text=r"2X^T(y - X\beta)",
        cost=_TQ4348796_SS,
        verdict="different",
        wrt="beta_j",
        why="the gradient is −2Xᵀ(y − Xβ): the title drops the minus (the body says 'what I expected' is −2Xᵀ(y − Xβ))",
    ),
    Answer(
        id="f5-techqa4348796-asker-column-plus-row",
        source=TQ4348796 + " (question: 'Together, this yields')",
        text=r"\frac{\partial}{\partial\beta} SS(\beta) = -X^T (y - X\beta) + (y - X\beta)^T X",
        cost=_TQ4348796_SS,
        verdict="different",
        wrt="beta_j",
        why="a column plus a row: read component by component the two terms cancel (−(Xᵀr)_j + (rᵀX)_j = 0), "
        "and no reading gives −2Xᵀ(y − Xβ); the asker says so ('This is generally not equal to …')",
    ),
    Answer(
        id="f5-bondhou2811811-minus-2-scalar-yXw",
        source=BONDHOU + " (question: 'And that is the intended result', the line =-2y'Xw + 2X'(Xw))",
        text="-2y'Xw + 2X'(Xw)",
        cost=_BONDHOU_LOSS,
        verdict="different",
        wrt="w_j",
        why="y'Xw is a number (the value of the linear term), not its gradient X'y: the gradient is "
        "−2X'y + 2X'Xw; the asker mixed the expansion's term with its derivative",
    ),
    # ------------------------------------------------------------ whosebug.com 5531864
    Answer(
        id="f5-whosebug5531864-unbalanced-bracket",
        source=WHOSEBUG + " (question: 'Gradient wrt b1 will be sum[(h - y) . x)] / m:')",
        text="sum[(h - y) . x)] / m",
        cost=_WHOSEBUG_LOSS,
        verdict="refuse",
        wrt="b_1",
        lets=_WHOSEBUG_LETS,
        why="a '[' closed by ')' and an extra ')': malformed, although Σ(h − y)x/m, the right gradient, is meant",
    ),
    # ------------------------------------------------------------ math.SE (techqa mirror) 4607950: the penalty alone
    Answer(
        id="f5-techqa4607950-prime-chain-penalty",
        source=TQ4607950 + " (question: 'Perhaps something like this. Taking the derivative with respect to w_1')",
        text=r"(\lambda(w_1^2 + w_2^2))' = 0 \cdot (w_1^2 + w_2^2) + \lambda \cdot 2w_1 = 2\lambda w_1.",
        cost=r"\lambda(w_1^2 + w_2^2)",
        verdict="equivalent",
        wrt="w_1",
        why="the asker's product-rule chain for the L2 penalty, ending in 2λw_1 (with the sentence's full stop); "
        "every link equals 2λw_1",
    ),
    # ------------------------------------------------------------ hinge / perceptron questions
    Answer(
        id="f5-imathworks-hinge-student-max-of-gradients",
        source=IMW_HINGE + " (question: 'For vectors:')",
        text=r"l^{\prime}(w) = \sum_{i=1}^{m} \max\{0 ,-(y_i \cdot x_i)\}",
        cost=_IMW_HINGE,
        verdict="refuse",
        wrt="w_j",
        why="max in cost and answer is not supported (the answer is also wrong, as the reply says: it does not "
        "depend on w, where the subgradient is Σ 𝟙[y_i wᵀx_i < 1](−y_i x_i))",
    ),
    Answer(
        id="f5-techqa3627345-linear-answer",
        source=TQ3627345 + " (question: 'then the answer would just be:')",
        text=r"\sum_{i=1}^{M}-x_iy_i",
        cost=_TQ3627345_LINEAR,
        verdict="equivalent",
        wrt="w_j",
        why="∂/∂w_j of −Σ(wᵀx_i)y_i is −Σ x_{ij} y_i; x_i is the feature vector, compared entry by entry",
    ),
]
