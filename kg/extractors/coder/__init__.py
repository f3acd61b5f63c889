"""The relation coder of :mod:`kg.extractors.relations`, one module per family of rules.

``relations._Coder`` is one class assembled from mypyc traits (:func:`kg.extractors.native.trait`).

The word lists and patterns the rules read are in :mod:`~kg.extractors.coder.words`; the
relation record, the lexicon matcher and the calibration in :mod:`~kg.extractors.coder.relation`.
"""
