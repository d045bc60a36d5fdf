//! raudtrad: a municipality's plans, assignments and status reports, from Markdown to a
//! static website for employees (internal tree) and citizens (open tree).
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`load`] (files → raw items) → [`resolve`] (ids → one linked graph) → `render`
//! (templates, in parallel) → `write` (atomically).

pub mod config;
pub mod diag;
pub mod load;
pub mod model;
pub mod resolve;
pub mod span;
