//! The invented clients: names, contact details, work or school, relatives and one or
//! two distinctive facts. Entirely made up — names from a list, streets in towns that do
//! not exist, phone numbers in the 555-01xx range reserved for fiction, addresses at
//! `example.*` — and deterministic for a seed.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sanctum_practice::{ClientProfile, Relative};

/// Given names with a nickname some go by, and the pronoun the notes use.
const GIVEN: &[(&str, Option<&str>, Sex)] = &[
    ("Margaret", Some("Peggy"), Sex::F),
    ("Robert", Some("Bob"), Sex::M),
    ("Elizabeth", Some("Liz"), Sex::F),
    ("Charles", Some("Chuck"), Sex::M),
    ("Katherine", Some("Kate"), Sex::F),
    ("Jonathan", None, Sex::M),
    ("Priya", None, Sex::F),
    ("Tomasz", None, Sex::M),
    ("Siobhan", None, Sex::F),
    ("Mateo", None, Sex::M),
    ("Ingrid", None, Sex::F),
    ("Desmond", Some("Des"), Sex::M),
    ("Annika", None, Sex::F),
    ("Oluwaseun", Some("Seun"), Sex::M),
    ("Rosalind", Some("Roz"), Sex::F),
    ("Benedikt", Some("Ben"), Sex::M),
    ("Hope", None, Sex::F),
    ("Grace", None, Sex::F),
    ("Florian", None, Sex::M),
    ("Zoë", None, Sex::F),
    ("Ignacio", Some("Nacho"), Sex::M),
    ("Marguerite", None, Sex::F),
    ("Théo", None, Sex::M),
    ("Agnieszka", Some("Aga"), Sex::F),
    ("Lachlan", None, Sex::M),
    ("Cornelius", Some("Neil"), Sex::M),
    ("Henrietta", Some("Hettie"), Sex::F),
    ("Augustin", None, Sex::M),
    ("Wilhelmina", Some("Mina"), Sex::F),
    ("Bartholomew", Some("Bart"), Sex::M),
    ("Esperanza", None, Sex::F),
    ("Leopold", Some("Leo"), Sex::M),
    ("Philippa", Some("Pippa"), Sex::F),
    ("Gideon", None, Sex::M),
    ("Ottilie", None, Sex::F),
    ("Evander", None, Sex::M),
    ("Cosima", None, Sex::F),
    ("Anselm", None, Sex::M),
    ("Perpetua", None, Sex::F),
    ("Lysander", None, Sex::M),
    ("Temperance", None, Sex::F),
];
const FAMILY: &[&str] = &[
    "Okonkwo",
    "Lindqvist",
    "Abernathy",
    "Castellanos",
    "Pemberton",
    "Nakashima",
    "Fairbanks",
    "Delacroix",
    "Wojcik",
    "Hargreaves",
    "Brannigan",
    "Mortensen",
    "Oyelaran",
    "Quintero",
    "Thistlewood",
    "Vasquez",
    "Kowalski",
    "Ferreira",
    "Dunmore",
    "Halvorsen",
    "Achterberg",
    "Lombardi",
    "Strand",
    "Ramaswamy",
    "Eberhardt",
    "Gallagher",
    "Moreau",
    "Sørensen",
    "Whitlock",
    "Kaczmarek",
];
const RELATIVE_GIVEN: &[(&str, Sex)] = &[
    ("Daniel", Sex::M),
    ("Harriet", Sex::F),
    ("Felix", Sex::M),
    ("Maren", Sex::F),
    ("Oscar", Sex::M),
    ("Clara", Sex::F),
    ("Idris", Sex::M),
    ("Leonie", Sex::F),
    ("Rafael", Sex::M),
    ("Tessa", Sex::F),
    ("Malik", Sex::M),
    ("Ines", Sex::F),
];
const CITIES: &[&str] = &["Ashford", "Brookvale", "Carrow", "Dunmere", "Eastleigh", "Fenwick", "Glenrock", "Harwood"];
const STREETS: &[&str] =
    &["Linden", "Quarry", "Orchard", "Beacon", "Foundry", "Heron", "Kiln", "Mariner", "Tanner", "Weir"];
