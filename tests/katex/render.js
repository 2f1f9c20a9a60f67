// Render TeX with KaTeX, the renderer of most note apps (issue 13, item 2).
// Reads a JSON list of {tex, display} on stdin; writes a JSON list with, for each, null when KaTeX rendered it
// in strict mode, else KaTeX's message. KATEX is the path of the katex package (tests/test_katex.py finds it).
"use strict";
const katex = require(process.env.KATEX || "katex");
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    try {
      katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: "error", trust: false });
      return null;
    } catch (error) {
      return String(error.message || error);
    }
  });
  process.stdout.write(JSON.stringify(results));
});
