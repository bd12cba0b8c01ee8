"""Errors and warnings that name the file and the problem."""

from __future__ import annotations

from dataclasses import dataclass


class FactpackError(Exception):
    """An error the user can act on; the CLI prints it and exits non-zero."""


class InputError(FactpackError):
    """A bad input file: the message names the file and the problem."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Warning_:
    """A recoverable oddity reported during a build."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
