//! What a Norwegian municipality is made of: its sectors, the service areas in each, the kind
//! of unit each area runs, the topics its assignments are about, its goals and its indicators.
//! The generator draws names from here so that the synthetic site reads like a real one.

pub struct Sector {
    pub name: &'static str,
    pub areas: &'static [Area],
    /// What assignments in the sector are about ("… for {topic}").
    pub topics: &'static [&'static str],
    /// Goal statements for the sector's kommunedelplan.
    pub goals: &'static [&'static str],
    pub indicators: &'static [Indicator],
}

pub struct Area {
    pub name: &'static str,
    /// The name of a unit in the area, `{}` standing for a place.
    pub unit: &'static str,
    /// The title of the leader of such a unit.
    pub role: &'static str,
}

pub struct Indicator {
    pub title: &'static str,
    pub measure: &'static str,
    pub higher_is_better: bool,
    pub base: f64,
}

const fn a(name: &'static str, unit: &'static str, role: &'static str) -> Area {
    Area { name, unit, role }
}

const fn i(title: &'static str, measure: &'static str, higher: bool, base: f64) -> Indicator {
    Indicator {
        title,
        measure,
        higher_is_better: higher,
        base,
    }
}

pub const SECTORS: &[Sector] = &[
    Sector {
        name: "Oppvekst",
        areas: &[
            a("Barnehage", "{} barnehage", "Styrar"),
            a("Grunnskule", "{} skule", "Rektor"),
            a("Pedagogisk-psykologisk teneste", "PPT-team {}", "Fagleiar"),
            a("Kulturskule", "Kulturskulen avdeling {}", "Avdelingsleiar"),
            a("Barnevern", "Barnevernsteam {}", "Teamleiar"),
            a(
                "Helsestasjon og skulehelseteneste",
                "Helsestasjonen {}",
                "Leiande helsesjukepleiar",
            ),
        ],
        topics: &[
            "overgang frå barnehage til skule",
            "tidleg innsats i barnehagane",
            "leseopplæring på 1.–4. trinn",
            "eit trygt og godt skulemiljø",
            "spesialpedagogisk hjelp",
            "samarbeid med føresette",
            "kulturskuletilbodet",
            "barnehageopptaket",
            "skuleskyss",
            "digitale læringsverktøy",
            "uteområda i barnehagane",
            "fråvær i ungdomsskulen",
        ],
        goals: &[
            "Alle barn og unge opplever meistring og tryggleik",
            "Barnehagane gir leik og læring av høg kvalitet",
            "Elevane får tidleg og rett hjelp",
            "Skulane har eit inkluderande læringsmiljø",
            "Familiar får støtte når dei treng det",
            "Ungdom fullfører vidaregåande opplæring",
        ],
        indicators: &[
            i("Del barn 1–5 år med barnehageplass", "%", true, 91.0),
            i("Elevar som trivst på skulen (7. trinn)", "%", true, 86.0),
            i(
                "Lesing, 5. trinn: elevar på lågaste meistringsnivå",
                "%",
                false,
                24.0,
            ),
            i(
                "Netto driftsutgifter til barnehage per barn",
                "kr",
                false,
                182_000.0,
            ),
            i(
                "Tal på barn med vedtak om spesialpedagogisk hjelp",
                "tal",
                false,
                37.0,
            ),
        ],
    },
    Sector {
        name: "Helse og omsorg",
        areas: &[
            a("Heimetenester", "Heimetenesta {}", "Avdelingsleiar"),
            a("Sjukeheimar", "{} sjukeheim", "Einingsleiar"),
            a("Bu- og miljøtenester", "{} bufellesskap", "Einingsleiar"),
            a("Psykisk helse og rus", "Psykisk helse-team {}", "Teamleiar"),
            a("Legeteneste", "{} legekontor", "Kommuneoverlege"),
            a("Fysio- og ergoterapi", "Terapiteam {}", "Fagleiar"),
        ],
        topics: &[
            "kvardagsrehabilitering",
            "velferdsteknologi i heimetenesta",
            "legevakt og fastlegeordninga",
            "demensomsorg",
            "ernæring på sjukeheimane",
            "samarbeid med pårørande",
            "rus og psykisk helse",
            "bemanning i helgene",
            "tildeling av omsorgsbustader",
            "smittevern",
            "legemiddelhandtering",
            "dagaktivitetstilbodet",
        ],
        goals: &[
            "Innbyggjarane meistrar kvardagen lengst mogleg i eigen heim",
            "Tenestene er trygge og heilskaplege",
            "Pårørande opplever å bli sett og høyrde",
            "Fleire får hjelp tidleg ved psykiske plager",
            "Kommunen har nok fagfolk i helse og omsorg",
        ],
        indicators: &[
            i(
                "Korttidsplassar i sjukeheim per 1 000 innbyggjarar over 80 år",
                "tal",
                true,
                42.0,
            ),
            i("Del heiltidsstillingar i helse og omsorg", "%", true, 48.0),
            i("Ventetid på heimeteneste", "dagar", false, 9.0),
            i("Brukarar med velferdsteknologi", "tal", true, 310.0),
            i("Sjukefråvær i helse og omsorg", "%", false, 10.4),
        ],
    },
    Sector {
        name: "Teknisk drift",
        areas: &[
            a("Vatn og avløp", "VA-drift {}", "Driftsleiar"),
            a("Veg og trafikk", "Vegteam {}", "Formann"),
            a("Brann og redning", "{} brannstasjon", "Brannmeister"),
            a("Reinhald", "Reinhald {}", "Reinhaldsleiar"),
        ],
        topics: &[
            "vassforsyninga",
            "avløpsnettet",
            "kommunale vegar",
            "gatelys",
            "trafikktryggleik rundt skulane",
            "brannførebygging",
            "reinhald i kommunale bygg",
            "snøbrøyting og strøing",
            "leidningsfornying",
        ],
        goals: &[
            "Innbyggjarane har trygt og nok drikkevatn",
            "Vegnettet er trygt for alle trafikantar",
            "Kommunen er budd på ekstremvêr",
            "Drifta er effektiv og berekraftig",
        ],
        indicators: &[
            i("Fornya vassleidningsnett siste tre år", "%", true, 0.6),
            i("Lekkasjar frå vassnettet", "%", false, 31.0),
            i("Trafikkulykker med personskade", "tal", false, 7.0),
            i("Utrykkingstid brann, sentrum", "min", false, 11.0),
        ],
    },
    Sector {
        name: "Samfunnsutvikling",
        areas: &[
            a("Plan og byggesak", "Byggesaksteam {}", "Teamleiar"),
            a("Landbruk og miljø", "Landbrukskontoret {}", "Fagleiar"),
            a("Næring", "Næringsteam {}", "Næringssjef"),
            a("Oppmåling og geodata", "Oppmåling {}", "Fagleiar"),
        ],
        topics: &[
            "reguleringsplan for sentrum",
            "sakshandsaming av byggesøknader",
            "landbruksvegar",
            "næringsareal",
            "klimatilpassing",
            "kartgrunnlaget",
            "strandsona",
            "klimabudsjettet",
            "bustadbygging i bygdene",
        ],
        goals: &[
            "Sentrum er levande og attraktivt",
            "Arealbruken tek vare på natur og matjord",
            "Næringslivet har gode vilkår for vekst",
            "Klimagassutsleppa går ned",
        ],
        indicators: &[
            i("Byggesaker handsama innan fristen", "%", true, 82.0),
            i("Klimagassutslepp per innbyggjar", "tonn", false, 5.9),
            i("Nye arbeidsplassar i næringslivet", "tal", true, 64.0),
        ],
    },
    Sector {
        name: "Kultur og fritid",
        areas: &[
            a("Bibliotek", "{} bibliotek", "Biblioteksjef"),
            a("Frivilligheit", "Frivilligsentralen {}", "Dagleg leiar"),
            a("Idrett og friluftsliv", "Idrettshallen {}", "Hallansvarleg"),
            a("Kulturhus", "Kulturhuset {}", "Kulturhussjef"),
        ],
        topics: &[
            "bibliotektilbodet",
            "frivilligheita",
            "idrettsanlegg",
            "kulturarrangement",
            "friluftsområde",
            "ungdomsklubben",
            "tilskot til lag og organisasjonar",
            "den kulturelle skulesekken",
        ],
        goals: &[
            "Alle kan delta i kultur- og fritidsaktivitetar",
            "Frivilligheita står sterkt",
            "Innbyggjarane har gode friluftsområde nær heimen",
        ],
        indicators: &[
            i("Besøk i folkebiblioteka per innbyggjar", "tal", true, 3.8),
            i(
                "Barn og unge i organiserte fritidsaktivitetar",
                "%",
                true,
                71.0,
            ),
        ],
    },
    Sector {
        name: "Økonomi og organisasjon",
        areas: &[
            a("Økonomi", "Rekneskap {}", "Rekneskapssjef"),
            a("Personal", "HR-team {}", "HR-leiar"),
            a("Digitalisering", "IKT-team {}", "Teamleiar"),
            a("Innkjøp", "Innkjøpsteam {}", "Innkjøpsleiar"),
            a("Dokumentsenter", "Dokumentsenteret {}", "Arkivleiar"),
        ],
        topics: &[
            "budsjettoppfølging",
            "innkjøpsrutinar",
            "rekruttering",
            "sjukefråvær",
            "digitalisering av arkivet",
            "informasjonstryggleik",
            "heiltidskultur",
            "lønsoppgjeret",
            "internkontroll",
        ],
        goals: &[
            "Kommunen har ein sunn og berekraftig økonomi",
            "Kommunen er ein attraktiv arbeidsgivar",
            "Tenestene er digitale der det tener innbyggjarane",
        ],
        indicators: &[
            i(
                "Netto driftsresultat i prosent av driftsinntektene",
                "%",
                true,
                1.2,
            ),
            i("Sjukefråvær i kommunen samla", "%", false, 8.1),
            i(
                "Disposisjonsfond i prosent av driftsinntektene",
                "%",
                true,
                6.5,
            ),
        ],
    },
    Sector {
        name: "NAV og busetjing",
        areas: &[
            a("Sosialtenesta", "NAV-kontoret {}", "Avdelingsleiar"),
            a("Flyktningtenesta", "Flyktningtenesta {}", "Fagleiar"),
            a(
                "Arbeid og inkludering",
                "Arbeidssenteret {}",
                "Dagleg leiar",
            ),
        ],
        topics: &[
            "busetjing av flyktningar",
            "kvalifiseringsprogrammet",
            "økonomisk rådgjeving",
            "ungdomsgarantien",
            "bustadsosialt arbeid",
            "introduksjonsprogrammet",
        ],
        goals: &[
            "Fleire kjem i arbeid eller utdanning",
            "Flyktningar blir godt inkluderte i lokalsamfunnet",
        ],
        indicators: &[
            i("Mottakarar av økonomisk sosialhjelp", "tal", false, 212.0),
            i(
                "Deltakarar i arbeid eller utdanning etter introduksjonsprogrammet",
                "%",
                true,
                63.0,
            ),
        ],
    },
    Sector {
        name: "Stab og kommunikasjon",
        areas: &[
            a("Politisk sekretariat", "Politisk sekretariat {}", "Leiar"),
            a(
                "Kommunikasjon",
                "Kommunikasjonsteam {}",
                "Kommunikasjonssjef",
            ),
            a("Beredskap", "Beredskapsteam {}", "Beredskapskoordinator"),
            a("Folkehelse", "Folkehelseteam {}", "Folkehelsekoordinator"),
        ],
        topics: &[
            "beredskapsplanen",
            "kommunikasjonsstrategien",
            "folkehelseoversikta",
            "klarspråk i brev til innbyggjarane",
            "innbyggjardialog",
            "ROS-analysen",
        ],
        goals: &[
            "Innbyggjarane har tillit til kommunen",
            "Kommunen er godt budd på kriser",
            "Folkehelsa blir betre i alle grupper",
        ],
        indicators: &[
            i(
                "Innbyggjarar som er nøgde med informasjonen frå kommunen",
                "%",
                true,
                67.0,
            ),
            i("Gjennomførte beredskapsøvingar", "tal", true, 4.0),
        ],
    },
    Sector {
        name: "Eigedom",
        areas: &[
            a("Bygg og vedlikehald", "Driftsteam {}", "Driftsleiar"),
            a("Utbygging", "Prosjektkontoret {}", "Prosjektleiar"),
            a("Bustadforvaltning", "Bustadkontoret {}", "Forvaltar"),
        ],
        topics: &[
            "vedlikehald av skulebygg",
            "energisparing i kommunale bygg",
            "nytt sjukeheimsbygg",
            "utleigebustader",
            "universell utforming av bygg",
            "solceller på kommunale tak",
        ],
        goals: &[
            "Kommunale bygg er trygge, universelt utforma og energieffektive",
            "Kommunen har nok utleigebustader",
        ],
        indicators: &[
            i(
                "Energibruk i kommunale bygg per kvadratmeter",
                "kWh",
                false,
                168.0,
            ),
            i("Vedlikehaldsetterslep", "mill. kr", false, 212.0),
        ],
    },
];

