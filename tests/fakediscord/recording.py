"""What the fake saw: REST requests and gateway frames, with event-driven waits for tests."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar
from urllib.parse import unquote

__all__ = ["GatewayFrame", "Journal", "RecordedRequest", "Upload", "route_matches"]

T = TypeVar("T")

API_PREFIX = "/api/v10"


class Upload(NamedTuple):
    """A file uploaded with a request, as multipart form data carried it."""

    filename: str
    data: bytes


@dataclass(slots=True)
class RecordedRequest:
    """One REST request as the fake received it, plus the status it answered with."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    authorized: bool
    uploads: list[Upload] = field(default_factory=list)
    status: int = 0
    known_route: bool = True

    @property
    def route(self) -> str:
        """Return the path without the ``/api/v10`` prefix, e.g. ``/channels/1/messages/2``."""
        return self.path.removeprefix(API_PREFIX)

    @property
    def files(self) -> list[str]:
        """Return the names of the uploaded files, in order."""
        return [upload.filename for upload in self.uploads]

    @property
    def reason(self) -> str | None:
        """Return the audit log reason sent with the request, decoded."""
        value = self.headers.get("X-Audit-Log-Reason")
        return None if value is None else unquote(value)

    def __str__(self) -> str:
        """Summarise the request for assertion messages."""
        return f"{self.method} {self.path} -> {self.status}"


@dataclass(slots=True)
class GatewayFrame:
    """One gateway payload, sent by the fake (``sent=True``) or received from the client."""

    sent: bool
    op: int
    data: Any
    event: str | None = None
    seq: int | None = None

    def __str__(self) -> str:
        """Summarise the frame for assertion messages."""
        arrow = "->" if self.sent else "<-"
        return f"{arrow} op={self.op} t={self.event} s={self.seq}"


def route_matches(request: RecordedRequest, method: str, pattern: str) -> bool:
    """Tell whether a request has this method and its path fully matches the regex.

    The pattern may include the ``/api/v10`` prefix or leave it out.
    """
    if request.method != method.upper():
        return False
    return bool(re.fullmatch(pattern, request.route) or re.fullmatch(pattern, request.path))


class Journal(Generic[T]):
    """An append-only list that tests can wait on without sleeping."""

    def __init__(self) -> None:
        self.items: list[T] = []
        self._waiters: list[tuple[Callable[[T], bool], asyncio.Future[T]]] = []

    def __len__(self) -> int:
        """Return how many items were recorded, usable as a ``since`` mark."""
        return len(self.items)

    def append(self, item: T) -> None:
        """Record an item and wake the waiters it satisfies."""
        self.items.append(item)
        for predicate, future in self._waiters:
            if not future.done() and predicate(item):
                future.set_result(item)

    def find(self, predicate: Callable[[T], bool], since: int = 0) -> list[T]:
        """Return the items from index ``since`` on that satisfy the predicate."""
        return [item for item in self.items[since:] if predicate(item)]

    async def wait_for(
        self,
        predicate: Callable[[T], bool],
        *,
        since: int = 0,
        timeout: float,  # noqa: ASYNC109 - the timeout is the point: fail with what was seen
        what: str,
    ) -> T:
        """Return the first item from ``since`` on that satisfies the predicate, waiting for it."""
        found = self.find(predicate, since)
        if found:
            return found[0]
        waiter = (predicate, asyncio.get_running_loop().create_future())
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter[1], timeout)
        except TimeoutError:
            seen = "\n  ".join(str(item) for item in self.items[since:][-20:]) or "(nothing)"
            raise AssertionError(f"no {what} within {timeout}s; saw:\n  {seen}") from None
        finally:
            self._waiters.remove(waiter)
