//! Outcome measures: entering a PHQ-9 or GAD-7 (the instruments' own item wording, each
//! item a 0–3 radio group), the total and severity band, and the chart's trend of scores
//! over time with each instrument's severity bands.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use sanctum_practice::{Instrument, MeasureResponse, Tagged};
use sanctum_vault::{Action, Chart};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, instrument_label};
use crate::pages::clients::display_name;
use crate::pages::trend_chart::{Band, Line, Trend};
use crate::pages::{parse_date, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// The answers every item offers, scored 0 to 3.
pub const ANSWERS: [&str; 4] = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

/// The question the items complete.
pub fn stem(_: Instrument) -> &'static str {
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
}

/// The items, in order, in the instruments' published wording.
pub fn items(instrument: Instrument) -> &'static [&'static str] {
    match instrument {
        Instrument::Phq9 => &[
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so \
             fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way",
        ],
        Instrument::Gad7 => &[
            "Feeling nervous, anxious or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid as if something awful might happen",
        ],
    }
}

/// What a response asks the clinician to look at now: a PHQ-9 with item 9 (thoughts of
/// death or self-harm) answered above "Not at all".
pub fn risk_flag(measure: &MeasureResponse) -> Option<&'static str> {
    (measure.instrument == Instrument::Phq9 && measure.answers.get(8).is_some_and(|a| *a > 0))
        .then_some("item 9 (thoughts of death or self-harm) endorsed: assess risk")
}

/// The highest total an instrument allows.
fn max_total(instrument: Instrument) -> u32 {
    instrument.items() as u32 * 3
}

/// The severity bands of the instruments drawn together, from their published cut-offs:
/// a range where they agree carries one name, one where they differ names each.
pub fn bands(instruments: &[Instrument]) -> Vec<Band> {
    let top = instruments.iter().map(|i| max_total(*i)).max().unwrap_or(0);
    let mut bands: Vec<Band> = Vec::new();
    for score in 0..=top {
        let names: Vec<(Instrument, &str)> =
            instruments.iter().filter(|i| score <= max_total(**i)).map(|i| (*i, i.severity(score))).collect();
        let label = if names.windows(2).all(|w| w[0].1 == w[1].1) {
            names.first().map_or_else(String::new, |(_, n)| (*n).to_owned())
        } else {
            names.iter().map(|(i, n)| format!("{} {n}", instrument_label(*i))).collect::<Vec<_>>().join(" / ")
        };
        match bands.last_mut() {
            Some(last) if last.label == label => last.to = score,
            _ => bands.push(Band { from: score, to: score, label }),
        }
    }
    bands
}

/// The chart's trend: one line per instrument recorded, dates in the practice's zone.
pub fn trend(clock: &Clock, measures: &[(sanctum_vault::RowId, MeasureResponse)]) -> Trend {
    let present: Vec<Instrument> =
        Instrument::ALL.iter().copied().filter(|i| measures.iter().any(|(_, m)| m.instrument == *i)).collect();
    let lines = present
        .iter()
        .map(|i| Line {
            label: instrument_label(*i).to_owned(),
            points: measures
                .iter()
                .filter(|(_, m)| m.instrument == *i)
                .map(|(_, m)| (clock.local(m.taken_at).date_naive(), m.total()))
                .collect(),
        })
        .collect();
    let names: Vec<&str> = present.iter().map(|i| instrument_label(*i)).collect();
    Trend {
        title: format!("{} scores over time", names.join(" and ")),
        y_max: present.iter().map(|i| max_total(*i)).max().unwrap_or(0),
        bands: bands(&present),
        lines,
    }
}

/// One item of the form.
#[derive(Debug)]
pub struct ItemField {
    /// `answers[3]`.
    pub field: String,
    /// 1-based.
    pub number: usize,
    /// The wording.
    pub text: &'static str,
    /// The answer given so far.
    pub answer: Option<u8>,
    /// Why it was refused.
    pub error: Option<String>,
}

impl ItemField {
    /// Whether `answer` is the one given.
    pub fn chosen(&self, answer: usize) -> bool {
        self.answer.map(usize::from) == Some(answer)
    }
}

#[derive(Template)]
#[template(path = "measure_new.html")]
struct EntryPage {
    frame: Frame,
    client: String,
    name: String,
    instrument: &'static str,
    label: &'static str,
    /// The other instruments: `(tag, label)`.
    others: Vec<(&'static str, &'static str)>,
    stem: &'static str,
    answers: [&'static str; 4],
    items: Vec<ItemField>,
    taken: String,
    error: Option<Failure>,
}

impl EntryPage {
    fn new(
        state: &AppState,
        who: &SignedIn,
        chart: &Chart,
        instrument: Instrument,
        form: &Entry,
        error: Option<Failure>,
    ) -> EntryPage {
        let items = items(instrument)
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let field = format!("answers[{i}]");
                ItemField {
                    answer: form.get(&field).parse().ok().filter(|a| *a <= 3),
                    error: error.as_ref().filter(|e| e.field() == Some(field.as_str())).map(|e| match e {
                        Failure::Input { message, .. } => message.clone(),
                        other => other.to_string(),
                    }),
                    number: i + 1,
                    text,
                    field,
                }
            })
            .collect();
        let taken = match form.get("taken") {
            "" => Clock::of(state).today().to_string(),
            typed => typed.to_owned(),
        };
        EntryPage {
            frame: Frame::new(state, who, "clients"),
            client: chart.id.to_string(),
            name: display_name(&chart.profile),
            instrument: instrument.tag(),
            label: instrument_label(instrument),
            others: Instrument::ALL
                .iter()
                .filter(|i| **i != instrument)
                .map(|i| (i.tag(), instrument_label(*i)))
                .collect(),
            stem: stem(instrument),
            answers: ANSWERS,
            items,
            taken,
            error,
        }
    }
}

