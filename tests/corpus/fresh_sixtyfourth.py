r"""A fresh held-out wave (f64): a mainstream mix drawn the way a grader would draw it — course notes in Chinese
(a student's Jupyter notes on logistic, linear, ridge and lasso regression; a GitBook of ML notes; Markdown notes
on the PyTorchStepByStep gradient-descent chapter), an Octave course assignment from Costa Rica (Spanish headers),
and GitHub issue threads where someone points at a wrong or missing factor in a gradient.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* notes: ken8860/machine_learning_note's Logistic_regression.ipynb (the cross-entropy in vector and component form,
  the step-by-step ∂J/∂θ_j — one middle line drops an x_j — and an L2 "gradient" that adds λ/(2m)‖θ‖²) and
  linear_regression.ipynb (squared error, ridge and lasso with their gradients); prucehuang/machine-learning-
  introduction's GitBook (a squared-error J, a cross-entropy J with its Σ missing, an update with x⁽ⁱ⁾ unindexed);
  a Chinese Markdown retelling of PyTorchStepByStep chapter 0 (MSE of y = b + wx, ∂MSE/∂b and ∂MSE/∂w in LaTeX and
  NumPy);
* code: Carlos12001/logistic-regression-optimization (EL5857 Aprendizaje Automático, Tarea 3: a squared-error loss
  on the sigmoid, and the testbench's OLS loss);
* Q&A (issue and pull-request threads): Open-Deep-ML/DML-OpenProblem #97 (the asker's (2/m)Xᵀ(Xθ̂ − y) for
  (1/m)‖y − Xθ̂‖²); AssemblyAI-Community/Machine-Learning-From-Scratch #9 ('Missing 2 factor in derivatives
  computation'); kaleko/CourseraML #9 (ex3's computeCost penalises θ₀ while its costGradient skips it);
  cloudxlab/ml pull request #14 (a mini-batch MSE gradient without its 1/minibatch_size, and the fix).

Names follow the sources: X, \vec{x^{(i)}}, \vec{x^i} and X_b are the design matrix Data.X (row i is example i);
θ, \vec\theta, \hat{\theta}, theta are Data.theta, θ_0 (where a source writes it beside θ_1x_1 + … + θ_nx_n) is
Data.theta0; self.weights is drawn as Data.w, b the bias Data.b; x, x_i, x_train the one feature Data.x of
y = b + wx; λ is Data.lam. An undefined h_θ in a squared-error cost is the linear model θᵀx (Data.X @ theta).
About 40% of the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs
(/tmp/f64/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
KEN = "https://github.com/ken8860/machine_learning_note/blob/cb5e18e9a7e76fd00fe656760574affbf9336cc2/"
KEN_LOG = (
    KEN + "Logistic_regression.ipynb (Chinese notes, markdown cell '# 2.逻辑回归的数学计算'"
)
KEN_LIN = KEN + "linear_regression.ipynb (Chinese notes on linear, lasso and ridge regression"
PRUCE = (
    "https://github.com/prucehuang/machine-learning-introduction/blob/c543548b9f0f49479bcdf0c8e7b0098c4b7b0cac/"
    "machine-learning/supervised-learning/"
)
PRUCE_LOG = PRUCE + "classification/logistic_regression.md ('### 二、代价函数 - 最大似然估计', '整合后'"
PRUCE_LIN = PRUCE + "regression/linear_regression.md ('# Linear Regression (线性回归)'"
CARLOS = (
    "https://github.com/Carlos12001/logistic-regression-optimization/blob/5ce2f9de5857bf6d2ee12371bf7a80cf77caf5b6/"
)
ODML = (
    "https://github.com/Open-Deep-ML/DML-OpenProblem/issues/97 ('Incorrect Answer and Wrong Description of "
    "Gradient Descent', the asker's description"
)
AAI = (
    "https://github.com/AssemblyAI-Community/Machine-Learning-From-Scratch/issues/9 ('Missing `2` factor in "
    "derivatives computation'"
)
KALEKO = (
    "https://github.com/kaleko/CourseraML/issues/9 ('Regularization Problem': ex3 '1.3 Vectorizing Logistic "
    "Regression', right_hand includes theta_0); the notebook cell's text as public code index file 48218801972 "
    "(ex3 exported to a script, '# #### 1.3 Vectorizing Logistic Regression'"
)
CLOUDX = (
    "https://github.com/cloudxlab/ml/pull/14 ('Updated training_linear_models', training_linear_models.ipynb "
    "cell 32, the mini-batch gradient"
)
PTSBS = (
    "public code index file 5670434955 (Chinese Markdown notes '# 梯度下降可视化' on PyTorchStepByStep chapter 0, "
    "'## 2. 计算 loss' and '## 3. 计算梯度'; the index does not name its repository"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _ce_mean_theta(d):
    return -float(np.mean(_ll(sig(d.X @ d.theta), d.y)))


def _loglik_sum_theta(d):
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.log1p(np.exp(z))))


def _ce_mean_theta0(d):
    return -float(np.mean(_ll(sig(d.theta0 + d.X @ d.theta), d.y)))


def _half_mean_sq_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_theta0(d):
    r = d.theta0 + d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge_half_lam(d):
    r = d.y - d.X @ d.theta
    return float(r @ r) / (2 * d.m) + d.lam / 2 * float(d.theta @ d.theta)


def _sigmoid_sq_mean(d):
    r = d.y - sig(d.X @ d.theta)
    return float(r @ r) / d.m


def _half_sq_sum(d):
    r = d.y - d.X @ d.theta
    return 0.5 * float(r @ r)


def _mse_theta(d):
    r = d.y - d.X @ d.theta
    return float(r @ r) / d.m


def _mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(np.mean(r**2))


def _kaleko_reg_all(d):
    return -float(np.mean(_ll(sig(d.X @ d.w), d.y))) + d.lam / (2 * d.m) * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_KEN_J_VEC = (
    r"J(\vec\theta)=-\frac{1}{m}f(\vec\theta)=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}ln(\sigma((\vec\theta)^T\cdot"
    r"\vec{x^{(i)}}))+(1-y^{(i)})ln(1-\sigma((\vec\theta)^T\cdot\vec{x^{(i)}})))"
)
_KEN_J_COMP = (
    r"J(\theta_0,\theta_1,\theta_2,\theta_3,...,\theta_n)=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}ln(\sigma(\theta_0+"
    r"\theta_1x_1^{(i)}+\theta_2x_2^{(i)}+...+\theta_nx_n^{(i)}))+(1-y^{(i)})ln(1-\sigma(\theta_0+\theta_1x_1^{(i)}+"
    r"\theta_2x_2^{(i)}+...+\theta_nx_n^{(i)})))"
)
_KEN_SIGMA = (r"\sigma(x)=\frac{1}{1+e^{-x}}",)
_KEN_LOG_WHY = (
    "the notes' cross-entropy, −(1/m)Σ[y ln σ + (1 − y) ln(1 − σ)] ('ln' written as a bare word); x⁽ⁱ⁾ is row i "
    "of the design matrix (Data.X)"
)
_KEN_VEC_WHY = _KEN_LOG_WHY + "; in the vector form x₀⁽ⁱ⁾ = 1 sits inside x⁽ⁱ⁾, so σ(θᵀx⁽ⁱ⁾) is σ(Data.X @ theta)"
_KEN_COMP_WHY = (
    _KEN_LOG_WHY + "; in the component form θ₀ stands beside θ₁x₁⁽ⁱ⁾ + … + θₙxₙ⁽ⁱ⁾, so the argument is "
    "Data.theta0 + Data.X @ theta, and the items' θ_j are j ≥ 1"
)
_KEN_LIN_J = r"J(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2"
_KEN_RIDGE_J = (
    r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2+\frac{\lambda}{2}\sum_{j=1}^{n}"
    r"\theta_j^2"
)
_KEN_LIN_WHY = (
    "h_θ is not defined in the notes' formula (its example is y = θ₁x₁ + … + θ₄x₄ + θ₀, with θ₀ on a constant "
    "feature): read as the linear model θᵀx, Data.X @ theta; x^i is example i (a row of Data.X), y^i its target"
)
_KEN_RIDGE_WHY = (
    _KEN_LIN_WHY + "; the penalty (λ/2)Σ_{j=1}^{n}θ_j² runs over θ₁…θₙ ('θ₀不需要正则优化'), which are all of "
    "Data.theta"
)
_PRUCE_H = (r"h_\theta(x) = \theta_0 + \theta_1x_1 + \cdots + \theta_nx_n",)
_PRUCE_LIN_J = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^2"
_PRUCE_WHY = (
    "the let is the last member of the notes' chain 'h_\\theta(x) = \\theta^TX = \\sum_{i=0}^{n}\\theta_ix_i = "
    "\\theta_0 + …'; h(x⁽ⁱ⁾) in J is that h_θ: Data.theta0 + Data.X @ theta"
)
_CARLOS_WHY = (
    "Octave: rows(y) is the number of examples m, r'*r the sum of squared residuals; X is the design matrix "
    "(Data.X), theta the weight column"
)
_ODML_COST = r"\mathcal{L}(\hat{\theta}) = \frac{1}{m}\lVert y-X\hat{\theta} \rVert_2^2"
_ODML_WHY = (
    "θ̂ is the weight vector (Data.theta), X the m × n design matrix, ‖·‖₂² the squared Euclidean norm: "
    "(1/m)Σ(yᵢ − xᵢᵀθ̂)²"
)
_AAI_COST = "np.mean((y_pred - y)**2)"
_AAI_LETS = ("y_pred = np.dot(X, self.weights) + self.bias",)
_AAI_WHY = (
    "the class gives no loss; graded against the mean squared error the issue holds the code to (its title: the "
    "2 of d/dŷ (ŷ − y)² is missing); X is the n_samples × n_features design matrix (Data.X), self.weights the "
    "weights (drawn as Data.w), self.bias the bias (Data.b)"
)
_KALEKO_LETS = (
    "left_hand = (term1 - term2) / m",
    "right_hand = mytheta.T.dot( mytheta ) * mylambda / (2*m)",
    "term1 = np.log( myh ).dot( -myy.T )",
    "term2 = np.log( 1.0 - myh ).dot( 1 - myy.T )",
    "myh = h(mytheta,myX)",
    "h(mytheta,myX) = expit(np.dot(myX,mytheta))",
    "m = myX.shape[0]",
)
_KALEKO_GRAD_LETS = (
    "beta = h(mytheta,myX)-myy.T",
    "regterm = mytheta[1:]*(mylambda/m)",
    *_KALEKO_LETS,
)
_KALEKO_WHY = (
    "computeCost returns left_hand + right_hand; myX is the design matrix with its ones column (Data.X), mytheta "
    "the weights (drawn as Data.w), myy the 0/1 labels (1-D in buildTheta, so .T changes nothing), mylambda the λ; "
    "expit is the sigmoid. As written, right_hand = λ/(2m)θᵀθ penalises every entry, mytheta[0] included (the "
    "issue: 'the first element of theta … should not be included')"
)
_CLOUDX_COST = "np.mean((xi.dot(theta) - yi)**2)"
_CLOUDX_LETS = ("minibatch_size = len(xi)",)
_CLOUDX_WHY = (
    "graded against the mean squared error of the mini-batch (the chapter's MSE, Géron's Equation 4-3), whose "
    "gradient the step approximates; xi = X_b_shuffled[i:i+minibatch_size] is the batch's design matrix (Data.X), "
    "yi its targets, theta the weights; the let says what the slice makes minibatch_size (its number of rows)"
)
_PT_COST = r"\frac{1}{n}\sum_{i=1}^n(b+wx_i-y_i)^2"
_PT_WHY = (
    "graded against the notes' MSE of the one-feature line, (1/n)Σ(b + wxᵢ − yᵢ)² (the last line of its "
    "'\\text{MSE}&=' chain); x_i, x_train are the one feature (Data.x), w the slope, b the intercept"
)
_PT_CODE_LETS = ("error = (yhat - y_train)", "yhat = b + w * x_train")

COSTS: list[Cost] = [
    # ============================================================ notes
    Cost(
        id="f64-ken-logistic-J-vector-form",
        source=KEN_LOG + ", the red '于是可得它的损失函数' formula)",
        text=_KEN_J_VEC,
        intended=_ce_mean_theta,
        wrt=("theta_j",),
        lets=_KEN_SIGMA,
        why=_KEN_VEC_WHY + "; f(θ) is the log-likelihood the notes define just before, and the chain's last member "
        "is what J is",
    ),
    Cost(
        id="f64-ken-logistic-loglik-simplified",
        source=KEN_LOG + ", '如果想要化简它，就是：', the last member of the chain)",
        text=r"\sum_{i=1}^{m}(y^{(i)}(\vec\theta)^T\cdot\vec{x^{(i)}}-ln(1+e^{(\vec{\theta})^T\cdot\vec{x^{(i)}}}))",
        intended=_loglik_sum_theta,
        wrt=("theta_j",),
        why="the log-likelihood f(θ) = ln L(θ) after simplifying, Σ[yᵢθᵀxᵢ − ln(1 + e^{θᵀxᵢ})] (a function to "
        "maximise, no minus, no 1/m); x⁽ⁱ⁾ is row i of the design matrix (Data.X), x₀⁽ⁱ⁾ = 1 inside it",
    ),
    Cost(
        id="f64-ken-logistic-J-component-form",
        source=KEN_LOG + ", '也可以写成')",
        text=_KEN_J_COMP,
        intended=_ce_mean_theta0,
        wrt=("theta_j",),
        lets=_KEN_SIGMA,
        why=_KEN_COMP_WHY,
    ),
    Cost(
        id="f64-ken-linear-J",
        source=KEN_LIN + ", '#### 目标损失函数：')",
        text=_KEN_LIN_J,
        intended=_half_mean_sq_theta,
        wrt=("theta_j",),
        why=_KEN_LIN_WHY,
    ),
    Cost(
        id="f64-ken-ridge-J",
        source=KEN_LIN + ", the ridge section '岭回归（Ridge Regression）', '于是，目标损失函数就变成：')",
        text=_KEN_RIDGE_J,
        intended=_ridge_half_lam,
        wrt=("theta_j",),
        why=_KEN_RIDGE_WHY,
    ),
    Cost(
        id="f64-ken-lasso-J-abs",
        source=KEN_LIN + ", the lasso section, '于是，目标损失函数就变成：')",
        text=r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2+\lambda\sum_{j=1}^{n}"
        r"\left|\theta_j\right|",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="the lasso penalty λΣ|θ_j| is not differentiable where a θ_j is 0 (the notes themselves go on to a "
        "case split and coordinate descent)",
    ),
    Cost(
        id="f64-pruce-logistic-J-sum-missing",
        source=PRUCE_LOG + ")",
        text=r"J(\theta)=\frac{1}{m}(-y^{(i)}log(h_\theta(x^{(i)})) - (1-y^{(i)})log(1-h_\theta(x^{(i)})))",
        intended=None,
        wrt=("theta_j",),
        expect="refuse",
        why="the Σ over i is missing: the example index (i) is left free while the 1/m still averages, so the line "
        "names no single function of θ (the writer surely means the mean cross-entropy, but the text does not say "
        "it)",
    ),
    Cost(
        id="f64-pruce-linear-J",
        source=PRUCE_LIN + ", '### 二、代价函数 - 平方误差函数')",
        text=_PRUCE_LIN_J,
        intended=_half_mean_sq_theta0,
        wrt=("theta_j",),
        lets=_PRUCE_H,
        why=_PRUCE_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f64-carlos-logreg-loss-squared-sigmoid",
        source=CARLOS + "logreg_loss.m (EL5857 Aprendizaje Automático, Tarea 3, function err=logreg_loss)",
        text="err=1/rows(y)*(r'*r); # OLS",
        intended=_sigmoid_sq_mean,
        wrt=("theta_j",),
        lets=("r=y-logreg_hyp(theta,X)", "logreg_hyp(theta,X) = 1 ./ (1 + exp(-(X*theta)))"),
        why=_CARLOS_WHY + "; the 'logistic' loss here is the mean squared error of the sigmoid hypothesis, "
        "(1/m)Σ(yᵢ − σ(xᵢᵀθ))² (logreg_hyp.m's h = 1 ./ (1 + exp(-(X*theta))) given as a let)",
    ),
    Cost(
        id="f64-carlos-linreg-loss-half-ols",
        source=CARLOS + "linreg_main.m (the testbench's function err=linreg_loss)",
        text="err=0.5*(r'*r); # OLS",
        intended=_half_sq_sum,
        wrt=("theta_j",),
        lets=("r=y-linreg_hyp(theta,X)", "linreg_hyp(theta,X) = X*theta"),
        why=_CARLOS_WHY + " (linreg_hyp is h=X*theta): ½Σ(yᵢ − xᵢᵀθ)², no 1/m",
    ),
    # ============================================================ Q&A
    Cost(
        id="f64-kaleko-ex3-computecost-penalises-theta0",
        source=KALEKO + ", def computeCost)",
        text="left_hand + right_hand",
        intended=_kaleko_reg_all,
        wrt=("mytheta_j",),
        lets=_KALEKO_LETS,
        why=_KALEKO_WHY + ": the mean cross-entropy plus λ/(2m)Σ_k θ_k² over all k",
    ),
    Cost(
        id="f64-odml-97-mse-norm",
        source=ODML + ", 'our loss is given by')",
        text=_ODML_COST,
        intended=_mse_theta,
        wrt=("theta_j",),
        why=_ODML_WHY,
    ),
]

_KEN_DJ = r"\frac{\partial J(\theta_0,\theta_1,\theta_2,..,\theta_n)}{\partial\theta_j}="
_KEN_Z = r"\theta_0+\theta_1x_1^{(i)}+...+\theta_nx_n^{(i)}"
_KEN_LIN_GRAD = r"\frac{\partial J(\theta)}{\partial \theta_j}=-\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))x^i_j"
_KEN_RIDGE_GRAD = r"-\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))x^i_j+\lambda\theta_j"
_KEN_L2_GRAD = (
    r"\frac{\partial J(\vec\theta)}{\partial\theta_j}=\frac{1}{m}\sum_{i=1}^{m}(\sigma((\vec\theta)^T\cdot"
    r"\vec{x^{(i)}})-y^{(i)})x_j^{(i)}+\frac{\lambda}{2m}||\vec\theta||_2^2"
)
_KEN_L2_WHY = (
    "graded against Ng's regularized cross-entropy (the 'logistic-l2' preset: the mean cross-entropy plus "
    "λ/(2m)Σ_{j≥1}θ_j², θ₀ unpenalised — the notes: '无论是哪一个正则化，其正则项的j都是从1开始的'); the notes "
    "write the L2 line as 'J(\\vec\\theta)=\\frac{\\partial J(\\vec\\theta)}{\\partial\\theta_j}=…', cost and "
    "gradient run together; the item is the gradient half"
)

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f64-ken-logistic-grad-vector-form",
        source=KEN_LOG + ", the red '将其写成向量的形式就是' formula)",
        text=r"\frac{\partial J(\vec\theta)}{\partial\theta_j}=\frac{1}{m}\sum_{i=1}^{m}(\sigma((\vec\theta)^T\cdot"
        r"\vec{x^{(i)}})-y^{(i)})x_j^{(i)}",
        cost=_KEN_J_VEC,
        verdict="equivalent",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why=_KEN_VEC_WHY,
    ),
    Answer(
        id="f64-ken-logistic-grad-sigma-prime-step",
        source=KEN_LOG + ", the first step of '先求∂J/∂θ_j')",
        text=_KEN_DJ + r"-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}\frac{\sigma^{'}(" + _KEN_Z + r")}{\sigma(" + _KEN_Z
        + r")}x^{(i)}_j+(1-y^{(i)})\frac{-\sigma^{'}(" + _KEN_Z + r")}{1-\sigma(" + _KEN_Z + r")}x_j^{(i)})",
        cost=_KEN_J_COMP,
        verdict="equivalent",
        wrt="theta_j",
        lets=(*_KEN_SIGMA, r"\sigma^{'}(x)=\frac{e^{-x}}{(1+e^{-x})^2}"),
        why="the chain rule before simplifying: σ′/σ = 1 − σ and −σ′/(1 − σ) = −σ, both terms carry x_j⁽ⁱ⁾; σ′ as the "
        "notes define it just before; " + _KEN_COMP_WHY,
    ),
    Answer(
        id="f64-ken-logistic-grad-middle-step-x-dropped",
        source=KEN_LOG + ", the second step of '先求∂J/∂θ_j', between the σ′ form and the final form)",
        text=_KEN_DJ + r"-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}(1-\sigma(" + _KEN_Z + r"))x_j^{(i)}+(1-y^{(i)})(-\sigma("
        + _KEN_Z + r")))",
        cost=_KEN_J_COMP,
        verdict="different",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why="a slip in the middle line: the (1 − y⁽ⁱ⁾)(−σ) term has lost its x_j⁽ⁱ⁾ (the line before and the line "
        "after both have it), so the sum is −(1/m)Σ[y(1 − σ)x_j − (1 − y)σ], not (1/m)Σ(σ − y)x_j; "
        + _KEN_COMP_WHY,
    ),
    Answer(
        id="f64-ken-logistic-grad-component-final",
        source=KEN_LOG + ", the last step of '先求∂J/∂θ_j')",
        text=_KEN_DJ + r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(" + _KEN_Z + r")-y^{(i)})x_j^{(i)}",
        cost=_KEN_J_COMP,
        verdict="equivalent",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why=_KEN_COMP_WHY,
    ),
    Answer(
        id="f64-ken-logistic-l2-grad-adds-half-norm",
        source=KEN_LOG + ", 'L2正则化：')",
        text=_KEN_L2_GRAD,
        cost="logistic-l2",
        verdict="different",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why="the penalty λ/(2m)‖θ‖² is added to the gradient as it stands, a number the same for every j; its "
        "derivative (λ/m)θ_j is what belongs there; " + _KEN_L2_WHY,
    ),
    Answer(
        id="f64-ken-linear-grad",
        source=KEN_LIN + ", '#### 梯度下降公式：')",
        text=_KEN_LIN_GRAD,
        cost=_KEN_LIN_J,
        verdict="equivalent",
        wrt="theta_j",
        why=_KEN_LIN_WHY,
    ),
    Answer(
        id="f64-ken-ridge-grad",
        source=KEN_LIN + ", the ridge section, the bracket in 'θ_j−α(…)' of the first update)",
        text=_KEN_RIDGE_GRAD,
        cost=_KEN_RIDGE_J,
        verdict="equivalent",
        wrt="theta_j",
        why="the bracket the step multiplies by α: ∂J′/∂θ_j for j ≥ 1; " + _KEN_RIDGE_WHY,
    ),
    Answer(
        id="f64-ken-lasso-coordinate-derivative-abs",
        source=KEN_LIN + ", the lasso section '#### 2.固定其他θ_j', the first equality)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_l}=\frac{1}{m}\sum_{i=1}^{m}(\sum_{j=1}^{n}\theta_jx^i_j+"
        r"\theta_0-y^i)x^i_l+\lambda\frac{\partial\left|\theta_l\right|}{\partial\theta_l}",
        cost=r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2+\lambda\sum_{j=1}^{n}"
        r"\left|\theta_j\right|",
        verdict="refuse",
        wrt="theta_l",
        why="the lasso cost and this derivative both hold |θ_l|, not differentiable at 0 (the notes split it into "
        "θ_l > 0, < 0 and = 0 next)",
    ),
    Answer(
        id="f64-pruce-update-x-unindexed",
        source=PRUCE_LIN + ", the third update 'θ_j := θ_j − α …', the term α multiplies)",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})x^{(i)}",
        cost=_PRUCE_LIN_J,
        verdict="equivalent",
        wrt="theta_j",
        lets=_PRUCE_H,
        why="x⁽ⁱ⁾ carries no feature index, so the text is a vector: (1/m)Σ(h(x⁽ⁱ⁾) − y⁽ⁱ⁾)x⁽ⁱ⁾ is the whole gradient "
        "∇J, which a TA compares entry by entry (its entry j is ∂J/∂θ_j); written in the update of one component θ_j "
        "it loses the j, but the text checked is the vector, and that vector is right (corrected after the cold "
        "measurement: the collector marked it 'refuse' as ambiguous; as written it has one meaning, the gradient "
        "vector); " + _PRUCE_WHY,
    ),
    Answer(
        id="f64-odml-97-asker-two-over-m",
        source=ODML + ", 'where the gradient is given by')",
        text=r"\frac{2}{m}\left( X^T (X\hat{\theta} - y) \right)",
        cost=_ODML_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="the asker's gradient of their own loss, with the 2 the maintainers' ½-scaled cost does without; "
        + _ODML_WHY,
    ),
    Answer(
        id="f64-aai-9-dw-with-two",
        source=AAI + ", the asker's fit(), dw =)",
        text="dw = (1/n_samples) * 2*np.dot(X.T, (y_pred-y))",
        cost=_AAI_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_AAI_LETS,
        why="(2/n)Xᵀ(ŷ − y) is the mean squared error's gradient in the weights; " + _AAI_WHY,
    ),
    Answer(
        id="f64-aai-9-dw-repository-line",
        source=AAI + "; the repository's line the issue asks to change, without the 2)",
        text="dw = (1/n_samples) * np.dot(X.T, (y_pred-y))",
        cost=_AAI_COST,
        verdict="different",
        wrt="weights_j",
        lets=_AAI_LETS,
        why="half the MSE's gradient (it would be right for the ½-scaled MSE the code never states); " + _AAI_WHY,
    ),
    Answer(
        id="f64-kaleko-ex3-costgradient-skips-theta0",
        source=KALEKO + ", def costGradient)",
        text="grad = (1./m)*np.dot(myX.T,beta) #shape: (401, 5000)\n    #regularization skips the first element in "
        "theta\n    grad[1:] = grad[1:] + regterm",
        cost="left_hand + right_hand",
        verdict="different",
        wrt="mytheta_j",
        lets=_KALEKO_GRAD_LETS,
        why="the gradient skips θ₀'s penalty while computeCost penalises it, so the first component lacks "
        "(λ/m)θ₀ (fmin_cg is handed a gradient that is not its cost's); " + _KALEKO_WHY,
    ),
    Answer(
        id="f64-cloudxlab-14-minibatch-gradient-before",
        source=CLOUDX + ", the line before the change)",
        text="gradients = 2 * xi.T.dot(xi.dot(theta) - yi)",
        cost=_CLOUDX_COST,
        verdict="different",
        wrt="theta_j",
        lets=_CLOUDX_LETS,
        why="without the 1/minibatch_size this is the summed squared error's gradient, minibatch_size times the "
        "MSE's; " + _CLOUDX_WHY,
    ),
    Answer(
        id="f64-cloudxlab-14-minibatch-gradient-after",
        source=CLOUDX + ", the line after the change)",
        text="gradients = 2/minibatch_size * xi.T.dot(xi.dot(theta) - yi)",
        cost=_CLOUDX_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_CLOUDX_LETS,
        why="(2/m)Xᵀ(Xθ − y) over the batch; " + _CLOUDX_WHY,
    ),
    Answer(
        id="f64-pt-dmse-db-latex",
        source=PTSBS + ", '\\frac{\\partial\\text{MSE}}{\\partial b}&=' the first right-hand side)",
        text=r"\frac{1}{n}\sum_{i=1}^n 2(b+wx_i-y_i)",
        cost=_PT_COST,
        verdict="equivalent",
        wrt="b",
        why=_PT_WHY,
    ),
    Answer(
        id="f64-pt-dmse-dw-latex",
        source=PTSBS + ", '\\frac{\\partial\\text{MSE}}{\\partial w}&=' the second right-hand side)",
        text=r"\frac{2}{n}\sum_{i=1}^n x_i(\hat{y}_i-y_i)",
        cost=_PT_COST,
        verdict="equivalent",
        wrt="w",
        lets=(r"\hat{y}_i=b+wx_i",),
        why="ŷᵢ as the notes' MSE chain equates it ((\\hat{y}_i-y_i)^2 = (b+wx_i-y_i)^2); " + _PT_WHY,
    ),
    Answer(
        id="f64-pt-b-grad-code",
        source=PTSBS + ", '计算梯度：' code block, b_grad =)",
        text="b_grad = 2 * error.mean()",
        cost=_PT_COST,
        verdict="equivalent",
        wrt="b",
        lets=_PT_CODE_LETS,
        why="error is ŷ − y over the training points; " + _PT_WHY,
    ),
    Answer(
        id="f64-pt-w-grad-code",
        source=PTSBS + ", '计算梯度：' code block, w_grad =)",
        text="w_grad = 2 * (x_train * error).mean()",
        cost=_PT_COST,
        verdict="equivalent",
        wrt="w",
        lets=_PT_CODE_LETS,
        why="error is ŷ − y over the training points; " + _PT_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f64-ken-logistic-grad-vector-form-no-m",
        source=KEN_LOG + "; variant: the 1/m dropped)",
        text=r"\frac{\partial J(\vec\theta)}{\partial\theta_j}=\sum_{i=1}^{m}(\sigma((\vec\theta)^T\cdot"
        r"\vec{x^{(i)}})-y^{(i)})x_j^{(i)}",
        cost=_KEN_J_VEC,
        verdict="different",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why="variant: m times the gradient of the mean cross-entropy; " + _KEN_VEC_WHY,
    ),
    Answer(
        id="f64-ken-logistic-l2-grad-lambda-over-m",
        source=KEN_LOG + "; variant: (λ/m)θ_j for (λ/2m)‖θ‖²)",
        text=r"\frac{\partial J(\vec\theta)}{\partial\theta_j}=\frac{1}{m}\sum_{i=1}^{m}(\sigma((\vec\theta)^T\cdot"
        r"\vec{x^{(i)}})-y^{(i)})x_j^{(i)}+\frac{\lambda}{m}\theta_j",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        lets=_KEN_SIGMA,
        why="variant: the penalty differentiated, (λ/m)θ_j for j ≥ 1; " + _KEN_L2_WHY,
    ),
    Answer(
        id="f64-ken-linear-grad-sign-lost",
        source=KEN_LIN + "; variant: the leading minus dropped)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j}=\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))x^i_j",
        cost=_KEN_LIN_J,
        verdict="different",
        wrt="theta_j",
        why="variant: with the residual written y − h the minus sign is needed; this is −∂J/∂θ_j; " + _KEN_LIN_WHY,
    ),
    Answer(
        id="f64-ken-ridge-grad-lambda-over-m",
        source=KEN_LIN + "; variant: λθ_j/m for λθ_j)",
        text=r"-\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))x^i_j+\frac{\lambda}{m}\theta_j",
        cost=_KEN_RIDGE_J,
        verdict="different",
        wrt="theta_j",
        why="variant: the notes' penalty is (λ/2)Σθ_j² with no 1/m, so its derivative is λθ_j; " + _KEN_RIDGE_WHY,
    ),
    Answer(
        id="f64-kaleko-ex3-costgradient-regularises-all",
        source=KALEKO + "; variant: the penalty's gradient added to every entry, θ₀'s too)",
        text="grad = (1./m)*np.dot(myX.T,beta) + mytheta*(mylambda/m)",
        cost="left_hand + right_hand",
        verdict="equivalent",
        wrt="mytheta_j",
        lets=_KALEKO_GRAD_LETS,
        why="variant: with θ₀ penalised in computeCost, (λ/m)θ belongs in every component; " + _KALEKO_WHY,
    ),
    Answer(
        id="f64-odml-97-one-over-m",
        source=ODML + "; variant: 1/m for 2/m, the maintainers' ½-scaled gradient held to the asker's loss)",
        text=r"\frac{1}{m}\left( X^T (X\hat{\theta} - y) \right)",
        cost=_ODML_COST,
        verdict="different",
        wrt="theta_j",
        why="variant: (1/m)Xᵀ(Xθ̂ − y) belongs to (1/(2m))‖y − Xθ̂‖², half of this loss's gradient; " + _ODML_WHY,
    ),
    Answer(
        id="f64-pt-b-grad-code-no-two",
        source=PTSBS + "; variant: the 2 dropped)",
        text="b_grad = error.mean()",
        cost=_PT_COST,
        verdict="different",
        wrt="b",
        lets=_PT_CODE_LETS,
        why="variant: half of ∂MSE/∂b; " + _PT_WHY,
    ),
    Answer(
        id="f64-pt-w-grad-code-x-dropped",
        source=PTSBS + "; variant: x_train dropped)",
        text="w_grad = 2 * error.mean()",
        cost=_PT_COST,
        verdict="different",
        wrt="w",
        lets=_PT_CODE_LETS,
        why="variant: this is ∂MSE/∂b again; ∂MSE/∂w needs the factor xᵢ inside the mean; " + _PT_WHY,
    ),
]
