#!/usr/bin/env bash
# Runs every check and test of raudtrad: formatting, lints, and the whole test suite
# (unit, integration, property and headless-browser tests). This is the README's test command;
# .ci/run installs the system packages it needs and then runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

echo "== cargo test"
cargo test --quiet
