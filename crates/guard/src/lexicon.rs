//! Fixed word knowledge the guard reasons with: ordinary English words, the nickname
//! data set, public figures, and the small closed word classes (titles, relations,
//! months, street suffixes, clinical cues) that decide whether a capitalised word is a
//! person and whose person it is.
//!
//! Everything here is vendored and compiled in (`data/`, with its licence in
//! `data/NOTICE.md`), parsed once per process on first use. Keys are folded with
//! [`crate::text::fold`], the same function that folds scanned text.
//!
//! The closed classes asked of many words (titles, relations, months, cues) match the
//! word's bytes (`b"mr"`): that compiles to a decision over its letters, where a match
//! on `&str` compares the word with each member of its length in turn.

use std::sync::LazyLock;

use ahash::{AHashMap, AHashSet};

use crate::text::{fold, words};

/// The process-wide lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);
    &LEXICON
}

/// Word knowledge shared by every caseload index.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Lower-case entries of the SCOWL word list: words that are ordinary English
    /// words, so a capitalised one at the start of a sentence may be no name at all.
    ordinary: AHashSet<Box<str>>,
    /// Given name -> its nicknames, and nickname -> the given names it shortens.
    nicknames_of: AHashMap<Box<str>, Vec<Box<str>>>,
    /// Every name the nickname data set knows (given names and nicknames alike).
    known_given: AHashSet<Box<str>>,
    /// Real names and proper nouns of five letters or more, none a misspelling of a
    /// client's name: the census's common given names, the dictionary's capitalised
    /// words.
    real_names: AHashSet<Box<str>>,
    /// Words of the larger British and American word lists that the everyday one lacks
    /// ("rota", "arvo", "uni", "kerb"): no misspelt names, but too rare to read a name
    /// as the word.
    rare_words: AHashSet<&'static str>,
    /// The census's given names of any length ("joni", "jon"), each with the sex nine
    /// in ten or more of its bearers were counted as, if so.
    census_names: AHashMap<&'static str, Option<Sex>>,
    /// Given and family names of five letters or more from many countries ("Aoife",
    /// "Benedikt", "Mette"): somebody's own name, unless a sentence about care makes
    /// it a client's misspelt.
    world_names: AHashSet<&'static str>,
    /// Folded full names of public figures, words joined by one space.
    public_figures: AHashSet<Box<str>>,
    /// The same names as written in the data file.
    public_figure_names: Vec<&'static str>,
    /// Those of them known only with words of fame near (`#! by cue` in the file).
    famous_by_cue: AHashSet<Box<str>>,
}

impl Lexicon {
    fn load() -> Lexicon {
        let ordinary = include_str!("../data/english-words.txt")
            .lines()
            .map(|w| w.trim())
            .filter(|w| !w.is_empty())
            .map(Box::from)
            .collect();

        let mut nicknames_of: AHashMap<Box<str>, Vec<Box<str>>> = AHashMap::new();
        let mut known_given = AHashSet::new();
        for line in include_str!("../data/nicknames.csv").lines().skip(1) {
            let mut cols = line.split(',');
            let (Some(name), Some(_), Some(nick)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let (name, nick) = (fold(name.trim()), fold(nick.trim()));
            if name.is_empty() || nick.is_empty() {
                continue;
            }
            known_given.insert(Box::from(name.as_str()));
            known_given.insert(Box::from(nick.as_str()));
            nicknames_of.entry(name.into_boxed_str()).or_default().push(nick.into_boxed_str());
        }

        // Real names and proper nouns of five letters or more: the census's common given
        // names and the dictionary's capitalised words ("Marco", "American").
        let census = include_str!("../data/census-given-names.tsv");
        let census_lines = || census.lines().filter_map(|l| l.split_once('\t'));
        let real_names = census_lines()
            .map(|(name, _)| name)
            .chain(include_str!("../data/english-proper-nouns.txt").lines())
            .map(str::trim)
            .filter(|w| w.len() >= 5)
            .map(Box::from)
            .collect();

        let rare_words = include_str!("../data/english-words-large.txt").lines().map(str::trim).collect();
        let census_names = census_lines()
            .map(|(name, sex)| {
                let sex = match sex {
                    "f" => Some(Sex::Female),
                    "m" => Some(Sex::Male),
                    _ => None,
                };
                (name, sex)
            })
            .collect();
        let world_names = include_str!("../data/world-names.txt").lines().map(str::trim).collect();

        let list = include_str!("../data/public-figures.txt");
        let names = |text: &'static str| -> Vec<&'static str> {
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
        };
        let (by_default, by_cue) = list.split_once("\n#! by cue\n").unwrap_or((list, ""));
        let public_figure_names: Vec<&'static str> = names(list);
        let public_figures = public_figure_names.iter().map(|l| words(l).join(" ").into_boxed_str()).collect();
        let famous_by_cue = names(by_cue).iter().map(|l| words(l).join(" ").into_boxed_str()).collect();
        debug_assert!(!names(by_default).is_empty());

        Lexicon {
            ordinary,
            nicknames_of,
            known_given,
            real_names,
            rare_words,
            census_names,
            world_names,
            public_figures,
            famous_by_cue,
            public_figure_names,
        }
    }

    /// True if `folded` is an ordinary English word ("hope", "will", "mark").
    pub(crate) fn is_ordinary_word(&self, folded: &str) -> bool {
        self.ordinary.contains(folded)
            || month_number(folded).is_some()
            || is_weekday(folded)
            || american_spelling(folded).is_some_and(|us| self.ordinary.contains(us.as_str()))
    }

    /// Nicknames the data set lists for a folded given name.
    pub(crate) fn nicknames_of(&self, folded_given: &str) -> &[Box<str>] {
        self.nicknames_of.get(folded_given).map_or(&[], Vec::as_slice)
    }

    /// True if the data set knows `folded` as somebody's given name or nickname.
    pub(crate) fn is_known_given_name(&self, folded: &str) -> bool {
        self.known_given.contains(folded)
    }

    /// True if `folded` is a real name or proper noun of five letters or more ("Marco",
    /// "Robertson", "American"): nobody's misspelling.
    pub(crate) fn is_real_name(&self, folded: &str) -> bool {
        self.real_names.contains(folded)
    }

    /// True if `folded` is a given or family name of five letters or more somewhere in
    /// the world ("aoife", "mette", "benedikt").
    pub(crate) fn is_world_name(&self, folded: &str) -> bool {
        self.world_names.contains(folded)
    }

    /// The sex nine in ten or more of the census's bearers of the given name `folded`
    /// were counted as ("teresa": female), if one was.
    pub(crate) fn given_name_sex(&self, folded: &str) -> Option<Sex> {
        self.census_names.get(folded).copied().flatten()
    }

    /// True if `folded` is one of the census's given names, however short ("Joni").
    pub(crate) fn is_census_name(&self, folded: &str) -> bool {
        self.census_names.contains_key(folded)
    }

    /// True if `folded` is a word of the larger word lists only ("rota", "arvo").
    pub(crate) fn is_rare_word(&self, folded: &str) -> bool {
        self.rare_words.contains(folded)
    }

    /// True if the folded words are a public figure's name whose fame the words around
    /// must tell (many private people share it: "Robert Smith").
    pub(crate) fn is_famous_by_cue(&self, folded_words: &str) -> bool {
        self.famous_by_cue.contains(folded_words)
    }

    /// Public figures' names as written.
    pub(crate) fn public_figure_names(&self) -> &[&'static str] {
        &self.public_figure_names
    }

    /// True if the folded words, joined by spaces, are a public figure's name.
    pub(crate) fn is_public_figure(&self, folded_words: &str) -> bool {
        self.public_figures.contains(folded_words)
    }
}

/// The American spelling of a British one the word list lacks ("honour", "organise",
/// "catalogue"), if the word has such an ending. ("-tre" is left out: "Fostre" is a
/// misspelt Foster, not a British "foster".)
fn american_spelling(folded: &str) -> Option<String> {
    const ENDINGS: [(&str, &str); 10] = [
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("ogue", "og"),
        ("yse", "yze"),
    ];
    ENDINGS
        .iter()
        .find(|(uk, _)| folded.len() > uk.len() + 2 && folded.ends_with(uk))
        .map(|(uk, us)| [&folded[..folded.len() - uk.len()], us].concat())
}

/// Titles that make a following family name a reference to a person: courtesy titles,
/// ranks and callings, and every professional title ([`is_professional_title`]).
/// A person's sex, as a courtesy title or a given name tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sex {
    Female,
    Male,
}

