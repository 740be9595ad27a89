#!/usr/bin/env bash
# A Java runtime for Spark (newsgraph spark, tests/run/test_spark.py): Debian's headless
# OpenJDK 17. Idempotent; never fails the caller (the Spark test skips without Java).
set -u
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "java.sh: no apt-get; install a Java 17+ runtime by hand (Spark needs one)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  SUDO="sudo"
fi
{ $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  $SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless; } \
  || echo "java.sh: could not install openjdk-17-jre-headless; the Spark test will skip" >&2
exit 0
