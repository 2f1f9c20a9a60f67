r"""Maths shown as an image whose URL holds the LaTeX: ``<img src="https://latex.codecogs.com/svg.latex?L=\sum…">``.

READMEs and notes written for a Markdown viewer without a maths pass send each formula to an image renderer
(CodeCogs, GitHub's ``render/math``, Google's chart API): the URL's query is the formula's LaTeX, URL-encoded
(``%20`` a space, ``%3D`` an ``=``; CodeCogs' editor writes ``&space;`` and ``&plus;``), and what the page shows
is that formula, typeset (cold15's codecogs note: every formula is such an image; read as no maths, the page held
none). Each such image — an HTML ``<img>`` tag or a Markdown image ``![…](…)`` alone on its line — is read as the
display it shows: ``$$`` + the decoded LaTeX + ``$$`` (a ``$…$`` inside it, as GitHub's renderer takes, unwrapped;
the commands at its front that only say how to draw it, CodeCogs' ``\dpi{120}``, ``\bg_white``, ``\inline``,
``\large``, dropped), padded with spaces to the tag's own length, so every line and column after it stays, and
noted.

Left as written: an image of any other URL; a formula whose decoding leaves a ``$`` or a line break (no one
display); and an image whose formula the page also writes out as text (a README that shows each formula twice,
the image and then ``$…$`` for viewers with maths, as adiscriminator's derivation.md does) — read once, as its
text, so the page does not hold each equation twice. ``%`` escapes are decoded, ``+`` is kept a plus in CodeCogs'
URLs; Google's chart API and GitHub's render/math draw a raw ``+`` as a space, so an image of theirs that writes one
is refused (InputError), unless the page writes its formula out as text too. Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

from typing import Callable
from urllib.parse import unquote

from .notes import TEX_SIZES, display_blocks
from .. import patterns
from ..errors import InputError

__all__ = ["image_maths_read"]

#: the renderers whose URL's query is LaTeX: where the formula starts, up to the URL's end
_RENDERER = (r"https?://(?:latex\.codecogs\.com/[A-Za-z]+\.(?:latex|download)\?|render\.githubusercontent\.com/render/"
             r"math\?math=|chart\.googleapis\.com/chart\?cht=tx&(?:amp;)?chl=)")
#: an image of a renderer alone on its line: an HTML <img …src="URL"…> or Markdown ![alt](URL)
_IMAGE = patterns.compile(
    r"(?m)^(?P<indent>[ \t]*)(?:<img\s[^<>\n]*?src\s*=\s*(?P<quote>[\"'])" + _RENDERER
    + r"(?P<html>[^\"'\n]*)(?P=quote)[^<>\n]*>|!\[[^\]\n]*\]\(\s*" + _RENDERER + r"(?P<markdown>[^)\s]*)\s*\))[ \t]*$")

#: what a renderer's URL may open the formula with to draw it (CodeCogs' editor writes them): a resolution, a
#: background, an inline style, a font or a size. They say how the image looks, not what it says; left in, the
#: page reader took \large J(θ) = … for no definition of J and checked a right page against the default cost
_DRAWING = patterns.compile(
    r"\s*(?:\\(?:dpi|bg|fn)\s*\{[^{}]*\}|\\(?:bg|fn)_[A-Za-z]+|\\inline(?![A-Za-z])"
    r"|\\(?:" + "|".join(TEX_SIZES) + r")(?![A-Za-z]))\s*")


#: renderers that decode a query as a form does, a raw ``+`` a space: Google's chart API (its docs: "the most common
#: mistake is using + in a formula instead of %2B", chl=a^2+b^2 drawing a^2 b^2) and GitHub's render/math (pages
#: that use it write %2B for each plus)
_FORM_DECODED = ("chart.googleapis.com", "render.githubusercontent.com")


def _unescaped(url: str) -> str:
    """The URL as the renderer reads it: HTML's entities (``&amp;``) read, as a browser reads them in an ``<img>``'s
    attribute and CommonMark in a link's address, and CodeCogs' own ``&space;`` (a space) and ``&plus;`` (a plus),
    which its editor writes in every URL it makes."""
    if "&" not in url:
        return url
    import html  # only where an entity is written: its table of entities is not loaded for a page without one

    return html.unescape(url.replace("&space;", " "))


def _undrawn(maths: str) -> str:
    """``maths`` without the drawing commands it opens with: ``\\dpi{120}\\bg_white\\large J = …`` is ``J = …``."""
    while (found := _DRAWING.match(maths)) is not None:
        maths = maths[found.end():]
    return maths


def _plain(maths: str) -> str:
    """The maths without spacing or the dollars around it, for telling a formula written twice."""
    return "".join(maths.split()).strip("$")


def _formula(url: str) -> str:
    """The LaTeX an image's URL holds: decoded, GitHub's dollars unwrapped, CodeCogs' drawing commands dropped."""
    maths = unquote(_unescaped(url)).strip()
    if maths.startswith("$") and maths.endswith("$"):
        maths = maths.strip("$").strip()  # GitHub's renderer takes the formula with its dollars
    return _undrawn(maths)


def image_maths_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each renderer's image written as the display it shows (same length), and a note for each."""
    images = list(_IMAGE.finditer(text))
    if not images:
        return text, []
    written = {_plain(text[block.maths[0]:block.maths[1]]) for block in display_blocks(text)}
    notes: list[tuple[int, str]] = []
    for image in reversed(images):
        url = image.group("html") if image.group("html") is not None else image.group("markdown")
        line = text.count("\n", 0, image.start()) + 1
        maths = _formula(url)
        if not maths or "$" in maths or "\n" in maths:
            continue
        # a renderer that draws a raw + as a space shows the formula with spaces: the text may write either
        ambiguous = "+" in url and any(host in image.group() for host in _FORM_DECODED)
        if _plain(maths) in written or (ambiguous and _plain(_formula(url.replace("+", " "))) in written):
            notes.append((line, f"{where(line)} shows a formula as an image whose URL holds its LaTeX, and the page "
                                "writes the same formula out as text: read once, as the text"))
            text = text[:image.start()] + " " * (image.end() - image.start()) + text[image.end():]
            continue
        if ambiguous:
            # audit45: the image draws that + as a space (w+x_i shows w x_i), where the writer may have typed a plus
            # the renderer dropped; read either way, or left out (the page then judged against another cost), a
            # page got a confident verdict on a formula it may not mean
            plus = image.start("html" if image.group("html") is not None else "markdown") + url.index("+")
            raise InputError(
                f"{where(line)} shows a formula as an image whose URL writes a raw '+', which this renderer draws as "
                "a space (a plus is %2B there): the image shows one formula and may mean another",
                source=text, column=plus, line=text.count("\n", 0, plus) + 1, label="FILE",
                hint="write the formula out as text ($$ … $$), or %2B for each plus and %20 for each space in the URL",
            )
        display = image.group("indent") + "$$" + maths + "$$"
        if len(display) > image.end() - image.start():
            continue  # cannot be: the renderer's address is longer than the two pairs of dollars
        text = text[:image.start()] + display.ljust(image.end() - image.start()) + text[image.end():]
        notes.append((line, f"{where(line)} shows a formula as an image whose URL holds its LaTeX (URL-encoded): "
                            f"read as the display it shows, $${maths}$$"))
    return text, [note for _, note in sorted(notes)]
