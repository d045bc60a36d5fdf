//! The `Content-Type` of a served file, from its extension (the `mime_guess` table). Text
//! types carry `charset=utf-8`, since raudtrad writes UTF-8; anything unknown is sent as bytes
//! to download, never sniffed.

use std::borrow::Cow;

pub fn for_path(path: &str) -> Cow<'static, str> {
    let Some(mime) = mime_guess::from_path(path).first_raw() else {
        return Cow::Borrowed("application/octet-stream");
    };
    let textual = mime.starts_with("text/")
        || matches!(
            mime,
            "application/json" | "application/xml" | "application/javascript" | "image/svg+xml"
        )
        || mime.ends_with("+xml");
    if textual {
        Cow::Owned(format!("{mime}; charset=utf-8"))
    } else {
        Cow::Borrowed(mime)
    }
}

#[cfg(test)]
mod tests {
    use super::for_path;

    #[test]
    fn types() {
        assert_eq!(for_path("org/index.html"), "text/html; charset=utf-8");
        assert_eq!(for_path("assets/raudtrad.CSS"), "text/css; charset=utf-8");
        assert_eq!(
            for_path("arshjul/kalender.ics"),
            "text/calendar; charset=utf-8"
        );
        assert_eq!(for_path("feed.xml"), "text/xml; charset=utf-8");
        assert_eq!(for_path("files/a.b/plan.pdf"), "application/pdf");
        assert_eq!(for_path("files/a.b/README"), "application/octet-stream");
    }
}
