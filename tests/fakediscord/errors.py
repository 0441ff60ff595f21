"""Discord's JSON API errors: raised by the fake's state, answered by the REST layer."""

from __future__ import annotations

from tests.fakediscord.payloads import Json, error

__all__ = ["ApiError"]


class ApiError(Exception):
    """An HTTP status with Discord's ``{"code", "message"}`` body."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message

    def body(self) -> Json:
        """Return the JSON body Discord sends for this error."""
        return error(self.code, self.message)

    @classmethod
    def unknown(cls, code: int, what: str) -> ApiError:
        """Build a 404 for a missing object, e.g. ``unknown(10008, "Message")``."""
        return cls(404, code, f"Unknown {what}")

    @classmethod
    def unauthorized(cls) -> ApiError:
        """Build the 401 Discord sends for a missing or wrong token."""
        return cls(401, 0, "401: Unauthorized")

    @classmethod
    def bad_request(cls, message: str) -> ApiError:
        """Build a 400 for a malformed request body."""
        return cls(400, 50035, f"Invalid Form Body: {message}")
