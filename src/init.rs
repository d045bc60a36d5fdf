//! `raudtrad init DIR`: a small starter site that builds without a warning, and the CI that
//! makes its repository check itself (GitLab CI and GitHub Actions; see [`CI`]).

use std::path::Path;

const FILES: &[(&str, &str)] = &[
    (
        "site.toml",
        r#"title = "Verksemdsplan for Eksempel kommune"
municipality = "Eksempel kommune"
language = "nn"
# today = 2026-06-01        # the day overdue is judged by; default: the day of the build
# publish_person_names = false
# base_url = "https://www.eksempel.kommune.no/styring"   # where the open tree is published

# The accessibility statement every public body publishes at uustatus.no:
# [accessibility]
# statement_url = "https://uustatus.no/nn/erklaringar/publisert/…"
# contact = "postmottak@eksempel.kommune.no"
"#,
    ),
    (
        "content/org/kommune.md",
        r#"+++
title = "Eksempel kommune"
level = "kommune"
leader = { role = "Kommunedirektør", name = "Ola Nordmann" }
budget = [ { year = 2026, amount = 100_000_000, note = "Netto driftsramme" } ]
+++

Kommunen sjølv: toppen av organisasjonen.
"#,
    ),
    (
        "content/plans/samfunnsdel.md",
        r#"+++
title = "Kommuneplanen sin samfunnsdel"
kind = "samfunnsdel"
period = { from = 2026, to = 2038 }
adopted = 2026-01-15
adopted_by = "Kommunestyret"
case = "PS 1/2026"
owner = "kommune"

[[goals]]
id = "mal-1"
title = "Gode oppvekstvilkår for alle born og unge"
+++

Planen sine mål for kommunesamfunnet.
"#,
    ),
    (
        "content/assignments/forste-oppdrag.md",
        r#"+++
title = "Lage verksemdsplan for 2026"
year = 2026
category = "administrativt"
owner = "kommune"
deadline = 2026-01-31
goals = ["mal-1"]
status = "i-gang"
progress = 50

[[tasks]]
id = "forste-oppgave"
title = "Skrive oppdragsbrev"
responsible = "kommune"
deadline = 2026-01-15
status = "fullfort"
+++

Skildring av oppdraget.
"#,
    ),
];

/// The CI of a content repository, for GitLab and GitHub (README, "A content repository that
/// checks itself"). Every merge or pull request runs `raudtrad check --trace --strict` with its
/// problems shown on the changed lines; the main branch publishes the open tree to the forge's
/// Pages and hands the internal tree to a deploy command the repository names
/// (`RAUDTRAD_INTERNAL_DEPLOY`), keeping it as an artifact for project members otherwise.
/// The steps with which every job of the GitHub workflow gets raudtrad (`@INSTALL_STEPS@`
/// there): one copy, so that the jobs cannot come to install different versions.
const GITHUB_INSTALL_STEPS: &str = r#"      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: ~/.cargo/bin
          key: raudtrad-${{ env.RAUDTRAD_VERSION }}
      - name: Install raudtrad
        run: |
          if ! command -v raudtrad >/dev/null; then
            if [ -n "$RAUDTRAD_GIT" ]; then
              cargo install --locked --git "$RAUDTRAD_GIT" raudtrad
            else
              cargo install --locked raudtrad --version "$RAUDTRAD_VERSION"
            fi
          fi
"#;