const SUFFIXES: &[&str] = &["Street", "Road", "Lane", "Avenue", "Close", "Drive"];
const JOBS: &[(&str, &[&str])] = &[
    ("nurse", &["{C} General Hospital", "St. Brigid's Hospital"]),
    ("primary school teacher", &["{C} Primary School", "Fernhill Academy"]),
    ("electrician", &["Brightwire Electrical", "{C} Power Co-op"]),
    ("software engineer", &["Kestrel Labs", "Tessellate Software"]),
    ("firefighter", &["{C} Fire Department"]),
    ("paralegal", &["Ardmore & Finch LLP", "{C} Legal Aid"]),
    ("chef", &["The Copper Kettle", "{C} Brewing Company"]),
    ("bus driver", &["{C} Transit Authority"]),
    ("pharmacist", &["Marlow Pharmacy", "{C} Family Clinic"]),
    ("librarian", &["{C} Public Library"]),
    ("accountant", &["Pellow & Grant", "{C} Credit Union"]),
    ("veterinary nurse", &["Hollybrook Vets"]),
    ("warehouse supervisor", &["Northgate Logistics"]),
    ("hairdresser", &["Snip & Stone", "Salon Verde"]),
];
const SCHOOLS: &[&str] = &["{C} High School", "Fernhill Sixth Form", "St. Aldric's College"];
const UNIVERSITIES: &[&str] = &["University of {C}", "{C} Community College"];
const FACTS: &[&str] = &[
    "owns the bakery on {S}",
    "plays viola in the {C} Symphony Orchestra",
    "coaches the {C} Otters under-12 hockey team",
    "was a contestant on season {N} of MasterChef",
    "keeps a pet alpaca named {P} that went viral online",
    "ran for mayor of {C} in {Y}",
    "painted the giant mural on {S}",
    "hosts the Night Shift Gardener podcast",
    "is one of identical triplets",
    "rows in the {C} masters eight",
    "restores vintage Vespas in a garage on {S}",
    "won the {C} half marathon in {Y}",
    "runs the Saturday cheese stall at {C} market",
    "is the only licensed falconer in {C}",
    "sings in the {C} Gospel Choir",
    "drives the ice-cream van around {C}",
    "wrote a self-published memoir about surviving a lightning strike",
];
const PETS: &[&str] = &["Biscuit", "Waffles", "Pickles", "Noodle", "Turnip", "Mochi"];
const MAIL: &[&str] = &["example.org", "example.net", "example.com", "mail.example"];

/// The pronouns notes use for a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sex {
    F,
    M,
}

impl Sex {
    pub(crate) fn subject(self) -> &'static str {
        match self {
            Sex::F => "she",
            Sex::M => "he",
        }
    }

    pub(crate) fn object(self) -> &'static str {
        match self {
            Sex::F => "her",
            Sex::M => "him",
        }
    }

    pub(crate) fn possessive(self) -> &'static str {
        match self {
            Sex::F => "her",
            Sex::M => "his",
        }
    }
}

/// The pronouns for a profile's given name (by the list it was drawn from).
pub(crate) fn sex_of(profile: &ClientProfile) -> Sex {
    GIVEN.iter().find(|(g, _, _)| *g == profile.given_name).map_or(Sex::F, |(_, _, s)| *s)
}

/// `n` invented clients, the same for the same seed; no two share a full name.
pub fn profiles(seed: u64, n: usize) -> Vec<ClientProfile> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut clients = Vec::with_capacity(n);
    let mut used = std::collections::HashSet::new();
    // Each given name once before any repeats, as in a real caseload of this size.
    let mut order: Vec<usize> = (0..GIVEN.len()).collect();
    order.shuffle(&mut rng);
    while clients.len() < n && used.len() < GIVEN.len() * FAMILY.len() {
        let k = clients.len();
        let &(given, preferred, sex) = if k < GIVEN.len() { &GIVEN[order[k]] } else { pick(&mut rng, GIVEN) };
        let family = *pick(&mut rng, FAMILY);
        if used.insert((given, family)) {
            clients.push(client(&mut rng, given, preferred, sex, family));
        }
    }
    clients
}

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