/// The sex a courtesy title gives its bearer ("Mrs", "Frau", "Señora": female; "Mr",
/// "Herr": male); none for a title of office or rank, or "Mx".
pub(crate) fn title_sex(folded: &str) -> Option<Sex> {
    match folded {
        "mrs" | "ms" | "miss" | "mme" | "madame" | "frau" | "sra" | "senora" | "signora" | "pani" | "mevrouw"
        | "mevr" => Some(Sex::Female),
        "mr" | "mister" | "herr" | "senor" | "signor" | "monsieur" | "meneer" | "dhr" => Some(Sex::Male),
        _ => None,
    }
}

pub(crate) fn is_title(folded: &str) -> bool {
    is_professional_title(folded)
        || matches!(
            folded.as_bytes(),
            b"mr" | b"mrs"
            | b"ms"
            | b"miss"
            | b"mister"
            | b"mx"
            | b"rev"
            | b"reverend"
            | b"pastor"
            | b"rabbi"
            | b"sgt"
            | b"sergeant"
            | b"cpl"
            | b"corporal"
            | b"lt"
            | b"lieutenant"
            | b"capt"
            | b"captain"
            | b"coach"
            // Knights and dames, named by their given names ("Sir Patrick").
            | b"sir"
            | b"dame"
            // A council's members ("Cllr Hayes", "Councillor Brennan").
            | b"cllr"
            | b"councillor"
            | b"councilor"
            | b"councilwoman"
            | b"councilman"
            | b"alderman"
            // Ranks, offices and callings a community names people by ("Specialist
            // Preston", "Imam Yusuf"); not "general" or "major", which are as often words.
            | b"specialist"
            | b"spc"
            | b"private"
            | b"pvt"
            | b"pfc"
            | b"airman"
            | b"seaman"
            | b"maj"
            | b"colonel"
            | b"col"
            | b"admiral"
            | b"commander"
            | b"cmdr"
            | b"ensign"
            | b"trooper"
            | b"deputy"
            | b"imam"
            // A ward's or an order's sister, a priest ("Sister Acosta", "Father Byrne"):
            // titles when capitalised.
            | b"sister"
            | b"father"
            | b"deacon"
            | b"bishop"
            | b"vicar"
            | b"rector"
            | b"cantor"
            // Other languages' courtesy titles, before a family name.
            | b"sr"
            | b"sra"
            | b"srta"
            | b"senor"
            | b"senora"
            | b"senorita"
            | b"herr"
            | b"frau"
            | b"monsieur"
            | b"madame"
            | b"mme"
            | b"mlle"
            | b"signor"
            | b"signora"
            | b"pani"
            | b"panna"
            | b"dona"
            | b"mevrouw"
            | b"mevr"
            | b"meneer"
            | b"dhr"
            | b"senhor"
            | b"senhora"
        )
}

/// Titles set before a given name as often as a family name ("Pani Ewelina", "Doña
/// Pepita", "Coach Dana"): the name after one is whichever of the two it is.
pub(crate) fn is_given_name_title(folded: &str) -> bool {
    matches!(folded, "pani" | "panna" | "dona" | "coach")
}

/// Titles of a profession ("Dr Frost", "Prof. Hale"): a colleague's more often than
/// a client's. (Not a calling's: "Rev. Okafor asked to move Thursday" may well be a
/// client.)
pub(crate) fn is_professional_title(folded: &str) -> bool {
    // (And other languages' doctors, "Dra. Sanz", "Dott. Rossi"; and the officers and
    // judges a practice writes to: "Dear DC Mahony", "Madame la Juge".)
    matches!(
        folded.as_bytes(),
        b"dr"
            | b"doctor"
            | b"prof"
            | b"professor"
            | b"dra"
            | b"doctora"
            | b"dott"
            | b"dottore"
            | b"dottoressa"
            | b"dc"
            | b"dci"
            | b"ds"
            | b"det"
            | b"detective"
            | b"judge"
            | b"juge"
            | b"juez"
            | b"jueza"
            | b"officer"
            | b"pc"
            | b"hhj"
            | b"constable"
            | b"inspector"
            | b"nurse"
    )
}

/// True if a professional title is what someone of an occupation's word is called
/// ("Dr" of a surgeon or a lecturer, "PC" of a police officer, "Judge" of a judge): a
/// client so titled may be named by their own title.
pub(crate) fn title_fits_occupation(title: &str, occupation_word: &str) -> bool {
    let o = occupation_word;
    match title {
        "dr" | "doctor" | "dra" | "doctora" | "dott" | "dottore" | "dottoressa" | "prof" | "professor" => {
            matches!(
                o,
                "doctor"
                    | "physician"
                    | "gp"
                    | "surgeon"
                    | "dentist"
                    | "psychiatrist"
                    | "psychologist"
                    | "pharmacist"
                    | "veterinarian"
                    | "vet"
                    | "professor"
                    | "lecturer"
                    | "researcher"
                    | "scientist"
                    | "anaesthetist"
                    | "anesthesiologist"
                    | "radiologist"
                    | "paediatrician"
                    | "pediatrician"
                    | "consultant"
                    | "registrar"
                    | "academic"
                    | "chemist"
                    | "physicist"
                    | "optometrist"
                    | "chiropractor"
                    | "therapist"
                    | "psychotherapist"
                    | "economist"
            )
        }
        "judge" | "juge" | "juez" | "jueza" | "hhj" => matches!(o, "judge" | "magistrate" | "justice"),
        "dc" | "dci" | "ds" | "det" | "detective" | "officer" | "pc" | "constable" | "inspector" => matches!(
            o,
            "police"
                | "officer"
                | "constable"
                | "detective"
                | "sheriff"
                | "deputy"
                | "trooper"
                | "inspector"
                | "sergeant"
                | "probation"
                | "correctional"
                | "corrections"
                | "warden"
                | "guard"
                | "dispatcher"
        ),
        "nurse" => matches!(o, "nurse" | "midwife" | "nursing"),
        _ => false,
    }
}

/// Titles that are also everyday words ("in private", "a specialist"): titles only
/// when capitalised.
pub(crate) fn is_everyday_title(folded: &str) -> bool {
    matches!(
        folded,
        "nurse"
            | "specialist"
            | "private"
            | "airman"
            | "seaman"
            | "colonel"
            | "admiral"
            | "commander"
            | "ensign"
            | "trooper"
            | "deputy"
            | "sir"
            | "dame"
            | "sister"
            | "father"
            | "constable"
            | "inspector"
            | "officer"
            | "coach"
            | "judge"
            | "detective"
            | "captain"
    )
}

/// Offices a community calls their holder by ("the Dean", "the Principal"): capitalised
/// after "the", the office, not a person named so.
pub(crate) fn is_office_word(folded: &str) -> bool {
    matches!(
        folded,
        "dean" | "principal" | "provost" | "chancellor" | "chair" | "warden" | "governor" | "marshal" | "bishop"
    )
}

/// Kinship words used as a title before a given name ("Grandma Rose", "Uncle Frank"):
/// how writers name their own family.
pub(crate) fn is_kinship_title(folded: &str) -> bool {
    matches!(
        folded,
        "grandma"
            | "grandpa"
            | "granny"
            | "grandad"
            | "granddad"
            | "grandmother"
            | "grandfather"
            | "nana"
            | "nan"
            | "gran"
            | "aunt"
            | "auntie"
            | "aunty"
            | "uncle"
            | "cousin"
            | "niece"
            | "nephew"
            | "godson"
            | "goddaughter"
    )
}

/// Short words of the other languages the guard knows that open sentences and are also
/// nicknames or short names ("Si" if, "Les" them, "El" the, "Al" to the).
pub(crate) fn is_function_word_abroad(folded: &str) -> bool {
    matches!(
        folded,
        "si" | "les"
            | "el"
            | "la"
            | "al"
            | "del"
            | "de"
            | "las"
            | "los"
            | "le"
            | "lo"
            | "con"
            | "mas"
            | "por"
            | "un"
            | "une"
            | "des"
            | "se"
            | "ma"
            | "mi"
            | "tu"
            | "te"
            | "ce"
            | "et"
            | "es"
            | "en"
            | "il"
            | "da"
            | "di"
            | "sin"
            | "para"
            | "pero"
            | "que"
            | "como"
    )
}

/// Pronouns and little words of the other languages the guard knows that some
/// nickname lists also hold ("ella" she, "elle" she, "ela" she, "lui" him): in lower
/// case mid-sentence they are the word.
pub(crate) fn is_pronoun_abroad(folded: &str) -> bool {
    matches!(
        folded,
        "ella"
            | "ellas"
            | "ello"
            | "elle"
            | "elles"
            | "ela"
            | "elas"
            | "ele"
            | "eles"
            | "lui"
            | "sie"
            | "ihr"
            | "ona"
            | "nie"
            | "ale"
    )
}

