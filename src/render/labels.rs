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
    // A count of units, as in "(18 einingar)"; `units` is the organisation as a whole.
    ("units_count", "einingar", "enheter", "units"),
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
        "Eining (med einingane under)",
        "Enhet (med enhetene under)",
        "Unit (with the units below it)",
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
        "Sjå alle oppdrag og oppgåver over frist",
        "Se alle oppdrag og oppgaver over frist",
        "See every overdue assignment and task",
    ),
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
    // The group of plans that name no `kind` on the plans index.
    (
        "plans_without_kind",
        "Andre planar",
        "Andre planer",
        "Other plans",
    ),
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
        "From the goals in the plans the council adopted, down to every assignment and task.",
    ),
    (
        "trace_of_plan",
        "Den raude tråden for planen",
        "Den røde tråden for planen",
        "The red thread of this plan",
    ),
    (
        "trace_by_plan",
        "Den raude tråden per plan",
        "Den røde tråden per plan",
        "The red thread by plan",
    ),
    ("sub_goal", "Delmål", "Delmål", "Sub-goal"),
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
        "The ways up to the goals in the plans",
    ),
    (
        "why_none",
        "Ikkje knytt til noko mål i planane.",
        "Ikke knyttet til noe mål i planene.",
        "Not tied to any goal in the plans.",
    ),
    ("in_plan_of", "i", "i", "in"),
    (
        "goal_chain",
        "Plassering i planane",
        "Plassering i planene",
        "Place in the plans",
    ),
    (
        "done_for_goal",
        "Dette blir gjort for målet",
        "Dette blir gjort for målet",
        "What is done for this goal",
    ),
    (
        "done_for_goal_note",
        "Delmåla er rekna med.",
        "Delmålene er regnet med.",
        "Sub-goals are included.",
    ),
    ("count_done", "Fullførte", "Fullførte", "Done"),
    (
        "other_units",
        "Andre einingar",
        "Andre enheter",
        "Other units",
    ),
    (
        "no_assignment",
        "Ingen oppdrag",
        "Ingen oppdrag",
        "No assignment",
    ),
    (
        "by_unit",
        "Oppdrag per eining",
        "Oppdrag per enhet",
        "Assignments by unit",
    ),
    (
        "matrix",
        "Oppdrag per mål og eining",
        "Oppdrag per mål og enhet",
        "Assignments per goal and unit",
    ),
    (
        "matrix_note",
        "Talet på oppdrag med status. Delmål er rekna med i hovudmålet; eit oppdrag som er gitt til fleire einingar, er talt hos kvar av dei.",
        "Antall oppdrag med status. Delmål er regnet med i hovedmålet; et oppdrag som er gitt til flere enheter, er talt hos hver av dem.",
        "Number of assignments with their status. Sub-goals count towards their main goal; an assignment given to several units counts for each of them.",
    ),
    ("coverage", "Dekning", "Dekning", "Coverage"),
    (
        "coverage_note",
        "Berre planar som er vedtekne, er med i lista over mål, tiltak og verbalpunkt utan oppdrag.",
        "Bare vedtatte planer er med i listen over mål, tiltak og verbalpunkt uten oppdrag.",
        "Only adopted plans count in the lists of goals, measures and council resolutions with no assignment.",
    ),
    (
        "uncovered_goals",
        "Mål utan oppdrag",
        "Mål uten oppdrag",
        "Goals with no assignment",
    ),
    (
        "measures_without_assignment",
        "Tiltak utan oppdrag",
        "Tiltak uten oppdrag",
        "Measures with no assignment",
    ),
    (
        "verbal_without_assignment",
        "Verbalpunkt utan oppdrag",
        "Verbalpunkt uten oppdrag",
        "Council resolutions with no assignment",
    ),
    (
        "orphans",
        "Oppdrag utan mål",
        "Oppdrag uten mål",
        "Assignments with no goal",
    ),
    (
        "stale",
        "Oppdrag knytte til mål i utgåtte planar",
        "Oppdrag knyttet til mål i utgåtte planer",
        "Assignments tied to goals of expired plans",
    ),
    (
        "letters_without_assignment",
        "Oppdragsbrev utan oppdrag",
        "Oppdragsbrev uten oppdrag",
        "Letters that gave no assignment",
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
    // Min side.
    ("min_side", "Min side", "Min side", "My page"),
    (
        "min_side_intro",
        "Oppdrag og oppgåver for kvar person som er ansvarleg for noko, og for kvar eining.",
        "Oppdrag og oppgaver for hver person som er ansvarlig for noe, og for hver enhet.",
        "Assignments and tasks for every person responsible for something, and for every unit.",
    ),
    (
        "min_side_rule",
        "Det som er over frist kjem først, så fristane dei neste 30 dagane (frå og med i dag), så resten. Ein leiar ser òg oppdraga og oppgåvene til eininga hen leier.",
        "Det som er over fristen kommer først, så fristene de neste 30 dagene (fra og med i dag), så resten. En leder ser også oppdragene og oppgavene til enheten hen leder.",
        "What is overdue comes first, then deadlines in the next 30 days (from today on), then the rest. A leader also sees the assignments and tasks of the unit they lead.",
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
        "In the assignment",
    ),
    (
        "min_side_of_unit",
        "Min side for eininga",
        "Min side for enheten",
        "The unit's My page",
    ),
    // The year wheel and calendars.
    ("arshjul", "Årshjul", "Årshjul", "Year wheel"),
    (
        "arshjul_intro",
        "Fristane for oppdrag og oppgåver, slutten på kvart tertial og rapportfristane, månad for månad.",
        "Fristene for oppdrag og oppgaver, slutten på hvert tertial og rapportfristene, måned for måned.",
        "The deadlines of assignments and tasks, the end of each tertial and the report deadlines, month by month.",
    ),
    (
        "report_due_rule",
        "Dagar frå slutten på ein periode til rapportfristen",
        "Dager fra slutten på en periode til rapportfristen",
        "Days from the end of a period to its report deadline",
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
        "The period ends. Its report follows.",
    ),
    (
        "event_report_due",
        "Rapportfrist",
        "Rapportfrist",
        "Report due",
    ),
    (
        "event_report_due_note",
        "Siste dag for rapporten for perioden.",
        "Siste dag for rapporten for perioden.",
        "The last day for the period's report.",
    ),
    ("annual_report", "Årsrapport", "Årsrapport", "Annual report"),
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
        "The unit's year wheel (calendar file)",
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
        "The calendar files (iCalendar) can be imported into or subscribed to in calendar programs. A unit's file has the deadlines of its assignments and tasks and the report deadlines.",
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
        "Back to the unit",
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
        "The agreement rests on the unit's business plan: the goals its assignments serve, the assignments of the year, the key figures, the budget frames and the internal control the leader is responsible for.",
    ),
    (
        "agreement_assignments",
        "Oppdrag for året",
        "Oppdrag for året",
        "Assignments of the year",
    ),
    ("role", "Rolle", "Rolle", "Role"),
    (
        "agreement_internal_control",
        "Leiaren følgjer opp internkontrollen i eininga (kommunelova § 25-1) med desse sjekklistene:",
        "Lederen følger opp internkontrollen i enheten (kommuneloven § 25-1) med disse sjekklistene:",
        "The leader follows up the unit's internal control (Local Government Act § 25-1) with these checklists:",
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
        "What the municipality is working on: the goals of its plans, the measures and resolutions the council adopted, and how the work is going.",
    ),
    (
        "work_by_goal",
        "Arbeid etter mål",
        "Arbeid etter mål",
        "Work by goal",
    ),
    (
        "work_total",
        "Oppdrag i alt",
        "Oppdrag totalt",
        "Assignments",
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
        "Tala er oppdrag som er offentlege, etter status no.",
        "Tallene er oppdrag som er offentlige, etter status nå.",
        "The figures are public assignments, by their current status.",
    ),
    (
        "council_verbal",
        "Verbalpunkt frå kommunestyret",
        "Verbalpunkt fra kommunestyret",
        "Council resolutions",
    ),
    (
        "priority_measures",
        "Prioriterte tiltak",
        "Prioriterte tiltak",
        "Priority measures",
    ),
    (
        "adopted_plans",
        "Vedtekne planar",
        "Vedtatte planer",
        "Adopted plans",
    ),
    (
        "plans_on_hearing",
        "Planar på høyring",
        "Planer på høring",
        "Plans on public consultation",
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
        "Ingen offentlege oppdrag enno",
        "Ingen offentlige oppdrag ennå",
        "No public assignments yet",
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
