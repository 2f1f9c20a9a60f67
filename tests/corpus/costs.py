r"""Real-world costs: cost functions as people wrote them, each copied verbatim.

Collected from stored copies of public material: DeepLearning.AI / Coursera lab
notebooks (markdown cells of .ipynb files in public GitHub repositories),
Octave/MATLAB and Python solutions of Andrew Ng's Coursera exercises, Julia and
Python gists, course pages and lecture notes, library documentation
(scikit-learn, jaxopt, …), Q&A answers (math/stats/datascience StackExchange and
their mirrors) and blog posts. Each ``text`` is exactly what the source shows
(LaTeX, Octave, Python or plain Unicode; an outer ``$…$``/``$$…$$`` may be
dropped, and where a formula is one side of a chain the item says which part was
taken); ``lets`` are definitions the same source gives, verbatim. ``intended``
is the cost the author means, worked out by hand (never by running logderiv),
following the conventions of ML notes: an undefined h / ŷ / f is θᵀx (or w·x + b)
in a squared error, σ(θᵀx) in a cross-entropy; ``1/2m`` is 1/(2m). Texts that are
malformed (an unclosed bracket, a typo that changes what the symbols say, text
mangled by a copy from rendered math) or that use operations logderiv does not
support (|·|, max, softmax, ReLU) are ``expect="refuse"``.
"""

from __future__ import annotations

import math

import numpy as np

from .items import Cost, Data, sig, softplus  # noqa: F401  (Data: the type the lambdas take)

DLS = "github:amanchadha/coursera-deep-learning-specialization:"
DIB = "github:dibgerge/ml-coursera-python-assignments:"
MLS = "github:greyhatguy007/Machine-Learning-Specialization-Coursera:C1 - Supervised Machine Learning - Regression and Classification/"

