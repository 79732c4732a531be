#!/usr/bin/env bash
# Fetch Lucene 8's core and analyzers-common jars from Debian's liblucene8-java package into
# tools/lucene/.cache (git-ignored). Used by the Lucene comparison harnesses and benchmarks;
# nothing in the package depends on it. Prints the class path on success.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/.cache"
core="$cache/usr/share/maven-repo/org/apache/lucene/lucene-core/8.x/lucene-core-8.x.jar"
common="$cache/usr/share/maven-repo/org/apache/lucene/lucene-analyzers-common/8.x/lucene-analyzers-common-8.x.jar"
if [ ! -f "$core" ] || [ ! -f "$common" ]; then
  command -v apt-get >/dev/null || { echo "fetch-lucene: apt-get is needed to fetch liblucene8-java" >&2; exit 1; }
  mkdir -p "$cache/deb"
  (cd "$cache/deb" && { apt-get download liblucene8-java >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get download liblucene8-java >/dev/null 2>&1; }; })
  dpkg -x "$cache"/deb/liblucene8-java_*.deb "$cache"
fi
echo "$core:$common"
