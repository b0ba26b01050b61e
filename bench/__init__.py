"""Benchmark tools: a deterministic synthetic corpus, to measure digest at 10,000+ articles."""
