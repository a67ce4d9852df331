"""Word lists that stages build their indexes from, kept apart from the rules that use them."""
