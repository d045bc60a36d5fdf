//! Every id in the site, and lookups that explain a bad reference.

use crate::diag::{Diagnostics, did_you_mean};
use crate::model::ItemId;
use crate::model::vocab::Kind;
use crate::span::{FilePath, Loc, Located};

#[derive(Default)]
pub struct Registry {
    /// Shared with the graph's structure, which keeps it for lookups.
    pub by_key: std::sync::Arc<rustc_hash::FxHashMap<String, ItemId>>,
    pub kinds: Vec<Kind>,
    pub origins: Vec<Loc>,
}

/// How a kind is named in messages.
pub fn kind_name(kind: Kind) -> &'static str {
    kind.name()
}

/// "an assignment", "a goal": for messages that name a kind.
fn with_article(name: &str) -> String {
    let article = if name.starts_with(['a', 'e', 'i', 'o']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}

fn names(kinds: &[Kind]) -> String {
    let names: Vec<&str> = kinds.iter().map(|k| kind_name(*k)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

impl Registry {
    /// Gives the item its id. A second item with the same id is reported at the later file
    /// (path order) with a note pointing at the first; it keeps an id of its own so that its
    /// own references are still checked.
    pub fn register(
        &mut self,
        key: &Located<String>,
        kind: Kind,
        file: &FilePath,
        diags: &mut Diagnostics,
    ) -> ItemId {
        let id = ItemId(self.kinds.len() as u32);
        let origin = Loc::new(file, key.pos);
        if let Some(first) = self.by_key.get(&key.value) {
            let first_origin = &self.origins[first.index()];
            diags
                .error_at(&origin, format!("duplicate id `{}`", key.value))
                .note(format!(
                    "`{}` is first used by the {} at {first_origin}",
                    key.value,
                    kind_name(self.kinds[first.index()])
                ))
                .help("ids are unique across the whole site, inline items included: rename one of them");
        } else {
            // Held once while ids are registered: nothing is copied.
            std::sync::Arc::make_mut(&mut self.by_key).insert(key.value.clone(), id);
        }
        self.kinds.push(kind);
        self.origins.push(origin);
        id
    }

    /// Room for `n` more items.
    pub fn reserve(&mut self, n: usize) {
        std::sync::Arc::make_mut(&mut self.by_key).reserve(n);
        self.kinds.reserve(n);
        self.origins.reserve(n);
    }

    /// The ids of a resolved site, to resolve one file's references again (`serve`).
    pub fn of(s: &crate::model::Structure) -> Registry {
        Registry {
            by_key: s.by_key.clone(),
            kinds: s.items.iter().map(|i| i.kind).collect(),
            origins: s.items.iter().map(|i| i.origin.clone()).collect(),
        }
    }

    pub fn kind(&self, id: ItemId) -> Kind {
        self.kinds[id.index()]
    }

    pub fn get(&self, key: &str) -> Option<ItemId> {
        self.by_key.get(key).copied()
    }

    /// Resolves a reference that must be one of `expected`; reports an unknown id (with the
    /// nearest id of the expected kinds) or an id of the wrong kind.
    pub fn find(
        &self,
        r: &Located<String>,
        expected: &[Kind],
        file: &FilePath,
        diags: &mut Diagnostics,
    ) -> Option<ItemId> {
        match self.by_key.get(&r.value) {
            Some(&id) if expected.contains(&self.kind(id)) => Some(id),
            Some(&id) => {
                diags
                    .error(
                        file,
                        r.pos,
                        format!(
                            "`{}` is {}, not {}",
                            r.value,
                            with_article(kind_name(self.kind(id))),
                            with_article(&names(expected))
                        ),
                    )
                    .note(format!("it is defined at {}", self.origins[id.index()]));
                None
            }
            None => {
                let hint = did_you_mean(
                    &r.value,
                    self.by_key
                        .iter()
                        .filter(|(_, id)| expected.contains(&self.kind(**id)))
                        .map(|(k, _)| k.as_str()),
                );
                diags.error(
                    file,
                    r.pos,
                    format!("unknown {} `{}`{hint}", names(expected), r.value),
                );
                None
            }
        }
    }

    pub fn find_all(
        &self,
        refs: &[Located<String>],
        expected: &[Kind],
        file: &FilePath,
        diags: &mut Diagnostics,
    ) -> Vec<ItemId> {
        let mut out: Vec<ItemId> = Vec::with_capacity(refs.len());
        for r in refs {
            if let Some(id) = self.find(r, expected, file, diags)
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        out
    }
}
