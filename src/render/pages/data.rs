//! The open-data files of the tree's items (`data/items.json`, `data/items.csv`; the rows are
//! made in `render::data`).

use super::{Page, Spec, What};
use crate::render::data::{self, DataFormat};

/// The same rows as JSON and as CSV, at the same address in every language.
pub fn pages() -> Vec<Page> {
    [DataFormat::Json, DataFormat::Csv]
        .into_iter()
        .map(|format| Page {
            path: format.path().into(),
            what: What::Data(format),
        })
        .collect()
}

/// A file of the rows the audience may see.
pub fn page(format: DataFormat) -> Spec {
    Spec::file("open data (json, csv)", move |v| data::write(v, format))
}
