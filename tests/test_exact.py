"""The exact engine: against quadrature of the simulation's own payoffs, against Monte Carlo, and in the quote."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.optimize import brentq
from scipy.special import ndtr, ndtri

from benchmarks.exact_vs_mc import generated_deal, run
from exportrisk.cover.base import Component, CoverOption, PathOutcome, RiskProfile
from exportrisk.cover.piecewise import Piecewise
from exportrisk.cover.registry import OPTIONS
from exportrisk.deal.io import load_deal
from exportrisk.engine.context import PricingContext, build_context
from exportrisk.engine.exact import bvn_cdf, loss_mixture
from exportrisk.engine.quote import expected_retained, price_deal
from exportrisk.engine.simulation import SimulationSettings
from exportrisk.engine.tails import option_tails
from exportrisk.errors import InputError

TODAY = date(2026, 10, 30)
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.toml"))
LEVELS = (0.95, 0.99)


def simulated_loss(ctx: PricingContext, option: CoverOption, profile: RiskProfile, amount: float, x: np.ndarray,
                   state: int) -> np.ndarray:
    """Retained loss at FX ratios x in one state, by the simulation's own code (simulate_retained's loop)."""
    commercial, political = np.full(x.shape, state == 1), np.full(x.shape, state == 2)
    rate = ctx.expected_rate * x if profile.fx_exposed else np.full(x.shape, ctx.spot)
    outcome = PathOutcome(x, rate, commercial, political)
    lost = profile.lgd_commercial * commercial + profile.lgd_political * political
    received = amount * outcome.rate * (1.0 - lost)
    for component in option.components:
        received = received + component.payoff(ctx, amount, profile, outcome)
    return amount * ctx.spot - received


class Quadrature:
    """F(v), E[L 1{L > v}] and E[L] by scipy.integrate.quad over Z, state by state: the loss from the simulation's
    payoffs, the state weights given Z written out here (N((k - rho z) / sqrt(1 - rho^2)) for a default)."""

    def __init__(self, ctx: PricingContext, option: CoverOption, amount: float) -> None:
        self.ctx, self.option, self.amount = ctx, option, amount
        self.profile = profile = option.profile(ctx)
        self.s = ctx.term_std
        p_c, p_p = profile.p_commercial, profile.p_political
        rho = profile.correlation if profile.fx_exposed else 0.0
        self.rho = rho if 0.0 < p_c < 1.0 and self.s > 0 else 0.0
        self.k = float(ndtri(p_c)) if self.rho else 0.0
        self.p_c, self.p_p = p_c, p_p

    def weight(self, z: float, state: int) -> float:
        default = (float(ndtr((self.k - self.rho * z) / math.sqrt(1 - self.rho ** 2))) if self.rho else self.p_c)
        return (1 - self.p_p) * (1 - default) if state == 0 else default if state == 1 else self.p_p * (1 - default)

    def loss(self, z: float, state: int) -> float:
        x = np.array([math.exp(self.s * z - 0.5 * self.s * self.s)])
        return float(simulated_loss(self.ctx, self.option, self.profile, self.amount, x, state)[0])

    def integral(self, state: int, f, level: float | None) -> float:
        """int phi(z) w(z) f(L(z)) over {L(z) > level} (everywhere when level is None); a loss within 1e-9 of the
        invoice of the level counts as equal (a flat payoff sum carries rounding)."""
        tol = 1e-9 * self.amount * self.ctx.spot
        if self.s == 0.0:   # one point per state
            value = self.loss(0.0, state)
            keep = level is None or value > level + tol
            return self.weight(0.0, state) * (f(value) if keep else 0.0)
        grid = np.linspace(-12, 12, 1201)
        cuts = []
        if level is not None:
            x = np.exp(self.s * grid - 0.5 * self.s * self.s)
            gaps = simulated_loss(self.ctx, self.option, self.profile, self.amount, x, state) - level > tol
            for i in np.flatnonzero(gaps[1:] != gaps[:-1]):
                cuts.append(brentq(lambda z: self.loss(z, state) - level - tol, grid[i], grid[i + 1], xtol=1e-14))
        edges = [-12.0, *cuts, 12.0]
        total = 0.0
        for a, b in zip(edges[:-1], edges[1:], strict=True):
            mid = 0.5 * (a + b)
            if level is not None and not self.loss(mid, state) > level + tol:
                continue

            def integrand(z: float) -> float:
                return math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi) * self.weight(z, state) * f(self.loss(z, state))

            total += quad(integrand, a, b, epsabs=1e-13 * abs(f(self.amount * self.ctx.spot)), epsrel=1e-12,
                          limit=400)[0]
        return total

    def mean(self) -> float:
        return sum(self.integral(j, lambda v: v, None) for j in range(3))

    def above(self, level: float) -> tuple[float, float]:
        """(P(L > v), E[L 1{L > v}])."""
        return (sum(self.integral(j, lambda v: 1.0, level) for j in range(3)),
                sum(self.integral(j, lambda v: v, level) for j in range(3)))


def contexts() -> list[tuple[str, PricingContext]]:
    """The four examples under both outlooks and three correlations, and generated deals with deductibles."""
    out = []
    for path in EXAMPLES:
        base = build_context(load_deal(path), today=TODAY)
        for outlook, rho in (("forward", 0.0), ("spot", 0.5), ("forward", -0.6)):
            ctx = replace(base, outlook=outlook, base_profile=replace(base.base_profile, correlation=rho))
            out.append((f"{path.stem}-{outlook}-{rho}", ctx))
    rng = np.random.default_rng(3)
    while len(out) < len(EXAMPLES) * 3 + 6:
        try:
            out.append((f"generated-{len(out)}", build_context(generated_deal(rng), today=TODAY)))
        except InputError:
            continue
    return out


@pytest.mark.slow
@pytest.mark.parametrize(("name", "ctx"), contexts(), ids=lambda v: v if isinstance(v, str) else "")
def test_exact_matches_quadrature_of_the_simulated_payoffs(name: str, ctx: PricingContext) -> None:
    amount = ctx.deal.terms.amount * ctx.deal.claim_factor
    profiles = [o.profile(ctx) for o in OPTIONS]
    mixture = loss_mixture(ctx, list(OPTIONS), profiles, [amount] * len(OPTIONS))
    assert mixture is not None
    means = mixture.mean()
    var, es = mixture.var_es(LEVELS)
    scale = amount * ctx.spot
    for g, option in enumerate(OPTIONS):
        oracle = Quadrature(ctx, option, amount)
        closed = expected_retained(ctx, option, profiles[g], amount)
        assert means[g] == pytest.approx(oracle.mean(), rel=1e-7, abs=1e-9 * scale), (name, option.id)
        assert means[g] == pytest.approx(closed, rel=1e-7, abs=1e-9 * scale), (name, option.id)
        for j, level in enumerate(LEVELS):
            v = float(var[j, g])
            tail_p, tail_e = oracle.above(v)
            below_p = oracle.above(v - 1e-7 * max(abs(v), scale))[0]   # 100 x the tolerance of equality
            # VaR = inf{v : F(v) >= a}: F(v) >= a and F just below v <= a
            assert 1 - tail_p >= level - 1e-9 and 1 - below_p <= level + 1e-9, (name, option.id, level)
            shortfall = (tail_e + v * (1 - tail_p - level)) / (1 - level)
            assert es[j, g] == pytest.approx(shortfall, rel=1e-7, abs=1e-9 * scale), (name, option.id, level)


@pytest.mark.slow
def test_exact_matches_monte_carlo_on_200_generated_deals() -> None:
    """200 generated deals at 200,000 paths, every offered option, EL, VaR and ES at 95 and 99 %: at most 1 % of
    the comparisons outside 3 standard errors (0.27 % by chance), point masses to the cent (make verify runs
    1,000 deals at 2,000,000 paths)."""
    tally = run(200, 200_000)
    assert tally.total > 2000
    assert tally.share_outside <= 0.01, tally.worst
    assert tally.point_outside == 0, tally.worst


def test_bivariate_normal_against_quadrature() -> None:
    for h, k, rho in [(-2.0, -1.0, 0.6), (0.0, 0.0, -0.5), (1.5, -3.0, 0.95), (-np.inf, 1.0, 0.3), (np.inf, 0.4, -0.7),
                      (3.0, 0.0, 0.0), (-0.7, 2.0, -0.99)]:
        scale = math.sqrt(1 - rho * rho)
        upper = min(h, 40.0)
        expected = 0.0 if upper == -np.inf else quad(
            lambda z, k=k, rho=rho, scale=scale: math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
            * float(ndtr((k - rho * z) / scale)), -40, upper, epsabs=1e-15, epsrel=1e-13, limit=200)[0]
        assert float(bvn_cdf(np.array([h]), k, rho)[0]) == pytest.approx(expected, abs=1e-13), (h, k, rho)


def test_piecewise_payoffs_evaluate_as_their_formulas() -> None:
    put, call = Piecewise.ramp(1.2, -1.0), Piecewise.ramp(-0.5, 2.0)
    total = put + call + Piecewise.linear(3.0, -0.25)
    for x in (0.05, 0.25, 0.6, 1.0, 1.19, 1.2, 1.21, 4.0):
        assert total(x) == pytest.approx(max(1.2 - x, 0) + max(2 * x - 0.5, 0) + 3 - 0.25 * x, abs=1e-12)
    assert Piecewise.ramp(-1.0, -2.0)(0.5) == 0.0 and Piecewise.ramp(1.0, 2.0)(0.5) == 2.0


def test_piecewise_sums_of_every_shape_evaluate_as_the_summands() -> None:
    """Sums of lines, of curves with the same kinks and of curves with different kinks (each a path of
    Piecewise.__add__) equal the summands' sum at points inside every segment and at the kinks."""
    rng = np.random.default_rng(11)
    for _ in range(200):
        curves = [Piecewise.linear(*rng.normal(size=2)) if rng.random() < 0.4
                  else Piecewise.ramp(float(rng.normal()), float(rng.choice([-1, 1]) * rng.uniform(0.1, 3)))
                  for _ in range(3)]
        curves.append(curves[int(rng.integers(3))].scaled(float(rng.normal())))  # a curve with the same kinks
        total = curves[0] + curves[1] + curves[2] + curves[3]
        assert list(total.breaks) == sorted(set(total.breaks))
        kinks = [b for c in curves for b in c.breaks]
        for x in [*kinks, *(k * f for k in kinks for f in (0.99, 1.01)), 0.01, 0.5, 1.0, 3.0, 50.0]:
            assert total(x) == pytest.approx(sum(c(x) for c in curves), abs=1e-12), x


