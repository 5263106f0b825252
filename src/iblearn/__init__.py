"""iblearn: Inductive-bias Learning — an LLM writes a small, readable code model from your table."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["IBLClassifier", "IBLRegressor", "load", "__version__"]


def __getattr__(name: str) -> Any:
    # Deferred imports keep ``import iblearn`` fast (pandas, sklearn, llama.cpp load on first use).
    if name in ("IBLClassifier", "IBLRegressor"):
        from . import estimators

        return getattr(estimators, name)
    if name == "load":
        from .codemodel import load

        return load
    raise AttributeError(f"module 'iblearn' has no attribute {name!r}")
