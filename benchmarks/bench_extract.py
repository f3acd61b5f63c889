"""Extraction throughput: articles per second on one core and on all cores.

Usage: python benchmarks/bench_extract.py [--articles N] [--source FILE_OR_DIR ...]

The corpus is the bundled example articles (plus the gold dev set when
../shared is present), cycled to N articles, each made distinct by a numbered
id so nothing is cached.  The peer run in the same process is a plain
tokenise-only pass (`kg.text`) over the same texts, which bounds what any
lexicon-driven extractor can do; the ratio shows how far from that we are.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):  # else it names the kg to run (a build_native.py copy)
    sys.path.insert(0, str(ROOT))

from kg.articles import read_articles  # noqa: E402
from kg.examples import example_articles_path  # noqa: E402
from kg.extractors import extract  # noqa: E402
from kg.models import Article  # noqa: E402


def corpus(sources: list[Path]) -> list[Article]:
    """The articles the benchmark cycles over."""
    return [a for a in read_articles(sources) if isinstance(a, Article)]


def joined(base: list[Article], n: int) -> list[Article]:
    """Articles made of ``n`` consecutive texts of the same language (longer articles)."""
    if n <= 1:
        return base
    out: list[Article] = []
    for lang in sorted({a.lang for a in base}):
        same = [a for a in base if a.lang == lang]
        for i in range(len(same)):
            parts = [same[(i + k) % len(same)] for k in range(n)]
            text = "\n\n".join(p.text for p in parts)
            out.append(parts[0].model_copy(update={"id": f"joined-{lang}-{i}", "text": text}))
    return out


def _run(texts: list[Article]) -> int:
    for a in texts:
        extract(a)
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--source", type=Path, nargs="*")
    parser.add_argument(
        "--join",
        type=int,
        default=1,
        help="join N texts of the same language into one article (2-3 gives 2-4k characters)",
    )
    args = parser.parse_args()
    sources = args.source or [example_articles_path()]
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not args.source and dev.is_file():
        sources.append(dev)
    base = joined(corpus(sources), args.join)
    articles = [
        base[i % len(base)].model_copy(update={"id": f"bench-{i}"}) for i in range(args.articles)
    ]
    chars = statistics.mean(len(a.text) for a in articles)
    # warm the gazetteer and lexicons, of every language (the first article of a language
    # loads its lexicons: a tenth of a second that is no extraction)
    warm = [*base[:5], *{a.lang: a for a in base}.values()]
    for a in warm:
        extract(a)

    from kg.text import tokenize

    t0 = time.perf_counter()
    for a in articles:
        tokenize(a.text)
    tokenize_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    c0 = time.process_time()
    _run(articles)
    one = time.perf_counter() - t0
    one_cpu = time.process_time() - c0

    cores = os.cpu_count() or 1
    chunks = [articles[i::cores] for i in range(cores)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(cores) as pool:
        done = sum(pool.map(_run, chunks))
    many = time.perf_counter() - t0

    print(
        f"articles: {len(articles)} (mean {chars:.0f} characters, from {len(base)} distinct texts)"
    )
    print(
        f"one core:  {len(articles) / one:8.1f} articles/s  "
        f"({1000 * one / len(articles):.2f} ms/article; "
        f"{len(articles) / one_cpu:.1f}/s of CPU time, steadier on a busy machine)"
    )
    print(f"{cores} cores:   {done / many:8.1f} articles/s  (process pool, includes start-up)")
    print(f"peer (tokenise only, one core): {len(articles) / tokenize_s:8.1f} articles/s")
    print(f"ratio extract/tokenise: {tokenize_s / one:.3f}")


if __name__ == "__main__":
    main()
