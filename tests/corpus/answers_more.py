r"""More real-world gradient answers (a second collection, from sources not used in ``answers.py``).

Collected the same way as :mod:`tests.corpus.answers`: by searching stored
copies of public pages (course-note blogs, Q&A pages and their mirrors, tutorial
sites) and public GitHub repositories (Markdown notes, Jupyter notebooks,
Octave/MATLAB and NumPy code). Every ``text`` is copied verbatim from the page
or file named in ``source`` (an outer ``$…$``/``$$…$$``/``\[…\]`` dropped; for
code, the right-hand side of the assignment that computes the gradient; for a
chain of equalities, the part named in ``source``; a line break inside a
formula joined by a space). ``cost`` is a preset when
the source's cost is exactly that preset, otherwise the source's own cost
formula, verbatim. ``verdict`` was worked out by hand against that cost, never
by running logderiv; ``why`` says what is wrong with a ``different`` answer and
why a ``refuse`` item is ambiguous or malformed.
"""

from __future__ import annotations

from .items import Answer

# Costs that several items share, each verbatim from its source.
_STUBBORNZEN_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(w \cdot x^{(i)} + b - y^{(i)}\right)^2"
_MIRJALIL_COST = r"\frac{1}{2 n} \displaystyle \sum_{i=1}^{n}\left(w_0 + w_1 x^{(i)} - y^{(i)}\right)^2"
_SOFTWAREFLY_COST = r"J(\theta)=\frac{1}{2 m} \sum_{i=1}^{m}\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right)^{2}"
_MLTUTOR_COST = r"\text{Cost} = \frac{1}{2m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"
_SHUHANYU_LINEAR_COST = r"\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2"
_MATHGPT_COST = (
    r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2 + \lambda \sum_{j=1}^n \theta_j^2 \right]"
)
_KAR137_COST = (
    r"J(w) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \log(\hat{y}^{(i)}) + (1 - y^{(i)}) \log(1 - \hat{y}^{(i)})]"
)

_KIOTTO_COST = r"\text{Loss} = \frac{1}{n} \sum_{i=1}^n (wX_i + b - y_i)^2"
_ASHWIN_ONE_EXAMPLE_COST = r"\frac{1}{2}\left( h_\theta(x) - y \right)^2"
_CS4780_RIDGE_LETS = (r"s = w' * xTr - yTr",)

_DLAI_736960_COST = r"J_{reg}=\frac{\lambda}{2 m}\sum_{j=1}^n w_j^2"
_SSE_452162_COST = r"J(w) = -\textbf{y}\cdot ln\textbf{ s} - (\mathbf{1} - \textbf{y}) \cdot ln( \mathbf{1} - \textbf{s})"
_DLS_PROPAGATE_COST = r"-np.sum((Y*np.log(A))+((1-Y)*np.log(1-A)))/m"

_CSC477_ONE_FEATURE_COST = r"\mathcal{E}(w, b) = \frac{1}{2N}\sum_i ((w x^{(i)} + b) - t^{(i)})^2"
_CSC477_MANY_FEATURES_COST = r"\mathcal{E}({\bf w}, b) = \frac{1}{2N}\sum_i ((\fw^\top \fx^{(i)}+b) - t^{(i)})^2"
_EMKAYS_COST = r"\text{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - m x_i - c)^2"

_BBB_COST = r"-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True)"
_BBB_REG_COST = r"-1/m*np.sum(Y*np.log(A) + (1-Y)*np.log(1-A), axis = 1, keepdims = True) + lambd/(2*m)*np.sum(w.T, axis=1, keepdims=True)"

_KOALA_ONE_FEATURE_COST = r"\frac{1}{2m}\sum_{i=1}^m(\theta_0+\theta_1x^{(i)}-y^{(i)})^2"

_ERMAK_MSE = r"\text{MSE} = \frac{1}{m} \sum_{i=1}^m (y_i - (\theta_0 + \theta_1 x_i))^2"
_ERMAK_LOGLOSS = r"\text{Log Loss} = -\frac{1}{m} \sum_{i=1}^m \left( y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - \hat{y}_i) \right)"
_ERMAK_LOGLOSS_LETS = (r"\hat{y}_i = \sigma(z_i) = \frac{1}{1 + e^{-(\theta_0 + \theta_1 x_i)}}",)
_TECHQA_4075404_COST = r"\ell(w,\alpha, \beta) := \sum_{i=1}^{m} \left( y^i - \sigma(w^Tz^i) \right)^2"

