//! The reporting rhythm (content model v1.2): which kinds of period a unit is expected to
//! report, and the one rule every page, calendar and form asks — [`Graph::expects_report`].
//!
//! `site.toml` `reporting` is the default; a unit's own `reporting` holds for it and every
//! unit below it until one of them sets its own. A site that sets `reporting` nowhere is read
//! as v1 read it (docs/content-format.md, "Reporting rhythm"): every unit is expected for
//! each kind of period the site's reports use.

pub use super::vocab::Rhythm;
use super::vocab::{Audience, Period};
use super::{Data, ItemId, Structure};

impl Structure {
    /// Whether any file sets `reporting` (site.toml or a unit): if not, v1's reading holds.
    pub fn rhythm_is_set(&self) -> bool {
        self.config.reporting.is_some()
            || self
                .kind(super::vocab::Kind::Unit)
                .iter()
                .any(|&u| self.unit(u).is_some_and(|x| x.rhythm.is_some()))
    }

    /// The kinds of period the site has reports for (v1's reading of what is expected).
    pub fn reported_kinds(&self) -> Rhythm {
        self.periods
            .iter()
            .fold(Rhythm::default(), |r, pr| r.with(Rhythm::of(pr.period)))
    }

    /// The kinds of period `unit` is expected to report: its own or inherited `reporting`,
    /// else `site.toml`'s, else (v1) every kind the site has reports for.
    pub fn rhythm_of(&self, unit: ItemId) -> Rhythm {
        self.unit(unit)
            .and_then(|u| u.rhythm)
            .or(self.config.reporting)
            .unwrap_or_else(|| self.reported_kinds())
    }

    /// The rule: unit `unit` is expected to report `period` when the period's kind is in its
    /// rhythm and it has an assignment or task of its own for the period's year (one without
    /// `year` counts for every year); a unit with nothing of its own has nothing to report.
    /// O(the unit's own items).
    pub fn expects_report(&self, unit: ItemId, period: Period) -> bool {
        let Some(u) = self.unit(unit) else {
            return false;
        };
        if !self.rhythm_of(unit).has(period) {
            return false;
        }
        let year_of = |i: ItemId| match &self.item(i).data {
            Data::Assignment(a) => a.year,
            Data::Task(t) => self.assignment(t.assignment).and_then(|a| a.year),
            _ => None,
        };
        u.stats[Audience::Internal as usize]
            .own_items
            .iter()
            .any(|&i| year_of(i).is_none_or(|y| y == period.year()))
    }

    /// The periods a unit can report now: for each kind in its rhythm, the one due (the last
    /// that ended before `today`) and the one in progress, when it is expected to report them.
    /// The same two the follow-up page lists, longest kind first.
    pub fn open_periods(&self, unit: ItemId) -> Vec<Period> {
        let mut out = Vec::new();
        for sample in self
            .rhythm_of(unit)
            .samples()
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let now = sample.same_kind_at(self.today);
            for p in [now.prev(), now] {
                if self.expects_report(unit, p) {
                    out.push(p);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let r = Rhythm::key("tertial")
            .unwrap()
            .with(Rhythm::key("year").unwrap());
        assert!(r.has(Period::Tertial(2026, 2)) && r.has(Period::Year(2026)));
        assert!(!r.has(Period::Month(2026, 3)));
        assert_eq!(r.keys(), ["tertial", "year"]);
        assert!(Rhythm::key("quarter").is_none());
        assert!(Rhythm::default().is_empty());
    }
}
