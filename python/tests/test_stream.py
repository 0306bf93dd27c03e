"""filingdown.Stream: order, pipelining without deadlock, a dying process, bad callers."""

from __future__ import annotations

import os
import signal
import threading

import pytest

import filingdown
from conftest import GOLDEN

SMALL_HTML = b"<html><body><h1>Title</h1><p>Para %d.</p></body></html>"


@pytest.fixture(autouse=True)
def _deadline():
    """A stream test that hangs fails instead (a deadlock is the bug these tests look for)."""

    def expired(*_):
        raise TimeoutError("the stream test took more than 120 s: deadlock?")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_results_come_in_input_order_with_their_ids():
    inputs = [(f"doc-{i}", SMALL_HTML % i) for i in range(50)]
    inputs.insert(10, ("empty", b""))
    inputs.insert(20, ("missing", "/nonexistent/file.htm"))
    with filingdown.Stream("text") as stream:
        results = list(stream.map(inputs))
    assert [r.id for r in results] == [key for key, _ in inputs]
    for (key, data), result in zip(inputs, results):
        if key == "empty":
            assert result.error.code == "empty"
        elif key == "missing":
            assert result.error.code == "unreadable"
        else:
            assert result.ok and f"Para {key[4:]}." in result.documents[0].content


def test_default_ids_are_paths_and_positions():
    path = str(GOLDEN / "rules-lists" / "input.htm")
    with filingdown.Stream() as stream:
        results = list(stream.map([b"<p>a</p>", path, b"<p>b</p>"]))
    assert [r.id for r in results] == [0, path, 2]


def test_big_inputs_and_outputs_both_ways_do_not_deadlock():
    # Megabytes in and out at once: the writer must keep sending while answers pile up.
    big = GOLDEN / "apple-10k-2024" / "input.htm"
    small = GOLDEN / "nexpoint-8k-2023" / "input.htm"
    inputs = [str(big) if i % 4 == 0 else str(small) for i in range(12)]
    with filingdown.Stream("json") as stream:
        results = list(stream.map(inputs))
        again = stream.convert(big)
    assert [r.id for r in results] == inputs
    assert all(r.ok for r in results)
    assert results[0].documents == again.documents
    assert stream.processes_started == 1


def test_one_process_serves_many_calls():
    with filingdown.Stream() as stream:
        first = stream.convert(SMALL_HTML % 1)
        pid = stream.pid
        second = stream.convert(SMALL_HTML % 2)
        assert stream.pid == pid
    assert "Para 1." in first.content and "Para 2." in second.content
    assert stream.processes_started == 1


def test_a_process_that_ended_while_idle_is_replaced_before_anything_is_lost():
    with filingdown.Stream() as stream:
        assert stream.convert(SMALL_HTML % 0).ok
        os.kill(stream.pid, signal.SIGKILL)
        stream._session.proc.wait(10)
        results = list(stream.map([(i, SMALL_HTML % i) for i in range(30)]))
        assert [r.id for r in results] == list(range(30))
        assert all(r.ok for r in results)
        assert "Para 29." in results[-1].content
        assert stream.processes_started == 2


def test_inputs_in_flight_when_the_process_dies_come_back_as_internal_errors(tmp_path, binary):
    # The first process reads a little of its input and is killed; the second is the real one.
    marker = tmp_path / "started-once"
    fake = tmp_path / "dies-once"
    fake.write_text(
        f'#!/bin/sh\nif [ ! -e "{marker}" ]; then touch "{marker}"; head -c 100 >/dev/null; kill -9 $$; fi\n'
        f'exec "{binary}" "$@"\n'
    )
    fake.chmod(0o755)
    with filingdown.Stream(binary=fake) as stream:
        results = list(stream.map([(i, SMALL_HTML % i) for i in range(30)]))
        assert [r.id for r in results] == list(range(30))
        lost = [r for r in results if not r.ok]
        assert lost and lost == results[: len(lost)], "the lost inputs are the first ones sent"
        assert all(r.error.code == "internal" and "killed by SIGKILL" in r.error.message for r in lost)
        assert all(f"Para {r.id}." in r.content for r in results[len(lost):])
        assert "Para 7." in stream.convert(SMALL_HTML % 7).content
        assert stream.processes_started == 2


