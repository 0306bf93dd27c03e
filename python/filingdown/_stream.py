"""One long-lived ``filingdown --stream`` process and the two threads that keep its pipes moving.

The protocol (docs/stream.md): each record on the process's standard input is a line
``LENGTH ID`` and then exactly LENGTH bytes; the process answers each with one JSON line, in
input order. A writer thread frames the inputs while the caller's thread reads the answers, so
neither pipe can fill up and stall the other. When the process dies, every input sent to it and
not yet answered comes back as an ``internal`` error, and a new process takes over the rest.
"""

from __future__ import annotations

import collections
import errno
import itertools
import json
import os
import signal
import stat
import subprocess
import threading
import time
import urllib.parse
import weakref
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ._binary import find_binary
from ._result import CONTENT_MEMBERS, Error, Result

FORMATS = tuple(CONTENT_MEMBERS)

#: The largest input sent (``--max-record-bytes``'s default in filingdown too).
DEFAULT_MAX_RECORD_BYTES = 256 << 20

try:  # orjson parses large records about twice as fast; json is the fallback.
    import orjson as _orjson

    _loads = _orjson.loads
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads


class ProtocolError(RuntimeError):
    """The process wrote something the protocol does not allow (a bug in filingdown)."""


@dataclass
class _Entry:
    key: Any  # the caller's id
    source: Any  # bytes-like, or a path or URI
    wire_id: str = ""
    error: Error | None = None  # found before sending: the input is never sent


def _is_data(source: Any) -> bool:
    return isinstance(source, (bytes, bytearray, memoryview))


def _local_path(source: Any) -> str | None:
    """The local file a path or ``file:`` URI names, or None for another scheme."""
    text = os.fspath(source)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if "://" not in text and not text.startswith("file:"):
        return text
    parsed = urllib.parse.urlparse(text)
    if parsed.scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            return None
        return urllib.parse.unquote(parsed.path)
    return None


def _read_remote(uri: str, limit: int | None) -> bytes:
    """Reads a URI with fsspec when installed, else with pyarrow's filesystems."""
    try:
        import fsspec  # type: ignore
    except ImportError:
        fsspec = None
    if fsspec is not None:
        with fsspec.open(uri, "rb") as f:
            data = f.read() if limit is None else f.read(limit + 1)
    else:
        try:
            from pyarrow import fs as pafs  # type: ignore
        except ImportError:
            raise OSError(f"no filesystem for {uri!r}: install fsspec or pyarrow") from None
        filesystem, path = pafs.FileSystem.from_uri(uri)
        with filesystem.open_input_stream(path) as f:
            data = f.read() if limit is None else f.read(limit + 1)
    return data


def _write_all(fd: int, data: Any) -> None:
    view = memoryview(data).cast("B")
    while view:
        written = os.write(fd, view)
        view = view[written:]


class _Session:
    """One process, the inputs sent to it in order, and whether its writer is done."""

    def __init__(self, argv: list[str], env: dict[str, str] | None, timeout: float | None = None) -> None:
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0, env=env
        )
        self.stdin_fd = self.proc.stdin.fileno()
        self.stdout = open(self.proc.stdout.fileno(), "rb", buffering=1 << 20, closefd=False)
        self.inflight: collections.deque[_Entry] = collections.deque()
        self.cond = threading.Condition()
        self.writer_done = False
        self.exhausted = False  # the writer took the last input
        self.writer_error: BaseException | None = None
        self.dead = False
        self.timed_out = False
        self.progress = time.monotonic()  # the last answer, or the first input after a pause
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=40)
        self._stderr_thread = threading.Thread(target=self._drain_stderr, name="filingdown-stderr", daemon=True)
        self._stderr_thread.start()
        self._finalizer = weakref.finalize(self, _kill, self.proc)
        if timeout is not None:
            threading.Thread(
                target=_watch, args=(weakref.ref(self), timeout), name="filingdown-watchdog", daemon=True
            ).start()

    def _drain_stderr(self) -> None:
        for line in iter(self.proc.stderr.readline, b""):
            self.stderr_tail.append(line.decode("utf-8", "replace").rstrip("\n"))

    def last_words(self, timeout: float = 2.0) -> str:
        self._stderr_thread.join(timeout)
        return " | ".join(self.stderr_tail)

    def kill(self) -> int:
        _kill(self.proc)
        return self.proc.wait()

    def close(self, timeout: float) -> int:
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return self.kill()
        finally:
            self.stdout.close()
            self.proc.stdout.close()


