//! Where each page and file lives in a tree: every address either tree has is made here and
//! nowhere else.
//!
//! A page is a file, `FOLDER/ID.html`, in a folder named in the site's language (the one
//! table below, [`folder`]); a folder that has an overview of what it holds also has
//! `FOLDER/index.html`. Tasks and checklist items have no page of their own: they are
//! sections of their assignment's or checklist's page (`oppdrag/x.html#task-id`). Every link
//! is relative (`../einingar/x.html`), so a tree works from `file://`, at a domain's root and
//! under any sub-path. `[terms]` renames labels, never addresses.
//!
//! Also made here: the anchors one page links to on another (or on itself, from a chart's
//! bar), and the absolute addresses of what needs one (the feed, the sitemap, calendars, the
//! 404 page), from where a tree is published.

use std::borrow::Cow;

use crate::config::Lang;
use crate::model::vocab::{Audience, Kind, Period};
use crate::model::{Data, Graph, ItemId};

/// A family of pages (or files) with a folder of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folder {
    /// The pages of one kind of item (`einingar/`, `mal/`, …) and its index page.
    Items(Kind),
    /// The follow-up page (`status/index.html`) and each unit's status overview.
    Status,
    /// The reporting periods' pages.
    Periods,
    /// The internal-control summaries by year.
    ControlYears,
    /// The year wheel: this year's page (`index.html`), other years', the calendar files.
    Arshjul,
    /// The unit calendars (below the year wheel's folder).
    Calendars,
    /// Min side: its index, and (below it) a page per person and per unit.
    MinSide,
    /// Min side's pages of people (below [`Folder::MinSide`]).
    People,
    /// Den raude tråden: the municipality's page (`index.html`) and one per plan.
    Trace,
    /// A unit's whole verksemdsplan for printing.
    Verksemdsplan,
    /// A unit leader's agreement, for printing.
    Leiaravtale,
    /// The search page (`index.html`) and the register's letters.
    Search,
    /// Files beside content, published as they are.
    Files,
    /// The report forms (internal tree only).
    ReportForms,
    /// The reports to the council, one per tertial and year.
    Council,
}

/// THE table of folder names, by the site's language: `[nn, nb, en]`. ASCII only, so an
/// address is the same typed, copied or percent-encoded. Addresses, not words: they stay out of
/// the label files, since a theme that renamed one would break every link made to the page
/// before and could put two folders at one address.
fn names(folder: Folder) -> [&'static str; 3] {
    match folder {
        Folder::Items(kind) => match kind {
            Kind::Unit => ["einingar", "enheter", "units"],
            Kind::Plan => ["planar", "planer", "plans"],
            Kind::Goal => ["mal", "mal", "goals"],
            Kind::Strategy => ["strategiar", "strategier", "strategies"],
            Kind::Measure => ["tiltak", "tiltak", "measures"],
            Kind::Verbal => ["verbalpunkt", "verbalpunkter", "council-notes"],
            Kind::Letter => ["oppdragsbrev", "oppdragsbrev", "letters"],
            Kind::Assignment | Kind::Task => ["oppdrag", "oppdrag", "assignments"],
            Kind::Indicator => ["indikatorar", "indikatorer", "indicators"],
            Kind::Checklist | Kind::CheckItem => ["sjekklister", "sjekklister", "checklists"],
            Kind::Report => ["rapportar", "rapporter", "reports"],
            // Own events have no pages: they are anchors on the year wheel.
            Kind::Event => names(Folder::Arshjul),
        },
        Folder::Status => ["status", "status", "status"],
        Folder::Periods => ["periodar", "perioder", "periods"],
        Folder::ControlYears => ["internkontroll", "internkontroll", "internal-control"],
        Folder::Arshjul => ["arshjul", "arshjul", "year-wheel"],
        Folder::Calendars => ["kalender", "kalender", "calendar"],
        Folder::MinSide => ["min-side", "min-side", "my-page"],
        Folder::People => ["personar", "personer", "people"],
        Folder::Trace => ["raud-trad", "rod-trad", "trace"],
        Folder::Verksemdsplan => ["verksemdsplan", "virksomhetsplan", "business-plan"],
        Folder::Leiaravtale => ["leiaravtale", "lederavtale", "leader-agreement"],
        Folder::Search => ["sok", "sok", "search"],
        Folder::Files => ["filer", "filer", "files"],
        Folder::ReportForms => ["rapportskjema", "rapportskjema", "report-forms"],
        Folder::Council => ["kommunestyret", "kommunestyret", "council"],
    }
}

