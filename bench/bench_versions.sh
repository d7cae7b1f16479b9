#!/usr/bin/env bash
# Project versions: `wfs version create|diff|restore` against cp -r, git, git-annex and restic
# on two fixed trees (A: 100,000 files of 2 KB; B: 2,000 files of 1 MB). Prints figures, asserts nothing.
#   bench/bench_versions.sh            (WFS=path/to/wfs to use another build; TMPDIR picks the disk)
# Takes 10-20 minutes, mostly the peers. Needs about 20 GB free under ${TMPDIR:-/tmp}.
# QUICK=1 uses trees 100 times smaller, to check the script itself; PEERS=0 measures wfs and cp -r only.
#   bench/bench_versions.sh --targets [--million]
# measures only issue 15's targets, wfs beside cp -r in one run (50,000 files of 2 KB: first version,
# store size, re-check, diff of 1,000 changed files, restore), a few minutes; --million adds a tree of
# 1,000,000 files of 2 KB (about 4 GB free needed, 10-20 minutes): first version, re-check, peak memory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WFS="${WFS:-$here/../build/app/cli/wfs}"
PEER_LIMIT="${PEER_LIMIT:-600}" # seconds any peer command may take
A_PER=1000 B_PER=100 # files per folder: A has 100 folders, B 20
[ "${QUICK:-0}" = 1 ] && A_PER=10 B_PER=1
A_FILES=$((100 * A_PER)) B_FILES=$((20 * B_PER)) A_CHANGED=$A_PER
WFS_LIMIT=1800

if [ ! -x "$WFS" ]; then
    echo "wfs not found at $WFS: build it with 'ninja -C build bench wfs' or set WFS" >&2
    exit 1
fi
WFS="$(cd "$(dirname "$WFS")" && pwd)/$(basename "$WFS")"

# --- tools -------------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ "${PEERS:-1}" = 1 ] && for pkg in git git-annex restic; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    as_root apt-get update -qq || true
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || true
fi
have() { command -v "$1" >/dev/null 2>&1; }
peer() { [ "${PEERS:-1}" = 1 ] && have "$1"; }
for tool in python3 openssl timeout; do
    have "$tool" || { echo "$tool is required" >&2; exit 1; }
done

# --- work folder ---------------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench_versions.XXXXXX")"
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
LOG="$WORK/log"
mkdir -p "$LOG"
WS="$WORK/ws"

export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid
export RESTIC_PASSWORD=bench RESTIC_CACHE_DIR="$WORK/restic-cache" # restic 0.14 has no --insecure-no-password
export GIT_CONFIG_NOSYSTEM=1 HOME="$WORK/home"
mkdir -p "$HOME"

# Cold cache where the kernel lets us; otherwise every figure is warm-cache.
COLD=no
if { sync && echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; then
    COLD=yes
elif [ "$(id -u)" -ne 0 ] && sudo -n sh -c 'sync; echo 3 > /proc/sys/vm/drop_caches' 2>/dev/null; then
    COLD=sudo
fi
drop_caches() {
    sync
    case "$COLD" in
        yes) echo 3 > /proc/sys/vm/drop_caches ;;
        sudo) sudo -n sh -c 'echo 3 > /proc/sys/vm/drop_caches' ;;
    esac
}

# --- timing ------------------------------------------------------------------------------------------------
declare -A cell
R=""      # the last measurement as printed
SECS=""   # the last measurement in seconds, empty when it failed or timed out
# timed LIMIT DIR COMMAND...: runs COMMAND in DIR, leaves R and SECS, output in $LOG/last.{out,err}.
timed() {
    local limit=$1 dir=$2 rc=0 t0 t1
    shift 2
    t0=$EPOCHREALTIME
    (cd "$dir" && exec timeout --kill-after=10 "$limit" "$@") >"$LOG/last.out" 2>"$LOG/last.err" || rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        R="> $limit s"; SECS=""
    elif [ "$rc" -ne 0 ]; then
        R="failed"; SECS=""
        echo "  command failed ($rc): $*" >&2
        tail -3 "$LOG/last.err" | sed 's/^/    /' >&2
    else
        SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
        R="$SECS"
    fi
}
# put ROW COLUMN: stores R, and says it as it goes.
put() {
    cell["$1,$2"]="$R"
    printf '  %-44s %-10s %s\n' "$1" "$2" "$R" >&2
}
mb() { du -sm "$1" 2>/dev/null | cut -f1; }

