# Sourced by ./vigil and .ci/run: sets VIGIL_JAVA_HOME to a JDK >= 21, or explains and fails.
# Order: $JAVA_HOME, then every JDK under /usr/lib/jvm (newest first), then java on the PATH.
vigil_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
}
vigil_find_jdk() {
  local c m
  for c in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) $(command -v java >/dev/null 2>&1 && dirname "$(dirname "$(readlink -f "$(command -v java)")")"); do
    c="${c%/}"
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    m=$(vigil_java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null; then
      VIGIL_JAVA_HOME="$c"
      return 0
    fi
  done
  echo "vigil: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, and java on the PATH)." >&2
  echo "vigil: install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
