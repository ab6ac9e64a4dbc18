#!/usr/bin/env bash
# Sourced by ./pitwall and ./run-tests. Sets JAVA_HOME to a JDK >= 21 (the build targets Java 21),
# preferring JAVA_HOME, then `java` on the PATH, then the newest JDK found in the usual places.
# Why: on the target machines the default `java` is 17 and a newer JDK sits beside it.

pitwall_jdk_major() { # $1 = JDK home; prints its feature version or nothing
  local rel="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  echo "$v"
}

pitwall_find_jdk() {
  local min=21 best="" best_v=0 cand v
  local -a cands=()
  [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    cands+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for cand in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* \
              "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cand" ] && cands+=("$cand")
  done
  # JAVA_HOME wins when it is new enough; otherwise take the newest candidate
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(pitwall_jdk_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for cand in "${cands[@]}"; do
    v=$(pitwall_jdk_major "$cand")
    if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$best_v" ]; then best="$cand"; best_v="$v"; fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}

if ! PITWALL_JDK=$(pitwall_find_jdk); then
  echo "pitwall: no JDK 21 or newer found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm, /opt/java, ~/.sdkman)." >&2
  echo "pitwall: install one (e.g. Temurin 21+) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME="$PITWALL_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