/// The field names of an e-mail's header in the other languages the guard knows
/// ("Asunto:", "Betreff:", "Temat:"), which open a line before a colon.
pub(crate) fn is_header_word_abroad(folded: &str) -> bool {
    matches!(
        folded,
        "asunto"
            | "assunto"
            | "objet"
            | "betreff"
            | "onderwerp"
            | "oggetto"
            | "temat"
            | "remitente"
            | "destinatario"
            | "expediteur"
            | "absender"
            | "afzender"
    )
}

/// Titles of respect for an elder that many Englishes set before a given name, of
/// anyone, not only of family: Afrikaans "Tannie" and "Oom", Filipino "Ate", "Kuya",
/// "Tita" and "Tito" ("Tannie Tamara brought koeksisters", "Ate Mae called"). (Not
/// "Didi" or "Bhai", as often the writer's own sister or brother.)
pub(crate) fn is_honorific(folded: &str) -> bool {
    matches!(folded, "tannie" | "oom" | "ate" | "kuya" | "tita" | "tito" | "aunty" | "auntie")
}

/// Words a clinical record puts before a person's family name ("Pt Hurley", "client
/// Okafor"): like a courtesy title, they make it a reference to that person.
pub(crate) fn is_patient_word(folded: &str) -> bool {
    matches!(folded, "pt" | "patient" | "client")
}

/// Letters after or before a professional's name ("a Clinton GP", "Jane Doe LCSW").
pub(crate) fn is_professional_letters(folded: &str) -> bool {
    matches!(folded, "gp" | "md" | "rn" | "np" | "pa" | "do" | "dds" | "lcsw" | "lpc" | "lmft" | "phd" | "psyd" | "mft")
}

/// Words naming a family or social relation, mapped to a canonical relation so that
/// "mum", "mom" and "mother" agree with a caseload that says "mother".
pub(crate) fn relation(folded: &str) -> Option<Relation> {
    use Relation::*;
    Some(match folded.as_bytes() {
        b"wife" | b"husband" | b"spouse" | b"married" => Spouse,
        b"partner" | b"boyfriend" | b"girlfriend" | b"fiance" | b"fiancee" => Partner,
        b"son" | b"daughter" | b"child" | b"kid" | b"stepson" | b"stepdaughter" | b"sons" | b"daughters"
        | b"children" | b"kids" | b"boys" | b"girls" | b"boy" | b"girl" | b"stepchildren" | b"stepkids" => Child,
        b"mother" | b"mom" | b"mum" | b"mommy" | b"mummy" | b"mama" | b"stepmother" => Mother,
        b"father" | b"dad" | b"daddy" | b"papa" | b"stepfather" => Father,
        b"parent" | b"parents" | b"stepparent" | b"stepparents" => Parent,
        b"sister" | b"brother" | b"sibling" | b"twin" | b"stepsister" | b"stepbrother" | b"sisters" | b"brothers"
        | b"siblings" => Sibling,
        b"grandmother" | b"grandma" | b"grandmom" | b"grandmum" | b"granny" | b"grannie" | b"gran" | b"nana" => {
            Grandmother
        }
        b"grandfather" | b"grandpa" | b"grandad" | b"granddad" | b"grandpop" | b"gramps" => Grandfather,
        b"grandson" | b"granddaughter" | b"grandchild" | b"grandkid" | b"grandsons" | b"granddaughters"
        | b"grandchildren" | b"grandkids" => Grandchild,
        _ => return other_languages_relation(folded),
    })
}

/// The family words of the other languages whose clinical words the guard knows
/// (Spanish, Portuguese, French, Italian, German, Polish), folded: "su esposa Calista",
/// "sa compagne Aurore", "seine Tochter Lena". Not the words that are as often "woman"
/// or "man" ("mujer", "femme", "Frau", "Mann") or "friend" ("Freund"), nor those that
/// are English words, given names or family names ("mere", "brat", "padre", "Irma",
/// "Mae", "Mari", "Oma", "Nieto", "Neto"): in a list ("Mari, Kyle and Luis") the name
/// after one would be taken for a relative.
fn other_languages_relation(folded: &str) -> Option<Relation> {
    use Relation::*;
    Some(match folded {
        "esposa" | "esposo" | "marido" | "epouse" | "epoux" | "moglie" | "marito" | "ehefrau" | "ehemann" => Spouse,
        "pareja" | "novia" | "novio" | "companera" | "companero" | "compagne" | "compagnon" | "namorada"
        | "namorado" | "fidanzata" | "fidanzato" | "partnerin" => Partner,
        "hijo" | "hija" | "hijos" | "hijas" | "filho" | "filha" | "fils" | "fille" | "figlio" | "figlia" | "sohn"
        | "tochter" | "syn" | "corka" => Child,
        "madre" | "matka" => Mother,
        "vater" | "ojciec" => Father,
        "hermano" | "hermana" | "irmao" | "frere" | "soeur" | "fratello" | "sorella" | "bruder" | "schwester"
        | "siostra" => Sibling,
        "abuela" | "nonna" | "babcia" => Grandmother,
        "abuelo" | "nonno" | "dziadek" => Grandfather,
        "nipote" | "enkelin" | "wnuk" | "wnuczka" => Grandchild,
        _ => return None,
    })
}

/// A canonical family relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Relation {
    Spouse,
    Partner,
    Child,
    Mother,
    Father,
    /// A mother or a father: "Parents Megan and Richard".
    Parent,
    Sibling,
    Grandmother,
    Grandfather,
    Grandchild,
}

impl Relation {
    /// True if a word for `self` in a text can describe a relative recorded as `recorded`.
    ///
    /// A family's story is often told from another member's place, a generation off:
    /// the client's father is "the grandfather" to the child the family came about,
    /// her daughter is his "granddaughter".
    pub(crate) fn compatible(self, recorded: Relation) -> bool {
        use Relation::*;
        let generation_off =
            |a, b| matches!((a, b), (Grandmother, Mother) | (Grandfather, Father) | (Grandchild, Child));
        self == recorded
            || matches!((self, recorded), (Spouse, Partner) | (Partner, Spouse) | (Parent, Mother | Father))
            || generation_off(self, recorded)
            || generation_off(recorded, self)
    }
}

/// Verbs a record reports a client by, right after their name ("Emily reports panic
/// attacks", "Sam denies SI").
pub(crate) fn is_clinical_report(folded: &str) -> bool {
    matches!(
        folded,
        "reports" | "reported" | "presents" | "presented" | "denies" | "denied" | "disclosed" | "relapsed" | "endorses"
    )
}

/// Words of family life beside the relations ("co-parenting", "custody", "the
/// babysitter"): a text with one speaks of a family.
pub(crate) fn is_family_word(folded: &str) -> bool {
    relation(folded).is_some()
        || matches!(
            folded,
            "family" | "families" | "parenting" | "custody" | "babysitter" | "household" | "stepfamily" | "siblings"
        )
}

/// People who serve the writer in a trade, met outside the therapy room ("the builder",
/// "our plumber", "the barista"): a name set beside one of these is theirs.
pub(crate) fn is_trade_word(folded: &str) -> bool {
    matches!(
        folded,
        "barista"
            | "waiter"
            | "waitress"
            | "bartender"
            | "cashier"
            | "plumber"
            | "builder"
            | "electrician"
            | "mechanic"
            | "locksmith"
            | "decorator"
            | "gardener"
            | "landscaper"
            | "handyman"
            | "roofer"
            | "joiner"
            | "carpenter"
            | "tradesman"
            | "tradie"
            | "contractor"
            | "installer"
            | "technician"
            | "courier"
            | "postman"
            | "postwoman"
            | "postie"
            | "mailman"
            | "driver"
            | "cabbie"
            | "cleaner"
            | "caretaker"
            | "janitor"
            | "porter"
            | "concierge"
            | "doorman"
            | "hairdresser"
            | "barber"
            | "landlord"
            | "landlady"
    )
}

/// A role in the practice or a service it buys, as a note names someone in brackets
/// after their name ("Faith (bookkeeper)", "Kevin (BookWell support)", "Stacy
/// (reception)"). (Not a job at large: "Chase (student nurse)", "Ted (builder)" are
/// how case notes describe clients.)
pub(crate) fn is_practice_role(folded: &str) -> bool {
    // (Not a meeting's "(leave)" or "(training)", nor "it".)
    (is_staff_role(folded) && !matches!(folded, "leave" | "training" | "minutes" | "chair" | "it"))
        || matches!(
            folded,
            "accountant"
                | "bookkeeper"
                | "consultant"
                | "coordinator"
                | "administrator"
                | "support"
                | "tech"
                | "rep"
                | "representative"
                | "agent"
                | "clerk"
                | "producer"
                | "editor"
        )
}