/// Pages at the tree's root, by language `[nn, nb, en]` (file names without `.html`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RootPage {
    /// Every task of the tree in one list (tasks have no folder: they live on assignments).
    Tasks,
    Accessibility,
}

fn root_names(page: RootPage) -> [&'static str; 3] {
    match page {
        RootPage::Tasks => ["oppgaver", "oppgaver", "tasks"],
        RootPage::Accessibility => ["tilgjengelegheit", "tilgjengelighet", "accessibility"],
    }
}

fn pick(lang: Lang, names: [&'static str; 3]) -> &'static str {
    match lang {
        Lang::Nn => names[0],
        Lang::Nb => names[1],
        Lang::En => names[2],
    }
}

/// The folder's name in `lang`.
pub fn folder(lang: Lang, folder: Folder) -> &'static str {
    pick(lang, names(folder))
}

/// The page a folder has of its own, where it has one.
pub const FOLDER_INDEX: &str = "index.html";
/// The front page of a tree.
pub const FRONT: &str = "index.html";
/// What a server sends for a missing path.
pub const NOT_FOUND: &str = "404.html";
pub const FEED: &str = "feed.xml";
pub const ROBOTS: &str = "robots.txt";
pub const SITEMAP: &str = "sitemap.xml";

fn lang_of(g: &Graph) -> Lang {
    g.config.language
}

fn in_folder(lang: Lang, f: Folder, file: &str) -> String {
    format!("{}/{file}", folder(lang, f))
}

/// The page of an item, from the tree's root; a task or a checklist item is an anchor on its
/// assignment's or checklist's page.
pub fn item_path(g: &Graph, id: ItemId) -> String {
    let mut out = String::new();
    push_item_path(g, id, &mut out);
    out
}

/// [`item_path`] written at the end of `out`: a link's address is the page's way up to the
/// tree's root and then this, made in one string (a page of cards makes thousands).
pub fn push_item_path(g: &Graph, id: ItemId, out: &mut String) {
    let item = g.item(id);
    match &item.data {
        Data::CheckItem(ci) => {
            push_item_path(g, ci.checklist, out);
            out.push('#');
            out.push_str(&item.key);
        }
        // An event is an anchor on the year wheel of its year (of today's, for a yearly one).
        Data::Event(e) => {
            let year = match e.day {
                crate::model::vocab::EventDay::Date(d) => chrono::Datelike::year(&d),
                crate::model::vocab::EventDay::Yearly { .. } => chrono::Datelike::year(&g.today),
            };
            out.push_str(&arshjul_path(g, year));
            out.push('#');
            out.push_str(&event_anchor(&item.key));
        }
        Data::Task(t) => {
            push_item_path(g, t.assignment, out);
            out.push('#');
            out.push_str(&item.key);
        }
        _ => {
            out.push_str(folder(lang_of(g), Folder::Items(item.kind)));
            out.push('/');
            out.push_str(&item.key);
            out.push_str(".html");
        }
    }
}

/// Whether an item has a page of its own (tasks and checklist items are sections of one).
pub fn has_page(kind: Kind) -> bool {
    !matches!(kind, Kind::Task | Kind::CheckItem | Kind::Event)
}

/// The index page of a kind: its folder's own page, or for tasks (which have no folder) a
/// page at the root.
pub fn index_path(lang: Lang, kind: Kind) -> String {
    match kind {
        Kind::Task => format!("{}.html", pick(lang, root_names(RootPage::Tasks))),
        _ => in_folder(lang, Folder::Items(kind), FOLDER_INDEX),
    }
}

/// The accessibility statement.
pub fn accessibility_path(lang: Lang) -> String {
    format!("{}.html", pick(lang, root_names(RootPage::Accessibility)))
}

/// The follow-up page: status, reporting periods and internal control.
pub fn follow_up_path(lang: Lang) -> String {
    in_folder(lang, Folder::Status, FOLDER_INDEX)
}

/// A unit's status overview, e.g. `status/helse.html`.
pub fn unit_status_path(g: &Graph, unit: ItemId) -> String {
    in_folder(
        lang_of(g),
        Folder::Status,
        &format!("{}.html", g.item(unit).key),
    )
}

/// A reporting period's page, e.g. `periodar/2026-T1.html`.
pub fn period_path(lang: Lang, period: Period) -> String {
    in_folder(lang, Folder::Periods, &format!("{period}.html"))
}

/// A year's internal-control summary, e.g. `internkontroll/2026.html`.
pub fn control_year_path(lang: Lang, year: i32) -> String {
    in_folder(lang, Folder::ControlYears, &format!("{year}.html"))
}

/// The year wheel: the folder's own page for the year of `today`, `arshjul/YEAR.html` for
/// another.
pub fn arshjul_path(g: &Graph, year: i32) -> String {
    use chrono::Datelike;
    let file = if year == g.today.year() {
        FOLDER_INDEX.to_string()
    } else {
        format!("{year}.html")
    };
    in_folder(lang_of(g), Folder::Arshjul, &file)
}

/// A month of the year wheel with more deadlines than its year's page shows
/// (`arshjul/2026-03.html`).
pub fn arshjul_month_path(g: &Graph, year: i32, month: u32) -> String {
    in_folder(
        lang_of(g),
        Folder::Arshjul,
        &format!("{year}-{month:02}.html"),
    )
}

/// A calendar file: the municipality's (`arshjul/kalender.ics`) or a unit's
/// (`arshjul/kalender/ID.ics`).
pub fn calendar_path(g: &Graph, unit: Option<ItemId>) -> String {
    let lang = lang_of(g);
    let wheel = folder(lang, Folder::Arshjul);
    let calendars = folder(lang, Folder::Calendars);
    match unit {
        None => format!("{wheel}/{calendars}.ics"),
        Some(u) => format!("{wheel}/{calendars}/{}.ics", g.item(u).key),
    }
}

/// Min side's index of people and units.
pub fn min_side_path(lang: Lang) -> String {
    in_folder(lang, Folder::MinSide, FOLDER_INDEX)
}

/// A person's Min side, by the person's slug.
pub fn min_side_person_path(lang: Lang, slug: &str) -> String {
    format!(
        "{}/{}/{slug}.html",
        folder(lang, Folder::MinSide),
        folder(lang, Folder::People)
    )
}

/// A unit's Min side.
pub fn min_side_unit_path(g: &Graph, unit: ItemId) -> String {
    let lang = lang_of(g);
    format!(
        "{}/{}/{}.html",
        folder(lang, Folder::MinSide),
        folder(lang, Folder::Items(Kind::Unit)),
        g.item(unit).key
    )
}

/// The report form of a unit for the open periods of a year (internal tree only):
/// `rapportskjema/UNIT.YEAR.html`. A year holds no `.`, so the last `.` parts the two and no
/// unit and year can spell another's address. One form serves every period of the year: what
/// a unit reports on is the same for each (its own items and checklists of that year), so a
/// page per period would repeat it.
pub fn report_form_path(g: &Graph, unit: ItemId, year: i32) -> String {
    in_folder(
        lang_of(g),
        Folder::ReportForms,
        &format!("{}.{year}.html", g.item(unit).key),
    )
}

/// The anchor of a period's choice on its year's report form: a link to it opens the form
/// with that period chosen.
pub fn report_period_anchor(period: Period) -> String {
    format!("rf-period-{period}")
}

/// Where the report form suggests the new report file goes, relative to the site root:
/// `content/reports/UNIT-PERIOD.md`, or with `-2`, `-3`, … when that id is taken (a report's
/// id is its file name, and ids are unique across the site).
pub fn report_file_path(g: &Graph, unit: ItemId, period: Period) -> String {
    let stem = format!("{}-{}", g.item(unit).key, period.to_string().to_lowercase());
    let mut id = stem.clone();
    let mut n = 2;
    while g.lookup(&id).is_some() {
        id = format!("{stem}-{n}");
        n += 1;
    }
    format!("content/reports/{id}.md")
}

/// Den raude tråden: the municipality's page (`None`) or a plan's.
pub fn trace_path(g: &Graph, plan: Option<ItemId>) -> String {
    let file = match plan {
        None => FOLDER_INDEX.to_string(),
        Some(p) => format!("{}.html", g.item(p).key),
    };
    in_folder(lang_of(g), Folder::Trace, &file)
}

/// A unit's whole verksemdsplan, for printing.
pub fn verksemdsplan_path(g: &Graph, unit: ItemId) -> String {
    in_folder(
        lang_of(g),
        Folder::Verksemdsplan,
        &format!("{}.html", g.item(unit).key),
    )
}

/// A unit leader's agreement, for printing.
pub fn leiaravtale_path(g: &Graph, unit: ItemId) -> String {
    in_folder(
        lang_of(g),
        Folder::Leiaravtale,
        &format!("{}.html", g.item(unit).key),
    )
}

/// The search page.
pub fn search_path(lang: Lang) -> String {
    in_folder(lang, Folder::Search, FOLDER_INDEX)
}

/// A letter's page of the register from A to Å, by the letter's slug (`a`, `ae`, `0-9`).
pub fn az_path(lang: Lang, slug: &str) -> String {
    in_folder(lang, Folder::Search, &format!("{slug}.html"))
}

/// The open-data files: the same address in every language, for the programs that read them.
pub const DATA_JSON: &str = "data/items.json";
pub const DATA_CSV: &str = "data/items.csv";

/// A place on a page: `PATH#ANCHOR`, or with an empty path `#ANCHOR`, a place on the page
/// itself.
pub fn at(path: &str, anchor: &str) -> String {
    format!("{path}#{anchor}")
}

/// The anchor of an event of the site's own on the year wheel.
pub fn event_anchor(key: &str) -> String {
    format!("event-{key}")
}

/// The anchor of a unit's assignments on a goal's page, where the traceability matrix's
/// cells lead.
pub fn goal_unit_anchor(g: &Graph, unit: ItemId) -> String {
    format!("rt-unit-{}", g.item(unit).key)
}

/// The anchor of the assignments on a goal's page whose units the audience does not see.
pub const GOAL_OTHER_UNITS: &str = "rt-unit-other";

/// The anchor of the tree below a goal on its page, where the matrix's totals lead.
pub const GOAL_TREE: &str = "rt-tree";

/// The anchor of a unit's own items of status `i` on its status overview (`a`ssignments or
/// `t`asks), where a bar of its chart leads.
pub fn own_status_anchor(kind: char, i: usize) -> String {
    format!("rt-own-{kind}-{i}")
}

/// The anchor of the items reported with status `i` on a period's page (`a`ssignments or
/// `t`asks), where a bar of its chart leads.
pub fn reported_status_anchor(kind: char, i: usize) -> String {
    format!("rt-reported-{kind}-{i}")
}

/// The id of the chart of a checklist's answers on the checklist's own page, where its
/// matrix of every answer is.
pub const CHECKLIST_CHART: &str = "rt-chart-control";

/// The anchor of a section of a checklist's answers (`avvik`, `missing`, `matrix`), by the id
/// of the chart above it (`partials/control.html` makes the same ids).
pub fn control_section(chart_id: &str, section: &str) -> String {
    format!("{chart_id}-{section}")
}

/// The council report (tertialrapport, årsmelding) of a tertial or a year, e.g.
/// `kommunestyret/2026-T2.html`.
pub fn council_report_path(lang: Lang, period: Period) -> String {
    in_folder(lang, Folder::Council, &format!("{period}.html"))
}

/// A link to a case in the municipality's meeting or journal portal, from site.toml
/// `case_url` (`https://…/sak/{case}`): the case is percent-encoded into the template.
pub fn case_url(template: &str, case: &str) -> String {
    let encoded = percent_encoding::utf8_percent_encode(case.trim(), CASE).to_string();
    template.replace("{case}", &encoded)
}

/// Everything but unreserved characters is encoded, so `PS 98/2025` stays one path segment.
const CASE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The address a tree is published at, without a trailing `/`: `base_url` for the open tree,
/// `internal_base_url` for the internal one.
pub fn base_url(g: &Graph, audience: Audience) -> Option<&str> {
    match audience {
        Audience::Open => g.config.base_url.as_deref(),
        Audience::Internal => g.config.internal_base_url.as_deref(),
    }
}

/// The path part of the tree's address with a `/` at each end (`/styring/`), or `/` when
/// the address is not known: the tree is then taken to be at the root of its server.
pub fn published_path(g: &Graph, audience: Audience) -> String {
    path_of(base_url(g, audience))
}

fn path_of(url: Option<&str>) -> String {
    let Some(url) = url else {
        return "/".into();
    };
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme
        .find('/')
        .map_or("", |i| &after_scheme[i..])
        .trim_matches('/');
    if path.is_empty() {
        "/".into()
    } else {
        format!("/{path}/")
    }
}

/// The absolute address of a page or file, from the address of its tree (see [`base_url`]).
pub fn absolute(base: &str, path: &str) -> String {
    format!("{base}/{path}")
}

/// An absolute address for a page of the open tree, where the site has a `base_url`; the
/// internal tree has no public address.
pub fn public_url(g: &Graph, audience: Audience, path: &str) -> Option<String> {
    let base = g.config.base_url.as_deref()?;
    (audience == Audience::Open).then(|| absolute(base, path))
}

/// Where a file beside content is published.
pub fn asset_path(lang: Lang, content_rel: &str) -> String {
    in_folder(lang, Folder::Files, content_rel)
}

/// A page's path as a file system and a browser read it: `.` and `..` resolved (a `..`
/// above the root is dropped, as a browser drops it).
pub fn resolved(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// Pages of one tree that land on the same file, whatever the layout: each as (a page, the
/// first page at its address), in list order. Ids make item pages' paths, so an id can
/// name another page's file (an index, the front page, a fixed page); this is how the
/// rule that forbids it follows the addresses made here.
pub fn collisions(paths: &[&str]) -> Vec<(usize, usize)> {
    let mut first: rustc_hash::FxHashMap<Cow<str>, usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(paths.len(), Default::default());
    let mut found = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        match first.entry(collision_key(path)) {
            std::collections::hash_map::Entry::Occupied(e) => found.push((i, *e.get())),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    found
}

/// The pairs of [`collisions`] that hold one of the pages `own`, found without hashing
/// every path: one pass over the others for each of them.
pub fn collisions_of(paths: &[&str], own: &[usize]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for &i in own {
        let key = collision_key(paths[i]);
        if let Some(j) = (0..paths.len()).find(|&j| j != i && collision_key(paths[j]) == key) {
            // As `collisions` gives them: the later page, then the first at the address.
            found.push((i.max(j), i.min(j)));
        }
    }
    found
}

/// The address a page's path stands for, as two pages are compared: almost every path has
/// no `.` segment and is its own resolved form.
fn collision_key<'p>(path: &'p str) -> Cow<'p, str> {
    if path.split('/').any(|p| p == "." || p == "..") {
        Cow::Owned(resolved(path))
    } else {
        Cow::Borrowed(path)
    }
}

/// The index page of the folder that holds the page at `page_path`, as a reader shortens
/// its address by one step: `verksemdsplan/skule/index.html` → `verksemdsplan/index.html`,
/// `verksemdsplan/skule.html` → `verksemdsplan/index.html`, `data/items.json` →
/// `data/index.html`.
pub fn folder_index(page_path: &str) -> String {
    let page = page_path.strip_suffix("/index.html").unwrap_or(page_path);
    match page.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/index.html"),
        None => "index.html".into(),
    }
}

