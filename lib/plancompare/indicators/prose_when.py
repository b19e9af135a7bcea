"""What a value's time is once read: its role, year and the words that decided them."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TimeContext"]


@dataclass
class TimeContext:
    role: str = ""  # baseline, target, actual or "" (unknown)
    year: int | None = None
    period_total: bool = False  # the statement covers a whole five-year period (期间, 累计)
    evidence: str = ""  # what decided it
    explicit: bool = False  # decided by words in the sentence itself
    part_period: bool = False  # the statement covers only some years of a period (前两年, 2021—2022年)
    back: int = 0  # a starting point this many years before the value it rose to (五年间…从A增长到B)
