//! The Hugo and Zola flavours: a plain site with one page per page of raudtrad's internal tree
//! for the same N and seed, each with the body of the item it stands for, so that a benchmark
//! can compare the three tools on the same pages and the same Markdown.
//!
//! Ported from the project baseline's `gen_corpus.py` (/work/shared/baseline): the same
//! template set for both tools — base, home (each section with its 10 latest pages), section
//! lists paginated by 50, taxonomy lists and terms paginated by 50 (`unit` and `goal`), a page
//! template with a metadata list and the content, and 404 — with no feeds, no minification,
//! no search index, sitemap and robots.txt on. Links between pages are checked at build time
//! in both: Zola's `@/section/page.md`, and in Hugo a content path `/section/page.md` resolved by
//! a render-link hook. Unlike the baseline, there is no "other pages of this unit" aside: it
//! makes Zola quadratic (see BASELINE.md), and raudtrad's lists are computed once, so leaving
//! it out compares like with like.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use super::municipality::{Municipality, PlainPage};
use super::write::{Writer, Written, resolve_links};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tool {
    Hugo,
    Zola,
}

const PER_PAGE: usize = 50;

/// Sections in the order of the navigation, with their titles.
const SECTIONS: &[(&str, &str)] = &[
    ("org", "Organisasjon"),
    ("plans", "Planar"),
    ("goals", "Mål"),
    ("strategies", "Strategiar"),
    ("measures", "Tiltak"),
    ("verbal", "Verbalpunkt"),
    ("letters", "Oppdragsbrev"),
    ("assignments", "Oppdrag"),
    ("tasks", "Oppgåver"),
    ("indicators", "Indikatorar"),
    ("checklists", "Sjekklister"),
    ("reports", "Rapportar"),
];

fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("[{}]", q.join(", "))
}

fn nav(tool: Tool) -> String {
    let mut out = String::from("<nav><a href=\"/\">Heim</a>");
    for (sec, title) in SECTIONS {
        write!(out, " · <a href=\"/{sec}/\">{title}</a>").unwrap();
    }
    out.push_str(
        " · <a href=\"/unit/\">Einingar</a> · <a href=\"/goal/\">Mål (taksonomi)</a></nav>",
    );
    if tool == Tool::Zola {
        out = out.replace("href=\"/\"", "href=\"{{ get_url(path=\"/\") }}\"");
    }
    out
}

/// Writes `pages` plain pages: the municipality's page list, repeated with new slugs if raudtrad
/// has more pages than items (its index pages, front page and 404), cut if it has fewer.
pub fn write(m: &Municipality, tool: Tool, pages: usize, root: &Path) -> io::Result<Written> {
    let mut w = Writer::new(root);
    match tool {
        Tool::Hugo => {
            w.write("hugo.toml", &hugo_config())?;
            for (name, text) in hugo_layouts() {
                w.write(&format!("layouts/{name}"), &text)?;
            }
        }
        Tool::Zola => {
            w.write("config.toml", &zola_config())?;
            for (name, text) in zola_templates() {
                w.write(&format!("templates/{name}"), &text)?;
            }
        }
    }
    w.write(
        "content/_index.md",
        "+++\ntitle = \"Fjordvik kommune\"\n+++\n\nSyntetisk kommune for ytingsmåling.\n",
    )?;
    for (sec, title) in SECTIONS {
        let text = match tool {
            Tool::Zola => format!(
                "+++\ntitle = \"{title}\"\nsort_by = \"date\"\npaginate_by = {PER_PAGE}\n+++\n"
            ),
            Tool::Hugo => format!("+++\ntitle = \"{title}\"\n+++\n"),
        };
        w.write(&format!("content/{sec}/_index.md"), &text)?;
    }

    // A body links to a file-level item; its plain page has the item's id as slug.
    let section_of: HashMap<&str, &'static str> = m
        .docs
        .iter()
        .map(|d| {
            let first = d.path.split('/').next().unwrap_or("");
            let sec = SECTIONS
                .iter()
                .map(|(s, _)| *s)
                .find(|s| *s == first)
                .expect("every content folder is a plain section");
            (d.id.as_str(), sec)
        })
        .collect();
    for k in 0..pages {
        let page = &m.pages[k % m.pages.len()];
        let round = k / m.pages.len();
        let slug = match round {
            0 => page.slug.clone(),
            r => format!("{}-kopi-{r}", page.slug),
        };
        let body = resolve_links(&page.body, |id| {
            let sec = section_of[id];
            match tool {
                Tool::Zola => format!("@/{sec}/{id}.md"),
                Tool::Hugo => format!("/{sec}/{id}.md"),
            }
        });
        let text = page_text(tool, page, &slug, &body);
        w.write(&format!("content/{}/{slug}.md", page.section), &text)?;
    }
    Ok(w.written)
}

