"""The one place that creates rich Consoles and writes for people: results to stdout, diagnostics to stderr.

Whatever goes out is escaped here (``logderiv.render.escapes``), so no text
the user gave, quoted in a result, a note or an error, reaches the terminal
with its control characters: rich output through a render hook on every
console, plain text and JSON through :func:`echo`.

rich already honours ``NO_COLOR`` and writes no escape codes when its stream
is not a terminal, so piped output is plain text. rich is imported on first
use: ``derive -f text`` never needs it, and its import is a tenth of the floor.
``rich.progress`` (``grade``'s progress bar) only when a bar is shown.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderableType, RenderResult
    from rich.progress import Task

__all__ = ["stdout", "stderr", "is_terminal", "echo", "show", "write_data", "progress"]


def stdout() -> Console:
    """A console for results. ``NO_COLOR`` drops bold and dim too: no escape codes at all."""
    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))
    return _escaping(Console(soft_wrap=False, highlight=False, color_system=None if plain else "auto", no_color=plain))


def stderr() -> Console:
    """A console for errors and warnings."""
    from rich.console import Console

    return _escaping(Console(stderr=True, soft_wrap=True, highlight=False))


def echo(text: str, *, json: bool = False) -> None:
    """Write ``text`` to stdout, ending it in one newline; JSON keeps its exact text, in JSON's escapes."""
    import click

    from .render.escapes import escape, escape_json

    text = escape_json(text) if json else escape(text)
    with _writing():
        click.echo(text, nl=not text.endswith("\n"))


def write_data(text: str) -> None:
    """Write a data file's text (``grade``'s CSV) to stdout exactly: the user's cells are data, not messages."""
    with _writing():
        sys.stdout.write(text)
        sys.stdout.flush()


def show(renderable: RenderableType) -> None:
    """Print a rich renderable (a result) to stdout, escaped as everything :func:`stdout` prints."""
    with _writing():
        stdout().print(renderable)


@contextmanager
def _writing() -> Iterator[None]:
    """Turn a failed write of the result (a full disk) into an :class:`~logderiv.errors.OutputError`.

    A closed pipe (``| head``) is not one: click ends quietly on it. stdout is
    pointed at the null device first, so Python's own flush at exit does not
    fail again after the message.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        from .errors import OutputError

        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # no file descriptor (a test's captured stdout): nothing will flush it
            pass
        raise OutputError(f"cannot write the result: {error.strerror or error}",
                          hint="free some space, or write the output elsewhere") from None


@contextmanager
def progress(parts: Sequence[tuple[str, int, int]], *, console: Console | None = None
             ) -> Iterator[Callable[[int], None]]:
    """Progress bars on stderr, one per part ``(label, rows, rows already done)``; yields ``advance(part)``.

    Each bar shows its rows done of all, rows per second and the time left. Shown
    only when stderr itself is a terminal: not when it is piped or a file (a log
    gets no bar, and rich's ``FORCE_COLOR`` does not make a pipe a terminal here),
    and never on stdout, where the graded rows may go. A test passes ``console``
    (a terminal forced on a ``StringIO``) to see the bar.
    """
    if console is None:
        if not _stderr_is_terminal():
            yield _no_advance
            return
        from rich.console import Console

        console = Console(stderr=True)  # no escaping hook: the labels are escaped below, and Live keeps its own hook
    from rich.markup import escape as escape_markup
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    from .render.escapes import escape

    class Rate(ProgressColumn):
        """Rows per second, as rich estimates it over its recent samples; worked out when drawn, not per row."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed  # None until two rows are done
            return Text(f"{speed:.1f} rows/s" if speed else "")

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"), Rate(),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        tasks = [bar.add_task(escape_markup(escape(label)), total=rows, completed=done) for label, rows, done in parts]
        yield lambda part: bar.advance(tasks[part])


def _no_advance(part: int) -> None:
    """What advances no bar."""


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


def is_terminal() -> bool:
    """Whether results go to a terminal (the default format depends on it)."""
    return stdout().is_terminal


def _escaping(console: Console) -> Console:
    """``console``, escaping the text of everything it prints (rich's own styles and controls untouched)."""
    from rich.console import RenderHook

    class _Escapes(RenderHook):
        def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
            return [_Escaped(renderable) for renderable in renderables]

    console.push_render_hook(_Escapes())
    return console


class _Escaped:
    """A renderable as rich lays it out, its text escaped: markup and styles were resolved before, so none is read."""

    def __init__(self, renderable: ConsoleRenderable) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

        from .render.escapes import escape

        for segment in console.render(self.renderable, options):
            if segment.control:  # rich's own cursor and screen controls, not text
                yield segment
            else:
                yield Segment(escape(segment.text), segment.style)
