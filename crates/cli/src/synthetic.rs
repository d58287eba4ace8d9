//! A synthetic caseload: plausible, entirely invented clients for the demo and tests.
//! Deterministic for a seed, so a demo shown twice shows the same practice.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sanctum_guard::{Address, Caseload, Client, Relative};

const GIVEN: &[(&str, Option<&str>, char)] = &[
    ("Margaret", Some("Peggy"), 'F'),
    ("Robert", Some("Bob"), 'M'),
    ("Elizabeth", Some("Liz"), 'F'),
    ("Charles", Some("Chuck"), 'M'),
    ("Katherine", Some("Kate"), 'F'),
    ("Jonathan", None, 'M'),
    ("Priya", None, 'F'),
    ("Tomasz", None, 'M'),
    ("Siobhan", None, 'F'),
    ("Mateo", None, 'M'),
    ("Ingrid", None, 'F'),
    ("Desmond", Some("Des"), 'M'),
    ("Annika", None, 'F'),
    ("Oluwaseun", Some("Seun"), 'M'),
    ("Rosalind", Some("Roz"), 'F'),
    ("Benedikt", Some("Ben"), 'M'),
    ("Hope", None, 'F'),
    ("Grace", None, 'F'),
    ("Florian", None, 'M'),
    ("Zoë", None, 'F'),
    ("Ignacio", Some("Nacho"), 'M'),
    ("Marguerite", None, 'F'),
    ("Théo", None, 'M'),
    ("Agnieszka", Some("Aga"), 'F'),
    ("Lachlan", None, 'M'),
    ("Cornelius", Some("Neil"), 'M'),
    ("Henrietta", Some("Hettie"), 'F'),
    ("Augustin", None, 'M'),
    ("Wilhelmina", Some("Mina"), 'F'),
    ("Bartholomew", Some("Bart"), 'M'),
    ("Esperanza", None, 'F'),
    ("Leopold", Some("Leo"), 'M'),
    ("Philippa", Some("Pippa"), 'F'),
    ("Gideon", None, 'M'),
    ("Ottilie", None, 'F'),
    ("Evander", None, 'M'),
    ("Cosima", None, 'F'),
    ("Anselm", None, 'M'),
    ("Perpetua", None, 'F'),
    ("Lysander", None, 'M'),
    ("Temperance", None, 'F'),
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
const RELATIVE_GIVEN: &[(&str, char)] = &[
    ("Daniel", 'M'),
    ("Harriet", 'F'),
    ("Felix", 'M'),
    ("Maren", 'F'),
    ("Oscar", 'M'),
    ("Clara", 'F'),
    ("Idris", 'M'),
    ("Leonie", 'F'),
    ("Rafael", 'M'),
    ("Tessa", 'F'),
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
];
const SCHOOLS: &[&str] = &["{C} High School", "Fernhill Sixth Form", "University of {C}", "{C} Community College"];
const FACTS: &[&str] = &[
    "owns the bakery on {S}",
    "plays viola in the {C} Symphony Orchestra",
    "coaches the {C} Otters under-12 hockey team",
    "was a contestant on season {N} of MasterChef",
    "keeps a pet alpaca named {P} that went viral online",
    "ran for mayor of {C} in 20{N}",
    "painted the giant mural on {S}",
    "hosts the Night Shift Gardener podcast",
];
const PETS: &[&str] = &["Biscuit", "Waffles", "Pickles", "Noodle", "Turnip", "Mochi"];

/// `n` invented clients, the same for the same seed.
pub(crate) fn caseload(n: usize, seed: u64) -> Caseload {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut clients: Vec<Client> = Vec::with_capacity(n);
    let mut used = std::collections::HashSet::new();
    // Each given name once before any repeats, as in a real caseload of this size.
    let mut order: Vec<usize> = (0..GIVEN.len()).collect();
    order.shuffle(&mut rng);
    while clients.len() < n {
        let pos = clients.len() % GIVEN.len();
        let &(given, preferred, sex) =
            if clients.len() < GIVEN.len() { &GIVEN[order[pos]] } else { GIVEN.choose(&mut rng).unwrap_or(&GIVEN[0]) };
        let family = *FAMILY.choose(&mut rng).unwrap_or(&FAMILY[0]);
        if !used.insert((given, family)) {
            if used.len() >= GIVEN.len() * FAMILY.len() {
                break;
            }
            continue;
        }
        clients.push(client(&mut rng, clients.len() + 1, given, preferred, sex, family));
    }
    Caseload { clients }
}

fn client(rng: &mut ChaCha8Rng, k: usize, given: &str, preferred: Option<&str>, sex: char, family: &str) -> Client {
    let city = *CITIES.choose(rng).unwrap_or(&CITIES[0]);
    let fill = |s: &str, rng: &mut ChaCha8Rng| {
        s.replace("{C}", city)
            .replace(
                "{S}",
                &format!("{} {}", STREETS.choose(rng).unwrap_or(&"Mill"), SUFFIXES.choose(rng).unwrap_or(&"Lane")),
            )
            .replace("{N}", &rng.gen_range(2..30).to_string())
            .replace("{P}", PETS.choose(rng).unwrap_or(&"Biscuit"))
    };
    let age: u32 = rng.gen_range(16..78);
    let (occupation, employer, school) = if age < 19 {
        ("student".to_owned(), None, Some(fill(SCHOOLS.choose(rng).unwrap_or(&SCHOOLS[0]), rng)))
    } else {
        let (job, employers) = JOBS.choose(rng).unwrap_or(&JOBS[0]);
        ((*job).to_owned(), Some(fill(employers.choose(rng).unwrap_or(&employers[0]), rng)), None)
    };
    let mut relatives = Vec::new();
    for _ in 0..rng.gen_range(0..3) {
        let &(rgiven, rsex) = RELATIVE_GIVEN.choose(rng).unwrap_or(&RELATIVE_GIVEN[0]);
        let relation = match (age < 19, rsex, rng.gen_range(0..3)) {
            (true, 'F', _) => "mother",
            (true, _, _) => "father",
            (false, 'F', 0) => {
                if sex == 'M' {
                    "wife"
                } else {
                    "partner"
                }
            }
            (false, 'M', 0) => {
                if sex == 'F' {
                    "husband"
                } else {
                    "partner"
                }
            }
            (false, 'F', 1) => "daughter",
            (false, _, 1) => "son",
            (false, 'F', _) => "sister",
            (false, _, _) => "brother",
        };
        relatives.push(Relative { name: format!("{rgiven} {family}"), relation: relation.to_owned() });
    }
    let distinctive = (0..rng.gen_range(0..2)).map(|_| fill(FACTS.choose(rng).unwrap_or(&FACTS[0]), rng)).collect();
    let handle = sanctum_guard_fold(given);
    Client {
        id: format!("c{k:03}"),
        given_name: given.to_owned(),
        family_name: family.to_owned(),
        full_name: None,
        preferred_name: preferred.map(str::to_owned),
        date_of_birth: Some(format!("{}-{:02}-{:02}", 2025 - age, rng.gen_range(1..13), rng.gen_range(1..29))),
        phone: Some(format!(
            "({}) {}-{:04}",
            rng.gen_range(201..990),
            rng.gen_range(200..990),
            rng.gen_range(0..10_000)
        )),
        email: Some(format!("{handle}.{}{}@example.org", sanctum_guard_fold(family), rng.gen_range(1..99))),
        address: Some(Address {
            street: Some(fill(&format!("{} {{S}}", rng.gen_range(1..400)), rng)),
            city: Some(city.to_owned()),
            postcode: Some(format!("{:05}", rng.gen_range(10_000..99_999))),
        }),
        employer,
        occupation: Some(occupation),
        school,
        relatives,
        distinctive,
    }
}

/// Lower-case ASCII for an e-mail handle ("Zoë" -> "zoe").
fn sanctum_guard_fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'ë' | 'é' => Some('e'),
            'ø' => Some('o'),
            c if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_caseload_and_valid() {
        let a = caseload(50, 7);
        assert_eq!(a, caseload(50, 7));
        assert_eq!(a.clients.len(), 50);
        a.validate("synthetic").expect("valid caseload");
        assert_ne!(a, caseload(50, 8));
    }
}
