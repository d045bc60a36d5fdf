//! Every word the generator writes, in Nynorsk, Bokmål and English; `[terms]` overrides any.
//!
//! Templates read them as `l.<key>`; an unknown key is a template error, so a missing label
//! fails the build instead of showing a blank.

use std::collections::BTreeMap;

use crate::config::{Lang, SiteConfig};
use crate::diag::{Diagnostics, did_you_mean};

/// (key, nn, nb, en)
const LABELS: &[(&str, &str, &str, &str)] = &[
    // Kinds, singular and plural. The singular keys are the `[terms]` of the content format.
    ("unit", "Eining", "Enhet", "Unit"),
    ("units", "Organisasjon", "Organisasjon", "Organisation"),
    ("plan", "Plan", "Plan", "Plan"),
    ("plans", "Planar", "Planer", "Plans"),
    ("goal", "Mål", "Mål", "Goal"),
    ("goals", "Mål", "Mål", "Goals"),
    ("strategy", "Strategi", "Strategi", "Strategy"),
    ("strategies", "Strategiar", "Strategier", "Strategies"),
    ("measure", "Tiltak", "Tiltak", "Measure"),
    ("measures", "Tiltak", "Tiltak", "Measures"),
    ("verbal", "Verbalpunkt", "Verbalpunkt", "Council resolution"),
    (
        "verbals",
        "Verbalpunkt",
        "Verbalpunkt",
        "Council resolutions",
    ),
    (
        "letter",
        "Oppdragsbrev",
        "Oppdragsbrev",
        "Assignment letter",
    ),
    (
        "letters",
        "Oppdragsbrev",
        "Oppdragsbrev",
        "Assignment letters",
    ),
    ("assignment", "Oppdrag", "Oppdrag", "Assignment"),
    (
        "assignments",
        "Oppdrag og oppgåver",
        "Oppdrag og oppgaver",
        "Assignments and tasks",
    ),
    ("task", "Oppgåve", "Oppgave", "Task"),
    ("tasks", "Oppgåver", "Oppgaver", "Tasks"),
    ("indicator", "Indikator", "Indikator", "Indicator"),
    (
        "indicators",
        "Nøkkeltal og indikatorar",
        "Nøkkeltall og indikatorer",
        "Key figures and indicators",
    ),
    ("checklist", "Sjekkliste", "Sjekkliste", "Checklist"),
    (
        "checklists",
        "Sjekklister for internkontroll",
        "Sjekklister for internkontroll",
        "Internal control checklists",
    ),
    ("checklist_item", "Sjekkpunkt", "Sjekkpunkt", "Checkpoint"),
    ("checklist_items", "Sjekkpunkt", "Sjekkpunkt", "Checkpoints"),
    ("report", "Rapport", "Rapport", "Report"),
    ("reports", "Rapportar", "Rapporter", "Reports"),
    // Page furniture.
    ("front_page", "Framside", "Forside", "Home"),
    (
        "skip_to_content",
        "Gå til innhaldet",
        "Gå til innholdet",
        "Skip to content",
    ),
    ("main_menu", "Hovudmeny", "Hovedmeny", "Main menu"),
    ("breadcrumbs", "Du er her", "Du er her", "You are here"),
    ("search", "Søk", "Søk", "Search"),
    (
        "search_label",
        "Søk i verksemdsplanen",
        "Søk i virksomhetsplanen",
        "Search the plans",
    ),
    (
        "internal_tree",
        "Intern utgåve for tilsette",
        "Intern utgave for ansatte",
        "Internal edition for employees",
    ),
    (
        "open_tree",
        "Open utgåve for innbyggjarar",
        "Åpen utgave for innbyggere",
        "Public edition for citizens",
    ),
    (
        "generated",
        "Laga med raudtrad",
        "Laget med raudtrad",
        "Made with raudtrad",
    ),
    ("as_of", "Status per", "Status per", "Status as of"),
    (
        "on_this_page",
        "På denne sida",
        "På denne siden",
        "On this page",
    ),
    ("none", "Ingen", "Ingen", "None"),
    (
        "not_found_title",
        "Fann ikkje sida",
        "Fant ikke siden",
        "Page not found",
    ),
    (
        "not_found_text",
        "Sida du leita etter, finst ikkje her. Ho kan vere flytta, eller ho er ikkje offentleg.",
        "Siden du lette etter, finnes ikke her. Den kan være flyttet, eller den er ikke offentlig.",
        "The page you were looking for is not here. It may have moved, or it is not public.",
    ),
    (
        "go_to_front_page",
        "Gå til framsida",
        "Gå til forsiden",
        "Go to the home page",
    ),
    (
        "referenced_by",
        "Viser til denne",
        "Viser til denne",
        "Referred to by",
    ),
    ("internal", "Intern", "Intern", "Internal"),
    ("public", "Offentleg", "Offentlig", "Public"),
    (
        "exemption",
        "Unnateke offentlegheit",
        "Unntatt offentlighet",
        "Exempt from public disclosure",
    ),
    ("id", "ID", "ID", "ID"),
    ("kind", "Type", "Type", "Kind"),
    ("title", "Tittel", "Tittel", "Title"),
    ("description", "Skildring", "Beskrivelse", "Description"),
    ("count", "Tal", "Antall", "Count"),
    ("total", "Totalt", "Totalt", "Total"),
    ("year", "År", "År", "Year"),
    ("period", "Periode", "Periode", "Period"),
    ("date", "Dato", "Dato", "Date"),
    ("source", "Kjelde", "Kilde", "Source"),
    ("note", "Merknad", "Merknad", "Note"),
    ("comment", "Kommentar", "Kommentar", "Comment"),
    ("more", "Meir", "Mer", "More"),
    ("overview", "Oversikt", "Oversikt", "Overview"),
    (
        "overdue_assignments",
        "Oppdrag over frist",
        "Oppdrag over frist",
        "Overdue assignments",
    ),
    (
        "latest_reports",
        "Siste rapportar",
        "Siste rapporter",
        "Latest reports",
    ),
    (
        "current_plans",
        "Gjeldande planar",
        "Gjeldende planer",
        "Current plans",
    ),
    (
        "status_overview",
        "Statusoversikt",
        "Statusoversikt",
        "Status overview",
    ),
    ("edit_file", "Kjeldefil", "Kildefil", "Source file"),
    ("task_done", "Gjort", "Gjort", "Done"),
    ("task_not_done", "Ikkje gjort", "Ikke gjort", "Not done"),
    // Status and follow-up.
    ("status", "Status", "Status", "Status"),
    ("progress", "Framdrift", "Fremdrift", "Progress"),
    ("deadline", "Frist", "Frist", "Deadline"),
    ("overdue", "Over frist", "Over frist", "Overdue"),
    ("no_deadline", "Utan frist", "Uten frist", "No deadline"),
    ("owner", "Oppdragseigar", "Oppdragseier", "Owner"),
    ("assigned_to", "Delegert til", "Delegert til", "Assigned to"),
    ("responsible", "Ansvarleg", "Ansvarlig", "Responsible"),
    ("category", "Kategori", "Kategori", "Category"),
    (
        "automatic",
        "Kjem automatisk frå handlings- og økonomiplanen",
        "Kommer automatisk fra handlings- og økonomiplanen",
        "Comes automatically from the action and financial plan",
    ),
    (
        "carried_out_by",
        "Følgt opp i",
        "Fulgt opp i",
        "Carried out by",
    ),
    (
        "status_history",
        "Rapportert status",
        "Rapportert status",
        "Reported status",
    ),
    ("own_items", "Eigne", "Egne", "Own"),
    (
        "with_units_below",
        "Med einingane under",
        "Med enhetene under",
        "With units below",
    ),
    (
        "mean_progress",
        "Gjennomsnittleg framdrift",
        "Gjennomsnittlig fremdrift",
        "Mean progress",
    ),
    // Units.
    ("level", "Nivå", "Nivå", "Level"),
    ("leader", "Leiar", "Leder", "Leader"),
    ("parent_unit", "Eining over", "Enhet over", "Parent unit"),
    (
        "sub_units",
        "Einingar under",
        "Enheter under",
        "Units below",
    ),
    ("budget", "Rammer", "Rammer", "Budget frames"),
    ("amount", "Beløp", "Beløp", "Amount"),
    ("kr", "kr", "kr", "NOK"),
    (
        "business_plan",
        "Verksemdsplan",
        "Virksomhetsplan",
        "Business plan",
    ),
    (
        "goals_and_strategies",
        "Mål og strategiar",
        "Mål og strategier",
        "Goals and strategies",
    ),
    (
        "activity",
        "Aktivitet – nøkkeltal og indikatorar",
        "Aktivitet – nøkkeltall og indikatorer",
        "Activity – key figures and indicators",
    ),
    (
        "assignments_and_tasks",
        "Oppdrag og oppgåver",
        "Oppdrag og oppgaver",
        "Assignments and tasks",
    ),
    (
        "internal_control",
        "Sjekklister for internkontroll",
        "Sjekklister for internkontroll",
        "Internal control checklists",
    ),
    (
        "letters_to_unit",
        "Oppdragsbrev til eininga",
        "Oppdragsbrev til enheten",
        "Letters to the unit",
    ),
    (
        "letters_from_unit",
        "Oppdragsbrev frå eininga",
        "Oppdragsbrev fra enheten",
        "Letters from the unit",
    ),
    // Plans and goals.
    ("plan_kind", "Plantype", "Plantype", "Kind of plan"),
    ("plan_period", "Planperiode", "Planperiode", "Plan period"),
    (
        "stage",
        "Status for planen",
        "Status for planen",
        "Plan stage",
    ),
    ("stage_draft", "Utkast", "Utkast", "Draft"),
    (
        "stage_hearing",
        "På høyring",
        "På høring",
        "On public consultation",
    ),
    ("stage_adopted", "Vedteken", "Vedtatt", "Adopted"),
    ("stage_expired", "Utgått", "Utgått", "Expired"),
    ("adopted", "Vedteken", "Vedtatt", "Adopted"),
    ("adopted_by", "Vedteken av", "Vedtatt av", "Adopted by"),
    ("case", "Saksnummer", "Saksnummer", "Case number"),
    (
        "plan_owner",
        "Ansvarleg eining",
        "Ansvarlig enhet",
        "Responsible unit",
    ),
    ("main_goal", "Hovudmål", "Hovedmål", "Main goal"),
    ("sub_goals", "Delmål", "Delmål", "Sub-goals"),
    ("priority", "Prioritert", "Prioritert", "Priority"),
    ("amounts", "Økonomi", "Økonomi", "Amounts"),
    ("in_plan", "I planen", "I planen", "In the plan"),
    // Letters.
    ("from", "Frå", "Fra", "From"),
    ("to", "Til", "Til", "To"),
    ("parent_letter", "Byggjer på", "Bygger på", "Breaks down"),
    (
        "child_letters",
        "Brot ned i",
        "Brutt ned i",
        "Broken down in",
    ),
    ("themes", "Tema", "Tema", "Themes"),
    (
        "assignments_given",
        "Oppdrag gitt i brevet",
        "Oppdrag gitt i brevet",
        "Assignments given in the letter",
    ),
    // Indicators.
    (
        "indicator_kind_indicator",
        "Indikator",
        "Indikator",
        "Indicator",
    ),
    (
        "indicator_kind_keyfigure",
        "Nøkkeltal",
        "Nøkkeltall",
        "Key figure",
    ),
    ("measure_unit", "Måleeining", "Måleenhet", "Measured in"),
    ("direction", "Retning", "Retning", "Direction"),
    (
        "direction_higher",
        "Høgare er betre",
        "Høyere er bedre",
        "Higher is better",
    ),
    (
        "direction_lower",
        "Lågare er betre",
        "Lavere er bedre",
        "Lower is better",
    ),
    ("value", "Verdi", "Verdi", "Value"),
    ("values", "Verdiar", "Verdier", "Values"),
    ("target", "Mål", "Mål", "Target"),
    ("targets", "Målverdiar", "Målverdier", "Targets"),
    (
        "indicators_heading",
        "Indikatorar",
        "Indikatorer",
        "Indicators",
    ),
    (
        "keyfigures_heading",
        "Nøkkeltal",
        "Nøkkeltall",
        "Key figures",
    ),
    (
        "whole_municipality",
        "Heile kommunen",
        "Hele kommunen",
        "Whole municipality",
    ),
    (
        "followed_up_by",
        "Følgt opp av",
        "Fulgt opp av",
        "Followed up by",
    ),
    (
        "data_per_unit",
        "Tal per eining",
        "Tall per enhet",
        "Figures per unit",
    ),
    ("latest", "Siste", "Siste", "Latest"),
    ("target_met", "Målet er nådd", "Målet er nådd", "Target met"),
    (
        "target_not_met",
        "Målet er ikkje nådd",
        "Målet er ikke nådd",
        "Target not met",
    ),
    // Checklists.
    ("applies_to", "Gjeld for", "Gjelder for", "Applies to"),
    ("purpose", "Føremål", "Formål", "Purpose"),
    ("group", "Type", "Type", "Type"),
    ("question", "Sjekkpunkt", "Sjekkpunkt", "Checkpoint"),
    ("answer", "Svar", "Svar", "Answer"),
    ("answer_kind_yesno", "Ja/nei", "Ja/nei", "Yes/no"),
    ("answer_kind_text", "Tekst", "Tekst", "Text"),
    ("answer_yes", "Ja", "Ja", "Yes"),
    ("answer_no", "Nei", "Nei", "No"),
    ("answer_partly", "Delvis", "Delvis", "Partly"),
    (
        "answer_na",
        "Ikkje relevant",
        "Ikke relevant",
        "Not relevant",
    ),
    ("not_answered", "Ikkje svart", "Ikke svart", "Not answered"),
    ("answers", "Svar", "Svar", "Answers"),
    // Reports.
    ("narrative", "Vurdering", "Vurdering", "Assessment"),
    (
        "status_updates",
        "Status på oppdrag og oppgåver",
        "Status på oppdrag og oppgaver",
        "Status of assignments and tasks",
    ),
    (
        "checklist_answers",
        "Svar på sjekklister",
        "Svar på sjekklister",
        "Checklist answers",
    ),
    (
        "goal_achievement",
        "Måloppnåing",
        "Måloppnåelse",
        "Goal achievement",
    ),
    ("achievement_reached", "Nådd", "Nådd", "Reached"),
    (
        "achievement_partly",
        "Delvis nådd",
        "Delvis nådd",
        "Partly reached",
    ),
    (
        "achievement_not-reached",
        "Ikkje nådd",
        "Ikke nådd",
        "Not reached",
    ),
    (
        "reported_values",
        "Rapporterte verdiar",
        "Rapporterte verdier",
        "Reported values",
    ),
    // Follow-up: status overviews, reporting periods, internal control.
    (
        "follow_up",
        "Status og rapportering",
        "Status og rapportering",
        "Status and reporting",
    ),
    ("reporting", "Rapportering", "Rapportering", "Reporting"),
    (
        "control_year_title",
        "Årsrapport for internkontroll",
        "Årsrapport for internkontroll",
        "Internal control annual report",
    ),
    (
        "control_law",
        "Kommunedirektøren skal rapportere til kommunestyret om internkontroll minst éin gong i året (kommunelova § 25-2). Her er svara einingane har gitt på sjekklistene for internkontroll for året: kor mange som har svart, kva avvik som er melde, og kven som ikkje har svart.",
        "Kommunedirektøren skal rapportere til kommunestyret om internkontroll minst én gang i året (kommuneloven § 25-2). Her er svarene enhetene har gitt på sjekklistene for internkontroll for året: hvor mange som har svart, hvilke avvik som er meldt, og hvem som ikke har svart.",
        "The chief executive reports to the municipal council on internal control at least once a year (Local Government Act § 25-2). Here are the units' answers to the year's internal-control checklists: how many have answered, which deviations were reported, and who has not answered.",
    ),
    ("assignments_short", "Oppdrag", "Oppdrag", "Assignments"),
    (
        "full_status_overview",
        "Heile statusoversikta med einingane under",
        "Hele statusoversikten med enhetene under",
        "Full status overview with the units below",
    ),
    (
        "status_per_unit",
        "Status per eining",
        "Status per enhet",
        "Status per unit",
    ),
    (
        "chart_note",
        "Tala står òg i tabellen.",
        "Tallene står også i tabellen.",
        "The figures are also in the table.",
    ),
    ("of", "av", "av", "of"),
    ("units_counted", "einingar", "enheter", "units"),
    (
        "with_progress",
        "med framdrift",
        "med fremdrift",
        "with progress",
    ),
    (
        "overdue_items",
        "Oppdrag og oppgåver over frist",
        "Oppdrag og oppgaver over frist",
        "Overdue assignments and tasks",
    ),
    (
        "own_assignments_tasks",
        "Eigne oppdrag og oppgåver",
        "Egne oppdrag og oppgaver",
        "Own assignments and tasks",
    ),
    ("change", "Utvikling", "Utvikling", "Change"),
    ("change_better", "Betre", "Bedre", "Better"),
    ("change_worse", "Verre", "Verre", "Worse"),
    ("change_same", "Uendra", "Uendret", "Unchanged"),
    (
        "reported_status",
        "Rapportert status",
        "Rapportert status",
        "Reported status",
    ),
    ("granularity_month", "Månad", "Måned", "Month"),
    ("granularity_tertial", "Tertial", "Tertial", "Tertial"),
    ("granularity_year", "År", "År", "Year"),
    (
        "granularity_month_plural",
        "Månadsrapportering",
        "Månedsrapportering",
        "Monthly reporting",
    ),
    (
        "granularity_tertial_plural",
        "Tertialrapportering",
        "Tertialrapportering",
        "Tertial reporting",
    ),
    (
        "granularity_year_plural",
        "Årsrapportering",
        "Årsrapportering",
        "Annual reporting",
    ),
    (
        "state_due",
        "siste avslutta periode",
        "siste avsluttede periode",
        "latest ended period",
    ),
    ("state_in-progress", "pågår", "pågår", "in progress"),
    ("state_past", "avslutta", "avsluttet", "ended"),
    ("state_future", "framtidig", "fremtidig", "future"),
    (
        "not_reported",
        "Ikkje rapportert",
        "Ikke rapportert",
        "Not reported",
    ),
    (
        "not_reported_yet",
        "Ikkje rapportert enno",
        "Ikke rapportert ennå",
        "Not reported yet",
    ),
    (
        "units_have_reported",
        "einingar har rapportert",
        "enheter har rapportert",
        "units have reported",
    ),
    (
        "expected_note",
        "einingar med eigne oppdrag eller oppgåver for året skal rapportere",
        "enheter med egne oppdrag eller oppgaver for året skal rapportere",
        "units with assignments or tasks of their own for the year are to report",
    ),
    (
        "all_reported",
        "Alle har rapportert.",
        "Alle har rapportert.",
        "Everyone has reported.",
    ),
    (
        "municipality_rollup",
        "Samla for kommunen",
        "Samlet for kommunen",
        "Whole municipality",
    ),
    ("per_unit", "Per eining", "Per enhet", "Per unit"),
    (
        "whole_report",
        "Heile rapporten",
        "Hele rapporten",
        "Full report",
    ),
    (
        "current_reporting",
        "Rapportering no",
        "Rapportering nå",
        "Current reporting",
    ),
    (
        "reporting_periods",
        "Rapporteringsperiodar",
        "Rapporteringsperioder",
        "Reporting periods",
    ),
    ("avvik", "Avvik", "Avvik", "Deviations"),
    ("avvik_open", "Ope", "Åpent", "Open"),
    (
        "later_answer",
        "Seinare svar",
        "Senere svar",
        "Later answer",
    ),
    (
        "not_answered_checklist",
        "Har ikkje svart på sjekklista",
        "Har ikke svart på sjekklisten",
        "Has not answered the checklist",
    ),
    (
        "not_answered_items",
        "manglar svar på",
        "mangler svar på",
        "missing answers to",
    ),
    (
        "all_answered",
        "Alle har svart på alt.",
        "Alle har svart på alt.",
        "Everyone has answered everything.",
    ),
    (
        "answer_matrix",
        "Svar per eining",
        "Svar per enhet",
        "Answers per unit",
    ),
    (
        "no_public_answer",
        "Ikkje offentleg svar",
        "Ikke offentlig svar",
        "No public answer",
    ),
    ("answer_text", "Tekstsvar", "Tekstsvar", "Text answer"),
    (
        "units_in_scope",
        "Einingar sjekklista gjeld for",
        "Enheter sjekklisten gjelder for",
        "Units it applies to",
    ),
];

