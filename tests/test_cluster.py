"""``batch --dask`` and ``extract_many(client=)``: the same run on a Dask cluster.

One LocalCluster of two worker processes (nannies, small memory) serves the
module; the command line reaches it by its scheduler's address, as it would
reach a remote one.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import SAMPLES
from perfextract.cli import main
from perfextract.errors import ClusterUnavailableError

distributed = pytest.importorskip("distributed")

from perfextract.cluster import connect, held_interrupts, map_on_client  # noqa: E402
from perfextract.pipeline import Failure, extract_many  # noqa: E402

#: Small, quick samples; with a broken copy and a page of HTML they make the archive.
GOOD = ("inps-2023-relazione", "unibo-2022-relazione", "comune-lecce-2021-piano")


def behave(order: str) -> str:
    """A task that does what its input says (a worker imports this module to run it)."""
    if order == "hang":
        time.sleep(60)
    if order == "nap":
        time.sleep(2)
    if order == "die":
        os._exit(3)
    if order == "raise":
        raise ValueError("bad order")
    return order.upper()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect(2, memory_limit="768MiB") as client:
        yield client


def allow_failures(count: int, dask_scheduler: Any) -> int:
    """Set how many workers may die running one task before it fails; return the old count."""
    old: int = dask_scheduler.allowed_failures
    dask_scheduler.allowed_failures = count
    return old


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for name in GOOD:
        shutil.copy(SAMPLES / f"{name}.pdf", folder / f"{name}.pdf")
    data = (SAMPLES / "cremona-2020.pdf").read_bytes()
    (folder / "broken.pdf").write_bytes(data[: len(data) // 3])
    (folder / "sub").mkdir()
    (folder / "sub" / "not-a-pdf.pdf").write_text("<!DOCTYPE html><html>404</html>")
    return folder


def run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def manifest(out: Path) -> list[dict[str, str]]:
    """The manifest's rows without the seconds, which no two runs share."""
    with (out / "manifest.csv").open(encoding="utf-8", newline="") as fp:
        return [{k: v for k, v in row.items() if k != "seconds"} for row in csv.DictReader(fp)]


