//! Write: pages → disk, atomically. A build writes into a fresh sibling folder and swaps it
//! in only when every file is written, so a failed or interrupted build leaves the previous
//! output as it was.
//!
//! The swap is one step where the system has one: on Linux `renameat2(RENAME_EXCHANGE)`, on
//! macOS `renamex_np(RENAME_SWAP)`, which exchange the two folders' names at once, so the
//! output folder is never missing, not even for a moment, and a kill at any instant leaves
//! either the old or the new output whole. Elsewhere (other systems, or a file system that
//! refuses the exchange, which it says with an error) it is two renames: the old folder is
//! moved aside and the new one moved in. A kill between them leaves the old output under
//! its aside name, and the next build moves it back before anything else ([`remove_stale`]);
//! a web server serving the folder can see it missing for that instant.
//!
//! A file whose bytes are those of the previous output's file at the same path is not written
//! again: that file is hard-linked into the new folder ([`Staging::write`]). A rebuild then
//! writes only what changed (creating and filling tens of thousands of files was most of the
//! system time of a rebuild, and deleting them again after the swap), and an unchanged file
//! keeps its modification time, so `rsync`, a web server's caches and a deploy see what
//! changed. The old file is compared byte for byte, opened without following a link, and the
//! name made must be that very file, so nothing put into the old output by hand (a link, an
//! edited page) reaches the new one unless its bytes are exactly what the build made.
//!
//! For tests, `RAUDTRAD_TEST_ABORT=STEP` aborts the process (as a kill would: no clean-up)
//! at a step of the write: `staged` (the new folder made), `write:N` (after the Nth file),
//! `before-swap`, `between-renames` (the swap by two renames only), `after-swap` (the
//! folders exchanged, the old one not yet removed). `RAUDTRAD_TEST_TWO_RENAMES` makes the
//! swap two renames, as on a system without an exchange.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

