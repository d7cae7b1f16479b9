#!/usr/bin/env bash
# Records a small, realistic workflow into a workspace, for trying Workflow Studio out:
#   scripts/demo-workspace.sh DIR      then   build/app/gui/wfstudio --workspace DIR/workspace
# A project of images gets two versions; training reads version 1 and writes weights, a report
# and an app session; evaluation reads the weights and version 2. A pipeline (DIR/.apolo/train.yml)
# is baked five times: it reads the project and writes weights per learning rate. A second project
# (dogs) has versions of its own, and everything is pushed to a team remote in a folder (DIR/remote).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
wfs="${WFS:-$here/build/app/cli/wfs}"
dir="$(realpath -m "${1:?usage: scripts/demo-workspace.sh DIR}")"
mkdir -p "$dir/cats/train" "$dir/runs"
export WFS_WORKSPACE="$dir/workspace"
unset WFS_TASK_ID

python3 - "$dir/cats/train" <<'PY'
import struct, sys, zlib
def png(path, rgb):
    w = h = 96
    rows = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                           + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))
for i, rgb in enumerate([(236, 132, 72), (72, 140, 222), (96, 186, 120), (196, 88, 160)]):
    png(f'{sys.argv[1]}/cat{i}.png', rgb)
PY
echo '{"classes": ["cat"]}' > "$dir/cats/meta.json"

"$wfs" run --name "Import images" --app import-images --group "Data preparation" --out "project:$dir/cats" -- true >/dev/null
"$wfs" version create "$dir/cats" --title "Initial upload" --description "4 images" >/dev/null
"$wfs" run --name "Train YOLOv8" --app train-yolov8 --group "Experiment 1" \
    --in "project:$dir/cats" --out "model_weight:$dir/runs/best.pt" --out "file:$dir/runs/report.html" --out app: \
    -- bash -c "echo 'epoch 1/2 loss 0.91'; echo 'epoch 2/2 loss 0.42'; echo weights > '$dir/runs/best.pt'; echo '<h1>mAP 0.71</h1>' > '$dir/runs/report.html'" >/dev/null
train=$("$wfs" graph --json | python3 -c 'import json,sys; print([n["id"] for n in json.load(sys.stdin)["nodes"] if n["kind"]=="task" and n["title"]=="Train YOLOv8"][0])')
"$wfs" output file "$dir/runs/report.html" --task "$train" --title "Training report" --description "mAP 0.71 on val" \
    --icon chart-line --icon-color '#ffffff' --icon-bg '#43a047' --url https://example.org/reports/1 --url-title "Open report" >/dev/null
echo '{"classes": ["cat", "dog"]}' > "$dir/cats/meta.json"
"$wfs" version create "$dir/cats" --title "Added dog class" >/dev/null
"$wfs" run --name "Evaluate" --app model-benchmark --group "Experiment 1" \
    --in "model_weight:$dir/runs/best.pt" --in "project:$dir/cats" --out "file:$dir/runs/metrics.json" \
    -- bash -c "echo '{\"mAP\": 0.68}' > '$dir/runs/metrics.json'" >/dev/null
# A pipeline (Apolo Flow syntax) baked once: the Pipelines tab shows it, the graph its tasks.
mkdir -p "$dir/.apolo"
cat > "$dir/.apolo/train.yml" <<'YAML'
kind: batch
title: Cats pipeline
params:
  epochs: 2
defaults:
  max_parallel: 2
tasks:
  - id: prepare
    title: Prepare data
    inputs: [project:cats]
    bash: ls cats/train | wc -l | sed 's/^/::set-output name=images::/'
  - id: train_${{ matrix.lr }}
    title: Train lr ${{ matrix.lr }}
    needs: [prepare]
    strategy:
      matrix:
        lr: ["0_01", "0_001"]
    bash: |
      for e in $(seq ${{ params.epochs }}); do
        echo "epoch $e/${{ params.epochs }} on ${{ needs.prepare.outputs.images }} images"; sleep 0.2
      done
      mkdir -p runs && echo weights > runs/lr${{ matrix.lr }}.pt
    outputs: ["model_weight:runs/lr${{ matrix.lr }}.pt"]
  - id: report
    title: Compare runs
    needs: [train_0_01, train_0_001]
    enable: ${{ always() }}
    bash: echo "<h1>runs compared</h1>" > runs/compare.html
    outputs: ["file:runs/compare.html"]
YAML
(cd "$dir" && "$wfs" bake train >/dev/null)
for epochs in 1 3 2 4; do
    (cd "$dir" && "$wfs" bake train -p epochs "$epochs" >/dev/null)
done
mkdir -p "$dir/dogs/train"
cp "$dir/cats/train/cat0.png" "$dir/dogs/train/dog0.png"
"$wfs" run --name "Import dog images" --app import-images --group "Data preparation" --out "project:$dir/dogs" -- true >/dev/null
"$wfs" version create "$dir/dogs" --title "Initial upload" >/dev/null
cp "$dir/cats/train/cat1.png" "$dir/dogs/train/dog1.png"
"$wfs" version create "$dir/dogs" --title "Second batch" --description "2 images" >/dev/null
mkdir -p "$dir/remote"
"$wfs" remote add team "file://$dir/remote" >/dev/null
"$wfs" push >/dev/null
echo "Workspace ready: $WFS_WORKSPACE"
