"""kg serve: protocol, pages, limits, cache, worker pool and benchmarks."""