# --- trees ---------------------------------------------------------------------------------------------
# AES-128-CTR over zeros with a fixed key: the same bytes on every run and every machine.
cat > "$WORK/gen.py" <<'EOF'
import os, subprocess, sys
def stream(iv):
    return subprocess.Popen(["openssl", "enc", "-aes-128-ctr", "-nosalt", "-K", "776673206265636e6820766572732031",
                             "-iv", "%032x" % iv, "-in", "/dev/zero"], stdout=subprocess.PIPE)
def read(src, n):
    data = src.stdout.read(n)
    assert len(data) == n
    return data
what, root, per = sys.argv[1], sys.argv[2], int(sys.argv[3])
step = int(sys.argv[4]) if len(sys.argv) > 4 else 100
if what == "A":      # 10 x 10 folders x `per` files of 2 KB
    src = stream(1)
    for g in range(10):
        for d in range(10):
            folder = os.path.join(root, "g%d" % g, "d%d" % d)
            os.makedirs(folder)
            for f in range(per):
                with open(os.path.join(folder, "f%03d.dat" % f), "wb") as out:
                    out.write(read(src, 2048))
elif what == "B":    # 20 folders x `per` files of 1 MiB
    src = stream(2)
    for d in range(20):
        folder = os.path.join(root, "d%02d" % d)
        os.makedirs(folder)
        for f in range(per):
            with open(os.path.join(folder, "f%03d.bin" % f), "wb") as out:
                out.write(read(src, 1 << 20))
elif what == "modify":  # every `step`th file of A gets new content of the same size (100: `per` files)
    src = stream(3)
    for i in range(0, 100 * per, step):
        g, d, f = i // (10 * per), i // per % 10, i % per
        with open(os.path.join(root, "g%d" % g, "d%d" % d, "f%03d.dat" % f), "wb") as out:
            out.write(read(src, 2048))
src.kill()
EOF
gen() { python3 "$WORK/gen.py" "$@"; }

# --- facts ---------------------------------------------------------------------------------------------------
fstype=$(stat -f -c %T "$WORK")
echo probe > "$WORK/clone-src"
if cp --reflink=always "$WORK/clone-src" "$WORK/clone-dst" 2>/dev/null; then ficlone=yes; else ficlone=no; fi
rm -f "$WORK/clone-src" "$WORK/clone-dst"

echo "bench_versions: work folder $WORK ($fstype), wfs $WFS" >&2

restic_id() { # restic_id REPO TAG: the snapshot with that tag
    restic -r "$1" snapshots --json --tag "$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["short_id"])'
}

# bench_peers_first TREE NAME: first copy/version of TREE by cp -r, git, git-annex, restic (cold each).
# Leaves $WORK/NAME.cp (the cp -r copy), $WORK/NAME.git, $WORK/NAME.restic.
bench_peers_first() {
    local tree=$1 name=$2 row=$3
    drop_caches
    timed "$PEER_LIMIT" "$WORK" cp -r "$tree" "$WORK/$name.cp"; put "$row" cp; CP_SECS=$SECS
    timed "$PEER_LIMIT" "$WORK" sync; cell["$name: sync after cp -r,cp"]="$R"

    if peer git; then
        drop_caches
        timed "$PEER_LIMIT" "$tree" env GIT_DIR="$WORK/$name.git" GIT_WORK_TREE="$tree" bash -c \
            'git init -q && git config gc.auto 0 && git add -A && git commit -q -m v1'
        put "$row" git
    fi
    if peer git-annex; then
        cp -r "$tree" "$WORK/$name.annex"
        drop_caches
        timed "$PEER_LIMIT" "$WORK/$name.annex" bash -c 'git init -q && git annex init -q bench && git annex add -q . >/dev/null'
        put "$row" annex
        rm -rf "$WORK/$name.annex" 2>/dev/null || { chmod -R u+w "$WORK/$name.annex"; rm -rf "$WORK/$name.annex"; }
    fi
    if peer restic; then
        restic -q -r "$WORK/$name.restic" init >/dev/null
        drop_caches
        timed "$PEER_LIMIT" "$WORK" restic -q -r "$WORK/$name.restic" backup --tag v1 "$tree"
        put "$row" restic
    fi
}

