//! Which `Host` a request may name: the guard against DNS rebinding.
//!
//! A hostile web page can point its own domain at 127.0.0.1 after it has loaded; the
//! browser then sends that page's requests to this server, and the same-origin policy lets
//! the page read the answers — the internal tree, from an editor's machine. Such requests
//! still carry the hostile domain in `Host`, so answering only for names that cannot be
//! re-pointed closes the hole: `localhost` (browsers resolve it to loopback themselves) and
//! IP addresses (an origin that is an address is that machine, and no DNS answer changes it).
//!
//! - On a loopback address (the default): `localhost`, `127.0.0.1`, `[::1]` and the
//!   `--bind` address.
//! - On any other address (`--bind 0.0.0.0`, a LAN address): `localhost` and every IP
//!   address, since other machines reach it by whichever address of this machine they see.
//!   Names of the machine (`pc-42.kommune.local`) are refused as well: the server cannot tell
//!   them from a rebound name, so other machines open it by its address.
//!
//! Any port is accepted (the port is not what a rebinding attack changes). A request without
//! `Host` is accepted only over HTTP/1.0, which did not require it: browsers always send it,
//! so a page cannot leave it out, and HTTP/1.1 requires it (RFC 9112, 3.2).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// No `Host` over HTTP/1.1, several of them, or one that is not a host: 400.
    Malformed(&'static str),
    /// A host this server does not answer for: 421.
    Foreign,
}

#[derive(Clone, Copy, Debug)]
pub struct Hosts {
    bind: IpAddr,
}

impl Hosts {
    pub fn new(bind: IpAddr) -> Hosts {
        Hosts { bind }
    }

    /// Judges the request's `Host` headers (`hosts`, every one given).
    pub fn check(&self, hosts: &[&str], http_1_0: bool) -> Result<(), Refused> {
        let host = match hosts {
            [] if http_1_0 => return Ok(()),
            [] => return Err(Refused::Malformed("an HTTP/1.1 request must name its Host")),
            [one] => *one,
            _ => return Err(Refused::Malformed("more than one Host header")),
        };
        match parse(host) {
            None => Err(Refused::Malformed("the Host header is not a host")),
            Some(Name::Localhost) => Ok(()),
            Some(Name::Ip(ip)) if self.accepts(ip) => Ok(()),
            Some(_) => Err(Refused::Foreign),
        }
    }

    fn accepts(&self, ip: IpAddr) -> bool {
        if !self.bind.is_loopback() {
            return true;
        }
        ip == IpAddr::V4(Ipv4Addr::LOCALHOST)
            || ip == IpAddr::V6(Ipv6Addr::LOCALHOST)
            || ip == self.bind
    }

    /// What this server answers for, for the refusal's text.
    pub fn described(&self) -> String {
        if self.bind.is_loopback() {
            match self.bind {
                IpAddr::V4(ip) if ip == Ipv4Addr::LOCALHOST => {
                    "localhost, 127.0.0.1 or [::1]".into()
                }
                IpAddr::V6(ip) if ip == Ipv6Addr::LOCALHOST => {
                    "localhost, 127.0.0.1 or [::1]".into()
                }
                IpAddr::V4(ip) => format!("localhost, 127.0.0.1, [::1] or {ip}"),
                IpAddr::V6(ip) => format!("localhost, 127.0.0.1, [::1] or [{ip}]"),
            }
        } else {
            "localhost and IP addresses (open it by this machine's address, not its name)".into()
        }
    }
}

enum Name {
    Localhost,
    Ip(IpAddr),
    Other,
}

/// `host [":" port]`, the host a name, an IPv4 address or an IPv6 address in brackets.
fn parse(value: &str) -> Option<Name> {
    let value = value.trim();
    let (name, port) = if let Some(rest) = value.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        let port = match after {
            "" => "",
            p => p.strip_prefix(':')?,
        };
        (Name::Ip(IpAddr::V6(inside.parse().ok()?)), port)
    } else {
        let (host, port) = value.split_once(':').unwrap_or((value, ""));
        let name = if host.eq_ignore_ascii_case("localhost") {
            Name::Localhost
        } else if let Ok(ip) = host.parse::<Ipv4Addr>() {
            Name::Ip(IpAddr::V4(ip))
        } else if !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%!$&'()*+,;=".contains(&b))
        {
            Name::Other
        } else {
            return None;
        };
        (name, port)
    };
    (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(bind: &str) -> Hosts {
        Hosts::new(bind.parse().unwrap())
    }

    #[test]
    fn loopback_answers_only_for_loopback_names() {
        let h = on("127.0.0.1");
        for ok in [
            "localhost",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "[::1]",
            "[::1]:1111",
            "localhost:",
        ] {
            assert_eq!(h.check(&[ok], false), Ok(()), "{ok}");
        }
        for foreign in [
            "attacker.example",
            "attacker.example:1111",
            "localhost.attacker.example",
            "127.0.0.1.nip.io",
            "192.168.1.10",
            "127.0.0.2",
            "[::2]",
        ] {
            assert_eq!(
                h.check(&[foreign], false),
                Err(Refused::Foreign),
                "{foreign}"
            );
        }
        for bad in [
            "",
            "localhost:abc",
            "localhost:123456",
            "[::1",
            "[::1]x",
            "[nope]",
            "a b",
            "a/b",
        ] {
            assert!(
                matches!(h.check(&[bad], false), Err(Refused::Malformed(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_bind_address_is_accepted() {
        assert_eq!(on("127.0.0.2").check(&["127.0.0.2:80"], false), Ok(()));
        assert_eq!(on("::1").check(&["[::1]:80"], false), Ok(()));
        assert!(on("127.0.0.2").described().ends_with("[::1] or 127.0.0.2"));
        assert_eq!(on("::1").described(), "localhost, 127.0.0.1 or [::1]");
    }

    #[test]
    fn beyond_loopback_any_address_but_no_name() {
        for bind in ["0.0.0.0", "::", "192.168.1.10"] {
            let h = on(bind);
            assert_eq!(h.check(&["192.168.1.10:1111"], false), Ok(()));
            assert_eq!(h.check(&["[fe80::1]:1111"], false), Ok(()));
            assert_eq!(h.check(&["localhost"], false), Ok(()));
            assert_eq!(h.check(&["pc-42.local"], false), Err(Refused::Foreign));
        }
    }

    #[test]
    fn host_is_required_from_http_1_1_and_only_once() {
        let h = on("127.0.0.1");
        assert_eq!(h.check(&[], true), Ok(()));
        assert!(matches!(h.check(&[], false), Err(Refused::Malformed(_))));
        assert!(matches!(
            h.check(&["localhost", "localhost"], true),
            Err(Refused::Malformed(_))
        ));
    }
}
