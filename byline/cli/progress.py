"""A progress bar on stderr for long runs in a terminal; silent when piped or short."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

MIN_ITEMS_FOR_BAR = 50


@contextlib.contextmanager
def progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    if total < MIN_ITEMS_FOR_BAR or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
