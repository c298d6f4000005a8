"""The cover components' cost-item labels and notes: each distinct sentence built once, not on every pricing."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from exportrisk.messages import Message
from exportrisk.messages import message as _message


@lru_cache(maxsize=4096)
def _built(code: str, key: tuple[tuple[str, type, Any, float], ...]) -> Message:
    return _message(code, **{name: value for name, _, value, _ in key})


def message(code: str, **args: Any) -> Message:
    """exportrisk.messages.message(code, **args), the same sentence object for the same code and arguments (a
    Message is an immutable sentence; a pricing at another amount, or a re-quote, repeats most of them). Keyed by
    each argument's name, type, value and sign (1 and 1.0, 0.0 and -0.0 read differently), in the call's order;
    a sentence with another sentence or an unhashable value among its arguments is built each time."""
    key = []
    for name, value in args.items():
        kind = type(value)
        if kind is float:
            key.append((name, kind, value, math.copysign(1.0, value)))
        elif isinstance(value, Message):
            return _message(code, **args)
        else:
            key.append((name, kind, value, math.copysign(1.0, value) if isinstance(value, float) else 0.0))
    try:
        return _built(code, tuple(key))
    except TypeError:  # an unhashable argument
        return _message(code, **args)