/// A file raudtrad puts at the root of its output; a folder without it is not replaced.
pub const MARKER: &str = ".raudtrad-output";

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("cannot write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("will not write to {}: {reason}", path.display())]
    Refused { path: PathBuf, reason: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The output being written, beside the folder it will replace.
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    committed: bool,
    /// The folders made so far: a page's folder is made once, not asked for again before
    /// each of its thousands of files (two system calls each).
    made: Mutex<HashSet<PathBuf>>,
    /// The output being replaced, whose unchanged files are linked rather than written.
    previous: Option<PathBuf>,
    /// Set when the file system refused a link: then every file is written, and no old file
    /// is read for nothing.
    no_links: std::sync::atomic::AtomicBool,
}

impl Staging {
    /// Starts a build of `out` for the site at `root`, whose `inputs` (the files and folders
    /// a build reads, [`crate::load::inputs`]) the output must neither lie in nor hold: an
    /// output inside `static/` would publish the internal tree in the open one on the next
    /// build, one inside `content/` would be read back as content and grow with each build.
    pub fn begin(out: &Path, root: &Path, inputs: &[PathBuf]) -> Result<Staging, WriteError> {
        let out = absolute(out);
        let root = absolute(root);
        if root.starts_with(&out) || canonical(&root).starts_with(canonical(&out)) {
            return Err(WriteError::Refused {
                path: out,
                reason: "the output folder would hold the site itself; choose another --out".into(),
            });
        }
        let real = canonical(&out);
        for input in inputs {
            let input = absolute(input);
            let input_real = canonical(&input);
            if real.starts_with(&input_real) || input_real.starts_with(&real) {
                let what = input.strip_prefix(&root).unwrap_or(&input);
                return Err(WriteError::Refused {
                    path: out,
                    reason: format!(
                        "it {} the site's `{}`, which the build reads: what it writes would be \
                         read back as input on the next build; choose an --out outside \
                         site.toml, content/, static/ and themes/ (the default, public/ in the \
                         site folder, is fine)",
                        if real.starts_with(&input_real) {
                            "is inside"
                        } else {
                            "holds"
                        },
                        what.display()
                    ),
                });
            }
        }
        if out.exists() {
            if !out.is_dir() {
                return Err(WriteError::Refused {
                    path: out,
                    reason: "it is a file, not a folder".into(),
                });
            }
            let empty = std::fs::read_dir(&out).map_err(io(&out))?.next().is_none();
            if !empty && !out.join(MARKER).exists() {
                return Err(WriteError::Refused {
                    path: out,
                    reason: format!(
                        "it is not empty and was not made by raudtrad (it has no {MARKER}); \
                         empty or remove it, or choose another --out"
                    ),
                });
            }
        }
        let parent = out
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        remove_stale(&parent, &name);
        let tmp = parent.join(format!(".{name}.raudtrad-tmp-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
        }
        std::fs::create_dir(&tmp).map_err(io(&tmp))?;
        std::fs::write(
            tmp.join(MARKER),
            "This folder is written by raudtrad; it is replaced on every build.\n",
        )
        .map_err(io(&tmp))?;
        checkpoint("staged");
        // `out` is empty or raudtrad's own (checked above).
        let previous = out.join(MARKER).is_file().then(|| out.clone());
        Ok(Staging {
            out,
            tmp,
            committed: false,
            made: Mutex::default(),
            previous,
            no_links: Default::default(),
        })
    }

    /// The folder being written.
    pub fn dir(&self) -> &Path {
        &self.tmp
    }

    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Writes `bytes` at `rel`, or links the previous output's file there when it holds
    /// exactly these bytes (see the module's text).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let path = self.tmp.join(rel);
        self.make_parent(&path)?;
        if !self.relink(rel, &path, bytes) {
            std::fs::write(&path, bytes).map_err(io(&path))?;
        }
        count_write();
        Ok(())
    }

    /// Whether the previous output's file at `rel` holds `bytes` and is now linked at `path`.
    /// Any doubt (no such file, another size or content, a link, a file system without hard
    /// links) is a no, and the caller writes the file.
    fn relink(&self, rel: &str, path: &Path, bytes: &[u8]) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        let Some(previous) = &self.previous else {
            return false;
        };
        if self.no_links.load(Relaxed) {
            return false;
        }
        let old = previous.join(rel);
        let Some(id) = same_bytes(&old, bytes) else {
            return false;
        };
        if let Err(e) = std::fs::hard_link(&old, path) {
            // Gone since it was read, or there already: this file only. Anything else
            // (no hard links here, another device): none.
            if !matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::AlreadyExists
            ) {
                self.no_links.store(true, Relaxed);
            }
            return false;
        }
        // The name made must be the file compared, not one put at `old` since.
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && file_id(&m) == id) {
            return true;
        }
        let _ = std::fs::remove_file(path);
        false
    }

    fn make_parent(&self, path: &Path) -> Result<(), WriteError> {
        let Some(parent) = path.parent() else {
            return Ok(());
        };
        if self
            .made
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(parent)
        {
            return Ok(());
        }
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        self.made
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(parent.to_path_buf());
        Ok(())
    }

    /// Copies the file `from` to `rel`, or links the previous output's file there when it
    /// holds the same bytes.
    pub fn copy(&self, rel: &str, from: &Path) -> Result<(), WriteError> {
        let path = self.tmp.join(rel);
        self.make_parent(&path)?;
        // `from` is read only when the old file may be the same: a file of its size.
        let same = self.previous.as_ref().is_some_and(|previous| {
            let old = std::fs::symlink_metadata(previous.join(rel));
            std::fs::metadata(from)
                .is_ok_and(|m| old.is_ok_and(|o| o.is_file() && o.len() == m.len()))
                && std::fs::read(from).is_ok_and(|bytes| self.relink(rel, &path, &bytes))
        });
        if !same {
            std::fs::copy(from, &path).map_err(io(from))?;
        }
        count_write();
        Ok(())
    }

    /// Swaps the new output in for the old.
    pub fn commit(mut self) -> Result<(), WriteError> {
        checkpoint("before-swap");
        if self.out.exists() {
            // For tests: the swap of systems without an exchange, on this one.
            let two_renames = std::env::var_os("RAUDTRAD_TEST_TWO_RENAMES").is_some();
            if !two_renames && exchange(&self.tmp, &self.out).map_err(io(&self.out))? {
                // The old output is now where the new one was written.
                checkpoint("after-swap");
                remove_tree(&self.tmp);
            } else {
                self.swap_by_two_renames()?;
            }
        } else {
            std::fs::rename(&self.tmp, &self.out).map_err(io(&self.out))?;
        }
        self.committed = true;
        Ok(())
    }

    /// The swap where the system cannot exchange two folders at once: the old output is
    /// moved aside, then the new one moved in.
    fn swap_by_two_renames(&self) -> Result<(), WriteError> {
        let old = aside(&self.out, "old", std::process::id());
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(io(&old))?;
        }
        std::fs::rename(&self.out, &old).map_err(io(&self.out))?;
        checkpoint("between-renames");
        if let Err(e) = std::fs::rename(&self.tmp, &self.out) {
            // Put the old output back rather than leave nothing.
            let _ = std::fs::rename(&old, &self.out);
            return Err(io(&self.out)(e));
        }
        checkpoint("after-swap");
        remove_tree(&old);
        Ok(())
    }
}

/// The identity of the regular file at `path` when it holds exactly `bytes`: opened without
/// following a link, its size looked at before its bytes are read.
#[cfg(unix)]
fn same_bytes(path: &Path, bytes: &[u8]) -> Option<(u64, u64)> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .ok()?;
    let meta = f.metadata().ok()?;
    if !meta.is_file() || meta.len() != bytes.len() as u64 {
        return None;
    }
    let mut old = Vec::with_capacity(bytes.len());
    f.read_to_end(&mut old).ok()?;
    (old == bytes).then(|| file_id(&meta))
}