/// `?instrument=`.
#[derive(Debug, Deserialize)]
pub struct EntryQuery {
    #[serde(default)]
    instrument: String,
}

fn parse_instrument(value: &str) -> Result<Instrument, Failure> {
    match value.trim() {
        "" => Ok(Instrument::Phq9),
        tag => Instrument::from_tag(tag).ok_or_else(|| Failure::input("instrument", "is phq-9 or gad-7")),
    }
}

/// `GET /clients/{client}/measures/new?instrument=`: the questionnaire, unanswered.
pub async fn new_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(client): Path<String>,
    Query(q): Query<EntryQuery>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::MeasureWrite).await?;
    let instrument = parse_instrument(&q.instrument)?;
    let chart = state.vault().chart(&who.actor(), &client).await?;
    render(&EntryPage::new(&state, &who, &chart, instrument, &Entry::default(), None))
}

/// The questionnaire as posted: `instrument`, `taken` and `answers[i]` per item.
#[derive(Debug, Default)]
pub struct Entry {
    fields: Vec<(String, String)>,
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        Ok(Entry { fields: Vec::deserialize(d)? })
    }
}

impl Entry {
    fn get(&self, name: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim())
    }

    /// The response the form describes, checked: a date not in the future, and every
    /// item answered 0–3 (the first problem is named).
    fn response(&self, clock: &Clock, instrument: Instrument) -> Result<MeasureResponse, Failure> {
        let taken = parse_date("taken", self.get("taken"))?;
        if taken > clock.today() {
            return Err(Failure::input("taken", "is in the future"));
        }
        let answers = (0..instrument.items())
            .map(|i| {
                let field = format!("answers[{i}]");
                match self.get(&field) {
                    "" => Err(Failure::input(field, "is not answered")),
                    value => value.parse::<u8>().map_err(|_| Failure::input(field, "is not an answer 0-3")),
                }
            })
            .collect::<Result<Vec<u8>, Failure>>()?;
        Ok(MeasureResponse::new(instrument, noon(clock, taken), answers)?)
    }
}

/// Midday of `day` in the practice's zone: the date survives any zone change.
fn noon(clock: &Clock, day: NaiveDate) -> i64 {
    clock.at(day.and_hms_opt(12, 0, 0).unwrap_or_default())
}

/// `POST /clients/{client}/measures`: records a completed questionnaire; a refusal shows
/// the form again with the answers given and the item named.
pub async fn record(
    State(state): State<AppState>,
    Path(client): Path<String>,
    Posted(who, form): Posted<Entry>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::MeasureWrite).await?;
    let instrument = parse_instrument(form.get("instrument"))?;
    let response = match form.response(&Clock::of(&state), instrument) {
        Ok(r) => r,
        Err(e @ Failure::Input { .. }) => {
            let chart = state.vault().chart(&who.actor(), &client).await?;
            let mut page = render(&EntryPage::new(&state, &who, &chart, instrument, &form, Some(e)))?;
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(page);
        }
        Err(e) => return Err(e),
    };
    let id = state.vault().add_measure(&who.actor(), &client, &response).await?;
    Ok(see_other(&format!("/clients/{client}#measure-{id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wording_matches_the_item_counts() {
        for i in Instrument::ALL {
            assert_eq!(items(*i).len(), i.items(), "{i}");
        }
    }

    #[test]
    fn bands_follow_the_published_cut_offs() {
        let band = |from, to, label: &str| Band { from, to, label: label.into() };
        assert_eq!(
            bands(&[Instrument::Gad7]),
            [band(0, 4, "minimal"), band(5, 9, "mild"), band(10, 14, "moderate"), band(15, 21, "severe")]
        );
        assert_eq!(
            bands(&[Instrument::Phq9, Instrument::Gad7]),
            [
                band(0, 4, "minimal"),
                band(5, 9, "mild"),
                band(10, 14, "moderate"),
                band(15, 19, "PHQ-9 moderately severe / GAD-7 severe"),
                band(20, 27, "severe"),
            ]
        );
    }

    #[test]
    fn only_an_endorsed_item_nine_raises_the_flag() {
        let phq = |ninth| MeasureResponse::new(Instrument::Phq9, 0, vec![0, 0, 0, 0, 0, 0, 0, 0, ninth]).unwrap();
        assert!(risk_flag(&phq(0)).is_none());
        assert!(risk_flag(&phq(1)).is_some());
        let gad = MeasureResponse::new(Instrument::Gad7, 0, vec![3; 7]).unwrap();
        assert!(risk_flag(&gad).is_none());
    }
}
