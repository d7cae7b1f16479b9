#!/bin/sh
# Installs s3rver, a local S3 server for the remote tests, into the build tree (once). It needs
# Debian's nodejs and npm (scripts/dev.sh installs them).
set -eu
dest="$1"
version=3.7.1
if [ -f "$dest/node_modules/s3rver/package.json" ] &&
   grep -q "\"version\": \"$version\"" "$dest/node_modules/s3rver/package.json"; then
  exit 0
fi
mkdir -p "$dest"
npm install --prefix "$dest" --no-audit --no-fund --no-save --loglevel=error "s3rver@$version"