fn page_text(tool: Tool, p: &PlainPage, slug: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 512);
    out.push_str("+++\n");
    writeln!(out, "title = {}", quoted(&p.title)).unwrap();
    writeln!(out, "date = {}", p.date.format("%Y-%m-%d")).unwrap();
    writeln!(out, "description = {}", quoted(&p.summary)).unwrap();
    let terms = format!(
        "unit = {}\ngoal = {}\n",
        list(std::slice::from_ref(&p.unit)),
        list(&p.goals)
    );
    let extra = format!(
        "id = {}\nkind = {}\nstatus = {}\nresponsible = {}\n",
        quoted(slug),
        quoted(p.section),
        quoted(&p.status),
        quoted(&p.responsible)
    );
    match tool {
        Tool::Zola => write!(out, "\n[taxonomies]\n{terms}\n[extra]\n{extra}").unwrap(),
        Tool::Hugo => write!(out, "{terms}\n[params]\n{extra}").unwrap(),
    }
    out.push_str("+++\n\n");
    out.push_str(body);
    out
}

fn zola_config() -> String {
    format!(
        r#"base_url = "https://www.fjordvik.kommune.example/"
title = "Fjordvik kommune (syntetisk)"
default_language = "nn"
compile_sass = false
minify_html = false
build_search_index = false
generate_feeds = false

taxonomies = [
  {{ name = "unit", paginate_by = {PER_PAGE} }},
  {{ name = "goal", paginate_by = {PER_PAGE} }},
]
"#
    )
}

fn zola_templates() -> Vec<(&'static str, String)> {
    vec![
        (
            "base.html",
            format!(
                r#"<!doctype html>
<html lang="nn">
<head><meta charset="utf-8"><title>{{% block title %}}{{{{ config.title }}}}{{% endblock %}}</title></head>
<body>
{}
<main>{{% block content %}}{{% endblock %}}</main>
</body>
</html>
"#,
                nav(Tool::Zola)
            ),
        ),
        (
            "index.html",
            r#"{% extends "base.html" %}
{% block content %}
<h1>{{ config.title }}</h1>
{{ section.content | safe }}
{% for s in section.subsections %}
{% set sub = get_section(path=s) %}
<h2><a href="{{ sub.path | safe }}">{{ sub.title }}</a> ({{ sub.pages | length }})</h2>
<ul>{% for p in sub.pages | slice(end=10) %}<li><a href="{{ p.path | safe }}">{{ p.title }}</a> <time>{{ p.date }}</time></li>{% endfor %}</ul>
{% endfor %}
{% endblock %}
"#
            .into(),
        ),
        (
            "section.html",
            r#"{% extends "base.html" %}
{% block title %}{{ section.title }}{% endblock %}
{% block content %}
<h1>{{ section.title }}</h1>
<ul>
{% for p in paginator.pages %}<li><a href="{{ p.path | safe }}">{{ p.title }}</a> <time>{{ p.date }}</time> – {{ p.extra.status }}</li>
{% endfor %}</ul>
<nav>{% if paginator.previous %}<a href="{{ paginator.previous | safe }}">Førre</a>{% endif %} Side {{ paginator.current_index }} av {{ paginator.number_pagers }} {% if paginator.next %}<a href="{{ paginator.next | safe }}">Neste</a>{% endif %}</nav>
{% endblock %}
"#
            .into(),
        ),
        (
            "page.html",
            r#"{% extends "base.html" %}
{% block title %}{{ page.title }}{% endblock %}
{% block content %}
<article data-pagefind-body>
<h1>{{ page.title }}</h1>
<dl>
<dt>ID</dt><dd>{{ page.extra.id }}</dd>
<dt>Dato</dt><dd>{{ page.date }}</dd>
<dt>Status</dt><dd>{{ page.extra.status }}</dd>
<dt>Ansvarleg</dt><dd>{{ page.extra.responsible }}</dd>
<dt>Eining</dt><dd>{% for u in page.taxonomies.unit %}<a href="{{ get_taxonomy_url(kind="unit", name=u) | safe }}">{{ u }}</a> {% endfor %}</dd>
<dt>Mål</dt><dd>{% for g in page.taxonomies.goal %}<a href="{{ get_taxonomy_url(kind="goal", name=g) | safe }}">{{ g }}</a> {% endfor %}</dd>
</dl>
{{ page.content | safe }}
</article>
{% endblock %}
"#
            .into(),
        ),
        (
            "taxonomy_list.html",
            r#"{% extends "base.html" %}
{% block title %}{{ taxonomy.name }}{% endblock %}
{% block content %}
<h1>{{ taxonomy.name }}</h1>
<ul>{% for t in terms %}<li><a href="{{ t.path | safe }}">{{ t.name }}</a> ({{ t.page_count }})</li>{% endfor %}</ul>
{% endblock %}
"#
            .into(),
        ),
        (
            "taxonomy_single.html",
            r#"{% extends "base.html" %}
{% block title %}{{ term.name }}{% endblock %}
{% block content %}
<h1>{{ taxonomy.name }}: {{ term.name }}</h1>
<ul>
{% for p in paginator.pages %}<li><a href="{{ p.path | safe }}">{{ p.title }}</a> <time>{{ p.date }}</time> – {{ p.extra.status }}</li>
{% endfor %}</ul>
<nav>{% if paginator.previous %}<a href="{{ paginator.previous | safe }}">Førre</a>{% endif %} Side {{ paginator.current_index }} av {{ paginator.number_pagers }} {% if paginator.next %}<a href="{{ paginator.next | safe }}">Neste</a>{% endif %}</nav>
{% endblock %}
"#
            .into(),
        ),
        (
            "404.html",
            "{% extends \"base.html\" %}\n{% block content %}<h1>Fann ikkje sida</h1>{% endblock %}\n"
                .into(),
        ),
    ]
}

