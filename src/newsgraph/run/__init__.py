"""Executors: how the pipeline runs over many documents (local processes now;
a cluster engine later). Kept apart from the pipeline itself."""