/// The labels of a site: defaults in its language, then its `[terms]`.
#[derive(Debug, Clone)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// Builds the labels and warns about `[terms]` keys that name no label.
    pub fn new(cfg: &SiteConfig, diags: &mut Diagnostics) -> Labels {
        let mut map: BTreeMap<String, String> = LABELS
            .iter()
            .map(|(k, nn, nb, en)| {
                let v = match cfg.language {
                    Lang::Nn => nn,
                    Lang::Nb => nb,
                    Lang::En => en,
                };
                (k.to_string(), v.to_string())
            })
            .collect();
        for (key, value) in &cfg.terms {
            if !map.contains_key(&key.value) {
                diags
                    .warning(&cfg.file, key.pos, format!(
                        "`[terms]` has `{}`, which names no label{}",
                        key.value,
                        did_you_mean(&key.value, LABELS.iter().map(|l| l.0))
                    ))
                    .help("term keys are the singular type names (unit, plan, letter, assignment, indicator, checklist, report, goal, strategy, measure, verbal, task) or any label key listed in docs/content-format.md");
                continue;
            }
            map.insert(key.value.clone(), value.clone());
        }
        // A renamed concept is renamed everywhere: unless the plural is given too, headings
        // and navigation use the site's own word.
        for (singular, plural) in PLURALS {
            let renamed = cfg.terms.iter().any(|(k, _)| k.value == *singular);
            let plural_given = cfg.terms.iter().any(|(k, _)| k.value == *plural);
            if renamed && !plural_given {
                let term = map[*singular].clone();
                map.insert(plural.to_string(), term);
            }
        }
        Labels(map)
    }

    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.0.get(key).map_or(key, String::as_str)
    }

    /// Every label key, for the documentation.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        LABELS.iter().map(|l| l.0)
    }
}