def brazil_quote(**kwargs) -> dict:
    deal = load_deal(ROOT / "resources/examples/italy_textiles_brazil.toml")
    return price_deal(deal, today=TODAY, **kwargs).to_dict()


def test_exact_quote_is_the_same_for_every_seed_and_says_how_it_was_computed() -> None:
    one, two = brazil_quote(seed=1, paths=5000), brazil_quote(seed=2, paths=400_000)
    assert one == two
    assert one["method"] == "exact" and one["simulation"] == {"paths": None, "seed": None}
    assert all(o["method"] == "exact" and o["expected_loss_simulated"] is None for o in one["options"]
               if o["available"])
    mc = brazil_quote(seed=1, paths=5000, method="mc")
    assert mc["method"] == "mc" and mc["simulation"] == {"paths": 5000, "seed": 1}
    assert mc["options"][0]["expected_loss"] == one["options"][0]["expected_loss"]   # closed form either way
    assert mc["options"][0]["es_99"] != one["options"][0]["es_99"]
    with pytest.raises(InputError, match="method"):
        brazil_quote(method="quad")


def generated_deals(count: int, deductible: bool) -> list:
    """`count` generated deals (benchmarks.exact_vs_mc) with, or without, a fixed insurance deductible."""
    rng, out = np.random.default_rng(11), []
    while len(out) < count:
        deal = generated_deal(rng)
        if (deal.parameters.get("private_insurance", {}).get("deductible_eur", 0.0) > 0.0) != deductible:
            continue
        try:
            build_context(deal, today=TODAY)
        except InputError:
            continue
        out.append(deal)
    return out


