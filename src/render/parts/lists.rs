//! How long a list of cards a page shows. A page that would list more says how many there
//! are and where the rest are listed, as the year wheel's busy months have pages of their own:
//! at 100 000 assignments the task index was 160 MB and the municipality's status page 94 MB,
//! more than a browser opens well and a gigabyte of memory each to build.

/// The most cards a list shows (about 0.7 MB of page).
pub const LONG_LIST: usize = 1000;
