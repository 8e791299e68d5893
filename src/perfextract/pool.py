"""Run a function over many inputs in worker processes, each call with a time limit.

:class:`concurrent.futures.ProcessPoolExecutor` cannot stop one call that
hangs: its only remedy is to tear the whole pool down.  This module keeps its
own workers instead, one pipe each, so a call that runs past ``timeout``
costs only its own worker, which is killed and replaced.

Workers are started with ``spawn`` (the same on every platform, and safe
beside threads such as a progress bar's), ignore Ctrl-C (the parent decides
when to stop) and exit when their parent dies, so a killed run leaves no
orphan working on.  They log as their parent does: when the parent has set
up logging (the command line does), a worker gets the same root level,
format and per-logger levels, so a parser's chatter that the parent hides
stays hidden in the workers too.  The function and the inputs must be picklable: a
top-level function, or a :func:`functools.partial` of one.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, Literal, TypeVar

from perfextract.errors import WorkerStartError

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

Outcome = Literal["done", "timeout", "crashed"]

_CONTEXT = multiprocessing.get_context("spawn")
#: How often a worker checks that its parent is still alive, in seconds.
PARENT_CHECK_SECONDS = 0.5
#: How long a worker asked to stop may take before it is killed, in seconds.
STOP_GRACE_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Done(Generic[T, R]):
    """The end of one call: its input, how it ended, its result and its duration.

    ``outcome`` is ``"done"`` (``result`` holds what the function returned),
    ``"timeout"`` (the worker was killed) or ``"crashed"`` (the function
    raised, or its worker died; ``detail`` says which).  ``index`` is the
    input's position in ``items``.
    """

    index: int
    item: T
    outcome: Outcome
    result: R | None
    seconds: float
    detail: str = ""


def map_unordered(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int,
    timeout: float | None = None,
) -> Generator[Done[T, R], None, None]:
    """Call ``func`` on each item in up to ``workers`` processes; yield each end as it comes.

    Results come in the order calls finish, not the order of ``items``
    (``Done.index`` tells the position).  A call running longer than
    ``timeout`` seconds has its worker killed and gives a ``"timeout"``;
    the run goes on with a fresh worker.  ``items`` is read lazily, a few
    ahead of the workers.  Closing the iterator (or an exception, such as
    Ctrl-C, while it waits) stops every worker.
    """
    if workers < 1:
        raise ValueError(f"workers must be >= 1, not {workers}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be > 0 seconds, not {timeout}")
    todo = enumerate(items)
    pending: deque[tuple[int, T]] = deque()
    pool: list[_Worker] = []
    retiring: list[_Worker] = []  # told to exit: nothing is left for them
    finished_cleanly = False
    exhausted = False
    try:
        while True:
            wanted = workers - len(pending)
            taken = _take(todo, wanted)
            exhausted = exhausted or len(taken) < wanted
            pending.extend(taken)
            for worker in pool:
                if worker.ready and worker.task is None and pending:
                    worker.give(*pending.popleft())
            if exhausted and not pending:
                # an idle worker exits now, while the others finish their last calls
                for worker in [w for w in pool if w.ready and w.task is None]:
                    worker.ask_to_stop()
                    pool.remove(worker)
                    retiring.append(worker)
            waiting = sum(1 for w in pool if w.task is None)
            for _ in range(min(workers - len(pool), len(pending) - waiting)):
                pool.append(_Worker(func))
            if not pending and all(w.task is None for w in pool):
                finished_cleanly = True
                return
            wait(_handles(pool), _time_left(pool, timeout))
            yield from _collect(pool, timeout)
    finally:
        everyone = pool + retiring
        if finished_cleanly:  # all asked first, so they wind down side by side
            for worker in everyone:
                worker.ask_to_stop()
        for worker in everyone:
            worker.stop(kill=not finished_cleanly)


def _take(todo: Iterator[tuple[int, T]], count: int) -> list[tuple[int, T]]:
    taken = []
    for _ in range(count):
        task = next(todo, None)
        if task is None:
            break
        taken.append(task)
    return taken


def _handles(pool: list[_Worker]) -> list[Any]:
    return [w.conn for w in pool] + [w.process.sentinel for w in pool]


def _time_left(pool: list[_Worker], timeout: float | None) -> float | None:
    """Seconds until the first running call passes its time limit (None: no limit)."""
    if timeout is None:
        return None
    starts = [w.started for w in pool if w.task is not None]
    if not starts:
        return None
    return max(0.0, min(starts) + timeout - time.monotonic())


def _collect(pool: list[_Worker], timeout: float | None) -> list[Done[Any, Any]]:
    """Read what the workers said, retire the dead and the late; return the calls that ended."""
    ended: list[Done[Any, Any]] = []
    for worker in list(pool):
        message = worker.receive()
        if message == ("ready",):
            worker.ready = True
        elif message is not None:
            index, item = worker.take_task()
            _tag, ok, payload, seconds = message
            if ok:
                ended.append(Done(index, item, "done", payload, seconds))
            else:
                ended.append(Done(index, item, "crashed", None, seconds, payload))
        elif not worker.process.is_alive():
            worker.process.join()
            code = worker.process.exitcode
            if worker.task is None and not worker.ready:
                raise WorkerStartError(
                    f"a worker process could not start (exit code {code}); a script that "
                    "starts workers must call perfextract under "
                    '`if __name__ == "__main__":` (workers import the script again)'
                )
            if worker.task is not None:
                index, item = worker.take_task()
                seconds = time.monotonic() - worker.started
                detail = f"the worker process died (exit code {code})"
                ended.append(Done(index, item, "crashed", None, seconds, detail))
            worker.stop(kill=True)
            pool.remove(worker)
        elif (
            timeout is not None
            and worker.task is not None
            and time.monotonic() - worker.started >= timeout
        ):
            index, item = worker.take_task()
            logger.debug("input %d: no result after %g s, killing its worker", index, timeout)
            worker.stop(kill=True)
            pool.remove(worker)
            ended.append(
                Done(index, item, "timeout", None, timeout, f"stopped after {timeout:g} s")
            )
    return ended


@dataclass(frozen=True, slots=True)
class LogSetup:
    """How a process logs: the root's level and format, and the levels set on named loggers."""

    level: int
    format: str | None
    levels: tuple[tuple[str, int], ...]

    @classmethod
    def of_this_process(cls) -> LogSetup | None:
        """This process's setup, or None when nothing configured logging here."""
        root = logging.getLogger()
        streams = [h for h in root.handlers if isinstance(h, logging.StreamHandler)]
        if not streams:
            return None
        formatter = streams[0].formatter
        levels = tuple(
            (name, logger.level)
            for name, logger in sorted(logging.Logger.manager.loggerDict.items())
            if isinstance(logger, logging.Logger) and logger.level != logging.NOTSET
        )
        return cls(root.level, formatter._fmt if formatter else None, levels)

    def apply(self) -> None:
        """Set this process up to log the same way (in a worker, which owns its logging)."""
        logging.basicConfig(level=self.level, format=self.format or logging.BASIC_FORMAT)
        for name, level in self.levels:
            logging.getLogger(name).setLevel(level)


