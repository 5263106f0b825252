"""One exception hierarchy, so callers can catch ``IblearnError`` and get a message that says what to do."""

from __future__ import annotations


class IblearnError(Exception):
    """Base class of every error iblearn raises on purpose."""


class ConfigError(IblearnError, ValueError):
    """A setting is wrong: unknown back-end spec, missing API key, missing optional extra."""


class WeightsError(IblearnError):
    """The embedded model's weights are missing, incomplete or fail their SHA-256 check."""


class LLMError(IblearnError):
    """A language-model call failed after the retries it was allowed."""


class LLMConnectionError(LLMError):
    """The server could not be reached (refused, DNS, TLS)."""


class LLMTimeoutError(LLMError):
    """The server did not answer within the timeout."""


class LLMRateLimitError(LLMError):
    """The server kept answering 429 after the allowed retries."""


class LLMServerError(LLMError):
    """The server answered 5xx, or a 4xx that retrying cannot fix; ``status`` is the HTTP status if known."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class LLMResponseError(LLMError):
    """The answer was empty, truncated or not what the protocol promises."""


class DataError(IblearnError, ValueError):
    """The training or prediction data cannot be used as given."""


class CodeRejected(IblearnError):
    """Generated code failed extraction or the static allow-list; ``reason`` says why in plain words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class SandboxError(IblearnError):
    """Generated code failed, or broke a limit, while running in the sandbox."""

    def __init__(self, reason: str, kind: str = "error"):
        super().__init__(reason)
        self.reason = reason
        self.kind = kind  # "error" | "timeout" | "memory" | "output" | "crash"


class NoValidModelError(IblearnError):
    """Every attempt within the budget ended in an invalid code model; ``log`` holds the attempts."""

    def __init__(self, message: str, log: list | None = None):
        super().__init__(message)
        self.log = log or []