/// `@VERSION@` becomes this raudtrad's version, so the CI installs the one that wrote it.
pub const CI: &[(&str, &str)] = &[
    (
        ".gitlab-ci.yml",
        r#"# CI for a raudtrad content repository (written by `raudtrad init`).
# Merge requests: `raudtrad check --trace --strict`; its problems show in the merge request's
# code quality widget and in the job log. The default branch: the open tree goes to GitLab Pages
# (make base_url in site.toml its address), the internal tree to RAUDTRAD_INTERNAL_DEPLOY.
#
# CI/CD variables (Settings → CI/CD → Variables):
#   RAUDTRAD_INTERNAL_DEPLOY  a shell command that publishes build/internal/ on the intranet,
#                             e.g. `rsync -a --delete build/internal/ deploy@intranett:/srv/styring/`
#                             (the internal tree must never go to Pages: Pages is public)
#   RAUDTRAD_GIT              optional: install raudtrad from this Git address instead of crates.io

variables:
  RAUDTRAD_VERSION: "@VERSION@"
  CARGO_HOME: "$CI_PROJECT_DIR/.cargo"

default:
  image: rust:1-slim
  cache:
    key: raudtrad-$RAUDTRAD_VERSION
    paths:
      - .cargo/bin/
  before_script:
    - export PATH="$CARGO_HOME/bin:$PATH"
    - |
      if ! command -v raudtrad >/dev/null; then
        if [ -n "$RAUDTRAD_GIT" ]; then
          cargo install --locked --git "$RAUDTRAD_GIT" raudtrad
        else
          cargo install --locked raudtrad --version "$RAUDTRAD_VERSION"
        fi
      fi

stages:
  - check
  - publish

check:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - raudtrad check --trace --strict --format gitlab > gl-code-quality-report.json
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

pages:
  stage: publish
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - raudtrad build --out build
    - rm -rf public && mv build/open public
  artifacts:
    paths:
      - public

internal:
  stage: publish
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - raudtrad build --out build
    - |
      if [ -n "$RAUDTRAD_INTERNAL_DEPLOY" ]; then
        sh -c "$RAUDTRAD_INTERNAL_DEPLOY"
      else
        echo "RAUDTRAD_INTERNAL_DEPLOY is not set: the internal tree is kept as this job's artifact"
      fi
  artifacts:
    access: developer
    expire_in: 30 days
    paths:
      - build/internal
"#,
    ),
    (
        ".github/workflows/raudtrad.yml",
        r#"# CI for a raudtrad content repository (written by `raudtrad init`).
# Pull requests: `raudtrad check --trace --strict`; its problems show as annotations on the
# changed lines. The default branch: the open tree goes to GitHub Pages (Settings → Pages →
# Source: GitHub Actions; make base_url in site.toml its address), the internal tree to the
# command in the repository variable RAUDTRAD_INTERNAL_DEPLOY (with its secrets), or else it is
# kept as a workflow artifact, which everyone who can read the repository can download: keep
# a repository with internal content private.
#
# Repository variables (Settings → Secrets and variables → Actions → Variables):
#   RAUDTRAD_INTERNAL_DEPLOY  a shell command that publishes build/internal/ on the intranet
#                             (the internal tree must never go to Pages: Pages is public)
#   RAUDTRAD_GIT              optional: install raudtrad from this Git address instead of crates.io

name: raudtrad

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

env:
  RAUDTRAD_VERSION: "@VERSION@"
  RAUDTRAD_GIT: ${{ vars.RAUDTRAD_GIT }}

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
@INSTALL_STEPS@
      - name: Check
        run: raudtrad check --trace --strict --format github

  publish:
    if: github.event_name != 'pull_request'
    needs: check
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
@INSTALL_STEPS@
      - name: Build
        run: raudtrad build --out build
      - name: Publish the internal tree
        env:
          RAUDTRAD_INTERNAL_DEPLOY: ${{ vars.RAUDTRAD_INTERNAL_DEPLOY }}
        run: |
          if [ -n "$RAUDTRAD_INTERNAL_DEPLOY" ]; then
            sh -c "$RAUDTRAD_INTERNAL_DEPLOY"
          else
            echo "RAUDTRAD_INTERNAL_DEPLOY is not set: the internal tree is kept as an artifact"
          fi
      - uses: actions/upload-artifact@v4
        if: vars.RAUDTRAD_INTERNAL_DEPLOY == ''
        with:
          name: internal
          path: build/internal
          retention-days: 30
      - uses: actions/upload-pages-artifact@v3
        with:
          path: build/open
      - id: deploy
        uses: actions/deploy-pages@v4
"#,
    ),
];

pub fn run(dir: &Path) -> Result<(), ()> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        raudtrad::diag::eprint_error(format_args!("{} exists and is not empty", dir.display()));
        raudtrad::diag::eprint_help(format_args!(
            "give a new folder: `raudtrad init min-kommune`"
        ));
        return Err(());
    }
    let version = env!("CARGO_PKG_VERSION");
    let ci = CI.iter().map(|&(rel, text)| {
        (
            rel,
            text.replace("@INSTALL_STEPS@\n", GITHUB_INSTALL_STEPS)
                .replace("@VERSION@", version),
        )
    });
    let files = FILES.iter().map(|&(rel, text)| (rel, text.to_string()));
    for (rel, text) in files.chain(ci) {
        let path = dir.join(rel);
        if let Some(parent) = path.parent()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            raudtrad::diag::eprint_error(format_args!("cannot create {}: {e}", parent.display()));
            return Err(());
        }
        if let Err(e) = std::fs::write(&path, text) {
            raudtrad::diag::eprint_error(format_args!("cannot write {}: {e}", path.display()));
            return Err(());
        }
    }
    println!(
        "wrote a starter site in {}; build it with `raudtrad build --root {}`",
        dir.display(),
        dir.display()
    );
    Ok(())
}