/// People the *writer* has ("my niece", "our neighbour"): a name right after one of
/// these, with "my"/"our" before, is the writer's person, not a client.
pub(crate) fn is_writers_person_word(folded: &str) -> bool {
    relation(folded).is_some()
        || matches!(
            folded,
            "niece"
                | "nephew"
                | "godson"
                | "goddaughter"
                | "grandson"
                | "granddaughter"
                | "grandchild"
                | "grandma"
                | "grandpa"
                | "grandmother"
                | "grandfather"
                | "cousin"
                | "aunt"
                | "uncle"
                | "friend"
                | "neighbour"
                | "neighbor"
                | "colleague"
                | "coworker"
                | "supervisor"
                | "boss"
                | "manager"
                | "intern"
                | "trainee"
                | "receptionist"
                | "secretary"
                | "assistant"
                | "therapist"
                | "psychotherapist"
                | "counsellor"
                | "counselor"
                | "psychologist"
                | "barista"
                | "waiter"
                | "waitress"
                | "bartender"
                | "nanny"
                | "babysitter"
                | "housekeeper"
                | "cleaner"
                | "hairdresser"
                | "stylist"
                | "trainer"
                | "tutor"
                | "mentor"
                | "roommate"
                | "flatmate"
                | "housemate"
                | "roommates"
                | "flatmates"
                | "housemates"
                | "sponsor"
                | "landlord"
                | "landlady"
                | "doctor"
                | "dentist"
                | "vet"
                | "mechanic"
                | "plumber"
                | "dog"
                | "cat"
                | "puppy"
                | "baby"
                | "toddler"
                | "kids"
                | "children"
                | "little"
                | "youngest"
                | "oldest"
                | "eldest"
                | "best"
                | "dear"
                | "old"
                | "new"
        )
}

/// Words that say the sentence is about someone in the writer's care.
pub(crate) fn is_clinical_cue(folded: &str) -> bool {
    is_session_abroad(folded)
        || matches!(
            folded.as_bytes(),
            b"client"
            | b"clients"
            | b"shows"
            | b"cancelled"
            | b"canceled"
            | b"rebook"
            | b"counselor"
            | b"counsellor"
            | b"therapist"
            | b"patient"
            | b"patients"
            | b"session"
            | b"sessions"
            | b"caseload"
            | b"intake"
            | b"therapy"
            | b"counselling"
            | b"counseling"
            | b"referral"
            | b"referred"
            | b"presenting"
            | b"diagnosis"
            | b"diagnosed"
            | b"treatment"
            | b"homework"
            | b"appointment"
            | b"appointments"
            | b"appt"
            | b"appts"
            | b"supervision"
            | b"assessment"
            | b"discharge"
            | b"discharged"
            | b"safeguarding"
            | b"handover"
            | b"waitlist"
            | b"waitlisted"
            | b"triage"
            | b"formulation"
            | b"rescheduled"
            // The same in the other languages therapists write notes in: Spanish,
            // Portuguese, French, Italian, German, Polish (folded: "sesión" is "sesion");
            // their sessions and therapy are in `is_session_abroad`.
            | b"paciente"
            | b"pacientes"
            | b"patiente"
            | b"paziente"
            | b"pacjent"
            | b"pacjentka"
            | b"consultante"
            | b"terapeuta"
            | b"therapeute"
            | b"therapeut"
        )
}

/// Words of a practice's work with people that are no words of care on their own
/// ("the DBT skills group", "invoices for Sarah and Bradley", "don't book them back to
/// back", "swaps for Friday"): a text with one may list clients.
pub(crate) fn is_practice_word(folded: &str) -> bool {
    matches!(
        folded,
        "group"
            | "groups"
            | "programme"
            | "program"
            | "invoice"
            | "invoices"
            | "book"
            | "booked"
            | "booking"
            | "cbt"
            | "dbt"
            | "emdr"
            | "dual"
            | "consulta"
            | "clinic"
            | "swap"
            | "swaps"
            | "consent"
            | "consents"
    )
}

/// Words of a practice's reports and accounts that head a month's papers ("AR ageing
/// - May", "billing newsletter - June", "On-call rota — March").
pub(crate) fn is_business_heading_word(folded: &str) -> bool {
    matches!(
        folded,
        "ageing"
            | "aging"
            | "report"
            | "rota"
            | "invoice"
            | "invoices"
            | "statement"
            | "minutes"
            | "newsletter"
            | "bulletin"
            | "figures"
            | "stats"
            | "billing"
            | "schedule"
            | "measures"
            | "timetable"
            | "budget"
            | "accounts"
            | "payroll"
            | "returns"
            | "claims"
    )
}

/// Words that name an organisation by its kind, whose people call a practice on its
/// business ("Bluecrest Insurance", "the clearinghouse", "provider relations", "the
/// landlord's office"): no school, church or hospital, which clients come from too.
pub(crate) fn is_organisation_word(folded: &str) -> bool {
    matches!(
        folded,
        "insurance"
            | "insurer"
            | "health"
            | "healthcare"
            | "medical"
            | "services"
            | "clearinghouse"
            | "bank"
            | "council"
            | "office"
            | "management"
            | "company"
            | "club"
            | "um"
            | "relations"
            | "department"
            | "ltd"
            | "inc"
            | "llc"
            | "agency"
            | "authority"
            | "pharmacy"
            | "surgery"
            | "practice"
            | "benefits"
            | "payer"
            | "provider"
            | "billing"
            | "corporation"
            | "association"
    )
}

/// Words of thanks, credit and celebration, with which a post or a newsletter lists
/// the people of a team, a club or a party ("thanks to Patience and Victor on the
/// raffle", "congratulations to Gina, Ross and Caitlyn").
pub(crate) fn is_credit_word(folded: &str) -> bool {
    matches!(
        folded,
        "thanks"
            | "thank"
            | "shout"
            | "shoutout"
            | "congratulations"
            | "congrats"
            | "kudos"
            | "bravo"
            | "welcome"
            | "winners"
            | "winner"
            | "goals"
            | "scored"
            | "helpers"
            | "volunteers"
            | "volunteered"
            | "organised"
            | "organized"
            | "nominated"
            | "raffle"
            | "brunch"
            | "party"
            | "birthday"
            | "drinks"
    )
}

/// Words of books, screens, stages and stadiums that therapy notes do not use of
/// clients: a full name among them, with nothing clinical near, is somebody famous who
/// shares a client's name ("Melissa McCarthy in that sitcom"), whether or not the guard
/// knows them.
pub(crate) fn is_public_life_cue(folded: &str) -> bool {
    matches!(
        folded.as_bytes(),
        b"album"
            | b"musical"
            | b"television"
            | b"comedian"
            | b"autobiography"
            | b"footballer"
            | b"quarterback"
            | b"lyrics"
            | b"playlist"
            | b"podcast"
            | b"documentary"
            | b"movie"
            | b"movies"
            | b"sitcom"
            | b"rewatch"
            | b"rewatched"
            | b"starring"
            | b"actor"
            | b"actress"
            | b"singer"
            | b"rapper"
            | b"novel"
            | b"memoir"
            | b"biography"
            | b"playwright"
            | b"poet"
            | b"olympics"
            | b"olympic"
            | b"nba"
            | b"nfl"
            | b"netflix"
            | b"celebrity"
            | b"abolitionist"
            // (Not "episode": a depressive episode is clinical.)
            | b"governor"
            | b"senator"
            | b"presidential"
            | b"tournament"
            | b"tournaments"
            | b"rookie"
            // Sport and politics as the news tells them ("keeping wicket for Essex"). (Not
            // "scoring", "assist" or "striker": questionnaires are scored, clients are
            // assisted, and they play for local teams.)
            | b"wicket"
            | b"wickets"
            | b"cricketer"
            | b"cricketers"
            | b"politician"
            | b"politicians"
    )
}

/// The press and the stage, which speak of the famous: a public figure's name among
/// these words is the famous one ("the article where Taylor Swift talks about therapy",
/// "Taylor Swift tickets sold out"); anyone else's may be a client in the local paper
/// or at a concert. (Not "watching" or "tour": "he keeps watching the door", "his tour
/// in Iraq".)
pub(crate) fn is_fame_cue(folded: &str) -> bool {
    matches!(
        folded,
        "article"
            | "articles"
            | "magazine"
            | "interview"
            | "interviews"
            | "headline"
            | "headlines"
            | "tickets"
            | "concert"
            | "concerts"
            | "fans"
            | "oscar"
            | "oscars"
            | "grammy"
            | "grammys"
            | "celebrity"
            | "celebrities"
            | "fame"
            | "famous"
    )
}

