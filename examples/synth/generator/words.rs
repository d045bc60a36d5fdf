//! Nynorsk text from word lists: sentences, paragraphs, lists and tables in the register of a
//! municipality's plans and letters. Nouns come in all their forms (barnehage, barnehagar,
//! barnehagane) and the text is full of æ, ø and å, so that a search index has real work.

use std::fmt::Write as _;

use super::rng::Rng;

/// A noun as indefinite singular, indefinite plural and definite plural.
pub struct Noun(pub &'static str, pub &'static str, pub &'static str);

pub const NOUNS: &[Noun] = &[
    Noun("barnehage", "barnehagar", "barnehagane"),
    Noun("skule", "skular", "skulane"),
    Noun("elev", "elevar", "elevane"),
    Noun("innbyggjar", "innbyggjarar", "innbyggjarane"),
    Noun("teneste", "tenester", "tenestene"),
    Noun("sjukeheim", "sjukeheimar", "sjukeheimane"),
    Noun("bustad", "bustader", "bustadene"),
    Noun("veg", "vegar", "vegane"),
    Noun("brukar", "brukarar", "brukarane"),
    Noun("lærar", "lærarar", "lærarane"),
    Noun("søknad", "søknader", "søknadene"),
    Noun("rutine", "rutinar", "rutinane"),
    Noun("leiar", "leiarar", "leiarane"),
    Noun("plass", "plassar", "plassane"),
    Noun("pårørande", "pårørande", "dei pårørande"),
    Noun("tilsett", "tilsette", "dei tilsette"),
    Noun("avvik", "avvik", "avvika"),
    Noun("vedtak", "vedtak", "vedtaka"),
    Noun("frivillig lag", "frivillige lag", "dei frivillige laga"),
    Noun("omsorgsbustad", "omsorgsbustader", "omsorgsbustadene"),
    Noun("flyktning", "flyktningar", "flyktningane"),
    Noun("fagarbeidar", "fagarbeidarar", "fagarbeidarane"),
    Noun("lærling", "lærlingar", "lærlingane"),
    Noun("føresett", "føresette", "dei føresette"),
];

const SUBJECTS: &[&str] = &[
    "kommunen",
    "eininga",
    "tenesteområdet",
    "sektoren",
    "kommunedirektøren",
    "leiargruppa",
    "prosjektgruppa",
    "dei tilsette",
    "barnehagane",
    "skulane",
    "heimetenesta",
    "NAV-kontoret",
    "frivilligsentralen",
    "brannvesenet",
    "økonomiavdelinga",
    "tillitsvalde og verneombod",
];

/// Modal verb and infinitive, so the word order can follow the V2 rule.
const VERBS: &[(&str, &str)] = &[
    ("skal", "styrkje"),
    ("vil", "utvikle"),
    ("må", "prioritere"),
    ("bør", "vurdere"),
    ("skal", "sikre"),
    ("vil", "følgje opp"),
    ("skal", "redusere"),
    ("vil", "auke"),
    ("skal", "kartleggje"),
    ("må", "avklare"),
    ("skal", "etablere"),
    ("vil", "betre"),
    ("skal", "gå gjennom"),
    ("må", "samordne"),
    ("vil", "vidareføre"),
    ("skal", "leggje til rette for"),
    ("skal", "rapportere på"),
    ("skal", "evaluere"),
    ("vil", "sjå nærare på"),
    ("skal", "greie ut"),
];

pub const OBJECTS: &[&str] = &[
    "tilbodet til barn og unge",
    "kvaliteten i tenestene",
    "kapasiteten i heimetenesta",
    "bruken av digitale verktøy",
    "energibruken i kommunale bygg",
    "samarbeidet med nabokommunane",
    "tilgangen på høvelege bustader",
    "rekrutteringa av fagfolk",
    "medverknaden frå innbyggjarane",
    "beredskapen ved ekstremvêr",
    "vedlikehaldet av kommunale vegar",
    "gjennomføringa av tiltaka",
    "rapporteringa til kommunestyret",
    "arealbruken i sentrum",
    "folkehelsearbeidet i skulen",
    "tilskotsordninga for lag og organisasjonar",
    "overgangen frå barnehage til skule",
    "det førebyggjande arbeidet",
    "internkontrollen i einingane",
    "sjukefråværet blant dei tilsette",
    "ventetida for sakshandsaming",
    "busetjinga av flyktningar",
    "vassforsyninga i bygdene",
    "kompetansen til dei tilsette",
    "det tverrfaglege samarbeidet",
    "kvardagsrehabiliteringa",
    "bemanninga på sjukeheimane",
    "leseopplæringa på småtrinnet",
];

const ADJECTIVES: &[&str] = &[
    "god",
    "trygg",
    "berekraftig",
    "heilskapleg",
    "effektiv",
    "lokal",
    "tverrfagleg",
    "digital",
    "førebyggjande",
    "langsiktig",
    "tydeleg",
    "inkluderande",
    "robust",
    "attraktiv",
    "grøn",
    "felles",
    "naudsynt",
    "betre",
    "ny",
    "open",
];

const CONNECTORS: &[&str] = &[
    "I tillegg",
    "Samstundes",
    "Difor",
    "På sikt",
    "I planperioden",
    "Som ein del av dette",
    "Etter vedtak i kommunestyret",
    "Vidare",
    "For å nå målet",
    "I samarbeid med frivillige lag",
    "Innan utgangen av året",
    "Etter første tertial",
    "Når økonomien tillèt det",
];

pub const FIRST_NAMES: &[&str] = &[
    "Kari", "Ola", "Ingrid", "Sigrid", "Håkon", "Bjørn", "Øystein", "Åse", "Solveig", "Tor",
    "Ragnhild", "Eirik", "Marit", "Jørgen", "Synnøve", "Knut", "Liv", "Arne", "Gunnhild", "Jon",
    "Torunn", "Einar", "Åshild", "Magne", "Randi", "Geir", "Turid", "Sveinung", "Hege", "Trond",
    "Aslaug", "Nils", "Brynhild", "Leif", "Gro", "Sindre", "Vigdis", "Ørjan", "Mari", "Steinar",
];

pub const LAST_NAMES: &[&str] = &[
    "Haugland",
    "Bjørnstad",
    "Sæther",
    "Øvrebø",
    "Ødegård",
    "Håland",
    "Kvamme",
    "Lægreid",
    "Myhre",
    "Tveit",
    "Aasen",
    "Rød",
    "Fjære",
    "Brekke",
    "Nesheim",
    "Skår",
    "Løvik",
    "Vågen",
    "Hjelmeland",
    "Førde",
    "Ulvik",
    "Bøe",
    "Gjerde",
    "Dahle",
    "Sørbø",
    "Tjøtta",
    "Helland",
    "Kleppe",
    "Ådnanes",
    "Mæland",
    "Rykkje",
    "Storås",
    "Aarskog",
    "Berntsen",
    "Flåten",
];

pub const PLACES: &[&str] = &[
    "Solbakken",
    "Nordvik",
    "Fjellheim",
    "Åsen",
    "Bjørkely",
    "Sætre",
    "Strand",
    "Haugland",
    "Lia",
    "Brekke",
    "Myklebust",
    "Kvåle",
    "Hølen",
    "Grønli",
    "Sandvik",
    "Tjørnhol",
    "Våge",
    "Ådland",
    "Rossland",
    "Hjelle",
    "Engeset",
    "Øvrebø",
    "Lønning",
    "Flatøy",
    "Hauge",
    "Skogly",
    "Søreide",
    "Trodal",
    "Midtbø",
    "Furuly",
    "Kvernhus",
    "Dalen",
    "Bakkebø",
    "Skåla",
    "Torvund",
    "Havreneset",
    "Liabø",
    "Straumsnes",
    "Eide",
    "Rørvik",
];

pub fn cap(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An id from a Norwegian title: `Økonomi og løn` → `okonomi-og-lon`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.to_lowercase().chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ø' | 'ö' => out.push('o'),
            'å' | 'ä' => out.push('a'),
            'é' | 'è' => out.push('e'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

pub fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES))
}

