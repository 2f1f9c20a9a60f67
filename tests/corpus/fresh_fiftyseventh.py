r"""A fresh held-out wave (f57): the mainstream drawn the way a grader would draw it — GitHub issue and pull-request
threads where someone points at a wrong gradient (the maintainers' replies included), course-lab solutions (Andrew
Ng's ex2/ex5 in Octave and in Julia, CS229 problem set 1's Poisson regression, an EPFL-style ML project, a USC
CSCI567 homework in MATLAB) and from-scratch code and notes (NumPy, R, a Julia package's derivation comments).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from pages, threads and files no other corpus file uses:

* Q&A (issue and pull-request threads): JuliaAI/MLJLinearModels.jl issue #104 'Problem with logistic regression'
  (the derivation comment of src/glr/d_logistic.jl before and after the fix); SingleZombie/DL-Demos pull request #2
  'Fix bug in logistic regression' (the loss and train_step before and after, and the earlier 'fix-loss' commit);
  fengdu78/Coursera-ML-AndrewNg-Notes issues #57 ('grandient函数定义疑问', the asker's proposed gradient) and #82 (the
  notebook's regularized gradient, reported wrong); eriklindernoren/ML-From-Scratch issue #124 (the missing 1/n);
  schneems/Octave issue #12 'Incorrect gradient in ex2' (two ways to write the same regularized gradient);
* code: Peehoo/MachineLearningMatlab's HW2 gradientDescent.m (regularized cross-entropy with an intercept b);
  a CS229 problem-set-1 PoissonRegression.fit (gradient ascent); an R lik_poisson_noise (log-likelihood and grad);
  two Julia ports of Coursera ex1 (computeCost with '/ 2m', and a J(θ) with the sample size 97 written in); two Octave
  ex2 costFunctionReg files and an ex5 linearRegCostFunction; an EPFL-style Python helpers file (ridge loss, MSE
  gradient, a sigmoid-MSE loss with its Jacobian-based gradient, and a MAE branch with abs);
* notes: v1-nce/transfer's machine-learning/Transfer.md (course notes with code: compute_cost_logistic, a
  compute_gradient for a one-feature model, and a garbled cost line).

Names follow the sources: X, X_train, tx, x (CS229) and A (R) are the design matrix Data.X; DL-Demos's X is the
*transposed* design matrix (features × samples, Data.X.T); theta, θ, self.theta, w, W, self.param are the weight
vector, b the intercept Data.b; N (R) and Y_train are the labels Data.y; lambda, λ and lambda_ are Data.lam (in the
R item ``lambda`` is the Poisson mean, defined by its own let). Octave's theta(2:end) skips the first coefficient
theta(1) = Data.theta[0]. Where a source gives no cost for an answer, ``why`` says which cost it is graded against.
About 40% of the answers are wrong; the real mistakes come first, the rest are one-slip variants of real answers,
marked "variant". Verdicts were worked out by hand and checked against finite differences of the costs.
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
MLJ = (
    "https://github.com/JuliaAI/MLJLinearModels.jl/issues/104 ('Problem with logistic regression', closed; the "
    "maintainer's fix is commit 47c0415 'closes #104' to src/glr/d_logistic.jl"
)
MLJ_OLD = MLJ + "; the file's header comment before the fix, at 430a629"
MLJ_NEW = MLJ + "; the file's header comment after the fix"
DLDEMOS = (
    "https://github.com/SingleZombie/DL-Demos/pull/2 ('Fix bug in logistic regression', merged: commit 9d8d5ab "
    "'fix bug', dldemos/LogisticRegression/main.py"
)
DLDEMOS_LOSSFIX = (
    "https://github.com/SingleZombie/DL-Demos (commit 4be5e16 'fix-loss', LogisticRegression/main.py, before the "
    "change: def loss returned np.sum"
)
FENGDU_57 = (
    "https://github.com/fengdu78/Coursera-ML-AndrewNg-Notes/issues/57 ('grandient函数定义疑问', the asker on "
    "1.linear_regreesion_v1.ipynb's def gradient"
)
FENGDU_82 = (
    "https://github.com/fengdu78/Coursera-ML-AndrewNg-Notes/issues/82 ('1. logistic_regression_v1.ipynb', the "
    "reported markdown '# regularized gradient(正则化梯度)'"
)
MLFS = (
    "https://github.com/eriklindernoren/ML-From-Scratch/issues/124 ('Logistic Regression', the line quoted from "
    "class LogisticRegression"
)
SCHNEEMS = (
    "https://github.com/schneems/Octave/issues/12 ('Incorrect gradient in ex2', "
    "mlclass-ex2/costFunctionReg.m"
)
PEEHOO = (
    "https://github.com/Peehoo/MachineLearningMatlab/blob/8224c6e15b4e6c0843282c1650b7cb0420820fc1/MATLAB/HW2/"
    "gradientDescent.m (MATLAB, CSCI567 HW2"
)
CS229_POIS = (
    "public code index file 30154996481 (Python, CS229 PS1 'Problem 3(d): Poisson regression with gradient ascent', "
    "PoissonRegression.fit, '## Batch Descent'; the index does not name its repository"
)
R_POIS = (
    "public code index file 26308897571 (R, '#' Poisson log likelihood … A - (n x m) link matrix', "
    "lik_poisson_noise; the index does not name its repository"
)
JL_EX1 = (
    "public code index file 25323937751 (Julia, '#= Coursera Machine Learning Class / Exercise 1 =#'; the index does "
    "not name its repository"
)
JL_97 = (
    "public code index file 1405739213 (Julia, Coursera ex1 '# part 3: cost and gradient descent', '# define cost "
    "function J'; the index does not name its repository"
)
OCT_SIZ = (
    "public code index file 34678751321 (Octave, ex2 costFunctionReg with z=X*theta and siz= size(z); the index "
    "does not name its repository"
)
OCT_LOOP = (
    "public code index file 10981682701 (Octave, ex2 costFunctionReg with an explicit sigmoid and a gradient loop; "
    "the index does not name its repository"
)
OCT_EX5 = (
    "public code index file 39758184196 (Octave, ex5 linearRegCostFunction with h=X*theta; the index does not name "
    "its repository"
)
EPFL = (
    "public code index file 28293150 (Python helpers of an EPFL-style ML project: compute_mse, compute_ridge_loss, "
    "compute_gradient, compute_sigmoid_gradient, compute_loss; the index does not name its repository"
)
TRANSFER = (
    "https://github.com/v1-nce/transfer/blob/ae7f9ffb24a8f0ba63b5a956d88d494826e1383b/machine-learning/"
    "Transfer.md"
)


# ------------------------------------------------------------------ intended costs (by hand)
def _ll(p, y):
    return y * np.log(p) + (1 - y) * np.log(1 - p)


def _logistic_mean_w_b(d):
    return -float(np.mean(_ll(sig(d.X @ d.w + d.b), d.y)))


def _logistic_sum_w_b(d):
    return -float(np.sum(_ll(sig(d.X @ d.w + d.b), d.y)))


def _peehoo_reg_sum_theta_b(d):
    return -float(np.sum(_ll(sig(d.b + d.X @ d.theta), d.y))) + d.lam * float(d.theta @ d.theta)


def _mlj_half(d):
    return -float(np.sum(np.log(sig(d.y * (d.X @ d.theta))))) + d.lam * float(d.theta @ d.theta) / 2


def _mlj_full(d):
    return -float(np.sum(np.log(sig(d.y * (d.X @ d.theta))))) + d.lam * float(d.theta @ d.theta)


def _pois_loglik_theta(d):
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.exp(z)))


def _half_mean_sq_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _half_sq_97_theta(d):
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * 97)


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ll(sig(d.X @ t), d.y))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_linear_skip_first(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _ridge_half_mse_w(d):
    r = d.y - d.X @ d.w
    return float(r @ r) / (2 * d.m) + d.lam * float(d.w @ d.w)


def _sigmoid_mse_ridge_w(d):
    e = d.y - sig(d.X @ d.w)
    return float(e @ e) / (2 * d.m) + d.lam * float(d.w @ d.w)


# ------------------------------------------------------------------ texts the items share
_MLJ_WHY = (
    "the comment's X is the design matrix (Data.X), θ the coefficients, y the labels (yᵢ ∈ {±1} in the package; "
    "the formula is a function of any y, and the gradient identity −σ(−t) = σ(t) − 1 used below holds for every "
    "y); yXθ is the elementwise product y ⊙ (Xθ), ∑ sums over the examples and |θ|₂² is θᵀθ"
)
_MLJ_COST_NEW = "f(θ)  = -∑logσ(yXθ) + λ|θ|₂²/2"
_MLJ_COST_OLD = "f(θ)  = -∑logσ(yXθ) + λ|θ|₂²"

_DL_LOSS = "np.mean(-(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat)))"
_DL_LOSS_SUM = "np.sum(-(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat)))"
_DL_LETS_NEW = ("y_hat = sigmoid(np.dot(w.T, X) + b)",)
_DL_LETS_OLD = ("y_hat = sigmoid(np.dot(W.T, X) + b)",)
_DL_WHY = (
    "X is features × samples (the transposed design matrix, Data.X.T: generate_data's rows are stacked and "
    "transposed, train_X = np.array(train_X).T), w (W before the fix) an n × 1 column, b the bias, y (Y in "
    "train_step) the labels train_Y; y_hat = predict(w, b, X) is 1 × m"
)
_DL_STEP_LETS_OLD = ("d_Z = A - Y", "A = sigmoid(Z)", "Z = np.dot(W.T, X) + b")
_DL_STEP_LETS_NEW = ("d_Z = A - Y", "A = sigmoid(Z)", "Z = np.dot(w.T, X) + b", "m = X.shape[1]")

_PEEHOO_COST = "- Y_train'*log(Sig) - (1 - Y_train)'*(log(1-Sig)) + lambda*norm(theta,2)^2"
_PEEHOO_LETS = ("Sig = sigmoid(b + X_train*theta)",)
_PEEHOO_WHY = (
    "X_train is the design matrix (Data.X), theta the weight column, b the separate intercept (not penalised), "
    "Y_train the 0/1 labels; the clamps of Sig to [1e-16, 1 − 1e-16] are left out: the summed cross-entropy plus "
    "λ‖θ‖²"
)

_TRANSFER_COST_LOOP = (
    "m = X.shape[0]\n    cost = 0.0\n    for i in range(m):\n        z_i = np.dot(X[i],w) + b\n"
    "        f_wb_i = sigmoid(z_i)\n        cost +=  -y[i]*np.log(f_wb_i) - (1-y[i])*np.log(1-f_wb_i)\n"
    "    cost = cost / m"
)
_TRANSFER_GRAD_LOOP = (
    "for i in range(m):\n        f_wb_i = w * x[i] + b\n        error = f_wb_i - y[i]\n"
    "        dj_dw += error * x[i] >> Tweaks the direction of the slope based on x-value\n"
    "        dj_db += error\n    dj_dw /= m"
)
_TRANSFER_UNI_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
_TRANSFER_UNI_WHY = (
    "the notes give no cost for this compute_gradient (its heading says polynomial, but f_wb_i = w * x[i] + b is "
    "the one-feature line); graded against the course's squared-error cost 1/(2m)Σ(wx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²; x is the one "
    "feature (Data.x), w the scalar slope, dj_dw and dj_db start at 0 and m = x.shape[0]; the '>> Tweaks …' "
    "annotation is the note-taker's, kept as written"
)

_FENGDU_LINEAR_WHY = (
    "graded against the notebook's cost, 1/(2m)Σ(Xθ − y)² (the 'linear' preset); X is the m × n design matrix "
    "(Data.X), theta an n-vector"
)

_MLFS_COST = "-np.mean(y * np.log(y_pred) + (1 - y) * np.log(1 - y_pred))"
_MLFS_LETS = ("y_pred = self.sigmoid(X.dot(self.param))",)
_MLFS_WHY = (
    "the class states no loss; graded against the mean cross-entropy the issue (and PR #126, 'consistent with "
    "standard logistic regression') holds it to; y_pred is fit()'s self.sigmoid(X.dot(self.param)), X the design "
    "matrix (Data.X), self.param the weights"
)

_NG_REG_COST = "J = (1/m)*(-y'* log(h) - (1 - y)'*log(1-h)) + (lambda/(2*m))*theta_reg'*theta_reg;"
_SCHNEEMS_LETS = ("h = sigmoid(X*theta)", "shift_theta = theta(2:size(theta))", "theta_reg = [0;shift_theta]")
_SCHNEEMS_WHY = (
    "the thread quotes only the grad line; graded against the same file's J (and its theta_reg), ex2's "
    "regularized cost with theta(1) unpenalised; X the design matrix (Data.X), m = length(y)"
)

_R_POIS_COST = "sum(N * (llambda) -  lambda)"
_R_POIS_LETS = ("llambda = A%*%theta", "lambda = exp(llambda)")
_R_POIS_WHY = (
    "R's '<-' written as '='; A is the n × m link (design) matrix (Data.X), theta the coefficients, N the Poisson "
    "counts (Data.y); lambda here is the Poisson mean e^{Aθ}, not a penalty: the log-likelihood Σ(N·Aθ − e^{Aθ}) "
    "(log N! dropped), which the function's grad and Hessian belong to"
)

_CS229_COST = "np.sum(y * x.dot(self.theta) - np.exp(x.dot(self.theta)))"
_CS229_WHY = (
    "the file gives no cost; graded against CS229's Poisson log-likelihood ℓ(θ) = Σ(y⁽ⁱ⁾θᵀx⁽ⁱ⁾ − e^{θᵀx⁽ⁱ⁾}) (log y! "
    "dropped), written in the file's names; x is the m × n design matrix (Data.x is not used: x here is Data.X), "
    "self.theta the coefficients, m = x.shape[0]"
)

_JL_COST = "sum((X * θ - y) .^ 2) / 2m"
_JL_WHY = (
    "Julia: '2m' is 2*m and binds tighter than '/', so this is Σ(Xθ − y)²/(2m); X the design matrix (Data.X), "
    "θ the coefficients, m = length(y)"
)

_OCT_SIZ_COST = (
    "J=(1/m)*((-y)'*log(sigmoid(z))-((ones(size(y))-y)'*log(ones(siz)-sigmoid(z)))) + "
    "(lambda/(2*m))*sum(theta(2:end).^2) ;"
)
_OCT_SIZ_LETS = ("z=X*theta", "siz= size(z)", "m = length(y)")
_OCT_SIZ_WHY = (
    "ones(size(y)) and ones(siz) are vectors of ones (z and y are both m × 1); X the design matrix (Data.X), theta "
    "the coefficients with theta(1) = Data.theta[0] unpenalised: the mean cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²"
)
_OCT_EX5_COST = "J = (1/(2*m))*sum((h - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"
_OCT_EX5_LETS = ("h=X*theta",)
_OCT_EX5_WHY = (
    "X the design matrix (Data.X), theta the coefficients with theta(1) = Data.theta[0] unpenalised, "
    "m = length(y): 1/(2m)Σ(Xθ − y)² + λ/(2m)Σ_{k≥2}θ_k²"
)

_EPFL_MSE = "np.dot(e.T,e)[0,0]/ 2 / y.shape[0]"
_EPFL_MSE_LETS = ("e =  y- np.dot(tx,w)",)
_EPFL_RIDGE = "compute_mse(y, tx, w) + lambda_* np.sum(w**2 , axis=0)"
_EPFL_RIDGE_LETS = ("compute_mse(y, tx, w) = np.dot(e.T,e)[0,0]/ 2 / y.shape[0]", "e =  y- np.dot(tx,w)")
_EPFL_SIG_COST = "np.dot(e,e)/ (2*N) + lambda_ * np.dot(w,w)"
_EPFL_SIG_LETS = (
    "e = y - h",
    "h = np.array([calculate_sigmoid(w,tx[i]) for i in range(N)])",
    "calculate_sigmoid(w,tx_ith_point) = 1/(1 + np.exp(-inner_product))",
    "inner_product = np.dot(w,tx_ith_point)",
    "N,D = np.shape(tx)",
)
_EPFL_WHY = (
    "tx is the extended design matrix (Data.X), w the weights (reshaped to a column in compute_mse), y the labels, "
    "lambda_ the λ (Data.lam)"
)

COSTS: list[Cost] = [
    # ============================================================ Q&A: issue and pull-request threads
    Cost(
        id="f57-mlj-d-logistic-f-after-fix",
        source=MLJ_NEW + ", '# ->  f(θ)  =')",
        text=_MLJ_COST_NEW,
        intended=_mlj_half,
        wrt=("theta_j",),
        why=_MLJ_WHY,
    ),
    Cost(
        id="f57-mlj-d-logistic-f-before-fix",
        source=MLJ_OLD + ", '# ->  f(θ)  =')",
        text=_MLJ_COST_OLD,
        intended=_mlj_full,
        wrt=("theta_j",),
        why=_MLJ_WHY + "; before the fix the penalty had no ½",
    ),
    Cost(
        id="f57-dldemos-loss-mean",
        source=DLDEMOS + ", def loss)",
        text=_DL_LOSS,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=_DL_LETS_NEW,
        why=_DL_WHY,
    ),
    Cost(
        id="f57-dldemos-loss-sum-before-fix-loss",
        source=DLDEMOS_LOSSFIX + ", def loss)",
        text=_DL_LOSS_SUM,
        intended=_logistic_sum_w_b,
        wrt=("W_j", "b"),
        lets=_DL_LETS_OLD,
        why=_DL_WHY,
    ),
    # ============================================================ code
    Cost(
        id="f57-peehoo-hw2-reg-cross-entropy",
        source=PEEHOO + ", cost =)",
        text=_PEEHOO_COST,
        intended=_peehoo_reg_sum_theta_b,
        wrt=("theta_j", "b"),
        lets=_PEEHOO_LETS,
        why=_PEEHOO_WHY,
    ),
    Cost(
        id="f57-r-lik-poisson-noise",
        source=R_POIS + ", lik <-)",
        text=_R_POIS_COST,
        intended=_pois_loglik_theta,
        wrt=("theta_j",),
        lets=_R_POIS_LETS,
        why=_R_POIS_WHY,
    ),
    Cost(
        id="f57-julia-ex1-computecost-over-2m",
        source=JL_EX1 + ", function computeCost)",
        text=_JL_COST,
        intended=_half_mean_sq_theta,
        wrt=("θ_j",),
        lets=("m = length(y)",),
        why=_JL_WHY,
    ),
    Cost(
        id="f57-julia-ex1-J-hardcoded-97",
        source=JL_97 + ", J(θ) =)",
        text="J(θ) = 1 / (2 * 97) * sum((X * θ - y) .^ 2)",
        intended=_half_sq_97_theta,
        wrt=("θ_j",),
        why="the data set's m = 97 examples written in as a number: Σ(Xθ − y)²/194, whatever the size of the data; "
        "X the design matrix with a ones column (Data.X), θ the coefficients",
    ),
    Cost(
        id="f57-octave-ex2-costfunctionreg-ones-siz",
        source=OCT_SIZ + ", J=)",
        text=_OCT_SIZ_COST,
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=_OCT_SIZ_LETS,
        why=_OCT_SIZ_WHY,
    ),
    Cost(
        id="f57-octave-ex2-costfunctionreg-explicit-sigmoid",
        source=OCT_LOOP + ", J =)",
        text="J = (1/m)*sum(-y .* log(h) - (1-y) .* log(1-h)) + (lambda/(2*m))*sum(theta(2:end).^2);",
        intended=_reg_logistic_skip_first,
        wrt=("theta_j",),
        lets=("h = 1 ./ (1+exp(-1*(X * theta)))", "m = length(y)"),
        why="X the design matrix (Data.X), theta the coefficients, theta(1) = Data.theta[0] unpenalised: the mean "
        "cross-entropy plus λ/(2m)Σ_{k≥2}θ_k²",
    ),
    Cost(
        id="f57-octave-ex5-linearregcost",
        source=OCT_EX5 + ", J =)",
        text=_OCT_EX5_COST,
        intended=_reg_linear_skip_first,
        wrt=("theta_j",),
        lets=_OCT_EX5_LETS,
        why=_OCT_EX5_WHY,
    ),
    Cost(
        id="f57-epfl-compute-ridge-loss",
        source=EPFL + ", def compute_ridge_loss)",
        text=_EPFL_RIDGE,
        intended=_ridge_half_mse_w,
        wrt=("w_j",),
        lets=_EPFL_RIDGE_LETS,
        why=_EPFL_WHY + ": ‖y − Xw‖²/(2N) + λΣw_k² (the MSE has the ½, the penalty has neither ½ nor 1/N)",
    ),
    Cost(
        id="f57-epfl-compute-loss-sigmoid-mse",
        source=EPFL + ", def compute_loss, the MSE branch)",
        text=_EPFL_SIG_COST,
        intended=_sigmoid_mse_ridge_w,
        wrt=("w_j",),
        lets=_EPFL_SIG_LETS,
        why=_EPFL_WHY + "; h is σ(x_iᵀw) for every row: the squared error of the sigmoid hypothesis, "
        "Σ(y − σ(Xw))²/(2N) + λ‖w‖²",
    ),
    Cost(
        id="f57-epfl-compute-loss-mae-branch",
        source=EPFL + ", def compute_loss, the MAE branch)",
        text="np.sum(np.abs(e))/ (2*N) + lambda_ * np.sum(np.abs(w))",
        intended=None,
        wrt=("w_j",),
        lets=_EPFL_SIG_LETS,
        expect="refuse",
        why="abs: the mean absolute error and an L1 penalty are not differentiable where e_i or w_k is 0",
    ),
    # ============================================================ notes
    Cost(
        id="f57-transfer-compute-cost-logistic-loop",
        source=TRANSFER + " ('Logistic Regression Loss Function:', def compute_cost_logistic)",
        text=_TRANSFER_COST_LOOP,
        intended=_logistic_mean_w_b,
        wrt=("w_j", "b"),
        lets=("sigmoid(z) = 1/(1+np.exp(-z))",),
        why="X[i] is example i (a row of Data.X), w the weight vector, b the bias: the mean cross-entropy",
    ),
    Cost(
        id="f57-transfer-garbled-sum-with-L-equals",
        source=TRANSFER + " ('Logistic Regression Loss Function:', the line under 'L = …')",
        text="-1/m * sum_of_1_to_m(L = -y*log(prediction) - (1-y)*log(1-prediction))",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="an equation 'L = …' stands inside the sum, and with the leading −1/m the two minus signs cancel: the "
        "line cannot be read as the cost it means to be (prediction is never tied to w, b here either)",
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers, right and wrong
    Answer(
        id="f57-mlj-grad-before-fix-penalty-lambda-theta",
        source=MLJ_OLD + ", '# -> ∇f(θ)  =')",
        text="∇f(θ)  = -X'(yσ(-yXθ)) + λθ",
        cost=_MLJ_COST_OLD,
        verdict="different",
        wrt="theta_j",
        why="the data term is right (−Σ yᵢσ(−yᵢxᵢᵀθ)xᵢ), but before the fix the penalty is λ|θ|₂² with no ½, whose "
        "gradient is 2λθ, not λθ (the fix put the ½ into f); " + _MLJ_WHY,
    ),
    Answer(
        id="f57-mlj-grad-after-fix",
        source=MLJ_NEW + ", '# -> ∇f(θ)  =')",
        text="∇f(θ)  =  X'(y(w-1)) + λθ",
        cost=_MLJ_COST_NEW,
        verdict="equivalent",
        wrt="theta_j",
        lets=("w = σ(yXθ)",),
        why="d/dz[−log σ(yz)] = −y(1 − σ(yz)) = y(w − 1), and the ½ makes the penalty's gradient λθ; " + _MLJ_WHY,
    ),
    Answer(
        id="f57-dldemos-dW-mean-before-fix",
        source=DLDEMOS + ", train_step before the fix, d_W =)",
        text="np.mean(X * d_Z, 1, keepdims=True)",
        cost=_DL_LOSS,
        verdict="equivalent",
        wrt="W_j",
        lets=(*_DL_STEP_LETS_OLD, *_DL_LETS_OLD),
        why="X * d_Z scales column i of X (example i) by its error and the mean over axis 1 divides the sum by m: "
        "(1/m)Σ(σ − y)x⁽ⁱ⁾, the mean loss's gradient (the PR rewrote it as np.dot(X, d_Z.T) / m); "
        + _DL_WHY,
    ),
    Answer(
        id="f57-dldemos-db-sum-before-fix",
        source=DLDEMOS + ", train_step before the fix, d_b =)",
        text="np.sum(d_Z)",
        cost=_DL_LOSS,
        verdict="different",
        wrt="b",
        lets=(*_DL_STEP_LETS_OLD, *_DL_LETS_OLD),
        why="the loss is a mean, so ∂/∂b is (1/m)Σ(σ − y); the sum is m times too large (the PR's fix: "
        "np.mean(d_Z)); " + _DL_WHY,
    ),
    Answer(
        id="f57-dldemos-dw-after-fix",
        source=DLDEMOS + ", train_step after the fix, d_w =)",
        text="np.dot(X, d_Z.T) / m",
        cost=_DL_LOSS,
        verdict="equivalent",
        wrt="w_j",
        lets=(*_DL_STEP_LETS_NEW, *_DL_LETS_NEW),
        why="X (n × m) times the error column is Σ(σ − y)x⁽ⁱ⁾; divided by m = X.shape[1]: " + _DL_WHY,
    ),
    Answer(
        id="f57-dldemos-db-after-fix",
        source=DLDEMOS + ", train_step after the fix, d_b =)",
        text="np.mean(d_Z)",
        cost=_DL_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=(*_DL_STEP_LETS_NEW, *_DL_LETS_NEW),
        why=_DL_WHY,
    ),
    Answer(
        id="f57-dldemos-dW-mean-against-summed-loss",
        source=DLDEMOS_LOSSFIX + "; train_step's d_W =, while the loss was still a sum)",
        text="np.mean(X * d_Z, 1, keepdims=True)",
        cost=_DL_LOSS_SUM,
        verdict="different",
        wrt="W_j",
        lets=(*_DL_STEP_LETS_OLD, *_DL_LETS_OLD),
        why="before 'fix-loss' the loss summed over the examples, while d_W already averaged: 1/m times the summed "
        "loss's gradient; " + _DL_WHY,
    ),
    Answer(
        id="f57-dldemos-db-sum-against-summed-loss",
        source=DLDEMOS_LOSSFIX + "; train_step's d_b =, while the loss was still a sum)",
        text="np.sum(d_Z)",
        cost=_DL_LOSS_SUM,
        verdict="equivalent",
        wrt="b",
        lets=(*_DL_STEP_LETS_OLD, *_DL_LETS_OLD),
        why="with the summed loss, ∂/∂b is Σ(σ − y): the sum was right until the loss became a mean; " + _DL_WHY,
    ),
    Answer(
        id="f57-fengdu-57-asker-theta-T-X",
        source=FENGDU_57 + ", '为啥不是 inner = (theta.T @ X -y) @ X ?')",
        text="(theta.T @ X -y) @ X",
        cost="linear",
        verdict="different",
        wrt="theta_j",
        why="the asker's proposal: with X m × n, θᵀX does not conform (n against m rows), and read either way "
        "round the result is not Xᵀ(Xθ − y) (nor is it divided by m); " + _FENGDU_LINEAR_WHY,
    ),
    Answer(
        id="f57-fengdu-57-notebook-gradient",
        source=FENGDU_57 + ", the notebook's def gradient quoted in the question)",
        text="inner / m",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        lets=("inner = X.T @ (X @ theta - y)", "m = X.shape[0]"),
        why=_FENGDU_LINEAR_WHY,
    ),
    Answer(
        id="f57-fengdu-82-reg-gradient-x-dropped",
        source=FENGDU_82 + ")",
        text=r"\frac{\partial J\left( \theta  \right)}{\partial {{\theta }_{j}}}=\left( \frac{1}{m}\sum\limits_{i=1}"
        r"^{m}{\left( {{h}_{\theta }}\left( {{x}^{\left( i \right)}} \right)-{{y}^{\left( i \right)}} \right)} "
        r"\right)+\frac{\lambda }{m}{{\theta }_{j}}\text{ }\text{             for  j}\ge \text{1}",
        cost="logistic-l2",
        verdict="different",
        wrt="theta_j",
        why="the issue's point: the data term has lost its x_j⁽ⁱ⁾ factor, so every θ_j gets the same (1/m)Σ(h − y); "
        "graded against Ng's regularized cost (θ₀ unpenalised; the items' θ_j are j ≥ 1)",
    ),
    Answer(
        id="f57-mlfs-124-missing-one-over-n",
        source=MLFS + ", '-(y - y_pred).dot(X)')",
        text="-(y - y_pred).dot(X)",
        cost=_MLFS_COST,
        verdict="different",
        wrt="param_j",
        lets=_MLFS_LETS,
        why="−(y − ŷ)ᵀX = Xᵀ(ŷ − y) is the summed loss's gradient: n_samples times the mean loss's; " + _MLFS_WHY,
    ),
    Answer(
        id="f57-schneems-12-grad-common-factor",
        source=SCHNEEMS + ", the file's line quoted by the reporter)",
        text="grad = (1/m)*(X'*(h-y)+lambda*theta_reg);",
        cost=_NG_REG_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SCHNEEMS_LETS,
        why="1/m taken out of both terms (FranklinYu's reply: 'He just extracted common factor 1/m'); "
        + _SCHNEEMS_WHY,
    ),
    Answer(
        id="f57-schneems-12-grad-reporters-correction",
        source=SCHNEEMS + ", the reporter's 'Correct:' line)",
        text="grad = 1/m * X' * (h - y) + lambda/m * theta_reg;",
        cost=_NG_REG_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_SCHNEEMS_LETS,
        why="the same gradient as the file's (the reporter withdrew the issue); " + _SCHNEEMS_WHY,
    ),
    Answer(
        id="f57-peehoo-hw2-theta-step",
        source=PEEHOO + ", theta = theta - eta*(…))",
        text="((Sig-Y_train)'*X_train)' + 2*lambda*theta",
        cost=_PEEHOO_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_PEEHOO_LETS,
        why="the bracket the step multiplies by eta: Xᵀ(σ − y) + 2λθ; " + _PEEHOO_WHY,
    ),
    Answer(
        id="f57-peehoo-hw2-b-step",
        source=PEEHOO + ", b = b - eta*(…))",
        text="sum(Sig-Y_train)",
        cost=_PEEHOO_COST,
        verdict="equivalent",
        wrt="b",
        lets=_PEEHOO_LETS,
        why="b is not penalised: ∂/∂b = Σ(σ − y); " + _PEEHOO_WHY,
    ),
    Answer(
        id="f57-r-lik-poisson-noise-grad",
        source=R_POIS + ", grad <-)",
        text="t(A)%*%(N  - lambda)",
        cost=_R_POIS_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_R_POIS_LETS,
        why=_R_POIS_WHY,
    ),
    Answer(
        id="f57-cs229-poisson-batch-ascent-over-m",
        source=CS229_POIS + ", self.theta += self.step_size * …)",
        text="x.T.dot(y - np.exp(x.dot(self.theta))) / m",
        cost=_CS229_COST,
        verdict="different",
        wrt="theta_j",
        why="the ascent direction the step uses is Xᵀ(y − e^{Xθ})/m: 1/m times ∇ℓ (the gradient of the mean "
        "log-likelihood, not of ℓ); " + _CS229_WHY,
    ),
    Answer(
        id="f57-julia-ex1-delJ",
        source=JL_EX1 + ", function delJ)",
        text="(err' * X)' ./ m",
        cost=_JL_COST,
        verdict="equivalent",
        wrt="θ_j",
        lets=("err = X * θ - y", "m = size(X, 1)"),
        why="(errᵀX)ᵀ = Xᵀ(Xθ − y), divided by m; " + _JL_WHY,
    ),
    Answer(
        id="f57-octave-ex2-grad-ones-mask",
        source=OCT_SIZ + ", grad=)",
        text="grad= (1/m)*((sigmoid(z)-y)'*X) + ((lambda/m)*theta .* [0; ones(length(theta)-1, 1)])';",
        cost=_OCT_SIZ_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_OCT_SIZ_LETS,
        why="a row vector: (1/m)(σ − y)ᵀX plus (λ/m)θ with its first entry masked to 0; " + _OCT_SIZ_WHY,
    ),
    Answer(
        id="f57-octave-ex5-grad-then-reg",
        source=OCT_EX5 + ", grad= … grad(2:end)=)",
        text="grad=(1/m)*(X'*(h-y)); %2x1\ngrad_reg=(lambda/m)*(theta(2:end)); %for j=1 to so on \n"
        "grad(2:end)=grad(2:end)+grad_reg; % adding regularization only in bias",
        cost=_OCT_EX5_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=_OCT_EX5_LETS,
        why="the last comment says 'only in bias' but the code adds (λ/m)θ to every entry except the bias's; "
        + _OCT_EX5_WHY,
    ),
    Answer(
        id="f57-epfl-compute-gradient-mse",
        source=EPFL + ", def compute_gradient)",
        text="gradient = np.dot(tx.T,e)\ngradient *= -1/ y.shape[0]",
        cost=_EPFL_MSE,
        verdict="equivalent",
        wrt="w_j",
        lets=_EPFL_MSE_LETS,
        why="−Xᵀ(y − Xw)/N, the gradient of compute_mse (the file's plain MSE, ‖y − Xw‖²/(2N)); " + _EPFL_WHY,
    ),
    Answer(
        id="f57-epfl-compute-sigmoid-gradient",
        source=EPFL + ", def compute_sigmoid_gradient, gradient =)",
        text="- np.matmul(np.transpose(hypothesis_gradient(tx,h)),e)/N + 2 * lambda_ * w",
        cost=_EPFL_SIG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=("hypothesis_gradient(tx,h)[i] = h[i] * (1-h[i]) * tx[i]", *_EPFL_SIG_LETS),
        why="hypothesis_gradient's row i is hᵢ(1 − hᵢ)xᵢ (the Jacobian of h), so the first term is "
        "−(1/N)Σ eᵢhᵢ(1 − hᵢ)xᵢ, the squared error's gradient, and 2λw the penalty's; " + _EPFL_WHY,
    ),
    Answer(
        id="f57-transfer-compute-gradient-dj-dw",
        source=TRANSFER + " ('Polynomial Regression:', def compute_gradient)",
        text=_TRANSFER_GRAD_LOOP,
        cost=_TRANSFER_UNI_COST,
        verdict="equivalent",
        wrt="w",
        lets=("m = x.shape[0]",),
        why=_TRANSFER_UNI_WHY,
    ),
    Answer(
        id="f57-transfer-compute-gradient-dj-db",
        source=TRANSFER + " ('Polynomial Regression:', def compute_gradient)",
        text=_TRANSFER_GRAD_LOOP + "\n    dj_db /= m",
        cost=_TRANSFER_UNI_COST,
        verdict="equivalent",
        wrt="b",
        lets=("m = x.shape[0]",),
        why=_TRANSFER_UNI_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f57-mlj-grad-after-fix-2-lambda",
        source=MLJ_NEW + "; variant: 2λθ for λθ)",
        text="∇f(θ)  =  X'(y(w-1)) + 2λθ",
        cost=_MLJ_COST_NEW,
        verdict="different",
        wrt="theta_j",
        lets=("w = σ(yXθ)",),
        why="variant: with λ|θ|₂²/2 the penalty's gradient is λθ; " + _MLJ_WHY,
    ),
    Answer(
        id="f57-fengdu-82-reg-gradient-x-restored",
        source=FENGDU_82 + "; variant: x_j⁽ⁱ⁾ restored)",
        text=r"\frac{\partial J\left( \theta  \right)}{\partial {{\theta }_{j}}}=\left( \frac{1}{m}\sum\limits_{i=1}"
        r"^{m}{\left( {{h}_{\theta }}\left( {{x}^{\left( i \right)}} \right)-{{y}^{\left( i \right)}} \right)}"
        r"x_{j}^{\left( i \right)} \right)+\frac{\lambda }{m}{{\theta }_{j}}\text{ }\text{             for  j}\ge "
        r"\text{1}",
        cost="logistic-l2",
        verdict="equivalent",
        wrt="theta_j",
        why="variant: the issue's correction, the factor x_j⁽ⁱ⁾ put back; graded against Ng's regularized cost",
    ),
    Answer(
        id="f57-mlfs-124-with-one-over-n",
        source=MLFS + "; variant: divided by len(y), the fix PR #126 proposes)",
        text="-(y - y_pred).dot(X) / len(y)",
        cost=_MLFS_COST,
        verdict="equivalent",
        wrt="param_j",
        lets=_MLFS_LETS,
        why="variant: with the 1/n the issue asks for; " + _MLFS_WHY,
    ),
    Answer(
        id="f57-peehoo-hw2-theta-step-lambda-theta",
        source=PEEHOO + "; variant: lambda*theta for 2*lambda*theta)",
        text="((Sig-Y_train)'*X_train)' + lambda*theta",
        cost=_PEEHOO_COST,
        verdict="different",
        wrt="theta_j",
        lets=_PEEHOO_LETS,
        why="variant: the penalty λ‖θ‖² has no ½, so its gradient is 2λθ; " + _PEEHOO_WHY,
    ),
    Answer(
        id="f57-r-lik-poisson-noise-grad-flipped",
        source=R_POIS + "; variant: lambda - N)",
        text="t(A)%*%(lambda - N)",
        cost=_R_POIS_COST,
        verdict="different",
        wrt="theta_j",
        lets=_R_POIS_LETS,
        why="variant: Aᵀ(e^{Aθ} − N) is the gradient of the negative log-likelihood; the cost here is the "
        "log-likelihood itself; " + _R_POIS_WHY,
    ),
    Answer(
        id="f57-cs229-poisson-batch-ascent-no-m",
        source=CS229_POIS + "; variant: the / m dropped)",
        text="x.T.dot(y - np.exp(x.dot(self.theta)))",
        cost=_CS229_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="variant: Xᵀ(y − e^{Xθ}) is ∇ℓ itself; " + _CS229_WHY,
    ),
    Answer(
        id="f57-julia-ex1-delJ-no-m",
        source=JL_EX1 + "; variant: the ./ m dropped)",
        text="(err' * X)'",
        cost=_JL_COST,
        verdict="different",
        wrt="θ_j",
        lets=("err = X * θ - y",),
        why="variant: m times the gradient of the cost divided by 2m; " + _JL_WHY,
    ),
    Answer(
        id="f57-octave-ex2-grad-mask-dropped",
        source=OCT_SIZ + "; variant: the [0; ones(…)] mask dropped)",
        text="grad= (1/m)*((sigmoid(z)-y)'*X) + ((lambda/m)*theta)';",
        cost=_OCT_SIZ_COST,
        verdict="different",
        wrt="theta_j",
        lets=_OCT_SIZ_LETS,
        why="variant: theta(1) is not in the penalty, so its component gets no (λ/m)θ₁; " + _OCT_SIZ_WHY,
    ),
    Answer(
        id="f57-epfl-compute-sigmoid-gradient-jacobian-dropped",
        source=EPFL + "; variant: tx for hypothesis_gradient(tx,h))",
        text="- np.matmul(np.transpose(tx),e)/N + 2 * lambda_ * w",
        cost=_EPFL_SIG_COST,
        verdict="different",
        wrt="w_j",
        lets=_EPFL_SIG_LETS,
        why="variant: without the hᵢ(1 − hᵢ) rows this is the cross-entropy's gradient, not the sigmoid squared "
        "error's; " + _EPFL_WHY,
    ),
    Answer(
        id="f57-transfer-compute-gradient-dj-dw-no-m",
        source=TRANSFER + "; variant: the dj_dw /= m dropped)",
        text="for i in range(m):\n        f_wb_i = w * x[i] + b\n        error = f_wb_i - y[i]\n"
        "        dj_dw += error * x[i] >> Tweaks the direction of the slope based on x-value\n"
        "        dj_db += error",
        cost=_TRANSFER_UNI_COST,
        verdict="different",
        wrt="w",
        lets=("m = x.shape[0]",),
        why="variant: the sum Σ(wx + b − y)x is m times ∂J/∂w; " + _TRANSFER_UNI_WHY,
    ),
]
