"""Write docs/images/derive-logistic-l2.png: page 1 of a real ``-f latex --standalone`` document, as pdflatex sets it.

    python docs/gen_page_png.py         # from the repository root; needs pdflatex and pdftoppm (poppler-utils)

The picture shows what a student pastes into notes looks like on paper: the ``=`` signs aligned under their
rule labels, nothing past the margin. It is generated, never drawn by hand: this script runs logderiv, compiles
its output and rasterises the first page. tests/test_texlayout.py runs :func:`render` where pdflatex and pdftoppm
exist and checks that the committed picture is a PNG of the page (the pixels depend on the TeX installation, so they
are not compared byte for byte).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURE = ROOT / "docs" / "images" / "derive-logistic-l2.png"
#: the command whose output is pictured (docs/latex.md shows it beside the picture)
ARGV = ("derive", "logistic-l2", "--form", "both", "-f", "latex", "--standalone")
#: dots per inch of the picture: a page is 8.5 in wide, so about 850 pixels, readable on a docs page
DPI = 100


def render(target: Path = PICTURE) -> Path:
    """Compile logderiv's standalone LaTeX for :data:`ARGV` and write its first page to ``target`` as PNG."""
    if not (shutil.which("pdflatex") and shutil.which("pdftoppm")):
        raise RuntimeError("pdflatex and pdftoppm are needed (texlive-latex-base, poppler-utils)")
    document = subprocess.run([sys.executable, "-m", "logderiv", *ARGV], capture_output=True, text=True, check=True,
                              cwd=ROOT).stdout
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.tex"
        source.write_text(document, encoding="utf-8")
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", source.name], cwd=folder,
                       capture_output=True, check=True, timeout=120)
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", "page.pdf", "page"],
                       cwd=folder, capture_output=True, check=True, timeout=60)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(folder) / "page.png", target)
    return target


if __name__ == "__main__":
    print(render())