class _Worker:
    """One worker process, the pipe to it and the call it is running (parent side)."""

    __slots__ = ("conn", "process", "ready", "started", "stopping", "task")

    def __init__(self, func: Callable[[Any], Any]) -> None:
        ours, theirs = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=_serve,
            args=(func, theirs, os.getpid(), LogSetup.of_this_process()),
            name="perfextract-worker",
            daemon=True,
        )
        with _sigint_ignored():  # inherited through exec: the worker never sees Ctrl-C
            self.process.start()
        theirs.close()
        self.conn: Connection = ours
        self.ready = False
        self.stopping = False
        self.task: tuple[int, Any] | None = None
        self.started = 0.0

    def give(self, index: int, item: Any) -> None:
        self.conn.send((index, item))
        self.task = (index, item)
        self.started = time.monotonic()

    def take_task(self) -> tuple[int, Any]:
        """The task this worker ran, now forgotten."""
        assert self.task is not None, "a worker answered without a task"
        task, self.task = self.task, None
        return task

    def receive(self) -> Any:
        """The next message, or None when there is none (or the pipe is closed)."""
        try:
            return self.conn.recv() if self.conn.poll() else None
        except (EOFError, OSError):
            return None

    def ask_to_stop(self) -> None:
        """Tell the worker to exit once its call (if any) is done; do not wait."""
        if not self.stopping and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.stopping = True

    def stop(self, *, kill: bool) -> None:
        """Ask the worker to exit (or kill it), and wait until it has."""
        if not kill:
            self.ask_to_stop()
            self.process.join(STOP_GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT in this process for a moment (only the main thread may change it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _serve(
    func: Callable[[Any], Any], conn: Connection, parent: int, log_setup: LogSetup | None
) -> None:
    """A worker's life: say ready, then run each task sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if log_setup is not None:
        log_setup.apply()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        _index, item = task
        start = time.perf_counter()
        try:
            result, ok = func(item), True
        except Exception as exc:  # sent back to the parent, which decides what it means
            result, ok = f"{type(exc).__name__}: {exc}", False
        seconds = time.perf_counter() - start
        try:
            conn.send(("done", ok, result, seconds))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            conn.send(("done", False, f"the result cannot be sent back: {exc}", seconds))


def _exit_with_parent(parent: int) -> None:
    """End this worker as soon as the process that started it is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
