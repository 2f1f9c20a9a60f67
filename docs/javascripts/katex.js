// Render the math pymdownx.arithmatex marked (generic: \( … \) inline, \[ … \] display) with KaTeX,
// on every page load including material's instant navigation (document$).
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    throwOnError: false,
  });
});