pub fn sentence(rng: &mut Rng) -> String {
    let (modal, verb) = *rng.pick(VERBS);
    let s = match rng.range(0, 6) {
        0 => format!(
            "{} {modal} {verb} {}",
            cap(rng.word(SUBJECTS)),
            rng.pick(OBJECTS)
        ),
        1 => format!(
            "{} {modal} {} {verb} {} i samarbeid med {}",
            rng.pick(CONNECTORS),
            rng.pick(SUBJECTS),
            rng.pick(OBJECTS),
            rng.pick(NOUNS).2
        ),
        2 => format!(
            "Det er behov for {} oppfølging av {}, og {} {modal} {verb} {}",
            rng.pick(ADJECTIVES),
            rng.pick(OBJECTS),
            rng.pick(SUBJECTS),
            rng.pick(OBJECTS)
        ),
        3 => {
            let n = rng.pick(NOUNS);
            format!(
                "Talet på {} har endra seg med {} prosent sidan {}, og {} melder om eit {} behov for {}",
                n.1,
                rng.range(2, 35),
                rng.range(2018, 2024),
                n.2,
                rng.pick(&["aukande", "stabilt", "endra", "større", "mindre"]),
                rng.pick(OBJECTS)
            )
        }
        4 => {
            let n = rng.pick(NOUNS);
            format!(
                "Kvar {} skal ha ein {} plan for {}, og {} {modal} {verb} arbeidet saman med {}",
                n.0,
                rng.pick(ADJECTIVES),
                rng.pick(OBJECTS),
                rng.pick(SUBJECTS),
                n.2
            )
        }
        5 => format!(
            "{} og {} {modal} lage ein {} plan for {} innan {}",
            cap(rng.word(SUBJECTS)),
            rng.pick(SUBJECTS),
            rng.pick(ADJECTIVES),
            rng.pick(OBJECTS),
            rng.range(2026, 2032)
        ),
        _ => format!(
            "Erfaringane frå {} viser at {} er avgjerande for {}",
            rng.pick(NOUNS).2,
            rng.pick(OBJECTS),
            rng.pick(OBJECTS)
        ),
    };
    s + "."
}