/// Words of fame that therapy notes use of clients too ("brought a song he wrote",
/// "her memoir group"): they tell of the famous only outside clinical talk.
pub(crate) fn is_soft_fame_cue(folded: &str) -> bool {
    matches!(
        folded,
        "song"
            | "songs"
            | "album"
            | "albums"
            | "lyrics"
            | "documentary"
            | "memoir"
            | "biography"
            | "keynote"
            // (Screens and prizes: "rewatching Cheers", "Emma Stone's acceptance clip".)
            | "rewatching"
            | "storyline"
            | "award"
            | "awards"
            | "clip"
            // Books read aloud and films' billing ("narrated by Amy Ryan").
            | "audiobook"
            | "audiobooks"
            | "narrated"
            | "starred"
            | "bestseller"
            | "bestselling"
            | "premiere"
            | "autograph"
            | "autographed"
    )
}

/// What the famous are known as, after "not the" that sets a namesake apart from them
/// ("not the actress", "not the famous one", "not that basketball player").
pub(crate) fn is_famous_kind(folded: &str) -> bool {
    is_fame_cue(folded)
        || matches!(
            folded,
            "actor"
                | "actress"
                | "singer"
                | "rapper"
                | "musician"
                | "comedian"
                | "presenter"
                | "host"
                | "anchor"
                | "author"
                | "novelist"
                | "footballer"
                | "athlete"
                | "golfer"
                | "boxer"
                | "basketball"
                | "football"
                | "baseball"
                | "tennis"
                | "politician"
                | "senator"
                | "president"
        )
}

/// Roles in a practice's own staff, as rotas and notices name colleagues ("Stacy
/// (reception)", "Rich from IT").
pub(crate) fn is_staff_role(folded: &str) -> bool {
    matches!(
        folded,
        "reception"
            | "receptionist"
            | "admin"
            | "locum"
            | "intern"
            | "trainee"
            | "supervisor"
            | "secretary"
            | "it"
            | "billing"
            // A meeting's list: "Apologies: Moira (leave), Colm (training)".
            | "leave"
            | "training"
            | "minutes"
            | "chair"
    ) || is_interpreter_word(folded)
}

/// The practice's learners and helpers, as a list of them is headed ("Trainees:",
/// "Mentees this term:", "Volunteers:").
pub(crate) fn is_learner_role(folded: &str) -> bool {
    matches!(
        folded,
        "trainee"
            | "trainees"
            | "mentee"
            | "mentees"
            | "supervisee"
            | "supervisees"
            | "intern"
            | "interns"
            | "tutors"
            | "volunteers"
    )
}

/// An interpreter or translator, in the languages the guard knows ("intérprete",
/// "tłumaczka", "Dolmetscherin"): someone the practice books, not a client.
pub(crate) fn is_interpreter_word(folded: &str) -> bool {
    matches!(
        folded,
        "interpreter"
            | "interpreters"
            | "translator"
            | "interprete"
            | "interpretes"
            | "traductor"
            | "traductora"
            | "tradutor"
            | "tradutora"
            | "traducteur"
            | "traductrice"
            | "dolmetscher"
            | "dolmetscherin"
            | "tolk"
            | "tłumacz"
            | "tłumaczka"
            | "traduttore"
            | "traduttrice"
    )
}

/// An organisation's departments, as one names a colleague by theirs ("Brenda from
/// facilities"); after "from" only, since a client's job is written so in brackets
/// ("Mrs. Patel (HR, law firm)").
pub(crate) fn is_department(folded: &str) -> bool {
    matches!(
        folded,
        "facilities" | "maintenance" | "estates" | "hr" | "payroll" | "finance" | "accounts" | "housekeeping"
    )
}

/// Words that make the person beside them someone in care ("Prof. Michael Hayes
/// cancelled his session", "my client Dr. Hayes"), whatever their title.
pub(crate) fn is_care_word(folded: &str) -> bool {
    matches!(
        folded,
        "client" | "clients" | "patient" | "session" | "sessions" | "appointment" | "cancelled" | "canceled" | "intake"
    )
}

/// A word of mental health, its care or the troubles that bring people to it, beyond
/// the session words of [`is_clinical_cue`]: "tearful", "panic", "relapsed",
/// "sertraline", "nightmares". Matched by stem, so "anxious" and "anxiety" alike.
pub(crate) fn is_care_topic(folded: &str) -> bool {
    // (By first letter, so a word meets a handful of stems, not sixty.)
    let stems: &[&str] = match folded.as_bytes().first().copied().unwrap_or(0) {
        b'a' => &["appoint", "antidep", "anxi", "anorex", "abuse", "assault", "addict", "alcoh"],
        b'b' => &["bulim", "bereave", "burnout", "burnt"],
        b'c' => &["counsel", "crisis", "compuls", "craving"],
        b'd' => &["diagnos", "depress", "distress"],
        b'e' => &["exposure"],
        b'f' => &["fluoxet", "flashback"],
        b'g' => &["grief", "griev"],
        b'h' => &["hopeless"],
        b'i' => &["intake", "intrusive", "ideation", "insomn"],
        b'l' => &["lorazep", "lonel"],
        b'm' => &["medicat", "meds", "miscarr", "mood"],
        b'n' => &["nightmare"],
        b'o' => &["obsess", "overdos"],
        b'p' => &["psych", "prescri", "panic", "ptsd", "phobi", "postpartum", "postnatal"],
        b'r' => &["referr", "ruminat", "relaps"],
        b's' => &["session", "sertral", "suicid", "sober", "sobriety", "struggl", "selfharm"],
        b't' => &["therap", "trauma", "tearful", "tears"],
        _ => &[],
    };
    stems.iter().any(|stem| folded.starts_with(stem))
        || matches!(folded, "dna" | "dnad" | "presents" | "presented" | "presenting" | "crying" | "cried" | "upset")
}

/// "Your" in the other languages the guard knows, folded ("su", "sua", "votre", "Ihre",
/// "twoja"): a message speaking so to its addressee.
pub(crate) fn is_your_abroad(folded: &str) -> bool {
    matches!(
        folded,
        "su" | "sus"
            | "tu"
            | "tus"
            | "sua"
            | "seu"
            | "suas"
            | "seus"
            | "votre"
            | "vos"
            | "ton"
            | "tes"
            | "tuo"
            | "tua"
            | "suo"
            | "ihr"
            | "ihre"
            | "ihren"
            | "ihrem"
            | "dein"
            | "deine"
            | "twoj"
            | "twoja"
            | "twoje"
    )
}

/// A session or therapy in the other languages the guard knows, folded ("sesión",
/// "sessão", "séance", "seduta", "Sitzung", "sesja"): a clinical cue, and a client's
/// care when "your" is said of it.
pub(crate) fn is_session_abroad(folded: &str) -> bool {
    matches!(
        folded,
        "sesion"
            | "sesiones"
            | "sessao"
            | "sessoes"
            | "seance"
            | "seances"
            | "seduta"
            | "sitzung"
            | "sesja"
            | "terapia"
            | "therapie"
    )
}

/// A client's care in those languages: an appointment, a session, therapy, treatment
/// ("sua próxima consulta", "votre rendez-vous", "Ihr Termin").
pub(crate) fn is_care_abroad(folded: &str) -> bool {
    is_session_abroad(folded)
        || matches!(
            folded,
            "consulta"
                | "consultas"
                | "cita"
                | "citas"
                | "tratamiento"
                | "tratamento"
                | "traitement"
                | "rendez"
                | "termin"
                | "wizyta"
        )
}

/// Bodies of people named "… of" someone or something: "Clerk of Court", "Friends of
/// Hope", "Sisters of Mercy".
pub(crate) fn is_fellowship(folded: &str) -> bool {
    matches!(
        folded,
        "clerk" | "friends" | "sisters" | "brothers" | "daughters" | "sons" | "knights" | "order" | "society"
    )
}

/// Who a practice introduces as its "new" staff: "our new receptionist", "the new
/// practice manager" (not "new client", "new referral").
pub(crate) fn is_new_staff(folded: &str) -> bool {
    matches!(
        folded,
        "receptionist"
            | "administrator"
            | "admin"
            | "colleague"
            | "intern"
            | "trainee"
            | "locum"
            | "secretary"
            | "temp"
            | "manager"
            | "coordinator"
            | "clinician"
            | "therapist"
            | "counsellor"
            | "counselor"
            | "psychologist"
            | "psychiatrist"
            | "supervisor"
            | "associate"
            | "hire"
            | "starter"
    )
}