fn client(rng: &mut ChaCha8Rng, given: &str, preferred: Option<&str>, sex: Sex, family: &str) -> ClientProfile {
    let city = *pick(rng, CITIES);
    let fill = |s: &str, rng: &mut ChaCha8Rng| {
        s.replace("{C}", city)
            .replace("{S}", &format!("{} {}", pick(rng, STREETS), pick(rng, SUFFIXES)))
            .replace("{N}", &rng.gen_range(2..16).to_string())
            .replace("{Y}", &rng.gen_range(2006..2024).to_string())
            .replace("{P}", pick::<&str>(rng, PETS))
    };
    let age: i64 = rng.gen_range(16..78);
    let (occupation, employer, school) = if age < 19 {
        ("student".to_owned(), String::new(), fill(pick::<&str>(rng, SCHOOLS), rng))
    } else if age < 24 && rng.gen_bool(0.5) {
        let job = if rng.gen_bool(0.5) { fill("The Copper Kettle", rng) } else { String::new() };
        ("university student".to_owned(), job, fill(pick::<&str>(rng, UNIVERSITIES), rng))
    } else {
        let (job, employers) = pick(rng, JOBS);
        ((*job).to_owned(), fill(pick::<&str>(rng, employers), rng), String::new())
    };
    let mut relatives: Vec<Relative> = Vec::new();
    for _ in 0..rng.gen_range(0..3) {
        let &(rgiven, rsex) = pick(rng, RELATIVE_GIVEN);
        if relatives.iter().any(|r| r.name.starts_with(rgiven)) {
            continue;
        }
        let relation = match (age < 19, rsex, rng.gen_range(0..3)) {
            (true, Sex::F, _) => "mother",
            (true, Sex::M, _) => "father",
            (false, Sex::F, 0) if sex == Sex::M => "wife",
            (false, Sex::M, 0) if sex == Sex::F => "husband",
            (false, _, 0) => "partner",
            (false, Sex::F, 1) if age > 38 => "daughter",
            (false, Sex::M, 1) if age > 38 => "son",
            (false, Sex::F, _) => "sister",
            (false, Sex::M, _) => "brother",
        };
        let phone = if rng.gen_bool(0.5) { phone(rng) } else { String::new() };
        relatives.push(Relative { name: format!("{rgiven} {family}"), relation: relation.to_owned(), phone });
    }
    let mut distinctive: Vec<String> = Vec::new();
    for _ in 0..rng.gen_range(1..3) {
        let fact = fill(pick::<&str>(rng, FACTS), rng);
        if !distinctive.contains(&fact) {
            distinctive.push(fact);
        }
    }
    let handle = fold(preferred.filter(|_| rng.gen_bool(0.3)).unwrap_or(given));
    let email = match rng.gen_range(0..3) {
        0 => format!("{handle}.{}@{}", fold(family), pick(rng, MAIL)),
        1 => format!("{}{}{}@{}", &handle[..1], fold(family), rng.gen_range(1..99), pick(rng, MAIL)),
        _ => format!("{handle}{}@{}", rng.gen_range(70..99), pick(rng, MAIL)),
    };
    ClientProfile {
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        preferred_name: preferred.filter(|_| rng.gen_bool(0.7)).unwrap_or_default().to_owned(),
        date_of_birth: format!("{}-{:02}-{:02}", 2025 - age, rng.gen_range(1..13), rng.gen_range(1..29)),
        phone: phone(rng),
        email,
        street: fill(&format!("{} {{S}}", rng.gen_range(1..400)), rng),
        city: city.to_owned(),
        postcode: format!("{:05}", rng.gen_range(10_000..99_999)),
        employer,
        occupation,
        school,
        relatives,
        distinctive,
    }
}

/// A number in the 555-01xx block reserved for fiction, in one of the common formats.
fn phone(rng: &mut ChaCha8Rng) -> String {
    let (area, line) = (rng.gen_range(201..990), rng.gen_range(0..100));
    match rng.gen_range(0..4) {
        0 => format!("({area}) 555-01{line:02}"),
        1 => format!("{area}-555-01{line:02}"),
        2 => format!("{area}.555.01{line:02}"),
        _ => format!("+1 {area} 555 01{line:02}"),
    }
}

/// Lower-case ASCII for an e-mail handle ("Zoë" -> "zoe").
fn fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'ë' | 'é' => Some('e'),
            'ø' => Some('o'),
            c if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}