/// Sentences until about `words` words.
pub fn paragraph(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    while count < words {
        let s = sentence(rng);
        count += s.split(' ').count();
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s);
    }
    out
}

pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A Markdown body assembled part by part.
pub struct Body {
    pub text: String,
}

impl Body {
    pub fn new() -> Body {
        Body {
            text: String::with_capacity(2048),
        }
    }
    /// A paragraph of `lo..=hi` words.
    pub fn para(&mut self, rng: &mut Rng, lo: usize, hi: usize) -> &mut Body {
        let words = rng.range(lo, hi);
        let p = paragraph(rng, words);
        self.line(&p)
    }
    pub fn line(&mut self, text: &str) -> &mut Body {
        self.text.push_str(text);
        self.text.push_str("\n\n");
        self
    }
    pub fn heading(&mut self, text: &str) -> &mut Body {
        writeln!(self.text, "## {text}\n").unwrap();
        self
    }
    /// A list of `lo..=hi` sentences.
    pub fn bullets(&mut self, rng: &mut Rng, lo: usize, hi: usize) -> &mut Body {
        for _ in 0..rng.range(lo, hi) {
            writeln!(self.text, "- {}", sentence(rng)).unwrap();
        }
        self.text.push('\n');
        self
    }
    pub fn numbered(&mut self, items: &[String]) -> &mut Body {
        for (i, item) in items.iter().enumerate() {
            writeln!(self.text, "{}. {item}", i + 1).unwrap();
        }
        self.text.push('\n');
        self
    }
    pub fn list(&mut self, items: &[String]) -> &mut Body {
        for item in items {
            writeln!(self.text, "- {item}").unwrap();
        }
        self.text.push('\n');
        self
    }
    /// A table with a header row; `right` marks columns of numbers.
    pub fn table(&mut self, header: &[&str], right: &[bool], rows: &[Vec<String>]) -> &mut Body {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            let mut l = String::from("|");
            for c in cells {
                write!(l, " {c} |").unwrap();
            }
            l
        };
        writeln!(self.text, "{}", line(&mut header.iter().copied())).unwrap();
        let rule: Vec<&str> = right
            .iter()
            .map(|&r| if r { "---:" } else { "---" })
            .collect();
        writeln!(self.text, "{}", line(&mut rule.iter().copied())).unwrap();
        for row in rows {
            writeln!(self.text, "{}", line(&mut row.iter().map(String::as_str))).unwrap();
        }
        self.text.push('\n');
        self
    }
    pub fn done(&mut self) -> String {
        std::mem::take(&mut self.text).trim_end().to_string() + "\n"
    }
}

/// Kroner with a space between thousands, as Norwegian documents write them.
pub fn kroner(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if amount < 0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_amounts() {
        assert_eq!(slug("Økonomi og løn – Åsen"), "okonomi-og-lon-asen");
        assert_eq!(slug("PPT-team Sætre 2"), "ppt-team-saetre-2");
        assert_eq!(kroner(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(kroner(-500), "-500");
    }

    #[test]
    fn paragraphs_reach_their_length() {
        let mut rng = Rng::new(1);
        let p = paragraph(&mut rng, 120);
        assert!((120..170).contains(&words(&p)), "{p}");
        assert!(p.ends_with('.'));
    }
}
