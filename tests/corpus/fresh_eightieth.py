r"""A fresh held-out wave (f80): Octave solutions to ex2, ex3 and ex5 from one repository (the cross-entropy J with
(h - y)' * X / m, a penalty written (sum(theta .^ 2) - theta(1, 1) ^ 2) * lambda / 2 / m, a reg vector whose first
entry is zeroed, ex5's diff' * diff / 2 / m), a Turkish-named logistic class (computeCost's maliyet and
duzenleme_terimi, computeGradient's gradyan with gradyan[1:] +=), a Czech course's linRegCost.m whose J is written
(1/2 * m) (a half times m in Octave) and whose grad multiplies (1 / 2 * m) by (1/m)*(1/(0.5*m)), a Coursera learner's
Python files (a loop cost with expit, loop gradients, and a regularised dj_dw whose penalty loop runs over i but
indexes j, so only the last weight is penalised, n times), an Italian Markdown summary of the course (J(w, b) in LaTeX,
the logistic partials with G_{w,b}) and an Octave costFunction with Turkish comments (a loop J and a double loop grad).

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers, and a distinctive line of each index file grepped in tests/); 36 of the 45 items come
from sources with an address:

* course solutions and notebooks' code: github.com/alexanderGerbik/ml-coursera-python-assignments (matlab/ex2
  costFunction.m, costFunctionReg.m, matlab/ex3/lrCostFunction.m, matlab/ex5/linearRegCostFunction.m),
  github.com/muriarty1893/HW2 (logreg.py, Turkish names: veri data, etiket label, parametreler parameters, tahminler
  predictions, ornek_sayisi number of examples, maliyet cost, duzenleme_terimi regularisation term, gradyan gradient),
  github.com/topnax/kiv-su (04/linRegCost.m, KIV/SU at the University of West Bohemia), github.com/Dragoner595/MLP
  (Coursera/cost_function_logicalregresion.py, functions_logic_regresion.py, gradient_descent_logistick_regilarize.py,
  gradientdescent.py);
* code and notes without an address: public code index files 45259289269 (Italian Markdown, '**Regressione Lineare e
  Discesa del Gradiente**') and 32950604180 (Octave costFunction.m with Turkish comments, mojibake '?' kept as
  stored).

Names follow the sources: X, veri (the design matrices) are Data.X; y, etiket are Data.y; theta, parametreler are
Data.theta; lambda, regLambda, lambda_ are Data.lam; m, length(y), len(etiket), ornek_sayisi, X.shape[0] are the number
of examples (Data.m). In the Python files with a bias, w is Data.w and b is Data.b; in the one-feature models (w*x[i]+b,
f_{wb}(x^{(i)}), G_{w,b} = 1/(1+e^{-wx-b})) the scalar w is Data.w[0], b is Data.b and x is the one feature Data.x.
Where a source gives no cost for an answer, ``why`` says which cost it is graded against. The real mistakes come first
among the answers, then the real right answers, then the one-slip variants of real answers, marked "variant". Verdicts
were worked out by hand and checked against finite differences of the costs (/tmp/f80/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
_GER = _GH + "alexanderGerbik/ml-coursera-python-assignments/blob/7d28e15b87f2368bceb746b3e82f6ca7cae359ee/matlab/"
GER_EX2 = _GER + "ex2/costFunction.m (Octave, ex2 solution"
GER_EX2R = _GER + "ex2/costFunctionReg.m (Octave, ex2 solution"
GER_EX3 = _GER + "ex3/lrCostFunction.m (Octave, ex3 solution"
GER_EX5 = _GER + "ex5/linearRegCostFunction.m (Octave, ex5 solution"
MUR = _GH + "muriarty1893/HW2/blob/444d45cb046f33984a85df603b7dcf0a68dbe1bb/logreg.py (Python, Turkish names"
TOP = _GH + "topnax/kiv-su/blob/fa5a386620c1c1f6c0bba7ee745f85642bb8f88b/04/linRegCost.m (Octave, course KIV/SU"
_DRG = _GH + "Dragoner595/MLP/blob/"
DRG_COST = _DRG + "04fbe65c3402fd6555c0227ceebeac8de3398b55/Coursera/cost_function_logicalregresion.py (Python"
DRG_FUN = _DRG + "0676c929fc5a0cf55c4411fc020c98f680debad8/Coursera/functions_logic_regresion.py (Python"
DRG_REG = _DRG + "9f1209c51d66f476d86c9e03a35d5092056715cf/Coursera/gradient_descent_logistick_regilarize.py (Python"
DRG_LIN = _DRG + "0ea2a7fda99c204a1ece2ad147fd141162499c79/Coursera/gradientdescent.py (Python"
IDX_IT = "public code index file 45259289269 (Italian Markdown, '**Regressione Lineare e Discesa del Gradiente**'"
IDX_TR = "public code index file 32950604180 (Octave costFunction.m with Turkish comments"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _logistic_theta(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.theta))))


def _reg_logistic_skip_first(d):
    t = d.theta
    return _logistic_theta(d) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_half_mse_skip_first(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _half_m_times_sse(d):
    r = d.X @ d.theta - d.y
    return d.m / 2 * float(r @ r)


def _logistic_mean_wb(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w + d.b))))


def _half_mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


# ------------------------------------------------------------------ texts the items share
# --- alexanderGerbik (Octave)
_GER_LETS = ("m = length(y);", "h = sigmoid(X * theta);")
_GER_J = "J = -(y' * log(h) + (1-y') * log(1-h)) / m;"
_GER_J_WHY = (
    "the mean cross-entropy of h = sigmoid(X * theta) (y' * log(h) the inner product, (1-y') * log(1-h) likewise); "
    "X is Data.X with its ones column, theta Data.theta"
)
_GER_JR = (
    "J = -(y' * log(h) + (1-y') * log(1-h)) / m + (sum(theta .^ 2) - theta(1, 1) ^ 2) * lambda / 2 / m;"
)
_GER_JR_WHY = (
    "the mean cross-entropy of sigmoid(X * theta) plus (λ/2m)Σ_{j≥2}θ_j², written as the sum of all squares minus "
    "theta(1, 1)², so θ_1 (Data.theta[0], the intercept) is unpenalised; X is Data.X, lambda Data.lam"
)
_GER_J3 = "J = -(y' * log(h) + (1-y') * log(1-h)) / m + sum(theta(2:end, :) .^ 2) * lambda / 2 / m;"
_GER_J3_WHY = (
    "ex3's regularised cost: the mean cross-entropy of sigmoid(X * theta) plus (λ/2m)Σθ_j² over theta(2:end, :), "
    "θ_1 (Data.theta[0]) unpenalised; X is Data.X, lambda Data.lam"
)
_GER_GRAD = "grad = ((h - y)' * X / m)';"
_GER_REG = "grad = ((h - y)' * X / m)';\nreg = theta * lambda / m;\nreg(1, 1) = 0;\ngrad = grad + reg;"
_GER_J5 = "J = diff' * diff / 2 / m + th' * th * lambda / 2 / m;"
_GER_J5_LETS = ("m = length(y);", "h = X * theta;", "diff = h - y;", "th = theta(2:end, :);")
_GER_J5_WHY = (
    "ex5's regularised linear cost: diff' * diff / 2 / m is (1/2m)Σ(Xθ − y)², th' * th * lambda / 2 / m is "
    "(λ/2m)Σ_{j≥2}θ_j² (th = theta(2:end, :)), θ_1 (Data.theta[0]) unpenalised; X is Data.X, lambda Data.lam"
)
_GER_G5 = _GER_REG + "\n\ngrad = grad(:);"

# --- muriarty1893 (Python, Turkish names)
_MUR_SIG = ("def sigmoid(self, Z):\n    return 1 / (1 + np.exp(-Z))",)
_MUR_COST = (
    "ornek_sayisi = len(etiket)\n"
    "tahminler = self.sigmoid(veri @ parametreler)\n"
    "maliyet = (-1 / ornek_sayisi) * (etiket.T @ np.log(tahminler) + (1 - etiket).T @ np.log(1 - tahminler))\n"
    "duzenleme_terimi = (regLambda / (2 * ornek_sayisi)) * np.sum(np.square(parametreler[1:]))\n"
    "return maliyet + duzenleme_terimi"
)
_MUR_WHY = (
    "the body of def computeCost(self, parametreler, veri, etiket, regLambda) (dedented): the mean cross-entropy "
    "(maliyet, cost) of sigmoid(veri @ parametreler) plus the regularisation term (duzenleme_terimi) "
    "(λ/2m)Σθ_j² over parametreler[1:], the first (the bias fit adds a ones column for) unpenalised; veri is Data.X, "
    "etiket Data.y, parametreler Data.theta, regLambda Data.lam, ornek_sayisi (number of examples) m"
)
_MUR_LETS = _MUR_SIG + ("ornek_sayisi = len(etiket)", "tahminler = self.sigmoid(veri @ parametreler)")
_MUR_GRAD = (
    "gradyan = (1 / ornek_sayisi) * (veri.T @ (tahminler - etiket))\n"
    "gradyan[1:] += (regLambda / ornek_sayisi) * parametreler[1:]\n"
    "return gradyan"
)

# --- public code index file 32950604180 (Octave, Turkish comments)
_TR_LETS = ("[m, n] = size(X); % number of training examples", "J = 0;", "grad = zeros(size(theta));")
_TR_J = (
    "for i=1:m\n"
    "    J = J + ((1/m)*(-y(i)*log(sigmoid(X(i,:)*theta)) - (1-y(i))*log(1-sigmoid( X(i,:)*theta))));\n"
    "end"
)
_TR_WHY = (
    "ex2's cost as a loop ('%VERILEN PARAMETRE DEGERLER? ?Ç?N COST FUNCTION'I HESAPLAYALIM!', let us compute the cost "
    "function for the given parameter values): the mean cross-entropy of sigmoid(X(i,:)*theta), X(i,:) row i of "
    "Data.X (with its ones column), theta Data.theta"
)
_TR_GRAD = (
    "for j=1:n %Çünkü bu X'e 1 eklenmi?!\n"
    "    for i=1:m\n"
    "        grad(j)= grad(j)+(1/m)*(sigmoid(X(i,:)*theta) - y(i))*X(i,j); % Önce theta0 için, sonra theta1 için, ve "
    "son olarak theta2 için!\n"
    "    end\n"
    "end"
)

# --- public code index file 45259289269 (Italian Markdown)
_IT_J = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^m (f_{wb}(x^{(i)}) - y^{(i)})^2"
_IT_J_WHY = (
    "(A. Funzione di Costo, the cost function) for the linear regression of C. 'Caso specifico con equazione di primo "
    "grado: $y = wx + b$' (the first-degree case), so f_{wb}(x⁽ⁱ⁾) = wx⁽ⁱ⁾ + b; the half-mean squared error, w the "
    "scalar slope (Data.w[0]), b Data.b, x the one feature (Data.x)"
)
_IT_G = (r"G_{w,b}=\frac{1}{1+e^{-wx-b}}",)
_IT_LOGJ = (
    r"J(w,b) = -\frac{1}{m}\sum_{i=1}^m \left[ y^{(i)}\log G_{w,b}(x^{(i)}) + (1-y^{(i)})\log(1 - G_{w,b}(x^{(i)})) "
    r"\right]"
)
_IT_LOG_WHY = (
    "graded against the mean cross-entropy of G_{w,b}(x⁽ⁱ⁾) = 1/(1+e^{−wx⁽ⁱ⁾−b}), the cost the notes' partials come "
    "from (they list the derivatives of log G and log(1 − G), 'Derivate del logaritmo di G(x)'; the notes' own "
    "logistic 'Funzione di Costo' line lost its logs and square and is not used); w is the scalar weight "
    "(Data.w[0]), b Data.b, x the one feature (Data.x)"
)
_IT_DW = r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m}\sum_{i=1}^m (G_{w,b}(x^{(i)}) - y^{(i)}) \cdot x^{(i)}"
_IT_DB = r"\frac{\partial J(w,b)}{\partial b} = \frac{1}{m}\sum_{i=1}^m (G_{w,b}(x^{(i)}) - y^{(i)})"

# --- topnax (Octave, KIV/SU)
_TOP_J = "J = (1/2 * m) * (prediction - y).' * (prediction - y);"
_TOP_LETS = ("m = length(y); % number of training examples", "prediction = linRegPredict(X, theta);")
_TOP_J_WHY = (
    "as Octave reads it: 1/2 * m is (1/2)·m, so J = (m/2)Σ(Xθ − y)², not the intended (1/2m)Σ(Xθ − y)²; "
    "prediction = linRegPredict(X, theta) is the task's hypothesis Xθ (the file's grad line writes X * theta), .' the "
    "transpose; X is Data.X, theta Data.theta"
)
_TOP_GRAD = "grad = (1 / 2 * m) * X' * (X * theta - y) * (1/m)*(1/(0.5*m));"

# --- Dragoner595 (Python)
_DRG_COST = (
    "m = X.shape[0] # 1\n"
    "cost = 0.0     # 1\n"
    "\n"
    "for i in range(m):\n"
    "    z_i = np.dot(X[i],w)+b #2.1\n"
    "    f_wb_i= expit(z_i)     #2.2\n"
    "    cost += -y[i]*np.log(f_wb_i)-(1-y[i])*np.log(1-f_wb_i)\n"
    "\n"
    "cost = (1/m)*cost\n"
    "return cost"
)
_DRG_COST_LETS = ("from scipy.special import expit",)
_DRG_COST_WHY = (
    "the body of def compute_cost_logistick(X,y,w,b) (dedented; expit is scipy's logistic function 1/(1+e^{−z})): "
    "the mean cross-entropy of σ(X[i]·w + b), X[i] row i of Data.X, w Data.w, b Data.b"
)
_DRG_SIG = ("def sigmoid(x):\n  return 1 / (1 + math.exp(-x))",)
_DRG_GRAD_HEAD = (
    "m,n=X.shape\n"
    "\n"
    "dj_dw = np.zeros((n,))\n"
    "dj_db = 0.\n"
    "\n"
    "for i in range(m):\n"
    "    f_wb_i= sigmoid(np.dot(X[i],w)+b)   #2.1\n"
    "    err_i=f_wb_i-y[i]                   #2.1\n"
    "    for j in range(n):\n"
    "       dj_dw[j] = dj_dw[j] + err_i * X[i,j]    #2.2 \n"
    "    dj_db = dj_db+err_i                 #2.3\n"
)
_DRG_GRAD_DW = "dj_dw = dj_dw / m                       #3\n"
_DRG_GRAD_TAIL = "dj_db = dj_db / m                       #3\n\nreturn dj_db,dj_dw #index dj_db to return scalat value "
_DRG_GRAD = _DRG_GRAD_HEAD + _DRG_GRAD_DW + _DRG_GRAD_TAIL
_DRG_GRAD_WHY = (
    "the body of def compute_gradient_logistic(X,y,w,b) (dedented; the file's sigmoid is 1/(1 + math.exp(-x))), "
    "graded against the loop cost compute_cost_logistick of the learner's cost file: " + _DRG_COST_WHY
)
_DRG_REG_BODY = (
    "m,n=X.shape\n"
    "dj_dw = np.zeros((n,))\n"
    "dj_db = 0.0\n"
    "\n"
    "for i in range(m):\n"
    "    f_wb_i = sigmoid(np.dot(X[i],w)+b)\n"
    "    err_i = f_wb_i-y[i]\n"
    "    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i*X[i,j]\n"
    "    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw / m\n"
    "dj_db = dj_db / m \n"
    "\n"
)
_DRG_REG_LOOP = (
    "for i in range(n):\n"
    "    dj_dw[j] = dj_dw[j]+(lambda_/m)*w[j] # if forgot check your notebook to see how it decreasing w value \n"
)
_DRG_REG_END = "\nreturn dj_db,dj_dw"
_LAB_JREG = (
    r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} "
    r"\right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) "
    r"\right) \right] + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2"
)
_LAB_LETS = (
    r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x^{(i)}} + b)",
    r"g(z) = \frac{1}{1+e^{-z}}",
)
_DRG_REG_WHY = (
    "the body of def compute_gradient_logistic_reg(X,y,w,b,lambda_) (dedented; the file's sigmoid is "
    "1/(1 + math.exp(-x))), graded against the regularised cost of the course lab the learner follows (the mean "
    "cross-entropy of σ(w·x⁽ⁱ⁾ + b) plus (λ/2m)Σw_j², b unpenalised); X is Data.X, w Data.w, b Data.b, lambda_ Data.lam"
)
_DRG_LIN_COST = (
    "m=x.shape[0]\n"
    "cost=0\n"
    "\n"
    "for i in range(m):\n"
    "    f_wb=w*x[i]+b\n"
    "    cost=cost+(f_wb-y[i])**2\n"
    "    \n"
    "total_cost=1/(2*m)*cost\n"
    "\n"
    "return total_cost"
)
_DRG_LIN_WHY = (
    "the body of def compute_cost(x,y,w,b) (dedented): the half-mean squared error of w*x[i]+b, x the one feature "
    "(Data.x), w the scalar weight (Data.w[0]), b Data.b"
)
_DRG_LIN_GRAD_HEAD = (
    "m=x.shape[0] #this will gave total amount of rows that is m\n"
    "dj_dw=0\n"
    "dj_db=0 #make initial parameter equal to 0 for futute update\n"
    "\n"
    "for i in range(m):\n"
    "    #loop \n"
    "    f_wb=w*x[i]+b #linear regresion formula \n"
)
_DRG_LIN_DW_I = "    dj_dw_i=((f_wb-y[i])*x[i]) # gradient descent for w\n"
_DRG_LIN_DB_I = "    dj_db_i=f_wb-y[i] #gradient decent for b\n"
_DRG_LIN_GRAD_TAIL = (
    "    dj_db+=dj_db_i # sum values of b before updating \n"
    "    dj_dw+=dj_dw_i #sum values of w before updating \n"
    "dj_dw=dj_dw/m \n"
    "dj_db=dj_db/m\n"
    "\n"
    "return dj_dw, dj_db # update value "
)
_DRG_LIN_GRAD = _DRG_LIN_GRAD_HEAD + _DRG_LIN_DW_I + _DRG_LIN_DB_I + _DRG_LIN_GRAD_TAIL

COSTS: list[Cost] = [
    # ============================================================ course solutions and notebooks' code
    Cost(
        id="f80-ger-ex2-costFunction-J",
        source=GER_EX2 + ", J = …)",
        text=_GER_J,
        intended=_logistic_theta,
        lets=_GER_LETS,
        why=_GER_J_WHY,
    ),
    Cost(
        id="f80-ger-ex2-costFunctionReg-J-minus-theta1-squared",
        source=GER_EX2R + ", J = …)",
        text=_GER_JR,
        intended=_reg_logistic_skip_first,
        lets=_GER_LETS,
        why=_GER_JR_WHY,
    ),
    Cost(
        id="f80-ger-ex3-lrCostFunction-J",
        source=GER_EX3 + ", J = …)",
        text=_GER_J3,
        intended=_reg_logistic_skip_first,
        lets=_GER_LETS,
        why=_GER_J3_WHY,
    ),
    Cost(
        id="f80-ger-ex5-linearRegCostFunction-J-diff-th",
        source=GER_EX5 + ", J = …)",
        text=_GER_J5,
        intended=_reg_half_mse_skip_first,
        lets=_GER_J5_LETS,
        why=_GER_J5_WHY,
    ),
    Cost(
        id="f80-mur-turkish-computeCost-maliyet",
        source=MUR + ", the body of def computeCost)",
        text=_MUR_COST,
        intended=_reg_logistic_skip_first,
        wrt=("parametreler_j",),
        lets=_MUR_SIG,
        why=_MUR_WHY,
    ),
    Cost(
        id="f80-top-linRegCost-J-half-times-m",
        source=TOP + ", J = …)",
        text=_TOP_J,
        intended=_half_m_times_sse,
        lets=_TOP_LETS,
        why=_TOP_J_WHY,
    ),
    Cost(
        id="f80-drg-compute-cost-logistick-loop",
        source=DRG_COST + ", the body of def compute_cost_logistick)",
        text=_DRG_COST,
        intended=_logistic_mean_wb,
        wrt=("w_j", "b"),
        lets=_DRG_COST_LETS,
        why=_DRG_COST_WHY,
    ),
    Cost(
        id="f80-drg-compute-cost-one-feature-loop",
        source=DRG_LIN + ", the body of def compute_cost(x,y,w,b))",
        text=_DRG_LIN_COST,
        intended=_half_mse_slope_b,
        wrt=("w", "b"),
        why=_DRG_LIN_WHY,
    ),
    # ============================================================ code and notes without an address
    Cost(
        id="f80-idx45259289269-italian-J-wb",
        source=IDX_IT + ", II. Stima dei Parametri, A. Funzione di Costo: $J(w, b) = …$)",
        text=_IT_J,
        intended=_half_mse_slope_b,
        wrt=("w", "b"),
        why=_IT_J_WHY,
    ),
    Cost(
        id="f80-idx32950604180-turkish-loop-J",
        source=IDX_TR + ", the loop after %VERILEN PARAMETRE DEGERLER? ?Ç?N COST FUNCTION'I HESAPLAYALIM!)",
        text=_TR_J,
        intended=_logistic_theta,
        lets=_TR_LETS,
        why=_TR_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f80-drg-reg-dj-dw-penalty-loop-indexes-j",
        source=DRG_REG + ", the body of def compute_gradient_logistic_reg)",
        text=_DRG_REG_BODY + _DRG_REG_LOOP + _DRG_REG_END,
        cost=_LAB_JREG,
        verdict="different",
        wrt="w_j",
        lets=_DRG_SIG + _LAB_LETS,
        why="the data part Xᵀ(σ(Xw + b) − y)/m is right, but the penalty loop runs over i while its body indexes j, "
        "left at n − 1 by the data loop: (λ/m)w_{n−1} is added n times to the last entry and no other w_j is "
        "penalised, where every entry needs (λ/m)w_j once; " + _DRG_REG_WHY,
    ),
    Answer(
        id="f80-top-grad-against-J-as-written",
        source=TOP + ", grad = …)",
        text=_TOP_GRAD,
        cost=_TOP_J,
        verdict="different",
        lets=_TOP_LETS,
        why="(1 / 2 * m)·(1/m)·(1/(0.5*m)) is (m/2)(1/m)(2/m) = 1/m, so grad is Xᵀ(Xθ − y)/m, while the J the file "
        "computes, (m/2)Σ(Xθ − y)², has the gradient m·Xᵀ(Xθ − y) (the two slips in J and grad do not match); "
        + _TOP_J_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f80-ger-ex2-grad",
        source=GER_EX2 + ", grad = …)",
        text=_GER_GRAD,
        cost=_GER_J,
        verdict="equivalent",
        lets=_GER_LETS,
        why="((h − y)ᵀX/m)ᵀ = Xᵀ(σ(Xθ) − y)/m, the transpose making it a column; " + _GER_J_WHY,
    ),
    Answer(
        id="f80-ger-ex2-reg-grad-reg-first-zeroed",
        source=GER_EX2R + ", grad = …; reg = …; reg(1, 1) = 0; grad = grad + reg)",
        text=_GER_REG,
        cost=_GER_JR,
        verdict="equivalent",
        lets=_GER_LETS,
        why="Xᵀ(σ(Xθ) − y)/m plus (λ/m)θ with its first entry zeroed, so θ_1 gets no penalty term; " + _GER_JR_WHY,
    ),
    Answer(
        id="f80-ger-ex3-lr-grad-reg-first-zeroed",
        source=GER_EX3 + ", grad = …; reg = …; reg(1, 1) = 0; grad = grad + reg)",
        text=_GER_REG,
        cost=_GER_J3,
        verdict="equivalent",
        lets=_GER_LETS,
        why="Xᵀ(σ(Xθ) − y)/m + (λ/m)θ_j for j ≥ 2, reg(1, 1) = 0 keeping θ_1's entry unpenalised; " + _GER_J3_WHY,
    ),
    Answer(
        id="f80-ger-ex5-grad-reg-first-zeroed",
        source=GER_EX5 + ", grad = …; reg = …; reg(1, 1) = 0; grad = grad + reg; grad = grad(:))",
        text=_GER_G5,
        cost=_GER_J5,
        verdict="equivalent",
        lets=_GER_J5_LETS,
        why="((h − y)ᵀX/m)ᵀ = Xᵀ(Xθ − y)/m plus (λ/m)θ with the first entry zeroed; grad(:) only makes it a column; "
        + _GER_J5_WHY,
    ),
    Answer(
        id="f80-mur-turkish-computeGradient-gradyan",
        source=MUR + ", the body of def computeGradient)",
        text="ornek_sayisi = len(etiket)\ntahminler = self.sigmoid(veri @ parametreler)\n" + _MUR_GRAD,
        cost=_MUR_COST,
        verdict="equivalent",
        wrt="parametreler_j",
        lets=_MUR_SIG,
        why="(1/m)Xᵀ(σ(Xθ) − y), then (λ/m)θ_j added to entries 1… only (gradyan[1:] +=), matching the penalty over "
        "parametreler[1:]; " + _MUR_WHY,
    ),
    Answer(
        id="f80-top-grad-against-half-mse",
        source=TOP + ", grad = …)",
        text=_TOP_GRAD,
        cost="linear",
        verdict="equivalent",
        lets=_TOP_LETS,
        why="graded against the cost the task intends, the half-mean squared error (1/2m)Σ(Xθ − y)² of the linear "
        "model (the file's J slipped to (m/2)Σ…, see the other item): (1 / 2 * m)·(1/m)·(1/(0.5*m)) = "
        "(m/2)(1/m)(2/m) = 1/m, so grad = Xᵀ(Xθ − y)/m, the right gradient reached through two compensating factors; "
        "X is Data.X, theta Data.theta",
    ),
    Answer(
        id="f80-drg-compute-gradient-logistic-dj-dw",
        source=DRG_FUN + ", the body of def compute_gradient_logistic)",
        text=_DRG_GRAD,
        cost=_DRG_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_DRG_SIG + _DRG_COST_LETS,
        why="Σ_i(σ(X[i]·w + b) − y_i)X[i,j]/m, dj_dw after its / m; " + _DRG_GRAD_WHY,
    ),
    Answer(
        id="f80-drg-compute-gradient-logistic-dj-db",
        source=DRG_FUN + ", the body of def compute_gradient_logistic)",
        text=_DRG_GRAD,
        cost=_DRG_COST,
        verdict="equivalent",
        wrt="b",
        lets=_DRG_SIG + _DRG_COST_LETS,
        why="Σ_i(σ(X[i]·w + b) − y_i)/m, dj_db after its / m; " + _DRG_GRAD_WHY,
    ),
    Answer(
        id="f80-drg-reg-dj-db",
        source=DRG_REG + ", the body of def compute_gradient_logistic_reg)",
        text=_DRG_REG_BODY + _DRG_REG_LOOP + _DRG_REG_END,
        cost=_LAB_JREG,
        verdict="equivalent",
        wrt="b",
        lets=_DRG_SIG + _LAB_LETS,
        why="dj_db is Σ(σ(X[i]·w + b) − y_i)/m; the penalty has no b and the faulty penalty loop only touches dj_dw; "
        + _DRG_REG_WHY,
    ),
    Answer(
        id="f80-drg-compute-gradient-one-feature-dj-dw",
        source=DRG_LIN + ", the body of def compute_gradient(x,y,w,b))",
        text=_DRG_LIN_GRAD,
        cost=_DRG_LIN_COST,
        verdict="equivalent",
        wrt="w",
        why="Σ(wx_i + b − y_i)x_i/m, dj_dw after dj_dw/m; " + _DRG_LIN_WHY,
    ),
    Answer(
        id="f80-drg-compute-gradient-one-feature-dj-db",
        source=DRG_LIN + ", the body of def compute_gradient(x,y,w,b))",
        text=_DRG_LIN_GRAD,
        cost=_DRG_LIN_COST,
        verdict="equivalent",
        wrt="b",
        why="Σ(wx_i + b − y_i)/m, dj_db after dj_db/m; " + _DRG_LIN_WHY,
    ),
    Answer(
        id="f80-idx45259289269-italian-dJ-dw-logistic",
        source=IDX_IT + ", II. Calcolo delle Derivate, A. Derivata rispetto a w)",
        text=_IT_DW,
        cost=_IT_LOGJ,
        verdict="equivalent",
        wrt="w",
        lets=_IT_G,
        why="(1/m)Σ(G(x⁽ⁱ⁾) − y⁽ⁱ⁾)·x⁽ⁱ⁾ (Derivata rispetto a w, the derivative with respect to w); " + _IT_LOG_WHY,
    ),
    Answer(
        id="f80-idx45259289269-italian-dJ-db-logistic",
        source=IDX_IT + ", II. Calcolo delle Derivate, B. Derivata rispetto a b)",
        text=_IT_DB,
        cost=_IT_LOGJ,
        verdict="equivalent",
        wrt="b",
        lets=_IT_G,
        why="(1/m)Σ(G(x⁽ⁱ⁾) − y⁽ⁱ⁾) (Derivata rispetto a b); " + _IT_LOG_WHY,
    ),
    Answer(
        id="f80-idx32950604180-turkish-double-loop-grad",
        source=IDX_TR + ", the double loop after %VER?LEN PARAMETRE DE?ERLER? ?Ç?N GRADIENTS'I HESAPLAYALIM!)",
        text=_TR_GRAD,
        cost=_TR_J,
        verdict="equivalent",
        lets=_TR_LETS,
        why="grad(j) = Σ_i(1/m)(σ(X(i,:)θ) − y_i)X(i,j) for every j (Çünkü bu X'e 1 eklenmi?: because a 1 was added "
        "to this X; Önce theta0 için…: first for theta0, then theta1, finally theta2), the comments' %s kept as "
        "written; " + _TR_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f80-ger-ex2-grad-sign-flipped",
        source=GER_EX2 + "; variant: (h - y) written (y - h))",
        text="grad = ((y - h)' * X / m)';",
        cost=_GER_J,
        verdict="different",
        lets=_GER_LETS,
        why="variant: Xᵀ(y − σ(Xθ))/m is the gradient of the log-likelihood, the negative of the cost's; "
        + _GER_J_WHY,
    ),
    Answer(
        id="f80-ger-ex2-grad-sum-form",
        source=GER_EX2 + "; variant: the same gradient written with sum and .*)",
        text="grad = sum((h - y) .* X)' / m;",
        cost=_GER_J,
        verdict="equivalent",
        lets=_GER_LETS,
        why="variant, rewritten: (h − y) .* X scales row i of X by h_i − y_i (broadcast), sum adds the rows, ' makes "
        "a column: Σ_i(h_i − y_i)x⁽ⁱ⁾/m = Xᵀ(h − y)/m; " + _GER_J_WHY,
    ),
    Answer(
        id="f80-ger-ex2-reg-grad-intercept-penalised",
        source=GER_EX2R + "; variant: reg(1, 1) = 0; left out)",
        text="grad = ((h - y)' * X / m)';\nreg = theta * lambda / m;\ngrad = grad + reg;",
        cost=_GER_JR,
        verdict="different",
        lets=_GER_LETS,
        why="variant: without reg(1, 1) = 0 the first entry gets (λ/m)θ_1 though J subtracts theta(1, 1)² from the "
        "penalty; " + _GER_JR_WHY,
    ),
    Answer(
        id="f80-ger-ex3-lr-grad-lambda-over-2m",
        source=GER_EX3 + "; variant: theta * lambda / m written theta * lambda / 2 / m)",
        text="grad = ((h - y)' * X / m)';\nreg = theta * lambda / 2 / m;\nreg(1, 1) = 0;\ngrad = grad + reg;",
        cost=_GER_J3,
        verdict="different",
        lets=_GER_LETS,
        why="variant: the 2 of θ_j² cancels the 2 of λ/2/m, the penalty's partial is (λ/m)θ_j; (λ/2m)θ_j is half "
        "of it; " + _GER_J3_WHY,
    ),
    Answer(
        id="f80-ger-ex5-grad-no-over-m",
        source=GER_EX5 + "; variant: ((h - y)' * X / m)' written ((h - y)' * X)')",
        text="grad = ((h - y)' * X)';\nreg = theta * lambda / m;\nreg(1, 1) = 0;\ngrad = grad + reg;\n\ngrad = grad(:);",
        cost=_GER_J5,
        verdict="different",
        lets=_GER_J5_LETS,
        why="variant: the data term lost its 1/m, m times Xᵀ(Xθ − y)/m, while the penalty keeps λ/m; "
        + _GER_J5_WHY,
    ),
    Answer(
        id="f80-ger-ex5-grad-transpose-first",
        source=GER_EX5 + "; variant: ((h - y)' * X / m)' written X' * (h - y) / m)",
        text="grad = X' * (h - y) / m;\nreg = theta * lambda / m;\nreg(1, 1) = 0;\ngrad = grad + reg;\n\ngrad = grad(:);",
        cost=_GER_J5,
        verdict="equivalent",
        lets=_GER_J5_LETS,
        why="variant, rewritten: ((h − y)ᵀX)ᵀ = Xᵀ(h − y), the same column; " + _GER_J5_WHY,
    ),
    Answer(
        id="f80-mur-turkish-gradyan-all-penalised",
        source=MUR + "; variant: gradyan[1:] += … parametreler[1:] written gradyan += … parametreler)",
        text="ornek_sayisi = len(etiket)\ntahminler = self.sigmoid(veri @ parametreler)\n"
        "gradyan = (1 / ornek_sayisi) * (veri.T @ (tahminler - etiket))\n"
        "gradyan += (regLambda / ornek_sayisi) * parametreler\n"
        "return gradyan",
        cost=_MUR_COST,
        verdict="different",
        wrt="parametreler_j",
        lets=_MUR_SIG,
        why="variant: the first parameter (the bias) gets (λ/m)θ_0 though duzenleme_terimi sums parametreler[1:] "
        "only; " + _MUR_WHY,
    ),
    Answer(
        id="f80-mur-turkish-gradyan-no-over-n",
        source=MUR + "; variant: (1 / ornek_sayisi) * left out of the data term)",
        text="ornek_sayisi = len(etiket)\ntahminler = self.sigmoid(veri @ parametreler)\n"
        "gradyan = (veri.T @ (tahminler - etiket))\n"
        "gradyan[1:] += (regLambda / ornek_sayisi) * parametreler[1:]\n"
        "return gradyan",
        cost=_MUR_COST,
        verdict="different",
        wrt="parametreler_j",
        lets=_MUR_SIG,
        why="variant: maliyet is a mean ((-1 / ornek_sayisi) * …), so its gradient has 1/m; without it the data term "
        "is m times too large; " + _MUR_WHY,
    ),
    Answer(
        id="f80-top-grad-one-over-2m",
        source=TOP + "; variant: the grad line written with the intended (1 / (2 * m)) and no other factor)",
        text="grad = (1 / (2 * m)) * X' * (X * theta - y);",
        cost="linear",
        verdict="different",
        lets=_TOP_LETS,
        why="variant: the ½ of (1/2m)Σ(Xθ − y)² cancels the 2 of the square, the gradient is Xᵀ(Xθ − y)/m; "
        "1/(2m) halves it; graded against the half-mean squared error, X is Data.X, theta Data.theta",
    ),
    Answer(
        id="f80-drg-reg-dj-dw-loop-index-mended",
        source=DRG_REG + "; variant: the penalty loop's for i in range(n) written for j in range(n))",
        text=_DRG_REG_BODY + _DRG_REG_LOOP.replace("for i in range(n):", "for j in range(n):") + _DRG_REG_END,
        cost=_LAB_JREG,
        verdict="equivalent",
        wrt="w_j",
        lets=_DRG_SIG + _LAB_LETS,
        why="variant, the file's slip mended: the loop now adds (λ/m)w_j to every dj_dw[j] once: "
        "Xᵀ(σ(Xw + b) − y)/m + (λ/m)w; " + _DRG_REG_WHY,
    ),
    Answer(
        id="f80-drg-reg-dj-dw-mended-lambda-over-2m",
        source=DRG_REG + "; variant: the loop mended to for j in range(n), and (lambda_/m) written (lambda_/(2*m)))",
        text=_DRG_REG_BODY
        + _DRG_REG_LOOP.replace("for i in range(n):", "for j in range(n):").replace("(lambda_/m)", "(lambda_/(2*m))")
        + _DRG_REG_END,
        cost=_LAB_JREG,
        verdict="different",
        wrt="w_j",
        lets=_DRG_SIG + _LAB_LETS,
        why="variant: the penalty (λ/2m)Σw_j² has the partial (λ/m)w_j; (λ/2m)w_j is half of it; " + _DRG_REG_WHY,
    ),
    Answer(
        id="f80-drg-compute-gradient-logistic-dj-dw-no-over-m",
        source=DRG_FUN + "; variant: the line dj_dw = dj_dw / m left out)",
        text=_DRG_GRAD_HEAD + _DRG_GRAD_TAIL,
        cost=_DRG_COST,
        verdict="different",
        wrt="w_j",
        lets=_DRG_SIG + _DRG_COST_LETS,
        why="variant: dj_dw stays the sum Σ_i(σ − y_i)X[i,j], m times the partial of the mean cost; "
        + _DRG_GRAD_WHY,
    ),
    Answer(
        id="f80-drg-compute-gradient-logistic-dj-db-sign",
        source=DRG_FUN + "; variant: err_i=f_wb_i-y[i] written err_i=y[i]-f_wb_i)",
        text=_DRG_GRAD.replace("err_i=f_wb_i-y[i]  ", "err_i=y[i]-f_wb_i  "),
        cost=_DRG_COST,
        verdict="different",
        wrt="b",
        lets=_DRG_SIG + _DRG_COST_LETS,
        why="variant: with the error y_i − σ the sums change sign, dj_db = Σ(y_i − σ)/m is minus the partial; "
        + _DRG_GRAD_WHY,
    ),
    Answer(
        id="f80-drg-one-feature-dj-dw-lost-x",
        source=DRG_LIN + "; variant: dj_dw_i=((f_wb-y[i])*x[i]) written dj_dw_i=(f_wb-y[i]))",
        text=_DRG_LIN_GRAD.replace("dj_dw_i=((f_wb-y[i])*x[i])", "dj_dw_i=(f_wb-y[i])"),
        cost=_DRG_LIN_COST,
        verdict="different",
        wrt="w",
        why="variant: the chain rule's factor x[i] is lost, dj_dw becomes dj_db, Σ(wx_i + b − y_i)/m; " + _DRG_LIN_WHY,
    ),
    Answer(
        id="f80-drg-one-feature-dj-db-with-x",
        source=DRG_LIN + "; variant: dj_db_i=f_wb-y[i] written dj_db_i=(f_wb-y[i])*x[i])",
        text=_DRG_LIN_GRAD.replace("dj_db_i=f_wb-y[i]", "dj_db_i=(f_wb-y[i])*x[i]"),
        cost=_DRG_LIN_COST,
        verdict="different",
        wrt="b",
        why="variant: ∂(wx_i + b)/∂b is 1, not x_i; this dj_db is the slope's partial; " + _DRG_LIN_WHY,
    ),
    Answer(
        id="f80-idx45259289269-italian-dJ-dw-lost-x",
        source=IDX_IT + "; variant: \\cdot x^{(i)} left out)",
        text=_IT_DW.replace(r" \cdot x^{(i)}", ""),
        cost=_IT_LOGJ,
        verdict="different",
        wrt="w",
        lets=_IT_G,
        why="variant: without the factor x⁽ⁱ⁾ this is ∂J/∂b, not ∂J/∂w; " + _IT_LOG_WHY,
    ),
    Answer(
        id="f80-idx45259289269-italian-dJ-db-sign",
        source=IDX_IT + "; variant: (G_{w,b}(x^{(i)}) - y^{(i)}) written (y^{(i)} - G_{w,b}(x^{(i)})))",
        text=_IT_DB.replace(r"(G_{w,b}(x^{(i)}) - y^{(i)})", r"(y^{(i)} - G_{w,b}(x^{(i)}))"),
        cost=_IT_LOGJ,
        verdict="different",
        wrt="b",
        lets=_IT_G,
        why="variant: (1/m)Σ(y⁽ⁱ⁾ − G) is minus the partial, the gradient of the log-likelihood; " + _IT_LOG_WHY,
    ),
    Answer(
        id="f80-idx32950604180-turkish-grad-lost-xij",
        source=IDX_TR + "; variant: *X(i,j) left out of the inner loop)",
        text=_TR_GRAD.replace(" - y(i))*X(i,j);", " - y(i));"),
        cost=_TR_J,
        verdict="different",
        lets=_TR_LETS,
        why="variant: without X(i,j) every grad(j) is the intercept's partial Σ(σ − y_i)/m; " + _TR_WHY,
    ),
    Answer(
        id="f80-idx32950604180-turkish-grad-over-2m",
        source=IDX_TR + "; variant: (1/m) in the inner loop written (1/(2*m)))",
        text=_TR_GRAD.replace("grad(j)+(1/m)*", "grad(j)+(1/(2*m))*"),
        cost=_TR_J,
        verdict="different",
        lets=_TR_LETS,
        why="variant: J is the mean cross-entropy (1/m, no square), its partials carry 1/m; 1/(2m) halves them; "
        + _TR_WHY,
    ),
]
