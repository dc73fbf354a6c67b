"""A sub-theme implies its parent: the one roll-up rule that counts, agreement and exports share.

The rule: an answer coded with a sub-theme counts for that sub-theme and for every theme above it
(each answer once per theme, however many of its sub-themes it carries). A coding on a parent
itself implies none of its sub-themes. So:
- the report's counts and theme × attribute tables count a parent for answers coded with it or
  with any of its sub-themes (`implied`);
- agreement at level `all` compares every theme rolled up the same way, at level `top` each
  answer's top-level themes (`top_level`), at `leaf` only the themes without sub-themes;
- the wide export's 0/1 column of a parent is 1 when the answer is coded with the parent or any
  of its sub-themes (`implied`), so a column's sum is the count the report prints; the long
  export lists the codings as they were made.
Unknown theme ids are dropped; a parent cycle is cut where it closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.models import Theme


def theme_chains(themes: Sequence[Theme]) -> dict[str, tuple[str, ...]]:
    """Map each theme id to itself plus its ancestors, nearest first (cycle-safe)."""
    parent = {t.id: t.parent_id for t in themes}
    out: dict[str, tuple[str, ...]] = {}
    for tid in parent:
        chain = [tid]
        cur = parent[tid]
        while cur in parent and cur not in chain:
            chain.append(cur)
            cur = parent[cur]
        out[tid] = tuple(chain)
    return out


class RollUp:
    """The roll-up of one codebook, cached per distinct theme set (100,000 answers have few)."""

    def __init__(self, themes: Sequence[Theme]) -> None:
        self.chains = theme_chains(list(themes))
        self._implied: dict[frozenset[str], frozenset[str]] = {}
        self._top: dict[frozenset[str], frozenset[str]] = {}

    def implied(self, chosen: Iterable[str]) -> frozenset[str]:
        """The themes an answer coded with `chosen` counts for: each known theme and all its ancestors."""
        key = chosen if isinstance(chosen, frozenset) else frozenset(chosen)
        found = self._implied.get(key)
        if found is None:
            found = self._implied[key] = frozenset(
                a for tid in key if tid in self.chains for a in self.chains[tid]
            )
        return found

    def top_level(self, chosen: Iterable[str]) -> frozenset[str]:
        """The top-level themes an answer coded with `chosen` counts for."""
        key = chosen if isinstance(chosen, frozenset) else frozenset(chosen)
        found = self._top.get(key)
        if found is None:
            found = self._top[key] = frozenset(self.chains[tid][-1] for tid in key if tid in self.chains)
        return found

    def own(self, chosen: Iterable[str]) -> list[str]:
        """The known themes among `chosen` (those the coder gave, not implied)."""
        return [tid for tid in chosen if tid in self.chains]
