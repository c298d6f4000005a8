"""One-factor (Vasicek) simulation of a pool's credit and political losses, chunked, with Euler tails."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr, ndtri

from exportrisk.errors import InputError
from exportrisk.progress import Progress

#: The systematic factor is rounded to this grid to tabulate conditional default probabilities once.
Z_LIMIT = 5.5
TABLE_BUDGET = 20_000_000  # grid points x receivables
UINT32_SCALE = 2.0**32


def basel_correlation(pd_1y: np.ndarray) -> np.ndarray:
    """Basel II IRB corporate asset correlation (BCBS 2006, para. 272):
    R = 0.12 (1 - e^{-50 PD}) / (1 - e^{-50}) + 0.24 [1 - (1 - e^{-50 PD}) / (1 - e^{-50})]."""
    weight = (1.0 - np.exp(-50.0 * np.asarray(pd_1y))) / (1.0 - math.exp(-50.0))
    return 0.12 * weight + 0.24 * (1.0 - weight)


def vasicek_quantile(pd: float, rho: float, q: float) -> float:
    """Large-pool loss fraction (LGD 1) at confidence q (Vasicek 2002):
    Phi((Phi^-1(PD) + sqrt(rho) Phi^-1(q)) / sqrt(1 - rho))."""
    return float(ndtr((ndtri(pd) + math.sqrt(rho) * ndtri(q)) / math.sqrt(1.0 - rho)))


@dataclass(frozen=True)
class Exposures:
    """Per receivable: loss if the buyer defaults (EAD x LGD), political loss, PD, correlation, groups."""

    default_loss: np.ndarray    # home currency
    political_loss: np.ndarray  # home currency, if the country's transfer event strikes and the buyer paid
    pd: np.ndarray
    rho: np.ndarray
    country: np.ndarray         # int index into country_pd
    member: np.ndarray          # int index of the member
    insured: np.ndarray         # bool: under the group credit policy
    country_pd: np.ndarray      # political event probability per country, one shock shared by its receivables
    members: int

    def __post_init__(self) -> None:
        n = self.default_loss.size
        if n == 0:
            raise InputError(code="pool_empty", field="receivables")
        if not (np.all((self.pd >= 0) & (self.pd < 1)) and np.all((self.rho >= 0) & (self.rho < 1))):
            raise InputError(code="portfolio_range", field="receivables")


@dataclass(frozen=True)
class PoolLosses:
    """Scenario losses of the pool and the Euler split of its tail among members."""

    gross: np.ndarray           # pool loss per scenario before insurance
    retained: np.ndarray        # after the group policy's indemnity
    member_expected: np.ndarray  # E[retained loss of each member]
    member_tail: np.ndarray     # E[retained loss of each member | pool retained loss in its worst tail]
    tail_level: float
    alone_expected: np.ndarray  # E[retained loss of each member insured alone, with its own policy]
    alone_es: np.ndarray        # that loss's ES at tail_level (the member's own worst scenarios)
    gross_expected: np.ndarray | None = None  # E[loss of each member before any insurance]
    gross_alone_es: np.ndarray | None = None  # ES at tail_level of each member's uninsured loss alone
    member_losses: np.ndarray | None = None   # scenarios x members retained losses (float32), when kept
    insured_expected: np.ndarray | None = None  # E[insured loss of each member] (before cover share and wait)


def _threshold_table(pd: np.ndarray, rho: np.ndarray) -> tuple[np.ndarray, float]:
    """Conditional PDs p_i(z) = Phi((Phi^-1(PD_i) - sqrt(rho_i) z) / sqrt(1 - rho_i)) on a z grid, as uint32
    thresholds (u < threshold <=> default for u uniform on [0, 2^32))."""
    points = int(min(4001, max(801, TABLE_BUDGET // pd.size)))
    grid = np.linspace(-Z_LIMIT, Z_LIMIT, points)
    with np.errstate(divide="ignore"):
        c = ndtri(pd)
    p = ndtr((c[None, :] - np.sqrt(rho)[None, :] * grid[:, None]) / np.sqrt(1.0 - rho)[None, :])
    return np.minimum(p * UINT32_SCALE, UINT32_SCALE - 1).astype(np.uint32), grid[1] - grid[0]


class _TopK:
    """Column-wise k largest values of the rows seen so far, partitioned once per batch of pending rows (so each
    row is partitioned about once, not once per chunk); memory stays under ~4 million pending cells."""

    def __init__(self, keep: int, columns: int):
        self.keep, self.top, self.pending, self.rows = keep, np.empty((0, columns)), [], 0
        self.batch = max(2 * keep, min(8 * keep, 4_000_000 // max(columns, 1)))

    def add(self, block: np.ndarray) -> None:
        self.pending.append(block)
        self.rows += block.shape[0]
        if self.rows >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            both = np.concatenate([self.top, *self.pending])
            k = min(self.keep, both.shape[0])
            self.top = np.partition(both, both.shape[0] - k, axis=0)[-k:]
            self.pending, self.rows = [], 0

    def mean(self) -> np.ndarray:
        self._flush()
        return self.top.mean(axis=0)


def simulate_pool(exp: Exposures, scenarios: int, seed: int, chunk: int, cover_share: float = 0.0,
                  deductible: float = 0.0, covers_political: bool = True, tail_level: float = 0.99,
                  member_deductible: float = 0.0, progress: Progress | None = None,
                  claim_discount: float = 1.0, keep_members: bool = False) -> PoolLosses:
    """Monte Carlo of the pool: per scenario a systematic factor Z, defaults U_i < p_i(Z) (one-factor Gaussian
    copula), one political shock per country (commercial cause first), and a group policy paying
    cover x max(insured loss - aggregate deductible, 0), split among members pro rata to their insured loss.
    For comparison each member is also followed alone, with its own policy and `member_deductible`. Claims are
    paid after the waiting period: `claim_discount` = exp(-r_home x months / 12), as for a single deal.

    Memory is bounded by `chunk`: only pool totals per scenario, the worst k = ceil((1 - tail) n) scenarios'
    member losses, and each member's own k worst losses (insured alone and uninsured) are kept; `keep_members`
    also keeps every scenario's retained loss per member (float32), so that a sub-pool's tail can be read off the
    same scenarios without simulating again (retained losses add up over members when there is no aggregate
    deductible).
    """
    table, step = _threshold_table(exp.pd, exp.rho)
    rng = np.random.default_rng(seed)
    n_members, n_countries = exp.members, exp.country_pd.size
    keep = max(1, math.ceil(round((1.0 - tail_level) * scenarios, 9)))
    gross = np.empty(scenarios)
    retained = np.empty(scenarios)
    member_sum = np.zeros(n_members)
    tail_losses = np.empty(0)
    tail_members = np.empty((0, n_members))
    own_worst = _TopK(keep, n_members)  # each member's k worst losses alone (column-wise)
    gross_worst = _TopK(keep, n_members)
    gross_sum = np.zeros(n_members)
    insured_sum = np.zeros(n_members)
    kept = np.empty((scenarios, n_members), dtype=np.float32) if keep_members else None
    alone_sum = np.zeros(n_members)
    political_by_member = np.zeros((n_countries, n_members))
    np.add.at(political_by_member, (exp.country, exp.member), exp.political_loss)
    insured_political = np.zeros((n_countries, n_members))
    if covers_political:
        np.add.at(insured_political, (exp.country, exp.member), exp.political_loss * exp.insured)
    for start in range(0, scenarios, chunk):
        size = min(chunk, scenarios - start)
        z = rng.standard_normal(size)
        rows = np.clip(np.rint((z + Z_LIMIT) / step), 0, table.shape[0] - 1).astype(np.intp)
        uniforms = rng.integers(0, 2**32, size=(size, exp.pd.size), dtype=np.uint32)
        s_idx, i_idx = np.nonzero(uniforms < table[rows])
        struck = rng.random((size, n_countries)) < exp.country_pd[None, :]
        # political losses of every receivable in a struck country, less those whose buyer already defaulted
        hit_default = struck[s_idx, exp.country[i_idx]]
        cells = s_idx * n_members + exp.member[i_idx]
        size_cells = size * n_members
        defaulted = np.bincount(cells, exp.default_loss[i_idx], size_cells)
        overlap = np.bincount(cells, exp.political_loss[i_idx] * hit_default, size_cells)
        member_gross = (defaulted - overlap).reshape(size, n_members) + struck @ political_by_member
        ins = exp.insured[i_idx]
        insured_overlap = exp.political_loss[i_idx] * hit_default if covers_political else 0.0
        member_insured = (np.bincount(cells, (exp.default_loss[i_idx] - insured_overlap) * ins,
                                      size_cells).reshape(size, n_members) + struck @ insured_political)
        insured_total = member_insured.sum(axis=1)
        indemnity = claim_discount * cover_share * np.maximum(insured_total - deductible, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(insured_total > 0, indemnity / insured_total, 0.0)
        member_retained = member_gross - member_insured * share[:, None]
        pool_retained = member_retained.sum(axis=1)
        if kept is not None:
            kept[start:start + size] = member_retained
        gross[start:start + size] = member_gross.sum(axis=1)
        retained[start:start + size] = pool_retained
        member_sum += member_retained.sum(axis=0)
        member_alone = member_gross - claim_discount * cover_share * np.maximum(member_insured - member_deductible, 0.0)
        alone_sum += member_alone.sum(axis=0)
        own_worst.add(member_alone)
        gross_worst.add(member_gross)
        gross_sum += member_gross.sum(axis=0)
        insured_sum += member_insured.sum(axis=0)
        if tail_losses.size >= keep:  # only scenarios worse than the k-th worst so far can enter the tail
            worse = pool_retained > tail_losses.min()
            pool_retained, member_retained = pool_retained[worse], member_retained[worse]
        candidates = np.concatenate([tail_losses, pool_retained])
        stacked = np.concatenate([tail_members, member_retained])
        top = np.argpartition(candidates, candidates.size - min(keep, candidates.size))[-min(keep, candidates.size):]
        tail_losses, tail_members = candidates[top], stacked[top]
        if progress is not None:
            progress.update((start + size) / scenarios)
    return PoolLosses(gross, retained, member_sum / scenarios, tail_members.mean(axis=0), tail_level,
                      alone_sum / scenarios, own_worst.mean(), gross_sum / scenarios,
                      gross_worst.mean(), kept, insured_sum / scenarios)
