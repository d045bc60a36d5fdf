//! The site's words, which are built while its settings are read: see [`crate::config::labels`].

pub use crate::config::labels::Labels;
