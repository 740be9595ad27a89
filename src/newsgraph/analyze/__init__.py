"""Stages that take an Article and add to it (language, checks; later
entities and statements)."""
