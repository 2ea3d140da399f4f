# Shared by the bin/ scripts: builds target/callcare-app.jar when it is missing or older than the sources.
# shellcheck shell=bash
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/target/callcare-app.jar"
classpath_file="$root/target/spark-classpath.txt"
jvm_opts_file="$root/target/classes/org/callcare/launcher-jvm.opts"

needs_build() {
  [[ ! -f "$jar" || ! -f "$classpath_file" || ! -f "$jvm_opts_file" ]] && return 0
  [[ -n "$(find "$root/src/main" "$root/src/tools" "$root/pom.xml" -newer "$jar" -print -quit)" ]]
}

if needs_build; then
  echo "callcare: building (mvn package, tests skipped) ..." >&2
  (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package) >&2
fi

