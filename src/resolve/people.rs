//! The people index ([`People`]): every person named as responsible for a task or as a unit's
//! leader, one entry per person however the name is spelt, each with a unique slug.
//!
//! One pass over the items, then a sort: O(n log n) in the number of items.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

use crate::model::people::{People, Person, base_slug, name_hash, person_key};
use crate::model::{Data, Item, ItemId, Responsible};

pub fn index<'a>(items: &'a [Arc<Item>]) -> People {
    let mut list: Vec<Person> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // A name is written the same way on many tasks; its key (folded, normalised) is made
    // once per spelling.
    let mut by_spelling: rustc_hash::FxHashMap<&'a str, Option<usize>> = Default::default();
    let mut entry = |name: &'a str| -> Option<usize> {
        if let Some(&p) = by_spelling.get(name) {
            return p;
        }
        let key = person_key(name);
        let p = (!key.is_empty()).then(|| {
            *by_key.entry(key).or_insert_with(|| {
                list.push(Person {
                    name: display_name(name),
                    slug: String::new(),
                    tasks: Vec::new(),
                    leads: Vec::new(),
                });
                list.len() - 1
            })
        });
        by_spelling.insert(name, p);
        p
    };
    let mut named: Vec<(usize, ItemId, bool)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let id = ItemId(i as u32);
        match &item.data {
            Data::Task(t) => {
                if let Responsible::Person(name) = &t.responsible
                    && let Some(p) = entry(name)
                {
                    named.push((p, id, false));
                }
            }
            Data::Unit(u) => {
                if let Some(name) = u.leader.as_ref().and_then(|l| l.name.as_deref())
                    && let Some(p) = entry(name)
                {
                    named.push((p, id, true));
                }
            }
            _ => {}
        }
    }
    for (p, id, leads) in named {
        if leads {
            list[p].leads.push(id);
        } else {
            list[p].tasks.push(id);
        }
    }
    list.sort_by_cached_key(|p| (person_key(&p.name), p.name.clone()));
    assign_slugs(&mut list);
    People::new(list)
}

/// A name as shown: NFC, single spaces, the case as written.
fn display_name(name: &str) -> String {
    let nfc: String = name.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Unique slugs: a slug only one person gives is theirs; people who share one each get it
/// with the hash of their name. Should two hashes meet as well, `-2`, `-3`, … follow in the
/// list's order, so the outcome is still the same on every build.
fn assign_slugs(list: &mut [Person]) {
    let bases: Vec<String> = list.iter().map(|p| base_slug(&p.name)).collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for b in &bases {
        *count.entry(b.as_str()).or_default() += 1;
    }
    let mut taken: HashSet<String> = HashSet::new();
    for (p, base) in list.iter_mut().zip(&bases) {
        let mut slug = if count[base.as_str()] == 1 {
            base.clone()
        } else {
            format!("{base}-{:08x}", name_hash(&person_key(&p.name)))
        };
        if taken.contains(&slug) {
            let n = (2..)
                .find(|n| !taken.contains(&format!("{slug}-{n}")))
                .unwrap_or(2);
            slug = format!("{slug}-{n}");
        }
        taken.insert(slug.clone());
        p.slug = slug;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Person {
        Person {
            name: name.into(),
            slug: String::new(),
            tasks: Vec::new(),
            leads: Vec::new(),
        }
    }

    #[test]
    fn shared_slugs_get_the_hash_of_the_name() {
        let mut list = vec![person("Ase Ovrebo"), person("Kari"), person("Åse Øvrebø")];
        assign_slugs(&mut list);
        assert_eq!(list[1].slug, "kari");
        let a = &list[0].slug;
        let b = &list[2].slug;
        assert_ne!(a, b);
        assert_eq!(a, &format!("ase-ovrebo-{:08x}", name_hash("ase ovrebo")));
        assert_eq!(b, &format!("ase-ovrebo-{:08x}", name_hash("åse øvrebø")));
        // The same names in another order give the same slugs.
        let mut again = vec![person("Åse Øvrebø"), person("Kari"), person("Ase Ovrebo")];
        assign_slugs(&mut again);
        assert_eq!(&again[0].slug, b);
        assert_eq!(&again[2].slug, a);
    }
}
