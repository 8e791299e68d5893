"""Run a function over many inputs on a Dask cluster, each call with a time limit.

The Dask counterpart of :mod:`perfextract.pool`: :func:`map_on_client` takes
the same function and inputs as :func:`~perfextract.pool.map_unordered` and
yields the same :class:`~perfextract.pool.Done` ends, so whatever reads
inputs through the pool (``extract_many``, ``perfextract batch``) reads them on a
cluster the same way.  dask.distributed is an optional dependency
(``pip install "perfextract[dask]"``); it is imported when a cluster is
used, and :class:`~perfextract.errors.ClusterUnavailableError` says what to
install when it is missing.

A Dask worker runs a task in a thread, which nothing can stop from outside.
So the time limit works this way:

* each task tells the client when a worker starts it (a Dask event), and its
  time is counted from then, as the local pool counts it from when a worker
  process takes it (a task run again after its worker died starts anew);
* a task still running ``timeout`` seconds after it started is cancelled
  (``Future.cancel``) and ends as a ``"timeout"``;
* the worker that was running it is restarted by its nanny
  (``Client.restart_workers``), because its thread may be stuck in C code and
  would hold the worker's slot for good; the other tasks on that worker are
  run again by the scheduler.  A worker started without a nanny (``dask
  worker --no-nanny``) cannot be restarted: a warning says so, and its
  thread stays busy until the call returns.

The function, the inputs and the results travel between processes and
machines: they must pickle (cloudpickle, as Dask does), and the scheduler and
the workers need perfextract installed in the same version (Dask unpickles the
tasks on both).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import signal
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from perfextract.errors import ClusterUnavailableError, describe_cause
from perfextract.pool import Done, LogSetup

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: The prefix of ``--dask local:N``: a cluster of N worker processes on this machine.
LOCAL = "local:"
#: Tasks in flight per thread of the cluster: the next ones wait on the scheduler, ready.
AHEAD = 2
#: The longest wait for a result before a Ctrl-C held meanwhile is looked at.
WAIT_SECONDS = 0.25
INSTALL_HINT = 'pip install "perfextract[dask]"'


def parse_address(text: str) -> str | int:
    """A scheduler's address, or the number of workers of a local cluster (``local:N``).

    ValueError when ``text`` is neither.

    >>> parse_address("local:2")
    2
    >>> parse_address("tcp://127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    >>> parse_address("local:0")
    Traceback (most recent call last):
    ...
    ValueError: local:N needs a number of workers N >= 1, not '0'
    """
    text = text.strip()
    if text.startswith(LOCAL):
        count = text[len(LOCAL) :]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"local:N needs a number of workers N >= 1, not {count!r}")
        return int(count)
    if not text or any(c.isspace() for c in text):
        raise ValueError(f"not a scheduler address: {text!r}")
    return text


def import_distributed() -> Any:
    """The ``distributed`` module; ClusterUnavailableError when it is not installed."""
    try:
        import distributed
    except ImportError as exc:
        raise ClusterUnavailableError(
            f"running on a Dask cluster needs dask.distributed, which is not installed: "
            f"{INSTALL_HINT}"
        ) from exc
    return distributed


@contextlib.contextmanager
def connect(address: str | int, **cluster_options: Any) -> Iterator[Any]:
    """A client of the scheduler at ``address``, or of a local cluster of ``address`` workers.

    A local cluster (an int, from ``local:N``) has N worker processes of one
    thread each, each with a nanny; it is started here and stopped on exit.
    ``cluster_options`` go to ``distributed.LocalCluster`` (e.g.
    ``memory_limit``).  A scheduler's client is closed on exit; its cluster
    stays up.
    """
    dist = import_distributed()
    if isinstance(address, int):
        options = {
            "n_workers": address,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
            # its HTTP server on a free port (not 8787, which another cluster may hold)
            "scheduler_kwargs": {"dashboard": False, "dashboard_address": ":0"},
            # distributed's own logs stay quiet: a worker whose heartbeat meets the
            # scheduler closing (Ctrl-C, the end of a run) logs a traceback at ERROR;
            # a call's failure reaches the run through its future, not the log
            "silence_logs": logging.CRITICAL,
            **cluster_options,
        }
        with dist.LocalCluster(**options) as cluster, dist.Client(cluster) as client:
            client.register_plugin(_interrupt_ignorer(dist))
            yield client
    else:
        with dist.Client(address) as client:
            yield client


def _interrupt_ignorer(dist: Any) -> Any:
    """A worker plugin that makes each worker ignore Ctrl-C, which its client decides about.

    Worker processes on this machine share the terminal's Ctrl-C; as in the
    local pool, the run stops them when it stops, not the key press.
    """

    class IgnoreInterrupts(dist.WorkerPlugin):  # type: ignore[misc]  # dist is Any
        name = "perfextract-ignore-interrupts"

        def setup(self, worker: Any) -> None:
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.SIG_IGN)

    return IgnoreInterrupts()


def threads(client: Any) -> int:
    """The number of threads the cluster's workers have together (0 when it has none)."""
    return sum(client.nthreads().values())


@dataclass(frozen=True, slots=True)
class _Task:
    index: int
    item: Any
    submitted: float


def map_on_client(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    client: Any,
    timeout: float | None = None,
) -> Generator[Done[T, R], None, None]:
    """Call ``func`` on each item on ``client``'s cluster; yield each end as it comes.

    As :func:`perfextract.pool.map_unordered`: results come in the order
    calls finish (``Done.index`` tells the position); a call running past
    ``timeout`` seconds is cancelled and its worker restarted (see the
    module's text), and gives a ``"timeout"``; a call that raises, or whose
    workers died, gives a ``"crashed"``.  ``items`` is read lazily, a few
    ahead of the cluster's threads.  Closing the iterator (or an exception,
    such as Ctrl-C, while it waits) cancels the calls in flight.
    """
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be > 0 seconds, not {timeout}")
    dist = import_distributed()
    setup = LogSetup.of_this_process()
    levels = tuple(  # the workers' own logging (distributed's) is theirs to set
        (name, level)
        for name, level in (setup.levels if setup is not None else ())
        if name.partition(".")[0] not in ("distributed", "dask")
    )
    topic = f"perfextract-{uuid.uuid4().hex[:12]}"
    started: dict[str, float] = {}  # task key → when a worker started it (client clock)

    def note_start(event: tuple[float, Any]) -> None:  # called in the client's event loop
        started[str(event[1])] = time.monotonic()

    client.subscribe_topic(topic, note_start)
    todo = enumerate(items)
    running: dict[Any, _Task] = {}
    exhausted = False
    with held_interrupts() as pressed:
        try:
            while True:
                free = AHEAD * max(1, threads(client)) - len(running)
                while not exhausted and free > 0:
                    taken = next(todo, None)
                    if taken is None:
                        exhausted = True
                        break
                    index, item = taken
                    key = f"{topic}-{index}"
                    future = client.submit(
                        _timed_call, func, item, levels, topic, key=key, pure=False
                    )
                    running[future] = _Task(index, item, time.monotonic())
                    free -= 1
                if exhausted and not running:
                    return
                with contextlib.suppress(TimeoutError):
                    dist.wait(
                        list(running),
                        timeout=_wait_seconds(running, started, timeout),
                        return_when="FIRST_COMPLETED",
                    )
                if pressed.is_set():
                    raise KeyboardInterrupt
                for future in [f for f in running if f.done()]:
                    yield _end(future, running.pop(future), started.pop(future.key, None))
                    if pressed.is_set():
                        raise KeyboardInterrupt
                if timeout is not None:
                    now = time.monotonic()
                    late = [f for f in running if now - started.get(f.key, now) >= timeout]
                    if late:
                        _stop(client, late)
                        for future in late:
                            stopped = running.pop(future)
                            started.pop(future.key, None)
                            detail = f"stopped after {timeout:g} s"
                            yield Done(
                                stopped.index, stopped.item, "timeout", None, timeout, detail
                            )
        finally:
            if running:
                client.cancel(list(running), force=True)
            client.unsubscribe_topic(topic)


@contextlib.contextmanager
def held_interrupts() -> Iterator[threading.Event]:
    """Hold Ctrl-C while the client waits: it sets the event, the run raises at a point of its own.

    A ``KeyboardInterrupt`` raised anywhere in distributed's client code may
    land in a callback of its event loop or in a future's finalizer, which
    log it or swallow it (the run would then go on).  Pressed twice, Ctrl-C
    interrupts at once.  Outside the main thread nothing changes.
    """
    pressed = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return

    def hold(signum: int, frame: Any) -> None:
        if pressed.is_set():
            raise KeyboardInterrupt
        pressed.set()

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield pressed
    finally:
        if previous is not None:  # None: a handler not set from Python, left as it was
            signal.signal(signal.SIGINT, previous)


def _wait_seconds(
    running: dict[Any, _Task], started: dict[str, float], timeout: float | None
) -> float:
    """How long to wait for a result: until a call passes its limit, at most ``WAIT_SECONDS``."""
    starts = [started[f.key] for f in running if f.key in started]
    if timeout is None or not starts:
        return WAIT_SECONDS
    return max(0.0, min(WAIT_SECONDS, min(starts) + timeout - time.monotonic()))


def _end(future: Any, task: _Task, start: float | None) -> Done[Any, Any]:
    """The end of a call whose future is done."""
    if future.status == "finished":
        result, seconds = future.result()
        return Done(task.index, task.item, "done", result, seconds)
    seconds = time.monotonic() - (start or task.submitted)
    if future.status == "error":
        cause = describe_cause(future.exception())
        return Done(task.index, task.item, "crashed", None, seconds, cause)
    detail = f"the task was {future.status} on the cluster"
    return Done(task.index, task.item, "crashed", None, seconds, detail)


def _stop(client: Any, late: list[Any]) -> None:
    """Cancel the late calls and restart the workers that were running them."""
    late_keys = {f.key for f in late}
    hosts = sorted(
        worker for worker, keys in client.processing().items() if late_keys.intersection(keys)
    )
    client.cancel(late, force=True)
    if not hosts:
        return
    nannied: list[str] = client.run_on_scheduler(functools.partial(_with_nanny, hosts))
    answers = {host: "it has no nanny" for host in hosts if host not in nannied}
    if nannied:  # dask would close a worker without a nanny for good: never asked to
        logger.debug("restarting %s, which ran a call past its time", ", ".join(nannied))
        try:
            answers.update(client.restart_workers(nannied, raise_for_error=False))
        except (ValueError, OSError, TimeoutError) as exc:
            answers.update((host, str(exc)) for host in nannied)
    for host, answer in answers.items():
        if answer != "OK":
            logger.warning(
                "%s ran a call past its time and cannot be restarted (%s); its thread "
                "stays busy until the call returns",
                host,
                answer,
            )


def _with_nanny(hosts: list[str], dask_scheduler: Any) -> list[str]:
    """Run on the scheduler: those of ``hosts`` that have a nanny to restart them."""
    workers = dask_scheduler.workers
    return [host for host in hosts if host in workers and workers[host].nanny]


def _timed_call(
    func: Callable[[T], R], item: T, levels: tuple[tuple[str, int], ...], topic: str
) -> tuple[R, float]:
    """Run on a worker: say so on ``topic``, then ``func(item)`` and the seconds it took.

    ``levels`` are the client's per-logger levels, so a parser's chatter the
    client hides stays hidden on the workers too.
    """
    from distributed import get_worker

    worker = get_worker()
    worker.log_event(topic, worker.get_current_task())
    for name, level in levels:
        logging.getLogger(name).setLevel(level)
    start = time.perf_counter()
    result = func(item)
    return result, time.perf_counter() - start