const PLURALS: &[(&str, &str)] = &[
    ("unit", "units"),
    ("plan", "plans"),
    ("goal", "goals"),
    ("strategy", "strategies"),
    ("measure", "measures"),
    ("verbal", "verbals"),
    ("letter", "letters"),
    ("assignment", "assignments"),
    ("task", "tasks"),
    ("indicator", "indicators"),
    ("checklist", "checklists"),
    ("report", "reports"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Located, Pos};

    #[test]
    fn terms_override_singular_and_plural() {
        let mut cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), Lang::Nn);
        cfg.terms.push((
            Located::new("assignment".into(), Pos::new(3, 1)),
            "Bestilling".into(),
        ));
        cfg.terms
            .push((Located::new("tilte".into(), Pos::new(4, 1)), "x".into()));
        let mut d = Diagnostics::new();
        let l = Labels::new(&cfg, &mut d);
        assert_eq!(l.get("assignment"), "Bestilling");
        assert_eq!(l.get("assignments"), "Bestilling");
        assert_eq!(l.get("task"), "Oppgåve");
        let msgs: Vec<String> = d.sorted().iter().map(|d| d.to_string()).collect();
        assert!(msgs[0].starts_with("site.toml:4:1: warning: `[terms]` has `tilte`, which names no label (did you mean `title`?)"), "{msgs:?}");
    }
}
