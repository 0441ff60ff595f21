"""Fault injection: make the next N matching REST requests fail the way Discord fails."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from tests.fakediscord.payloads import Json, error
from tests.fakediscord.recording import RecordedRequest, route_matches

__all__ = ["Fault", "FaultPlan"]

_DEFAULT_ERRORS = {
    400: (50035, "Invalid Form Body"),
    401: (0, "401: Unauthorized"),
    403: (50013, "Missing Permissions"),
    404: (0, "404: Not Found"),
    429: (0, "You are being rate limited."),
    500: (0, "500: Internal Server Error"),
    502: (0, "502: Bad Gateway"),
}


@dataclass(slots=True)
class Fault:
    """A planned failure: ``times`` requests matching method and path regex get ``status``."""

    method: str
    pattern: str
    status: int
    times: int = 1
    code: int | None = None
    message: str | None = None
    retry_after: float = 0.05
    via: bool = True
    is_global: bool = False
    hits: list[RecordedRequest] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        """Return how many more requests this fault will fail."""
        return self.times - len(self.hits)

    def body(self) -> Json:
        """Return the JSON error body, with rate limit details for a 429."""
        default_code, default_message = _DEFAULT_ERRORS.get(self.status, (0, "Error"))
        body = error(
            default_code if self.code is None else self.code,
            self.message or default_message,
        )
        if self.status == 429:
            body.update(retry_after=self.retry_after, **{"global": self.is_global})
        return body

    def headers(self) -> dict[str, str]:
        """Return the response headers; a 429 carries Retry-After and, unless banned, Via."""
        if self.status != 429:
            return {}
        headers = {
            "Retry-After": str(math.ceil(self.retry_after)),
            "X-RateLimit-Reset-After": f"{self.retry_after:.3f}",
            "X-RateLimit-Scope": "global" if self.is_global else "user",
        }
        if self.is_global:
            headers["X-RateLimit-Global"] = "true"
        if self.via:
            headers["Via"] = "1.1 google"
        return headers


class FaultPlan:
    """The faults still waiting for a matching request, consumed first come first served."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Plan a fault and return it so the test can inspect its hits."""
        self._faults.append(fault)
        return fault

    def take(self, request: RecordedRequest) -> Fault | None:
        """Return the fault this request triggers, if any, counting the hit."""
        for fault in self._faults:
            if fault.remaining > 0 and route_matches(request, fault.method, fault.pattern):
                fault.hits.append(request)
                return fault
        return None