def test_a_process_that_dies_at_once_fails_every_input_clearly(tmp_path):
    fake = tmp_path / "dies"
    fake.write_text("#!/bin/sh\necho 'filingdown: cannot start' >&2\nexit 3\n")
    fake.chmod(0o755)
    with filingdown.Stream(binary=fake) as stream:
        results = list(stream.map([SMALL_HTML % i for i in range(3)]))
    assert [r.id for r in results] == [0, 1, 2]
    assert {r.error.code for r in results} == {"internal"}
    assert "exited with status 3" in results[0].error.message
    assert "cannot start" in results[0].error.message


def test_an_answer_that_is_not_json_is_a_protocol_error(tmp_path):
    fake = tmp_path / "garbage"
    fake.write_text("#!/bin/sh\nhead -c 1 >/dev/null; echo 'this is not json'; cat >/dev/null\n")
    fake.chmod(0o755)
    with filingdown.Stream(binary=fake) as stream:
        with pytest.raises(filingdown.ProtocolError, match="not JSON"):
            list(stream.map([b"<p>x</p>"]))


def test_an_abandoned_map_leaves_no_stale_answers():
    with filingdown.Stream("text") as stream:
        results = stream.map([SMALL_HTML % i for i in range(40)])
        first = next(results)
        results.close()  # 39 answers were still due
        later = stream.convert(SMALL_HTML % 99)
    assert "Para 0." in first.content
    assert "Para 99." in later.content


def test_a_failing_iterable_raises_after_the_results_before_it():
    def inputs():
        yield SMALL_HTML % 1
        yield SMALL_HTML % 2
        raise KeyError("the caller's bug")

    seen = []
    with filingdown.Stream() as stream:
        with pytest.raises(KeyError, match="the caller's bug"):
            for result in stream.map(inputs()):
                seen.append(result)
        assert stream.convert(SMALL_HTML % 3).ok
    assert len(seen) == 2


def test_one_map_at_a_time():
    with filingdown.Stream() as stream:
        gate = threading.Event()

        def slow():
            yield SMALL_HTML % 1
            gate.wait(10)

        running = stream.map(slow())
        next(running)
        with pytest.raises(RuntimeError, match="already converting"):
            next(stream.map([b"<p>x</p>"]))
        gate.set()
        list(running)


def test_a_closed_stream_refuses_work():
    stream = filingdown.Stream()
    stream.close()
    with pytest.raises(ValueError, match="closed"):
        stream.convert(b"<p>x</p>")


def test_bad_input_types_are_the_callers_error():
    with filingdown.Stream() as stream:
        with pytest.raises(TypeError, match="bytes or a path"):
            stream.convert(12345)


def test_a_process_that_stops_answering_is_replaced_after_the_timeout(tmp_path, binary):
    # The first process never answers; the second is the real one.
    marker = tmp_path / "started-once"
    fake = tmp_path / "hangs-once"
    fake.write_text(f'#!/bin/sh\nif [ ! -e "{marker}" ]; then touch "{marker}"; exec sleep 60; fi\nexec "{binary}" "$@"\n')
    fake.chmod(0o755)
    with filingdown.Stream(binary=fake, timeout=0.5) as stream:
        first = stream.convert(SMALL_HTML % 1)
        second = stream.convert(SMALL_HTML % 2)
    assert first.error.code == "timeout" and "0.5 s" in first.error.message
    assert second.ok and "Para 2." in second.content
    assert stream.processes_started == 2


def test_a_slow_but_answering_process_is_not_stopped():
    inputs = [str(GOLDEN / "apple-10k-2024" / "input.htm")] * 3
    with filingdown.Stream("json", timeout=30) as stream:
        results = list(stream.map(inputs))
    assert all(r.ok for r in results) and stream.processes_started == 1


def test_no_inputs_start_no_process():
    with filingdown.Stream() as stream:
        assert list(stream.map([])) == []
        assert stream.processes_started == 0 and stream.pid is None
