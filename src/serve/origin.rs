//! Which requests a page of another origin may make: the guard against cross-origin reads.
//!
//! Any web page an editor has open (or a page of another local server: `127.0.0.1:8080` is
//! another origin but the same *site* as `127.0.0.1:1111`) can make the browser send requests
//! here that name an accepted `Host`: script and style elements, images, iframes, `fetch()`
//! in `no-cors` mode. A script element runs what it gets, so a file that is script (or looks
//! like it) would give its data away. So a request that the browser marks as made by another
//! origin is refused, unless it is a top-level navigation (a link to the preview from
//! elsewhere opens it, as any link does; the page is then on serve's own origin):
//!
//! - `Sec-Fetch-Site` (sent by every current browser): `same-origin` and `none` (an address
//!   typed, a bookmark) pass; `same-site` and `cross-site` only with `Sec-Fetch-Mode:
//!   navigate` and `Sec-Fetch-Dest: document`.
//! - `Origin`: when sent, it must be serve's own (`http://` and the `Host` the request
//!   names). `null` (a sandboxed frame, a file opened from disk) is not.
//!
//! A browser too old for `Sec-Fetch-*` still obeys the headers every answer carries
//! (`http.rs`): no framing by another origin, no embedding by another origin
//! (`Cross-Origin-Resource-Policy`), no sniffing.

/// Why a request was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// `Sec-Fetch-Site` says another site or origin made it, and it is not a navigation.
    Fetch(String),
    /// `Origin` names another origin.
    Origin(String),
}

/// Judges a request by its `Sec-Fetch-Site`, `Sec-Fetch-Mode`, `Sec-Fetch-Dest`, `Origin`
/// and `Host` headers (each the first one given).
pub fn check(
    site: Option<&str>,
    mode: Option<&str>,
    dest: Option<&str>,
    origin: Option<&str>,
    host: Option<&str>,
) -> Result<(), Refused> {
    if let Some(origin) = origin {
        let own = host.is_some_and(|h| {
            origin
                .trim()
                .strip_prefix("http://")
                .is_some_and(|o| o.eq_ignore_ascii_case(h.trim()))
        });
        if !own {
            return Err(Refused::Origin(origin.to_string()));
        }
    }
    match site.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
        None | Some("same-origin" | "none") => Ok(()),
        Some(other) => {
            let navigation = mode.is_some_and(|m| m.trim().eq_ignore_ascii_case("navigate"))
                && dest.is_some_and(|d| d.trim().eq_ignore_ascii_case("document"));
            if navigation {
                Ok(())
            } else {
                Err(Refused::Fetch(other.to_string()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: Option<&str> = Some("127.0.0.1:1111");

    #[test]
    fn own_pages_and_navigations_pass() {
        for site in [None, Some("same-origin"), Some("none")] {
            for (mode, dest) in [
                (Some("navigate"), Some("document")),
                (Some("no-cors"), Some("script")),
                (Some("cors"), Some("empty")),
            ] {
                assert_eq!(check(site, mode, dest, None, HOST), Ok(()));
            }
        }
        // A link from another site opens the preview.
        for site in ["cross-site", "same-site"] {
            assert_eq!(
                check(Some(site), Some("navigate"), Some("document"), None, HOST),
                Ok(())
            );
        }
        assert_eq!(
            check(
                Some("same-origin"),
                Some("cors"),
                Some("empty"),
                Some("http://127.0.0.1:1111"),
                HOST
            ),
            Ok(())
        );
    }

    #[test]
    fn another_origin_gets_nothing_but_a_navigation() {
        for site in ["cross-site", "same-site", "CROSS-SITE", "something-new"] {
            for (mode, dest) in [
                (Some("no-cors"), Some("script")),
                (Some("cors"), Some("empty")),
                (Some("navigate"), Some("iframe")),
                (Some("navigate"), Some("frame")),
                (Some("no-cors"), Some("style")),
                (None, None),
            ] {
                assert!(
                    matches!(
                        check(Some(site), mode, dest, None, HOST),
                        Err(Refused::Fetch(_))
                    ),
                    "{site} {mode:?} {dest:?}"
                );
            }
        }
        for origin in [
            "http://127.0.0.1:2222",
            "http://localhost:1111",
            "https://127.0.0.1:1111",
            "null",
            "http://attacker.example",
            "",
        ] {
            assert!(
                matches!(
                    check(Some("same-origin"), None, None, Some(origin), HOST),
                    Err(Refused::Origin(_))
                ),
                "{origin}"
            );
        }
        // No Host to compare with: an Origin cannot be told to be serve's own.
        assert!(check(None, None, None, Some("http://127.0.0.1:1111"), None).is_err());
    }
}
