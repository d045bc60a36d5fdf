//! The reporting rhythm (content model v1.2, issue 16): a site whose units report by tertial
//! and year by default and one sector (with the unit below it) that reports every month lists
//! only the units that were due as not having reported — on the period page, the follow-up
//! page, the status pages, Min side, the calendar files and the year wheel. Pages are found
//! by following links where the site links to them.
//!
//! The site, `today` = 2026-10-15: September 2026 and T2 are due, October and T3 in
//! progress, 2025 due and 2026 in progress.
//!
//! ```text
//! kommune        tertial+year (site.toml)   a-kommune (2026)
//! ├ heim         month (its own file)        a-heim (2026)      reported 2026-09
//! │ └ natt       month (inherited)           a-natt (2026)
//! ├ skule        tertial+year                a-skule (2026)     reported 2026-T2 and, unasked, 2026-09
//! └ kultur       tertial+year                nothing of its own: never expected
//! ```

mod common;

use common::*;
use scraper::Html;

const SITE: &str = r#"title = "Rytme"
language = "nn"
today = 2026-10-15
reporting = ["tertial", "year"]
"#;

fn unit(id: &str, parent: Option<&str>, extra: &str) -> String {
    let parent = parent.map_or(String::new(), |p| format!("parent = \"{p}\"\n"));
    let title = match id {
        "kommune" => "Rytme kommune",
        "heim" => "Heimetenester",
        "natt" => "Nattenesta",
        "skule" => "Skule",
        _ => "Kultur",
    };
    format!("+++\ntitle = \"{title}\"\n{parent}{extra}+++\n")
}

fn assignment(id: &str, owner: &str) -> String {
    format!(
        "+++\ntitle = \"Oppdrag {id}\"\nyear = 2026\nowner = \"{owner}\"\ndeadline = 2026-12-01\nstatus = \"i-gang\"\n+++\n"
    )
}

fn report(unit: &str, period: &str) -> String {
    format!("+++\nunit = \"{unit}\"\nperiod = \"{period}\"\ndate = 2026-10-05\n+++\n")
}

fn site(heim_rhythm: &str) -> Site {
    let site = Site::copy_of(&fixture("minimal"));
    let _ = std::fs::remove_dir_all(site.root().join("content"));
    site.write("site.toml", SITE)
        .write("content/org/kommune.md", &unit("kommune", None, ""))
        .write(
            "content/org/heim.md",
            &unit("heim", Some("kommune"), heim_rhythm),
        )
        .write("content/org/natt.md", &unit("natt", Some("heim"), ""))
        .write("content/org/skule.md", &unit("skule", Some("kommune"), ""))
        .write(
            "content/org/kultur.md",
            &unit("kultur", Some("kommune"), ""),
        );
    for (id, owner) in [
        ("a-kommune", "kommune"),
        ("a-heim", "heim"),
        ("a-natt", "natt"),
        ("a-skule", "skule"),
    ] {
        site.write(
            &format!("content/assignments/{id}.md"),
            &assignment(id, owner),
        );
    }
    site.write(
        "content/reports/heim-2026-09.md",
        &report("heim", "2026-09"),
    )
    .write(
        "content/reports/skule-2026-t2.md",
        &report("skule", "2026-T2"),
    )
    .write(
        "content/reports/skule-2026-09.md",
        &report("skule", "2026-09"),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

const MONTHLY: &str = "reporting = [\"month\", \"tertial\", \"year\"]\n";

fn doc(site: &Site, path: &str) -> Html {
    Html::parse_document(&site.page("internal", path))
}

fn texts(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css).iter().map(text).collect()
}

/// The address a link with this text points to, from the page at `from` (both relative to
/// the internal tree's root).
fn follow(site: &Site, from: &str, link_text: &str) -> String {
    let d = doc(site, from);
    let href = select(&d, "a")
        .into_iter()
        .find(|a| text(a) == link_text)
        .and_then(|a| a.value().attr("href").map(str::to_string))
        .unwrap_or_else(|| panic!("no link `{link_text}` on {from}"));
    let base = std::path::Path::new(from).parent().unwrap();
    let mut parts: Vec<String> = base
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for seg in href.split('#').next().unwrap().split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s.to_string()),
        }
    }
    parts.join("/")
}

/// Today's addresses, in one place (issue 15 renames them; tests reach the rest by links).
const FOLLOW_UP: &str = "status/index.html";
const WHEEL: &str = "arshjul/index.html";
fn unit_page(id: &str) -> String {
    format!("einingar/{id}.html")
}

