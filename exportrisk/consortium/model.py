"""Frozen dataclasses for a consortium pool: members, their receivables and their payables."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from exportrisk.deal.model import Buyer, Deal, Exporter, Terms, shown
from exportrisk.errors import field_error

SCHEMA = 1


@dataclass(frozen=True)
class Receivable:
    """One invoice a member expects from a foreign buyer."""

    member: str
    buyer: Buyer
    terms: Terms
    where: str  # "members[2].receivables[0]" or "row 7": names it in messages


@dataclass(frozen=True)
class Payable:
    """A foreign-currency amount a member must pay (offsets receivables in FX netting)."""

    member: str
    currency: str
    amount: float
    payment_days: int
    where: str


@dataclass(frozen=True)
class Member:
    name: str
    home_currency: str


@dataclass(frozen=True)
class Pool:
    """A consortium: its members, everything they are owed and owe abroad, and its own parameters."""

    name: str
    home_currency: str
    valuation_date: date
    membership_fee: float
    members: tuple[Member, ...]
    receivables: tuple[Receivable, ...]
    payables: tuple[Payable, ...] = ()
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        names = [m.name for m in self.members]
        if not names:
            raise field_error("members", "pool_no_members")
        for flow in (*self.receivables, *self.payables):
            if flow.member not in names:
                raise field_error(f"{flow.where}.member", "member_unknown", name=shown(flow.member))
        if not self.receivables:
            raise field_error("members", "pool_no_receivables")

    @cached_property
    def _by_name(self) -> dict[str, Member]:
        return {m.name: m for m in self.members}

    def member(self, name: str) -> Member:
        return self._by_name[name]

    def deal_for(self, receivable: Receivable) -> Deal:
        """The receivable as a stand-alone deal of its member, for the quote engine."""
        member = self.member(receivable.member)
        return Deal(self.valuation_date, Exporter(member.name, member.home_currency), receivable.buyer,
                    receivable.terms, parameters=self.parameters)
