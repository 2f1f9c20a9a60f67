r"""A fresh held-out wave (f79): a French course notebook and its Python file (the half-mean squared error J(β) written
in LaTeX, a regularised logistic compute_cost with a bias b kept out of the penalty, its dj_w and dj_b), a Portuguese
calculus-for-AI course (a J(θ₀, θ₁) with its partials in LaTeX, a calcular_gradientes method, an mse_loss with the
batch dw and db written -(2/m) * np.sum(...)), a Spanish-commented logistic lab (a loop compute_cost, a loop
compute_gradient, the regularised J(w, b) and its ∂J/∂w_j ending in \mbox{para $j=0...(n-1)$}), a stats.stackexchange
question's D_m and D_c, and six public code files: a Chinese-commented class and a pandas class whose gradients of
np.mean((y_pred - y) ** 2) lost the 2 of the square, a Chinese docstring in plain text (L = 1/(2m) * sum(...)), an
np.matrix cost_func_reg whose gradient divides by 2m, an ex5 linearRegCostFunction with a commented-out draft, and a
Spanish-commented one-feature compute_gradient.

Gathered blind (logderiv's code, docs and tests other than items.py unread, logderiv not run while choosing or
working out items) from sources no other corpus file uses (each checked against the list of used sources, URLs,
repositories and index numbers, and a distinctive line of each index file grepped in tests/); 26 of the 45 items come
from sources with an address:

* notebooks and course files: github.com/Amiche02/TitanicPrediction (Cours.ipynb, French, '# Cours de
  mathématiques'; LogisticReg.py), github.com/PedroGuth/curso-calculo-para-ia (Portuguese, módulo 11 'Gradiente
  Descendente 1' and módulo 12 'Gradiente Descendente 2'), github.com/ariel5253/IA-ESP
  (03-machine-learning/03-unidad/evidencia/Actividad03_Regresion_Logistica.ipynb, Spanish, the filled-in lab);
* Q&A: stats.stackexchange.com/questions/482537 (question, 'Mean Square Error and Gradient Descent');
* code without an address: public code index files 1768007812 (Python, Chinese comments), 45526360072 (Python,
  pandas), 51906298432 (Markdown with Python, a Chinese docstring), 23386690347 (Python, np.matrix),
  27563682626 (Octave, ex5) and 47433232160 (Python, Spanish comments).

Names follow the sources: X, x (the matrices of the code) and \mathbf{x}^{(i)} (row i) are Data.X; y, y_true, Y_train
are Data.y; theta, θ are Data.theta; β is Data.beta; w, self.weights are Data.w where they are vectors; b, c,
self.bias are Data.b; lambda, lambda_, lambda_reg, λ are Data.lam; m, n (in the stackexchange code), n_samples,
len(y), x.shape[0] are the number of examples (Data.m). In the one-feature models (θ₀ + θ₁x, w * x + b, m*X_train + c,
X.flatten() * w + b) θ₀, θ₁ are Data.theta0, Data.theta1, the scalar slope w or m is Data.w[0], the intercept b or c is
Data.b and the one feature (x, X, X_train, X.flatten()) is Data.x. Where a source gives no cost for an answer,
``why`` says which cost it is graded against. The real mistakes come first among the answers, then the real right
answers, then the one-slip variants of real answers, marked "variant". Verdicts were worked out by hand and checked
against finite differences of the costs (/tmp/f79/check.py, not committed).
"""

from __future__ import annotations

import numpy as np

from .items import Answer, Cost, sig

# ------------------------------------------------------------------ sources
_GH = "https://github.com/"
_AMI = _GH + "Amiche02/TitanicPrediction/blob/73266bc24a344317b4eb04f03ed3e999c17091fc/"
AMI_COURS = _AMI + "Cours.ipynb (French notebook '# Cours de mathématiques : Régression linéaire, Logistique…', ## Descente de gradient"
AMI_PY = _AMI + "LogisticReg.py (Python"
_PED = _GH + "PedroGuth/curso-calculo-para-ia/blob/0c0a3bc89de0fab7cd0e8e38ffd6d8ea3c073cbd/"
PED_11 = (
    _PED + "modulo-11-gradiente-descendente-1%3A-a-descida-na-direc%CC%A7a%CC%83o-certa---notebook-pra%CC%81tico-sobre-o-"
    "algoritmo-do-gradiente-descendente.-implementac%CC%A7a%CC%83o-do-algoritmo-para-otimizar-uma-func%CC%A7a%CC%83o-de-"
    "custo-simples.-notebook.ipynb (Portuguese notebook 'Gradiente Descendente 1: A Descida na Direção Certa'"
)
PED_12 = (
    _PED + "modulo-12-gradiente-descendente-2%3A-variac%CC%A7o%CC%83es-e-truques---explorando-variac%CC%A7o%CC%83es-como-"
    "stochastic-gradient-descent-%28sgd%29-e-adam%2C-e-a-importa%CC%82ncia-da-taxa-de-aprendizado.-notebook.ipynb "
    "(Portuguese notebook 'Gradiente Descendente 2: Variações e Truques'"
)
ARI = (
    _GH + "ariel5253/IA-ESP/blob/aaa359579a8c5a9e05d61a12208fde1fb6be033d/03-machine-learning/03-unidad/evidencia/"
    "Actividad03_Regresion_Logistica.ipynb (Spanish lab notebook, filled in"
)
SE = "https://stats.stackexchange.com/questions/482537/mean-square-error-and-gradient-descent (question, the asker's code"
IDX_ZH = "public code index file 1768007812 (Python, class LinearRegression with Chinese comments, '# 计算损失函数'"
IDX_PD = "public code index file 45526360072 (Python, class LinearRegression(), fit(self, x: pd.DataFrame, y: pd.Series)"
IDX_DOC = (
    "public code index file 51906298432 (Markdown with Python, '# ==================== 7. 梯度下降 (线性回归版)', "
    "the docstring of def gradient_descent"
)
IDX_MAT = "public code index file 23386690347 (Python, def cost_func_reg(theta, x, y, lambda_reg, return_grad=False)"
IDX_EX5 = "public code index file 27563682626 (Octave, ex5 linearRegCostFunction.m"
IDX_ES = "public code index file 47433232160 (Python, Spanish comments, '# Función de coste: error cuadrático medio'"