def test_tail_figures_scale_with_the_amount_unless_a_deductible_is_fixed() -> None:
    """The minimum-price search scales EL and ES with the amount when no deductible is a fixed sum: check that
    the integrated figures at 2.7 x and 0.3 x the amount are those at the amount times the factor, and that a
    fixed deductible breaks it (so that the search integrates again there; a deductible above every loss does not)."""
    bent = 0
    for deal, linear in [(d, True) for d in generated_deals(6, False)] + [(d, False) for d in generated_deals(3, True)]:
        ctx = build_context(deal, today=TODAY)
        amount = deal.terms.amount * deal.claim_factor
        profiles = [o.profile(ctx) for o in OPTIONS]
        at = {}
        for factor in (1.0, 2.7, 0.3):
            mixture = loss_mixture(ctx, list(OPTIONS), profiles, [factor * amount] * len(OPTIONS))
            assert mixture is not None
            at[factor] = (mixture.mean(), *mixture.var_es((0.99,)))
        scale = amount * ctx.spot
        for factor in (2.7, 0.3):
            for base, scaled in zip(at[1.0], at[factor], strict=True):
                if linear:
                    np.testing.assert_allclose(scaled, factor * base, rtol=1e-9, atol=1e-9 * scale)
                else:
                    bent += int(not np.allclose(scaled, factor * base, rtol=1e-9, atol=1e-9 * scale))
    assert bent, "a fixed deductible should make some figure non-linear in the amount"