/// `../` once per folder the page is in.
pub fn root_prefix(page_path: &str) -> String {
    "../".repeat(page_path.matches('/').count())
}

/// The search index's entry file, whose extension (`js` or `json`) says how its files are
/// loaded (see [`crate::model::audience::IndexFormat`]).
pub fn search_entry(ext: &str) -> String {
    format!("search/entry.{ext}")
}

/// A file of the search index the entry file names: its folder (the index's version) and
/// its name.
pub fn search_file(dir: &str, name: &str) -> String {
    format!("search/{dir}/{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collisions_resolve_dots() {
        assert_eq!(resolved("org/./index.html"), "org/index.html");
        assert_eq!(resolved("org/../index.html"), "index.html");
        let paths = [
            "index.html",
            "org/index.html",
            "org/x/index.html",
            "org/../index.html",
        ];
        assert_eq!(collisions(&paths), vec![(3, 0)]);
    }

    #[test]
    fn folder_indexes() {
        assert_eq!(
            folder_index("verksemdsplan/skule/index.html"),
            "verksemdsplan/index.html"
        );
        assert_eq!(folder_index("periodar/2026-T1.html"), "periodar/index.html");
        assert_eq!(folder_index("einingar/skule.html"), "einingar/index.html");
        assert_eq!(folder_index("data/items.json"), "data/index.html");
        assert_eq!(folder_index("x/index.html"), "index.html");
    }

    #[test]
    fn prefixes() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("einingar/index.html"), "../");
        assert_eq!(root_prefix("min-side/personar/x.html"), "../../");
    }

    const ALL_FOLDERS: [Folder; 25] = [
        Folder::Items(Kind::Unit),
        Folder::Items(Kind::Plan),
        Folder::Items(Kind::Goal),
        Folder::Items(Kind::Strategy),
        Folder::Items(Kind::Measure),
        Folder::Items(Kind::Verbal),
        Folder::Items(Kind::Letter),
        Folder::Items(Kind::Assignment),
        Folder::Items(Kind::Indicator),
        Folder::Items(Kind::Checklist),
        Folder::Items(Kind::Report),
        Folder::Status,
        Folder::Periods,
        Folder::ControlYears,
        Folder::Arshjul,
        Folder::MinSide,
        Folder::Trace,
        Folder::Verksemdsplan,
        Folder::Leiaravtale,
        Folder::Search,
        Folder::Files,
        // Below other folders, so they need only differ from their siblings there.
        Folder::Calendars,
        Folder::People,
        Folder::Items(Kind::Task),
        Folder::Items(Kind::CheckItem),
    ];

    /// Two families in one folder would let one's id take the other's address.
    #[test]
    fn top_folders_differ_in_every_language() {
        for lang in [Lang::Nn, Lang::Nb, Lang::En] {
            let top: Vec<&str> = ALL_FOLDERS[..21].iter().map(|&f| folder(lang, f)).collect();
            for (i, a) in top.iter().enumerate() {
                assert!(!top[i + 1..].contains(a), "{lang:?}: `{a}` twice");
                assert!(a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            }
            for page in [RootPage::Tasks, RootPage::Accessibility] {
                assert!(!top.contains(&pick(lang, root_names(page))));
            }
            assert!(!top.contains(&"data"));
        }
    }

    #[test]
    fn published_paths() {
        assert_eq!(path_of(None), "/");
        assert_eq!(path_of(Some("https://kommune.no")), "/");
        assert_eq!(
            path_of(Some("https://kommune.no/styring/plan")),
            "/styring/plan/"
        );
        assert_eq!(path_of(Some("https://kommune.no/styring/")), "/styring/");
    }

    #[test]
    fn a_case_is_one_encoded_path_segment() {
        assert_eq!(
            case_url("https://x.example/sak/{case}", " PS 98/2025 "),
            "https://x.example/sak/PS%2098%2F2025"
        );
        assert_eq!(
            case_url("https://x.example/?q={case}&t=1", "Sak 12-3.æ"),
            "https://x.example/?q=Sak%2012-3.%C3%A6&t=1"
        );
    }
}