# bench_recheck TREE NAME ROW: second run on the unchanged tree, each tool cold (caches dropped) and
# then warm (its own run again, right after).
bench_recheck() {
    local tree=$1 name=$2 row=$3 cache
    drop_caches
    for cache in cold warm; do
        timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version create "$tree"; put "$row ($cache)" wfs
        if grep -q "Nothing changed" "$LOG/last.err"; then UNCHANGED+=" $name-$cache:yes"; else UNCHANGED+=" $name-$cache:NO"; fi
    done
    if peer git; then
        drop_caches
        for cache in cold warm; do
            timed "$PEER_LIMIT" "$tree" env GIT_DIR="$WORK/$name.git" GIT_WORK_TREE="$tree" git status --porcelain
            [ -s "$LOG/last.out" ] && R="$R (dirty!)"
            put "$row ($cache)" git
        done
    fi
    if peer restic; then
        drop_caches
        for cache in cold warm; do
            timed "$PEER_LIMIT" "$WORK" restic -q -r "$WORK/$name.restic" backup --tag same "$tree"; put "$row ($cache)" restic
        done
    fi
}

# bench_restore NAME ROW WFS_NUMBER GIT_REV RESTIC_TAG
bench_restore() {
    local name=$1 row=$2 num=$3 rev=$4 tag=$5 id
    drop_caches
    timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version restore "$WORK/$name" --num "$num" --to "$WORK/$name.restored-wfs"
    put "$row" wfs
    drop_caches
    timed "$PEER_LIMIT" "$WORK" cp -r "$WORK/$name.cp" "$WORK/$name.restored-cp"; put "$row" cp
    rm -rf "$WORK/$name.restored-cp"
    if peer git; then
        mkdir "$WORK/$name.restored-git"
        drop_caches
        timed "$PEER_LIMIT" "$WORK" git --git-dir="$WORK/$name.git" --work-tree="$WORK/$name.restored-git" checkout -q -f "$rev" -- .
        put "$row" git
        rm -rf "$WORK/$name.restored-git"
    fi
    if peer restic; then
        id=$(restic_id "$WORK/$name.restic" "$tag")
        drop_caches
        timed "$PEER_LIMIT" "$WORK" restic -q -r "$WORK/$name.restic" restore "$id" --target "$WORK/$name.restored-restic"
        put "$row" restic
        rm -rf "$WORK/$name.restored-restic"
    fi
    rm -rf "$WORK/$name.restored-wfs"
}

sizes() { # sizes NAME ROW [MB_BEFORE]: what each tool keeps, in MB (wfs: its store less MB_BEFORE)
    local name=$1 row=$2 before=${3:-0}
    R=$(( $(mb "$WS/store") - before )); put "$row" wfs
    peer git && { R=$(mb "$WORK/$name.git"); put "$row" git; }
    peer restic && { R=$(mb "$WORK/$name.restic"); put "$row" restic; }
    true
}

UNCHANGED=""

