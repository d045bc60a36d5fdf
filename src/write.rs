//! Write: pages → disk, atomically. A build writes into a fresh sibling folder and swaps it
//! in only when every file is written, so a failed or interrupted build leaves the previous
//! output as it was.

use std::path::{Path, PathBuf};

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
}

impl Staging {
    /// Starts a build of `out` for the site at `root`.
    pub fn begin(out: &Path, root: &Path) -> Result<Staging, WriteError> {
        let out = absolute(out);
        let root = absolute(root);
        if root.starts_with(&out) {
            return Err(WriteError::Refused {
                path: out,
                reason: "the output folder would hold the site itself; choose another --out".into(),
            });
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
        Ok(Staging {
            out,
            tmp,
            committed: false,
        })
    }

    /// The folder being written.
    pub fn dir(&self) -> &Path {
        &self.tmp
    }

    pub fn out(&self) -> &Path {
        &self.out
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let path = self.tmp.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, bytes).map_err(io(&path))
    }

    pub fn copy(&self, rel: &str, from: &Path) -> Result<(), WriteError> {
        let path = self.tmp.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::copy(from, &path).map(|_| ()).map_err(io(from))
    }

    /// Swaps the new output in for the old.
    pub fn commit(mut self) -> Result<(), WriteError> {
        if self.out.exists() {
            let parent = self.out.parent().unwrap_or(Path::new("."));
            let name = self
                .out
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let old = parent.join(format!(".{name}.raudtrad-old-{}", std::process::id()));
            if old.exists() {
                std::fs::remove_dir_all(&old).map_err(io(&old))?;
            }
            std::fs::rename(&self.out, &old).map_err(io(&self.out))?;
            if let Err(e) = std::fs::rename(&self.tmp, &self.out) {
                // Put the old output back rather than leave nothing.
                let _ = std::fs::rename(&old, &self.out);
                return Err(io(&self.out)(e));
            }
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&self.tmp, &self.out).map_err(io(&self.out))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
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

/// Removes leftovers of builds that were killed (their process is gone).
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefixes = [
        format!(".{name}.raudtrad-tmp-"),
        format!(".{name}.raudtrad-old-"),
    ];
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = prefixes.iter().find_map(|p| file.strip_prefix(p.as_str())) else {
            continue;
        };
        let alive = pid.parse::<u32>().is_ok_and(|pid| {
            pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists()
        });
        if !alive {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}
