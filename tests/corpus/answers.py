r"""Real-world gradient answers: what people wrote for ∂J/∂θⱼ, ∂J/∂wⱼ, ∂J/∂b or ∇J, and what a careful grader says of it.

How collected: by searching stored copies of public pages (Q&A threads on
math/stats/datascience.stackexchange and their mirrors, blog posts, course
notes) and public GitHub repositories (Markdown notes, Jupyter notebooks,
Octave/MATLAB and NumPy solutions of the Coursera ML ex2 and DeepLearning.AI
labs). Every ``text`` is copied verbatim from the page or file named in
``source`` (an outer ``$…$``/``$$…$$`` dropped; for code, the right-hand side
of the assignment that computes the gradient). ``cost`` is a preset when the
source's cost is exactly that preset (or is only mis-bracketed in the source),
otherwise the source's own cost formula, verbatim. ``verdict`` was worked out by
hand against that cost, never by running logderiv; ``why`` says what is wrong
with a ``different`` answer and why a ``refuse`` item is ambiguous.
"""

from __future__ import annotations

from .items import Answer

# Costs that several items share, each verbatim from its source.
_TERNFOLBAEK_LOGISTIC_REG = (
    r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) \right] + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2"
)
_TERNFOLBAEK_LINEAR_REG = (
    r"J(\mathbf{w},b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})^2  + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2"
)
_DRACO_LOGISTIC = (
    r"J(\vec{w},b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f_{\vec{w},b}(\vec{x}^{(i)})) + (1-y^{(i)}) \log(1 - f_{\vec{w},b}(\vec{x}^{(i)})) \right]"
)
_SSE_258709_NLL = r"NLL = - \sum_{i=1}^N[(1-y)log(1-s(w^Tx_i))+y\;log\;(s(w^Tx_i))]"
_SSE_111388_COST = (
    r"J(\theta) = \frac{1}{2m}[\sum_{i=1}^m(h_\theta (x^{(i)}) - y^{(i)})^2 + \lambda\sum_{j=1}^n\theta^2_j]"
)
_AROMAL_COST = r"J(\beta) = \frac{1}{2m} \sum_{i=1}^{m} (Y^{(i)} - h_\beta(X^{(i)}))^2"
_SURNAM_COST = (
    r"\mathcal{L}(\mathbf{w},b) = -\sum_{i=1}^n\big[ y_i\log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\big]"
)

