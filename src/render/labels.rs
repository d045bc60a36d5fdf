//! Every word the generator writes, in Nynorsk, Bokmål and English; `[terms]` overrides any.
//!
//! A default marks the words in it that stand for a concept, `{goals|Mål} utan
//! {assignment|oppdrag}`, so that a site's term for the concept renames it there too
//! ([`terms::fill`]). Only words that mean the concept are marked: "Mål" as a target is not the
//! goal, and a compound ("Oppdragsbrev", "Delmål") or a definite form ("eininga") cannot take a
//! term.
//!
//! Templates read them as `l.<key>`; an unknown key is a template error, so a missing label
//! fails the build instead of showing a blank.

use std::collections::BTreeMap;

use crate::config::terms;
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
        "Oppdrag og {tasks|oppgåver}",
        "Oppdrag og {tasks|oppgaver}",
        "Assignments and {tasks|tasks}",
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
    // A count of units, as in "(18 einingar)"; `units` is the organisation as a whole.
    (
        "units_count",
        "{units|einingar}",
        "{units|enheter}",
        "{units|units}",
    ),
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
    // Search (the header box, the search page and assets/search.js).
    ("search_count_one", "1 treff", "1 treff", "1 result"),
    ("search_count", "{n} treff", "{n} treff", "{n} results"),
    ("search_none", "Ingen treff", "Ingen treff", "No results"),
    (
        "search_more",
        "Vis fleire treff",
        "Vis flere treff",
        "Show more results",
    ),
    (
        "search_all",
        "Sjå alle {n} treff, og avgrens søket",
        "Se alle {n} treff, og avgrens søket",
        "See all {n} results, and narrow the search",
    ),
    ("search_loading", "Søkjer …", "Søker …", "Searching …"),
    (
        "search_failed",
        "Søket kunne ikkje lastast. Prøv å laste sida på nytt.",
        "Søket kunne ikke lastes. Prøv å laste siden på nytt.",
        "Search could not be loaded. Try reloading the page.",
    ),
    (
        "search_short",
        "Skriv minst to bokstavar.",
        "Skriv minst to bokstaver.",
        "Type at least two letters.",
    ),
    ("search_words", "Søkjeord", "Søkeord", "Search words"),
    (
        "search_filters",
        "Avgrens søket",
        "Avgrens søket",
        "Narrow the search",
    ),
    ("search_any", "Alle", "Alle", "All"),
    (
        "search_unit_below",
        "{unit|Eining} (med {units|einingane} under)",
        "{unit|Enhet} (med {units|enhetene} under)",
        "{unit|Unit} (with the {units|units} below it)",
    ),
    (
        "search_overdue_only",
        "Berre over frist",
        "Bare over frist",
        "Overdue only",
    ),
    (
        "search_no_js",
        "Søket treng JavaScript. Utan det finn du alle sidene i registeret frå A til Å nedanfor.",
        "Søket trenger JavaScript. Uten det finner du alle sidene i registeret fra A til Å nedenfor.",
        "Search needs JavaScript. Without it, every page is in the A to Z index below.",
    ),
    (
        "search_az",
        "Register frå A til Å",
        "Register fra A til Å",
        "Index from A to Z",
    ),
    (
        "search_az_letter",
        "Register: {letter}",
        "Register: {letter}",
        "Index: {letter}",
    ),
    (
        "search_other",
        "Andre teikn",
        "Andre tegn",
        "Other characters",
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
    (
        "overdue_see_all",
        "Sjå alle {assignments|oppdrag} og {tasks|oppgåver} over frist",
        "Se alle {assignments|oppdrag} og {tasks|oppgaver} over frist",
        "See every overdue {assignment|assignment} and {task|task}",
    ),
    ("overview", "Oversikt", "Oversikt", "Overview"),
    (
        "overdue_assignments",
        "{assignments|Oppdrag} over frist",
        "{assignments|Oppdrag} over frist",
        "Overdue {assignments|assignments}",
    ),
    (
        "latest_reports",
        "Siste {reports|rapportar}",
        "Siste {reports|rapporter}",
        "Latest {reports|reports}",
    ),
    (
        "current_plans",
        "Gjeldande {plans|planar}",
        "Gjeldende {plans|planer}",
        "Current {plans|plans}",
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
        "Med {units|einingane} under",
        "Med {units|enhetene} under",
        "With {units|units} below",
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
    (
        "parent_unit",
        "{unit|Eining} over",
        "{unit|Enhet} over",
        "Parent {unit|unit}",
    ),
    (
        "sub_units",
        "{units|Einingar} under",
        "{units|Enheter} under",
        "{units|Units} below",
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
        "{goals|Mål} og {strategies|strategiar}",
        "{goals|Mål} og {strategies|strategier}",
        "{goals|Goals} and {strategies|strategies}",
    ),
    (
        "activity",
        "Aktivitet – nøkkeltal og {indicators|indikatorar}",
        "Aktivitet – nøkkeltall og {indicators|indikatorer}",
        "Activity – key figures and {indicators|indicators}",
    ),
    (
        "assignments_and_tasks",
        "{assignments|Oppdrag} og {tasks|oppgåver}",
        "{assignments|Oppdrag} og {tasks|oppgaver}",
        "{assignments|Assignments} and {tasks|tasks}",
    ),
    (
        "internal_control",
        "{checklists|Sjekklister} for internkontroll",
        "{checklists|Sjekklister} for internkontroll",
        "Internal control {checklists|checklists}",
    ),
    (
        "letters_to_unit",
        "{letters|Oppdragsbrev} til eininga",
        "{letters|Oppdragsbrev} til enheten",
        "{letters|Letters} to the {unit|unit}",
    ),
    (
        "letters_from_unit",
        "{letters|Oppdragsbrev} frå eininga",
        "{letters|Oppdragsbrev} fra enheten",
        "{letters|Letters} from the {unit|unit}",
    ),
    // Plans and goals.
    ("plan_kind", "Plantype", "Plantype", "Kind of {plan|plan}"),
    // The group of plans that name no `kind` on the plans index.
    (
        "plans_without_kind",
        "Andre {plans|planar}",
        "Andre {plans|planer}",
        "Other {plans|plans}",
    ),
    (
        "plan_period",
        "Planperiode",
        "Planperiode",
        "{plan|Plan} period",
    ),
    (
        "stage",
        "Status for planen",
        "Status for planen",
        "{plan|Plan} stage",
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
        "Ansvarleg {unit|eining}",
        "Ansvarlig {unit|enhet}",
        "Responsible {unit|unit}",
    ),
    ("main_goal", "Hovudmål", "Hovedmål", "Main {goal|goal}"),
    ("sub_goals", "Delmål", "Delmål", "Sub-{goals|goals}"),
    ("priority", "Prioritert", "Prioritert", "Priority"),
    ("amounts", "Økonomi", "Økonomi", "Amounts"),
    ("in_plan", "I planen", "I planen", "In the {plan|plan}"),
    // Den raude tråden: traceability.
    (
        "trace",
        "Den raude tråden",
        "Den røde tråden",
        "The red thread",
    ),
    (
        "trace_lead",
        "Frå måla i planane kommunestyret har vedteke, ned til kvart oppdrag og kvar oppgåve.",
        "Fra målene i planene kommunestyret har vedtatt, ned til hvert oppdrag og hver oppgave.",
        "From the {goals|goals} in the {plans|plans} the council adopted, down to every {assignment|assignment} and {task|task}.",
    ),
    (
        "trace_of_plan",
        "Den raude tråden for planen",
        "Den røde tråden for planen",
        "The red thread of this {plan|plan}",
    ),
    (
        "trace_by_plan",
        "Den raude tråden per {plan|plan}",
        "Den røde tråden per {plan|plan}",
        "The red thread by {plan|plan}",
    ),
    ("sub_goal", "Delmål", "Delmål", "Sub-{goal|goal}"),
    (
        "why",
        "Kvifor vi gjer dette",
        "Hvorfor vi gjør dette",
        "Why we do this",
    ),
    (
        "why_paths",
        "Vegane opp til måla i planane",
        "Veiene opp til målene i planene",
        "The ways up to the {goals|goals} in the {plans|plans}",
    ),
    (
        "why_none",
        "Ikkje knytt til noko mål i planane.",
        "Ikke knyttet til noe mål i planene.",
        "Not tied to any {goal|goal} in the {plans|plans}.",
    ),
    ("in_plan_of", "i", "i", "in"),
    (
        "goal_chain",
        "Plassering i planane",
        "Plassering i planene",
        "Place in the {plans|plans}",
    ),
    (
        "done_for_goal",
        "Dette blir gjort for målet",
        "Dette blir gjort for målet",
        "What is done for this {goal|goal}",
    ),
    (
        "done_for_goal_note",
        "Delmåla er rekna med.",
        "Delmålene er regnet med.",
        "Sub-{goals|goals} are included.",
    ),
    ("count_done", "Fullførte", "Fullførte", "Done"),
    (
        "other_units",
        "Andre {units|einingar}",
        "Andre {units|enheter}",
        "Other {units|units}",
    ),
    (
        "no_assignment",
        "Ingen {assignment|oppdrag}",
        "Ingen {assignment|oppdrag}",
        "No {assignment|assignment}",
    ),
    (
        "by_unit",
        "{assignments|Oppdrag} per {unit|eining}",
        "{assignments|Oppdrag} per {unit|enhet}",
        "{assignments|Assignments} by {unit|unit}",
    ),
    (
        "matrix",
        "{assignments|Oppdrag} per {goal|mål} og {unit|eining}",
        "{assignments|Oppdrag} per {goal|mål} og {unit|enhet}",
        "{assignments|Assignments} per {goal|goal} and {unit|unit}",
    ),
    (
        "matrix_note",
        "Talet på {assignments|oppdrag}, og med ⚠ kor mange av dei som er over frist; talet fører til lista over dei med status. Delmål er rekna med i hovudmålet; eit oppdrag som er gitt til fleire {units|einingar}, er talt hos kvar av dei.",
        "Antall {assignments|oppdrag}, og med ⚠ hvor mange av dem som er over frist; tallet fører til listen over dem med status. Delmål er regnet med i hovedmålet; et oppdrag som er gitt til flere {units|enheter}, er talt hos hver av dem.",
        "Number of {assignments|assignments}, and with ⚠ how many of them are overdue; the number leads to the list of them with their status. Sub-{goals|goals} count towards their main {goal|goal}; an assignment given to several {units|units} counts for each of them.",
    ),
    ("coverage", "Dekning", "Dekning", "Coverage"),
    (
        "coverage_note",
        "Berre {plans|planar} som er vedtekne, er med i lista over {goals|mål}, {measures|tiltak} og {verbals|verbalpunkt} utan {assignment|oppdrag}.",
        "Bare vedtatte {plans|planer} er med i listen over {goals|mål}, {measures|tiltak} og {verbals|verbalpunkt} uten {assignment|oppdrag}.",
        "Only adopted {plans|plans} count in the lists of {goals|goals}, {measures|measures} and {verbals|council resolutions} with no {assignment|assignment}.",
    ),
    (
        "uncovered_goals",
        "{goals|Mål} utan {assignment|oppdrag}",
        "{goals|Mål} uten {assignment|oppdrag}",
        "{goals|Goals} with no {assignment|assignment}",
    ),
    (
        "measures_without_assignment",
        "{measures|Tiltak} utan {assignment|oppdrag}",
        "{measures|Tiltak} uten {assignment|oppdrag}",
        "{measures|Measures} with no {assignment|assignment}",
    ),
    (
        "verbal_without_assignment",
        "{verbals|Verbalpunkt} utan {assignment|oppdrag}",
        "{verbals|Verbalpunkt} uten {assignment|oppdrag}",
        "{verbals|Council resolutions} with no {assignment|assignment}",
    ),
    (
        "orphans",
        "{assignments|Oppdrag} utan {goal|mål}",
        "{assignments|Oppdrag} uten {goal|mål}",
        "{assignments|Assignments} with no {goal|goal}",
    ),
    (
        "stale",
        "{assignments|Oppdrag} knytte til {goals|mål} i utgåtte {plans|planar}",
        "{assignments|Oppdrag} knyttet til {goals|mål} i utgåtte {plans|planer}",
        "{assignments|Assignments} tied to {goals|goals} of expired {plans|plans}",
    ),
    (
        "letters_without_assignment",
        "{letters|Oppdragsbrev} utan {assignment|oppdrag}",
        "{letters|Oppdragsbrev} uten {assignment|oppdrag}",
        "{letters|Letters} that gave no {assignment|assignment}",
    ),
    ("open_data", "Opne data", "Åpne data", "Open data"),
    (
        "open_data_text",
        "Alle oppføringane på denne nettstaden som data",
        "Alle oppføringene på dette nettstedet som data",
        "Every item on this site as data",
    ),
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
        "{assignments|Oppdrag} gitt i brevet",
        "{assignments|Oppdrag} gitt i brevet",
        "{assignments|Assignments} given in the {letter|letter}",
    ),
    // Indicators.
    (
        "indicator_kind_indicator",
        "{indicator|Indikator}",
        "{indicator|Indikator}",
        "{indicator|Indicator}",
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
        "{indicators|Indikatorar}",
        "{indicators|Indikatorer}",
        "{indicators|Indicators}",
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
        "Tal per {unit|eining}",
        "Tall per {unit|enhet}",
        "Figures per {unit|unit}",
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
        "Status på {assignments|oppdrag} og {tasks|oppgåver}",
        "Status på {assignments|oppdrag} og {tasks|oppgaver}",
        "Status of {assignments|assignments} and {tasks|tasks}",
    ),
    (
        "checklist_answers",
        "Svar på {checklists|sjekklister}",
        "Svar på {checklists|sjekklister}",
        "{checklist|Checklist} answers",
    ),
    (
        "goal_achievement",
        "Måloppnåing",
        "Måloppnåelse",
        "{goal|Goal} achievement",
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
    ), // Shown only by `raudtrad serve`, over the page, when the site has errors.
    (
        "serve_problems",
        "Nettstaden har feil",
        "Nettstedet har feil",
        "The site has errors",
    ),
    (
        "serve_problems_kept",
        "Du ser den siste versjonen utan feil. Rett feila under og lagre, så lastar sida seg inn på nytt av seg sjølv.",
        "Du ser den siste versjonen uten feil. Rett feilene nedenfor og lagre, så lastes siden inn på nytt av seg selv.",
        "You are seeing the last version without errors. Mend the problems below and save; the page reloads by itself.",
    ),
    (
        "serve_problems_first",
        "Nettstaden kan ikkje byggjast enno. Rett feila under og lagre, så lastar sida seg inn på nytt av seg sjølv.",
        "Nettstedet kan ikke bygges ennå. Rett feilene nedenfor og lagre, så lastes siden inn på nytt av seg selv.",
        "The site cannot be built yet. Mend the problems below and save; the page reloads by itself.",
    ),
    (
        "serve_page_kept",
        "Denne sida kan ikkje visast slik ho er no. Du ser ho slik ho var i ein tidlegare versjon. Rett feila under og lagre, så lastar sida seg inn på nytt av seg sjølv.",
        "Denne siden kan ikke vises slik den er nå. Du ser den slik den var i en tidligere versjon. Rett feilene nedenfor og lagre, så lastes siden inn på nytt av seg selv.",
        "This page cannot be shown as it is now. You are seeing it as it was in an earlier version. Mend the problems below and save; the page reloads by itself.",
    ),
    (
        "serve_page_lost",
        "Denne sida kan ikkje visast, og ingen tidlegare versjon av sida kan visast i staden. Rett feila under og lagre, så lastar sida seg inn på nytt av seg sjølv.",
        "Denne siden kan ikke vises, og ingen tidligere versjon av siden kan vises i stedet. Rett feilene nedenfor og lagre, så lastes siden inn på nytt av seg selv.",
        "This page cannot be shown, and no earlier version of it can be shown instead. Mend the problems below and save; the page reloads by itself.",
    ),
    // Min side.
    ("min_side", "Min side", "Min side", "My page"),
    (
        "min_side_intro",
        "{assignments|Oppdrag} og {tasks|oppgåver} for kvar person som er ansvarleg for noko, og for kvar eining.",
        "{assignments|Oppdrag} og {tasks|oppgaver} for hver person som er ansvarlig for noe, og for hver enhet.",
        "{assignments|Assignments} and {tasks|tasks} for every person responsible for something, and for every {unit|unit}.",
    ),
    (
        "min_side_rule",
        "Det som er over frist kjem først, så fristane dei neste 30 dagane (frå og med i dag), så resten. Ein leiar ser òg oppdraga og oppgåvene til eininga hen leier.",
        "Det som er over fristen kommer først, så fristene de neste 30 dagene (fra og med i dag), så resten. En leder ser også oppdragene og oppgavene til enheten hen leder.",
        "What is overdue comes first, then deadlines in the next 30 days (from today on), then the rest. A leader also sees the {assignments|assignments} and {tasks|tasks} of the {unit|unit} they lead.",
    ),
    ("person", "Person", "Person", "Person"),
    ("people", "Personar", "Personer", "People"),
    ("leads", "Leiar for", "Leder for", "Leads"),
    (
        "due_soon",
        "Frist innan 30 dagar",
        "Frist innen 30 dager",
        "Due within 30 days",
    ),
    (
        "due_later",
        "Seinare eller utan frist",
        "Senere eller uten frist",
        "Later or no deadline",
    ),
    ("closed", "Avslutta", "Avsluttet", "Closed"),
    (
        "in_assignment",
        "I oppdraget",
        "I oppdraget",
        "In the {assignment|assignment}",
    ),
    (
        "min_side_of_unit",
        "Min side for eininga",
        "Min side for enheten",
        "The {unit|unit}'s My page",
    ),
    // The year wheel and calendars.
    ("arshjul", "Årshjul", "Årshjul", "Year wheel"),
    (
        "arshjul_intro",
        "Fristane for {assignments|oppdrag} og {tasks|oppgåver}, slutten på kvart tertial og rapportfristane, månad for månad.",
        "Fristene for {assignments|oppdrag} og {tasks|oppgaver}, slutten på hvert tertial og rapportfristene, måned for måned.",
        "The deadlines of {assignments|assignments} and {tasks|tasks}, the end of each tertial and the {report|report} deadlines, month by month.",
    ),
    (
        "report_due_rule",
        "Dagar frå slutten på ein periode til rapportfristen",
        "Dager fra slutten på en periode til rapportfristen",
        "Days from the end of a period to its {report|report} deadline",
    ),
    (
        "no_deadlines",
        "Ingen fristar",
        "Ingen frister",
        "No deadlines",
    ),
    ("event_period_end", "Slutt på", "Slutt på", "End of"),
    (
        "event_period_end_note",
        "Perioden sluttar. Rapporten for perioden kjem etter.",
        "Perioden slutter. Rapporten for perioden kommer etter.",
        "The period ends. Its {report|report} follows.",
    ),
    (
        "event_report_due",
        "Rapportfrist",
        "Rapportfrist",
        "{report|Report} due",
    ),
    (
        "event_report_due_note",
        "Siste dag for rapporten for perioden.",
        "Siste dag for rapporten for perioden.",
        "The last day for the period's {report|report}.",
    ),
    (
        "annual_report",
        "Årsrapport",
        "Årsrapport",
        "Annual {report|report}",
    ),
    (
        "calendar_file",
        "Abonner på årshjulet (kalenderfil)",
        "Abonner på årshjulet (kalenderfil)",
        "Subscribe to the year wheel (calendar file)",
    ),
    (
        "unit_calendar",
        "Årshjulet til eininga (kalenderfil)",
        "Årshjulet til enheten (kalenderfil)",
        "The {unit|unit}'s year wheel (calendar file)",
    ),
    (
        "calendar_files",
        "Kalenderfiler",
        "Kalenderfiler",
        "Calendar files",
    ),
    (
        "calendar_files_intro",
        "Kalenderfilene (iCalendar) kan lesast inn i eller abonnerast på i kalenderprogram. Filene for einingane har fristane for oppdraga og oppgåvene til eininga og rapportfristane.",
        "Kalenderfilene (iCalendar) kan leses inn i eller abonneres på i kalenderprogram. Filene for enhetene har fristene for oppdragene og oppgavene til enheten og rapportfristene.",
        "The calendar files (iCalendar) can be imported into or subscribed to in calendar programs. Each {unit|unit}'s file has the deadlines of its {assignments|assignments} and {tasks|tasks} and the {report|report} deadlines.",
    ),
    ("years", "År", "År", "Years"),
    // Printing and the leader agreement.
    (
        "print_plan",
        "Heile verksemdsplanen på éi side (for utskrift)",
        "Hele virksomhetsplanen på én side (for utskrift)",
        "The whole business plan on one page (for printing)",
    ),
    (
        "print_hint",
        "Skriv ut sida eller lagre ho som PDF med utskriftsfunksjonen i nettlesaren.",
        "Skriv ut siden eller lagre den som PDF med utskriftsfunksjonen i nettleseren.",
        "Print this page or save it as PDF with the browser's print function.",
    ),
    (
        "back_to_unit",
        "Tilbake til eininga",
        "Tilbake til enheten",
        "Back to the {unit|unit}",
    ),
    (
        "agreement",
        "Leiaravtale",
        "Lederavtale",
        "Leader agreement",
    ),
    ("agreement_parties", "Partar", "Parter", "Parties"),
    (
        "superior",
        "Overordna leiar",
        "Overordnet leder",
        "Superior",
    ),
    ("agreement_period", "Avtaleår", "Avtaleår", "Agreement year"),
    (
        "agreement_intro",
        "Avtalen byggjer på verksemdsplanen til eininga: måla oppdraga skal tene, oppdraga for året, nøkkeltala, rammene og internkontrollen leiaren har ansvar for.",
        "Avtalen bygger på virksomhetsplanen til enheten: målene oppdragene skal tjene, oppdragene for året, nøkkeltallene, rammene og internkontrollen lederen har ansvar for.",
        "The agreement rests on the {unit|unit}'s business plan: the {goals|goals} its {assignments|assignments} serve, the {assignments|assignments} of the year, the key figures, the budget frames and the internal control the leader is responsible for.",
    ),
    (
        "agreement_assignments",
        "{assignments|Oppdrag} for året",
        "{assignments|Oppdrag} for året",
        "{assignments|Assignments} of the year",
    ),
    ("role", "Rolle", "Rolle", "Role"),
    (
        "agreement_internal_control",
        "Leiaren følgjer opp internkontrollen i eininga (kommunelova § 25-1) med desse sjekklistene:",
        "Lederen følger opp internkontrollen i enheten (kommuneloven § 25-1) med disse sjekklistene:",
        "The leader follows up the {unit|unit}'s internal control (Local Government Act § 25-1) with these {checklists|checklists}:",
    ),
    (
        "agreement_text",
        "Avtalt i tillegg",
        "Avtalt i tillegg",
        "Also agreed",
    ),
    ("signatures", "Underskrifter", "Underskrifter", "Signatures"),
    (
        "place_date",
        "Stad og dato",
        "Sted og dato",
        "Place and date",
    ),
    ("signature", "Underskrift", "Underskrift", "Signature"),
    // The open tree's front page and what a public site owes its readers.
    (
        "landing_lead",
        "Her ser du kva kommunen arbeider med: måla i planane, tiltaka og verbalpunkta kommunestyret har vedteke, og korleis arbeidet går.",
        "Her ser du hva kommunen arbeider med: målene i planene, tiltakene og verbalpunktene kommunestyret har vedtatt, og hvordan arbeidet går.",
        "What the municipality is working on: the {goals|goals} of its {plans|plans}, the {measures|measures} and {verbals|resolutions} the council adopted, and how the work is going.",
    ),
    (
        "work_by_goal",
        "Arbeid etter {goal|mål}",
        "Arbeid etter {goal|mål}",
        "Work by {goal|goal}",
    ),
    (
        "work_total",
        "{assignments|Oppdrag} i alt",
        "{assignments|Oppdrag} totalt",
        "{assignments|Assignments}",
    ),
    ("table", "Tabell", "Tabell", "Table"),
    (
        "work_by_area",
        "Arbeid etter område",
        "Arbeid etter område",
        "Work by area",
    ),
    (
        "work_counts_note",
        "Tala er {assignments|oppdrag} som er offentlege, etter status no.",
        "Tallene er {assignments|oppdrag} som er offentlige, etter status nå.",
        "The figures are public {assignments|assignments}, by their current status.",
    ),
    (
        "council_verbal",
        "{verbals|Verbalpunkt} frå kommunestyret",
        "{verbals|Verbalpunkt} fra kommunestyret",
        "{verbals|Council resolutions}",
    ),
    (
        "priority_measures",
        "Prioriterte {measures|tiltak}",
        "Prioriterte {measures|tiltak}",
        "Priority {measures|measures}",
    ),
    (
        "adopted_plans",
        "Vedtekne {plans|planar}",
        "Vedtatte {plans|planer}",
        "Adopted {plans|plans}",
    ),
    (
        "plans_on_hearing",
        "{plans|Planar} på høyring",
        "{plans|Planer} på høring",
        "{plans|Plans} on public consultation",
    ),
    (
        "latest_changes",
        "Siste endringar",
        "Siste endringer",
        "Latest changes",
    ),
    ("feed_title", "Endringar", "Endringer", "Changes"),
    (
        "feed",
        "Endringar som nyhendestraum (Atom)",
        "Endringer som nyhetsstrøm (Atom)",
        "Changes as a news feed (Atom)",
    ),
    ("feed_adopted", "Vedteke", "Vedtatt", "Adopted"),
    ("feed_sent", "Sendt", "Sendt", "Sent"),
    ("feed_reported", "Rapportert", "Rapportert", "Reported"),
    ("feed_status", "Ny status", "Ny status", "New status"),
    (
        "no_work_yet",
        "Ingen offentlege {assignments|oppdrag} enno",
        "Ingen offentlige {assignments|oppdrag} ennå",
        "No public {assignments|assignments} yet",
    ),
    (
        "about_site",
        "Om nettstaden",
        "Om nettstedet",
        "About this site",
    ),
    (
        "name_withheld",
        "(namn ikkje publisert)",
        "(navn ikke publisert)",
        "(name withheld)",
    ),
    (
        "accessibility_statement",
        "Tilgjengelegheitserklæring",
        "Tilgjengelighetserklæring",
        "Accessibility statement",
    ),
    (
        "a11y_intro",
        "Alle skal kunne bruke nettstaden. Han er laga for å oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev.",
        "Alle skal kunne bruke nettstedet. Det er laget for å oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever.",
        "Everyone should be able to use this site. It is made to meet WCAG 2.1 at levels A and AA, as the Norwegian regulations on universal design of ICT require.",
    ),
    (
        "a11y_how",
        "Slik er nettstaden laga",
        "Slik er nettstedet laget",
        "How this site is made",
    ),
    (
        "a11y_how_text",
        "Sidene er vanleg HTML med overskrifter, landemerke og tabellar med overskrifter. Alt kan brukast med tastatur og utan JavaScript, status står alltid i ord og ikkje berre som farge, og sidene kan forstørrast til 400 % og lesast på mobil. Kvar utgåve blir testa automatisk for brot på WCAG 2.1 A og AA.",
        "Sidene er vanlig HTML med overskrifter, landemerker og tabeller med overskrifter. Alt kan brukes med tastatur og uten JavaScript, status står alltid i ord og ikke bare som farge, og sidene kan forstørres til 400 % og leses på mobil. Hver utgave testes automatisk for brudd på WCAG 2.1 A og AA.",
        "The pages are plain HTML with headings, landmarks and tables with headers. Everything works with a keyboard and without JavaScript, status is always written in words and never shown by colour alone, and the pages can be zoomed to 400 % and read on a phone. Every edition is tested automatically for WCAG 2.1 A and AA violations.",
    ),
    (
        "a11y_register",
        "Erklæringa i det nasjonale registeret",
        "Erklæringen i det nasjonale registeret",
        "The statement in the national register",
    ),
    (
        "a11y_register_link",
        "Les tilgjengelegheitserklæringa for nettstaden på uustatus.no",
        "Les tilgjengelighetserklæringen for nettstedet på uustatus.no",
        "Read the accessibility statement for this site at uustatus.no",
    ),
    (
        "a11y_register_general",
        "Offentlege verksemder publiserer tilgjengelegheitserklæringane sine på uustatus.no.",
        "Offentlige virksomheter publiserer tilgjengelighetserklæringene sine på uustatus.no.",
        "Public bodies publish their accessibility statements at uustatus.no.",
    ),
    (
        "a11y_register_missing",
        "Til redaktørane: lenkja til erklæringa i registeret manglar. Set statement_url under [accessibility] i site.toml.",
        "Til redaktørene: lenken til erklæringen i registeret mangler. Sett statement_url under [accessibility] i site.toml.",
        "To the editors: the link to the statement in the register is missing. Set statement_url under [accessibility] in site.toml.",
    ),
    (
        "a11y_known",
        "Kjende manglar",
        "Kjente mangler",
        "Known shortcomings",
    ),
    (
        "a11y_feedback",
        "Fann du noko som ikkje verkar?",
        "Fant du noe som ikke virker?",
        "Found something that does not work?",
    ),
    (
        "a11y_feedback_text",
        "Sei frå, så rettar vi det:",
        "Si fra, så retter vi det:",
        "Tell us and we will fix it:",
    ),
    (
        "a11y_complaint",
        "Er du ikkje nøgd med svaret, kan du klage til Tilsynet for universell utforming av ikt.",
        "Er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt.",
        "If you are not satisfied with the answer, you can complain to the Authority for Universal Design of ICT.",
    ),
    (
        "a11y_authority",
        "Tilsynet for universell utforming av ikt (uutilsynet.no)",
        "Tilsynet for universell utforming av ikt (uutilsynet.no)",
        "Authority for Universal Design of ICT (uutilsynet.no)",
    ),
    (
        "a11y_updated",
        "Sist vurdert",
        "Sist vurdert",
        "Last reviewed",
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
        "The chief executive reports to the municipal council on internal control at least once a year (Local Government Act § 25-2). Here are the {units|units}' answers to the year's internal-control {checklists|checklists}: how many have answered, which deviations were reported, and who has not answered.",
    ),
    (
        "assignments_short",
        "{assignments|Oppdrag}",
        "{assignments|Oppdrag}",
        "{assignments|Assignments}",
    ),
    (
        "full_status_overview",
        "Heile statusoversikta med {units|einingane} under",
        "Hele statusoversikten med {units|enhetene} under",
        "Full status overview with the {units|units} below",
    ),
    (
        "status_per_unit",
        "Status per {unit|eining}",
        "Status per {unit|enhet}",
        "Status per {unit|unit}",
    ),
    (
        "chart_note",
        "Tala står òg i tabellen.",
        "Tallene står også i tabellen.",
        "The figures are also in the table.",
    ),
    ("of", "av", "av", "of"),
    (
        "with_progress",
        "med framdrift",
        "med fremdrift",
        "with progress",
    ),
    (
        "overdue_items",
        "{assignments|Oppdrag} og {tasks|oppgåver} over frist",
        "{assignments|Oppdrag} og {tasks|oppgaver} over frist",
        "Overdue {assignments|assignments} and {tasks|tasks}",
    ),
    (
        "own_assignments_tasks",
        "Eigne {assignments|oppdrag} og {tasks|oppgåver}",
        "Egne {assignments|oppdrag} og {tasks|oppgaver}",
        "Own {assignments|assignments} and {tasks|tasks}",
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
        "{units|einingar} har rapportert",
        "{units|enheter} har rapportert",
        "{units|units} have reported",
    ),
    (
        "expected_note",
        "{units|einingar} med eigne {assignments|oppdrag} eller {tasks|oppgåver} for året skal rapportere når rapporteringsrytmen deira tek med perioden",
        "{units|enheter} med egne {assignments|oppdrag} eller {tasks|oppgaver} for året skal rapportere når rapporteringsrytmen deres tar med perioden",
        "{units|units} with {assignments|assignments} or {tasks|tasks} of their own for the year are to report when their reporting rhythm includes the period",
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
    (
        "per_unit",
        "Per {unit|eining}",
        "Per {unit|enhet}",
        "Per {unit|unit}",
    ),
    (
        "whole_report",
        "Heile rapporten",
        "Hele rapporten",
        "Full {report|report}",
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
        "Has not answered the {checklist|checklist}",
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
        "Svar per {unit|eining}",
        "Svar per {unit|enhet}",
        "Answers per {unit|unit}",
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
        "{units|Einingar} sjekklista gjeld for",
        "{units|Enheter} sjekklisten gjelder for",
        "{units|Units} it applies to",
    ),
    // Search of a tree whose index is JSON (the internal one), opened from disk.
    (
        "search_needs_server",
        "Søket verkar berre når sidene er opna frå ein nettstad (http eller https), ikkje frå ei fil på disken. Alle sidene finn du i registeret frå A til Å.",
        "Søket virker bare når sidene er åpnet fra et nettsted (http eller https), ikke fra en fil på disken. Alle sidene finner du i registeret fra A til Å.",
        "Search works only when the pages are opened from a web site (http or https), not from a file on disk. Every page is in the index from A to Z.",
    ),
    // Issue 16: the report form, the rhythm and the forge link.
    (
        "edit_page",
        "Endre denne sida",
        "Endre denne siden",
        "Edit this page",
    ),
    (
        "rf_title",
        "Rapportskjema",
        "Rapportskjema",
        "{report|Report} form",
    ),
    (
        "rf_intro",
        "Skjemaet lagar rapportfila for perioden. Du lastar ho ned, kopierer teksten eller legg ho rett inn i kjeldearkivet; ingenting blir sendt nokon stad før du sjølv gjer det.",
        "Skjemaet lager rapportfilen for perioden. Du laster den ned, kopierer teksten eller legger den rett inn i kildearkivet; ingenting blir sendt noe sted før du selv gjør det.",
        "The form makes the {report|report} file for the period. Download it, copy its text or add it to the repository; nothing is sent anywhere until you do.",
    ),
    (
        "rf_noscript",
        "Utan JavaScript er sida ei liste over kva som skal rapporterast. Skriv fila sjølv etter docs/content-format.md, eller opne sida i ein nettlesar med JavaScript for å lage fila.",
        "Uten JavaScript er siden en liste over hva som skal rapporteres. Skriv filen selv etter docs/content-format.md, eller åpne siden i en nettleser med JavaScript for å lage filen.",
        "Without JavaScript this page is a list of what to report. Write the file yourself following docs/content-format.md, or open the page in a browser with JavaScript to make it.",
    ),
    (
        "rf_already",
        "Det finst alt ein {report|rapport} for perioden",
        "Det finnes allerede en {report|rapport} for perioden",
        "There is already a {report|report} for the period",
    ),
    (
        "rf_checks",
        "{checklists|Sjekklister}",
        "{checklists|Sjekklister}",
        "{checklists|Checklists}",
    ),
    (
        "rf_indicators",
        "Nøkkeltal og {indicators|indikatorar}",
        "Nøkkeltall og {indicators|indikatorer}",
        "Key figures and {indicators|indicators}",
    ),
    (
        "rf_narrative_hint",
        "Teksten blir brødteksten i rapporten (Markdown).",
        "Teksten blir brødteksten i rapporten (Markdown).",
        "The text becomes the body of the {report|report} (Markdown).",
    ),
    ("rf_now", "No", "Nå", "Now"),
    ("rf_last_answer", "Siste svar", "Siste svar", "Last answer"),
    ("rf_last_value", "Siste verdi", "Siste verdi", "Last value"),
    (
        "rf_no_answer",
        "Ikkje svar no",
        "Ikke svar nå",
        "No answer now",
    ),
    (
        "rf_errors_title",
        "Det er feil i skjemaet",
        "Det er feil i skjemaet",
        "There is a problem",
    ),
    (
        "rf_make",
        "Lag rapportfila",
        "Lag rapportfilen",
        "Make the file",
    ),
    (
        "rf_download",
        "Last ned fila",
        "Last ned filen",
        "Download the file",
    ),
    (
        "rf_copy",
        "Kopier teksten",
        "Kopier teksten",
        "Copy the text",
    ),
    (
        "rf_forge",
        "Føreslå fila i kjeldearkivet",
        "Foreslå filen i kildearkivet",
        "Propose the file in the repository",
    ),
    (
        "rf_file_hint",
        "Lagre fila som",
        "Lagre filen som",
        "Save the file as",
    ),
    ("rf_output", "Rapportfila", "Rapportfilen", "The file"),
    (
        "rf_error_status",
        "Vel ein status frå lista",
        "Velg en status fra listen",
        "Choose a status from the list",
    ),
    (
        "rf_error_progress",
        "Framdrifta må vere eit heilt tal frå 0 til 100",
        "Fremdriften må være et helt tall fra 0 til 100",
        "Progress must be a whole number from 0 to 100",
    ),
    (
        "rf_error_answer",
        "Vel eitt av svara",
        "Velg ett av svarene",
        "Choose one of the answers",
    ),
    (
        "rf_error_value",
        "Verdien må vere eit tal, til dømes 84,5",
        "Verdien må være et tall, for eksempel 84,5",
        "The value must be a number, for example 84.5",
    ),
    (
        "rf_error_date",
        "Datoen må vere ein dato som 2026-10-15",
        "Datoen må være en dato som 2026-10-15",
        "The date must be a date such as 2026-10-15",
    ),
    (
        "rf_copied",
        "Teksten er kopiert.",
        "Teksten er kopiert.",
        "The text is copied.",
    ),
    (
        "rf_copy_failed",
        "Nettlesaren ville ikkje kopiere. Merk teksten i feltet og kopier han sjølv.",
        "Nettleseren ville ikke kopiere. Merk teksten i feltet og kopier den selv.",
        "The browser would not copy. Select the text in the box and copy it yourself.",
    ),
    (
        "rf_too_long",
        "Fila er for lang til å sendast gjennom ei nettadresse. Last ned eller kopier ho i staden.",
        "Filen er for lang til å sendes gjennom en nettadresse. Last ned eller kopier den i stedet.",
        "The file is too long to send in a web address. Download or copy it instead.",
    ),
    ("rf_reported", "rapportert", "rapportert", "reported"),
    (
        "rf_not_reported",
        "ikkje rapportert",
        "ikke rapportert",
        "not reported",
    ),
    (
        "rf_nothing",
        "Ingenting å fylle ut her.",
        "Ingenting å fylle ut her.",
        "Nothing to fill in here.",
    ),
    (
        "rf_rhythm",
        "Rapporteringsrytme",
        "Rapporteringsrytme",
        "Reporting rhythm",
    ),
    // v1.2 (issue 17): the council report, economy, deviation follow-up, own events, where a
    // political decision stands.
    ("event", "Hending", "Hendelse", "Event"),
    ("events", "Hendingar", "Hendelser", "Events"),
    ("event_own", "Hending", "Hendelse", "Event"),
    (
        "council_report",
        "Rapportering til kommunestyret",
        "Rapportering til kommunestyret",
        "Reporting to the council",
    ),
    (
        "council_reports",
        "Rapportering til kommunestyret",
        "Rapportering til kommunestyret",
        "Reporting to the council",
    ),
    (
        "council_tertial",
        "Tertialrapport",
        "Tertialrapport",
        "Tertial report",
    ),
    (
        "council_annual",
        "Årsmelding",
        "Årsmelding",
        "Annual report",
    ),
    (
        "council_lead",
        "Kommunedirektøren rapporterer til kommunestyret om økonomi, måloppnåing, politiske vedtak og internkontroll. Rapporten er laga av statusrapportane frå {units|einingane}.",
        "Kommunedirektøren rapporterer til kommunestyret om økonomi, måloppnåelse, politiske vedtak og internkontroll. Rapporten er laget av statusrapportene fra {units|enhetene}.",
        "The chief executive reports to the council on the economy, goal achievement, political decisions and internal control. The report is made from the status reports of the {units|units}.",
    ),
    ("contents", "Innhald", "Innhold", "Contents"),
    (
        "council_about",
        "Lesarrettleiing",
        "Leserveiledning",
        "How to read this",
    ),
    (
        "council_about_numbers_term",
        "Kvar tala kjem frå",
        "Hvor tallene kommer fra",
        "Where the numbers come from",
    ),
    (
        "council_about_numbers",
        "Kvar eining rapporterer budsjett, forbruk og prognose for sin del etter kvart tertial og ved årsslutt. Tala her er frå den nyaste rapporten kvar eining har gitt for perioden; for året frå årsrapporten, elles frå siste tertialrapport. Ei sektor viser summen av seg sjølv og einingane under. Status på oppdrag og politiske vedtak er den siste kvar eining har rapportert.",
        "Hver enhet rapporterer budsjett, forbruk og prognose for sin del etter hvert tertial og ved årsslutt. Tallene her er fra den nyeste rapporten hver enhet har gitt for perioden; for året fra årsrapporten, ellers fra siste tertialrapport. En sektor viser summen av seg selv og enhetene under. Status på oppdrag og politiske vedtak er den siste hver enhet har rapportert.",
        "Each unit reports its budget, spending and forecast after each tertial and at the end of the year. The figures here are from each unit's newest report for the period; for the year from its annual report, else from its last tertial report. A sector shows the sum of itself and the units below it. The status of assignments and political decisions is the latest each unit has reported.",
    ),
    (
        "verbal_explain",
        "Eit verbalpunkt er eit vedtak kommunestyret gjer med ord, ikkje tal, når det vedtek budsjettet og økonomiplanen: ei bestilling til kommunedirektøren om å greie ut, endre eller starte noko.",
        "Et verbalpunkt er et vedtak kommunestyret gjør med ord, ikke tall, når det vedtar budsjettet og økonomiplanen: en bestilling til kommunedirektøren om å utrede, endre eller starte noe.",
        "A council resolution (verbalpunkt) is a decision the council makes in words, not figures, when it adopts the budget and financial plan: an order to the chief executive to look into, change or start something.",
    ),
    (
        "overdue_explain",
        "«Over frist» tyder at fristen er passert og at arbeidet ikkje er meldt fullført. Det kan vere forseinka, eller berre ikkje rapportert enno.",
        "«Over frist» betyr at fristen er passert og at arbeidet ikke er meldt fullført. Det kan være forsinket, eller bare ikke rapportert ennå.",
        "\"Overdue\" means the deadline has passed and the work has not been reported done. It may be late, or not yet reported.",
    ),
    (
        "forecast_deviation",
        "Avvik frå budsjett",
        "Avvik fra budsjett",
        "Deviation from budget",
    ),
    (
        "forecast_deviation_note",
        "Prognose for året minus budsjett: eit plusstal er meirforbruk, eit minustal mindreforbruk",
        "Prognose for året minus budsjett: et plusstall er merforbruk, et minustall mindreforbruk",
        "Forecast for the year minus budget: a positive figure is an overrun, a negative one an underspend",
    ),
    (
        "avvik_explain",
        "Eit avvik er eit «nei» (eller eit «delvis» som blir følgt opp) i sjekklistene for internkontroll. Det er ope til eininga har lukka det eller svarar annleis seinare.",
        "Et avvik er et «nei» (eller et «delvis» som følges opp) i sjekklistene for internkontroll. Det er åpent til enheten har lukket det eller svarer annerledes senere.",
        "A deviation is a \"no\" (or a \"partly\" that is followed up) in the internal-control checklists. It is open until the unit closes it or answers differently later.",
    ),
    (
        "council_period_reports",
        "Alle statusrapportane for perioden",
        "Alle statusrapportene for perioden",
        "Every status report of the period",
    ),
    ("council_summary", "Samandrag", "Sammendrag", "Summary"),
    (
        "council_sum_reports",
        "Rapportar for perioden",
        "Rapporter for perioden",
        "Reports for the period",
    ),
    ("deviation_over", "meirforbruk", "merforbruk", "an overrun"),
    (
        "deviation_under",
        "mindreforbruk",
        "mindreforbruk",
        "an underspend",
    ),
    ("deviation_even", "i balanse", "i balanse", "in balance"),
    (
        "council_political",
        "{verbals|Verbalpunkt} og prioriterte {measures|tiltak}",
        "{verbals|Verbalpunkt} og prioriterte {measures|tiltak}",
        "{verbals|Council resolutions} and priority {measures|measures}",
    ),
    (
        "priority_measure",
        "Prioritert {measure|tiltak}",
        "Prioritert {measure|tiltak}",
        "Priority {measure|measure}",
    ),
    (
        "council_economy",
        "Økonomi per sektor",
        "Økonomi per sektor",
        "Economy by sector",
    ),
    (
        "council_economy_note",
        "Kvar rad er sektoren med {units|einingane} under. Ramma er summen av budsjettrammene i verksemdsplanane.",
        "Hver rad er sektoren med {units|enhetene} under. Rammen er summen av budsjettrammene i virksomhetsplanene.",
        "Each row is the sector with the {units|units} below it. The frame is the sum of the budget frames in the business plans.",
    ),
    ("frame", "Ramme", "Ramme", "Frame"),
    ("economy", "Økonomi", "Økonomi", "Economy"),
    ("economy_budget", "Budsjett", "Budsjett", "Budget"),
    ("economy_spent", "Forbruk", "Forbruk", "Spent"),
    ("economy_forecast", "Prognose", "Prognose", "Forecast"),
    ("percent", "Prosent", "Prosent", "Per cent"),
    (
        "economy_comments",
        "Kommentarar til økonomien",
        "Kommentarer til økonomien",
        "Comments on the economy",
    ),
    (
        "economy_with_below",
        "Med {units|einingane} under",
        "Med {units|enhetene} under",
        "With the {units|units} below",
    ),
    (
        "council_no_economy",
        "Ingen rapport for perioden har tal for økonomi.",
        "Ingen rapport for perioden har tall for økonomi.",
        "No report for the period gives figures for the economy.",
    ),
    (
        "council_no_goals",
        "Ingen rapport for perioden vurderer måloppnåinga; det gjer årsrapportane.",
        "Ingen rapport for perioden vurderer måloppnåelsen; det gjør årsrapportene.",
        "No report for the period assesses goal achievement; the annual reports do.",
    ),
    (
        "council_indicators",
        "{indicators|Indikatorar} og målverdiar",
        "{indicators|Indikatorer} og målverdier",
        "{indicators|Indicators} and their targets",
    ),
    (
        "council_no_indicators",
        "Ingen indikator har eit mål for perioden.",
        "Ingen indikator har et mål for perioden.",
        "No indicator has a target for the period.",
    ),
    ("target_met_head", "Nådd?", "Nådd?", "Met?"),
    ("latest_value", "Siste verdi", "Siste verdi", "Latest value"),
    (
        "avvik_closed",
        "Lukka avvik",
        "Lukkede avvik",
        "Closed deviations",
    ),
    (
        "avvik_open_heading",
        "Opne avvik",
        "Åpne avvik",
        "Open deviations",
    ),
    ("avvik_closed_on", "Lukka", "Lukket", "Closed"),
    ("avvik_measure", "Oppfølging", "Oppfølging", "Follow-up"),
    (
        "standing",
        "Kvar arbeidet står",
        "Hvor arbeidet står",
        "Where the work stands",
    ),
    (
        "standing_no_assignment",
        "Det er ikkje publisert nokon status for dette.",
        "Det er ikke publisert noen status for dette.",
        "No status has been published for this.",
    ),
    (
        "standing_no_report",
        "Ingen statusrapport har nemnt dette enno; statusen er den oppdraget vart gitt med.",
        "Ingen statusrapport har nevnt dette ennå; statusen er den oppdraget ble gitt med.",
        "No status report has mentioned this yet; the status is the one the assignment was given.",
    ),
    ("new_deadline", "Ny frist", "Ny frist", "New deadline"),
    (
        "latest_comment",
        "Siste kommentar",
        "Siste kommentar",
        "Latest comment",
    ),
    // Issue 18: the internal front page, headings over lists of units, empty sections.
    ("nav_overview", "Oversikt", "Oversikt", "Overview"),
    ("menu", "Meny", "Meny", "Menu"),
    ("reported_heading", "Rapportert", "Rapportert", "Reported"),
    (
        "folder_print_plans",
        "Verksemdsplanar for utskrift",
        "Virksomhetsplaner for utskrift",
        "Business plans for printing",
    ),
    (
        "folder_agreements",
        "Leiaravtalar",
        "Lederavtaler",
        "Leader agreements",
    ),
    (
        "folder_control_years",
        "Årsrapportar for internkontroll",
        "Årsrapporter for internkontroll",
        "Internal control annual reports",
    ),
    (
        "no_assessments",
        "Ingen {goals|mål} er vurderte for denne perioden.",
        "Ingen {goals|mål} er vurdert for denne perioden.",
        "No {goals|goal} was assessed for this period.",
    ),
    (
        "filter_list",
        "Avgrens lista",
        "Avgrens listen",
        "Filter the list",
    ),
    (
        "filter_people_units",
        "Finn ein person eller ei {unit|eining}",
        "Finn en person eller en {unit|enhet}",
        "Find a person or a {unit|unit}",
    ),
    (
        "filter_shown",
        "{n} av {total} viste",
        "{n} av {total} vist",
        "{n} of {total} shown",
    ),
    ("status_now", "Status no", "Status nå", "Status now"),
    (
        "find_your_unit",
        "Finn {unit|eininga} di",
        "Finn {unit|enheten} din",
        "Find your {unit|unit}",
    ),
    (
        "whole_organisation",
        "Heile organisasjonen",
        "Hele organisasjonen",
        "The whole organisation",
    ),
];
/// The labels of a site: defaults in its language, then its `[terms]`.
#[derive(Debug, Clone)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// Builds the labels and warns about `[terms]` keys that name no label.
    pub fn new(cfg: &SiteConfig, diags: &mut Diagnostics) -> Labels {
        let defaults: BTreeMap<&str, &str> = LABELS
            .iter()
            .map(|(k, nn, nb, en)| {
                let v = match cfg.language {
                    Lang::Nn => nn,
                    Lang::Nb => nb,
                    Lang::En => en,
                };
                (*k, *v)
            })
            .collect();
        // What the site names itself: its terms, and the plurals they imply.
        let mut given = terms::Named::new();
        for (key, value) in &cfg.terms {
            let Some((&k, _)) = defaults.get_key_value(key.value.as_str()) else {
                diags
                    .warning(&cfg.file, key.pos, format!(
                        "`[terms]` has `{}`, which names no label{}",
                        key.value,
                        did_you_mean(&key.value, LABELS.iter().map(|l| l.0))
                    ))
                    .help("term keys are the singular type names (unit, plan, letter, assignment, indicator, checklist, report, goal, strategy, measure, verbal, task) or any label key listed in docs/content-format.md");
                continue;
            };
            given.insert(k, value);
        }
        terms::derive_plurals(&mut given);
        let map = defaults
            .iter()
            .map(|(&k, &default)| {
                let v = match given.get(k) {
                    Some(&term) => term.to_string(),
                    None => terms::fill(default, &given),
                };
                (k.to_string(), v)
            })
            .collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::terms::PLURALS;
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

    fn site(lang: Lang, terms: &[(&str, &str)]) -> Labels {
        let mut cfg = SiteConfig::with_defaults("site.toml".into(), "x".into(), lang);
        for (i, (k, v)) in terms.iter().enumerate() {
            let pos = Pos::new(i as u32 + 3, 1);
            cfg.terms
                .push((Located::new((*k).into(), pos), (*v).into()));
        }
        Labels::new(&cfg, &mut Diagnostics::new())
    }

    /// Every marked word names a concept a term can rename, and the braces close.
    #[test]
    fn every_marked_word_names_a_concept() {
        let concepts: Vec<&str> = PLURALS.iter().flat_map(|(s, p)| [*s, *p]).collect();
        for (key, nn, nb, en) in LABELS {
            for text in [nn, nb, en] {
                let mut rest = *text;
                while let Some(open) = rest.find('{') {
                    let close = rest[open..].find('}').map(|c| open + c);
                    let close =
                        close.unwrap_or_else(|| panic!("{key}: unclosed brace in {text:?}"));
                    let inner = &rest[open + 1..close];
                    if let Some((concept, word)) = inner.split_once('|') {
                        assert!(
                            concepts.contains(&concept),
                            "{key}: `{concept}` is no concept in {text:?}"
                        );
                        assert!(
                            !word.is_empty() && !word.contains(['|', '{']),
                            "{key}: {text:?}"
                        );
                    }
                    rest = &rest[close + 1..];
                }
            }
        }
    }

    #[test]
    fn without_terms_every_label_is_its_default_word_for_word() {
        for lang in [Lang::Nn, Lang::Nb, Lang::En] {
            let l = site(lang, &[]);
            for (key, value) in &l.0 {
                assert!(!value.contains('|'), "{lang:?} {key}: {value:?}");
            }
        }
        let nn = site(Lang::Nn, &[]);
        assert_eq!(nn.get("uncovered_goals"), "Mål utan oppdrag");
        assert_eq!(nn.get("with_units_below"), "Med einingane under");
        assert_eq!(nn.get("search_count"), "{n} treff");
        assert_eq!(site(Lang::En, &[]).get("sub_units"), "Units below");
    }

    #[test]
    fn a_term_fills_the_words_it_stands_for_in_their_case() {
        let l = site(
            Lang::Nn,
            &[
                ("assignment", "Bestilling"),
                ("unit", "Verksemd"),
                ("units", "Verksemder"),
                ("indicator", "KPI"),
                ("verbal", "politisk bestilling"),
            ],
        );
        // Upper case where the default word starts a label, lower case inside one.
        assert_eq!(l.get("uncovered_goals"), "Mål utan bestilling");
        assert_eq!(l.get("overdue_assignments"), "Bestilling over frist");
        assert_eq!(l.get("sub_units"), "Verksemder under");
        assert_eq!(l.get("with_units_below"), "Med verksemder under");
        assert_eq!(l.get("units_count"), "verksemder");
        assert_eq!(l.get("parent_unit"), "Verksemd over");
        assert_eq!(
            l.get("council_verbal"),
            "Politisk bestilling frå kommunestyret"
        );
        // An acronym keeps its capitals.
        assert_eq!(l.get("activity"), "Aktivitet – nøkkeltal og KPI");
        assert_eq!(l.get("indicators_heading"), "KPI");
        // Concepts the site did not rename keep the default word.
        assert_eq!(l.get("goals_and_strategies"), "Mål og strategiar");
        assert_eq!(l.get("status_updates"), "Status på bestilling og oppgåver");
        // "Oppdrag" inside "Oppdragsbrev" is the letter, not the assignment.
        assert_eq!(l.get("letters"), "Oppdragsbrev");
        assert_eq!(
            l.get("letters_without_assignment"),
            "Oppdragsbrev utan bestilling"
        );
        // "Mål" as an indicator's target is not the goal.
        let g = site(Lang::Nb, &[("goal", "Målsetting")]);
        assert_eq!(g.get("target"), "Mål");
        assert_eq!(g.get("matrix"), "Oppdrag per målsetting og enhet");
    }

    #[test]
    fn a_label_the_site_sets_itself_is_taken_as_written() {
        let l = site(
            Lang::En,
            &[
                ("assignment", "Commission"),
                ("uncovered_goals", "Goals {x|y} left"),
            ],
        );
        assert_eq!(l.get("uncovered_goals"), "Goals {x|y} left");
        assert_eq!(l.get("orphans"), "Commission with no goal");
    }
}
