//! `raudtrad init DIR`: a small starter site that builds without a warning.

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
    for (rel, text) in FILES {
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