# ============================== --targets: issue 15's figures only ==============================
# rss_of: the peak resident memory (MB) of the last command run through `measured`.
measured() { # measured LIMIT DIR COMMAND...: timed, with peak memory in RSS_MB
    timed "$1" "$2" /usr/bin/time -f %M -o "$LOG/rss" "${@:3}"
    RSS_MB=$(awk '{ printf "%.0f", $1 / 1024 }' "$LOG/rss" 2>/dev/null || echo "?")
}
apparent_bytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
ratio2() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a / b }'; }
# target_tree PER LABEL: a tree of 100 folders x PER files of 2 KB, measured against issue 15's targets.
target_tree() {
    local per=$1 label=$2 files=$((100 * $1)) tree="$WORK/T$1" ws="$WORK/ws$1" changed step
    step=$(( files >= 100000 ? 1000 : 50 )); changed=$(( files / step ))
    echo "generating $label ($files x 2 KB)" >&2
    gen A "$tree" "$per"
    local apparent; apparent=$(apparent_bytes "$tree")
    sleep 2 # past the stat cache's racy window
    drop_caches
    measured "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version create "$tree"; local first=$SECS first_rss=$RSS_MB
    drop_caches
    timed "$PEER_LIMIT" "$WORK" cp -r "$tree" "$tree.cp"; local cp=$SECS
    timed "$PEER_LIMIT" "$WORK" sync; local cpsync=$SECS
    local store; store=$(du -s -B1 "$ws/store" | cut -f1)
    measured "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version create "$tree"; local recheck=$SECS recheck_rss=$RSS_MB
    grep -q "Nothing changed" "$LOG/last.err" && local same=yes || local same=NO
    drop_caches
    measured "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version create "$tree"; local recheck_cold=$SECS
    gen modify "$tree" "$per" "$step"
    sleep 2
    timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version create "$tree"; local second=$SECS
    measured "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version diff "$tree" 1 2 --json; local diff=$SECS diff_rss=$RSS_MB
    local found; found=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["added"]), len(d["removed"]), len(d["modified"]))' "$LOG/last.out" 2>/dev/null || echo "?")
    drop_caches
    measured "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$ws" version restore "$tree" --num 1 --to "$tree.wfs"; local restore=$SECS restore_rss=$RSS_MB
    local identical=NO # the copy was taken before the change: it is version 1
    diff -r -q "$tree.cp" "$tree.wfs" >/dev/null 2>&1 && identical=yes
    drop_caches
    timed "$PEER_LIMIT" "$WORK" cp -r "$tree.cp" "$tree.cp2"; local cp2=$SECS
    local fmt='| %-44s | %-10s | %-10s | %-7s | %-22s |\n'
    echo
    echo "$label: $files files of 2 KB, data $apparent bytes (apparent)"
    printf "$fmt" measurement wfs "cp -r" ratio target
    printf "$fmt" "$(printf '%.0s-' {1..44})" ---------- ---------- ------- ----------------------
    printf "$fmt" "first version (s; cp -r + sync: $cpsync s more)" "$first" "$cp" "$(ratio2 "$first" "$cp")" "<= 1.00 of cp -r"
    printf "$fmt" "store size (du -B1, bytes) vs data" "$store" "$apparent" "$(ratio2 "$store" "$apparent")" "<= 1.15"
    printf "$fmt" "restore v1 into a new folder (s)" "$restore" "$cp2" "$(ratio2 "$restore" "$cp2")" "<= 1.30 of cp -r"
    printf "$fmt" "re-check, unchanged, warm (s)" "$recheck" "-" "-" "< 0.25 s (1M: < 4 s)"
    printf "$fmt" "re-check, unchanged, cold cache (s)" "$recheck_cold" "-" "-" ""
    printf "$fmt" "version 2 after $changed files changed (s)" "$second" "-" "-" ""
    printf "$fmt" "diff v1 v2, $changed modified (s)" "$diff" "-" "-" "< 0.2 s"
    printf "$fmt" "peak memory (MB): first / re-check" "$first_rss / $recheck_rss" "-" "-" "< 1024 (1M files)"
    printf "$fmt" "peak memory (MB): diff / restore" "$diff_rss / $restore_rss" "-" "-" ""
    echo "restore of v1 identical to the copy: $identical; re-check said 'Nothing changed': $same; diff found added/removed/modified: $found (expected 0 0 $changed)"
    echo "page cache: $([ "$COLD" = no ] && echo 'could not be dropped, all warm' || echo 'dropped before first version, cp -r, cold re-check, restore')"
    rm -rf "$tree" "$tree.cp" "$tree.cp2" "$tree.wfs" "$ws"
}
if [ "${1:-}" = --targets ]; then
    echo "Versions targets (issue 15), $(date -u +%Y-%m-%dT%H:%MZ); wfs built $(date -u -r "$WFS" +%Y-%m-%dT%H:%MZ)" \
         "(source HEAD $(git -C "$here" log -1 --format=%h 2>/dev/null || echo '?')); nproc $(nproc); $fstype"
    target_tree $(( ${QUICK:-0} == 1 ? 5 : 500 )) "50k"
    [ "${2:-}" = --million ] && target_tree $(( ${QUICK:-0} == 1 ? 100 : 10000 )) "1M"
    exit 0