/// Elsewhere every file is written.
#[cfg(not(unix))]
fn same_bytes(_path: &Path, _bytes: &[u8]) -> Option<(u64, u64)> {
    None
}

#[cfg(unix)]
fn file_id(m: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
fn file_id(_m: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// Removes a folder of raudtrad's own (an old output swapped out), best effort: its files on
/// every core, then the folders left empty. Deleting the 30 000 files of a large site one by
/// one took 3.4 s of a rebuild over an existing output on this project's two cores. Links
/// are removed, never followed (`walkdir` does not follow them by default, nor does
/// `remove_dir_all`).
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.par_iter().for_each(|f| {
        let _ = std::fs::remove_file(f);
    });
    let _ = std::fs::remove_dir_all(dir);
}

/// `.NAME.raudtrad-WHAT-PID` beside `out`: a build's folders that are not the output.
fn aside(out: &Path, what: &str, pid: u32) -> PathBuf {
    let parent = out.parent().unwrap_or(Path::new("."));
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    parent.join(format!(".{name}.raudtrad-{what}-{pid}"))
}

/// Exchanges the names of two folders in one step; `false` when the system or the file
/// system cannot (nothing was changed then).
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::os::unix::ffi::OsStrExt;
    let (a, b) = (
        c_path(a.as_os_str().as_bytes())?,
        c_path(b.as_os_str().as_bytes())?,
    );
    // SAFETY: both are NUL-terminated paths that live across the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE as _,
        )
    };
    exchanged(r)
}

#[cfg(target_vendor = "apple")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::os::unix::ffi::OsStrExt;
    let (a, b) = (
        c_path(a.as_os_str().as_bytes())?,
        c_path(b.as_os_str().as_bytes())?,
    );
    // SAFETY: both are NUL-terminated paths that live across the call.
    let r = unsafe { libc::renamex_np(a.as_ptr(), b.as_ptr(), libc::RENAME_SWAP) };
    exchanged(r)
}

/// No system call exchanges two folders here (Windows, the BSDs in libc's reach today).
#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn c_path(bytes: &[u8]) -> std::io::Result<std::ffi::CString> {
    std::ffi::CString::new(bytes).map_err(std::io::Error::other)
}

/// The result of an exchange call: refusals that mean "not here" fall back to two renames.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchanged(r: i32) -> std::io::Result<bool> {
    if r == 0 {
        return Ok(true);
    }
    let e = std::io::Error::last_os_error();
    match e.raw_os_error() {
        // The file system does not support it, the kernel lacks the call, or a sandbox
        // forbids it.
        Some(libc::EINVAL | libc::ENOSYS | libc::ENOTSUP | libc::EPERM) => Ok(false),
        _ => Err(e),
    }
}

/// For tests: aborts at `step` when `RAUDTRAD_TEST_ABORT` names it (see the module's notes).
fn checkpoint(step: &str) {
    static AT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let at = AT.get_or_init(|| std::env::var("RAUDTRAD_TEST_ABORT").ok());
    if at.as_deref() == Some(step) {
        std::process::abort();
    }
}

/// Counts files written, for the `write:N` step of [`checkpoint`].
fn count_write() {
    static WRITTEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    checkpoint(&format!("write:{n}"));
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// `p` with every symlink resolved, for comparing where two paths really are; the part that
/// does not exist yet is appended as written.
fn canonical(p: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut at = p;
    loop {
        if let Ok(real) = at.canonicalize() {
            return rest.iter().rev().fold(real, |acc: PathBuf, c| acc.join(c));
        }
        match (at.parent(), at.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                at = parent;
            }
            _ => return p.to_path_buf(),
        }
    }
}

fn absolute(p: &Path) -> PathBuf {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|c| c.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    // Normalise `.` and `..` without touching the disk (the folder may not exist yet).
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Removes leftovers of builds that were killed (their process is gone). An old output a
/// build moved aside and was killed before moving the new one in (the swap by two renames)
/// is moved back first, so the output is never lost.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let out = parent.join(name);
    let prefixes = [
        format!(".{name}.raudtrad-tmp-"),
        format!(".{name}.raudtrad-old-"),
    ];
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let Some((i, pid)) = prefixes
            .iter()
            .enumerate()
            .find_map(|(i, p)| file.strip_prefix(p.as_str()).map(|pid| (i, pid)))
        else {
            continue;
        };
        let alive = pid.parse::<u32>().is_ok_and(|pid| {
            pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists()
        });
        if alive {
            continue;
        }
        if i == 1 && !out.exists() && e.path().join(MARKER).exists() {
            let _ = std::fs::rename(e.path(), &out);
        } else {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}