@pytest.mark.parametrize("case", ["brazil", "generated", "generated-deductible"])
def test_exact_minimum_price_keeps_the_margin_to_the_cent(case: str) -> None:
    """At the minimum price P, P S_0 (1 - m) - RAC(P) = C with RAC(P) from a quote of the deal at P (its tails
    integrated at that amount): the scaled search (no deductible) and the integrating one (a fixed deductible)."""
    if case == "brazil":
        deal = load_deal(ROOT / "resources/examples/italy_textiles_brazil.toml")
    else:
        deal = generated_deals(1, case.endswith("deductible"))[0]
    result = price_deal(deal, today=TODAY)
    m, s0 = result.target_margin, result.spot
    funded = result.production_cost + result.funding_cost
    for o in result.options:
        if not o.available:
            continue
        assert o.min_price is not None, o.id
        again = price_deal(replace(deal, terms=replace(deal.terms, amount=o.min_price)), today=TODAY,
                           solve_min_price=False).option(o.id)
        # P S_0 (1 - m) - RAC(P) = C, to well under a cent of the invoice
        assert o.min_price * s0 * (1 - m) - again.risk_adjusted_cost == pytest.approx(funded, abs=1e-4), o.id


class Opaque(Component):
    """A component that pays by simulation only: the exact engine must fall back and say so."""

    id = "opaque"

    def payoff(self, ctx, amount, profile, outcome):
        return amount * np.maximum(ctx.spot - outcome.rate, 0.0) * 0.5


def test_a_component_without_an_exact_payoff_is_simulated_visibly() -> None:
    ctx = build_context(load_deal(ROOT / "resources/examples/italy_textiles_brazil.toml"), today=TODAY)
    opaque = CoverOption("opaque", "Opaque", (Opaque(),))
    plain = OPTIONS[0]
    tails = option_tails(ctx, [plain, opaque], [plain.profile(ctx), opaque.profile(ctx)], [1000.0, 1000.0],
                         "exact", SimulationSettings(20_000, 3), 0.99)
    assert [t.method for t in tails] == ["exact", "mc"]
    assert tails[1].losses is not None and tails[1].losses.size == 20_000
    assert tails[0].losses is None and tails[0].es[0.99] > tails[0].var[0.99] > 0


@pytest.mark.parametrize("lang", ["en", "it", "pl", "de"])
def test_report_method_note_says_how_the_tails_were_computed(lang: str) -> None:
    from exportrisk.report.i18n import Translator, catalog
    from exportrisk.report.sections import appendix_sections

    t = Translator(lang)

    def methods(exact: bool) -> tuple[str, ...]:
        return next(s for s in appendix_sections(t, (), (), exact=exact) if s.title == t("methods")).paragraphs

    assert catalog(lang)["method_exact"] in methods(True) and catalog(lang)["method_simulation"] not in methods(True)
    assert catalog(lang)["method_simulation"] in methods(False)


def test_candidate_losses_are_each_groups_sorted_distinct_values() -> None:
    """The candidates of the quantile search, found for all groups at once, are np.unique of each group's losses
    at the piece ends and whole standard deviations, padded with +inf: the same numbers, bit for bit."""
    checked = 0
    for name, ctx in contexts():
        amount = ctx.deal.terms.amount * ctx.deal.claim_factor
        mixture = loss_mixture(ctx, list(OPTIONS), [o.profile(ctx) for o in OPTIONS], [amount] * len(OPTIONS))
        assert mixture is not None
        s = mixture.std
        z = np.clip(np.arange(-9.0, 10.0)[:, None], mixture.lo, mixture.hi)
        values = mixture.alpha + mixture.beta * np.exp(s * z - 0.5 * s * s)
        got = mixture._candidates()
        for g in range(mixture.groups):
            expected = np.unique(values[:, mixture.owner == g])
            assert np.array_equal(got[:expected.size, g], expected), (name, g)
            assert np.all(got[expected.size:, g] == math.inf), (name, g)
            checked += 1
    assert checked >= len(OPTIONS) * 10
