"""Stable problem codes. A document that cannot be handled carries one of
these in ``Article.problems``; the run goes on."""

from __future__ import annotations

EMPTY_INPUT = "empty-input"  # no bytes, or nothing but whitespace
BINARY_INPUT = "binary-input"  # bytes that are not text in any charset we accept
TRUNCATED_GZIP = "truncated-gzip"  # gzip stream ends early; what was read is kept
TOO_LARGE = "too-large"  # input cut at --max-bytes; the rest is not read
UNREADABLE = "unreadable"  # the file or stream could not be opened or read
CORRUPT_WARC = "corrupt-warc"  # a damaged WARC record or gzip member; the others are read
BAD_RECORD = "bad-record"  # a JSON-lines line that is not a usable record
TOO_LONG = "too-long"  # text too long to be an article: entities and statements skipped
NO_BODY = "no-body"  # extraction found no article text
NOT_AN_ARTICLE = "not-an-article"  # page looks like an index, listing or error page
UNEXPECTED_LANGUAGE = "unexpected-language"  # language outside --languages
TIMEOUT = "timeout"  # a document took longer than the per-document time limit
OUT_OF_MEMORY = "out-of-memory"  # a document needed more than the per-worker memory limit
WORKER_DIED = "worker-died"  # the worker process died on this document (crash, OOM kill)
EXTRACTOR_ERROR = "extractor-error"  # a stage raised; the message says where
