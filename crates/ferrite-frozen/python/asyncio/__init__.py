# Ferrite asyncio (also importable as uasyncio): MicroPython's asyncio API, written for Ferrite,
# plus what CPython programmers reach for (Queue, Semaphore, BoundedSemaphore, ensure_future).
# See docs/asyncio.md for the design and the differences from MicroPython and CPython.

from .core import (
    CancelledError,
    TimeoutError,
    InvalidStateError,
    Task,
    Loop,
    create_task,
    ensure_future,
    current_task,
    all_tasks,
    run,
    sleep,
    sleep_ms,
    wait_for,
    wait_for_ms,
    gather,
    get_event_loop,
    get_running_loop,
    new_event_loop,
    set_event_loop,
)
from .event import Event, ThreadSafeFlag
from .locks import Lock, Semaphore, BoundedSemaphore
from .queues import Queue, QueueEmpty, QueueFull
from .stream import Stream, StreamReader, StreamWriter, Server, open_connection, start_server

__version__ = (3, 0, 0)
