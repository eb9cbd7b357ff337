#!/usr/bin/env bash
# Copy the chart libraries the metric pages load (pinned in package.json) from
# node_modules/ into generator/site/assets/vendor/, with their licences. The copies
# are committed: the site serves them itself (no CDN) and the build needs no npm.
#
#   npm ci --ignore-scripts && bash scripts/vendor-charts.sh
#
# vega-interpreter (the CSP-safe expression evaluator) is bundled inside
# vega-embed.min.js (vega-embed uses it when run with {ast: true}); its own build
# is an ES module that imports 'vega-util', so only its licence is copied.
set -euo pipefail
cd "$(dirname "$0")/.."
out=generator/site/assets/vendor
rm -rf "$out"
copy() {  # package, built file
  mkdir -p "$out/$1"
  sed '/^\/\/# sourceMappingURL=/d' "node_modules/$1/$2" > "$out/$1/$(basename "$2")"
  cp "node_modules/$1/LICENSE" "$out/$1/LICENSE"
  node -e 'const p=require("./node_modules/'"$1"'/package.json"); console.log(p.name+"@"+p.version)' \
    >> "$out/VERSIONS"
}
copy vega build/vega.min.js
copy vega-lite build/vega-lite.min.js
copy vega-embed build/vega-embed.min.js
mkdir -p "$out/vega-interpreter"
cp node_modules/vega-interpreter/LICENSE "$out/vega-interpreter/LICENSE" 2>/dev/null \
  || cp node_modules/vega/LICENSE "$out/vega-interpreter/LICENSE"  # same authors, same BSD-3-Clause
node -e 'const p=require("./node_modules/vega-interpreter/package.json"); console.log(p.name+"@"+p.version)' >> "$out/VERSIONS"
echo "vendored into $out:"; cat "$out/VERSIONS"