# ------------------------------------------------------------------ intended costs (by hand)
def _ce_terms(d, p):
    return d.y * np.log(p) + (1 - d.y) * np.log(1 - p)


def _half_mse_beta(d):
    r = d.X @ d.beta - d.y
    return float(r @ r) / (2 * d.m)


def _logistic_mean_wb(d):
    return -float(np.mean(_ce_terms(d, sig(d.X @ d.w + d.b))))


def _reg_logistic_wb(d):
    return _logistic_mean_wb(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _half_mse_t0t1(d):
    r = d.theta0 + d.theta1 * d.x - d.y
    return float(r @ r) / (2 * d.m)


def _mse_slope_b(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _half_mse_slope_b(d):
    return _mse_slope_b(d) / 2


def _mse_w(d):
    r = d.X @ d.w - d.y
    return float(r @ r) / d.m


def _half_mse_w_b(d):
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _reg_logistic_skip_first(d):
    t = d.theta
    return -float(np.mean(_ce_terms(d, sig(d.X @ t)))) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


def _reg_half_mse_skip_first(d):
    t = d.theta
    r = d.X @ t - d.y
    return float(r @ r) / (2 * d.m) + d.lam / (2 * d.m) * float(t[1:] @ t[1:])


# ------------------------------------------------------------------ texts the items share
# --- Amiche02 (French notebook, Python)
_AMI_J = r"J(\beta) = \frac{1}{2m} \sum_{i=1}^{m} (h_{\beta}(x^{(i)})-y^{(i)})^2"
_AMI_DEFS = (
    "def linearf(x, w, b):\n    z = np.dot(x, w) + b\n    return z",
    "def sigmoid(z):\n    return 1/(1 + np.exp(-z))",
)
_AMI_COST = (
    "m = x.shape[0]\n\nz = linearf(x, w, b)\nf_wb = sigmoid(z)\n\n"
    "cost = -np.sum(y*np.log(f_wb) + (1-y)*np.log(1-f_wb))/m\n\n"
    "regcost = lambda_/(2*m) * np.sum(w**2)\n\ncost += regcost\n\nreturn cost"
)
_AMI_WHY = (
    "the body of def compute_cost(x, y, w, b, lambda_=1) (dedented): the mean cross-entropy of f_wb = σ(xw + b) plus "
    "(λ/2m)Σw_j², the bias b outside the penalty; x is Data.X, w Data.w, b Data.b, lambda_ Data.lam"
)
_AMI_LETS = _AMI_DEFS + ("m = x.shape[0]", "z = linearf(x, w, b)", "f_wb = sigmoid(z)", "dj_z = f_wb - y")
_AMI_DJ = "dj_w = np.dot(x.T, dj_z)/m\ndj_b = np.sum(dj_z)/m\n\ndj_w += lambda_/m * w"

# --- PedroGuth (Portuguese notebooks)
_PED_J = r"J(\theta_0, \theta_1) = \frac{1}{2m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"
_PED_J_WHY = (
    "the half-mean squared error of the line θ₀ + θ₁x⁽ⁱ⁾ (Data.theta0, Data.theta1, the one feature Data.x), "
    "'A Função de Custo: Erro Quadrático Médio (MSE)', expanded from its ŷ form"
)
_PED_YHAT = (r"\hat{y} = \theta_0 + \theta_1 x",)
_PED_CUSTO = "custo = (1/(2*m)) * np.sum((predicoes - y)**2)"
_PED_CUSTO_LETS = ("m = len(X)", "predicoes = theta0 + theta1 * X")
_PED_CUSTO_WHY = (
    "the method funcao_custo(self, X, y, theta0, theta1) ('Calcula o Erro Quadrático Médio (MSE)'), the half-mean "
    "squared error of θ₀ + θ₁X, X the one feature (Data.x), theta0, theta1 Data.theta0, Data.theta1"
)
_PED_GRAD_LETS = _PED_CUSTO_LETS + ("erros = predicoes - y",)
_PED_LOSS = "loss = mse_loss(y, y_pred)"
_PED_LOSS_LETS = (
    'def mse_loss(y_true, y_pred):\n    """Calcula o erro quadrático médio"""\n    return np.mean((y_true - y_pred) ** 2)',
    'def predict(X, w, b):\n    """Faz predição: y = w*x + b"""\n    return X.flatten() * w + b',
    "y_pred = predict(X, w, b)",
)
_PED_LOSS_WHY = (
    "the loss of def gradient_descent_batch: the mean squared error (no ½) of X.flatten() * w + b, the one feature "
    "X.flatten() (Data.x), the scalar weight w (Data.w[0]) and bias b (Data.b)"
)
_PED_BATCH_LETS = _PED_LOSS_LETS[1:] + ("m = len(y)  # número de exemplos",)

# --- ariel5253 (Spanish lab)
_ARI_COST = (
    'loss_sum = 0  # Inicializa la suma de las pérdidas en cero\n'
    'for i in range(m):\n'
    '  z_wb = np.dot(w, X[i]) + b  # Calcula z = w·x + b para el ejemplo i\n'
    '  f_wb = sigmoid(z_wb)        # Calcula la predicción usando la función sigmoide\n'
    '  loss = -y[i] * np.log(f_wb) - (1 - y[i]) * np.log(1 - f_wb)  # Calcula la pérdida para el ejemplo i\n'
    '  loss_sum += loss            # Acumula la pérdida total\n'
    '\n'
    'total_cost = loss_sum / m       # Calcula el costo promedio sobre todos los ejemplos'
)
_ARI_LETS = ("m, n = X.shape", "def sigmoid(z):\n    g = 1 / (1 + np.exp(-z))\n    return g")
_ARI_WHY = (
    "the body of def compute_cost(X, y, w, b, *argv) (dedented, from loss_sum on; the lab's sigmoid is 1/(1 + e^(-z))): "
    "the mean cross-entropy of σ(w·x⁽ⁱ⁾ + b), X[i] row i of Data.X, w Data.w, b Data.b"
)
_ARI_LOOP = (
    'dj_dw = np.zeros(w.shape)  # Inicializa el gradiente respecto a w como un vector de ceros\n'
    'dj_db = 0.  # Inicializa el gradiente respecto a b como cero\n'
    '\n'
    '### INICIA TU CÓDIGO AQUÍ ###\n'
    '\n'
    '# Recorre cada ejemplo de entrenamiento\n'
    'for i in range(m):\n'
    '  # Calcula la predicción con la función sigmoide\n'
    '  z_wb = np.dot(X[i], w) + b  # Producto punto entre las características y los pesos, más el sesgo\n'
    '  f_wb = sigmoid(z_wb)        # Aplica la función sigmoide para obtener la probabilidad\n'
    '  \n'
    '  # Error de predicción\n'
    '  error = f_wb - y[i]         # Calcula la diferencia entre la predicción y el valor real\n'
    '\n'
    '  # Acumula el gradiente con respecto a b (sesgo)\n'
    '  dj_db += error              # Suma el error al gradiente de b\n'
    '\n'
    '  # Acumula el gradiente con respecto a cada peso w[j]\n'
)
_ARI_DW_LINE = "  dj_dw += error * X[i]       # Suma el error ponderado por cada característica al gradiente de w\n"
_ARI_DW_END = "\n# Promedia los gradientes\ndj_dw /= m     # Divide el gradiente acumulado de w entre el número de ejemplos"
_ARI_DB_END = "\ndj_db /= m     # Divide el gradiente acumulado de b entre el número de ejemplos"
_ARI_JREG = (
    r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} "
    r"\right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) "
    r"\right) \right] + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2"
)
_ARI_JREG_LETS = (
    r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = g(\mathbf{w} \cdot \mathbf{x^{(i)}} + b)",
    r"g(z) = \frac{1}{1+e^{-z}}",
)
_ARI_JREG_WHY = (
    "the lab's regularised cost (3.4 Función de costo para regresión logística regularizada): the mean cross-entropy "
    "of g(w·x⁽ⁱ⁾ + b) plus (λ/2m)Σw_j², j = 0…n−1 over the weights only (b is not a w_j); x⁽ⁱ⁾ row i of Data.X"
)
_ARI_DJ = (
    r"\frac{\partial J(\mathbf{w},b)}{\partial w_j} = \left( \frac{1}{m}  \sum_{i=0}^{m-1} (f_{\mathbf{w},b}"
    r"(\mathbf{x}^{(i)}) - y^{(i)}) x_j^{(i)} \right) + \frac{\lambda}{m} w_j  \quad\, \mbox{para $j=0...(n-1)$}"
)

# --- stats.stackexchange 482537
_SE_MSE = "numpy.sum((Y_train-Y_pred)**2)/n"
_SE_LETS = ("n=float(len(X_train)) # n=number of training data, we are converting it to float since we will need to divide n", "Y_pred=m*X_train+c")
_SE_WHY = (
    "the value the asker appends to mse for the model y = mx + c: the mean squared error (no ½) of m*X_train + c, "
    "m the slope (Data.w[0]), c the intercept (Data.b), X_train the one feature (Data.x), n the number of examples"
)

# --- index files
_ZH_COST = "np.mean((y_pred - y) ** 2)"
_ZH_LETS = ("n_samples, n_features = X.shape", "y_pred = X.dot(self.weights)")
_ZH_WHY = (
    "the loss the loop prints ('# 计算损失函数', compute the loss function) for y_pred = X.dot(self.weights): the mean "
    "squared error, no ½; X is Data.X (X_b, with its ones column), self.weights Data.w"
)
_PD_LETS = ("lin_model = np.dot(x, self.weights) + self.bias", "y_pred = lin_model", "m = x.shape[0]", "error = y_pred - y")
_PD_WHY = (
    "graded against the file's def compute_loss(self, y, y_pred): return np.mean((y_pred - y) ** 2), the mean squared "
    "error (no ½) of np.dot(x, self.weights) + self.bias; x is Data.X, self.weights Data.w, self.bias Data.b"
)
_DOC_L = "L = 1/(2m) * sum((y_pred - y)^2)"
_DOC_LETS = ("y_pred = X@w + b",)
_DOC_WHY = (
    "the docstring's plain-text steps (算法原理, the principle of the algorithm: b. 计算损失 compute the loss, c. 计算梯度 "
    "compute the gradient): the half-mean squared error of X@w + b, X^T the transpose; X is Data.X, w Data.w, b Data.b"
)
_MAT_COST = (
    "cost = (-1/m)*(y.T * np.log(hl.sigmoid(x*theta)) + (1-y).T * np.log(1 - hl.sigmoid(x*theta))) + "
    "(lambda_reg/(2*m))*(np.sum(np.power(_theta, 2)))"
)
_MAT_LETS = ("m, n = x.shape", "theta  = theta.reshape((n,1))", "_theta = np.array(theta)", "_theta = _theta[1:]")
_MAT_WHY = (
    "x and y are np.matrix (x*theta is the product Xθ, y.T * np.log(…) the inner product), hl.sigmoid the logistic "
    "function of the file's module hypothesis_logistic; the mean cross-entropy of σ(xθ) plus (λ/2m)Σθ_j² over _theta = "
    "θ[1:], the first coefficient (Data.theta[0]) unpenalised; x is Data.X, lambda_reg Data.lam"
)
_MAT_GRAD = (
    "grad_reg = (1/(2*m)) * (x.T * (hl.sigmoid(x*theta) - y)) + (lambda_reg/m) * theta\n"
    "grad = (1/(2*m)) * (x.T * (hl.sigmoid(x*theta) - y))\ngrad_reg[0] = grad[0]"
)
_EX5_J = "J=(1/(2*m))*sum((h0xi-y).^2)+(lambda/(2*m))*sum(theta(2:rest,:).^2);"
_EX5_LETS = ("m = length(y); % number of training examples", "grad = zeros(size(theta));", "rest=size(grad,1);", "h0xi=X*theta;")
_EX5_WHY = (
    "ex5's regularised linear cost: (1/2m)Σ(Xθ − y)² + (λ/2m)Σθ_j² over theta(2:rest), rest = size(grad,1) the number "
    "of coefficients, so θ_1 (Data.theta[0]) is unpenalised; X the design matrix with its ones column (Data.X)"
)
_ES_COST = "m = len(x)\ny_pred = w * x + b\ncost = (1 / (2 * m)) * np.sum((y_pred - y) ** 2)\nreturn cost"
_ES_LETS = ("m = len(x)", "y_pred = w * x + b")
_ES_WHY = (
    "the body of def compute_cost(x, y, w, b) ('# Función de coste: error cuadrático medio', dedented): the half-mean "
    "squared error of w * x + b, x the one feature (Data.x), w the scalar weight (Data.w[0]), b Data.b"
)

COSTS: list[Cost] = [
    # ============================================================ notebooks and course files
    Cost(
        id="f79-ami-french-J-beta-half-mse",
        source=AMI_COURS + ", La fonction de coût est donnée par : $$J(\\beta) = …$$)",
        text=_AMI_J,
        intended=_half_mse_beta,
        wrt=("beta_j",),
        why="(la fonction de coût: the cost function) h_β(x⁽ⁱ⁾) is the linear regression's prediction for observation "
        "i (la prédiction du modèle pour l'observation i), y = β₀ + β₁x₁ + … + β_nx_n as the notebook sets it, the "
        "intercept folded into row i of Data.X; the half-mean squared error, β = Data.beta",
    ),
    Cost(
        id="f79-ami-logreg-compute-cost-regcost",
        source=AMI_PY + ", the body of def compute_cost)",
        text=_AMI_COST,
        intended=_reg_logistic_wb,
        wrt=("w_j", "b"),
        lets=_AMI_DEFS,
        why=_AMI_WHY,
    ),
    Cost(
        id="f79-ped-portuguese-J-theta0-theta1",
        source=PED_11 + ", ### A Função de Custo: Erro Quadrático Médio (MSE), the second $$J(\\theta_0, \\theta_1) = …$$)",
        text=_PED_J,
        intended=_half_mse_t0t1,
        wrt=("theta_0", "theta_1"),
        why=_PED_J_WHY,
    ),
    Cost(
        id="f79-ped-portuguese-mse-loss-predict",
        source=PED_12 + ", def gradient_descent_batch: loss = mse_loss(y, y_pred))",
        text=_PED_LOSS,
        intended=_mse_slope_b,
        wrt=("w", "b"),
        lets=_PED_LOSS_LETS,
        why=_PED_LOSS_WHY,
    ),
    Cost(
        id="f79-ari-spanish-compute-cost-loop",
        source=ARI + ", def compute_cost, between ### INICIA TU CÓDIGO AQUÍ ### and ### FIN DE TU SOLUCIÓN ###)",
        text=_ARI_COST,
        intended=_logistic_mean_wb,
        wrt=("w_j", "b"),
        lets=_ARI_LETS,
        why=_ARI_WHY,
    ),
    Cost(
        id="f79-ari-spanish-J-reg-latex",
        source=ARI + ", 3.4 Función de costo para regresión logística regularizada, $$J(\\mathbf{w},b) = …$$)",
        text=_ARI_JREG,
        intended=_reg_logistic_wb,
        wrt=("w_j", "b"),
        lets=_ARI_JREG_LETS,
        why=_ARI_JREG_WHY,
    ),
    # ============================================================ Q&A
    Cost(
        id="f79-se482537-mse-append",
        source=SE + ", mse.append(numpy.sum((Y_train-Y_pred)**2)/n))",
        text=_SE_MSE,
        intended=_mse_slope_b,
        wrt=("m", "c"),
        lets=_SE_LETS,
        why=_SE_WHY,
    ),
    # ============================================================ code without an address
    Cost(
        id="f79-idx1768007812-chinese-mean-loss",
        source=IDX_ZH + ", loss += np.mean((y_pred - y) ** 2))",
        text=_ZH_COST,
        intended=_mse_w,
        wrt=("weights_j",),
        lets=_ZH_LETS,
        why=_ZH_WHY,
    ),
    Cost(
        id="f79-idx51906298432-chinese-docstring-L",
        source=IDX_DOC + ", b. 计算损失 L = …)",
        text=_DOC_L,
        intended=_half_mse_w_b,
        wrt=("w_j", "b"),
        lets=_DOC_LETS,
        why="1/(2m) is 1/(2·m), as in the docstring's step c; " + _DOC_WHY,
    ),
    Cost(
        id="f79-idx23386690347-matrix-cost-reg",
        source=IDX_MAT + ", cost = …)",
        text=_MAT_COST,
        intended=_reg_logistic_skip_first,
        lets=_MAT_LETS,
        why=_MAT_WHY,
    ),
    Cost(
        id="f79-idx27563682626-ex5-J-rest",
        source=IDX_EX5 + ", J=…)",
        text=_EX5_J,
        intended=_reg_half_mse_skip_first,
        lets=_EX5_LETS,
        why=_EX5_WHY,
    ),
    Cost(
        id="f79-idx47433232160-spanish-compute-cost",
        source=IDX_ES + ", the body of def compute_cost(x, y, w, b))",
        text=_ES_COST,
        intended=_half_mse_slope_b,
        wrt=("w", "b"),
        why=_ES_WHY,
    ),
]

ANSWERS: list[Answer] = [
    # ============================================================ real answers: mistakes first
    Answer(
        id="f79-idx1768007812-gradient-lost-the-2",
        source=IDX_ZH + ", gradient = (1 / n_samples) * X.T.dot(y_pred - y))",
        text="gradient = (1 / n_samples) * X.T.dot(y_pred - y)",
        cost=_ZH_COST,
        verdict="different",
        wrt="weights_j",
        lets=_ZH_LETS,
        why="the loss is the mean squared error without ½, whose gradient is (2/m)Xᵀ(Xw − y); (1/m)Xᵀ(Xw − y) is half of "
        "it (the gradient of the half-MSE); " + _ZH_WHY,
    ),
    Answer(
        id="f79-idx45526360072-grad-w-lost-the-2",
        source=IDX_PD + ", def compute_gradients: grad_w = np.dot(x.T, error) / m)",
        text="grad_w = np.dot(x.T, error) / m",
        cost=_ZH_COST,
        verdict="different",
        wrt="weights_j",
        lets=_PD_LETS,
        why="xᵀ(ŷ − y)/m is half the gradient of the mean squared error the class reports as its loss (the 2 of the "
        "square is lost); " + _PD_WHY,
    ),
    Answer(
        id="f79-idx45526360072-grad-b-lost-the-2",
        source=IDX_PD + ", def compute_gradients: grad_b = np.mean(error))",
        text="grad_b = np.mean(error)",
        cost=_ZH_COST,
        verdict="different",
        wrt="bias",
        lets=_PD_LETS,
        why="mean(ŷ − y) is half of ∂/∂b of mean((ŷ − y)²), 2·mean(ŷ − y); " + _PD_WHY,
    ),
    Answer(
        id="f79-idx23386690347-grad-over-2m",
        source=IDX_MAT + ", grad_reg = …; grad = …; grad_reg[0] = grad[0])",
        text=_MAT_GRAD,
        cost=_MAT_COST,
        verdict="different",
        lets=_MAT_LETS,
        why="the penalty's part is right ((λ/m)θ_j for j ≥ 1, the first entry taken from the unpenalised grad, a "
        "separate array), but the data part is divided by 2m: the cross-entropy has no ½ to cancel, its gradient is "
        "xᵀ(σ(xθ) − y)/m, so every entry's data term is halved; " + _MAT_WHY,
    ),
    Answer(
        id="f79-idx27563682626-commented-draft-over-2m",
        source=IDX_EX5 + ", the commented-out line %grad = …, its % left out)",
        text="grad = (1/(2*m))*sum(h0xi-y).xj+(lambda/m)thetaj",
        cost=_EX5_J,
        verdict="different",
        lets=_EX5_LETS,
        why="the author's draft, commented out above the code that replaced it: read as (1/2m)Σ(h0xi − y)x_j + "
        "(λ/m)θ_j (.xj the feature j of each example, thetaj θ_j), the data term has the 1/(2m) of J where its "
        "derivative has 1/m (the 2 of the square cancels the ½), and θ_1 is penalised; " + _EX5_WHY,
    ),
    # ============================================================ real answers: right
    Answer(
        id="f79-ami-logreg-dj-w",
        source=AMI_PY + ", def compute_gradient: dj_w = …; dj_b = …; dj_w += lambda_/m * w)",
        text=_AMI_DJ,
        cost=_AMI_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_AMI_LETS,
        why="xᵀ(σ(xw + b) − y)/m + (λ/m)w, the answer dj_w after its += (dj_b is computed in between); " + _AMI_WHY,
    ),
    Answer(
        id="f79-ami-logreg-dj-b",
        source=AMI_PY + ", def compute_gradient: dj_b = np.sum(dj_z)/m)",
        text="dj_b = np.sum(dj_z)/m",
        cost=_AMI_COST,
        verdict="equivalent",
        wrt="b",
        lets=_AMI_LETS,
        why="Σ(σ(x_iw + b) − y_i)/m; the penalty has no b; " + _AMI_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-dJ-dtheta1",
        source=PED_11 + ", ### As Derivadas Parciais:, $$\\frac{\\partial J}{\\partial \\theta_1} = …$$)",
        text=r"\frac{\partial J}{\partial \theta_1} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)}) \cdot x^{(i)}",
        cost=_PED_J,
        verdict="equivalent",
        wrt="theta_1",
        lets=_PED_YHAT,
        why="(1/m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)·x⁽ⁱ⁾ with ŷ = θ₀ + θ₁x (No machine learning, escrevemos como); " + _PED_J_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-dJ-dtheta0",
        source=PED_11 + ", ### As Derivadas Parciais:, $$\\frac{\\partial J}{\\partial \\theta_0} = …$$)",
        text=r"\frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)})",
        cost=_PED_J,
        verdict="equivalent",
        wrt="theta_0",
        lets=_PED_YHAT,
        why="(1/m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾), the intercept's partial; " + _PED_J_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-calcular-gradientes-d-theta1",
        source=PED_11 + ", def calcular_gradientes: d_theta1 = …)",
        text="d_theta1 = (1/m) * np.sum(erros * X)",
        cost=_PED_CUSTO,
        verdict="equivalent",
        wrt="theta_1",
        lets=_PED_GRAD_LETS,
        why="(1/m)Σ(θ₀ + θ₁x_i − y_i)x_i ('# Derivadas parciais'); " + _PED_CUSTO_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-batch-dw",
        source=PED_12 + ", def gradient_descent_batch: dw = …)",
        text="dw = -(2/m) * np.sum((y - y_pred) * X.flatten())",
        cost=_PED_LOSS,
        verdict="equivalent",
        wrt="w",
        lets=_PED_BATCH_LETS,
        why="−(2/m)Σ(y_i − ŷ_i)x_i = (2/m)Σ(ŷ_i − y_i)x_i; " + _PED_LOSS_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-batch-db",
        source=PED_12 + ", def gradient_descent_batch: db = …)",
        text="db = -(2/m) * np.sum(y - y_pred)",
        cost=_PED_LOSS,
        verdict="equivalent",
        wrt="b",
        lets=_PED_BATCH_LETS,
        why="−(2/m)Σ(y_i − ŷ_i) = (2/m)Σ(ŷ_i − y_i); " + _PED_LOSS_WHY,
    ),
    Answer(
        id="f79-ari-spanish-compute-gradient-dj-dw",
        source=ARI + ", def compute_gradient, the loop and dj_dw /= m)",
        text=_ARI_LOOP + _ARI_DW_LINE + _ARI_DW_END,
        cost=_ARI_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=_ARI_LETS,
        why="Σ_i(σ(x_i·w + b) − y_i)x_i/m, the answer dj_dw after its /= m; " + _ARI_WHY,
    ),
    Answer(
        id="f79-ari-spanish-compute-gradient-dj-db",
        source=ARI + ", def compute_gradient, the loop and dj_db /= m)",
        text=_ARI_LOOP + _ARI_DW_LINE + _ARI_DW_END + _ARI_DB_END,
        cost=_ARI_COST,
        verdict="equivalent",
        wrt="b",
        lets=_ARI_LETS,
        why="Σ_i(σ(x_i·w + b) − y_i)/m, the answer dj_db after its /= m; " + _ARI_WHY,
    ),
    Answer(
        id="f79-ari-spanish-dJ-dwj-reg-para",
        source=ARI + ", 3.5 Gradiente para regresión logística regularizada, $$\\frac{\\partial J(\\mathbf{w},b)}{\\partial w_j} = …$$)",
        text=_ARI_DJ,
        cost=_ARI_JREG,
        verdict="equivalent",
        wrt="w_j",
        lets=_ARI_JREG_LETS,
        why="(1/m)Σ(f(x⁽ⁱ⁾) − y⁽ⁱ⁾)x_j⁽ⁱ⁾ + (λ/m)w_j; \\mbox{para $j=0...(n-1)$} (for j = 0…n−1) is a range note, "
        "every w_j penalised as in J; " + _ARI_JREG_WHY,
    ),
    Answer(
        id="f79-se482537-D-m",
        source=SE + ", D_m= …)",
        text="D_m= (-2/n) * sum(X_train*(Y_train-Y_pred))",
        cost=_SE_MSE,
        verdict="equivalent",
        wrt="m",
        lets=_SE_LETS,
        why="(−2/n)Σx_i(y_i − ŷ_i), the slope's partial; " + _SE_WHY,
    ),
    Answer(
        id="f79-se482537-D-c",
        source=SE + ", D_c= …)",
        text="D_c= (-2/n) * sum(Y_train-Y_pred)",
        cost=_SE_MSE,
        verdict="equivalent",
        wrt="c",
        lets=_SE_LETS,
        why="(−2/n)Σ(y_i − ŷ_i), the intercept's partial; " + _SE_WHY,
    ),
    Answer(
        id="f79-idx51906298432-chinese-docstring-dw",
        source=IDX_DOC + ", c. 计算梯度: dw = …)",
        text="dw = 1/m * X^T @ (y_pred - y)",
        cost=_DOC_L,
        verdict="equivalent",
        wrt="w_j",
        lets=_DOC_LETS,
        why="Xᵀ(Xw + b − y)/m, X^T the transpose, @ the matrix product; " + _DOC_WHY,
    ),
    Answer(
        id="f79-idx51906298432-chinese-docstring-db",
        source=IDX_DOC + ", c. 计算梯度: db = …)",
        text="db = 1/m * sum(y_pred - y)",
        cost=_DOC_L,
        verdict="equivalent",
        wrt="b",
        lets=_DOC_LETS,
        why="Σ(x_iw + b − y_i)/m; " + _DOC_WHY,
    ),
    Answer(
        id="f79-idx27563682626-ex5-grad-rest",
        source=IDX_EX5 + ", grad = …; grad(2:rest,1)= …)",
        text="grad = (1/m)*(X'*(h0xi-y));\ngrad(2:rest,1)= grad(2:rest,1) + (lambda/m)*theta(2:rest,1);",
        cost=_EX5_J,
        verdict="equivalent",
        lets=_EX5_LETS,
        why="Xᵀ(Xθ − y)/m, then (λ/m)θ_j added to entries 2…rest only; " + _EX5_WHY,
    ),
    Answer(
        id="f79-idx47433232160-spanish-dw",
        source=IDX_ES + ", def compute_gradient: dw = …)",
        text="dw = (1 / m) * np.sum((y_pred - y) * x)  # Derivada parcial respecto a w",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="w",
        lets=_ES_LETS,
        why="(1/m)Σ(wx_i + b − y_i)x_i (Derivada parcial respecto a w: partial derivative with respect to w); " + _ES_WHY,
    ),
    Answer(
        id="f79-idx47433232160-spanish-db",
        source=IDX_ES + ", def compute_gradient: db = …)",
        text="db = (1 / m) * np.sum(y_pred - y)  # Derivada parcial respecto a b",
        cost=_ES_COST,
        verdict="equivalent",
        wrt="b",
        lets=_ES_LETS,
        why="(1/m)Σ(wx_i + b − y_i); " + _ES_WHY,
    ),
    # ============================================================ one-slip variants of the real answers
    Answer(
        id="f79-ami-logreg-dj-w-lambda-over-2m",
        source=AMI_PY + "; variant: lambda_/m * w written lambda_/(2*m) * w)",
        text="dj_w = np.dot(x.T, dj_z)/m\ndj_b = np.sum(dj_z)/m\n\ndj_w += lambda_/(2*m) * w",
        cost=_AMI_COST,
        verdict="different",
        wrt="w_j",
        lets=_AMI_LETS,
        why="variant: the 2 of w² cancels the 2 of λ/(2m); (λ/2m)w is half the penalty's partial; " + _AMI_WHY,
    ),
    Answer(
        id="f79-ami-logreg-dj-b-no-over-m",
        source=AMI_PY + "; variant: dj_b = np.sum(dj_z) without /m)",
        text="dj_b = np.sum(dj_z)",
        cost=_AMI_COST,
        verdict="different",
        wrt="b",
        lets=_AMI_LETS,
        why="variant: the 1/m of the mean is lost, m times the partial; " + _AMI_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-d-theta1-lost-x",
        source=PED_11 + "; variant: np.sum(erros * X) written np.sum(erros))",
        text="d_theta1 = (1/m) * np.sum(erros)",
        cost=_PED_CUSTO,
        verdict="different",
        wrt="theta_1",
        lets=_PED_GRAD_LETS,
        why="variant: the factor X of the chain rule is lost, this is d_theta0; " + _PED_CUSTO_WHY,
    ),
    Answer(
        id="f79-ped-portuguese-batch-dw-one-over-m",
        source=PED_12 + "; variant: -(2/m) written -(1/m))",
        text="dw = -(1/m) * np.sum((y - y_pred) * X.flatten())",
        cost=_PED_LOSS,
        verdict="different",
        wrt="w",
        lets=_PED_BATCH_LETS,
        why="variant: mse_loss has no ½, so the 2 of the square stays; half the partial; " + _PED_LOSS_WHY,
    ),
    Answer(
        id="f79-ari-spanish-dj-dw-lost-x",
        source=ARI + "; variant: dj_dw += error * X[i] written dj_dw += error)",
        text=_ARI_LOOP + "  dj_dw += error\n" + _ARI_DW_END,
        cost=_ARI_COST,
        verdict="different",
        wrt="w_j",
        lets=_ARI_LETS,
        why="variant: without X[i] every entry of dj_dw is the bias's partial Σ(σ − y)/m; " + _ARI_WHY,
    ),
    Answer(
        id="f79-ari-spanish-dJ-dwj-lambda-over-2m",
        source=ARI + "; variant: \\frac{\\lambda}{m} w_j written \\frac{\\lambda}{2m} w_j)",
        text=_ARI_DJ.replace(r"\frac{\lambda}{m} w_j", r"\frac{\lambda}{2m} w_j"),
        cost=_ARI_JREG,
        verdict="different",
        wrt="w_j",
        lets=_ARI_JREG_LETS,
        why="variant: the penalty's partial is (λ/m)w_j, the 2 of w_j² cancelling the 2 of 2m; " + _ARI_JREG_WHY,
    ),
    Answer(
        id="f79-se482537-D-m-lost-x",
        source=SE + "; variant: sum(X_train*(Y_train-Y_pred)) written sum(Y_train-Y_pred))",
        text="D_m= (-2/n) * sum(Y_train-Y_pred)",
        cost=_SE_MSE,
        verdict="different",
        wrt="m",
        lets=_SE_LETS,
        why="variant: the slope's partial needs the factor X_train (the intercept's D_c copied); " + _SE_WHY,
    ),
    Answer(
        id="f79-idx51906298432-chinese-docstring-dw-over-2m",
        source=IDX_DOC + "; variant: dw = 1/m * … written 1/(2m) * …)",
        text="dw = 1/(2m) * X^T @ (y_pred - y)",
        cost=_DOC_L,
        verdict="different",
        wrt="w_j",
        lets=_DOC_LETS,
        why="variant: the ½ of L cancels the 2 of the square; 1/(2m) halves the gradient; " + _DOC_WHY,
    ),
    Answer(
        id="f79-idx47433232160-spanish-db-with-x",
        source=IDX_ES + "; variant: db's sum given dw's factor x)",
        text="db = (1 / m) * np.sum((y_pred - y) * x)  # Derivada parcial respecto a b",
        cost=_ES_COST,
        verdict="different",
        wrt="b",
        lets=_ES_LETS,
        why="variant: ∂/∂b of w * x + b is 1, not x; this is dw; " + _ES_WHY,
    ),
    Answer(
        id="f79-idx23386690347-grad-over-m",
        source=IDX_MAT + "; variant: both (1/(2*m)) written (1/m))",
        text=_MAT_GRAD.replace("(1/(2*m))", "(1/m)"),
        cost=_MAT_COST,
        verdict="equivalent",
        lets=_MAT_LETS,
        why="variant, the file's slip mended: xᵀ(σ(xθ) − y)/m + (λ/m)θ with the first entry replaced by the "
        "unpenalised xᵀ(σ(xθ) − y)/m entry; " + _MAT_WHY,
    ),
    Answer(
        id="f79-idx1768007812-gradient-with-the-2",
        source=IDX_ZH + "; variant: (1 / n_samples) written (2 / n_samples))",
        text="gradient = (2 / n_samples) * X.T.dot(y_pred - y)",
        cost=_ZH_COST,
        verdict="equivalent",
        wrt="weights_j",
        lets=_ZH_LETS,
        why="variant, the file's slip mended: (2/m)Xᵀ(Xw − y), the gradient of the mean squared error; " + _ZH_WHY,
    ),
]