pub const MAIN_GOALS: &[&str] = &[
    "Gode oppvekstvilkår for barn og unge",
    "Helse og meistring heile livet",
    "Eit berekraftig og klimavenleg samfunn",
    "Levande bygder og eit attraktivt sentrum",
    "Trygge og inkluderande lokalsamfunn",
    "Ein effektiv og open kommuneorganisasjon",
];

pub const SUB_GOALS: &[&str] = &[
    "Fleire deltek i arbeid og fellesskap",
    "Innbyggjarane har gode bustader i alle livsfasar",
    "Tenestene er lett tilgjengelege og digitale",
    "Natur og matjord blir teken vare på",
    "Frivilligheit og kultur blomstrar",
    "Sosiale skilnader i helse blir mindre",
    "Kommunen samarbeider godt med næringslivet",
    "Kommunen brukar ressursane effektivt",
];

pub const ACTIONS: &[&str] = &[
    "Innføre ny rutine for",
    "Utarbeide plan for",
    "Revidere retningslinjer for",
    "Kartleggje behovet for",
    "Etablere samarbeid om",
    "Greie ut",
    "Gjennomføre kompetanseløft i",
    "Styrkje",
    "Evaluere",
    "Følgje opp",
    "Digitalisere",
    "Samordne arbeidet med",
    "Planleggje",
    "Prøve ut ny modell for",
];

pub const TASK_ACTIONS: &[&str] = &[
    "Lage framdriftsplan",
    "Kalle inn til oppstartsmøte",
    "Samle inn data",
    "Skrive utkast",
    "Sende på høyring",
    "Leggje fram for leiargruppa",
    "Gjennomføre opplæring",
    "Oppdatere rutinen i kvalitetssystemet",
    "Informere dei tilsette",
    "Evaluere og rapportere",
    "Innhente tilbod",
    "Avklare økonomi",
];

pub const CHECKLISTS: &[&str] = &[
    "Personvern og informasjonstryggleik",
    "Brannvern i kommunale bygg",
    "HMS og arbeidsmiljø",
    "Legemiddelhandtering",
    "Tilsyn med barnehagar",
    "Økonomirutinar",
    "Smittevern",
    "Beredskap",
    "Arkiv og dokumentasjon",
    "Offentlege innkjøp",
];

pub const CHECK_GROUPS: &[&str] = &["Rutine", "Dokumentasjon", "Opplæring", "Avvik", "Risiko"];

pub const EXEMPTIONS: &[&str] = &[
    "Offl. § 14",
    "Offl. § 13 jf. fvl. § 13",
    "Offl. § 23",
    "Offl. § 25",
];