fi

# ============================== Tree A: 100,000 files of 2 KB ==============================
A="$WORK/A"
echo "generating A ($A_FILES x 2 KB)" >&2
gen A "$A" "$A_PER"
sleep 2 # past the stat cache's racy window: the re-check may trust every file
A1="A: first version ($A_FILES x 2 KB)"
drop_caches
timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version create "$A"; put "$A1" wfs
bench_peers_first "$A" A "$A1"
ARE="A: re-check, unchanged"
bench_recheck "$A" A "$ARE"
sizes A "A: store size after v1 (MB)"
STORE_A=$(mb "$WS/store") # v2 adds 1,000 objects; B's figure is what B added on top

echo "changing $A_CHANGED files of A" >&2
gen modify "$A" "$A_PER"
sleep 2
A2="A: version 2 after $A_CHANGED files changed"
drop_caches
timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version create "$A"; put "$A2" wfs
if peer git; then
    drop_caches
    timed "$PEER_LIMIT" "$A" env GIT_DIR="$WORK/A.git" GIT_WORK_TREE="$A" bash -c 'git add -A && git commit -q -m v2'
    put "$A2" git
fi
if peer restic; then
    drop_caches
    timed "$PEER_LIMIT" "$WORK" restic -q -r "$WORK/A.restic" backup --tag v2 "$A"; put "$A2" restic
fi

AD="A: diff v1 v2 ($A_CHANGED modified)"
timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version diff "$A" 1 2 --json; put "$AD" wfs
DIFF_COUNT=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["added"]), len(d["removed"]), len(d["modified"]))' "$LOG/last.out" 2>/dev/null || echo "?")
if peer git; then
    timed "$PEER_LIMIT" "$WORK" git --git-dir="$WORK/A.git" diff --stat HEAD~1 HEAD; put "$AD" git
fi
if peer restic; then
    v1=$(restic_id "$WORK/A.restic" v1); v2=$(restic_id "$WORK/A.restic" v2)
    timed "$PEER_LIMIT" "$WORK" restic -q -r "$WORK/A.restic" diff "$v1" "$v2"; put "$AD" restic
fi

bench_restore A "A: restore v1 into a new folder" 1 HEAD~1 v1
rm -rf "$A" "$WORK/A.cp" "$WORK/A.git" "$WORK/A.restic"

# ============================== Tree B: 2,000 files of 1 MB ==============================
B="$WORK/B"
echo "generating B ($B_FILES x 1 MB)" >&2
gen B "$B" "$B_PER"
sleep 2
B_MIB=$B_FILES # 1 MiB each
B1="B: first version ($B_FILES x 1 MB)"
drop_caches
timed "$WFS_LIMIT" "$WORK" "$WFS" --workspace "$WS" version create "$B"; put "$B1" wfs; B_WFS=$SECS
bench_peers_first "$B" B "$B1"
B_CP=$CP_SECS
BT="B: throughput (MiB/s)"
for col in wfs cp git annex restic; do
    v=${cell["$B1,$col"]:-}
    if [[ "$v" =~ ^[0-9.]+$ ]]; then cell["$BT,$col"]=$(awk -v m="$B_MIB" -v s="$v" 'BEGIN { printf "%.0f", m / s }'); fi
done
bench_recheck "$B" B "B: re-check, unchanged"
bench_restore B "B: restore v1 into a new folder" 1 HEAD v1
sizes B "B: store size after v1 (MB)" "$STORE_A"

