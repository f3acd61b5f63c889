"""The time expressions of :mod:`kg.extractors.dates`, one module per part of the work.

:func:`kg.extractors.dates.find_times` tries the patterns of each language in windows of the
text around words that may open a date, then corrects and resolves what it found:

* :mod:`~kg.extractors.times.expression` -- the record (``TimeExpr``), month, weekday and
  number words, and the calendar arithmetic of ISO partial dates;
* :mod:`~kg.extractors.times.handlers` -- the pattern handlers both languages share
  (numeric dates, a month with its day, a bare month, years and spans of years) and the
  context tests of a time ahead or told in the past;
* :mod:`~kg.extractors.times.english` and :mod:`~kg.extractors.times.arabic` -- each
  language's patterns and handlers (relative qualifiers, weekdays, deictic words, counts
  ago and later, times of the story, seasons);
* :mod:`~kg.extractors.times.hijri` -- Hijri months and Hijri dates beside Gregorian ones;
* :mod:`~kg.extractors.times.windows` -- where each pattern is tried: the anchor words and
  the windows around them, and the words every match of a pattern holds;
* :mod:`~kg.extractors.times.days` -- named days ("the September 11 attacks"), "on this day
  in", overnight into a day, the night of two days;
* :mod:`~kg.extractors.times.datelines` -- agency datelines and the day a report was filed;
* :mod:`~kg.extractors.times.anaphora` -- times counted from another time ("two days
  later", "at the time", "بعد ذلك بيومين") resolved against it;
* :mod:`~kg.extractors.times.clauses` -- which clause a time belongs to (a relative clause,
  a contrast, a wire dateline, a "since" stretch), read by the relation coder.
"""
