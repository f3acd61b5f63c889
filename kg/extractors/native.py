"""The class decorators of ``mypy_extensions`` that mypyc reads, usable without it.

``scripts/build_native.py`` compiles the extraction modules with mypyc, which reads two
marks on classes: :func:`trait` (a mixin: the relation coder ``relations._Coder`` is one
native class implementing the traits of :mod:`kg.extractors.coder`, a family of its rules
each, which stand on ``EventDates``, ``Stances``, ``Meetings`` and
:class:`~kg.extractors.coder.base.CoderBase`) and ``mypyc_attr(native_class=False)``
(a class left a Python class: the generic dataclasses of :mod:`kg.extractors.lexicon`,
which mypyc cannot compile, mypyc/mypyc#827).  The type checker and mypyc see the real
decorators; interpreted, these do nothing, so mypy_extensions is no run-time dependency.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["mypyc_attr", "trait"]

if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr as mypyc_attr
    from mypy_extensions import trait as trait
else:

    def trait(cls):
        """Mark ``cls`` a mixin (nothing at run time)."""
        return cls

    def mypyc_attr(*_attrs, **_kwattrs):
        """mypyc's attributes of a class (nothing at run time)."""
        return lambda cls: cls