/// Published works that make a name before them, in the possessive, an author's or a
/// performer's ("Emily Henry's book", "Adele's album"): no client's, as therapy notes
/// speak of them.
pub(crate) fn is_published_work(folded: &str) -> bool {
    matches!(
        folded,
        "book"
            | "books"
            | "novel"
            | "novels"
            | "memoir"
            | "album"
            | "albums"
            | "song"
            | "songs"
            | "film"
            | "films"
            | "movie"
            | "movies"
            | "podcast"
            | "documentary"
            | "lyrics"
            | "essay"
            | "poem"
            | "poems"
            | "sitcom"
            | "concert"
            | "tour"
    )
}

/// What a work's adjective may come before ("'s new record", "'s old show"), though
/// alone the word is also a client's ("her record", "his interview").
pub(crate) fn is_work_with_adjective(folded: &str) -> bool {
    matches!(folded, "record" | "show" | "interview" | "talk" | "speech" | "series" | "special" | "article" | "column")
}

/// Adjectives between a possessive and a published work ("'s new book").
pub(crate) fn is_work_adjective(folded: &str) -> bool {
    matches!(folded, "new" | "latest" | "recent" | "famous" | "classic" | "old" | "last" | "first" | "best" | "debut")
}

/// Kinds of institution a community names after a word or a saint ("Grace Assembly",
/// "Hope House", "Trinity College"): a name capitalised right before one is the
/// institution's.
pub(crate) fn is_institution_word(folded: &str) -> bool {
    matches!(
        folded,
        "church"
            | "chapel"
            | "assembly"
            | "cathedral"
            | "tabernacle"
            | "temple"
            | "ministries"
            | "ministry"
            | "fellowship"
            | "mosque"
            | "masjid"
            | "synagogue"
            | "parish"
            | "abbey"
            | "academy"
            | "college"
            | "school"
            | "university"
            | "hospital"
            | "hospice"
            | "clinic"
            | "centre"
            | "center"
            | "foundation"
            | "trust"
            | "society"
            | "association"
            | "institute"
            | "library"
            | "house"
            | "choir"
            | "orchestra"
    )
}

/// Greeting words: the name after one at the start of a line is the addressee.
pub(crate) fn is_greeting(folded: &str) -> bool {
    matches!(folded.as_bytes(), b"hi" | b"hello" | b"hey" | b"dear" | b"morning" | b"thanks" | b"cheers")
        // (And in the other languages whose clinical words the guard knows: "Hola
        // Calista:", "Chère Hélène", "Liebe Anna", "Cześć Ola"; and Māori "Kia ora"; and
        // their thanks, "Danke", "Gracias", which no misspelt name is.)
        || matches!(
            folded.as_bytes(),
            b"hola" | b"querida" | b"querido" | b"estimada" | b"estimado" | b"ola" | b"prezada" | b"prezado" | b"bonjour" | b"kia"
                | b"danke" | b"gracias" | b"merci" | b"obrigado" | b"obrigada" | b"grazie"
                // (And their closings: "Mit freundlichen Grüßen", "Saludos", "Pozdrawiam".)
                | b"mit" | b"saludos" | b"atentamente" | b"cordialement" | b"cordiali" | b"saluti" | b"pozdrawiam"
                | b"salut" | b"chere" | b"cher" | b"ciao" | b"cara" | b"caro" | b"hallo" | b"liebe" | b"lieber" | b"czesc"
        )
}

/// Words for a kind of place or public body ("city", "council"): a fact's words that
/// say where, not what.
pub(crate) fn is_place_kind(folded: &str) -> bool {
    matches!(
        folded,
        "city" | "county" | "town" | "village" | "district" | "state" | "council" | "hall" | "borough" | "parish"
    )
}

