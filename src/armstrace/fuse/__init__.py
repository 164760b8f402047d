"""Cross-document fusion: dedup, story clustering, the register."""
