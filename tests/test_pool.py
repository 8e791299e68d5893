"""The worker pool: time limits, crashes and errors cost one call, never the run."""

from __future__ import annotations

import os
import pickle
import time

import pytest

import perfextract
from conftest import SAMPLES
from perfextract.errors import ExtractionTimeoutError, InvalidPDFError, SettingsError
from perfextract.pipeline import Failure, extract_each, extract_one
from perfextract.pool import map_unordered


def behave(order: str) -> str:
    """A task that does what its input says (runs in a worker, so top-level)."""
    if order == "hang":
        time.sleep(60)
    if order == "die":
        os._exit(3)
    if order == "raise":
        raise ValueError("bad order")
    return order.upper()


def test_each_call_ends_once_whatever_happens_to_it() -> None:
    orders = ["a", "hang", "b", "die", "raise", "c"]
    start = time.monotonic()
    ends = {end.index: end for end in map_unordered(behave, orders, workers=2, timeout=1.0)}
    assert time.monotonic() - start < 30
    assert sorted(ends) == list(range(len(orders)))
    assert [ends[i].result for i in (0, 2, 5)] == ["A", "B", "C"]
    assert (ends[1].outcome, ends[1].detail) == ("timeout", "stopped after 1 s")
    assert ends[3].outcome == "crashed" and "exit code 3" in ends[3].detail
    assert (ends[4].outcome, ends[4].detail) == ("crashed", "ValueError: bad order")
    assert all(end.item == orders[end.index] for end in ends.values())


def test_closing_early_stops_the_workers() -> None:
    ends = map_unordered(behave, ["a", "hang", "hang"], workers=2)
    first = next(ends)
    assert first.result == "A"
    start = time.monotonic()
    ends.close()
    assert time.monotonic() - start < 10


def siblings_after(seconds: float) -> int:
    """After ``seconds``, how many live processes share this worker's parent (itself included)."""
    time.sleep(seconds)
    parent = str(os.getppid())
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()  # noqa: SIM115
            except OSError:
                continue
            state, ppid = stat.rsplit(")", 1)[1].split()[:2]
            if ppid == parent and state != "Z":  # an exited worker not yet reaped is gone
                count += 1
    return count


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")
def test_a_worker_with_nothing_left_exits_while_the_others_finish() -> None:
    ends = {end.index: end.result for end in map_unordered(siblings_after, [0.0, 3.0], workers=2)}
    assert ends[1] == ends[0] - 1  # the first worker is gone before the second call ends


def test_bad_pool_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(map_unordered(behave, ["a"], workers=0))
    with pytest.raises(SettingsError, match="timeout"):
        list(extract_each([b""], timeout=0))


def test_extract_many_in_parallel_gives_one_result_per_input() -> None:
    sample = SAMPLES / "cremona-2020.pdf"
    sources = [b"junk", sample, b""]
    results = list(perfextract.extract_many(sources, pages=[3], workers=2))
    assert len(results) == 3
    by_kind = {type(result).__name__: result for _, result in results}
    report = by_kind["Report"]
    assert isinstance(report, perfextract.Report) and len(report.indicators) == 5
    failures = [r for _, r in results if isinstance(r, Failure)]
    assert len(failures) == 2 and all(isinstance(f.error, InvalidPDFError) for f in failures)


def test_a_timeout_is_a_failure_of_its_own_kind() -> None:
    [(_, result)] = perfextract.extract_many([SAMPLES / "cremona-2020.pdf"], timeout=0.2)
    assert isinstance(result, Failure) and isinstance(result.error, ExtractionTimeoutError)
    assert "cremona-2020.pdf: timed out" in str(result.error)


def test_extract_one_suits_a_cluster_engine() -> None:
    """A top-level function whose input and result survive pickling, as Dask/Ray need."""
    result = pickle.loads(pickle.dumps(extract_one(SAMPLES / "cremona-2020.pdf", None, [3])))
    assert isinstance(result, perfextract.Report) and len(result.indicators) == 5
    failure = pickle.loads(pickle.dumps(extract_one(b"%PDF-1.4\n%%EOF")))
    assert isinstance(failure, Failure) and "damaged" in str(failure.error)
    assert pickle.loads(pickle.dumps(extract_one)) is extract_one