@pytest.fixture(scope="module")
def local_run(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    code, _ = run(["batch", str(archive), "-o", str(out), "--workers", "1", "-q"])
    assert code == 1
    return out


def same_outputs(one: Path, other: Path) -> None:
    """The same manifest (but the seconds), records and documents; the same package but its date."""
    assert manifest(one) == manifest(other)
    for name in ("records.csv", "records.jsonl"):
        assert (one / name).read_bytes() == (other / name).read_bytes(), name
    documents = sorted(p.relative_to(one) for p in one.rglob("*.json"))
    assert documents == sorted(p.relative_to(other) for p in other.rglob("*.json"))
    for document in documents:
        mine, theirs = (one / document).read_bytes(), (other / document).read_bytes()
        if document.name == "datapackage.json":
            mine, theirs = (re.sub(rb'"created": "[^"]*"', b"", x) for x in (mine, theirs))
        assert mine == theirs, document


@pytest.mark.parametrize("send_bytes", [False, True], ids=["by-path", "send-bytes"])
def test_a_dask_run_gives_what_a_local_run_gives(
    client: Any, archive: Path, local_run: Path, tmp_path: Path, send_bytes: bool
) -> None:
    out = tmp_path / "out"
    argv = ["batch", str(archive), "-o", str(out), "--dask", client.scheduler.address]
    code, err = run(argv + ["--dask-send-bytes"] * send_bytes)
    assert code == 1
    assert "2 Dask workers (2 threads)" in err
    assert "5 inputs in" in err and "3 ok, 2 error, 0 timeout, 0 skipped" in err
    statuses = {Path(row["path"]).name: row["status"] for row in manifest(out)}
    assert statuses == {
        "broken.pdf": "error",
        "not-a-pdf.pdf": "error",
        **{f"{name}.pdf": "ok" for name in GOOD},
    }
    same_outputs(local_run, out)


def test_relative_paths_mean_the_same_on_workers_started_elsewhere(
    client: Any, archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workers_folder = client.run(os.getcwd)
    monkeypatch.chdir(archive.parent)  # not where the workers were started
    assert os.getcwd() not in workers_folder.values()
    here, there = tmp_path / "here", tmp_path / "there"
    assert run(["batch", archive.name, "-o", str(here), "--workers", "1", "-q"])[0] == 1
    code, _ = run(["batch", archive.name, "-o", str(there), "--dask", client.scheduler.address])
    assert code == 1
    assert manifest(here)[0]["path"] == f"{archive.name}/broken.pdf"  # as given
    same_outputs(here, there)


def test_resume_on_dask_reads_only_what_is_new(client: Any, archive: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(archive, inputs)
    out = tmp_path / "out"
    address = ["--dask", client.scheduler.address, "-q"]
    assert run(["batch", str(inputs), "-o", str(out), *address])[0] == 1
    shutil.copy(SAMPLES / "cciaa-bari-2025-piano.pdf", inputs / "new.pdf")
    code, err = run(["batch", str(inputs), "-o", str(out), "--resume", *address])
    assert code == 1
    assert "1 ok, 2 error, 0 timeout, 3 skipped (2 failed before;" in err
    rows = {Path(row["path"]).name: row for row in manifest(out)}
    assert rows["new.pdf"]["status"] == "ok" and int(rows["new.pdf"]["records"]) > 0


def test_a_file_past_its_timeout_on_dask_is_a_timeout_row(client: Any, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "cremona-2020.pdf", inputs / "slow.pdf")  # 12 pages, > 1 s
    out = tmp_path / "out"
    code, _ = run(
        ["batch", str(inputs), "-o", str(out), "--timeout", "0.2", "--dask",
         client.scheduler.address]
    )  # fmt: skip
    assert code == 1
    (row,) = manifest(out)
    assert row["status"] == "timeout" and "0.2 s" in row["error"]
    assert not (out / "slow.json").exists()


def test_each_call_on_dask_ends_once_whatever_happens_to_it(client: Any) -> None:
    orders = ["a", "hang", "b", "raise", "c"]
    ends = {end.index: end for end in map_on_client(behave, orders, client=client, timeout=2.0)}
    assert sorted(ends) == list(range(len(orders)))
    assert [ends[i].result for i in (0, 2, 4)] == ["A", "B", "C"]
    assert (ends[1].outcome, ends[1].detail) == ("timeout", "stopped after 2 s")
    assert (ends[3].outcome, ends[3].detail) == ("crashed", "ValueError: bad order")
    assert all(end.item == orders[end.index] for end in ends.values())
    # the hanging call's worker was restarted: both workers are free again
    deadline = time.monotonic() + 30
    while len(client.nthreads()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [end.result for end in map_on_client(behave, ["x", "y"], client=client)] != []
    assert not any(client.processing().values())


def test_a_call_that_kills_its_worker_crashes(client: Any) -> None:
    # it fails at once, instead of killing three more workers
    old = client.run_on_scheduler(functools.partial(allow_failures, 0))
    try:
        (end,) = map_on_client(behave, ["die"], client=client)
    finally:
        client.run_on_scheduler(functools.partial(allow_failures, old))
    assert end.outcome == "crashed" and "KilledWorker" in end.detail


def test_closing_early_cancels_the_calls_in_flight(client: Any) -> None:
    ends = map_on_client(behave, ["a", "nap", "nap", "nap", "nap"], client=client)
    assert next(ends).result == "A"
    ends.close()
    deadline = time.monotonic() + 15
    while any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(client.processing().values())  # the two naps running ended, none started


def test_ctrl_c_while_the_client_waits_is_raised_by_the_run(client: Any) -> None:
    before = signal.getsignal(signal.SIGINT)
    press = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
    ends = map_on_client(behave, ["nap"] * 4, client=client)
    press.start()
    with pytest.raises(KeyboardInterrupt):
        list(ends)
    press.join()
    assert signal.getsignal(signal.SIGINT) is before  # the run's hold on Ctrl-C ended with it
    deadline = time.monotonic() + 15
    while any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(client.processing().values())  # the calls in flight were cancelled


def test_ctrl_c_pressed_twice_interrupts_at_once() -> None:
    with held_interrupts() as pressed:
        os.kill(os.getpid(), signal.SIGINT)
        assert pressed.wait(5)  # held: no KeyboardInterrupt here
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)  # the handler runs between bytecodes, well before this ends


def test_extract_many_on_a_client_gives_the_local_reports(client: Any) -> None:
    paths = [SAMPLES / f"{name}.pdf" for name in GOOD[:2]] + [SAMPLES / "missing.pdf"]
    local = dict(extract_many(paths))
    remote = dict(extract_many(paths, client=client, send_bytes=True))
    assert set(remote) == set(paths)
    for path in paths[:2]:
        assert remote[path].to_dict() == local[path].to_dict()  # type: ignore[union-attr]
    assert isinstance(remote[paths[2]], Failure)
    assert str(remote[paths[2]].error) == str(local[paths[2]].error)  # type: ignore[union-attr]


def test_dask_local_n_starts_and_stops_its_own_cluster(
    archive: Path, local_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, err = run(["batch", str(archive), "-o", str(out), "--dask", "local:2"])
    assert code == 1 and "2 Dask workers" in err
    same_outputs(local_run, out)


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_ctrl_c_stops_a_dask_run_as_it_stops_a_local_one(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for copy in range(12):
        shutil.copy(SAMPLES / "cremona-2020.pdf", inputs / f"copy-{copy:02}.pdf")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "perfextract", "batch", str(inputs), "-o", str(out),
               "--dask", "local:2"]  # fmt: skip
    # a session of its own: Ctrl-C reaches the whole group, as from a terminal
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("copy-*.json")):
        assert process.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline, "no output within a minute"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "run again with --resume" in err.decode()
    assert "Traceback" not in err.decode()  # the workers ignored it; the run stopped them
    rows = manifest(out)
    assert 1 <= len(rows) < 12
    assert all((out / row["output"]).is_file() for row in rows if row["status"] == "ok")


def test_without_the_extra_dask_says_what_to_install(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    code, err = run(["batch", str(archive), "-o", str(tmp_path), "--dask", "local:2"])
    assert code == 1
    assert 'pip install "perfextract[dask]"' in err
    with pytest.raises(ClusterUnavailableError):
        next(map_on_client(behave, ["a"], client=None))


@pytest.mark.parametrize(
    "extra",
    [["--dask", "local:0"], ["--dask", "local:2", "--workers", "2"], ["--dask-send-bytes"]],
    ids=["no-workers", "workers-and-dask", "send-bytes-alone"],
)
def test_dask_usage_errors_exit_2(extra: list[str], tmp_path: Path) -> None:
    code, err = run(["batch", str(tmp_path), "-o", str(tmp_path / "out"), *extra])
    assert code == 2 and "error" in err
