#!/usr/bin/env bash
# Keeps the migrations of a release as it shipped: for every service with a database, the scripts its
# Flyway reads (platform's db/platform, then its own db/migration) are copied byte for byte from the
# release's commit into <service>/src/test/resources/db/release/<release>/{platform,migration}. The
# services' *UpgradeTest build a database from that copy, add rows, and start the current service on it.
#
# Run it at each release, on the release's commit (or name the commit), and commit the result:
#   devstack/snapshot-migrations.sh 2027-03-01 [commit, default HEAD]
# The copy of the release before is removed: the upgrade is tested from the last release (git keeps the rest).
set -euo pipefail

release=${1:?usage: devstack/snapshot-migrations.sh <release, e.g. 2027-03-01> [commit]}
commit=${2:-HEAD}
[[ $release =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || { echo "release is a date, yyyy-mm-dd: $release" >&2; exit 2; }
cd "$(git rev-parse --show-toplevel)"
git rev-parse --verify --quiet "$commit^{commit}" >/dev/null || { echo "no such commit: $commit" >&2; exit 2; }

# copy <commit's folder> <destination>: every file of the folder at the commit, as git holds it.
copy() {
  local files
  files=$(git ls-tree -r --name-only "$commit" -- "$1/")
  [[ -n $files ]] || { echo "nothing under $1 at $commit" >&2; exit 1; }
  mkdir -p "$2"
  for f in $files; do
    git cat-file blob "$commit:$f" > "$2/${f#"$1"/}"
  done
}

for service in $(git ls-tree -d --name-only "$commit" -- */src/main/resources/db/migration | cut -d/ -f1); do
  target=$service/src/test/resources/db/release
  for old in "$target"/*/; do
    [[ -d $old && $(basename "$old") != "$release" ]] && git rm -rq --ignore-unmatch "$old" && rm -rf "$old" && echo "removed $old"
  done
  rm -rf "${target:?}/$release"
  copy platform-data/src/main/resources/db/platform "$target/$release/platform"
  copy "$service/src/main/resources/db/migration" "$target/$release/migration"
  echo "$target/$release: $(find "$target/$release" -name '*.sql' | wc -l) scripts of $(git rev-parse --short "$commit")"
done