def _watch(session_ref: "weakref.ref[_Session]", timeout: float) -> None:
    """Kills the process when inputs have waited `timeout` seconds without an answer."""
    while True:
        s = session_ref()
        if s is None:
            return
        with s.cond:
            if s.dead or s.proc.poll() is not None:
                return
            waiting = any(e.wire_id for e in s.inflight)
            if waiting and time.monotonic() - s.progress > timeout:
                s.timed_out = True
                _kill(s.proc)
                return
        del s
        time.sleep(min(timeout / 4, 1.0))


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        try:
            proc.kill()
        except OSError:
            pass


def _describe_exit(status: int | None) -> str:
    if status is None:
        return "closed its output"
    if status < 0:
        try:
            return f"was killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"was killed by signal {-status}"
    return f"exited with status {status}"


class Stream:
    """One ``filingdown --stream`` process converting many inputs, in order.

    >>> with Stream("markdown") as stream:
    ...     for result in stream.map(["a.htm", "b.txt"]):
    ...         print(result.id, result.error or len(result.documents))

    An input is ``bytes`` (the filing itself) or a path (``str`` or ``os.PathLike``: a local
    file, a ``file:`` URI, or any URI fsspec or pyarrow can open, read in this process). Give
    ``(id, input)`` pairs to choose each result's ``id``; otherwise it is the path, or the
    input's position for bytes.

    ``max_record_bytes`` refuses larger inputs (``too_large``) before they are read; ``jobs``
    is how many inputs the process converts at once (default: one per processor); ``timeout``
    is the longest the process may go without an answer while inputs wait (then it is stopped,
    the inputs in flight come back as ``timeout`` errors and a new process goes on); ``args``
    are further options for the process (``--columns 100``); ``binary`` the executable
    (default: ``find_binary()``).
    """

    def __init__(
        self,
        format: str = "markdown",
        *,
        binary: str | os.PathLike[str] | None = None,
        max_record_bytes: int | None = None,
        jobs: int | None = None,
        timeout: float | None = None,
        args: Iterable[str] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        if format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        self.format = format
        self.binary = find_binary(binary)
        self.max_record_bytes = int(max_record_bytes if max_record_bytes is not None else DEFAULT_MAX_RECORD_BYTES)
        # The same limit for both sides: a larger file is refused here, before it is read.
        self._argv = [self.binary, "--stream", "-f", format, "--max-record-bytes", str(self.max_record_bytes)]
        if jobs is not None:
            self._argv += ["--jobs", str(int(jobs))]
        self._argv += list(args)
        self._env = env
        self.timeout = timeout
        self._session: _Session | None = None
        self._busy = threading.Lock()
        self._next_wire_id = 0
        #: How many processes were started (1 + the restarts after a death).
        self.processes_started = 0
        self._closed = False

    # -- public -------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The running process's id, or None before the first input and after a death."""
        s = self._session
        return s.proc.pid if s is not None and not s.dead else None

    def convert(self, source: Any, id: Any = None) -> Result:
        """Converts one input and waits for its result."""
        results = list(self.map([(id if id is not None else _default_id(source, 0), source)]))
        return results[0]

    def map(self, inputs: Iterable[Any]) -> Iterator[Result]:
        """Converts every input, yielding one Result per input, in input order, as each is
        ready. Inputs are sent while earlier results are being read, so a long iterable keeps
        the process busy; the iterable is consumed on a separate thread."""
        if self._closed:
            raise ValueError("this Stream is closed")
        return self._map(iter(inputs))

    def close(self, timeout: float = 30.0) -> None:
        """Ends the process: closes its input and waits for it to exit."""
        self._closed = True
        s, self._session = self._session, None
        if s is not None and not s.dead:
            s.close(timeout)

    def __enter__(self) -> "Stream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- machinery ----------------------------------------------------------------------

    def _start(self) -> _Session:
        s = self._session
        if s is not None and not s.dead and s.proc.poll() is not None:
            # Ended while idle (killed between calls): replaced before anything is lost to it.
            s.dead = True
            s.close(0)
        if s is None or s.dead:
            try:
                s = _Session(self._argv, self._env, self.timeout)
            except OSError as e:
                raise RuntimeError(f"cannot start {self._argv[0]}: {e}") from e
            self._session = s
            self.processes_started += 1
        return s

    def _map(self, inputs: Iterator[Any]) -> Iterator[Result]:
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("this Stream is already converting; use one Stream per thread")
        try:
            yield from self._map_locked(inputs)
        finally:
            self._busy.release()

    def _map_locked(self, inputs: Iterator[Any]) -> Iterator[Result]:
        first = next(inputs, _END)
        if first is _END:  # nothing to convert: no process is started for it
            return
        inputs = itertools.chain([first], inputs)
        pending: collections.deque[_Entry] = collections.deque()  # taken back from a dead process
        position = [0]
        lock = threading.Lock()

        def next_entry() -> _Entry | None:
            with lock:
                if pending:
                    return pending.popleft()
                item = next(inputs, _END)
                if item is _END:
                    return None
                index = position[0]
                position[0] += 1
            if isinstance(item, tuple) and len(item) == 2 and not _is_data(item):
                key, source = item
            else:
                key, source = _default_id(item, index), item
            return _Entry(key, source)

        finished = False
        try:
            while True:
                s = self._start()
                with s.cond:  # this call's writer (a process serves many calls)
                    s.writer_done = False
                    s.exhausted = False
                    s.writer_error = None
                writer = threading.Thread(
                    target=self._write, args=(s, next_entry, pending), name="filingdown-writer", daemon=True
                )
                writer.start()
                died = yield from self._read(s)
                if not died:
                    writer.join()
                    if s.writer_error is not None:
                        raise s.writer_error
                    finished = True
                    return
                # The process died: the writer stops at its next record (or its next write
                # fails); whatever it had not sent goes to the next process.
                writer.join()
                if s.writer_error is not None:
                    raise s.writer_error
                if s.exhausted and not pending:
                    # Every input was sent (and answered): nothing left for a new process.
                    finished = True
                    return
        finally:
            if not finished:
                # Abandoned or failed midway: answers still in the pipe would reach the next
                # caller, so this process goes and the next call starts a fresh one.
                s = self._session
                if s is not None and not s.dead:
                    with s.cond:
                        s.dead = True
                        s.cond.notify_all()
                    s.kill()

    def _write(self, s: _Session, next_entry: Any, pending: collections.deque) -> None:
        limit = self.max_record_bytes
        try:
            while True:
                entry = next_entry()
                if entry is None:
                    s.exhausted = True
                    break
                payload = None
                local = None
                if entry.error is None and not entry.wire_id:
                    try:
                        payload, local = _load(entry.source, limit)
                    except OSError as e:
                        entry.error = Error("unreadable", f"{entry.source or '(empty path)'}: {e.strerror or e}")
                    except TooLarge as e:
                        entry.error = Error("too_large", str(e))
                with s.cond:
                    if s.dead:
                        pending.appendleft(entry)
                        return
                    if entry.error is None:
                        entry.wire_id = str(self._next_wire_id)
                        self._next_wire_id += 1
                        if not any(e.wire_id for e in s.inflight):
                            s.progress = time.monotonic()  # busy again after a pause
                    s.inflight.append(entry)
                    s.cond.notify()
                if entry.error is None:
                    try:
                        if local is not None:
                            _send_file(s.stdin_fd, entry, local)
                        else:
                            _write_all(s.stdin_fd, b"%d %s\n" % (len(payload), entry.wire_id.encode()))
                            _write_all(s.stdin_fd, payload)
                    except OSError:
                        return  # the process is gone; the reader sees its end
        except BaseException as e:  # the caller's iterable failed: raised in the caller's thread
            s.writer_error = e
        finally:
            with s.cond:
                s.writer_done = True
                s.cond.notify_all()

    def _read(self, s: _Session):
        """Yields the answers of process ``s``; returns True when it died."""
        while True:
            with s.cond:
                while not s.inflight and not s.writer_done:
                    s.cond.wait()
                if not s.inflight:
                    return False
                entry = s.inflight[0]
            if entry.error is not None and not entry.wire_id:
                with s.cond:
                    s.inflight.popleft()
                yield Result.failure(entry.key, entry.error.code, entry.error.message)
                continue
            line = s.stdout.readline()
            if not line or not line.endswith(b"\n"):
                yield from self._died(s)
                return True
            with s.cond:
                s.inflight.popleft()
                s.progress = time.monotonic()
            try:
                record = _loads(line)
            except ValueError as e:
                s.kill()
                raise ProtocolError(f"filingdown wrote a line that is not JSON ({e}): {line[:200]!r}") from None
            if str(record.get("id")) != entry.wire_id:
                s.kill()
                raise ProtocolError(f"filingdown answered record {record.get('id')!r} where {entry.wire_id!r} was due")
            if entry.error is not None:  # the file changed while it was sent
                yield Result.failure(entry.key, entry.error.code, entry.error.message)
            else:
                yield Result.from_record(entry.key, record)

    def _died(self, s: _Session) -> Iterator[Result]:
        with s.cond:
            s.dead = True
            s.cond.notify_all()
            lost = list(s.inflight)
            s.inflight.clear()
        status = s.kill()
        words = s.last_words()
        if s.timed_out:
            code = "timeout"
            message = f"filingdown gave no answer for {self.timeout:g} s (timeout) and was stopped"
        else:
            code = "internal"
            message = f"filingdown {_describe_exit(status)} while this input was in flight"
        if words:
            message += f"; it said: {words}"
        for entry in lost:
            if entry.error is not None and not entry.wire_id:
                yield Result.failure(entry.key, entry.error.code, entry.error.message)
            else:
                yield Result.failure(entry.key, code, message)


_END = object()


class TooLarge(Exception):
    pass


def _default_id(source: Any, index: int) -> Any:
    if _is_data(source):
        return index
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"an input is bytes or a path, not {type(source).__name__}")
    return os.fspath(source)