ANSWERS = [
    # ------------------------------------------- stubbornZen/Simple-Linear-Regression-ReactJs
    Answer(
        id="stubbornzen-linreg-one-feature-dw",
        source="github:stubbornZen/Simple-Linear-Regression-ReactJs:src/math_function/gradient_func.md (Gradient Descent Background, 'Gradient with respect to w')",
        text=r"\frac{\partial J(w, b)}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)}) \cdot x^{(i)}",
        cost=_STUBBORNZEN_COST,
        verdict="equivalent",
        wrt="w",
        lets=(r"f_{w,b}(x^{(i)}) = w \cdot x^{(i)} + b",),
        why="one-feature linear regression: scalar w and b, '·' is an ordinary product of scalars",
    ),
    Answer(
        id="stubbornzen-linreg-one-feature-db",
        source="github:stubbornZen/Simple-Linear-Regression-ReactJs:src/math_function/gradient_func.md (Gradient Descent Background, 'Gradient with respect to b')",
        text=r"\frac{\partial J(w, b)}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (f_{w,b}(x^{(i)}) - y^{(i)})",
        cost=_STUBBORNZEN_COST,
        verdict="equivalent",
        wrt="b",
        lets=(r"f_{w,b}(x^{(i)}) = w \cdot x^{(i)} + b",),
        why="the intercept's gradient: the same sum without the x factor",
    ),
    # ------------------------------------------------ notebook.community (mirjalil/DataScience)
    Answer(
        id="mirjalil-linreg-w0-dot-times",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (partial derivatives, ∂J/∂w_0, the middle expression)",
        text=r"\displaystyle \frac{1}{2 n} \displaystyle \sum_{i=1}^{n} 2.(w_0 + w_1 x^{(i)} - y^{(i)})",
        cost=_MIRJALIL_COST,
        verdict="equivalent",
        wrt="w_0",
        why="'2.(…)' uses a period as the multiplication dot (2·(…)); read as the decimal 2. times (…) it is the same number; n is the number of examples",
    ),
    Answer(
        id="mirjalil-linreg-w0",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (partial derivatives, ∂J/∂w_0, the last expression)",
        text=r"\displaystyle \frac{1}{n} \displaystyle \sum_{i=1}^{n} (w_0 + w_1 x^{(i)} - y^{(i)})",
        cost=_MIRJALIL_COST,
        verdict="equivalent",
        wrt="w_0",
        why="one-feature linear regression with the hypothesis written out, n examples",
    ),
    Answer(
        id="mirjalil-linreg-w1-dots",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (partial derivatives, ∂J/∂w_1, the middle expression)",
        text=r"\displaystyle \frac{1}{2 n} \displaystyle \sum_{i=1}^{n} 2.x^{(i)}.(w_0 + w_1 x^{(i)} - y^{(i)})",
        cost=_MIRJALIL_COST,
        verdict="equivalent",
        wrt="w_1",
        why="periods as multiplication dots: (1/2n) Σ 2·x⁽ⁱ⁾·(w₀ + w₁x⁽ⁱ⁾ − y⁽ⁱ⁾)",
    ),
    Answer(
        id="mirjalil-linreg-w1",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (partial derivatives, ∂J/∂w_1, the last expression)",
        text=r"\displaystyle \frac{1}{n} \displaystyle \sum_{i=1}^{n} x^{(i)} (w_0 + w_1 x^{(i)} - y^{(i)})",
        cost=_MIRJALIL_COST,
        verdict="equivalent",
        wrt="w_1",
        why="the x⁽ⁱ⁾ factor written first",
    ),
    # ------------------------------------------------------------ softwarefly.net
    Answer(
        id="softwarefly-linreg-theta0",
        source="https://softwarefly.net/2019/04/21/gradient-descent-for-linear-regression/ (j=0)",
        text=r"\frac{\partial}{\partial \theta_{0}} J\left(\theta_{0}, \theta_{1}\right)=\frac{1}{m} \sum_{i=1}^{m}\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right)",
        cost=_SOFTWAREFLY_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=(r"h_{\theta}(x)=\theta_{0}+\theta_{1} x",),
        why="one-feature linear regression, intercept",
    ),
    Answer(
        id="softwarefly-linreg-theta1",
        source="https://softwarefly.net/2019/04/21/gradient-descent-for-linear-regression/ (j=1)",
        text=r"\frac{\partial}{\partial \theta_{1}} J\left(\theta_{0}, \theta_{1}\right)=\frac{1}{m} \sum_{i=1}^{m}\left(\left(h_{\theta}\left(x^{(i)}\right)-y^{(i)}\right) \cdot x^{(i)}\right)",
        cost=_SOFTWAREFLY_COST,
        verdict="equivalent",
        wrt="theta_1",
        lets=(r"h_{\theta}(x)=\theta_{0}+\theta_{1} x",),
        why="one-feature linear regression, slope; the product is wrapped in an extra pair of parentheses",
    ),
    # ------------------------------------------------------------- mltutor.ai
    Answer(
        id="mltutor-linreg-theta0",
        source="https://www.mltutor.ai/gradient-descent/derivation (Step 2, the simplified ∂Cost/∂θ₀)",
        text=r"\frac{\partial \text{Cost}}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})",
        cost=_MLTUTOR_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=("h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾",),
        why="the page defines h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾ (in Unicode, as the let gives it)",
    ),
    Answer(
        id="mltutor-linreg-theta1-cdot",
        source="https://www.mltutor.ai/gradient-descent/derivation (Step 3, the simplified ∂Cost/∂θ₁)",
        text=r"\frac{\partial \text{Cost}}{\partial \theta_1} = \frac{1}{m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) \cdot x^{(i)}",
        cost=_MLTUTOR_COST,
        verdict="equivalent",
        wrt="theta_1",
        lets=("h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾",),
        why="one-feature slope gradient with a \\cdot product",
    ),
    Answer(
        id="mltutor-linreg-theta0-chain-rule-step",
        source="https://www.mltutor.ai/gradient-descent/derivation (Step 2, 'Using the chain rule')",
        text=r"\frac{\partial \text{Cost}}{\partial \theta_0} = \frac{1}{2m} \sum_{i=1}^{m} 2(h_\theta(x^{(i)}) - y^{(i)}) \cdot \frac{\partial}{\partial \theta_0} (h_\theta(x^{(i)}) - y^{(i)})",
        cost=_MLTUTOR_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=("h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾",),
        why="an unfinished step with a derivative left inside: ∂/∂θ₀ (h − y) = 1, so it is (1/m) Σ (h − y)",
    ),
    # ------------------------------------------------------------ shuhanyu.com (linear)
    Answer(
        id="shuhanyu-linreg-theta0-times-1",
        source="https://www.shuhanyu.com/2018/06/08/GradientDescent4LinearRegression/ (for j=0, (1.1))",
        text=r"\frac{\partial}{\partial\theta_0}J(\theta_0,\theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*1",
        cost=_SHUHANYU_LINEAR_COST,
        verdict="equivalent",
        wrt="theta_0",
        why="h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾ by the page's equation (1), which writes the same cost both ways; the '*1' is the derivative of θ₀",
    ),
    Answer(
        id="shuhanyu-linreg-theta1-star",
        source="https://www.shuhanyu.com/2018/06/08/GradientDescent4LinearRegression/ (for j=1, (1.2))",
        text=r"\frac{\partial}{\partial\theta_1}J(\theta_0,\theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}(x^{(i)})-y^{(i)})*x^{(i)}",
        cost=_SHUHANYU_LINEAR_COST,
        verdict="equivalent",
        wrt="theta_1",
        why="'*' for the product; h_θ(x⁽ⁱ⁾) = θ₀ + θ₁x⁽ⁱ⁾ by the page's equation (1)",
    ),
    # ----------------------------------------------------------- laugh12321.cn
    Answer(
        id="laugh12321-linreg-h-of-theta-unbalanced",
        source="https://www.laugh12321.cn/2019/03/09/Gradient_Descent/index.html (Cost, the gradient equation)",
        text=r"\frac{\partial J(\theta)}{\partial \theta_j} = 1/m\sum_{i=1}^{m}(h(\theta^{(i)} - y^{(i)}).X_j^{(i)}",
        cost="linear",
        verdict="refuse",
        why="the parenthesis opened before h is never closed, and as written h is applied to θ⁽ⁱ⁾ − y⁽ⁱ⁾; (1/m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)X_j⁽ⁱ⁾ is meant (the page's cost is the half-mean squared error, written 1/2m Σ(h(θ)⁽ⁱ⁾ − y⁽ⁱ⁾)²)",
    ),
    # ------------------------------------------------------------ mathgpt.today
    Answer(
        id="mathgpt-ridge-theta-j-geq-1",
        source="https://mathgpt.today/problems/machine%20learning/multiple-linear-regression (3. Deriving Partial Derivatives, 'For j ≥ 1', 'Simplifying')",
        text=r"\frac{1}{m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)} + \frac{\lambda}{m} \theta_j",
        cost=_MATHGPT_COST,
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}",),
        why="for j ≥ 1 (the penalty sums θ₁…θₙ and the intercept θ₀ is separate): (λ/2m)Σθ_j² gives (λ/m)θ_j",
    ),
    Answer(
        id="mathgpt-ridge-theta0",
        source="https://mathgpt.today/problems/machine%20learning/multiple-linear-regression (3. Deriving Partial Derivatives, 'For j=0')",
        text=r"\frac{1}{m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)",
        cost=_MATHGPT_COST,
        verdict="equivalent",
        wrt="theta_0",
        lets=(r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}",),
        why="the intercept is not in the penalty, so no λ term",
    ),
    # ---------------------------------------------- kar137/Machine-Learning-Portfolio
    Answer(
        id="kar137-logreg-dw-yhat",
        source="github:kar137/Machine-Learning-Portfolio:docs/Linear-Models/Logistic-Regression/binary_classification.md (Derivative of loss w.r.t. w_j)",
        text=r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)}) x_j^{(i)}",
        cost=_KAR137_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"\hat{y}^{(i)} = \sigma(w^T x^{(i)})",),
        why="ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾) as the same notes define it",
    ),
    # ---------------------------------------------------- Octave ex2 regularized (Coursera)
    Answer(
        id="edicoweb-octave-reg-theta1-zeroed",
        source="github:edicoweb/Regresi-nLogistica_IA-:Lab_IA/Lab_Practica03/costFunctionReg.m (grad = ...)",
        text=r"(X'*(h - y)+lambda*theta1)/m",
        cost=r"((-y)'*log(h) - (1-y)'*log(1-h))/m + lambda*(theta1'*theta1)/(2*m)",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = sigmoid(X*theta)", r"theta1 = [0 ; theta(2:size(theta), :)]"),
        why="theta1 is θ with its first entry zeroed, in both the penalty and the gradient, so the intercept is left unregularized consistently",
    ),
    Answer(
        id="osmanbaskaya-octave-reg-mask",
        source="github:osmanbaskaya/projects-and-hws:machine-learning/hw4a/costFunctionReg.m (grad = ...)",
        text=r"((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m",
        cost=r"(sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"hx = sigmoid(X * theta)",),
        why="((h − y)ᵀX/m)ᵀ = Xᵀ(h − y)/m; the 0/1 mask leaves θ(1) out of the penalty term, as in the cost (m is length(X) in the file, the same m in cost and gradient)",
    ),
    # ------------------------------------------------ Kiotto-code/42KL_ft_linear_regression
    Answer(
        id="kiotto-linreg-dw-with-2-inside",
        source="github:Kiotto-code/42KL_ft_linear_regression:src/README.md (Step-by-Step Derivation, 'So:')",
        text=r"\frac{\partial \text{Loss}}{\partial w} = \frac{1}{n} \sum_{i=1}^n 2(wX_i + b - y_i) \cdot X_i",
        cost=_KIOTTO_COST,
        verdict="equivalent",
        wrt="w",
        why="one-feature MSE without ½ (X_i is the i-th input, a scalar; n examples): the 2 is kept",
    ),
    Answer(
        id="kiotto-linreg-dw-2-over-n-no-bounds",
        source="github:Kiotto-code/42KL_ft_linear_regression:src/README.md (Step-by-Step Derivation, 'Factor out the 2')",
        text=r"\frac{2}{n} \sum X_i \cdot (wX_i + b - y_i)",
        cost=_KIOTTO_COST,
        verdict="equivalent",
        wrt="w",
        why="the same with 2/n outside; the sum has no written bounds, i over the n examples as in the line before",
    ),
    Answer(
        id="kiotto-linreg-dw-dropped-2-yhat",
        source="github:Kiotto-code/42KL_ft_linear_regression:src/README.md ('we often drop the 2 (absorbed into learning rate), leading to')",
        text=r"dw = \frac{1}{n} \sum X_i \cdot (\hat{y}_i - y_i)",
        cost=_KIOTTO_COST,
        verdict="different",
        wrt="w",
        lets=(r"\hat{y}_i = wX_i + b",),
        why="missing factor 2: the loss is the MSE without ½, whose derivative is (2/n) Σ X_i(ŷ_i − y_i); the page drops the 2 on purpose ('absorbed into learning rate'), so the result is half the gradient",
    ),
    Answer(
        id="kiotto-linreg-dw-final-boxed",
        source="github:Kiotto-code/42KL_ft_linear_regression:src/README.md (Final Formula, boxed)",
        text=r"\boxed{dw = \frac{1}{n} \sum X_i \cdot (wX_i + b - y_i)}",
        cost=_KIOTTO_COST,
        verdict="different",
        wrt="w",
        why="missing factor 2 (the '✅ exact derivative' two lines above is (2/n) Σ X_i(wX_i + b − y_i)); the \\boxed{} wrapper is in the source",
    ),
    # ----------------------------------------------------------- ashwinreddy/wiki
    Answer(
        id="ashwinreddy-ols-one-example-square-kept",
        source="github:ashwinreddy/wiki:Mathematics/Statistics/Ordinary-least-squares.md (derivative for one example (x, y), second line of the align)",
        text=r"2 \cdot \frac{1}{2}\left(h_\theta(x) - y \right)^2\cdot \partial_{\theta_j}\left(h_\theta(x) - y\right)",
        cost=_ASHWIN_ONE_EXAMPLE_COST,
        verdict="different",
        wrt="theta_j",
        why="the power rule applied without lowering the exponent: d/du ½u² = u, but the line keeps (h − y)², so it equals (h − y)² x_j instead of (h − y) x_j (the next line of the page drops the square again); h_θ(x) = θᵀx, as the page's next line writes ∂(θᵀx − y)",
    ),
    Answer(
        id="ashwinreddy-ols-one-example",
        source="github:ashwinreddy/wiki:Mathematics/Statistics/Ordinary-least-squares.md (derivative for one example (x, y), last line of the align)",
        text=r"\left( h_\theta(x) - y \right)x_j",
        cost=_ASHWIN_ONE_EXAMPLE_COST,
        verdict="equivalent",
        wrt="theta_j",
        why="the page differentiates the cost of a single example, ½(h_θ(x) − y)² with h_θ(x) = θᵀx, whose derivative this is",
    ),
    # --------------------------------------- Cornell CS4780 ridge.m (xTr is d×n, examples are columns)
    Answer(
        id="joechengz-ridge-columns",
        source="github:joechengz/machine-learning:project4/ridge.m (gradient = ...)",
        text=r"2 * xTr * s' + 2 * lambda * w",
        cost=r"s * s' + lambda * (w' * w)",
        verdict="equivalent",
        wrt="w_j",
        lets=_CS4780_RIDGE_LETS,
        why="summed squared loss (no 1/n, no ½) plus λwᵀw; xTr is d×n with examples as columns, s the 1×n row of residuals, so 2·xTr·sᵀ + 2λw is the gradient",
    ),
    Answer(
        id="aswin1447-ridge-expanded",
        source="github:aswin1447/Machine-Learning-Project:hw04/ridge.m (gradient = ...)",
        text=r"2 * xTr * (w' * xTr)' - 2 * xTr * yTr' + 2 * lambda * w",
        cost=r"lo + re",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"A = w' * xTr - yTr", r"lo = A * A'", r"re = lambda * (w' * w)"),
        why="2X(Xᵀw) − 2Xyᵀ + 2λw with X = xTr (d×n): the residual product expanded",
    ),
    Answer(
        id="joy93-ridge-quadratic-form",
        source="github:Joy93/Machine-Learning_cse517a:spamfilter/ridge.m (gradient=...)",
        text=r"2*xTr*(xTr)'*w-2*xTr*(yTr)'+2*lambda*w",
        cost=r"w'*xTr*(xTr)'*w-w'*xTr*(yTr)'-yTr*(xTr)'*w+yTr*(yTr)'+lambda*(w)'*w",
        verdict="equivalent",
        wrt="w_j",
        why="the loss written as an expanded quadratic form in w; its gradient 2XXᵀw − 2Xyᵀ + 2λw",
    ),
    # ------------------------------------- community.deeplearning.ai (DeepLearning.AI forum threads)
    Answer(
        id="dlai-736960-asker-n-lambda-over-m",
        source="https://community.deeplearning.ai/t/derivative-of-regularized-logistic-cost-function-does-it-need-the-dimension-of-the-w-vector/736960 (question: 'When I take the derivative, I find it to be')",
        text=r"\frac{n\lambda}{m}\omega_j",
        cost=_DLAI_736960_COST,
        verdict="different",
        wrt="w_j",
        why="extra factor n: ∂/∂w_j of (λ/2m) Σ_k w_k² is (λ/m) w_j; the asker contracted two Kronecker deltas into n δ (δ_ikδ_kj = δ_ij, not N δ_ij); ω_j is the asker's spelling of w_j",
    ),
    Answer(
        id="dlai-736960-reply-lambda-over-m",
        source="https://community.deeplearning.ai/t/derivative-of-regularized-logistic-cost-function-does-it-need-the-dimension-of-the-w-vector/736960/2 (reply, the result at the end of the chain)",
        text=r"{\lambda \over m} w_j",
        cost=_DLAI_736960_COST,
        verdict="equivalent",
        wrt="w_j",
        why="the derivative of the regularization term alone; \\over for the fraction (the cost reuses j as its summation index, which the reply renames k)",
    ),
    Answer(
        id="dlai-150301-reply-dots-placeholder",
        source="https://community.deeplearning.ai/t/derivative-of-regularization-term/150301 (reply: 'And in the general case')",
        text=r"\frac {\partial {J(\vec{w},b)}}{\partial w_j} = .....+ \frac{\lambda}{m}w_j",
        cost=r"\frac{\lambda}{2m}\sum_{j=1}^{n}w_j^2",
        verdict="refuse",
        wrt="w_j",
        why="'.....' stands for the unregularized part of the gradient, left out on purpose; the text is not an expression (the λ/m w_j part is right for the regularization term quoted as the cost)",
    ),
    Answer(
        id="dlai-808488-asker-np-sum-scalar",
        source="https://community.deeplearning.ai/t/vectorized-form-for-dw-in-week2/808488 (question: 'can we rewrite this as')",
        text=r"(1/m) * np.sum(np.dot(X,dz.T))",
        cost=_DLS_PROPAGATE_COST,
        verdict="different",
        wrt="w_j",
        lets=(r"dz = A - Y", r"A = sigmoid(np.dot(w.T,X)+b)"),
        why="np.sum over the n_x×1 result adds up every component, so each ∂J/∂w_j is replaced by the sum over all features (a scalar, as the mentor says); the thread states no cost, the course's week-2 cost (the propagate cost, X n_x×m) is used",
    ),
    Answer(
        id="dlai-808488-mentor-dot-over-m",
        source="https://community.deeplearning.ai/t/vectorized-form-for-dw-in-week2/808488 (reply: 'If we write out the formula in python/numpy, it is')",
        text=r"1./m * np.dot(X, dZ.T)",
        cost=_DLS_PROPAGATE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"dZ = A - Y", r"A = sigmoid(np.dot(w.T,X)+b)"),
        why="X is n_x×m (examples as columns), X·dZᵀ/m is the gradient in w; '1./m' is 1/m written with a float literal",
    ),
    # ------------------------------------------------------ stats.stackexchange 452162
    Answer(
        id="sse-452162-asker-missing-x",
        source="https://stats.stackexchange.com/questions/452162/finding-the-gradient-nabla-of-the-logistic-regression-cost-function (question: 'we can simplify and get', the right-hand side)",
        text=r"s(\textbf{Xw}) - \textbf{y}",
        cost=_SSE_452162_COST,
        verdict="different",
        wrt="w_j",
        lets=(r"\textbf{s} = s(\textbf{Xw})",),
        why="the inner derivative of Xw is missing (the asker: 'I know X should be here somewhere'); the gradient of the summed cross-entropy is Xᵀ(s(Xw) − y), a d-vector, not the n-vector of residuals",
    ),
    # ------------------------------------- math.stackexchange 2078966 (ARQMath archive copy)
    Answer(
        id="arqmath-2078966-edit-guess",
        source="https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/2078966_2017/2078966_01/2079813.html (question, 'Edit: I guess it is just')",
        text=r"\frac {\partial f(w,b)}{\partial w} = w - \sum (1 + e^{-u}) \cdot g(x)\cdot(1-g(x))",
        cost=r"\frac a 2 \cdot \| w \|^2 - \sum_{c=1}^C \log \ell(y^c(w^T \cdot x^c + b))",
        verdict="different",
        wrt="w_j",
        lets=(r"\ell(u) = \frac 1 {1+e^{-u}}",),
        why="the penalty (a/2)‖w‖² gives a·w, not w; and the chain-rule factor y^c x^c of u = y^c(wᵀx^c + b) is missing (the middle factor is right if g is ℓ: (1 + e^{−u}) ℓ(u)(1 − ℓ(u)) = 1 − ℓ(u) = d/du log ℓ(u)); the gradient is a·w − Σ_c (1 − ℓ(u_c)) y^c x^c",
    ),
    # --------------------------------------------------- more Octave ex2 / NumPy solutions
    Answer(
        id="qadapter-octave-distributed-xt",
        source="github:theBrokenLoop/Qadapter:costFunction.m (grad = ...)",
        text=r"(1/m)*(X'*h - X'*y )",
        cost=r"(1/m)*COST",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"COST = (-y)'*log(h) - (1 - y)'*log(1 - h)", r"h = sigmoid(X*theta)"),
        why="Xᵀ distributed over h − y: (1/m)(Xᵀh − Xᵀy) = (1/m)Xᵀ(h − y)",
    ),
    Answer(
        id="mishra-octave-length-x",
        source="github:mishra-ankit-dev/raspberrypi-backup:code/octave/log1.m (grad = ...)",
        text=r"X' * (hx - y) / m",
        cost=r"(-y' * log(hx) - (1 - y')*log(1 - hx)) / m",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"hx = sigmoid(X * theta)",),
        why="the ex2 gradient; m is length(X) in the file, the same m in the cost",
    ),
    Answer(
        id="griffinsolimini-gradient-returns-update",
        source="github:griffinsolimini/machine_learning:hw3/logreg.py (def gradient, return ...)",
        text=r"w - eta * (2.0 / N) * ((X * w - Y).T * X).T",
        cost=r"np.sum(np.square(X * w - Y)) / N",
        verdict="different",
        wrt="w_j",
        why="the function named gradient returns a gradient-descent step w − η∇J (∇J = (2/N)Xᵀ(Xw − Y) for this mean squared error, X and w np.matrix so * is the matrix product), not the gradient itself",
    ),
    # ------------------------------------------------ csc477/website_fall24 (CSC311 handout 2)
    Answer(
        id="csc477-linreg-one-feature-dw-targets-t",
        source="github:csc477/website_fall24:ex/w02/questions/linreg-sol.md ((a), the derivative with respect to w)",
        text=r"\frac{\partial \mathcal{E}}{\partial w} = \frac{1}{N}\sum_i x^{(i)}((w x^{(i)} + b) - t^{(i)})",
        cost=_CSC477_ONE_FEATURE_COST,
        verdict="equivalent",
        wrt="w",
        why="targets named t⁽ⁱ⁾, N examples, the sum index i without bounds (the question's cost writes it the same way); ½ cancels the 2",
    ),
    Answer(
        id="csc477-linreg-one-feature-db-targets-t",
        source="github:csc477/website_fall24:ex/w02/questions/linreg-sol.md ((a), the derivative with respect to b)",
        text=r"\frac{\partial \mathcal{E}}{\partial b} = \frac{1}{N}\sum_i ((w x^{(i)} + b) - t^{(i)})",
        cost=_CSC477_ONE_FEATURE_COST,
        verdict="equivalent",
        wrt="b",
        why="the intercept's derivative, targets t⁽ⁱ⁾",
    ),
    Answer(
        id="csc477-linreg-many-features-fw-macro",
        source="github:csc477/website_fall24:ex/w02/questions/linreg-sol.md ((b), the derivative with respect to w_j)",
        text=r"\frac{\partial \mathcal{E}}{\partial w_j} = \frac{1}{N}\sum_i x_j^{(i)}((\fw^\top \fx^{(i)}+b) - t^{(i)})",
        cost=_CSC477_MANY_FEATURES_COST,
        verdict="equivalent",
        wrt="w_j",
        why="\\fw and \\fx are the site's macros for bold w and x (the question itself writes {\\bf w}); the gradient of the half-mean squared error with intercept b",
    ),
    # ------------------------------------------------------- emkays-codelabs/Machine-Learning
    Answer(
        id="emkays-mse-slope-m-chain-step",
        source="github:emkays-codelabs/Machine-Learning:ex.md (8 Final Expression, ∂MSE/∂m before 'Simplify')",
        text=r"\frac{\partial \text{MSE}}{\partial m} = \frac{1}{n}\sum 2(y_i - m x_i - c)(-x_i)",
        cost=_EMKAYS_COST,
        verdict="equivalent",
        wrt="m",
        why="here m is the slope and c the intercept of ŷ_i = m x_i + c, n the number of examples; the sum has no written bounds (i = 1..n as in the cost)",
    ),
    Answer(
        id="emkays-mse-slope-m-final",
        source="github:emkays-codelabs/Machine-Learning:ex.md (FINAL ANSWER, boxed ∂MSE/∂m; the \\boxed{ } wrapper and its line breaks dropped)",
        text=r"\frac{\partial \text{MSE}}{\partial m} = -\frac{2}{n}\sum_{i=1}^{n} x_i (y_i - \hat{y}_i)",
        cost=_EMKAYS_COST,
        verdict="equivalent",
        wrt="m",
        lets=(r"\hat{y}_i = m x_i + c",),
        why="−(2/n) Σ x_i(y_i − ŷ_i) for the MSE without ½; m is the slope, not a count",
    ),
    Answer(
        id="emkays-mse-intercept-c-final",
        source="github:emkays-codelabs/Machine-Learning:ex.md (second derivation, boxed ∂MSE/∂c; the \\boxed{ } wrapper and its line breaks dropped)",
        text=r"\frac{\partial \text{MSE}}{\partial c} = -\frac{2}{n}\sum_{i=1}^{n} (y_i - \hat{y}_i)",
        cost=_EMKAYS_COST,
        verdict="equivalent",
        wrt="c",
        lets=(r"\hat{y}_i = m x_i + c",),
        why="the intercept c's derivative",
    ),
    Answer(
        id="aidanbird-octave-dot-minus-sum-rows",
        source="github:aidan-bird/ML-stuff:coursera-stanford-machine-learning/Ex2/costFunction.m (grad = ...)",
        text=r"(sum((sig.-y).*X))./m",
        cost=r"(sum(sum((-y.*log(sig)) - ((1-y) .* log(1 - sig)))))/m",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"sig = sigmoid(X * theta)",),
        why="Octave's '.-' (elementwise minus) and a column sum: sum((h − y).*X) is the 1×n row Σ_i (h⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾, then ./m",
    ),
    Answer(
        id="daniellawson-octave-xt-over-m",
        source="github:daniellawson9999/binary-classification-for-FTC-minerals:costFunction.m (grad = ...)",
        text=r"(X' * (h - y)) / m",
        cost=r"sum( (-y' * log(h)) - ((1 - y') * log(1 - h))) / m",
        verdict="equivalent",
        wrt="theta_j",
        lets=(r"h = sigmoid(X*theta)",),
        why="the ex2 vectorized gradient",
    ),
    # ------------------------------------------------------------ babibo180918/BBBLearning
    Answer(
        id="bbblearning-propagate-dw",
        source="github:babibo180918/BBBLearning:BBBLearning/lr/propagate.py (dw = ...)",
        text=r"1/m*np.dot(X, (A-Y).T)",
        cost=_BBB_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"Z = np.dot(w.T, X) + b", r"A = sigmoid(Z)"),
        why="DeepLearning.AI layout, X is n×m",
    ),
    Answer(
        id="bbblearning-propagate-db-keepdims",
        source="github:babibo180918/BBBLearning:BBBLearning/lr/propagate.py (db = ...)",
        text=r"1/m*np.sum(A-Y, axis=1, keepdims = True)",
        cost=_BBB_COST,
        verdict="equivalent",
        wrt="b",
        lets=(r"Z = np.dot(w.T, X) + b", r"A = sigmoid(Z)"),
        why="the sum along the examples' axis, kept as a 1×1 array",
    ),
    Answer(
        id="bbblearning-propagate-reg-minus-lambda",
        source="github:babibo180918/BBBLearning:BBBLearning/lr/propagate.py at commit ec4abe6999bdc362d532dfddfd3bba3285312a99 (regularized version, dw = ...)",
        text=r"1/m*np.dot(X, (A-Y).T) - lambd/m*w",
        cost=_BBB_REG_COST,
        verdict="different",
        wrt="w_j",
        lets=(r"Z = np.dot(w.T, X) + b", r"A = sigmoid(Z)"),
        why="the regularization term is wrong twice: the file's penalty is λ/(2m)·Σ w_k (not squared), whose gradient is the constant λ/(2m), and even for the intended λ/(2m)Σ w_k² the term would be +(λ/m)w, not −(λ/m)w",
    ),
    Answer(
        id="y1ran-propagate-column-activations",
        source="github:Y1ran/Introduction-to-Machine-Learning-with-Python-code:Deep_learning/propagate.py (dw = ...)",
        text=r"1 / m * np.dot(X, (A - Y.T))",
        cost=r"-1 / m * (np.dot(Y,np.log(A)) + np.dot((1 - Y), np.log(1 - A)))",
        verdict="equivalent",
        wrt="w_j",
        lets=(r"A = sigmoid(np.dot(X.T ,w) + b)",),
        why="A is computed as an m×1 column (Xᵀw + b) while Y is 1×m, so A − Yᵀ is the m×1 residual column and X(A − Yᵀ)/m the gradient (X n×m)",
    ),
    # ------------------------------------------------------------ ImJaeSung/LogisticRegression
    Answer(
        id="imjaesung-bias-sign-flipped",
        source="github:ImJaeSung/LogisticRegression:README.md (bias, ∂L/∂b, the last expression of the chain)",
        text=r"-(\hat{y}-y)1",
        cost=r"L(y, \hat{y})=-ylog(\hat{y})-(1-y)log(1-\hat{y})",
        verdict="different",
        wrt="b",
        lets=(r"\hat{y} = g(\mathbf{x}\mathbf{w}+b)", r"g(x) = \frac{1}{1+e^{-x}}"),
        why="sign error: ∂L/∂b = ŷ − y, and the chain's own previous expression −(y/ŷ − (1−y)/(1−ŷ))ŷ(1−ŷ)·1 equals ŷ − y; the README's weight derivation on the same page ends in −(y − ŷ)x_i, with the right sign (the per-example loss)",
    ),
    # ------------------------------------------------------------ niaza64/ml100 (plain-text notes)
    Answer(
        id="niaza64-bce-slope-a-plain",
        source="https://github.com/niaza64/ml100 ('After cancellation, we are left with')",
        text="∂BCE/∂a = (ŷ - y) * x",
        cost="BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]",
        verdict="equivalent",
        wrt="a",
        lets=("ŷ = σ(z)", "z = ax + b"),
        why="one example, one feature: a is the slope of z = ax + b; plain Unicode notation with '·' and '*' products",
    ),
    Answer(
        id="niaza64-bce-intercept-b-times-1",
        source="https://github.com/niaza64/ml100 ('For the b gradient … So the final result is')",
        text="∂BCE/∂b = (ŷ - y) * 1 = (ŷ - y)",
        cost="BCE = - [y·log(ŷ) + (1-y)·log(1-ŷ)]",
        verdict="equivalent",
        wrt="b",
        lets=("ŷ = σ(z)", "z = ax + b"),
        why="a chain ∂BCE/∂b = A = B whose two right-hand sides are both ŷ − y",
    ),
    # ------------------------------------------------------------ techhub.cafe
    Answer(
        id="techhub-mse-beta-unicode-matrix",
        source="https://techhub.cafe/interview-questions/linear-regression/mse-gradient-linear-regression (Deep explanation)",
        text="gradient = (2/n)Xᵀ(Xβ − y)",
        cost="MSE = (1/n)||Xβ − y||²",
        verdict="equivalent",
        wrt="beta_j",
        why="the MSE without ½ written with a Euclidean norm; Unicode ᵀ, β and − as the page writes them",
    ),
    # ------------------------------------------------------------ example-a.com
    Answer(
        id="example-a-64281861-b1-unbalanced",
        source="https://example-a.com/answer/64281861 ('Gradient wrt b1 will be')",
        text="sum[(h - y) . x)] / m",
        cost="sum((h - y) ** 2) / 2m",
        verdict="refuse",
        wrt="b_1",
        lets=("h = b0 + b1.x",),
        why="unbalanced brackets ('x)]' closes a parenthesis that was never opened); Σ(h − y)·x / m, with '.' as the product, is meant and would be right for the cost Σ(h − y)²/(2m) (2m read as (2m), the page's worked numbers divide by m = 3)",
    ),
    Answer(
        id="jeremy123w-ex5-theta2-zeroed",
        source="github:Jeremy123W/Machine-Learning-Andrew-Ng-Programming-Exercises:machine-learning-ex5-Regularized-Linear-Regression-and-Bias-vs-Variance/ex5/linearRegCostFunction.m (grad = ...)",
        text=r"(((X*theta)-y)'*X/m)' + ((lambda*theta2)/m)",
        cost=r"sum(((X*theta)-y).^2)/(2*m)+(lambda/(2*m))*sum(theta2.^2)",
        verdict="equivalent",
        wrt="theta_j",
        why="theta2 is θ with theta2(1) = 0 (two lines of the file), used in both the cost and the gradient; ((Xθ − y)ᵀX/m)ᵀ = Xᵀ(Xθ − y)/m",
    ),
    Answer(
        id="haltode-octave-pinv-instead-of-transpose",
        source="github:haltode/mlai:logistic_regression/src/cost.m (gradient = ...)",
        text=r"(1 / m) * sum((h - y) .* X) + (lambda / m) .* pinv(tempT)",
        cost=r"(1 / m) * sum(-y .* log(h) - (1 .- y) .* log(1 .- h)) + reg",
        verdict="different",
        wrt="theta_j",
        lets=(r"h = sigmoid(X * theta)", r"reg = (lambda / (2 * m)) * sum(theta(2:end) .^ 2)"),
        why="pinv of a column vector is not its transpose: pinv(v) = vᵀ/(vᵀv), so the penalty term is (λ/m) tempTᵀ/‖tempT‖² instead of (λ/m) tempTᵀ (tempT is θ with tempT(1) = 0, set on the two lines before); the data term is right",
    ),
    # ------------------------------------------------ KoalaWithGarlicHead/WUENDA-machine_learning
    Answer(
        id="koala-linreg-theta0-brace-typo",
        source="github:KoalaWithGarlicHead/WUENDA-machine_learning:notes/machine_learning_WUENDA.md (Into the linear regression, 'j=0:')",
        text=r"\frac{\partial}{\partial \theta_0}J(\theta_0, \theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}x^{(i))}-y^{(i)})",
        cost=_KOALA_ONE_FEATURE_COST,
        verdict="refuse",
        wrt="theta_0",
        why="malformed: the superscript reads {(i))} (a parenthesis closed twice inside the braces) and h_θ is not applied to anything, written next to x; (1/m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾) is meant and would be right",
    ),
    Answer(
        id="koala-linreg-theta-j-h-juxtaposed",
        source="github:KoalaWithGarlicHead/WUENDA-machine_learning:notes/machine_learning_WUENDA.md (Gradient descent for multiple variables, the parenthesised ∂J/∂θ_j)",
        text=r"\frac{\partial}{\partial \theta_j}J(\Theta)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}x^{(i)}-y^{(i)})*x^{(i)}_j",
        cost="linear",
        verdict="refuse",
        why="h_θ x⁽ⁱ⁾ without parentheses: as written a product of a bare h_θ and the feature vector x⁽ⁱ⁾, not h_θ(x⁽ⁱ⁾); the notes write the cost (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² with parentheses, and the canonical gradient is clearly meant",
    ),
    Answer(
        id="koala-logreg-theta-j-square-brackets",
        source="github:KoalaWithGarlicHead/WUENDA-machine_learning:notes/machine_learning_WUENDA.md (Logistic regression, Gradient Descent, 'In that,')",
        text=r"\frac{\partial}{\partial\theta_j}J(\theta) = \frac{1}{m}\sum_{i=1}^m[h_\theta(x^{(i)})-y^{(i)}]x^{(i)}_j",
        cost="logistic",
        verdict="equivalent",
        why="square brackets around h − y, x^{(i)}_j with the superscript first; the notes' cost is the logistic preset, written there with one closing parenthesis missing after log(h_θ(x⁽ⁱ⁾)",
    ),
    # ------------------------------------------------ tylermorganme/coursera_deep_learning_notes
    Answer(
        id="tylermorgan-dls-dw-dz",
        source="github:tylermorganme/coursera_deep_learning_notes:week_2.md (Logistic Regression Vectorization, code block, dw = ...)",
        text=r"1/m * np.dot(X, dz.T)",
        cost=_DLS_PROPAGATE_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"dz = A-Y", r"A = sigmoid(Z)", r"Z = np.dot(w.T,X) + b"),
        why="X is the x×m matrix of column examples (the notes say so); the notes' own loss is mistyped (log(\\hat{1- y})), so the course's week-2 cost is used",
    ),
    Answer(
        id="tylermorgan-dls-db-dz",
        source="github:tylermorganme/coursera_deep_learning_notes:week_2.md (Logistic Regression Vectorization, code block, db = ...)",
        text=r"1/m*np.sum(dz)",
        cost=_DLS_PROPAGATE_COST,
        verdict="equivalent",
        wrt="b",
        lets=(r"dz = A-Y", r"A = sigmoid(Z)", r"Z = np.dot(w.T,X) + b"),
        why="the mean of A − Y",
    ),
    # ------------------------------------------------------------ Andrey1Ermak/Minor (notebook)
    Answer(
        id="ermak-mse-theta0-minus-2-over-m",
        source="https://github.com/Andrey1Ermak/Minor (Линейная регрессия, ∂MSE/∂θ₀)",
        text=r"\frac{\partial \text{MSE}}{\partial \theta_0} = -\frac{2}{m} \sum_{i=1}^m (y_i - (\theta_0 + \theta_1 x_i))",
        cost=_ERMAK_MSE,
        verdict="equivalent",
        wrt="theta_0",
        why="MSE without ½, residual written y − ŷ, sign pulled out",
    ),
    Answer(
        id="ermak-mse-theta1-minus-2-over-m",
        source="https://github.com/Andrey1Ermak/Minor (Линейная регрессия, ∂MSE/∂θ₁)",
        text=r"\frac{\partial \text{MSE}}{\partial \theta_1} = -\frac{2}{m} \sum_{i=1}^m (y_i - (\theta_0 + \theta_1 x_i)) x_i",
        cost=_ERMAK_MSE,
        verdict="equivalent",
        wrt="theta_1",
        why="the slope's derivative, subscript i for the example",
    ),
    Answer(
        id="ermak-logloss-theta0-yhat-subscript",
        source="https://github.com/Andrey1Ermak/Minor (Логистическая регрессия, ∂Log Loss/∂θ₀)",
        text=r"\frac{\partial \text{Log Loss}}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^m (\hat{y}_i - y_i)",
        cost=_ERMAK_LOGLOSS,
        verdict="equivalent",
        wrt="theta_0",
        lets=_ERMAK_LOGLOSS_LETS,
        why="one-feature logistic regression with ŷ_i = σ(θ₀ + θ₁x_i); the cost's name has a space ('Log Loss')",
    ),
    Answer(
        id="ermak-logloss-theta1-yhat-subscript",
        source="https://github.com/Andrey1Ermak/Minor (Логистическая регрессия, ∂Log Loss/∂θ₁)",
        text=r"\frac{\partial \text{Log Loss}}{\partial \theta_1} = \frac{1}{m} \sum_{i=1}^m (\hat{y}_i - y_i) x_i",
        cost=_ERMAK_LOGLOSS,
        verdict="equivalent",
        wrt="theta_1",
        lets=_ERMAK_LOGLOSS_LETS,
        why="the slope's derivative",
    ),
    # ------------------------------------------------------------ crucialexams.com
    Answer(
        id="crucialexams-mse-sigmoid-three-factors",
        source="https://crucialexams.com/study/questions/dy0-001/as-part-of-implementing-a-single-output-neural-network-layer-you-define/36667 (explanation, 'Multiplying the three factors gives')",
        text="∂L/∂W = (y_hat − y) y_hat (1 − y_hat) x",
        cost="L = ½ (y_hat − y)²",
        verdict="equivalent",
        wrt="W_j",
        lets=("y_hat = σ(z)", "z = Wᵗx + b"),
        why="squared error on a sigmoid output, one example: σ′ = ŷ(1 − ŷ) stays in the gradient (the mse-sigmoid shape); Wᵗ with a superscript t for the transpose, plain Unicode",
    ),
    # ------------------------------------------------ math.techqa.club 4075404 (math.SE mirror)
    Answer(
        id="techqa-4075404-question-gradient",
        source="https://math.techqa.club/gradient-of-2-layer-network-4075404 (question: 'The gradient is')",
        text=r"\nabla_w \ell(w, \alpha, \beta) = - \sum_{i=1}^m 2(y^i - \sigma(u^i))\sigma(u^i)(1-\sigma(u^i)) z^i",
        cost=_TECHQA_4075404_COST,
        verdict="equivalent",
        wrt="w_j",
        lets=(r"(u^i) = w^Tz^i",),
        why="summed squared error on σ(wᵀz^i); with respect to w the hidden outputs z^i are inputs, so the gradient is −2Σ(y^i − σ)σ(1 − σ)z^i (the let is written '(u^i) = w^Tz^i' on the page)",
    ),
    Answer(
        id="techqa-4075404-answer-inner-sign-lost",
        source="https://math.techqa.club/gradient-of-2-layer-network-4075404 (answer: 'Now take derivative')",
        text=r"2 \sum_{i=1}^{m} \left( y^i - \sigma(w^Tz^i) \right)D(\sigma(w^Tz^i))",
        cost=_TECHQA_4075404_COST,
        verdict="different",
        wrt="w_j",
        why="sign error: the inner derivative of y^i − σ(wᵀz^i) is −D(σ(wᵀz^i)), so the gradient is −2Σ(y^i − σ)D(σ); the answer then substitutes D(σ(wᵀz^i)) = σ(1 − σ)z^i and stops ('And done...'), which is the negative of the question's gradient",
    ),
    Answer(
        id="kiotto-linreg-dw-error-word-unindexed",
        source="github:Kiotto-code/42KL_ft_linear_regression:src/README.md (first formula: 'where the formula for the gradient of the loss with respect to the weight')",
        text=r"dw = \frac{1}{n} \sum (X \cdot \text{error})",
        cost=_KIOTTO_COST,
        verdict="refuse",
        wrt="w",
        why="'error' is a word, not a symbol the page defines (it later defines e_i = ŷ_i − y_i), and neither X nor error carries the example index the sum runs over; read as Σ X_i e_i / n it would also lack the factor 2 of the MSE without ½",
    ),
    Answer(
        id="koala-linreg-theta1-brace-typo",
        source="github:KoalaWithGarlicHead/WUENDA-machine_learning:notes/machine_learning_WUENDA.md (Into the linear regression, 'j=1:')",
        text=r"\frac{\partial}{\partial \theta_1}J(\theta_0, \theta_1)=\frac{1}{m}\sum_{i=1}^m(h_{\theta}x^{(i))}-y^{(i)})*x^{(i)}",
        cost=_KOALA_ONE_FEATURE_COST,
        verdict="refuse",
        wrt="theta_1",
        why="the same typo as for θ₀: x^{(i))} closes a parenthesis twice inside the superscript, and h_θ is written next to x instead of applied to it",
    ),
]