ANSWERS = [
    # ------------------------------------------------------------------ aman.ai
    Answer(
        id="amanai-logreg-derivative-no-1-over-m",
        source="https://aman.ai/primers/backprop/derivative-logistic-regression (first bullet, the result announced before the derivation)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = \nabla_{\theta_j}J(\theta) = \sum_{i=1}^{m}\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right) x_{j}^{(i)}",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=(r"h_{\theta}(x)=g(\theta^{T} x)", r"g(z)=\frac{1}{1+e^{-z}}"),
        why="missing 1/m: the page's own cost is J = -(1/m) Σ [...] (written there without the outer brackets), so the gradient has 1/m",
    ),
    # ------------------------------------------------- stats.stackexchange 258709
    Answer(
        id="sse-258709-asker-own-gradient",
        source="https://stats.stackexchange.com/questions/258709/logistic-regression-gradient-of-weights (question: 'When I take ∂NNL/∂w, I get')",
        text=r"-\sum_{i=1}^N ( \;\frac{x_i(y_i-1)e^{w^Tx_i}}{e^{W^tx_i}+1} + \frac{x_iy_i}{e^{W^tx_i}+1})",
        cost=_SSE_258709_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"s(x) =\frac{1}{e^{-x}+1}",),
        why="the asker's result is right: e^z/(1+e^z) = s(z), 1/(1+e^z) = 1-s(z), so it is -Σ x_i((y_i-1)s + y_i(1-s)) = Σ (s(w^T x_i) - y_i) x_i; W^t is the asker's spelling of w^T, x_i the feature vector of example i",
    ),
    Answer(
        id="sse-258709-expected-unbalanced",
        source="https://stats.stackexchange.com/questions/258709/logistic-regression-gradient-of-weights (question: 'and not')",
        text=r"\sum_{i=1}^N (s(w^Tx_i)-y)x_i)",
        cost=_SSE_258709_NLL,
        verdict="refuse",
        wrt="w_j",
        lets=(r"s(x) =\frac{1}{e^{-x}+1}",),
        why="unbalanced parenthesis (a stray ')' at the end); the intended Σ (s(w^T x_i) - y_i) x_i is right, but the text as written is malformed",
    ),
    Answer(
        id="sse-258709-answer-intermediate",
        source="https://stats.stackexchange.com/questions/258709/logistic-regression-gradient-of-weights (accepted answer, 'so the derivative is')",
        text=r"\frac{\partial NLL}{\partial w} = \sum_{i = 1}^{n} (1 - y)\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{1 - s(w^Tx_i)}-y\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{s(w^Tx_i)}",
        cost=_SSE_258709_NLL,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"s(x) =\frac{1}{e^{-x}+1}",),
        why="cancels to Σ x_i (s(w^T x_i) - y), the NLL gradient; y unindexed exactly as in the question's NLL (y means y_i), n = N",
    ),
    Answer(
        id="sse-258709-answer-final-bad-index",
        source="https://stats.stackexchange.com/questions/258709/logistic-regression-gradient-of-weights (accepted answer, last line: 'I checked it indeed simplifies to')",
        text=r"\sum_{1=1}^{n} x_i(s(w^Tx_i) - y)",
        cost=_SSE_258709_NLL,
        verdict="refuse",
        wrt="w_j",
        lets=(r"s(x) =\frac{1}{e^{-x}+1}",),
        why="the summation index is written '1=1' (no bound variable), so the sum over i is malformed although Σ_i x_i(s(w^T x_i) - y_i) is plainly meant",
    ),
    # ------------------------------------------------------ draco-tlw/ML-notes
    Answer(
        id="draco-mlnotes-logreg-dw",
        source="github:draco-tlw/ML-notes:supervised-ml-regression-and-classification/week-3-classification/03-gradient-descent-for-logistic-regression/01-gradient-descent-implementation.md (Derivatives, w_j)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (f_{\vec{w},b}(\vec{x}^{(i)}) - y^{(i)}) x_j^{(i)}",
        cost=_DRACO_LOGISTIC,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"f_{\vec{w},b}(\vec{x}) = \frac{1}{1 + e^{-(\vec{w} \cdot \vec{x} + b)}}",),
        why="the canonical logistic gradient in the DeepLearning.AI f_{w,b} spelling (cost from the same notes, 02-simplified-cost-function-for-logistic-regression.md)",
    ),
    Answer(
        id="draco-mlnotes-logreg-db",
        source="github:draco-tlw/ML-notes:supervised-ml-regression-and-classification/week-3-classification/03-gradient-descent-for-logistic-regression/01-gradient-descent-implementation.md (Derivatives, b)",
        text=r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (f_{\vec{w},b}(\vec{x}^{(i)}) - y^{(i)})",
        cost=_DRACO_LOGISTIC,
        verdict="equivalent",
        wrt="b",
        lets=(r"f_{\vec{w},b}(\vec{x}) = \frac{1}{1 + e^{-(\vec{w} \cdot \vec{x} + b)}}",),
        why="the bias gradient: the same sum without the x_j factor",
    ),
    # ------------------------------------- TernFolbaek/machine-learning-regularization
    Answer(
        id="ternfolbaek-reg-logistic-dw",
        source="github:TernFolbaek/machine-learning-regularization:regularization.md (Computing the Gradient with regularization, w_j)",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j}=\frac{1}{m}\sum_{i=0}^{m-1}\left(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)}\right)x_j^{(i)}+\frac{\lambda}{m} w_j",
        cost=_TERNFOLBAEK_LOGISTIC_REG,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = sigmoid(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)",),
        why="0-based sums over examples; the penalty (λ/2m)Σ w_j² gives (λ/m) w_j",
    ),
    Answer(
        id="ternfolbaek-reg-logistic-db",
        source="github:TernFolbaek/machine-learning-regularization:regularization.md (Computing the Gradient with regularization, b)",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial b}=\frac{1}{m}\sum_{i=0}^{m-1}\left(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)}\right)",
        cost=_TERNFOLBAEK_LOGISTIC_REG,
        verdict="equivalent",
        wrt="b",
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = sigmoid(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)",),
        why="b is not regularized, so no λ term",
    ),
    Answer(
        id="ternfolbaek-reg-linear-dw",
        source="github:TernFolbaek/machine-learning-regularization:regularization.md (the same w_j gradient, stated for 'both linear/logistic'; linear cost (1))",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial w_j}=\frac{1}{m}\sum_{i=0}^{m-1}\left(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)}\right)x_j^{(i)}+\frac{\lambda}{m} w_j",
        cost=_TERNFOLBAEK_LINEAR_REG,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = \mathbf{w} \cdot \mathbf{x}^{(i)} + b",),
        why="regularized linear regression: same shape with f = w·x + b",
    ),
    Answer(
        id="ternfolbaek-reg-linear-db",
        source="github:TernFolbaek/machine-learning-regularization:regularization.md (the same b gradient, for the linear cost (1))",
        text=r"\frac{\partial J(\mathbf{w},b)}{\partial b}=\frac{1}{m}\sum_{i=0}^{m-1}\left(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)}\right)",
        cost=_TERNFOLBAEK_LINEAR_REG,
        verdict="equivalent",
        wrt="b",
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = \mathbf{w} \cdot \mathbf{x}^{(i)} + b",),
        why="b is not regularized",
    ),
    # ---------------------------------------- Ingenjoy/SelectedTopicsOptimization
    Answer(
        id="ingenjoy-reg-logistic-matrix",
        source="github:Ingenjoy/SelectedTopicsOptimization:Chapters/02.Unconstrained/logistic.md (gradient of the regularized logistic loss)",
        text=r"\nabla \mathcal{L}(\mathbf{w}) =  -\mathbf{X}^\top \mathbf{y} +\mathbf{X}^\top\sigma(\mathbf{X}\mathbf{w}) + 2\lambda \mathbf{w}",
        cost=r"\mathcal{L}(\mathbf{w})=-\sum_{i=1}^n[y_i\log(\sigma(\mathbf{w}^\top\mathbf{x}_i))+(1-y_i)\log(1-\sigma(\mathbf{w}^\top\mathbf{x}_i))] +\lambda \mathbf{w}^\top\mathbf{w}",
        verdict="equivalent",
        wrt="w_j",
        why="summed (no 1/n) NLL plus λ wᵀw: Xᵀ(σ(Xw) - y) + 2λw, split into two products",
    ),
    # ------------------------------------------------ surnamnarendra lecture 16b
    Answer(
        id="surnam-lecture16b-grad-w-matrix",
        source="https://surnamnarendra.github.io/Fundamentals-of-Machine-Learning/lecture_16b.html (Gradients)",
        text=r"\nabla_{\mathbf{w}}\mathcal{L} = \mathbf{X}^\top(\hat{\mathbf{p}}-\mathbf{y})",
        cost=_SURNAM_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"\hat{p}_i = \sigma(\mathbf{w}^\top \mathbf{x}_i + b)", r"\hat{\mathbf{p}}=\sigma(\mathbf{X}\mathbf{w}+b\mathbf{1})"),
        why="summed NLL (no 1/n), so no 1/n in the gradient either",
    ),
    Answer(
        id="surnam-lecture16b-grad-b-ones",
        source="https://surnamnarendra.github.io/Fundamentals-of-Machine-Learning/lecture_16b.html (Gradients, ∂_b)",
        text=r"\partial_b\mathcal{L}= \mathbf{1}^\top(\hat{\mathbf{p}}-\mathbf{y})",
        cost=_SURNAM_COST,
        verdict="equivalent",
        wrt="b",
        lets=(r"\hat{p}_i = \sigma(\mathbf{w}^\top \mathbf{x}_i + b)", r"\hat{\mathbf{p}}=\sigma(\mathbf{X}\mathbf{w}+b\mathbf{1})"),
        why="1ᵀ(p̂ - y) = Σ_i (p̂_i - y_i)",
    ),
    Answer(
        id="surnam-lecture16b-numpy-grad-w",
        source="https://surnamnarendra.github.io/Fundamentals-of-Machine-Learning/lecture_16b.html (Worked Example, grad_w = ...)",
        text=r"X.T @ (p - y)",
        cost=_SURNAM_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"p = 1/(1+np.exp(-z))", r"z = X @ w + b"),
        why="NumPy form of Xᵀ(p̂ - y) for the summed NLL",
    ),
    # ------------------------------------------------ stats.stackexchange 111388
    Answer(
        id="sse-111388-ng-slide-minus-lambda",
        source="https://stats.stackexchange.com/questions/111388/derivation-of-regularized-linear-regression-cost-function-per-coursera-machine-l (question: the gradient as given on Ng's slide)",
        text=r"\frac{\partial}{\partial \theta_j}J(\theta) = \frac{1}{m}[\sum_{i=1}^m(h_\theta (x^{(i)}) - y^{(i)})x^{(i)}_j - \lambda\theta_j]",
        cost=_SSE_111388_COST,
        verdict="different",
        wrt="theta_j",
        why="sign of the regularisation term: (λ/2m)Σθ_j² gives +(λ/m)θ_j, not −(λ/m)θ_j (the slide's typo the question is about); h_θ is the linear hypothesis θᵀx of Ng's course",
    ),
    Answer(
        id="sse-111388-asker-plus-y",
        source="https://stats.stackexchange.com/questions/111388/derivation-of-regularized-linear-regression-cost-function-per-coursera-machine-l (question: 'When I tried to do my own derivation')",
        text=r"\frac{\partial}{\partial \theta_j}J(\theta) = \frac{1}{m}[\sum_{i=1}^m(h_\theta (x^{(i)}) + y^{(i)})x^{(i)}_j + \lambda\theta_j]",
        cost=_SSE_111388_COST,
        verdict="different",
        wrt="theta_j",
        why="sign of the y term inside the sum: h + y where h − y is meant (flagged as a typo in the first comment)",
    ),
    # ------------------------------------------------- AromalDileep/jupyter_lab
    Answer(
        id="aromal-linreg-beta-j",
        source="github:AromalDileep/jupyter_lab:Week_17/Cost_function.ipynb (Gradient of the Cost Function)",
        text=r"\frac{\partial J}{\partial \beta_j} = -\frac{1}{m} \sum_{i=1}^{m} (Y^{(i)} - h_\beta(X^{(i)}))X_j^{(i)}",
        cost=_AROMAL_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=(r"h_\beta(X^{(i)}) = \beta_0 + \beta_1 X_1^{(i)} + \beta_2 X_2^{(i)} + ... + \beta_p X_p^{(i)}",),
        why="−(1/m)Σ(y − h)x_j = (1/m)Σ(h − y)x_j, with upper-case X, Y for the data",
    ),
    Answer(
        id="aromal-linreg-matrix",
        source="github:AromalDileep/jupyter_lab:Week_17/Cost_function.ipynb (Gradient of the Cost Function, 'In matrix form')",
        text=r"\nabla J(\beta) = -\frac{1}{m}X^T(Y - X\beta)",
        cost=_AROMAL_COST,
        verdict="equivalent",
        wrt="beta_j",
        lets=(r"h_\beta(X^{(i)}) = \beta_0 + \beta_1 X_1^{(i)} + \beta_2 X_2^{(i)} + ... + \beta_p X_p^{(i)}",),
        why="matrix form of the same gradient, sign pulled out",
    ),
    # ------------------------------------------------ IvanHalim/numerical-recipes
    Answer(
        id="ivanhalim-logreg-sigma-of-x",
        source="github:IvanHalim/numerical-recipes:04. Logistic Regression/2. Deriving Logistic Regression.ipynb (Differentiating the negative likelihood, last line)",
        text=r"-\frac{1}{m}\sum_{i=0}^m(y^{(i)}-\sigma(x^{(i)}))\cdot x^{(i)}_{j}",
        cost=r"J(\theta) = -\frac{1}{m} \sum_{i=0}^m[y^{(i)}\log(h_\theta(x^{(i)})) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))]",
        verdict="refuse",
        wrt="theta_j",
        why="σ(x^{(i)}) is the notebook's shorthand for h_θ(x^{(i)}) ('Replacing h with sigma'); as written it is the sigmoid of the feature vector, not a function of θ, so the text does not say what it means",
    ),

    # ------------------------------------------------ Octave / NumPy solutions
    Answer(
        id="akshaybahadur-octave-1-over-m-xt",
        source="github:akshaybahadur21/BreastCancer_Classification:breast_cancer/costFunction.m (grad = ...)",
        text=r"1 / m * (X' * (h - y))",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h=sigmoid(X*theta)",),
        why="the ex2 vectorized gradient; J in the same file is the logistic preset",
    ),
    Answer(
        id="aqibahm-octave-xt-sigmoid-over-m",
        source="github:aqibahm/Logistic-Regression-ML:costFunction.m (grad = ...)",
        text=r"(X'*(sigmoid(X*theta) - y))/m",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        why="Xᵀ(σ(Xθ) − y)/m, sigmoid inline",
    ),
    Answer(
        id="cqsi-numpy-matmul",
        source="github:Cqsi/pml:logisticRegression/gradient.py (return ...)",
        text=r"((1/m) * X.T @ (sigmoid(X @ theta) - y))",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        why="NumPy @ form of (1/m)Xᵀ(σ(Xθ) − y)",
    ),
    Answer(
        id="lukaemon-numpy-len-x",
        source="github:lukaemon/Coursera-ML-AndrewNg:helper/logistic_regression.py (gradient, return ...)",
        text=r"(1 / len(X)) * X.T @ (sigmoid(X @ theta) - y)",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        why="1/len(X) is 1/m (len of the m×n array is m); the file's cost is np.mean of the cross-entropy, i.e. the logistic preset",
    ),
    Answer(
        id="nick1117-numpy-x-train",
        source="github:nick1117/ECE1375_Machine_Learning:Homeworks/ps3_python_Chermak_Nick/gradFunction.py (gradient = ...)",
        text=r"1 / m * (X_train.T @ (h-y_train))",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = sigmoid(X_train @ theta)",),
        why="the same gradient with the data named X_train, y_train",
    ),
    Answer(
        id="feddockh-numpy-matmul-function",
        source="github:Feddockh/Learning_ML:HW_3/ps3_python_Feddock_Hayden/gradFunction.py (gradient = ...)",
        text=r"1/m * np.matmul(X_train.T, (h - y_train))",
        cost="logistic",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"z = np.matmul(X_train, theta)", r"h = sigmoid(z)"),
        why="np.matmul spelling of (1/m)Xᵀ(h − y)",
    ),
    Answer(
        id="ufldl-xiangyongcao-linear-columns-are-examples",
        source="github:xiangyongcao/UFLDL-Tutorial-Solutions:ex1/linear_regression_vec.m (g = ...)",
        text=r"X * (theta' * X - y)'",
        cost=r"0.5 * sum((theta' * X - y).^2)",
        verdict="equivalent",
        wrt="theta_j",
        why="UFLDL stores examples as columns (X(i,j) is coordinate i of example j), so X(θᵀX − y)ᵀ is the gradient of ½Σ(θᵀx⁽ʲ⁾ − y⁽ʲ⁾)² (no 1/m in this cost)",
    ),
    Answer(
        id="chiyuan-octave-sum-dim2",
        source="github:cy810557/chiyuan:机器学习/线性回归/linear_regression_vec.m (g = ...)",
        text=r"1/m * sum((h - y).* X, 2)",
        cost=r"1/(2*m)*sum((h - y).^2)",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = theta'*X",),
        why="examples are columns of X (UFLDL layout); summing (h − y).*X along dimension 2 gives Σ_i (h⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾, times 1/m",
    ),
    # ------------------------------------------------------ muyinanhai/ml-learn
    Answer(
        id="muyinanhai-linreg-xj-without-example-index",
        source="github:muyinanhai/ml-learn:docs/linear_regression.md (Derivative of J(θ) on θ_j, the middle expression)",
        text=r"\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})x_j",
        cost=r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h_{\theta}=\theta^Tx=\theta_0+\theta_1x_1+...\theta_nx_n",),
        # re-graded (fixxj): first graded 'different' for the dropped mark, as written; but the grader's own reading
        # is x_j^{(i)}, and the corpus grades the same spelling by what it means (f11-first-principles-x-j-no-index,
        # f20-simdangelo-dLdwj-latex-unindexed-xj): logderiv reads it so, with a note, in both front ends
        why="x_j written without ^{(i)} beside x^{(i)}: feature j of the same example i, the mark dropped (x_j^{(i)} "
        "is meant); the scale is right since this cost has ½ and no 1/m",
    ),
    Answer(
        id="muyinanhai-linreg-single-example",
        source="github:muyinanhai/ml-learn:docs/linear_regression.md (Derivative of J(θ) on θ_j, after the second '=')",
        text=r"(h_\theta(x)-y)x_j",
        cost=r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}",
        verdict="different",
        wrt="theta_j",
        lets=(r"h_{\theta}=\theta^Tx=\theta_0+\theta_1x_1+...\theta_nx_n",),
        why="the one-example (stochastic) gradient: the sum over the m examples of the cost is missing",
    ),
    # -------------------------------------------- 42-AI/bootcamp_machine-learning
    Answer(
        id="42ai-interlude2-component",
        source="github:42-AI/bootcamp_machine-learning:day01/ex04/Interlude2.md (ONE general equation for ∇(J)_0 and ∇(J)_1)",
        text=r"\nabla(J)_j = \frac{1}{m}\sum_{i=1}^{m}(h_{\theta}(x^{(i)}) - y^{(i)})x_{j}^{(i)}",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        why="h_θ(x⁽ⁱ⁾) is the dot product of θ and x⁽ⁱ⁾ (day01/ex03/ex03.md), the half-mean squared error of the bootcamp",
    ),
    Answer(
        id="42ai-interlude2-matrix-xprime",
        source="github:42-AI/bootcamp_machine-learning:day01/ex04/Interlude2.md (Vectorizing the Gradient Calculation, last equation)",
        text=r"\nabla(J) = \frac{1}{m} X'^\mathsf{T}(X'\theta - y)",
        cost="linear",
        verdict="equivalent",
        wrt="theta_j",
        why="X' is the design matrix with a column of ones (a name, not a transpose); (1/m)X'ᵀ(X'θ − y)",
    ),
    Answer(
        id="42ai-interlude2-row-times-column",
        source="github:42-AI/bootcamp_machine-learning:day01/ex04/Interlude2.md (Vectorizing the Gradient Calculation, first equation)",
        text=r"\nabla(J)_j = \frac{1}{m} (X'\theta - y)X'_{j}",
        cost="linear",
        verdict="refuse",
        wrt="theta_j",
        why="(X'θ − y) and the column X'_j are both m×1, so the product is undefined as written; a transpose (a dot product) is meant",
    ),

    # ------------------------------------------- SungchulLee/statistics_book_writing
    Answer(
        id="sungchullee-mle-sum-rows-of-a",
        source="github:SungchulLee/statistics_book_writing:docs/ch19/estimation_inference/mle.md (교차엔트로피 손실의 기울기, after 'the sigmoid terms cancel')",
        text=r"\nabla\ell = \sum_{i=1}^{n}\bigl(\sigma^{(i)}-y^{(i)}\bigr)\,A[i,:]^T",
        cost=r"\ell = -\sum_{i=1}^{n}\bigl[y^{(i)}\log\sigma^{(i)} + (1-y^{(i)})\log(1-\sigma^{(i)})\bigr]",
        verdict="equivalent",
        wrt="theta_j",
        why="summed cross-entropy (no 1/n); σ⁽ⁱ⁾ = σ(A[i,:]θ) with A the design matrix (the page's IRLS step: σ = σ(Aθ)), A[i,:]ᵀ the feature vector of example i",
    ),
    Answer(
        id="sungchullee-mle-matrix",
        source="github:SungchulLee/statistics_book_writing:docs/ch19/estimation_inference/mle.md (행렬 형태)",
        text=r"\nabla\ell = A^T(\boldsymbol{\sigma}-\mathbf{y})",
        cost=r"\ell = -\sum_{i=1}^{n}\bigl[y^{(i)}\log\sigma^{(i)} + (1-y^{(i)})\log(1-\sigma^{(i)})\bigr]",
        verdict="equivalent",
        wrt="theta_j",
        why="matrix form with the design matrix named A and σ = σ(Aθ)",
    ),
    Answer(
        id="sungchullee-mle-numpy-gradient-vs-mean-loss",
        source="github:SungchulLee/statistics_book_writing:docs/ch19/estimation_inference/mle.md (구현: LogisticRegression.gradient, return ...)",
        text=r"A.T @ (p - y)",
        cost="logistic",
        verdict="different",
        wrt="theta_j",
        lets=(r"p = self.predict_proba(self.x).reshape((-1, 1))",),
        why="missing 1/m: the class's own loss() is -np.mean(...) of the cross-entropy (the logistic preset, up to its ε guard), whose gradient is Aᵀ(p − y)/n; Aᵀ(p − y) is the gradient of the summed loss",
    ),
    # ------------------------------------------------------ hguangshuai/lingying
    Answer(
        id="hguangshuai-loglik-single-sample",
        source="github:hguangshuai/lingying:ML_fundamental/logistic_regression_derivation.md (4. Gradient Derivation, 'Simplifying')",
        text=r"\frac{\partial \ell}{\partial w_j} = [y_i(1-\sigma(z_i)) - (1-y_i)\sigma(z_i)]x_{ij} = (y_i - \sigma(\mathbf{w}^T\mathbf{x}_i))x_{ij}",
        cost=r"\ell(\mathbf{w}) = \sum_{i=1}^n [y_i \ln(\sigma(\mathbf{w}^T\mathbf{x}_i)) + (1 - y_i) \ln(1 - \sigma(\mathbf{w}^T\mathbf{x}_i))]",
        verdict="different",
        wrt="w_j",
        why="the term of one example only: ℓ is a sum over i = 1..n, so ∂ℓ/∂w_j = Σ_i (y_i − σ(wᵀx_i)) x_ij; the sum is missing (the page says 'for a single sample i')",
    ),
    # ------------------------------------------------------ dillonfzw/machine-learning-ex
    Answer(
        id="dillonfzw-octave-reg-zero-padded-theta",
        source="github:dillonfzw/machine-learning-ex:ex2/costFunctionReg.m (grad = ...)",
        text=r"X' * (sigmoid(z) - y) / m + lambda / m * [0; theta_2]",
        cost=r"((1 - y)' * z + ones(1, m) * log(1 + exp(-z))) / m + lambda / (2 * m) * theta_2' * theta_2",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"theta_2 = theta(2:end)", r"z = X * theta"),
        why="the file's cost is the cross-entropy in softplus form ((1−y)z + log(1+e^{−z}) = −y log σ(z) − (1−y) log(1−σ(z))) plus a penalty that skips θ(1); [0; θ(2:end)] leaves the intercept unregularized, as it should",
    ),
    # ----------------------------------------- math.techqa.club (math.SE mirrors)
    Answer(
        id="techqa-3581373-theta0-unbalanced",
        source="https://math.techqa.club/derivative-of-a-cost-function-andrew-ng-machine-learning-course-3581373 (question: 'For Θ_0')",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(H_\Theta(x^i)-y^i",
        cost=r"\frac{1}{2m}\sum_{i=1}^{m}(H_\Theta(x^i)-y^i)^2",
        verdict="refuse",
        wrt="theta_0",
        lets=(r"H_\Theta=\Theta_0+\Theta_1x",),
        why="the closing parenthesis is missing; (1/m)Σ(H_Θ(x^i) − y^i) is plainly meant and would be right",
    ),
    Answer(
        id="techqa-3581373-theta1",
        source="https://math.techqa.club/derivative-of-a-cost-function-andrew-ng-machine-learning-course-3581373 (question: 'For Θ_1')",
        text=r"\frac{1}{m}\sum_{i=1}^{m}(H_\Theta(x^i)-y^i)x^i",
        cost=r"\frac{1}{2m}\sum_{i=1}^{m}(H_\Theta(x^i)-y^i)^2",
        verdict="equivalent",
        wrt="theta_1",
        lets=(r"H_\Theta=\Theta_0+\Theta_1x",),
        why="one-feature linear regression with capital Θ and x^i for the i-th example",
    ),
    Answer(
        id="techqa-2405297-theta1-expanded",
        source="https://math.techqa.club/why-is-there-an-x-when-solving-the-derivative-of-theta-1-and-not-theta-0-2405297 (answer, last line of the align)",
        text=r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta_1x^{(i)} - y^{(i)}) x^{(i)}",
        cost=r"\frac{1}{2m}\sum_{i=1}^m (\theta_0 + \theta_1x^{(i)} - y^{(i)})^2",
        verdict="equivalent",
        wrt="theta_1",
        why="h written out as θ₀ + θ₁x⁽ⁱ⁾",
    ),
    # ------------------------------------------------------------ shuhanyu.com
    Answer(
        id="shuhanyu-reg-logistic-bracket-of-update",
        source="https://www.shuhanyu.com/2018/07/13/RegularizedLogisticRegression/ (the square-bracket term of update (4), which the page says is ∂J/∂θ_j)",
        text=r"\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})x_j^{(i)}+\frac{\lambda}{m}\theta_j",
        cost=r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^my^{(i)}\log\left(h_{\theta}(x^{(i)})\right)+(1-y^{(i)})\log\left(1-h_{\theta}(x^{(i)})\right)\right]+\frac{\lambda}{2m}\sum_{i=1}^n\theta_j^2",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h_{\theta}(x^{(i)})=\frac{1}{1+e^{\mathbf{-\theta^\top x}}}",),
        why="for j = 1..n (the page states 'Where j=1,2,3,…,n'; the penalty's summation index i is a typo for j, so it is (λ/2m)Σ_j θ_j²)",
    ),

    # ---------------------------------- DeepLearning.AI "propagate" (X is n×m, examples as columns)
    Answer(
        id="sarfaraz-propagate-dw",
        source="github:Sarfaraz-Ali/Image_recognization:propagate.py (dw = ...)",
        text=r"np.dot(X,(A-Y).T)/m",
        cost=r"-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"A = sigmoid(np.dot(w.T,X)+b)",),
        why="DeepLearning.AI layout: X is n×m (examples are columns), so X(A − Y)ᵀ/m is the gradient in w",
    ),
    Answer(
        id="sarfaraz-propagate-db",
        source="github:Sarfaraz-Ali/Image_recognization:propagate.py (db = ...)",
        text=r"np.sum((A-Y)/m)",
        cost=r"-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m",
        verdict="equivalent",
        wrt="b",
        lets=(r"A = sigmoid(np.dot(w.T,X)+b)",),
        why="the mean of A − Y, with the 1/m inside the sum",
    ),
    Answer(
        id="asafharel-backward-dw-dz",
        source="github:Asaf-Harel/DL-5:DL-5-11/3130/ex6.py (backward_propagation, dw = ...)",
        text=r"np.dot(X, dz.T)",
        cost=r"(-1 / m) * np.sum((Y * np.log(A)) + (1 - Y) * np.log(1 - A))",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"dz = (1 / m) * (A - Y)", r"A = sigmoid(np.dot(w.T, X) + b)"),
        why="the 1/m is folded into dz = (A − Y)/m; X is n×m",
    ),
    Answer(
        id="asafharel-backward-db-dz",
        source="github:Asaf-Harel/DL-5:DL-5-11/3130/ex6.py (backward_propagation, db = ...)",
        text=r"np.sum(dz)",
        cost=r"(-1 / m) * np.sum((Y * np.log(A)) + (1 - Y) * np.log(1 - A))",
        verdict="equivalent",
        wrt="b",
        lets=(r"dz = (1 / m) * (A - Y)", r"A = sigmoid(np.dot(w.T, X) + b)"),
        why="Σ(A − Y)/m through dz",
    ),
    # ---------------------------------------------------------- zkhan122/ai-ml-da
    Answer(
        id="zkhan122-linreg-one-feature-db",
        source="github:zkhan122/ai-ml-da:ml/zayaans-ml/1-linear-regression-cost-function/README.md (gradient, equation (5))",
        text=r"\frac{\partial J(w,b)}{\partial b}  &= \frac{1}{m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})",
        cost=r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2",
        verdict="equivalent",
        wrt="b",
        lets=(r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",),
        why="one-feature linear regression, 0-based sum; the align '&=' is kept as written",
    ),

    # -------------------------- jethroGIT/jethrogit.github.io (the hbunyamin.github.io article)
    Answer(
        id="jethrogit-logreg-theta0",
        source="github:jethroGIT/jethrogit.github.io:_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md (the gradient ... is, ∂J/∂θ_0)",
        text=r"\frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} )",
        cost=r"-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log (h_{\theta}(x^{(i)})) + (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right)",
        verdict="equivalent",
        wrt="theta_0",
        lets=(r"h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}",),
        why="one-feature logistic regression, intercept",
    ),
    Answer(
        id="jethrogit-logreg-theta1",
        source="github:jethroGIT/jethrogit.github.io:_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md (the gradient ... is, ∂J/∂θ_1)",
        text=r"\frac{\partial J}{\partial \theta_1} = \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} ) x^{(i)} .",
        cost=r"-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log (h_{\theta}(x^{(i)})) + (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right)",
        verdict="equivalent",
        wrt="theta_1",
        lets=(r"h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}",),
        why="one-feature logistic regression, slope (the sentence-ending period is in the source)",
    ),
    Answer(
        id="jethrogit-logreg-theta1-y-minus-h",
        source="github:jethroGIT/jethrogit.github.io:_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md (Calculate ∂J/∂θ_1, the line before the last)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} ( y^{(i)} - h_{\theta}(x^{(i)}) ) x^{(i)}",
        cost=r"-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log (h_{\theta}(x^{(i)})) + (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right)",
        verdict="equivalent",
        wrt="theta_1",
        lets=(r"h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}",),
        why="y − h with the minus sign kept outside: the same gradient",
    ),
    Answer(
        id="jethrogit-logreg-theta0-unsimplified",
        source="github:jethroGIT/jethrogit.github.io:_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md (Calculate ∂J/∂θ_0, second line of the last align)",
        text=r"-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} (1 - h_{\theta}(x^{(i)}))  - (1-y^{(i)}) h_{\theta}(x^{(i)}) \right)",
        cost=r"-\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \log (h_{\theta}(x^{(i)})) + (1-y^{(i)}) \log (1 - h_{\theta}(x^{(i)})) \right)",
        verdict="equivalent",
        wrt="theta_0",
        lets=(r"h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}",),
        why="not yet simplified: y(1−h) − (1−y)h = y − h",
    ),
    # ------------------------------------------------------ wildanjr19/ml-from-scratch
    Answer(
        id="wildanjr19-logreg-dw-matrix-n",
        source="github:wildanjr19/ml-from-scratch:LogisticRegression/readme.md (Gradient Descent, dw)",
        text=r"dw = \frac{1}{n} X^\top \left(\hat{y} - y\right)",
        cost=r"J(\theta) = -\frac{1}{n} \sum_{i=1}^{n} \left[ y^{(i)} \log(\hat{y}^{(i)}) + (1 - y^{(i)}) \log(1 - \hat{y}^{(i)}) \right]",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"\hat{y} = h_\theta(x) = \frac{1}{1 + e^{-(wx + b)}}",),
        why="n is the number of examples here; Xᵀ(ŷ − y)/n",
    ),
    Answer(
        id="wildanjr19-logreg-db-n",
        source="github:wildanjr19/ml-from-scratch:LogisticRegression/readme.md (Gradient Descent, db)",
        text=r"db = \frac{1}{n} \sum_{i=1}^{n} \left(\hat{y}^{(i)} - y^{(i)}\right)",
        cost=r"J(\theta) = -\frac{1}{n} \sum_{i=1}^{n} \left[ y^{(i)} \log(\hat{y}^{(i)}) + (1 - y^{(i)}) \log(1 - \hat{y}^{(i)}) \right]",
        verdict="equivalent",
        wrt="b",
        lets=(r"\hat{y} = h_\theta(x) = \frac{1}{1 + e^{-(wx + b)}}",),
        why="the bias gradient with n examples",
    ),
    Answer(
        id="wildanjr19-linreg-dw-missing-2",
        source="github:wildanjr19/ml-from-scratch:Linear-Regression/readme.md (Gradient Descent, dw)",
        text=r"dw = \frac{1}{n} X^\top \left(\hat{y} - y\right)",
        cost=r"MSE = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2",
        verdict="different",
        wrt="w_j",
        why="missing factor 2: the error function given is the MSE without ½, whose gradient is (2/n)Xᵀ(ŷ − y) (ŷ is the prediction of the page's linear model, Xw + b; the page gives no formula for it)",
    ),
    Answer(
        id="wildanjr19-linreg-db-missing-2",
        source="github:wildanjr19/ml-from-scratch:Linear-Regression/readme.md (Gradient Descent, db)",
        text=r"db = \frac{1}{n} \sum_{i=1}^{n} \left(\hat{y}^{(i)} - y^{(i)}\right)",
        cost=r"MSE = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2",
        verdict="different",
        wrt="b",
        why="missing factor 2 for the MSE without ½ (also mixes ŷ⁽ⁱ⁾ and ŷ_i indexing with the cost)",
    ),
    # ----------------------------------------------------------- Coursera ex5 (Octave)
    Answer(
        id="pierbezuhoff-ex5-linreg-reg",
        source="github:pier-bezuhoff/ml-class:machine-learning-ex5/ex5/linearRegCostFunction.m (grad = ...)",
        text=r"X' * (X * theta - y) / m + [0; theta(2:end)] * lambda / m",
        cost=r"sumsq(X * theta - y) / (2 * m) + sumsq(theta(2:end)) * lambda / (2 * m)",
        verdict="equivalent",
        wrt="theta_j",
        why="regularized linear regression that leaves θ(1) out of the penalty, in both the cost and the gradient",
    ),
    Answer(
        id="avmatys-ex5-linreg-thetareg",
        source="github:avmatys/machine-learning:machine-learning-ex5/ex5/linearRegCostFunction.m (grad = ...)",
        text=r"((1 / m) * X' * (h - y)) + lambda / m * thetaReg",
        cost=r"1/(2*m) * ((h - y)' * (h - y)) + (lambda/(2*m)) * (thetaReg' * thetaReg)",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = X * theta", r"thetaReg = [0; theta(2:length(theta))]"),
        why="thetaReg zeroes the intercept in both cost and gradient",
    ),
]