/// Month number for a folded month name or its usual abbreviation.
pub(crate) fn month_number(folded: &str) -> Option<u8> {
    // Asked of many words: those of another length or first letter are turned away
    // before any comparison.
    if !(3..=9).contains(&folded.len())
        || !matches!(folded.as_bytes()[0], b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    {
        return None;
    }
    Some(match folded.as_bytes() {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sep" | b"sept" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// Month number for a folded month name in Spanish, Portuguese, French, Italian or
/// German ("julio", "julho", "juillet", "luglio", "juli"): read only in a date, with a
/// day and a year around it, since several are names too (Julio, Abril).
pub(crate) fn foreign_month_number(folded: &str) -> Option<u8> {
    Some(match folded {
        "enero" | "janeiro" | "janvier" | "gennaio" | "januar" => 1,
        "febrero" | "fevereiro" | "fevrier" | "febbraio" | "februar" => 2,
        "marzo" | "marco" | "mars" | "marz" => 3,
        "abril" | "avril" | "aprile" => 4,
        "mayo" | "maio" | "mai" | "maggio" => 5,
        "junio" | "junho" | "juin" | "giugno" | "juni" => 6,
        "julio" | "julho" | "juillet" | "luglio" | "juli" => 7,
        "agosto" | "aout" => 8,
        "septiembre" | "setiembre" | "setembro" | "septembre" | "settembre" => 9,
        "octubre" | "outubro" | "octobre" | "ottobre" | "oktober" => 10,
        "noviembre" | "novembro" | "novembre" => 11,
        "diciembre" | "dezembro" | "decembre" | "dicembre" | "dezember" => 12,
        _ => return None,
    })
}

pub(crate) fn is_weekday(folded: &str) -> bool {
    matches!(folded, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// Short forms of weekdays and months ("Tues/Thurs", "Weds", "Sept"): a calendar's
/// words, never a misspelt name.
pub(crate) fn is_calendar_abbreviation(folded: &str) -> bool {
    month_number(folded).is_some()
        || matches!(folded, "mon" | "tue" | "tues" | "wed" | "weds" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun")
}

/// Weekdays and months, in full or short.
pub(crate) fn is_calendar_word(folded: &str) -> bool {
    is_weekday(folded) || is_calendar_abbreviation(folded)
}

/// What a month has, in the possessive ("June's CPD day", "May's newsletter", "April's
/// rota", "June's training session"): a month's events and papers, never a session or
/// anything else of a client's.
pub(crate) fn is_calendar_event(folded: &str) -> bool {
    matches!(
        folded,
        "newsletter"
            | "rota"
            | "issue"
            | "edition"
            | "conference"
            | "cpd"
            | "ce"
            | "timetable"
            | "payroll"
            | "webinar"
            | "bulletin"
            | "training"
            | "workshop"
            | "workshops"
            | "seminar"
            | "seminars"
            | "agenda"
            | "retreat"
    )
}

/// The seasons: like months, names that are far more often the time of year ("Summer
/// clinic hours", "Summer is nearly here").
pub(crate) fn is_season(folded: &str) -> bool {
    matches!(folded, "spring" | "summer" | "autumn" | "fall" | "winter")
}

/// Days named by a word before a weekday ("Ash Wednesday", "Palm Sunday"): the word
/// there is no person.
pub(crate) fn is_named_day(word: &str, day: &str) -> bool {
    matches!(
        (word.as_bytes(), day.as_bytes()),
        (b"ash", b"wednesday")
            | (b"palm", b"sunday")
            | (b"easter", b"sunday" | b"monday")
            | (b"good" | b"black", b"friday")
            | (b"holy" | b"maundy", b"thursday")
            | (b"holy", b"saturday")
            | (b"shrove", b"tuesday")
            | (b"cyber" | b"blue", b"monday")
    )
}

/// Set phrases in which a name that is also a word is the word: flags, flowers, dogs,
/// hymns ("Union Jack", "Jack Russell", "Amazing Grace", "Sweet William", "poison ivy",
/// "iris scan"). `(first, second)`, folded; the name is either.
pub(crate) fn is_set_phrase(first: &str, second: &str) -> bool {
    matches!(
        (first.as_bytes(), second.as_bytes()),
        (b"union", b"jack")
            | (b"jack", b"russell" | b"frost" | b"daniels" | b"daniel")
            | (b"jumping" | b"black", b"jack")
            | (b"amazing" | b"saving" | b"state" | b"means", b"grace")
            | (b"sweet", b"william")
            | (b"morning", b"glory")
            | (b"tiger" | b"calla" | b"water" | b"peace", b"lily")
            | (b"poison" | b"english", b"ivy")
            | (b"iris", b"scan" | b"scanner" | b"recognition")
            | (b"holly", b"berries" | b"wreath")
            | (b"hope", b"diamond" | b"chest")
            | (b"pearl", b"harbor" | b"harbour" | b"jam")
            | (b"ruby", b"slippers" | b"anniversary" | b"wedding")
            | (b"dawn", b"chorus" | b"raid")
            | (b"sage", b"green" | b"advice")
            | (b"rose", b"garden" | b"gold" | b"petals" | b"quartz" | b"water")
    )
}

/// A name that is also a possession's name in a set phrase: "Dean's list", "April
/// Fool's" ("Dean's office" may be his).
pub(crate) fn is_possessive_set_phrase(name: &str, noun: &str) -> bool {
    matches!((name, noun), ("dean", "list") | ("april", "fool" | "fools"))
}

/// Names that are also plants: "Ivy is creeping over the sign" is the plant.
pub(crate) fn is_plant_name(folded: &str) -> bool {
    matches!(
        folded,
        "ivy"
            | "holly"
            | "rose"
            | "iris"
            | "sage"
            | "fern"
            | "heather"
            | "lily"
            | "daisy"
            | "violet"
            | "jasmine"
            | "hazel"
    )
}

/// What plants do and people hardly do, even in a metaphor: "creeping", "overgrown"
/// (not "blooming", "climbing" or "wilting": "Rose is really blooming since she left").
pub(crate) fn is_plant_verb(folded: &str) -> bool {
    matches!(folded, "creeping" | "crept" | "sprouting" | "overgrown" | "trailing" | "flowering" | "flowered")
}

/// Virtues that are also names: "Patience is a clinical skill" defines the word.
pub(crate) fn is_virtue_name(folded: &str) -> bool {
    matches!(folded, "hope" | "faith" | "patience" | "grace" | "joy" | "charity" | "mercy" | "prudence" | "constance")
}

/// What a virtue is said to be, after "is a" ("a skill", "a discipline, not a mood",
/// "the same muscle", "a strong word", "not a feeling"); never what a person is, makes
/// or is chosen as ("a gift to work with", "a decision", "the panel's choice").
pub(crate) fn is_virtue_kind(folded: &str) -> bool {
    matches!(
        folded,
        "skill"
            | "feeling"
            | "trait"
            | "mindset"
            | "discipline"
            | "virtue"
            | "practice"
            | "muscle"
            | "word"
            | "habit"
            | "verb"
            | "behaviour"
            | "behavior"
            | "strategy"
            | "tool"
            | "absence"
            | "emotion"
            | "value"
            | "posture"
            | "stance"
    )
}

/// Words between a copula and what it says: "is not", "is never", "is more than",
/// "was always just".
pub(crate) fn is_copula_adverb(folded: &str) -> bool {
    matches!(folded, "not" | "never" | "always" | "just" | "really" | "only" | "also" | "more" | "than" | "often")
}

/// Words that open a clause describing the noun before them: "a feeling you wait for",
/// "something that grows", "the word I'd add".
pub(crate) fn is_clause_opener(folded: &str) -> bool {
    matches!(
        folded,
        "you" | "we" | "i" | "they" | "that" | "which" | "to" | "not" | "and" | "but" | "of" | "for" | "in"
    )
}

/// Business of a month: "Invoices for April", "figures for May" (not "results" or a
/// "report", written about a person).
pub(crate) fn is_month_business(folded: &str) -> bool {
    matches!(
        folded,
        "invoices"
            | "figures"
            | "stats"
            | "statistics"
            | "returns"
            | "rota"
            | "timetable"
            | "schedule"
            | "deadline"
            | "budget"
            | "payroll"
            | "numbers"
            | "bookings"
            | "claims"
            | "accounts"
            | "targets"
            | "audit"
    )
}

/// Words that, before a month name, make it a time rather than a person ("in June").
pub(crate) fn is_temporal_word(folded: &str) -> bool {
    matches!(
        folded,
        "in" | "of"
            | "during"
            | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "through"
            | "last"
            | "next"
            | "this"
            | "early"
            | "mid"
            | "late"
            | "end"
            | "before"
            | "after"
            | "every"
    )
}

/// Other common names of the same job, American, British and everyday ("bartender",
/// "barman", "barmaid"), each group a set of equivalents, so "a barman in Hudson"
/// meets a bartender's occupation and city. Words of everyday life ("cook", "carer",
/// "cop", "teller": more often someone in the client's life than the client) and short
/// forms that are also ordinary words or clinical shorthand ("RN" is "right now" in a
/// text, "PT" a patient, "IT" folds to "it") are left out.
const OCCUPATION_SYNONYMS: &[&[&str]] = &[
    &["lawyer", "attorney", "solicitor", "barrister", "attorney at law"],
    &["police officer", "policeman", "policewoman", "police constable", "patrol officer"],
    &["firefighter", "fire fighter", "fireman", "firewoman"],
    &["bartender", "barman", "barmaid", "barkeeper", "barkeep", "mixologist"],
    &["software engineer", "software developer", "programmer", "coder"],
    &["physical therapist", "physiotherapist", "physio"],
    &["nurse", "registered nurse", "staff nurse"],
    &["paramedic", "emt", "ambulance technician"],
    &["real estate agent", "realtor", "estate agent", "real estate broker"],
    &["line cook", "short order cook", "prep cook"],
    &["delivery driver", "delivery man", "van driver"],
    &["care assistant", "care worker", "support worker", "healthcare assistant", "nursing assistant"],
    &["911 dispatcher", "dispatcher", "emergency dispatcher", "999 call handler", "emergency call handler"],
    &["hr manager", "human resources manager", "personnel manager"],
    &["it support technician", "it technician", "help desk technician", "helpdesk technician"],
    &["hvac technician", "hvac tech", "hvac engineer", "heating engineer"],
    &["ux designer", "user experience designer"],
    &["bank teller", "bank cashier"],
    &["corrections officer", "correctional officer", "prison officer", "prison guard", "detention officer"],
    &["dental hygienist", "hygienist"],
    &["high school chemistry teacher", "chemistry teacher", "science teacher"],
    &[
        "primary school teacher",
        "elementary school teacher",
        "primary teacher",
        "elementary teacher",
        "grade school teacher",
    ],
    &["special education teacher", "special ed teacher", "sped teacher", "sen teacher", "special needs teacher"],
    &["school counselor", "school counsellor", "guidance counselor", "guidance counsellor"],
    &["session musician", "studio musician", "musician"],
    &["insurance adjuster", "claims adjuster", "loss adjuster", "insurance assessor"],
    &["medical receptionist", "gp receptionist", "doctor's receptionist", "surgery receptionist"],
    &["warehouse associate", "warehouse worker", "warehouse operative"],
    &["teaching assistant", "classroom assistant", "teacher's aide", "teacher aide", "learning support assistant"],
    &["retail manager", "store manager", "shop manager"],
    &["radiographer", "x-ray technician", "radiology technician", "radiologic technologist"],
    &["accountant", "cpa", "chartered accountant", "certified public accountant"],
    &["carpenter", "joiner"],
    &["roofer", "roofing contractor"],
    &["hotel manager", "hotel general manager"],
    &["doctor", "physician", "general practitioner"],
];

/// The other names of an occupation (as [`crate::text::words`] splits them), from
/// [`OCCUPATION_SYNONYMS`]; none for a job the table does not know.
pub(crate) fn occupation_synonyms(occupation: &[String]) -> Vec<Vec<String>> {
    // The table split into words once per process.
    static SPLIT: LazyLock<Vec<Vec<Vec<String>>>> = LazyLock::new(|| {
        OCCUPATION_SYNONYMS.iter().map(|group| group.iter().map(|form| words(form)).collect()).collect()
    });
    let mut forms: Vec<Vec<String>> = SPLIT
        .iter()
        .find(|group| group.iter().any(|form| form == occupation))
        .map(|group| group.iter().filter(|form| *form != occupation).cloned().collect())
        .unwrap_or_default();
    // The same job in the other languages the guard knows, by its English name or any
    // of its English forms ("bombera" of a firefighter).
    let abroad: Vec<Vec<String>> = std::iter::once(occupation)
        .chain(forms.iter().map(Vec::as_slice))
        .flat_map(|english| occupations_abroad(english))
        .cloned()
        .collect();
    for form in abroad {
        if form != occupation && !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

/// The forms of an English occupation in Spanish, Portuguese, French, German, Italian,
/// Polish and Dutch (`data/occupations-abroad.tsv`), split into folded words.
fn occupations_abroad(english: &[String]) -> &'static [Vec<String>] {
    static TABLE: LazyLock<AHashMap<Vec<String>, Vec<Vec<String>>>> = LazyLock::new(|| {
        let mut table: AHashMap<Vec<String>, Vec<Vec<String>>> = AHashMap::new();
        for line in include_str!("../data/occupations-abroad.tsv").lines() {
            let mut fields = line.split('\t');
            let (Some(english), Some(_language), Some(forms)) = (fields.next(), fields.next(), fields.next()) else {
                continue;
            };
            let entry = table.entry(words(english)).or_default();
            for form in forms.split('|').map(words).filter(|form| !form.is_empty()) {
                if !entry.contains(&form) {
                    entry.push(form);
                }
            }
        }
        table
    });
    TABLE.get(english).map_or(&[], Vec::as_slice)
}

/// Canonical form of street-suffix and saint abbreviations, so "Salazar Dr." matches
/// "Salazar Drive". Applied to caseload phrases and scanned words alike.
///
/// (Inlined where it is asked of every word, the phrases pass's hashing: the test of
/// length and first letters turns most words away without a call.)
#[inline]
pub(crate) fn canonical_word(folded: &str) -> &str {
    // Every short form has two to five letters and begins with one of these pairs:
    // most words are turned away here, before any comparison.
    let b = folded.as_bytes();
    if !(2..=5).contains(&b.len())
        || !matches!(
            [b[0], b[1]],
            [b's', b't']
                | [b'a', b'v']
                | [b'r', b'd']
                | [b'l', b'n']
                | [b'd', b'r']
                | [b'c', b't']
                | [b'p', b'l']
                | [b't', b'e']
                | [b't', b'c']
                | [b'c', b'r']
                | [b'c', b'i']
                | [b'g', b'd']
                | [b'h', b't']
                | [b'b', b'l']
                | [b'h', b'w']
                | [b'p', b'k']
                | [b's', b'q']
                | [b'm', b't']
        )
    {
        return folded;
    }
    expand_short_form(folded)
}

/// [`canonical_word`] of a word that may be a short form: its long form, if it is one.
#[inline(never)]
fn expand_short_form(folded: &str) -> &str {
    match folded {
        "st" | "str" => "street",
        "ave" | "av" => "avenue",
        "rd" => "road",
        "ln" => "lane",
        "dr" => "drive",
        "ct" => "court",
        "pl" => "place",
        "ter" | "terr" | "tce" => "terrace",
        "cres" | "cresc" => "crescent",
        "cir" | "circ" => "circle",
        "gdns" => "gardens",
        "hts" => "heights",
        "blvd" => "boulevard",
        "hwy" => "highway",
        "pkwy" => "parkway",
        "sq" => "square",
        "mt" => "mount",
        other => other,
    }
}

/// The last word of a street's name, in its canonical form ("street", "terrace").
pub(crate) fn is_street_word(canonical: &str) -> bool {
    matches!(
        canonical,
        "street"
            | "avenue"
            | "road"
            | "lane"
            | "drive"
            | "court"
            | "place"
            | "terrace"
            | "boulevard"
            | "highway"
            | "parkway"
            | "square"
            | "crescent"
            | "circle"
            | "gardens"
            | "way"
    )
}

/// Words too common to carry a distinctive fact ("the", "was", "on").
pub(crate) fn is_fact_stopword(folded: &str) -> bool {
    matches!(
        folded,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "to"
            | "and"
            | "or"
            | "that"
            | "which"
            | "who"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "had"
            | "have"
            | "his"
            | "her"
            | "their"
            | "its"
            | "he"
            | "she"
            | "they"
            | "it"
            | "this"
            | "one"
            | "about"
            | "named"
            | "called"
            | "went"
            | "online"
            | "local"
            | "keeps"
            | "owns"
            | "runs"
            | "made"
            | "behind"
            | "s"
    )
}

/// Two-letter capitals that are abbreviations, not initials ("OK", "HR", "PM").
pub(crate) fn is_common_acronym(folded: &str) -> bool {
    matches!(
        folded,
        "ok" | "am"
            | "omg"
            | "lol"
            | "lmao"
            | "fyi"
            | "btw"
            | "pls"
            | "thx"
            | "tbh"
            | "imo"
            | "asap"
            | "fwd"
            | "nb"
            | "dna"
            | "dob"
            | "fta"
            | "pm"
            | "us"
            | "uk"
            | "eu"
            | "hr"
            | "it"
            | "ux"
            | "ui"
            | "gp"
            | "ed"
            | "er"
            | "or"
            | "tv"
            | "pr"
            | "dm"
            | "ai"
            | "id"
            | "md"
            | "rn"
            | "np"
            | "pa"
            | "pt"
            | "ot"
            | "no"
            | "vs"
            | "cv"
            | "ps"
            | "fy"
            | "iq"
            | "ny"
            | "la"
            | "dc"
            | "ca"
            | "tx"
            | "fl"
            | "bc"
            | "ad"
            | "oh"
            | "hi"
            | "ma"
            | "mo"
            | "me"
            | "mi"
            | "mn"
            | "nj"
            | "nc"
            | "va"
            | "wa"
            | "ga"
            | "az"
            | "co"
            | "ct"
            | "in"
            | "ky"
            | "ks"
            // Clinical shorthand: "no SI/HI", "hx of DSH", "ACT skills".
            | "si"
            | "sh"
            | "dsh"
            | "hx"
            | "dx"
            | "rx"
            | "sx"
            | "fx"
            | "od"
            | "mse"
            | "cbt"
            | "dbt"
            | "act"
            | "gad"
            | "mdd"
            | "ocd"
            | "ptsd"
            | "adhd"
            | "asd"
            | "phq"
            | "icu"
            | "prn"
            | "bp"
            | "ect"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_are_ordinary_words() {
        let lx = lexicon();
        for word in ["honour", "colours", "organised", "catalogue", "analyse"] {
            assert!(lx.is_ordinary_word(word), "{word}");
        }
        // A misspelt name that ends like one is not ("Fostre" for Foster).
        assert!(!lx.is_ordinary_word("fostre"));
    }

    #[test]
    fn named_days_are_feasts_not_rotas() {
        assert!(is_named_day("ash", "wednesday") && is_named_day("palm", "sunday"));
        assert!(!is_named_day("grace", "monday") && !is_named_day("will", "friday"));
    }

    #[test]
    fn street_abbreviations_fold_to_the_word() {
        // Every short form, so that none is turned away by the first two letters.
        for (short, long) in [
            ("st", "street"),
            ("str", "street"),
            ("ave", "avenue"),
            ("av", "avenue"),
            ("rd", "road"),
            ("ln", "lane"),
            ("dr", "drive"),
            ("ct", "court"),
            ("pl", "place"),
            ("ter", "terrace"),
            ("terr", "terrace"),
            ("tce", "terrace"),
            ("cres", "crescent"),
            ("cresc", "crescent"),
            ("cir", "circle"),
            ("circ", "circle"),
            ("gdns", "gardens"),
            ("hts", "heights"),
            ("blvd", "boulevard"),
            ("hwy", "highway"),
            ("pkwy", "parkway"),
            ("sq", "square"),
            ("mt", "mount"),
        ] {
            assert_eq!(canonical_word(short), long);
        }
        assert_eq!(canonical_word("terrace"), "terrace");
    }

    #[test]
    fn nicknames_go_both_ways_through_known_names() {
        let lx = lexicon();
        assert!(lx.nicknames_of("robert").iter().any(|n| &**n == "bob"));
        assert!(lx.nicknames_of("elizabeth").iter().any(|n| &**n == "liz"));
        assert!(lx.is_known_given_name("bob"));
        // Real names are nobody's misspelling, but the census's typos are not kept.
        assert!(lx.is_real_name("marco") && lx.is_real_name("american"));
        assert!(!lx.is_real_name("kieth") && !lx.is_real_name("jospeh"));
        assert!(!lx.is_known_given_name("bakery"));
        // Other countries' names, five letters or more, folded.
        assert!(lx.is_world_name("aoife") && lx.is_world_name("benedikt") && lx.is_world_name("mette"));
        assert!(!lx.is_world_name("bakery") && !lx.is_world_name("jon"));
    }

    #[test]
    fn ordinary_words_include_name_like_words() {
        let lx = lexicon();
        for w in ["hope", "grace", "will", "mark", "june", "may", "monday"] {
            assert!(lx.is_ordinary_word(w), "{w}");
        }
        for w in ["nathan", "monique"] {
            assert!(!lx.is_ordinary_word(w), "{w}");
        }
    }

    #[test]
    fn public_figures_are_folded() {
        let lx = lexicon();
        assert!(lx.is_public_figure("taylor swift"));
        assert!(lx.is_public_figure("beyonce"));
        assert!(lx.is_public_figure("zoe kravitz"));
        assert!(!lx.is_public_figure("nathan robinson"));
    }
}