COSTS = [
    # ------------------------------------------------------------------
    # DeepLearning.AI Machine Learning Specialization, course 1 (lab notebooks)
    # ------------------------------------------------------------------
    Cost(
        id="mls-c1w1-lab04-cost-wb-scalar",
        source=MLS + "week1/Optional Labs/C1_W1_Lab04_Cost_function_Soln.ipynb (Computing Cost, eq. (1) and (2))",
        text=r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2 \tag{1}",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        lets=(r"f_{w,b}(x^{(i)}) = wx^{(i)} + b \tag{2}",),
        why="0-based sum over the m examples; one feature, scalar w (slope) and b (intercept)",
    ),
    Cost(
        id="mls-c1w2-a1-cost-wb-scalar",
        source=MLS + "week2/C1W2A1/C1_W2_Linear_Regression.ipynb (5 - Compute Cost, 'Cost function' and 'Model prediction')",
        text=r"J(w,b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        lets=(r"f_{w,b}(x^{(i)}) = wx^{(i)} + b",),
        why="linear regression with one variable: f = wx + b, scalar w",
    ),
    Cost(
        id="mls-c1w2-lab02-multi-variable",
        source=MLS + "week2/Optional Labs/C1_W2_Lab02_Multiple_Variable_Soln.ipynb (Compute Cost With Multiple Variables, eq. (3), (4))",
        text=r"J(\mathbf{w},b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})^2 \tag{3}",
        intended=lambda d: np.sum((d.X @ d.w + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w_j", "b"),
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = \mathbf{w} \cdot \mathbf{x}^{(i)} + b  \tag{4}",),
        why="bold w and x are the vectors; \\cdot is the dot product",
    ),
    Cost(
        id="mls-c1w3-lab09-linreg-l2",
        source=MLS + "week3/Optional Labs/C1_W3_Lab09_Regularization_Soln.ipynb (Cost function for regularized linear regression, eq. (1), (2))",
        text=r"J(\mathbf{w},b) = \frac{1}{2m} \sum\limits_{i = 0}^{m-1} (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})^2  + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2 \tag{1}",
        intended=lambda d: np.sum((d.X @ d.w + d.b - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = \mathbf{w} \cdot \mathbf{x}^{(i)} + b  \tag{2} ",),
        why="0-based feature sum j=0..n-1 is all of w; b is not penalised",
    ),
    Cost(
        id="mls-c1w3-lab09-logreg-l2",
        source=MLS + "week3/Optional Labs/C1_W3_Lab09_Regularization_Soln.ipynb (Cost function for regularized logistic regression, eq. (3), (4))",
        text=r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) \right] + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2 \tag{3}",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        )
        + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        lets=(r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) = sigmoid(\mathbf{w} \cdot \mathbf{x}^{(i)} + b)  \tag{4} ",),
        why="the let writes 'sigmoid' without a backslash (upright text in the notebook): it is the logistic function",
    ),
    Cost(
        id="mls-c1w3-a1-logreg-l2-undefined-f",
        source=MLS + "week3/C1W3A1/C1_W3_Logistic_Regression.ipynb (3.5 Cost for regularized logistic regression)",
        text=r"J(\mathbf{w},b) = \frac{1}{m}  \sum_{i=0}^{m-1} \left[ -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) \right] + \frac{\lambda}{2m}  \sum_{j=0}^{n-1} w_j^2",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        )
        + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        why="f undefined in this cell, in a cross-entropy: f = σ(w·x + b); 'the b parameter is not regularized'",
    ),
    Cost(
        id="mls-c1w3-a1-logreg-unclosed-paren",
        source=MLS + "week3/C1W3A1/C1_W3_Logistic_Regression.ipynb (3.5, 'Compare this to the cost function without regularization')",
        text=r"J(\mathbf{w}.b) = \frac{1}{m}\sum_{i=0}^{m-1} \left[ (-y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right)\right]",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="the '(' before -y is never closed (and J(w.b) for J(w,b)); a reader sees the logistic cost, "
        "but where the bracket closes is a guess",
    ),
    # ------------------------------------------------------------------
    # Blog posts, course-note pages, Q&A (stored web pages)
    # ------------------------------------------------------------------
    Cost(
        id="shuhanyu-logreg-tag1",
        source="https://www.shuhanyu.com/2018/07/13/RegularizedLogisticRegression/ (eq. (1) and the definition of h below eq. (4))",
        text=r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^my^{(i)}\log\left(h_{\theta}(x^{(i)})\right)+(1-y^{(i)})\log\left(1-h_{\theta}(x^{(i)})\right)\right]\tag{1}",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=(r"h_{\theta}(x^{(i)})=\frac{1}{1+e^{\mathbf{-\theta^\top x}}}",),
        why="the Σ inside the brackets has no bracket of its own: it covers both terms (they use i); "
        "'^my' is TeX's one-character superscript m followed by y",
    ),
    Cost(
        id="shuhanyu-logreg-l2-sum-index-typo",
        source="https://www.shuhanyu.com/2018/07/13/RegularizedLogisticRegression/ (eq. (2), 'Where j=1,2,3,…,n')",
        text=r"J(\theta)=-\frac{1}{m}\left[\sum_{i=1}^my^{(i)}\log\left(h_{\theta}(x^{(i)})\right)+(1-y^{(i)})\log\left(1-h_{\theta}(x^{(i)})\right)\right]+\frac{\lambda}{2m}\sum_{i=1}^n\theta_j^2\tag{2}",
        intended=None,
        lets=(r"h_{\theta}(x^{(i)})=\frac{1}{1+e^{\mathbf{-\theta^\top x}}}",),
        expect="refuse",
        why="the penalty sums over i but squares θ_j (j free, the very index of ∂/∂θ_j): the author means Σ_j θ_j², "
        "but as written it is n·θ_j²; reading it either way is a guess",
    ),
    Cost(
        id="mirjalil-hw-univariate-2n",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (cost J(w), first line of the align)",
        text=r"J(\mathbf{w}) & = \frac{1}{2 n} \displaystyle \sum_{i=1}^{n}\left(h_\mathbf{w}(x)^{(i)} - y^{(i)}\right)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("w_0", "w_1"),
        lets=(r"h_\mathbf{w}(x) = w_0 + w_1 x",),
        why="'Given n data points': n counts the examples; h_w(x)^{(i)} is the prediction for example i; "
        "w_0, w_1 are intercept and slope (d.theta0, d.theta1 stand for them)",
    ),
    Cost(
        id="mirjalil-w0-w1-expanded",
        source="https://notebook.community/mirjalil/DataScience/notebooks/.ipynb_checkpoints/linear-models-checkpoint (cost J(w), right side of the second line of the align)",
        text=r"\frac{1}{2 n} \displaystyle \sum_{i=1}^{n}\left(w_0 + w_1 x^{(i)} - y^{(i)}\right)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("w_0", "w_1"),
        why="n data points; w_0 + w_1 x is the univariate model (d.theta0, d.theta1 stand for w_0, w_1)",
    ),
    Cost(
        id="qinuu-theta0-theta1-en-dash",
        source="http://www.qinuu.com/2019/03/25/2-linear-regression-with-one-variable/ (Cost Function)",
        text="J({\\theta }_0, {\\theta }_1) = \\frac {1}{2m}\\sum ^{m}_{i=1}( h_{\\theta }(x^{(i)}) \u2013 y^{(i)})^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        why="the minus is an en dash (U+2013) as the blog typed it; h undefined with θ₀, θ₁: h = θ₀ + θ₁x",
    ),
    Cost(
        id="laugh12321-one-over-2m-h-of-theta",
        source="https://www.laugh12321.cn/2019/03/09/Gradient_Descent/index.html (Cost)",
        text=r"\begin{equation} J(\theta) = 1/2m \sum_{i=1}^{m} (h(\theta)^{(i)} - y^{(i)})^2 \end{equation}",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        why="1/2m is 1/(2m); h(θ)^{(i)} is the prediction for example i of the linear model",
    ),
    Cost(
        id="medium-intuitionmath-matrix-em-dash",
        source="https://medium.com/intuitionmath/the-gradients-of-linear-regression-cost-function-1a42b98ab0ef (first line)",
        text="J(theta) = (1/2m) * (X * theta \u2014 y)^T * (X * theta \u2014 y)",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        why="matrix form in plain text; the minus is an em dash (U+2014) as published; (1/2m) is 1/(2m)",
    ),
    Cost(
        id="csdn-mathjax-stripped",
        source="https://blog.csdn.net/water2bear/article/details/74612902 (Cost Function)",
        text="J(\u03b80,\u03b81)=12m\u2211i=1m(y^i\u2212yi)2=12m\u2211i=1m(h\u03b8(xi)\u2212yi)2",
        intended=None,
        wrt=("theta_0", "theta_1"),
        expect="refuse",
        why="copied from rendered math: fractions and scripts are flattened ('12m' is 1/2m, '∑i=1m', ')2'); "
        "the text itself says 12·m",
    ),
    Cost(
        id="jemoka-qty-physics-package",
        source="https://www.jemoka.com/posts/kbhleast_squares_error (definition)",
        text=r"\begin{equation} J\qty(\theta) = \frac{1}{2} \sum_{i=1}^{n}\qty(h_{\theta }\qty(x^{(i)}) - y^{(i)})^{2} \end{equation}",
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2),
        why="\\qty( … ) is the physics package's auto-sized parentheses; n counts the examples (CS229 notation)",
    ),
    Cost(
        id="code-maven-sum-of-words",
        source="https://slides.code-maven.com/python/ml-cost-function.html (Cost function)",
        text="J(a, b) = (sum of (h(xi) - yi)^2)/2m",
        intended=lambda d: np.sum((d.w[0] * d.x**2 + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("a", "b"),
        lets=("h(x) = ax^2 + b",),
        why="'sum of' is English; /2m is /(2m) ('Squared error function'); h(x) = a x² + b with scalar a (d.w[0]) and b",
    ),
    Cost(
        id="lxip-capital-h-capital-x",
        source="https://lxip.github.io/2017/10/quick-ml-linear-regression (Hypothesis model, Cost function)",
        text=r"J(\theta) = \frac{1}{2m} \sum^m_{i=1} (H_\theta(X^{(i)}) - y^{(i)})^2",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=(r"H_\theta(X) = \theta^T X",),
        why="capital H and X^{(i)} for the hypothesis and the i-th example; ^m before _{i=1}",
    ),
    Cost(
        id="csviews-leading-space-braces",
        source="https://csviews.blogspot.com/2014/10 (Cost Function (Method I))",
        text=r"\ J(\theta) = \frac{1}{2m}\sum_{i=1}^m{(h(x^{(i)})-{y^{(i)}})^2}",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        why="a leading '\\ ' and the summand in braces; h undefined in a squared error: θᵀx",
    ),
    Cost(
        id="aman-ai-logreg-unbracketed-sum",
        source="https://aman.ai/primers/backprop/derivative-logistic-regression (the cost and the definitions of h and g)",
        text=r"J(\theta)=-\frac{1}{m} \sum_{i=1}^{m} y^{(i)} \log \left(h_{\theta}\left(x^{(i)}\right)\right)+\left(1-y^{(i)}\right) \log \left(1-h_{\theta}\left(x^{(i)}\right)\right)",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=(r"h_{\theta}(x)=g(\theta^{T} x)", r"g(z)=\frac{1}{1+e^{-z}}"),
        why="the Σ has no brackets but both terms use i: it covers the whole summand (as the page's later lines show)",
    ),
    Cost(
        id="ivanhalim-sum-from-zero-to-m",
        source="https://github.com/IvanHalim/numerical-recipes (Cost function, logistic regression)",
        text=r"J(\theta) = -\frac{1}{m} \sum_{i=0}^m[y^{(i)}\log(h_\theta(x^{(i)})) + (1 - y^{(i)})\log(1 - h_\theta(x^{(i)}))]",
        # expected a refusal until issue 10, whose decision (the coordinator's) reads this slip where the 1/m
        # beside the sum says how many examples it averages: derived, the reading is noted with the literal one
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="Σ from i=0 to m has m+1 terms against 1/m, an off-by-one: the 1/m says the writer averages over the m "
        "examples (a slip for 1..m), so it is read as the mean cross-entropy over them, with a note naming the slip",
    ),
    Cost(
        id="concise-org-space-displaystyle",
        source="https://concise.org/notes/machine-learning/regularization/regularized-logistic-regression/ (Cost function)",
        text=r"J(\theta) = - \space \frac{1}{m} \displaystyle \sum_{i=1}^m \left[ y^{(i)}\log (h_\theta (x^{(i)})) + (1 - y^{(i)})\log (1 - h_\theta(x^{(i)})) \right] + \frac{\lambda}{2m} \ \sum_{j=1}^n \theta_j^2",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta**2),
        why="\\space and '\\ ' are spacing; h undefined in a cross-entropy: σ(θᵀx); penalty j=1..n over θ",
    ),
    Cost(
        id="stats-se-278771-antoni-parellada",
        source="https://stats.stackexchange.com/questions/278771/how-is-the-cost-function-from-logistic-regression-differentiated (accepted answer, the cost inside ∂/∂θ_j on the first line; h from the 'h_θ(x)=σ(θᵀx)' step label)",
        text=r"\frac{-1}{m}\sum_{i=1}^m \left[ y^{(i)}\log\left(h_\theta \left(x^{(i)}\right)\right) + (1 -y^{(i)})\log\left(1-h_\theta \left(x^{(i)}\right)\right)\right]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=(r"h_\theta(x)=\sigma\left(\theta^\top x\right)",),
        why="\\frac{-1}{m}: the sign in the numerator",
    ),
    Cost(
        id="compphysics-ridge-norm-side-condition",
        source="https://compphysics.github.io/MachineLearning/doc/pub/week37/html/._week37-bs010.html (Ridge regression cost)",
        text=r"C_{\text{ridge}}(\theta) = \frac{1}{n}||X\theta -\mathbf{y}||^2 + \lambda ||\theta||^2, \ \lambda \geq 0.",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / d.m + d.lam * np.sum(d.theta**2),
        why="matrix form with ||·|| norms; n counts the examples; ', \\ λ ≥ 0.' is a side condition, not part of the cost",
    ),
    Cost(
        id="fishitmo-mse-slope-m",
        source="https://github.com/fishitmo/Data-Science-Interview-Preparation (Mean Squared Error (MSE), the cost and ŷ of the same display)",
        text=r"\mathrm{MSE} \;=\; \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^{2},",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        lets=(r"\hat y_i \;=\; m\,x_i + b",),
        why="here m is the SLOPE (ŷ = m x + b, d.w[0]) and n counts the examples; gradients are taken w.r.t. m and b",
    ),
    Cost(
        id="math-se-2503428-unclosed",
        source="https://math.techqa.club/derivative-of-binary-cross-entropy-why-are-my-signs-not-right-2503428 (mirror of math.stackexchange question 2503428, the question's loss)",
        text=r"J(\hat y) = \frac{-1}{m}\sum_{i=1}^m y_i\log(\hat y_i)+(1-y_i)(\log(1-\hat y)",
        intended=None,
        expect="refuse",
        why="'(\\log(1-\\hat y)' is never closed and the second ŷ has lost its index i; the author means binary cross-entropy",
    ),
    Cost(
        id="heaven-labs-bce-yhat-cdot",
        source="https://tech-notes.heaven-labs.net/blog/machine-learning/mathematical-derivation-of-binary-cross-entropy-loss (1. The Cost Function, 'Where:' list)",
        text=r"J(w,b) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \cdot \log(\hat{y}^{(i)}) + (1-y^{(i)}) \cdot \log(1-\hat{y}^{(i)})]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        lets=(r"\hat{y} = \sigma(z)", r"z = w^T x + b"),
        why="ŷ = σ(wᵀx + b) from the page's definitions",
    ),
    Cost(
        id="dipta007-bce-unclosed-plain-log",
        source="https://notes.dipta007.com/docs/zettelkasten/binary-cross-entropy/ (definition)",
        text=r"BCE = -( y log \hat{y} + (1-y) log (1- \hat{y})",
        intended=None,
        expect="refuse",
        why="unclosed '(' and 'log' without a backslash (l·o·g in TeX); one example, no sum",
    ),
    Cost(
        id="studylib-pdf-text-mse",
        source="https://studylib.net/doc/27539195/mean-squared-error-cost-function--mse- (Equation 1, as the PDF text reads)",
        text="J (w, b) = 2m m \u2211 (f w,b (x (i) ) \u2212 y (i) ) 2 i=1",
        intended=None,
        wrt=("w", "b"),
        expect="refuse",
        why="text extracted from a PDF: the fraction 1/2m, the limits of Σ and the exponent are scattered",
    ),
    Cost(
        id="numerade-ridge-unicode-norms",
        source="https://www.numerade.com/ask/question/4-15-points-ridge-regression-we-are-given-a-set-of-input-training-data-s-x1-91-_-xn-yn-let-x-x1x2-xnt-be-the-entire-input-data-matrix-and-y-y1-92-un-_-be-the-train-ing-labels_-the-objective-65864/ (the objective inside ∇w( … ) = 0)",
        text="\u2016Y - Xw\u2016^2 + \u03bb\u2016w\u2016^2",
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="Unicode double bars ‖·‖; Y is the label vector, X the data matrix; ‖w‖² = w1² + … + wn²",
    ),
    Cost(
        id="jaxopt-ridge-text-l2reg",
        source="https://jaxopt.github.io/stable/_autosummary/jaxopt.objective.ridge_regression.html (docstring formula)",
        text=r"\frac{1}{2n} ||XW - y||_2^2 + 0.5 \cdot \text{l2reg} \cdot ||W||_2^2",
        intended=lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m) + 0.5 * d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="\\text{l2reg} is the regularisation strength (λ), a factor, not an annotation; W is the weight vector; n samples",
    ),
    Cost(
        id="sklearn-ridge-objective",
        source="https://scikit-learn.org/stable/modules/generated/sklearn.linear_model.Ridge (Minimizes the objective function)",
        text="||y - Xw||^2_2 + alpha * ||w||^2_2",
        intended=lambda d: np.sum((d.y - d.X @ d.w) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j",),
        why="alpha is the regularisation strength (d.lam); ^2_2 is the squared 2-norm",
    ),
    Cost(
        id="hpoit-julia-broadcast-log",
        source="https://gist.github.com/hpoit/d1a24a65e4bf4a33ca6e5b69d38e60ca (Vectorized cost function)",
        text="J = (-y' * log.(hx) - (1 - y') * log.(1 - hx)) / m",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("hx = sigmoid(X * \u03b8)",),
        why="Julia: y' transposes, log. broadcasts; hx = σ(Xθ)",
    ),
    Cost(
        id="fuwiak-octave-neg-y-transpose",
        source="https://gist.github.com/fuwiak/bd7f7cb186fe75989a614bf4d14d082a (costFunction.m)",
        text="J = ((-y)'*log(h)-(1-y)'*log(1-h))/m;",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("h = sigmoid(X*theta);",),
        why="Octave: ' transposes, so (-y)'*log(h) is -Σ y log h",
    ),
    Cost(
        id="pqcfox-octave-elementwise",
        source="https://gist.github.com/pqcfox/94c22b81e0dd09dd23f5 (costFunction.m)",
        text="J = 1/m * sum(-y .* log(sigmoid(X * theta)) - (1-y) .* log(1-sigmoid(X * theta)));",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="Octave: .* is elementwise; sum over the m rows",
    ),
    Cost(
        id="marcelcaraciolo-numpy-dot-transpose",
        source="https://gist.github.com/1365841 (marcelcaraciolo, compute_cost)",
        text="J = (1./m) * (-transpose(y).dot(log(sigmoid(X.dot(theta)))) - transpose(1-y).dot(log(1-sigmoid(X.dot(theta)))))",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="NumPy: transpose(y).dot(v) is yᵀv; 1./m is 1/m",
    ),
    Cost(
        id="sjhwangwiki-d2l-empirical-risk",
        source="https://sjhwangwiki.com/cs/deep-learning/linear-regression-training (Definitions: the prediction, the squared loss, the empirical risk)",
        text=r"L(w,b) = \frac{1}{n}\sum_{i=1}^n \ell_i(w,b).",
        intended=lambda d: np.mean(0.5 * (d.X @ d.w + d.b - d.y) ** 2),
        wrt=("w_j", "b"),
        lets=(r"\ell_i(w,b) = \frac{1}{2}(\hat{y}_i - y_i)^2.", r"\hat{y}_i = x_i^T w + b,"),
        why="ℓ_i is the per-example loss, defined with trailing punctuation; n examples",
    ),
    # ------------------------------------------------------------------
    # Octave solutions of Andrew Ng's Coursera exercises (ex1, ex2)
    # ------------------------------------------------------------------
    Cost(
        id="ejpaari-octave-h-minus-y",
        source="github:ejpaari/ml:machine-learning-ex1/ex1/computeCost.m",
        text="J = 1 / (2*m) * sum((h-y).^2);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("h = X * theta;",),
        why="Octave: .^ is elementwise; 1 / (2*m) * sum(…) is the sum over (2m)",
    ),
    Cost(
        id="pbking1-octave-transpose-product",
        source="github:pbking1/machine_learning_coursework:project1_linearregression/gradient_test/ComputeCost.m",
        text="J = (X * theta - y)' * (X * theta - y) / (2 * m);",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        why="matrix form: v'*v is the sum of squares",
    ),
    Cost(
        id="oscargomez-octave-sum-squares",
        source="github:OscarGomezGonzalez/IA:Homework_1/computeCost.m",
        text="J = (1/(2*m)) * sum((X * theta - y).^2);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
    ),
    Cost(
        id="nikitautiu-octave-pred",
        source="github:nikitautiu/datascience:andrewng/week2/ex1/computeCost.m",
        text="J = (1/(2*m)) * sum((pred - y) .^ 2);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("pred = X * theta;",),
    ),
    Cost(
        id="4kxz-octave-dot-minus",
        source="github:4kxz/machine-learning-exercises:ex1/computeCostMulti.m",
        text="J = 1 / (2 * m) * sum(E);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("h = X * theta;", "E = (h .- y) .^ 2;"),
        why="Octave's .- is elementwise minus; E holds the squared errors, one per example",
    ),
    Cost(
        id="calciferzh-octave-temp",
        source="github:CalciferZh/cs229:ex1/computeCostMulti.m",
        text="J = temp' * temp / (2 * m);",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        lets=("temp = (X * theta - y);",),
    ),
    Cost(
        id="0-sv-octave-oldJ-theta-2-end",
        source="github:0-sv/stanford-ml:machine-learning-ex2/ex2/costFunctionReg.m",
        text="J = oldJ + (lambda/(2*m)) * sum(theta(2:end) .^ 2)",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("H = sigmoid(X*theta);", "C = ((-y)' * log(H)) - (1 - y)' * log(1-H);", "oldJ = (1/m) * C;"),
        why="theta(2:end) leaves out theta(1), the intercept (X has a column of ones first in ex2): "
        "the penalty is over d.theta[1:]",
    ),
    Cost(
        id="osmanbaskaya-octave-y-transpose-in-sum",
        source="github:osmanbaskaya/projects-and-hws:machine-learning/hw4a/costFunctionReg.m",
        text="J = (sum(-y' * log(hx) - (1 - y')*log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m);",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("hx = sigmoid(X * theta);",),
        why="y' is a row, so -y'*log(hx) is already the sum; theta(2:end) leaves the intercept out",
    ),
    Cost(
        id="dksan23-octave-theta-transpose-X-transpose",
        source="github:dksan23/logistic-regression-regularized:costFunctionReg.m",
        text="J=1/m*(sum(-y.*log(h)-(1-y).*log(1-h)))+lambda*(1/(2*m))*sum(theta1.^2);",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h=sigmoid((theta'*X')');", "theta1=theta(2:size(theta));"),
        why="(theta'*X')' is Xθ; theta1 is θ without its first (intercept) entry",
    ),
    # ------------------------------------------------------------------
    # DeepLearning.AI Deep Learning Specialization (lab notebooks)
    # ------------------------------------------------------------------
    Cost(
        id="dls-c1w2-cost-a-unbracketed-sum",
        source=DLS + "C1 - Neural Networks and Deep Learning/Week 2/Logistic Regression as a Neural Network/Logistic.ipynb (4.3 Forward and Backward propagation; eq. (1), (2))",
        text=r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        lets=(r"z^{(i)} = w^T x^{(i)} + b \tag{1}", r"\hat{y}^{(i)} = a^{(i)} = sigmoid(z^{(i)})\tag{2}"),
        why="no brackets after Σ, but both terms use i: the whole summand; a^{(i)} = σ(wᵀx⁽ⁱ⁾ + b) "
        "(the let chains ŷ⁽ⁱ⁾ = a⁽ⁱ⁾ = sigmoid(z⁽ⁱ⁾), sigmoid without a backslash)",
    ),
    Cost(
        id="dls-c1w2-cost-of-loss-L",
        source=DLS + "C1 - Neural Networks and Deep Learning/Week 2/Logistic Regression as a Neural Network/Logistic.ipynb (Mathematical expression of the algorithm, eq. (1)-(3), (6))",
        text=r" J = \frac{1}{m} \sum_{i=1}^m \mathcal{L}(a^{(i)}, y^{(i)})\tag{6}",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        lets=(
            r"z^{(i)} = w^T x^{(i)} + b \tag{1}",
            r"\hat{y}^{(i)} = a^{(i)} = sigmoid(z^{(i)})\tag{2}",
            r" \mathcal{L}(a^{(i)}, y^{(i)}) =  - y^{(i)}  \log(a^{(i)}) - (1-y^{(i)} )  \log(1-a^{(i)})\tag{3}",
        ),
        why="the cost is the mean of a per-example loss 𝓛(a, y) that the notebook defines as a function of two arguments",
    ),
    Cost(
        id="dls-c1w3-planar-two-layer-network",
        source=DLS + "C1 - Neural Networks and Deep Learning/Week 3/Planar data classification with one hidden layer/Planar_data_classification_with_onehidden_layer_v6c.ipynb (4.4 Compute the Cost, eq. (13))",
        text=r"J = - \frac{1}{m} \sum\limits_{i = 1}^{m} \large{(} \small y^{(i)}\log\left(a^{[2] (i)}\right) + (1-y^{(i)})\log\left(1- a^{[2] (i)}\right) \large{)} \small\tag{13}",
        intended=None,
        expect="refuse",
        why="a^{[2](i)} is the output of a two-layer network (tanh hidden layer, W^{[1]}, W^{[2]}), not a linear model in θ or w",
    ),
    Cost(
        id="dls-c2w1-regularization-network-weights",
        source=DLS + "C2 - Improving Deep Neural Networks Hyperparameter tuning, Regularization and Optimization/Week 1/Regularization/Regularization_v2a.ipynb (2 - L2 Regularization, eq. (2))",
        text=r"J_{regularized} = \small \underbrace{-\frac{1}{m} \sum\limits_{i = 1}^{m} \large{(}\small y^{(i)}\log\left(a^{[L](i)}\right) + (1-y^{(i)})\log\left(1- a^{[L](i)}\right) \large{)} }_\text{cross-entropy cost} + \underbrace{\frac{1}{m} \frac{\lambda}{2} \sum\limits_l\sum\limits_k\sum\limits_j W_{k,j}^{[l]2} }_\text{L2 regularization cost} \tag{2}",
        intended=None,
        expect="refuse",
        why="an L-layer network: a^{[L](i)} and the weight matrices W^{[l]} summed over layers l",
    ),
    Cost(
        id="dls-python-basics-l1-loss",
        source=DLS + "C1 - Neural Networks and Deep Learning/Week 2/Python Basics with Numpy/Python_Basics_With_Numpy_v3a.ipynb (2.1 Implement the L1 and L2 loss functions, eq. (6))",
        text=r"\begin{align*} & L_1(\hat{y}, y) = \sum_{i=0}^m|y^{(i)} - \hat{y}^{(i)}| \end{align*}\tag{6}",
        intended=None,
        expect="refuse",
        why="absolute value |·| (L1 loss); also Σ from 0 to m",
    ),
    Cost(
        id="dls-python-basics-l2-loss-0-to-m",
        source=DLS + "C1 - Neural Networks and Deep Learning/Week 2/Python Basics with Numpy/Python_Basics_With_Numpy_v3a.ipynb (2.1 Implement the L1 and L2 loss functions, eq. (7))",
        text=r"\begin{align*} & L_2(\hat{y},y) = \sum_{i=0}^m(y^{(i)} - \hat{y}^{(i)})^2 \end{align*}\tag{7}",
        intended=None,
        expect="refuse",
        why="Σ from i=0 to m counts m+1 examples (the notebook means 'over the vector'): which range is meant is a guess",
    ),
    # ------------------------------------------------------------------
    # More pages: notes, Q&A, homework sites, GitHub READMEs/notebooks (as stored web pages)
    # ------------------------------------------------------------------
    Cost(
        id="omarelamri-sum-n-no-limits",
        source="https://omarelamri.notion.site/Makeup-Lecture-4-April-14th-2023-44f1ef5c3e1c4757ab6a93895a294f1c (empirical risk minimization)",
        text=r"J(\theta) = -\sum y_n\log h_\theta (x_n) + (1-y_n)\log[1-h_\theta(x_n)]",
        intended=lambda d: -np.sum(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="Σ without limits over the examples n (both terms use n); no 1/N; h undefined in a cross-entropy: σ(θᵀx)",
    ),
    Cost(
        id="omarelamri-abs-squared",
        source="https://omarelamri.notion.site/Makeup-Lecture-4-April-14th-2023-44f1ef5c3e1c4757ab6a93895a294f1c (quadratic cost criterion)",
        text=r"J(\theta) = \dfrac{1}{N}\sum |y_i - \theta^Tx_i|^2",
        intended=None,
        expect="refuse",
        why="|·| is not read; for real y and θᵀx, |·|² is the square, but an absolute value is never guessed away",
    ),
    Cost(
        id="omarelamri-norm-matrix",
        source="https://omarelamri.notion.site/Makeup-Lecture-4-April-14th-2023-44f1ef5c3e1c4757ab6a93895a294f1c (Optimization: θ̂ = argmin J(θ), …)",
        text=r"J(\theta) = ||y-X\theta||_2^2",
        intended=lambda d: np.sum((d.y - d.X @ d.theta) ** 2),
        why="squared 2-norm of the residual vector, written with ||·||",
    ),
    Cost(
        id="solutioninn-logreg-capital-n",
        source="https://www.solutioninn.com/study-help/questions/1-objective-function-for-logistic-regression-with-l-2-26281900 (1. Objective Function)",
        text=r"J(\theta)=-\sum_{i=1}^{N}\left( y_i \log(\sigma(\theta^T x_i))+(1- y_i)\log(1-\sigma(\theta^T x_i))\right)",
        intended=lambda d: -np.sum(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="N examples, index i as a subscript; σ written out; no 1/N",
    ),
    Cost(
        id="solutioninn-logreg-l2-half-lambda",
        source="https://www.solutioninn.com/study-help/questions/1-objective-function-for-logistic-regression-with-l-2-26281900 (Adding the L2 regularization term)",
        text=r"J_{\text{reg}}(\theta)=-\sum_{i=1}^{N}\left( y_i \log(\sigma(\theta^T x_i))+(1- y_i)\log(1-\sigma(\theta^T x_i))\right)+\frac{\lambda}{2}\|\theta\|^2",
        intended=lambda d: -np.sum(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / 2 * np.sum(d.theta**2),
        why="J_{\\text{reg}}: a subscript in \\text on the left side; λ/2 ‖θ‖²",
    ),
    Cost(
        id="transtutors-lost-greek-letters",
        source="https://www.transtutors.com/questions/1-objective-function-for-logistic-regression-with-l2-regularization-the-objective-fu-13000384.htm (1. Objective Function, as the page shows it)",
        text="J(?) = -?i=1N (yi log(s(?Txi)) + (1 - yi) log(1 - s(?Txi)))",
        intended=None,
        expect="refuse",
        why="the page lost θ, σ and Σ to '?' and 's' (an encoding accident); nothing says which '?' is which",
    ),
    Cost(
        id="hashnode-omagbemi-logreg-l2",
        source="https://hashnode-hub.vercel.app/posts/67b51bdb8a04b2d94d04e8ee (Regularization in Logistic Regression)",
        text=r"J(\mathbf{w}, b) = -\frac{1}{m} \sum_{i=1}^m \left[ y^{(i)} \log(f_{\mathbf{w}, b}(\mathbf{x}^{(i)})) + (1 - y^{(i)}) \log(1 - f_{\mathbf{w}, b}(\mathbf{x}^{(i)})) \right] + \frac{\lambda}{2m} \sum_{j=1}^n w_j^2",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        )
        + d.lam / (2 * d.m) * np.sum(d.w**2),
        wrt=("w_j", "b"),
        why="f undefined in a cross-entropy: σ(w·x + b); b not penalised",
    ),
    Cost(
        id="notesonai-bishop-t-targets-wTw",
        source="https://notesonai.com/regularized+least+squares (regularized error function Ẽ(w))",
        text=r"\tilde{E}(\mathbf{w})=\frac{1}{2} \sum_{i=1}^{N}\left\{t_{i}-y\left(\mathbf{x}_{i}, \mathbf{w}\right)\right\}^{2}+\frac{1}{2} \lambda \mathbf{w}^{T} \mathbf{w}",
        intended=lambda d: 0.5 * np.sum((d.y - d.X @ d.w) ** 2) + 0.5 * d.lam * (d.w @ d.w),
        wrt=("w_j",),
        why="Bishop's notation: t_i is the TARGET (d.y) and y(x_i, w) the model's output, linear in w; "
        "\\left\\{ … \\right\\} are brackets; wᵀw is ‖w‖²",
    ),
    Cost(
        id="parasdahal-general-q-norm",
        source="https://parasdahal.com/notes/regularized+least+squares (In a more general terms, …)",
        text=r"\hat{E}(\mathbf{w})=\frac{1}{2} \sum_{i=1}^{N}\left(t_{i}-\mathbf{w}^{T} \phi\left(\mathbf{x}_{i}\right)\right)^{2}+\frac{\lambda}{2} \sum_{i=1}^{M}\left|\mathbf{w}\right|^q",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="|w|^q with an unspecified q (q=1 is the lasso), summed over i with no index on w",
    ),
    Cost(
        id="so-35419882-octave-no-mean",
        source="https://stackoverflow.com/questions/35419882/cost-function-in-logistic-regression-gives-nan-as-a-result (the question's computeCost)",
        text="cost = sum(-y .* log(htheta) - (1-y) .* log(1-htheta));",
        intended=lambda d: -np.sum(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("htheta = sigmoid(x*theta);",),
        why="a sum, not a mean (no 1/m); lower-case x is the data matrix here",
    ),
    Cost(
        id="bg1346-cost-2N-0-based",
        source="https://github.com/BG1346/python_ml_perfect_guide (notebook: 'We have the cost function')",
        text=r"Cost(w,b) = \frac{1}{2N} \sum_{i=0}^{N-1} (wx_i+b-y_i)^2",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        why="'Cost' spelled out on the left; N examples, 0-based; scalar w and b (h(x) = w x + b)",
    ),
    Cost(
        id="bg1346-numpy-cost0",
        source="https://github.com/BG1346/python_ml_perfect_guide (notebook, def cost0(w,b))",
        text="c=np.sum((w*x+b-y)**2)/(2*N)",
        intended=lambda d: np.sum((d.w[0] * d.x + d.b - d.y) ** 2) / (2 * d.m),
        wrt=("w", "b"),
        why="NumPy over the arrays x, y; N = y.shape[0] is the number of examples",
    ),
    Cost(
        id="subhaditya-hinge-sigma-max",
        source="https://publish.obsidian.md/subhaditya/KB/AI/Machine+Learning/Training/Loss+function/Hinge+Loss (Hinge)",
        text=r"L(y, \hat y) = \Sigma_{i}max(0, 1- y_{i}\hat y_{i})",
        intended=None,
        expect="refuse",
        why="hinge loss: max(0, …) is not differentiable everywhere and is not supported",
    ),
    Cost(
        id="masonlwang-hinge-plain",
        source="https://masonlwang.com/knowledgemap/notes/concepts/SVM (uses hinge loss)",
        text="max(0, 1 - y_i (w * x_i + b))",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="hinge loss max(0, …)",
    ),
    Cost(
        id="pyimagesearch-multiclass-svm-loss",
        source="https://none53.hatenablog.com/entry/2017/01/05/hinge_loss_function%3A (quoting pyimagesearch, multi-class SVM loss)",
        text=r"L_{i} = \sum_{j \neq y_{i}} max(0, s_{j} - s_{y_{i}} + 1)",
        intended=None,
        expect="refuse",
        why="multi-class hinge: max(0, …) over classes j ≠ y_i",
    ),
    Cost(
        id="sklearn-lasso-l1",
        source="https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.Lasso.html (The optimization objective for Lasso is)",
        text="(1 / (2 * n_samples)) * ||y - Xw||^2_2 + alpha * ||w||_1",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="the L1 norm ||w||_1 is a sum of absolute values",
    ),
    Cost(
        id="davinci-net-vec-w0",
        source="https://davinci-net.com/wiki/ridge-regression.html (Ridge Regression)",
        text=r"L(\vec{w}) = \frac{1}{N} \sum_{i=1}^N (y_i - (w_0 + \vec{w}^T \vec{x}))^2 + \lambda || \vec{w} || ^2",
        intended=lambda d: np.mean((d.y - (d.theta0 + d.X @ d.w)) ** 2) + d.lam * np.sum(d.w**2),
        wrt=("w_j", "w_0"),
        why="the page's {% … %} math delimiters dropped; inside the sum over i, x is the i-th example; "
        "w_0 is a separate intercept (d.theta0), not penalised; \\vec arrows on vectors",
    ),
    Cost(
        id="goodboychan-poisson-exp-factorial",
        source="https://goodboychan.github.io/python/machine_learning/2021/06/16/Likelihood-Estimation.html (Likelihood Function, first line of the display)",
        text=r"l(\beta_0, \beta_1) = \frac{1}{n} \big( \sum_{i=1}^n y_i (x_i^T \beta) - exp(x_i^T \beta) - \log(y_i !) \big)",
        intended=lambda d: np.mean(
            d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta) - np.array([math.lgamma(v + 1) for v in d.y])
        ),
        wrt=("beta_j",),
        why="Poisson log-likelihood (to be maximised): 'exp' without a backslash is e^(…); log(y_i!) does not depend on β; "
        "β = (β₀, β₁) with x_i = (1, x_i1): the intercept is a column of X",
    ),
    Cost(
        id="compphysics-logreg-beta0-beta1-negative",
        source="https://compphysics.github.io/MachineLearning/doc/pub/week38/html/._week38-bs020.html (the cost function is the negative log-likelihood)",
        text=r"\mathcal{C}(\boldsymbol{\beta})=-\sum_{i=1}^n \left(y_i(\beta_0+\beta_1x_i) -\log{(1+\exp{(\beta_0+\beta_1x_i)})}\right).",
        intended=lambda d: -np.sum(
            d.y * (d.theta0 + d.beta[0] * d.x) - np.log(1 + np.exp(d.theta0 + d.beta[0] * d.x))
        ),
        wrt=("beta_0", "beta_1"),
        why="one feature: β₀ (d.theta0) + β₁ x_i (d.beta[0], the first β); \\log{( … )} with a brace group; trailing full stop",
    ),
    Cost(
        id="compphysics-logreg-beta0-beta1-loglik",
        source="https://compphysics.github.io/MachineLearning/doc/pub/week38/html/._week38-bs020.html (Reordering the logarithms, …)",
        text=r"\mathcal{C}(\boldsymbol{\beta}) = \sum_{i=1}^n \left(y_i(\beta_0+\beta_1x_i) -\log{(1+\exp{(\beta_0+\beta_1x_i)})}\right).",
        intended=lambda d: np.sum(
            d.y * (d.theta0 + d.beta[0] * d.x) - np.log(1 + np.exp(d.theta0 + d.beta[0] * d.x))
        ),
        wrt=("beta_0", "beta_1"),
        why="the log-likelihood itself (positive sign), as the page first writes it",
    ),
    Cost(
        id="anya-decarlo-loglik-capital-Y-X",
        source="https://github.com/anya-decarlo/datasci_224 (log-likelihood ℓ(β))",
        text=r"\ell(\beta) = \sum_{i=1}^{n} \left[Y_i \beta^T X_i - \log(1 + e^{\beta^T X_i})\right]",
        intended=lambda d: np.sum(d.y * (d.X @ d.beta) - np.log(1 + np.exp(d.X @ d.beta))),
        wrt=("beta_j",),
        why="capital Y_i, X_i for the i-th example; the log-likelihood (maximised)",
    ),
    Cost(
        id="anya-decarlo-neg-loglik-l2",
        source="https://github.com/anya-decarlo/datasci_224 (regularised problem, the objective after argmin_β)",
        text=r"\sum_{i=1}^{n} \left[-Y_i \beta^T X_i + \log(1 + e^{\beta^T X_i})\right] + \lambda \|\beta\|^2",
        intended=lambda d: np.sum(-d.y * (d.X @ d.beta) + np.log(1 + np.exp(d.X @ d.beta)))
        + d.lam * np.sum(d.beta**2),
        wrt=("beta_j",),
    ),
    Cost(
        id="anya-decarlo-bce-mean-hat-y-i",
        source="https://github.com/anya-decarlo/datasci_224 (For a dataset with n samples, the average loss is)",
        text=r"\mathcal{L}(\hat{y}, y) = -\frac{1}{n}\sum_{i=1}^{n}[y_i \log(\hat{y}_i) + (1-y_i) \log(1-\hat{y}_i)]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.beta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.beta))
        ),
        wrt=("beta_j",),
        why="ŷ_i undefined here, in a cross-entropy: σ(βᵀx_i) (the page's logistic model)",
    ),
    Cost(
        id="concise-org-dfrac-hat-y-theta0-theta1",
        source="https://concise.org/notes/machine-learning/linear-regression/cost-function/ (The Cost Function, first equality of the chain)",
        text=r"J(\theta_0, \theta_1) = \dfrac {1}{2m} \displaystyle \sum _{i=1}^m \left ( \hat{y}^{(i)}- y^{(i)} \right)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        why="ŷ undefined with J(θ₀, θ₁): the one-feature line θ₀ + θ₁x; '\\left (' with a space",
    ),
    Cost(
        id="vedsoni-doubled-backslashes",
        source="github:VedSoni-dev/Stanford-Self-Study:courses/CS229/01-linear-regression/notes.md (Cost)",
        text=r"J(\\theta)=\\frac{1}{2m}\\sum_i(h_\\theta(x^{(i)})-y^{(i)})^2",
        intended=None,
        expect="refuse",
        why="every backslash is doubled in the file (escaped once too often): as TeX, \\\\ is a line break followed by "
        "the letters t·h·e·t·a; the author meant 1/(2m) Σ (h_θ(x) − y)²",
    ),
    Cost(
        id="youkuaiyun-malloc-luo-2n",
        source="https://blog.youkuaiyun.com/malloc_luo/article/details/106663217 (求Cost Function)",
        text=r"\displaystyle J(\theta_0, \theta_1) = \frac{1}{2n}\sum^n_{i = 1}(h(x_i) - y_i)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        lets=(r"\displaystyle h(x) = \theta_0 + \theta_1 x",),
        why="样本数为 n: n counts the examples; one feature",
    ),
    # ------------------------------------------------------------------
    # More Octave (Ng's lecture costFunctionJ, ex3 lrCostFunction, ex5 linearRegCostFunction)
    # ------------------------------------------------------------------
    Cost(
        id="ashutosh-octave-costFunctionJ-no-semicolons",
        source="github:Ashutosh-Tripathy/OctaveMLExamples:costFunctionJ.m",
        text="J = 1 / (2 * m) * sum(sqrErrors)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("predictions = X * theta", "sqrErrors = (predictions - y) .^ 2"),
        why="the lecture's costFunctionJ; statements without semicolons",
    ),
    Cost(
        id="burak0206-octave-squareErrors",
        source="github:burak0206/coursera_ml:week01/costFunctionJ.m",
        text="J = 1/(2*m) * sum(squareErrors);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=("predictions = X*theta;", "squareErrors = (predictions - y).^2 ;"),
    ),
    Cost(
        id="abdaniel-octave-mat-transpose",
        source="github:AbDaniel/CourseraML:ex1/computeCostMulti.m",
        text="J = J/(2 * m);",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        lets=("mat = ((X * theta) - y);", "J = mat' * mat;"),
        why="J is first defined as mat'*mat and then divided: the cost is the second assignment",
    ),
    Cost(
        id="0dayfall-octave-theta-reg-concat",
        source="github:0dayfall/ml_standford:machine-learning-ex5/ex5/linearRegCostFunction.m",
        text="J = (1/(2*m)) * sum((h - y).^2) + (lambda/(2*m)) * (theta_reg' * theta_reg);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h = X * theta;", "theta_reg = [0;theta(2:end, :);];"),
        why="theta_reg is θ with its first (intercept) entry replaced by 0: the penalty leaves θ(1) out",
    ),
    Cost(
        id="0x776-octave-divide-m-divide-2",
        source="github:0x776/MachineLearning-AndrewNg:machine-learning-ex5/ex5/linearRegCostFunction.m",
        text="J = sum((X * theta - y) .^ 2) / m / 2 + sum(theta(2:end) .^ 2) * lambda / m / 2;",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        why="/ m / 2 is /(2m), left to right; theta(2:end) leaves the intercept out",
    ),
    Cost(
        id="00abhishek-octave-sigmoid-written-out",
        source="github:00abhishek/cs229a:machine-learning-ex3/ex3/lrCostFunction.m",
        text="J = ((-y)'*log(h)-(1-y)'*log(1-h))/m + lambda*sum(theta(2:end).^2)/(2*m);",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("z = X*theta;", "h = 1./(1+exp(-z));"),
        why="the sigmoid written out with Octave's ./ ; theta(2:end) leaves the intercept out",
    ),
    Cost(
        id="747745124-octave-minus-theta1-squared",
        source="github:747745124/CS229-Machine-Learning:machine-learning-ex3/ex3/lrCostFunction.m",
        text="J = (1/m)*sum(-y .* log(h) - (1 - y) .* log(1-h))+(lambda/(2*m))*(sum(theta.^2)-theta(1)^2);",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta[1:] ** 2),
        lets=("h = sigmoid(X*theta);",),
        why="sum(theta.^2) - theta(1)^2: the penalty without the intercept θ(1)",
    ),
    # ------------------------------------------------------------------
    # More pages: softmax / ReLU (refused), a textbook-style notebook, a Stanford homework write-up
    # ------------------------------------------------------------------
    Cost(
        id="jangsuji-cs231n-softmax",
        source="https://github.com/Jangsuji/ML-Study (Softmax exercise, 'Softmax loss (cross-entropy)')",
        text=r"L_{i} = -log(\frac{e^{f_{y_{i}}}}{\sum_{j}e^{f_{j}}})",
        intended=None,
        expect="refuse",
        why="softmax over the class scores f_j (and 'log' without a backslash)",
    ),
    Cost(
        id="1cademy-d2l-multiclass-cross-entropy",
        source="https://1cademy.com/node/cross-entropy-loss-for-softmax-regression/VXSozYImVdhNrIj5Geve (Cross-Entropy Loss for Softmax Regression)",
        text=r"l(\mathbf{y}, \hat{\mathbf{y}}) = - \sum_{j=1}^q y_j \log \hat{y}_j",
        intended=None,
        expect="refuse",
        why="a sum over q classes of a one-hot label times log of a softmax output: not a binary / linear model",
    ),
    Cost(
        id="notion-mse-relu-max",
        source="https://www.notion.so/The-gradient-of-the-neural-network-loss-function-4312020efef64f13b36242daa6eb761f (the cost function, MSE)",
        text=r"C(\vec{w}, b, X, \vec{y}) = \frac{1}{N}\sum_{i=1}^N(y_i - activation(\vec{x}i))^2 = \frac{1}{N}\sum{i=1}^N(y_i - max(0,\vec{w}\cdot \vec{x}_i + b))^2",
        intended=None,
        wrt=("w_j", "b"),
        expect="refuse",
        why="ReLU activation max(0, w·x + b); also a chain of two '=' and a broken '\\sum{i=1}^N'",
    ),
    Cost(
        id="math-se-4483706-relu-last-layer",
        source="https://math.techqa.club/are-relu-a-very-bad-choice-as-last-layer-for-regression-4483706 (mirror of a math.stackexchange question: the network and its loss)",
        text="J = (t - o)^2",
        intended=None,
        wrt=("w_j", "b"),
        lets=("o = ReLU(a)", "a = Wx+b"),
        expect="refuse",
        why="o = ReLU(Wx + b): W is a weight matrix, which logderiv does not read (ReLU itself is; t is the target)",
    ),
    Cost(
        id="tylerneylon-cs229-macros",
        source="github:tylerneylon/math:ml_notes/cs229/cs229hw.md (Problem set 1, Logistic regression, Part (a))",
        text=r"J(\th) = -\frac{1}{m}\sum_{i=1}^m\log(g(y\toi x\toi)),",
        intended=None,
        expect="refuse",
        why="\\th and \\toi are the author's \\newcommand macros (θ and ^{(i)}), and the θᵀ inside g(·) is missing: "
        "CS229's J(θ) = -1/m Σ log g(y⁽ⁱ⁾θᵀx⁽ⁱ⁾) with y ∈ {-1, 1}",
    ),
    Cost(
        id="fedmug-kbtu-bce-hat-y-beta",
        source="https://github.com/Fedmug/kbtu-ml-book (Cost Function for the Entire Dataset)",
        text=r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[ y^{(i)}\log(\hat{y}^{(i)}) + (1-y^{(i)})\log(1-\hat{y}^{(i)}) \right]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="ŷ is the sigmoid of the linear combination (the page writes z with β's): σ(θᵀx)",
    ),
    # ------------------------------------------------------------------
    # Andrew Ng's ex1-ex5 texts, as transcribed in dibgerge's Python port of the assignments
    # ------------------------------------------------------------------
    Cost(
        id="dibgerge-ex1-h-theta-chain-let",
        source=DIB + "Exercise1/exercise1.ipynb (2.2.1 Update Equations)",
        text=r" J(\theta) = \frac{1}{2m} \sum_{i=1}^m \left( h_{\theta}(x^{(i)}) - y^{(i)}\right)^2",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        lets=(r" h_\theta(x) = \theta^Tx = \theta_0 + \theta_1 x_1",),
        why="the let is a chain h = θᵀx = θ₀ + θ₁x₁ (x₀ = 1): θᵀx over the features",
    ),
    Cost(
        id="dibgerge-ex1-vectorized-vec-y",
        source=DIB + "Exercise1/exercise1.ipynb (3.2 Implementation Note, vectorized form)",
        text=r" J(\theta) = \frac{1}{2m}(X\theta - \vec{y})^T(X\theta - \vec{y}) ",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        why="matrix form; \\vec{y} is the target vector",
    ),
    Cost(
        id="dibgerge-ex2-logreg-minus-inside",
        source=DIB + "Exercise2/exercise2.ipynb (1.2.2 Cost function and gradient)",
        text=r" J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \left[ -y^{(i)} \log\left(h_\theta\left( x^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - h_\theta\left( x^{(i)} \right) \right) \right]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="both signs inside the brackets; h undefined in this cell, in a cross-entropy: σ(θᵀx)",
    ),
    Cost(
        id="dibgerge-ex2-logreg-l2",
        source=DIB + "Exercise2/exercise2.ipynb (2.3 Cost function and gradient, regularized)",
        text=r" J(\theta) = \frac{1}{m} \sum_{i=1}^m \left[ -y^{(i)}\log \left( h_\theta \left(x^{(i)} \right) \right) - \left( 1 - y^{(i)} \right) \log \left( 1 - h_\theta \left( x^{(i)} \right) \right) \right] + \frac{\lambda}{2m} \sum_{j=1}^n \theta_j^2 ",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        )
        + d.lam / (2 * d.m) * np.sum(d.theta**2),
        why="'you should not regularize θ₀': j = 1..n runs over the features, which is all of d.theta here",
    ),
    Cost(
        id="dibgerge-ex3-logreg-g-sigmoid",
        source=DIB + "Exercise3/exercise3.ipynb (1.3.1 Vectorizing the cost function, with the h and g it defines)",
        text=r" J(\theta) = \frac{1}{m} \sum_{i=1}^m \left[ -y^{(i)} \log \left( h_\theta\left( x^{(i)} \right) \right) - \left(1 - y^{(i)} \right) \log \left(1 - h_\theta \left( x^{(i)} \right) \right) \right] ",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=(r"h_\theta(x^{(i)}) = g(\theta^T x^{(i)})", r"g(z) = \frac{1}{1+e^{-z}}"),
        why="Ng's g is the sigmoid",
    ),
    Cost(
        id="dibgerge-ex4-neural-network",
        source=DIB + "Exercise4/exercise4.ipynb (1.3 Feedforward and cost function)",
        text=r" J(\theta) = \frac{1}{m} \sum_{i=1}^{m}\sum_{k=1}^{K} \left[ - y_k^{(i)} \log \left( \left( h_\theta \left( x^{(i)} \right) \right)_k \right) - \left( 1 - y_k^{(i)} \right) \log \left( 1 - \left( h_\theta \left( x^{(i)} \right) \right)_k \right) \right]",
        intended=None,
        expect="refuse",
        why="K output units of a neural network: (h_θ(x))_k and one-hot y_k; not a single linear model",
    ),
    Cost(
        id="dibgerge-ex5-linreg-l2-parenthesised-sums",
        source=DIB + "Exercise5/exercise5.ipynb (1.2 Regularized linear regression cost function)",
        text=r" J(\theta) = \frac{1}{2m} \left( \sum_{i=1}^m \left( h_\theta\left( x^{(i)} \right) - y^{(i)} \right)^2 \right) + \frac{\lambda}{2m} \left( \sum_{j=1}^n \theta_j^2 \right)",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta**2),
        why="each sum in its own parentheses; h undefined in a squared error: θᵀx",
    ),
    Cost(
        id="dibgerge-ex5-J-train-text-subscript",
        source=DIB + "Exercise5/exercise5.ipynb (2.1 Learning curves, training error)",
        text=r" J_{\text{train}} = \frac{1}{2m} \left[ \sum_{i=1}^m \left(h_\theta \left( x^{(i)} \right) - y^{(i)} \right)^2 \right] ",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
        why="J_{\\text{train}} on the left; the training error has no λ term",
    ),
    # ------------------------------------------------------------------
    # More pages and repositories
    # ------------------------------------------------------------------
    Cost(
        id="zijpn-align-dfrac-space-sum",
        source="http://zijpn.github.io/ml/linear.html (Cost Function, with the Hypothesis above it)",
        text=r"\begin{align*} J(\theta) &= \dfrac {1}{2m} \sum _{i=1}^m \left (h_\theta (x^{(i)}) - y^{(i)} \right)^2 + \dfrac{\lambda}{2m} \sum _{j=1}^n \theta_j^2 \\ \end{align*}",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
        + d.lam / (2 * d.m) * np.sum(d.theta**2),
        lets=(r"h_\theta(x) &= \theta^{T} x",),
        why="an align* with '&=' and a trailing '\\\\'; \\sum _{i=1}^m with a space; \\dfrac {1}{2m}",
    ),
    Cost(
        id="zijpn-theta0-theta1-desmos",
        source="http://zijpn.github.io/ml/linear.html (Gradient descent with m = 6, n = 1, λ = 0: the second row of the align*, h from the first)",
        text=r"J(\theta_0, \theta_1) &= \dfrac {1}{2m} \sum _{i=1}^m \left (h_\theta (x^{(i)}) - y^{(i)} \right)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        lets=(r"h_\theta(x) &= \theta_0 + \theta_1 x",),
    ),
    Cost(
        id="muazashraf-mse-slope-m-expanded",
        source="https://github.com/TheMuazAshraf/ml_mastery (Mean Square Error: 'So the Cost Function Becomes')",
        text=r"mse = \frac{1}{n} \sum_{i=1}^{n} \left( y_i - (m x_i + b) \right)^2",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        why="m is the SLOPE (d.w[0]) and n the number of examples; lower-case 'mse' on the left",
    ),
    Cost(
        id="muazashraf-mse-y-p-no-index",
        source="https://github.com/TheMuazAshraf/ml_mastery (Mean Square Error: Formula, and 'While: y_p = m x_i + b')",
        text=r"mse = \frac{1}{n} \sum_{i=1}^{n} \left( y_i - y_p \right)^2",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        lets=(r"y_p = m x_i + b",),
        why="y_p (predicted) carries no i but is defined with x_i; m is the slope",
    ),
    Cost(
        id="gsamil-hat-y-i-inside-hat",
        source="https://github.com/gsamil/algorithms (Gradient Descent Algorithm with MSE, 1.)",
        text=r"MSE = \frac{1}{n}\sum_{i=1}^{n}\left ( y_i - \hat{y_i} \right )^2",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        lets=(r"\hat{y_i} = \left ( mx_i + b \right )",),
        why="\\hat{y_i} (the index inside the hat); 'mx_i' is m·x_i with m the slope",
    ),
    Cost(
        id="fishitmo-numpy-mean-error",
        source="https://github.com/fishitmo/Data-Science-Interview-Preparation (notebook In [14], gradient_descent)",
        text="cost = np.mean(error**2)",
        intended=lambda d: np.mean((d.y - (d.w[0] * d.x + d.b)) ** 2),
        wrt=("m", "b"),
        lets=("y_pred = m*x + b", "error = (y- y_pred)"),
        why="NumPy over the arrays x, y; m is the slope",
    ),
    Cost(
        id="clef98-octave-times-minus-one",
        source="github:clef98/raphson:mat/Ex2/costFunction.m",
        text="J = (1/m) * (((y * -1)' * (log(hyp))) - (var_1' * log(var_2)));",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("hyp = sigmoid(X * theta);", "var_1 = y * -1 + 1;", "var_2 = hyp * -1 + 1;"),
        why="y * -1 + 1 is 1 - y, hyp * -1 + 1 is 1 - h",
    ),
    Cost(
        id="aidan-bird-octave-sum-sum",
        source="github:aidan-bird/ML-stuff:coursera-stanford-machine-learning/Ex2/costFunction.m",
        text="J = (sum(sum((-y.*log(sig)) - ((1-y) .* log(1 - sig)))))/m;",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=("sig = sigmoid(X * theta);",),
        why="sum(sum(·)) of an m×1 vector is its sum; the prediction is named 'sig'",
    ),
    Cost(
        id="aakashgaur-comment-mse-name",
        source="github:AakashGaur03/Python-Supervised-ML-Regression-and-Classification:Week3/Lab09_Regularization/Lab09_01_Regularization.py (comment)",
        text="Cost: J(w) = MSE + \u03bb * sum(w_j^2)",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="MSE is a name, not a formula (1/m or 1/(2m)? with b?), and 'Cost:' is prose",
    ),
    Cost(
        id="amd-aocl-elastic-net",
        source="https://docs.amd.com/r/en-US/68552-AOCL-api-guide/Mean-square-error?contentId=CRuzm9vGPT82fJ_IAeSinA (the cost function)",
        text=r"\begin{split}C_{\{0<\lambda,0\le\alpha\le1\}}\left( \beta_0, \beta \right) & = L(y, \beta_0, \beta X) \\ & = \mathrm{MSE}(y, \beta_0, \beta X)= \frac{1}{2n} \sum_{i=1}^n (y_i - \beta_0 - \beta X_i)^2 + \lambda \bigg( \alpha \lVert \beta \rVert_1 + \frac{(1 - \alpha)}{2} \lVert \beta \rVert_2^2 \bigg),\end{split}",
        intended=None,
        wrt=("beta_j", "beta_0"),
        expect="refuse",
        why="elastic net: the L1 norm ‖β‖₁ (and a chain of '=' through named L and MSE)",
    ),
    Cost(
        id="pastebin-comment-sum-power",
        source="https://pastebin.com/JQf19DL6 (comment above the cost line: '# 1 / m * sum(W * x - y)^2')",
        text="1 / m * sum(W * x - y)^2",
        intended=lambda d: np.mean((d.w[0] * d.x - d.y) ** 2),
        wrt=("W",),
        why="a comment in plain text: the power after sum(…) squares each term (the code and the comment above it, "
        "'sum((W * x - y)^2)', accumulate squared errors); W is a scalar weight (d.w[0]), hypothesis = W * x",
    ),
    Cost(
        id="mfrachet-gist-x-as-times",
        source="https://gist.github.com/mfrachet/1afd71f1f074eee780450d3045018116 (cost function (conventially called J))",
        text="J(a, b) = (1/2m) x sum(f(xi) - yi)^2",
        intended=None,
        wrt=("a", "b"),
        lets=("f(x) = ax + b",),
        expect="refuse",
        why="'x' is used as the multiplication sign, while x is also the feature; read literally it is (1/2m)·x·Σ…, "
        "which is not what the author means (1/(2m) Σ (a x_i + b − y_i)²)",
    ),
    Cost(
        id="sungchullee-sigma-superscript-i",
        source="https://sungchullee.github.io/statistics_book_writing/ch19/logistic_regression/likelihood (Cross-Entropy Loss (Negative Log-Likelihood))",
        text=r"\ell = -\sum_{i=1}^{n} \Bigl[ y^{(i)}\log\sigma^{(i)} + \bigl(1-y^{(i)}\bigr)\log\bigl(1-\sigma^{(i)}\bigr) \Bigr]",
        intended=lambda d: -np.sum(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        why="σ^{(i)} is the predicted probability of example i, σ(z⁽ⁱ⁾) with z⁽ⁱ⁾ = A[i,:]θ (the page's Setup); "
        "\\Bigl[ \\Bigr] and \\bigl( \\bigr) brackets; no 1/n",
    ),
    Cost(
        id="compphysics-conditional-p-unbalanced",
        source="https://compphysics.github.io/MachineLearning/doc/pub/week38/html/._week38-bs019.html (the log-likelihood and our cost/loss function)",
        text=r"\mathcal{C}(\boldsymbol{\beta}) = \sum_{i=1}^n \left( y_i\log{p(y_i=1|x_i,\boldsymbol{\beta})} + (1-y_i)\log\left[1-p(y_i=1|x_i,\boldsymbol{\beta}))\right]\right).",
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="a conditional probability p(y_i=1|x_i,β) with '=' and '|' inside, and one ')' too many before \\right]",
    ),
    # ------------------------------------------------------------------
    # Poisson, NumPy code, and a few more
    # ------------------------------------------------------------------
    Cost(
        id="mls-c1w3-lab05-loss-function-let",
        source=MLS + "week3/Optional Labs/C1_W3_Lab05_Cost_Function_Soln.ipynb (Cost function, eq. (1)-(5))",
        text=r" J(\mathbf{w},b) = \frac{1}{m} \sum_{i=0}^{m-1} \left[ loss(f_{\mathbf{w},b}(\mathbf{x}^{(i)}), y^{(i)}) \right] \tag{1}",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        lets=(
            r"loss(f_{\mathbf{w},b}(\mathbf{x}^{(i)}), y^{(i)}) = -y^{(i)} \log\left(f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) - \left( 1 - y^{(i)}\right) \log \left( 1 - f_{\mathbf{w},b}\left( \mathbf{x}^{(i)} \right) \right) \tag{2}",
            r"f_{\mathbf{w},b}(\mathbf{x^{(i)}}) &= g(z^{(i)})\tag{3}",
            r"z^{(i)} &= \mathbf{w} \cdot \mathbf{x}^{(i)}+ b\tag{4}",
            r"g(z^{(i)}) &= \frac{1}{1+e^{-z^{(i)}}}\tag{5}",
        ),
        why="'loss' (no backslash) is a two-argument function the lab defines; f = g(z), z = w·x + b, g the sigmoid "
        "(the last three are rows of one align)",
    ),
    Cost(
        id="statsmodels-poisson-loglike-lambda-i",
        source="https://www.statsmodels.org/0.9.0/generated/statsmodels.discrete.discrete_model.Poisson.loglike.html (Notes)",
        text=r"\ln L=\sum_{i=1}^{n}\left[-\lambda_{i}+y_{i}x_{i}^{\prime}\beta-\ln y_{i}!\right]",
        intended=lambda d: np.sum(
            -np.exp(d.X @ d.beta) + d.y * (d.X @ d.beta) - np.array([math.lgamma(v + 1) for v in d.y])
        ),
        wrt=("beta_j",),
        why="Poisson log-likelihood (maximised); λ_i is the i-th mean exp(x_i'β) (statsmodels' loglinear model, "
        "'ln λ_i = x_i β' in the score notes), NOT the regularisation λ; x_i' is the transpose; ln y_i! is constant",
    ),
    Cost(
        id="imathworks-poisson-three-sums",
        source="https://imathworks.com/math/poisson-regression-log-likelihood-function-given-sample-data (the question's log likelihood)",
        text=r"-\sum e^{\beta_0+\beta_1 x_i}-\sum \log(y_i!)+\sum y_i (\beta_0+\beta_1 x_i)",
        intended=lambda d: -np.sum(np.exp(d.theta0 + d.beta[0] * d.x))
        - np.sum([math.lgamma(v + 1) for v in d.y])
        + np.sum(d.y * (d.theta0 + d.beta[0] * d.x)),
        wrt=("beta_0", "beta_1"),
        why="three sums without limits over the examples; one predictor: β₀ (d.theta0) + β₁x_i (d.beta[0], the first β)",
    ),
    Cost(
        id="imathworks-poisson-answer-last-line",
        source="https://imathworks.com/math/poisson-regression-log-likelihood-function-given-sample-data (Best Answer, right side of the last line of the align)",
        text=r"\sum_{i=1}^n(\beta_0+\beta_1 X_i)Y_i-\sum_{i=1}^n\log(Y_i!)-\sum_{i=1}^ne^{\beta_0+\beta_1 X_i}",
        intended=lambda d: np.sum((d.theta0 + d.beta[0] * d.x) * d.y)
        - np.sum([math.lgamma(v + 1) for v in d.y])
        - np.sum(np.exp(d.theta0 + d.beta[0] * d.x)),
        wrt=("beta_0", "beta_1"),
        why="capital X_i, Y_i for the i-th example; '\\sum_{i=1}^ne^{…}' is TeX's one-character superscript n then e^{…}",
    ),
    Cost(
        id="r4ds-islr-poisson-product",
        source="https://r4ds.github.io/bookclub-islr/estimating-the-poisson-regression-parameters.html (Maximum likelihood)",
        text=r"l(\beta_0, \beta_1, ..., \beta_p) = \Pi_{i=1}^n\frac{e^{-\lambda(x_i)}\lambda(x_i)^{y_i}}{y_i!}",
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="a product \\Pi over the examples (the likelihood, not its log), with λ(x_i) a function of the parameters",
    ),
    Cost(
        id="r4ds-homl-minimize-sse",
        source="https://r4ds.github.io/bookclub-homl/ridge-penalty.html (6.2.1 Ridge penalty)",
        text=r"\begin{equation} \operatorname{minimize}\left(S S E+\lambda \sum_{j=1}^p \beta_j^2\right) \end{equation}",
        intended=None,
        wrt=("beta_j",),
        expect="refuse",
        why="'minimize' of an SSE that is never written out (S·S·E as letters)",
    ),
    Cost(
        id="liamross-numpy-transpose-at-item",
        source="https://raw.githubusercontent.com/liamross/machine-learning-notes/master/notes/cost_function.ipynb (def costFunction)",
        text="return ((1 / (2 * m)) * (np.transpose(err) @ err).item((0, 0)))",
        intended=lambda d: (d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y) / (2 * d.m),
        lets=("hypothesis = X @ theta", "err = hypothesis - y"),
        why="NumPy with @; .item((0, 0)) takes the scalar out of the 1×1 result; m = len(y)",
    ),
    Cost(
        id="softwarefly-numpy-matrix-multiply",
        source="https://softwarefly.net/2019/04/23/logistic-regression/ (def cost(theta, X, y))",
        text="return np.sum(first - second) / (len(X))",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.theta)) + (1 - d.y) * np.log(1 - sig(d.X @ d.theta))
        ),
        lets=(
            "first = np.multiply(-y, np.log(sigmoid(X* theta.T)))",
            "second = np.multiply((1 - y), np.log(1 - sigmoid(X* theta.T)))",
        ),
        why="np.matrix code: theta is a row, X* theta.T is Xθ; len(X) is m",
    ),
    Cost(
        id="stats-se-530184-rmse-exp",
        source="https://stats.stackexchange.com/questions/530184/how-to-do-maximum-likelihood-estimation-mle-of-a-poisson-regression-using-nump (the question's code)",
        text="loss = np.sqrt(np.mean((y-y_pred)**2))",
        intended=lambda d: np.sqrt(np.mean((d.y - np.exp(d.X @ d.w)) ** 2)),
        wrt=("weights_j",),
        lets=("y_pred = np.exp(np.dot(X, weights))",),
        why="root-mean-square error of an exponential (Poisson-mean) model; the parameter vector is named 'weights' (d.w)",
    ),
    Cost(
        id="now-interactive-ln-flipped-sigmoid",
        source="http://blog.now-interactive.net/2018/06/09/logistic-regression-cost-function.html (next-to-last answer in the list)",
        text=r"\sum_{i=1}^{m}-(1 - y^{(i)})ln(1 - \frac{1}{1 + e^{\theta_0 + \theta_1x^{(i)}}}) -y^{(i)}ln(\frac{1}{1 + e^{\theta_0 + \theta_1x^{(i)}}})",
        intended=lambda d: np.sum(
            -(1 - d.y) * np.log(1 - 1 / (1 + np.exp(d.theta0 + d.theta1 * d.x)))
            - d.y * np.log(1 / (1 + np.exp(d.theta0 + d.theta1 * d.x)))
        ),
        wrt=("theta_0", "theta_1"),
        why="'ln' without a backslash is the natural log; the page's sigmoid is written 1/(1 + e^{θ₀+θ₁x}) (no minus): "
        "taken as written; the Σ has no brackets and covers both terms; no 1/m",
    ),
    Cost(
        id="concise-org-chain-two-equals",
        source="https://concise.org/notes/machine-learning/linear-regression/cost-function/ (The Cost Function, the whole chain)",
        text=r"J(\theta_0, \theta_1) = \dfrac {1}{2m} \displaystyle \sum _{i=1}^m \left ( \hat{y}^{(i)}- y^{(i)} \right)^2 = \dfrac {1}{2m} \displaystyle \sum _{i=1}^m \left (h_\theta (x^{(i)}) - y^{(i)} \right)^2",
        intended=lambda d: np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2) / (2 * d.m),
        wrt=("theta_0", "theta_1"),
        why="a chain J = A = B in which A and B are the same cost (ŷ⁽ⁱ⁾ and h_θ(x⁽ⁱ⁾) both the line θ₀ + θ₁x)",
    ),
    Cost(
        id="hemomona-chain-x-superscript-i",
        source="github:hemomona/ML:3_linear-model/notes.md (linear regression error)",
        text=r"J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 = \frac{1}{2} (X\theta - y)^T(X\theta - y)",
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2),
        why="x^i, y^i are the i-th example (not powers); the chain's two sides are the same cost, the second in matrix form",
    ),
    Cost(
        id="hemomona-ridge-alpha-sum-over-i-to-n",
        source="github:hemomona/ML:3_linear-model/notes.md (Ridge regression error)",
        text=r"J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 + \frac{\alpha}{2}\sum_{i=1}^{n}\theta_i^2",
        intended=lambda d: 0.5 * np.sum((d.X @ d.theta - d.y) ** 2) + d.lam / 2 * np.sum(d.theta**2),
        why="α is the regularisation strength (d.lam); the penalty reuses i as a FEATURE index, i = 1..n over θ_i",
    ),
    Cost(
        id="hemomona-lasso-abs",
        source="github:hemomona/ML:3_linear-model/notes.md (Lasso regression error)",
        text=r"J(\theta) = \frac{1}{2} \sum_{i=1}^{m} (h_\theta (x^i) - y^i)^2 + \alpha\sum_{i=1}^{n}|\theta_i|",
        intended=None,
        expect="refuse",
        why="L1 penalty |θ_i|",
    ),
    Cost(
        id="raviv-octave-least-square",
        source="github:RavivTrichter/MachineLearning:Exercise1/section3/least_square.m",
        text="J = sum((X * theta - y) .^ 2)/ (2*m);",
        intended=lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m),
    ),
    Cost(
        id="i05nagai-eqnarray-sum-0-to-N",
        source="github:i05nagai/memorandum:machine_learning/ridge_rigression.md (Ridge Regression)",
        text="\\begin{eqnarray}\n    \\sum_{i=0}^{N}\n        (y_{i} - \\hat{y}_{i})^{2}\n    +\n    \\lambda\n    \\|w\\|_{2}^{2}\n\\end{eqnarray}",
        intended=None,
        wrt=("w_j",),
        expect="refuse",
        why="Σ from i=0 to N counts N+1 examples: which range is meant is a guess (otherwise ridge: Σ(y−ŷ)² + λ‖w‖²)",
    ),
    Cost(
        id="spectrum-unicode-superscripts-loss",
        source="http://syn-174-134-044-030.res.spectrum.com/machine-learning/supervised_learning/module-3/cost-function/simplified-cost-function (The cost function is the average loss)",
        text="J(w,b) = (1/m) * \u03a3[Loss(f(x\u207d\u2071\u207e), y\u207d\u2071\u207e)]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        lets=("Loss = -y*log(f(x)) - (1-y)*log(1-f(x))",),
        why="Unicode Σ and ⁽ⁱ⁾; Loss(·,·) is applied to (f(x⁽ⁱ⁾), y⁽ⁱ⁾) but defined by name; f = σ(w·x + b) (logistic regression)",
    ),
    Cost(
        id="spectrum-unicode-superscripts-unified",
        source="http://syn-174-134-044-030.res.spectrum.com/machine-learning/supervised_learning/module-3/cost-function/simplified-cost-function (Substituting the unified loss function)",
        text="J(w,b) = -(1/m) * \u03a3[y\u207d\u2071\u207e*log(f(x\u207d\u2071\u207e)) + (1-y\u207d\u2071\u207e)*log(1-f(x\u207d\u2071\u207e))]",
        intended=lambda d: -np.mean(
            d.y * np.log(sig(d.X @ d.w + d.b)) + (1 - d.y) * np.log(1 - sig(d.X @ d.w + d.b))
        ),
        wrt=("w_j", "b"),
        why="plain Unicode with Σ[…] and superscript ⁽ⁱ⁾; f undefined in a cross-entropy: σ(w·x + b)",
    ),
]
