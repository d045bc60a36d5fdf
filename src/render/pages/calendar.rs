//! The calendar files (iCalendar) to subscribe to: the municipality's, and each unit's.

use super::{Page, Spec, What};
use crate::model::ItemId;
use crate::model::vocab::Kind;
use crate::render::view::Ctx;
use crate::render::{agenda, ics, urls};

/// The municipality's calendar, and one for every unit the audience may see.
pub fn pages(v: &Ctx) -> Vec<Page> {
    let g = v.g;
    let mut out = vec![Page {
        path: urls::calendar_path(g, None),
        what: What::Calendar(None),
    }];
    out.extend(
        g.kind(Kind::Unit)
            .iter()
            .filter(|&&u| v.visible(u))
            .map(|&u| Page {
                path: urls::calendar_path(g, Some(u)),
                what: What::Calendar(Some(u)),
            }),
    );
    out
}

/// A unit's calendar (`None`: the municipality's), named after it.
pub fn page(unit: Option<ItemId>) -> Spec {
    Spec::file("calendar (.ics)", move |v| {
        let g = v.g;
        let name = match unit {
            Some(u) => format!("{} – {}", g.item(u).title, v.l("arshjul")),
            None => format!("{} – {}", g.config.title, v.l("arshjul")),
        };
        Ok(ics::write(v, &name, &agenda::calendar(v, unit)))
    })
}
