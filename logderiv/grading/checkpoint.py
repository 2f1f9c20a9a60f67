"""A grading run's checkpoint: every graded row's outcome, on disk as it is made, so ``--resume`` loses nothing.

``logderiv grade … --out FILE`` keeps ``FILE.checkpoint`` while it runs: a first
line naming the run (a fingerprint of the submissions, the question files, the
options that change an outcome, and logderiv's version), then one JSON line per
graded row, in the rows' order: ``{"row": 0, "outcome": {…}}`` (a folder's rows
also name their file, ``"key": "alice.tex"``, and a line is trusted only for its
file). The output itself is still written whole and renamed into place at the
end (a reader never sees half of it); the checkpoint is removed once it is.

Why a row is never lost or counted twice: a line is appended only after its row
is graded, and is read back only when it is whole JSON and names the next row in
order. A run killed while writing leaves at most one torn line, which is dropped
(the file is cut back to the last whole line) and that row graded again. Each
line is flushed to the operating system at once (a killed process loses
nothing); the file is synced to the disk at most every second and at the end, so
a power cut costs at most about a second of grading, never a duplicate. Grading
an answer depends only on the answer and the question, so a resumed run's
output is byte for byte an uninterrupted run's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from pathlib import Path
from typing import IO, Any, Iterable, Sequence

from ..errors import InputError
from ..records.grading import Outcome
from .submissions import folder_files

__all__ = ["Checkpoint", "fingerprint", "checkpoint_path"]

#: what the first line of a checkpoint file says it is; a new layout gets a new number
KIND = "logderiv-grade-checkpoint/1"

#: seconds between syncs of the checkpoint to the disk (a flush to the OS happens on every row)
SYNC_EVERY = 1.0

_TUPLE_FIELDS = tuple(field.name for field in dataclasses.fields(Outcome) if field.type.startswith("tuple"))
_FIELDS = tuple(field.name for field in dataclasses.fields(Outcome))


def checkpoint_path(out_file: str) -> Path:
    """Where the checkpoint of a run writing ``out_file`` lives: beside it, ``FILE.checkpoint``."""
    return Path(str(out_file) + ".checkpoint")


def fingerprint(inputs: Iterable[str], options: dict[str, object]) -> str:
    """What identifies a run: the bytes of its input files and the options that change an outcome.

    A folder of submissions counts by each submission file's path and bytes: a file added, removed,
    renamed or changed makes another run.
    """
    from ..version import __version__

    digest = hashlib.sha256(f"{KIND} logderiv {__version__}\n".encode())
    for path in inputs:
        digest.update(f"{path}\n".encode())
        if Path(path).is_dir():
            for file in folder_files(Path(path))[0]:
                digest.update(f"{len(str(file))}:{file}\n".encode())
                data = (Path(path) / file).read_bytes() if (Path(path) / file).is_file() else b""
                digest.update(f"{len(data)}\n".encode() + data)
            continue
        digest.update(Path(path).read_bytes() if Path(path).is_file() else b"(not a file)")
    digest.update(json.dumps(options, sort_keys=True).encode())
    return digest.hexdigest()


class Checkpoint:
    """An open checkpoint: the outcomes of the rows graded before (``done``), and :meth:`record` for the next."""

    def __init__(self, path: Path, run: str, *, resume: bool, keys: Sequence[str] | None = None) -> None:
        self.path = path
        #: what each row is, by its index (a folder's: the file's path), written beside its outcome and checked on
        #: resuming; None: rows are known by their index alone
        self.keys = keys
        #: the outcomes of rows 0, 1, … that an earlier run of the same inputs graded (empty unless resuming)
        self.done: list[Outcome] = []
        #: whether a checkpoint of an interrupted run was there and is started over (no --resume)
        self.replaced = False
        self._file: IO[str] | None = None
        self._synced = time.monotonic()
        #: each outcome recorded (kept, so that its id is not reused) and its JSON, by id
        self._said: dict[int, tuple[Outcome, str]] = {}
        if resume and path.exists():
            self.done, keep = _read(path, run, keys)
            self._file = open(path, "r+", encoding="utf-8", newline="\n")  # noqa: SIM115 - kept open for the run
            self._file.truncate(keep)  # a torn last line goes: its row is graded again
            self._file.seek(keep)
        else:
            self.replaced = path.exists()
            self._file = open(path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - kept open for the run
            self._file.write(json.dumps({"checkpoint": KIND, "run": run}) + "\n")
            self._flush(sync=True)

    def record(self, row: int, outcome: Outcome) -> None:
        """Note that row ``row`` (0-based, the next in order) was graded with ``outcome``."""
        assert self._file is not None
        # rows with the same answer share one outcome: its JSON is made once (a class of 10,000 rows spent a
        # sixth of the parent's time here); the line is what json.dumps of the whole would write
        said = self._said.get(id(outcome))
        if said is None or said[0] is not outcome:
            said = (outcome, json.dumps({name: getattr(outcome, name) for name in _FIELDS}, ensure_ascii=False))
            self._said[id(outcome)] = said
        key = "" if self.keys is None else f'"key": {json.dumps(self.keys[row], ensure_ascii=False)}, '
        self._file.write(f'{{"row": {row}, {key}"outcome": {said[1]}}}\n')
        self._flush(sync=time.monotonic() - self._synced >= SYNC_EVERY)

    def close(self, *, finished: bool) -> None:
        """Sync and close; a finished run's checkpoint is removed (its output is in place)."""
        if self._file is None:
            return
        self._flush(sync=True)
        self._file.close()
        self._file = None
        if finished:
            self.path.unlink(missing_ok=True)

    def _flush(self, *, sync: bool) -> None:
        assert self._file is not None
        self._file.flush()
        if sync:
            os.fsync(self._file.fileno())
            self._synced = time.monotonic()


def _read(path: Path, run: str, keys: Sequence[str] | None) -> tuple[list[Outcome], int]:
    """The outcomes a checkpoint holds for rows 0, 1, … in order, and the byte length of its whole lines."""
    done: list[Outcome] = []
    with open(path, "rb") as file:
        head = file.readline()
        try:
            header = json.loads(head)
        except ValueError:
            header = None
        if not isinstance(header, dict) or header.get("checkpoint") != KIND:
            raise InputError(f"{path} is not a checkpoint of logderiv grade", label="--resume",
                             hint=f"remove {path} and run again without --resume")
        if header.get("run") != run:
            raise InputError(f"{path} is the checkpoint of another run: the submissions, the question or the "
                             "options have changed since it was made", label="--resume",
                             hint="run again with the same files and options, or without --resume to start over")
        keep = len(head)
        for line in file:
            if not line.endswith(b"\n"):
                break  # torn by a kill mid-write
            try:
                entry = json.loads(line)
                outcome = _outcome(entry["outcome"]) if entry["row"] == len(done) else None
                if keys is not None and entry.get("key") != keys[len(done)]:
                    outcome = None  # not this row's file: it and the rest are graded again
            except (ValueError, KeyError, TypeError, IndexError):
                outcome = None
            if outcome is None:
                break
            done.append(outcome)
            keep += len(line)
    return done, keep


def _outcome(data: dict[str, Any]) -> Outcome:
    """An :class:`Outcome` from its JSON form (JSON has lists where the record has tuples)."""
    fields: dict[str, Any] = {name: tuple(value) if name in _TUPLE_FIELDS else value for name, value in data.items()}
    return Outcome(**fields)