def _load(source: Any, limit: int | None) -> tuple[Any, Any]:
    """(bytes, None) for data and remote files, (None, open file) for local files, which are
    sent from the file straight into the pipe."""
    if _is_data(source):
        if limit is not None and len(source) > limit:
            raise TooLarge(f"{len(source)} bytes, more than --max-record-bytes {limit}; not sent")
        return source, None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"an input is bytes or a path, not {type(source).__name__}")
    local = _local_path(source)
    if local is not None:
        if not local.strip():
            raise OSError(errno.ENOENT, "no path given")
        f = open(local, "rb")
        try:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(errno.EISDIR, "Is a directory")
            if limit is not None and st.st_size > limit:
                raise TooLarge(f"{st.st_size} bytes, more than --max-record-bytes {limit}; not read")
        except BaseException:
            f.close()
            raise
        return None, f
    data = _read_remote(os.fspath(source), limit)
    if limit is not None and len(data) > limit:
        raise TooLarge(f"more than --max-record-bytes {limit} bytes; not sent")
    return data, None


def _send_file(fd: int, entry: _Entry, f: Any) -> None:
    """Frames a local file and copies it into the pipe in the kernel (sendfile). A file that
    shrinks while it is sent is padded to the length announced and reported as unreadable."""
    path = f.name
    with f:
        size = os.fstat(f.fileno()).st_size
        _write_all(fd, b"%d %s\n" % (size, entry.wire_id.encode()))
        offset = 0
        while offset < size:
            try:
                sent = os.sendfile(fd, f.fileno(), offset, size - offset)
            except OSError as e:
                if e.errno in (errno.EINVAL, errno.ENOSYS):  # EINVAL/ENOSYS: no sendfile for this pair
                    f.seek(offset)
                    chunk = f.read(min(size - offset, 1 << 20))
                    if chunk:
                        _write_all(fd, chunk)
                        sent = len(chunk)
                    else:
                        sent = 0
                else:
                    raise
            if sent == 0:
                entry.error = Error("unreadable", f"{path}: the file shrank while it was read")
                _write_all(fd, bytes(size - offset))
                return
            offset += sent