fn hugo_config() -> String {
    format!(
        r#"baseURL = "https://www.fjordvik.kommune.example/"
title = "Fjordvik kommune (syntetisk)"
defaultContentLanguage = "nn"
enableRobotsTXT = true
buildFuture = true    # deadlines lie ahead; Zola renders future-dated pages too
paginate = {PER_PAGE}          # Hugo < 0.128
[pagination]
  pagerSize = {PER_PAGE}      # Hugo >= 0.128

[outputs]   # no RSS feeds (Zola: generate_feeds = false)
  home = ["HTML"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML"]
  page = ["HTML"]

[taxonomies]
  unit = "unit"
  goal = "goal"

[markup.highlight]
  codeFences = false

[minify]
  minifyOutput = false
"#
    )
}

fn hugo_layouts() -> Vec<(&'static str, String)> {
    vec![
        (
            "_default/baseof.html",
            format!(
                r#"<!doctype html>
<html lang="nn">
<head><meta charset="utf-8"><title>{{{{ block "title" . }}}}{{{{ site.Title }}}}{{{{ end }}}}</title></head>
<body>
{}
<main>{{{{ block "main" . }}}}{{{{ end }}}}</main>
</body>
</html>
"#,
                nav(Tool::Hugo)
            ),
        ),
        (
            "index.html",
            r#"{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ .Content }}
{{ range .Sections }}
<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</h2>
<ul>{{ range first 10 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
{{ end }}
{{ end }}
"#
            .into(),
        ),
        (
            "_default/list.html",
            r#"{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $p := .Paginate .Pages }}
<ul>
{{ range $p.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time> – {{ .Params.status }}</li>
{{ end }}</ul>
<nav>{{ with $p.Prev }}<a href="{{ .URL }}">Førre</a>{{ end }} Side {{ $p.PageNumber }} av {{ $p.TotalPages }} {{ with $p.Next }}<a href="{{ .URL }}">Neste</a>{{ end }}</nav>
{{ end }}
"#
            .into(),
        ),
        (
            "_default/terms.html",
            r#"{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ end }}
"#
            .into(),
        ),
        (
            "_default/single.html",
            r#"{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<dl>
<dt>ID</dt><dd>{{ .Params.id }}</dd>
<dt>Dato</dt><dd>{{ .Date.Format "2006-01-02" }}</dd>
<dt>Status</dt><dd>{{ .Params.status }}</dd>
<dt>Ansvarleg</dt><dd>{{ .Params.responsible }}</dd>
<dt>Eining</dt><dd>{{ range .GetTerms "unit" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>
<dt>Mål</dt><dd>{{ range .GetTerms "goal" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>
</dl>
{{ .Content }}
</article>
{{ end }}
"#
            .into(),
        ),
        (
            "404.html",
            "{{ define \"main\" }}<h1>Fann ikkje sida</h1>{{ end }}\n".into(),
        ),
        (
            "_default/_markup/render-link.html",
            r#"{{- $dest := .Destination -}}
{{- if and (not (strings.Contains $dest "://")) (strings.HasSuffix $dest ".md") -}}
  {{- with .Page.GetPage $dest -}}{{- $dest = .RelPermalink -}}
  {{- else -}}{{- errorf "broken link %q in %s" $dest $.Page.File.Path -}}{{- end -}}
{{- end -}}
<a href="{{ $dest | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /* trim */ -}}
"#
            .into(),
        ),
    ]
}
