"""Spread a scan over processes: rows checked in chunks by a pool, results in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from bot.cli.scan_input import Row
from bot.core.engine import Engine

__all__ = ["CHUNK", "chunked", "default_jobs", "in_order"]

CHUNK = 1024  # rows per task, per write and per progress update
AHEAD = 2  # chunks in flight per process: enough to keep each busy, bounded memory

T = TypeVar("T")
Work = Callable[[Engine, list[Row]], T]

# The engine a worker checks with. Compiled rule sets cannot be pickled, so the parent sets
# this before the pool forks and every worker inherits it instead of loading the rules again.
_engine: Engine | None = None


def default_jobs() -> int:
    """The number of cores this process may run on."""
    return len(os.sched_getaffinity(0))


def chunked(rows: Iterator[Row], size: int = CHUNK) -> Iterator[list[Row]]:
    """Rows in lists of ``size``; an error reading the input comes after the rows before it."""
    chunk: list[Row] = []
    failure: Exception | None = None
    try:
        for row in rows:
            chunk.append(row)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception as error:  # re-raised below, once the rows read before it are handed out
        failure = error
    if chunk:
        yield chunk
    if failure is not None:
        raise failure


def _in_worker(work: Work[T], rows: list[Row]) -> T:
    """Run ``work`` on a chunk with the engine the worker inherited."""
    assert _engine is not None, "the pool must fork after the engine is set"
    return work(_engine, rows)


def in_order(
    engine: Engine, rows: Iterator[Row], jobs: int, work: Work[T]
) -> Iterator[tuple[int, T]]:
    """Yield ``(rows in chunk, work(engine, chunk))`` for each chunk, in input order.

    With one job the work runs here; with more, in a forked pool of ``jobs`` processes, at
    most ``AHEAD`` chunks per process ahead of the output. An input error is raised after the
    results of every chunk before it.
    """
    chunks = chunked(rows)
    if jobs == 1:
        for chunk in chunks:
            yield len(chunk), work(engine, chunk)
        return
    global _engine
    _engine = engine
    pending: deque[tuple[int, Future[T]]] = deque()
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        failure: Exception | None = None
        try:
            for chunk in chunks:
                pending.append((len(chunk), pool.submit(_in_worker, work, chunk)))
                if len(pending) >= AHEAD * jobs:
                    count, future = pending.popleft()
                    yield count, future.result()
        except Exception as error:  # the input's own error: first hand out what came before
            failure = error
        while pending:
            count, future = pending.popleft()
            yield count, future.result()
        if failure is not None:
            raise failure
    finally:
        pool.shutdown(cancel_futures=True)
        _engine = None