#[test]
fn only_units_due_are_listed_as_not_reported_everywhere() {
    let site = site(MONTHLY);

    // Follow-up page: the month lists only the monthly units, the tertial every unit with
    // work of its own (kultur has none), and an unasked report counts.
    let hub = doc(&site, FOLLOW_UP);
    let missing = |id: &str| texts(&hub, &format!("#rt-current-{id} ul.not-reported a"));
    let count = |id: &str| texts(&hub, &format!("#rt-current-{id} .reporting-count"))[0].clone();
    assert_eq!(missing("2026-09"), ["Nattenesta"]);
    assert!(
        count("2026-09").starts_with("2 av 3 "),
        "{}",
        count("2026-09")
    );
    assert_eq!(missing("2026-10"), ["Heimetenester", "Nattenesta"]);
    assert_eq!(
        missing("2026-T2"),
        ["Rytme kommune", "Heimetenester", "Nattenesta"]
    );
    assert!(
        count("2026-T2").starts_with("1 av 4 "),
        "{}",
        count("2026-T2")
    );

    // The period page of September says the same.
    let sept = doc(&site, &follow(&site, FOLLOW_UP, "September 2026"));
    assert_eq!(texts(&sept, "ul.not-reported a"), ["Nattenesta"]);

    // Forms (unit page, status page, Min side) exist only for periods the unit is due.
    let forms = |page: &str| -> Vec<String> {
        texts(&doc(&site, page), "a[data-raudtrad=\"report-form-link\"]")
    };
    let skule_forms = forms(&unit_page("skule"));
    assert_eq!(
        skule_forms,
        [
            "Rapportskjema 2026",
            "Rapportskjema 2. tertial 2026",
            "Rapportskjema 3. tertial 2026",
        ],
        "skule has nothing for 2025 and does not report monthly"
    );
    let status = follow(
        &site,
        &unit_page("natt"),
        "Heile statusoversikta med einingane under",
    );
    // The status page says which periods the unit reports: natt inherits heim's months.
    assert_eq!(
        texts(&doc(&site, &status), "dd.rhythm"),
        ["månad, tertial, år"]
    );
    let skule_status = follow(
        &site,
        &unit_page("skule"),
        "Heile statusoversikta med einingane under",
    );
    assert_eq!(
        texts(&doc(&site, &skule_status), "dd.rhythm"),
        ["tertial, år"]
    );
    let natt = forms(&status);
    assert!(
        natt.contains(&"Rapportskjema september 2026".to_string()),
        "{natt:?}"
    );
    assert!(
        natt.contains(&"Rapportskjema oktober 2026".to_string()),
        "{natt:?}"
    );
    let min_side = follow(&site, &unit_page("skule"), "Min side for eininga");
    assert_eq!(forms(&min_side), skule_forms);
    assert!(forms(&unit_page("kultur")).is_empty());

    // Calendars: monthly due dates in the monthly units' files only.
    let ics = |id: &str| {
        let path = follow(&site, &unit_page(id), "Årshjulet til eininga (kalenderfil)");
        site.page("internal", &path)
    };
    assert!(ics("natt").contains("report-due-2026-09"));
    assert!(ics("heim").contains("report-due-2026-09"));
    let skule = ics("skule");
    assert!(!skule.contains("report-due-2026-09"), "{skule}");
    assert!(skule.contains("report-due-2026-T2"));

    // The year wheel has the monthly due dates because some unit reports monthly.
    let wheel = doc(&site, WHEEL);
    let due = texts(&wheel, ".event-report-due .event-title");
    assert!(due.iter().any(|t| t.contains("september 2026")), "{due:?}");
}

#[test]
fn without_monthly_units_no_month_is_due_though_monthly_reports_exist() {
    // v1 read every kind of report a site has as expected of every unit; with `reporting`
    // set, a monthly report makes nobody a monthly reporter.
    let site = site("");
    let hub = doc(&site, FOLLOW_UP);
    assert!(select(&hub, "#rt-current-2026-09").is_empty());
    let wheel = doc(&site, WHEEL);
    let due = texts(&wheel, ".event-report-due .event-title");
    assert!(!due.iter().any(|t| t.contains("september 2026")), "{due:?}");
    assert!(due.iter().any(|t| t.contains("2. tertial 2026")), "{due:?}");
    let path = follow(
        &site,
        &unit_page("heim"),
        "Årshjulet til eininga (kalenderfil)",
    );
    assert!(!site.page("internal", &path).contains("report-due-2026-09"));
}

#[test]
fn a_wrong_reporting_value_is_an_error_at_its_line() {
    let site = Site::copy_of(&fixture("minimal"));
    site.write(
        "site.toml",
        "title = \"X\"\nreporting = [\n  \"tertial\",\n  \"quarter\",\n]\n",
    );
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("site.toml:4:3: error: unknown reporting period `quarter` in `reporting`"),
        "{}",
        run.stderr
    );
    let site = Site::copy_of(&fixture("minimal"));
    let org = site.root().join("content/org/kommune.md");
    let text = std::fs::read_to_string(&org).unwrap();
    let text = text.replacen("+++\n", "+++\nreporting = \"monthly\"\n", 1);
    std::fs::write(&org, text).unwrap();
    let run = site.check();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(":2:13: error: unknown reporting period `monthly` in `reporting` (did you mean `month`?)"),
        "{}",
        run.stderr
    );
}