# ============================== the table ==============================
target() {
    case "$1" in
        "$A1") echo "< 10 s" ;;
        "$ARE (warm)"|"$ARE (cold)") echo "< 0.5 s" ;;
        "$AD") echo "< 0.3 s" ;;
        "A: restore v1 into a new folder") echo "< 10 s" ;;
        "$BT") echo ">= 80% of cp -r" ;;
        *) echo "" ;;
    esac
}
rows=("$A1" "$ARE (cold)" "$ARE (warm)" "A: store size after v1 (MB)" "$A2" "$AD" "A: restore v1 into a new folder"
      "$B1" "$BT" "B: re-check, unchanged (cold)" "B: re-check, unchanged (warm)" "B: restore v1 into a new folder"
      "B: store size after v1 (MB)")
echo
echo "Project versions benchmark ($(date -u +%Y-%m-%dT%H:%MZ)); seconds of wall-clock time unless stated"
echo "machine: nproc $(nproc), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r)"
echo "work folder: ${TMPDIR:-/tmp} on $fstype; FICLONE (reflink) capable: $ficlone"
case "$COLD" in
    no) echo "page cache: could not be dropped; every figure is warm-cache" ;;
    *) echo "page cache: dropped (sync; echo 3 > drop_caches) before each measurement but diffs and '(warm)' rows (the same" \
            "command again)" ;;
esac
echo "versions: wfs built $(date -u -r "$WFS" +%Y-%m-%dT%H:%MZ) (source HEAD $(git -C "$here" log -1 --format=%h 2>/dev/null || echo '?')), $(git --version 2>/dev/null || echo no git)," \
     "$(git annex version 2>/dev/null | head -1 || echo no git-annex), $(restic version 2>/dev/null | cut -d' ' -f1-2 || echo no restic)"
echo
fmt='| %-44s | %-9s | %-9s | %-9s | %-9s | %-9s | %-16s |\n'
printf "$fmt" operation wfs "cp -r" git git-annex restic target
printf "$fmt" "$(printf '%.0s-' {1..44})" --------- --------- --------- --------- --------- ----------------
for row in "${rows[@]}"; do
    printf "$fmt" "$row" "${cell["$row,wfs"]:--}" "${cell["$row,cp"]:--}" "${cell["$row,git"]:--}" \
        "${cell["$row,annex"]:--}" "${cell["$row,restic"]:--}" "$(target "$row")"
done
echo
echo "peers: cp -r = copy (restore = cp -r of the copy); git = git add -A + commit (gc.auto 0), re-check = git status"
echo "  --porcelain, diff = git diff --stat HEAD~1, restore = checkout into an empty work tree; git-annex = git init +"
echo "  git annex init + git annex add . (first version only, ${PEER_LIMIT} s limit); restic = backup, re-check = second backup,"
echo "  diff = restic diff, restore = restic restore. cp -r and git do not fsync; wfs syncs the store before it names a version."
echo "cp -r then sync: A ${cell["A: sync after cp -r,cp"]:-?} s, B ${cell["B: sync after cp -r,cp"]:-?} s of sync after the copy"
echo "wfs re-check said 'Nothing changed':$UNCHANGED"
echo "wfs diff v1 v2 found added/removed/modified: ${DIFF_COUNT:-?} (expected 0 0 $A_CHANGED)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "?"; else printf "%.0f%%", 100 * b / a }'; }
B_CPSYNC=$(awk -v a="${B_CP:-}" -v b="${cell["B: sync after cp -r,cp"]:-}" 'BEGIN { if (a != "" && b ~ /^[0-9.]+$/) printf "%.2f", a + b }')
echo "B throughput: wfs $(ratio "$B_WFS" "$B_CP") of cp -r, $(ratio "$B_WFS" "$B_CPSYNC") of cp -r + sync" \
     "(${B_MIB} MiB: wfs ${B_WFS:-?} s, cp -r ${B_CP:-?} s, cp -r + sync ${B_CPSYNC:-?} s)"
