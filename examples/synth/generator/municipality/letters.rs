//! Oppdragsbrev on three levels: from the kommunedirektør to the sectors, from each sector to
//! its service areas, from each area to its einingar.

use std::rc::Rc;

use super::super::frontmatter::{MapBuilder, Val, s, strs};
use super::super::words::{Body, kroner, sentence};
use super::{Gen, YEAR, date, dval, link};

impl Gen {
    pub(super) fn letters(&mut self) {
        self.letter_to = vec![None; self.units.len()];
        // Level 1: from the kommunedirektør to every sector; level 2: from each sector to its
        // areas; level 3: from each area to its einingar.
        let mut senders: Vec<(usize, Option<String>)> = vec![(0, None)];
        let mut next = Vec::new();
        while !senders.is_empty() {
            for (from, parent) in std::mem::take(&mut senders) {
                let to = self.units[from].children.clone();
                if to.is_empty() {
                    continue;
                }
                let id = if from == 0 {
                    self.id(&format!("oppdragsbrev-{YEAR}"))
                } else {
                    let uid = self.units[from].id.clone();
                    self.id(&format!("oppdragsbrev-{YEAR}-{uid}"))
                };
                self.letter_doc(&id, from, &to, parent.as_deref());
                for &t in &to {
                    self.letter_to[t] = Some(id.clone());
                    next.push((t, Some(id.clone())));
                }
            }
            senders = std::mem::take(&mut next);
        }
    }

    pub(super) fn letter_doc(&mut self, id: &str, from: usize, to: &[usize], parent: Option<&str>) {
        let sender = &self.units[from];
        let title = if from == 0 {
            format!("Oppdragsbrev {YEAR} frå kommunedirektøren")
        } else {
            format!("Oppdragsbrev {YEAR} – {}", sender.title)
        };
        let sent = date(YEAR, 1, 10 + sender.level as u32 * 5);
        let rng = &mut self.rng;
        let mut b = Body::new();
        b.heading("Innleiing");
        b.para(rng, 60, 90);
        if let Some(p) = parent {
            b.line(&format!(
                "Brevet byggjer på {} og [handlings- og økonomiplanen](@@hop-{YEAR}-{}@@).",
                link("oppdragsbrevet frå nivået over", p),
                YEAR + 3
            ));
        }
        b.heading("Strategiske oppdrag");
        b.para(rng, 50, 50);
        let list: Vec<String> = to
            .iter()
            .take(8)
            .map(|&t| {
                let u = &self.units[t];
                format!("{}: {}", link(&u.title, &u.id), sentence(rng))
            })
            .collect();
        b.list(&list);
        b.heading("Driftsoppdrag");
        b.bullets(rng, 3, 6);
        b.heading("Økonomiske rammer");
        let rows: Vec<Vec<String>> = to
            .iter()
            .take(6)
            .map(|&t| {
                vec![
                    self.units[t].title.clone(),
                    kroner(rng.range(20, 400) as i64 * 100_000),
                ]
            })
            .collect();
        b.table(&["Eining", "Ramme (kr)"], &[false, true], &rows);
        b.heading("Rapportering");
        b.para(rng, 50, 80);
        let body: Rc<str> = b.done().into();
        let recipients: Vec<String> = to.iter().map(|&t| self.units[t].id.clone()).collect();
        let fields = MapBuilder::new()
            .put("title", s(&title))
            .put("year", Val::Int(YEAR as i64))
            .put("from", s(&sender.id))
            .put("to", strs(&recipients))
            .opt("parent", parent.map(s))
            .put("date", dval(sent))
            .done();
        let folder = if from == 0 {
            "letters".to_string()
        } else {
            format!("letters/{}", self.units[self.units[from].sector].id)
        };
        let syntax = self.syntax(0.3);
        self.doc(
            format!("{folder}/{id}.md"),
            id,
            syntax,
            fields,
            body.clone(),
        );
        self.page("letters", id, &title, sent, body, from, &[], "", "");
    }
}
