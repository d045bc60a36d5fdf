//! The settings raudtrad gives the allocator (mimalloc, chosen in `main.rs`).

/// How long mimalloc keeps freed memory before returning it, in ms (its default is 1 000).
/// Shorter still costs system time: 10 ms took the 10k peak to 244 MB but 3–4 s longer.
pub const PURGE_DELAY_MS: std::os::raw::c_long = 100;

/// `mi_option_purge_delay` in mimalloc.h (the same place in v2 and v3); libmimalloc-sys has
/// no name for it. `tests/cli.rs` checks the option this sets is the purge delay.
pub const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the purge delay; `MIMALLOC_PURGE_DELAY`, when given, still decides.
///
/// # Safety
///
/// mimalloc writes the option without a lock: call this before any other thread starts.
pub unsafe fn tune() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: the caller runs this before any other thread exists.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}
