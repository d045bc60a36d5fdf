//! The organisation: the municipality, its sectors, service areas and einingar (four levels,
//! about N/40 units), each with a leader and budget frames.

use std::rc::Rc;

use super::super::catalogue::SECTORS;
use super::super::frontmatter::{MapBuilder, Val, s};
use super::super::words::{Body, person, slug};
use super::{Gen, Unit, YEAR, date, link};

impl Gen {
    pub(super) fn units(&mut self) {
        let total = (self.n / 40).max(15);
        let sectors = ((total - 1) / 12).clamp(3, SECTORS.len());
        let areas = sectors.max((total - 1 - sectors) / 4);
        let einingar = total - 1 - sectors - areas;

        let id = self.id("kommune");
        self.units.push(Unit {
            id,
            title: "Fjordvik kommune".into(),
            level: 0,
            parent: None,
            sector: 0,
            area: None,
            cat: 0,
            children: Vec::new(),
            folder: "org".into(),
        });
        for (k, sector) in SECTORS.iter().enumerate().take(sectors) {
            let title = sector.name.to_string();
            let id = self.id(&slug(&title));
            let u = self.units.len();
            self.units.push(Unit {
                folder: format!("org/{id}"),
                id,
                title,
                level: 1,
                parent: Some(0),
                sector: u,
                area: None,
                cat: k,
                children: Vec::new(),
            });
            self.units[0].children.push(u);
        }
        const SUFFIXES: &[&str] = &["nord", "sør", "aust", "vest", "sentrum"];
        for k in 0..areas {
            let sector = 1 + k % sectors;
            let cat = self.units[sector].cat;
            let pool = SECTORS[cat].areas;
            let nth = self.units[sector].children.len();
            let base = pool[nth % pool.len()].name;
            let title = match nth / pool.len() {
                0 => base.to_string(),
                r if r <= SUFFIXES.len() => format!("{base} {}", SUFFIXES[r - 1]),
                r => format!("{base} {r}"),
            };
            let id = self.id(&slug(&title));
            let u = self.units.len();
            self.units.push(Unit {
                folder: self.units[sector].folder.clone(),
                id,
                title,
                level: 2,
                parent: Some(sector),
                sector,
                area: Some(u),
                cat,
                children: Vec::new(),
            });
            self.units[sector].children.push(u);
        }
        let area_ids = self.of_level(2);
        for k in 0..einingar {
            let area = area_ids[k % area_ids.len()];
            let kind = self.area_kind(area);
            let template = SECTORS[self.units[area].cat].areas[kind].unit;
            let place = self.place();
            let title = template.replace("{}", &place);
            let id = self.id(&slug(&title));
            let u = self.units.len();
            self.units.push(Unit {
                folder: self.units[area].folder.clone(),
                id,
                title,
                level: 3,
                parent: Some(area),
                sector: self.units[area].sector,
                area: Some(area),
                cat: self.units[area].cat,
                children: Vec::new(),
            });
            self.units[area].children.push(u);
        }

        for u in 0..self.units.len() {
            self.unit_doc(u);
        }
    }

    pub(super) fn unit_doc(&mut self, u: usize) {
        const LEVELS: [&str; 4] = ["kommune", "sektor", "tenesteområde", "eining"];
        let role = self.leader_role(u);
        let name = person(&mut self.rng);
        let scale = [900_000_000, 180_000_000, 40_000_000, 9_000_000][self.units[u].level];
        let amount = (self.rng.range(scale / 2, scale) / 1000 * 1000) as i64;
        let mut budget = vec![Val::Map(
            MapBuilder::new()
                .put("year", Val::Int(YEAR as i64))
                .put("amount", Val::Int(amount))
                .put("note", s("Netto driftsramme"))
                .done(),
        )];
        if self.rng.chance(0.5) {
            budget.insert(
                0,
                Val::Map(
                    MapBuilder::new()
                        .put("year", Val::Int(YEAR as i64 - 1))
                        .put("amount", Val::Int(amount * 97 / 100))
                        .put("note", s("Rekneskap"))
                        .done(),
                ),
            );
        }
        let unit = &self.units[u];
        let fields = MapBuilder::new()
            .put("title", s(&unit.title))
            .opt("parent", unit.parent.map(|p| s(&self.units[p].id)))
            .put("level", s(LEVELS[unit.level]))
            .put(
                "leader",
                Val::Map(
                    MapBuilder::new()
                        .put("role", s(&role))
                        .put("name", s(&name))
                        .done(),
                ),
            )
            .put("budget", Val::List(budget))
            .done();

        let rng = &mut self.rng;
        let mut b = Body::new();
        b.para(rng, 30, 60);
        b.heading("Tenester");
        b.bullets(rng, 3, 5);
        b.heading("Organisering");
        b.para(rng, 30, 70);
        if let Some(p) = unit.parent {
            let parent = &self.units[p];
            b.line(&format!(
                "Eininga ligg under {}. Sjå òg [oppdragsbrevet for {YEAR}](@@oppdragsbrev-{YEAR}@@).",
                link(&parent.title, &parent.id)
            ));
        }
        let body: Rc<str> = b.done().into();
        let (id, folder, title) = (unit.id.clone(), unit.folder.clone(), unit.title.clone());
        let syntax = self.syntax(0.3);
        self.doc(
            format!("{folder}/{id}.md"),
            &id,
            syntax,
            fields,
            body.clone(),
        );
        self.page(
            "org",
            &id,
            &title,
            date(YEAR, 1, 1),
            body,
            u,
            &[],
            "",
            &name,
        );
    }
}
