"""Optimal one-to-one matching between gold items and system items.

Every score of the scorer pairs each gold item with at most one system item
and vice versa.  :func:`best_matching` finds, among the allowed pairs, a
matching with the **largest number of pairs** (so precision and recall are the
best the system can be credited with) and, among those, the **largest total
weight** (the weight says which pairing is better: more span overlap, the same
date).  It solves an assignment problem (Hungarian method) separately on each
connected group of candidate pairs, which keeps the problems tiny.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from typing import TypeVar

__all__ = ["best_matching"]

G = TypeVar("G", bound=Hashable)
S = TypeVar("S", bound=Hashable)


def best_matching(pairs: Mapping[tuple[G, S], float]) -> list[tuple[G, S]]:
    """A maximum one-to-one matching over the allowed ``(gold, system)`` pairs.

    ``pairs`` maps each allowed pair to a weight in ``[0, 1]``.  The result
    has as many pairs as possible and, among such matchings, the largest sum
    of weights.

    >>> sorted(best_matching({("a", 1): 1.0, ("a", 2): 0.5, ("b", 1): 0.2}))
    [('a', 2), ('b', 1)]
    """
    result: list[tuple[G, S]] = []
    for component in _components(pairs):
        result.extend(_assign(component, pairs))
    return result


def _components(pairs: Mapping[tuple[G, S], float]) -> list[list[tuple[G, S]]]:
    """The candidate pairs split into connected groups (union-find over both sides)."""
    parent: dict[tuple[int, Hashable], tuple[int, Hashable]] = {}

    def find(x: tuple[int, Hashable]) -> tuple[int, Hashable]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for g, s in pairs:
        a, b = find((0, g)), find((1, s))
        if a != b:
            parent[a] = b
    groups: dict[tuple[int, Hashable], list[tuple[G, S]]] = defaultdict(list)
    for g, s in pairs:
        groups[find((0, g))].append((g, s))
    return list(groups.values())


def _assign(
    component: list[tuple[G, S]], weights: Mapping[tuple[G, S], float]
) -> list[tuple[G, S]]:
    if len(component) == 1:
        return list(component)
    golds = list(dict.fromkeys(g for g, _ in component))
    systems = list(dict.fromkeys(s for _, s in component))
    gi = {g: k for k, g in enumerate(golds)}
    si = {s: k for k, s in enumerate(systems)}
    # Each allowed pair is worth `bonus` plus its weight; with bonus larger than
    # any possible sum of weights, more pairs always beat better-weighted pairs.
    bonus = float(min(len(golds), len(systems)) + 1)
    transpose = len(golds) > len(systems)  # the solver wants rows <= columns
    shape = (len(systems), len(golds)) if transpose else (len(golds), len(systems))
    cost = [[0.0] * shape[1] for _ in range(shape[0])]
    allowed: set[tuple[int, int]] = set()
    for g, s in component:
        w = min(max(weights[(g, s)], 0.0), 1.0)
        allowed.add((gi[g], si[s]))
        i, j = (si[s], gi[g]) if transpose else (gi[g], si[s])
        cost[i][j] = -(bonus + w)
    matched: list[tuple[G, S]] = []
    for i, j in _hungarian(cost):
        gk, sk = (j, i) if transpose else (i, j)
        if (gk, sk) in allowed:
            matched.append((golds[gk], systems[sk]))
    return matched


def _hungarian(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The classical potentials method in O(rows^2 * columns); returns
    ``(row, column)`` pairs.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: row (1-based) assigned to column j, 0 if none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j] = cur
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
