//! The parts pages are made of: what more than one page shows, each in a module of its own,
//! so that page modules never use one another (see docs/architecture.md). A part may use other
//! parts and the render stage's building blocks (`view`, `urls`, `labels`, `markdown`,
//! `charts`, …); it never uses a page module.

pub mod base;
pub mod budget;
pub mod changes;
pub mod control_years;
pub mod council_reports;
pub mod economy_rows;
pub mod frame;
pub mod goals_served;
pub mod indicator_figures;
pub mod internal_control;
pub mod lists;
pub mod page_cx;
pub mod plans;
pub mod political;
pub mod print;
pub mod register;
pub mod report_forms;
pub mod report_lines;
pub mod reporting;
pub mod stats;
pub mod status_chart;
pub mod todo;
pub mod why;

pub use page_cx::PageCx;
