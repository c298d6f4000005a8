"""Exact retained-loss distribution of one option: a mixture over event states of piecewise-linear lognormals."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy.special import ndtr, ndtri, owens_t

from exportrisk.cover.base import CoverOption, RiskProfile
from exportrisk.cover.piecewise import Piecewise, StatePayoffs
from exportrisk.engine.context import PricingContext

#: Chart quantiles at 0 and 1 (the support is unbounded) are taken at these levels instead.
EDGE_LEVEL = 1e-6
_Z_CLIP = 9.0  # candidate brackets for the quantile search: beyond +-9 standard deviations lies < 1e-18
_MAX_ITERATIONS = 200
_Z_GRID = np.arange(-_Z_CLIP, _Z_CLIP + 1.0)


def bvn_cdf(h: np.ndarray, k: np.ndarray | float, rho: np.ndarray | float) -> np.ndarray:
    """P(X <= h, Y <= k) for standard normals with correlation rho, |rho| < 1, by Owen's T function:

    Phi2(h, k; rho) = (N(h) + N(k)) / 2 - T(h, a_h) - T(k, a_k) - beta, a_h = (k - rho h) / (h sqrt(1 - rho^2)),
    a_k = (h - rho k) / (k sqrt(1 - rho^2)), beta = 0 when h and k have the same sign, else 1/2 (Owen 1956,
    "Tables for computing bivariate normal probabilities", Ann. Math. Statist. 27, eq. 2.1; h = 0 is taken as
    0+, where the formula is continuous). Arguments beyond +-40 are taken at +-40 (N(-40) < 1e-300).
    """
    h = np.clip(h, -40.0, 40.0)
    kk = np.clip(k, -40.0, 40.0)
    h = np.where(h == 0.0, 1e-300, h)
    kk = np.where(kk == 0.0, 1e-300, kk)
    scale = np.sqrt(1.0 - rho * rho)
    ah = (kk - rho * h) / (h * scale)
    ak = (h - rho * kk) / (kk * scale)
    beta = np.where((h > 0) == (kk > 0), 0.0, 0.5)
    return np.clip(0.5 * (ndtr(h) + ndtr(kk)) - owens_t(h, ah) - owens_t(kk, ak) - beta, 0.0, 1.0)


def option_states(ctx: PricingContext, option: CoverOption, profile: RiskProfile,
                  amount: float) -> StatePayoffs | None:
    """Retained loss per event state as a function of x = S_T / m, or None if a component cannot state its payoff.

    retained = A S_0 - [A rate(x) (1 - LGD_state) + sum of component payoffs], rate(x) = m x when the payment is
    exposed (m = ctx.expected_rate), S_0 otherwise; LGD_state is 0 when paid, LGD_c or LGD_p on an event.
    """
    total: StatePayoffs | None = None
    for component in option.components:
        part = ctx.component_result("exact_payoff", component, amount, profile,
                                    lambda c=component: c.exact_payoff(ctx, amount, profile))
        if part is None:
            return None
        total = part if total is None else total + part
    if total is None:
        total = StatePayoffs()

    budget = amount * ctx.spot
    rate = amount * ctx.expected_rate

    def retained(lgd: float, paid: Piecewise) -> Piecewise:
        # A S_0 - (paid + received), received = A m (1 - LGD) x when exposed, else A S_0 (1 - LGD)
        if profile.fx_exposed:
            a0, b0 = 0.0, rate * (1.0 - lgd)
        else:
            a0, b0 = budget * (1.0 - lgd), 0.0
        return Piecewise(paid.breaks, tuple([budget - (a + a0) for a in paid.intercepts]),
                         tuple([-(b + b0) for b in paid.slopes]))

    return StatePayoffs(retained(0.0, total.paid), retained(profile.lgd_commercial, total.commercial),
                        retained(profile.lgd_political, total.political))


@dataclass(frozen=True)
class LossMixture:
    """The retained-loss distributions of several options at once (group g = one option), for speed.

    Piece j of group owner_j: L = alpha_j + beta_j x(Z) for z in (lo_j, hi_j] in event state kind_j, x(z) =
    exp(s z - s^2/2). Without correlation the paid, commercial and political states have probabilities
    (1 - p_c)(1 - p_p), p_c, (1 - p_c) p_p, independent of Z. With the FX-default correlation rho the obligor
    defaults when rho Z + sqrt(1 - rho^2) e < k = N^-1(p_c), so P(a < Z <= b, default) = Phi2(b, k; rho) -
    Phi2(a, k; rho) and, by the change of measure x(z) phi(z) = phi(z - s), E[x 1{a < Z <= b, default}] =
    Phi2(b - s, k - rho s; rho) - Phi2(a - s, k - rho s; rho); political and paid share the rest as p_p : 1 - p_p.
    Every figure is then a finite sum of normal and bivariate-normal probabilities: exact to rounding.
    """

    lo: np.ndarray
    hi: np.ndarray
    alpha: np.ndarray
    beta: np.ndarray
    kind: np.ndarray    # 0 paid, 1 commercial, 2 political
    weight: np.ndarray  # the state's probability (used where rho = 0)
    k: np.ndarray       # N^-1(p_c) (used where rho != 0)
    rho: np.ndarray
    share: np.ndarray   # of the non-default mass: p_p (political) or 1 - p_p (paid)
    starts: np.ndarray  # first piece of each group
    owner: np.ndarray   # group of each piece
    std: float | np.ndarray  # the term std s, or one per piece (pieces of several deals: batch_exact)

    @staticmethod
    def of(states: Sequence[StatePayoffs], profiles: Sequence[RiskProfile],
           std: float | Sequence[float]) -> LossMixture:
        """Pieces of each option's three state functions, with the simulation's rule for when rho applies; `std`
        the term std s of every option, or one per option (options of several deals: batch_exact), which each
        of its pieces then carries.

        Piece i of a curve with breaks b spans z in (lo_i, hi_i], the bounds (ln b + s^2/2) / s with -inf and
        +inf at the ends (x(z) = b there), or one point mass over the whole line when s = 0; p_c, p_p, rho,
        k = N^-1(p_c), the state weights and shares are the option's, for every piece of its curves."""
        stds = [float(std)] * len(states) if isinstance(std, int | float) else [float(s) for s in std]
        alpha: list[float] = []
        beta: list[float] = []
        breaks: list[float] = []  # every curve's breaks in turn, and the std of each
        break_std: list[float] = []
        counts: list[int] = []  # pieces per curve, three curves per option
        per_option: list[tuple[float, float, float]] = []  # (p_c, p_p, rho)
        for option_states_, profile, s in zip(states, profiles, stds, strict=True):
            p_c, p_p = profile.p_commercial, profile.p_political
            rho = profile.correlation if profile.fx_exposed else 0.0
            if not (0.0 < p_c < 1.0) or s <= 0.0:
                rho = 0.0
            per_option.append((p_c, p_p, rho))
            for curve in (option_states_.paid, option_states_.commercial, option_states_.political):
                if s <= 0.0:  # x = 1 on every path: one point mass per state
                    alpha.append(curve(1.0))
                    beta.append(0.0)
                    counts.append(1)
                    continue
                n = len(curve.intercepts)
                alpha += curve.intercepts
                beta += curve.slopes[:n]
                breaks += curve.breaks
                break_std += [s] * len(curve.breaks)
                counts.append(n)
        # a curve's first piece starts at -inf, its last ends at +inf; between them the bounds are its breaks
        # b_i in z: (ln b_i + s^2/2) / s, in order, so the other pieces' bounds are the breaks' in turn
        repeat = np.array(counts, dtype=np.intp)
        first = np.cumsum(repeat) - repeat
        lo, hi = np.full(len(alpha), -math.inf), np.full(len(alpha), math.inf)
        if breaks:
            b, sb = np.array(breaks, dtype=np.float64), np.array(break_std, dtype=np.float64)
            bounds = (np.log(b) + 0.5 * sb * sb) / sb
            inner = np.ones(lo.size, dtype=bool)
            inner[first] = False
            lo[inner] = bounds  # every piece but a curve's first starts at a break
            inner[first] = True
            inner[first + repeat - 1] = False
            hi[inner] = bounds  # every piece but a curve's last ends at one
        options = np.array(per_option, dtype=np.float64).reshape(-1, 3)
        p_c, p_p, rho = options[:, 0], options[:, 1], options[:, 2]
        k = np.zeros(p_c.size)
        correlated = rho != 0.0
        k[correlated] = ndtri(p_c[correlated])
        # per curve: paid, commercial and political of each option in turn
        per_curve = {"kind": np.tile(np.array([0.0, 1.0, 2.0]), p_c.size),
                     "weight": np.stack([(1.0 - p_c) * (1.0 - p_p), p_c, (1.0 - p_c) * p_p], axis=1).ravel(),
                     "k": np.repeat(k, 3), "rho": np.repeat(rho, 3),
                     "share": np.stack([1.0 - p_p, np.ones(p_c.size), p_p], axis=1).ravel()}
        pieces = {name: np.repeat(values, repeat) for name, values in per_curve.items()}
        per_group = repeat.reshape(-1, 3).sum(axis=1)
        starts = (np.cumsum(per_group) - per_group).astype(np.intp)
        owner = np.repeat(np.arange(per_group.size), per_group)
        piece_std: float | np.ndarray = (float(std) if isinstance(std, int | float)
                                         else np.repeat(np.repeat(np.array(stds, dtype=np.float64), 3), repeat))
        return LossMixture(lo=lo, hi=hi,
                           alpha=np.array(alpha, dtype=np.float64), beta=np.array(beta, dtype=np.float64),
                           starts=starts, owner=owner, std=piece_std, **pieces)

    @property
    def groups(self) -> int:
        return int(self.starts.size)

    # what every evaluation below reads and no level changes, computed once per mixture
    @cached_property
    def _half_s2(self) -> float | np.ndarray:
        return 0.5 * self.std * self.std

    @cached_property
    def _all_spread(self) -> bool:
        return bool(np.all(np.asarray(self.std) > 0.0))

    @cached_property
    def _abs_beta_s(self) -> np.ndarray:
        # |beta s x| = |beta s| x exactly (x > 0; a rounded product's sign is the exact one's)
        return np.abs(self.beta * self.std)

    @cached_property
    def _correlated(self) -> np.ndarray | None:
        found = np.flatnonzero(self.rho != 0.0)
        return found if found.size else None

    def _sum(self, values: np.ndarray) -> np.ndarray:
        """Per-piece values (m x pieces) summed by group (m x groups)."""
        return np.add.reduceat(values, self.starts, axis=1)

    def _mass(self, u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(P(u < Z <= v, state_j), E[x(Z) 1{u < Z <= v, state_j}]) for every piece j (m x pieces)."""
        s = self.std
        prob = ndtr(v) - ndtr(u)
        weighted = ndtr(v - s) - ndtr(u - s)
        c = self._correlated
        if c is None:
            return self.weight * prob, self.weight * weighted
        k, rho, sc = self.k[c], self.rho[c], (s[c] if np.ndim(s) else s)
        uc, vc = u[:, c], v[:, c]
        c_prob = np.maximum(bvn_cdf(vc, k, rho) - bvn_cdf(uc, k, rho), 0.0)
        c_weighted = np.maximum(bvn_cdf(vc - sc, k - rho * sc, rho) - bvn_cdf(uc - sc, k - rho * sc, rho), 0.0)
        default = self.kind[c] == 1
        share = self.share[c]
        prob_out, weighted_out = self.weight * prob, self.weight * weighted
        prob_out[:, c] = np.where(default, c_prob, share * np.maximum(prob[:, c] - c_prob, 0.0))
        weighted_out[:, c] = np.where(default, c_weighted, share * np.maximum(weighted[:, c] - c_weighted, 0.0))
        return prob_out, weighted_out

    def _cut(self, level: np.ndarray) -> np.ndarray:
        """z_j such that piece j's loss is <= its group's `level` exactly on (lo_j, z_j] when beta_j >= 0 and on
        (z_j, hi_j] when beta_j < 0 (m x pieces); a flat piece gets +inf (all of it) or -inf (none)."""
        at = level[:, self.owner]
        s = self.std
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            t = (at - self.alpha) / self.beta
            z = (np.log(t) + self._half_s2) / s
            if not self._all_spread:
                z = np.where(s > 0.0, z, 0.0)  # s = 0: x = 1, one point mass per state
        # t <= 0: the loss is above `level` everywhere when beta > 0, below it everywhere when beta < 0; -inf
        # says both with the intervals above
        z = np.where(t > 0, z, -math.inf)
        return np.where(self.beta == 0.0, np.where(self.alpha <= at, math.inf, -math.inf), z)

    def _intervals(self, level: np.ndarray, below: bool, cut: np.ndarray | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
        """z-intervals of each piece where the loss is <= level (below) or > level (`cut`: _cut(level))."""
        z = np.minimum(np.maximum(self._cut(level) if cut is None else cut, self.lo), self.hi)
        up = self.beta >= 0.0
        if below:
            return np.where(up, self.lo, z), np.where(up, z, self.hi)
        return np.where(up, z, self.lo), np.where(up, self.hi, z)

    def cdf(self, level: np.ndarray, cut: np.ndarray | None = None) -> np.ndarray:
        """P(L_g <= level[:, g]) (m x groups)."""
        return np.minimum(self._sum(self._mass(*self._intervals(level, True, cut))[0]), 1.0)

    def upper(self, level: np.ndarray) -> np.ndarray:
        """Partial expectation E[L_g 1{L_g > level}] = sum over pieces of alpha P + beta E[x 1]."""
        prob, weighted = self._mass(*self._intervals(level, False))
        return self._sum(self.alpha * prob + self.beta * weighted)

    def density(self, level: np.ndarray, cut: np.ndarray | None = None) -> np.ndarray:
        """dF/dl: over the sloped pieces that reach `level` at z_j, phi(z_j) w_j(z_j) / |beta_j s x(z_j)|, w_j the
        state's weight given Z (constant without correlation; N((k - rho z) / sqrt(1 - rho^2)) for a default)."""
        z = self._cut(level) if cut is None else cut
        inside = (self.beta != 0.0) & (z > self.lo) & (z < self.hi)
        zz = np.where(inside, z, 0.0)
        x = np.exp(self.std * zz - self._half_s2)
        weight = np.broadcast_to(self.weight, zz.shape)
        c = self._correlated
        if c is not None:
            default = ndtr((self.k[c] - self.rho[c] * zz[:, c]) / np.sqrt(1.0 - self.rho[c] ** 2))
            weight = weight.copy()
            weight[:, c] = np.where(self.kind[c] == 1, default, self.share[c] * (1.0 - default))
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            value = np.exp(-0.5 * zz * zz) / math.sqrt(2.0 * math.pi) * weight / (self._abs_beta_s * x)
        return self._sum(np.where(inside, value, 0.0))

    def mean(self) -> np.ndarray:
        """E[L_g] per group."""
        prob, weighted = self._mass(self.lo[None, :], self.hi[None, :])
        return self._sum(self.alpha * prob + self.beta * weighted)[0]

    def _candidates(self) -> np.ndarray:
        """Losses at every piece's ends and at whole standard deviations inside it (z = -9 ... 9), sorted per group,
        padded with +inf (count x groups): between two of them a group's F has no atom, and the bracket is narrow
        enough for Newton's method to converge in a few steps."""
        s = self.std
        z = np.clip(_Z_GRID[:, None], self.lo, self.hi)
        values = self.alpha + self.beta * np.exp(s * z - self._half_s2)  # grid points x pieces
        zeros = values == 0.0
        if np.isnan(values).any() or (zeros.any() and np.signbit(values[zeros]).any()):
            # NaN, or a signed zero that a sort may place before an unsigned one: np.unique per group decides
            flat, owner = values.ravel(), np.tile(self.owner, _Z_GRID.size)
            columns = [np.unique(flat[owner == g]) for g in range(self.groups)]
            out = np.full((max(c.size for c in columns), self.groups), math.inf)
            for g, column in enumerate(columns):
                out[:column.size, g] = column
            return out
        # each group's values in one row (its pieces one after another, the grid points of each), sorted along it;
        # a repeated value becomes +inf and a second sort moves it to the end: each row is then np.unique's
        pieces = np.diff(np.append(self.starts, self.owner.size))
        width = int(pieces.max()) * _Z_GRID.size
        column = (np.arange(self.owner.size) - self.starts[self.owner]) * _Z_GRID.size
        rows = np.full((self.groups, width), math.inf)
        rows[self.owner[None, :], column[None, :] + np.arange(_Z_GRID.size)[:, None]] = values
        rows.sort(axis=1)
        rows[:, 1:][rows[:, 1:] == rows[:, :-1]] = math.inf
        rows.sort(axis=1)
        count = max(1, int((rows < math.inf).sum(axis=1).max()))
        return np.ascontiguousarray(rows[:, :count].T)

    def quantiles(self, levels: tuple[float, ...] | np.ndarray) -> np.ndarray:
        """VaR_a = inf{l : F(l) >= a} per level a in (0, 1) and group (levels x groups): inside the bracket of
        candidate losses that holds it F is continuous, solved by Newton steps kept inside the bracket (bisection
        otherwise); an atom at the bracket's top that the level falls into is the answer itself."""
        a = np.asarray(levels, dtype=np.float64)[:, None]
        cand = self._candidates()
        cols = np.arange(self.groups)
        top, f_top, f_below = self._bracket(cand, a)
        hi = cand[top, cols]
        lo = np.where(top > 0, cand[np.maximum(top - 1, 0), cols], hi - 1.0 - np.abs(hi))
        full = self._mass(self.lo[None, :], self.hi[None, :])[0][0]
        atoms = self._sum(np.where((self.beta == 0.0) & (self.alpha == hi[:, self.owner]), full, 0.0))
        at_atom = f_top - atoms < a  # the level falls into the atom at hi
        if at_atom.all():
            return hi
        a = np.broadcast_to(a, hi.shape)
        f_hi = f_top - a
        f_lo = np.where(top > 0, f_below - a, -a)
        return self._solve(a, np.where(at_atom, hi, lo), hi, np.where(at_atom, -1.0, f_lo), f_hi)

    def _bracket(self, cand: np.ndarray, a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per level and group: `top`, the first candidate row where F >= a (the last row when none is), F there,
        and F one row below (0 below the first row). F at every candidate when there are many levels (the
        chart's), else a bisection over the rows that evaluates F at one candidate per level and group a step,
        ceil(log2(rows + 1)) steps: the same rows, as F is non-decreasing."""
        count, cols = cand.shape[0], np.arange(self.groups)
        if a.shape[0] * math.ceil(math.log2(count + 1)) >= count:
            f = self.cdf(cand)
            top = np.minimum((f[None, :, :] < a[:, :, None]).sum(axis=1), count - 1)
            return top, f[top, cols], np.where(top > 0, f[np.maximum(top - 1, 0), cols], 0.0)
        shape = (a.shape[0], self.groups)
        low, f_low = np.full(shape, -1), np.zeros(shape)  # F(row low) < a; row -1 stands for F = 0
        high, f_high = np.full(shape, count - 1), np.broadcast_to(self.cdf(cand[-1:]), shape).copy()
        while (open_ := high - low > 1).any():
            middle = np.where(open_, (low + high) // 2, high)
            f_middle = self.cdf(cand[middle, cols])
            below = open_ & (f_middle < a)
            above = open_ & ~below
            low, f_low = np.where(below, middle, low), np.where(below, f_middle, f_low)
            high, f_high = np.where(above, middle, high), np.where(above, f_middle, f_high)
        return high, f_high, f_low

    def _solve(self, a: np.ndarray, lo: np.ndarray, hi: np.ndarray, g_lo: np.ndarray, g_hi: np.ndarray
               ) -> np.ndarray:
        """The root of F(l) = a in [lo, hi] (F(lo) - a = g_lo < 0 <= g_hi = F(hi) - a, F continuous inside):
        a Newton step when it stays in the bracket and at least halves the previous step (the safeguard of
        Press et al., Numerical Recipes, 3rd ed., sec. 9.4), else Illinois regula falsi (Dowell & Jarratt 1971);
        to 1e-11 of the loss scale. A row (one level, every group) whose roots are all found leaves the
        iterations: the rows still open are computed alone."""
        scale = np.maximum(np.abs(hi), np.abs(lo)) + 1e-300
        tol = 1e-11 * scale
        previous = hi - lo
        side = np.zeros(a.shape)
        x = self._falsi(lo, hi, g_lo, g_hi)
        out = np.array(hi, dtype=np.float64)  # a row the iterations cannot finish keeps its bracket's top
        rows = np.arange(a.shape[0])
        for _ in range(_MAX_ITERATIONS):
            cut = self._cut(x)  # shared by F and its density at x
            gap = self.cdf(x, cut) - a
            right = gap >= 0  # the root is at or below x
            lo, g_lo = np.where(right, lo, x), np.where(right, g_lo, gap)
            hi, g_hi = np.where(right, x, hi), np.where(right, gap, g_hi)
            g_lo = np.where(right & (side > 0), 0.5 * g_lo, g_lo)  # Illinois: halve the end kept twice
            g_hi = np.where(~right & (side < 0), 0.5 * g_hi, g_hi)
            side = np.where(right, 1.0, -1.0)
            slope = self.density(x, cut)
            with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
                step = x - gap / slope
            move = np.abs(step - x)
            newton = (slope > 0) & np.isfinite(slope) & (step >= lo) & (step <= hi) & (move <= 0.5 * previous)
            solved = ((hi - lo <= tol) | (newton & (move <= tol))).all(axis=1)
            if solved.any():
                out[rows[solved]] = np.where(newton, step, hi)[solved]
                if solved.all():
                    return out
                keep = ~solved
                rows = rows[keep]
                a, lo, hi, g_lo, g_hi, side, tol, x, step, newton = (
                    v[keep] for v in (a, lo, hi, g_lo, g_hi, side, tol, x, step, newton))
            nxt = np.where(newton, step, self._falsi(lo, hi, g_lo, g_hi))
            previous = np.abs(nxt - x)
            x = nxt
        out[rows] = hi
        return out

    @staticmethod
    def _falsi(lo: np.ndarray, hi: np.ndarray, g_lo: np.ndarray, g_hi: np.ndarray) -> np.ndarray:
        """The secant point of the bracket, or its middle when that is not strictly inside."""
        with np.errstate(divide="ignore", invalid="ignore"):
            x = hi - g_hi * (hi - lo) / (g_hi - g_lo)
        return np.where((x > lo) & (x < hi), x, 0.5 * (lo + hi))

    def var_es(self, levels: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
        """VaR and ES at each level (levels x groups): ES_a = (E[L 1{L > VaR}] + VaR (F(VaR) - a)) / (1 - a)
        (Acerbi & Tasche 2002, Prop. 3.2: the mean of the worst 1 - a of the distribution, right with atoms)."""
        var = self.quantiles(levels)
        return var, self.shortfall(var, levels)

    def shortfall(self, var: np.ndarray, levels: tuple[float, ...]) -> np.ndarray:
        """ES at each level from that level's VaR (levels x groups), by the formula of var_es."""
        a = np.asarray(levels, dtype=np.float64)[:, None]
        return (self.upper(var) + var * (self.cdf(var) - a)) / (1.0 - a)


def loss_mixture(ctx: PricingContext, options: list[CoverOption], profiles: list[RiskProfile],
                 amounts: list[float]) -> LossMixture | None:
    """The exact distributions of the options' retained losses, or None when a component cannot be integrated."""
    states = [option_states(ctx, o, p, a) for o, p, a in zip(options, profiles, amounts, strict=True)]
    if any(s is None for s in states):
        return None
    return LossMixture.of(states, profiles, ctx.term_std)  # type: ignore[arg-type]
