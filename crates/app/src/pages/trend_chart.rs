//! A line chart of scores over time, drawn on the server as an SVG string: no script,
//! scaled by its `viewBox`, one line per series, dates along the x axis, and labelled
//! horizontal bands (severity ranges) behind the lines. It carries a `<title>` and a
//! `<desc>` that says in words what the lines show; the page keeps the table beside it.
//!
//! A pure function of its input: every piece of text in it is escaped here, because the
//! page includes the string as markup.

use std::fmt::Write;

use chrono::NaiveDate;

/// One series: a label and its `(date, score)` points.
#[derive(Debug, Clone)]
pub struct Line {
    /// "PHQ-9".
    pub label: String,
    /// The points, in any order (drawn by date).
    pub points: Vec<(NaiveDate, u32)>,
}

/// A labelled range of scores, `from..=to`, drawn as a horizontal band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// The lowest score in the band.
    pub from: u32,
    /// The highest score in the band.
    pub to: u32,
    /// "moderate".
    pub label: String,
}

/// What to draw.
#[derive(Debug, Clone)]
pub struct Trend {
    /// The chart's title (also its accessible name).
    pub title: String,
    /// The top of the y axis (the highest possible score).
    pub y_max: u32,
    /// Bands, lowest first.
    pub bands: Vec<Band>,
    /// The series.
    pub lines: Vec<Line>,
}

/// The drawing's size in viewBox units, and the plot area inside it.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 330.0;
const LEFT: f64 = 40.0;
const TOP: f64 = 14.0;
const PLOT_WIDTH: f64 = 420.0;
const PLOT_HEIGHT: f64 = 250.0;
/// The most dates labelled on the x axis.
const MAX_TICKS: usize = 6;

/// Where a point lands: `(x, y)` in viewBox units.
struct Scale {
    first: NaiveDate,
    days: i64,
    y_max: u32,
}

impl Scale {
    fn x(&self, date: NaiveDate) -> f64 {
        if self.days == 0 {
            return LEFT + PLOT_WIDTH / 2.0;
        }
        LEFT + PLOT_WIDTH * (date - self.first).num_days() as f64 / self.days as f64
    }

    fn y(&self, score: u32) -> f64 {
        let score = score.min(self.y_max);
        TOP + PLOT_HEIGHT * (1.0 - f64::from(score) / f64::from(self.y_max.max(1)))
    }
}

/// Escapes text for SVG (XML) content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The chart, or `None` when there is no point to draw.
pub fn svg(trend: &Trend) -> Option<String> {
    let mut dates: Vec<NaiveDate> = trend.lines.iter().flat_map(|l| l.points.iter().map(|(d, _)| *d)).collect();
    dates.sort_unstable();
    dates.dedup();
    let (first, last) = (*dates.first()?, *dates.last()?);
    let scale = Scale { first, days: (last - first).num_days(), y_max: trend.y_max };
    let mut s = String::new();
    // `write!` to a String cannot fail.
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="trend-title trend-desc">"#
    );
    let _ = write!(s, r#"<title id="trend-title">{}</title>"#, escape(&trend.title));
    let _ = write!(s, r#"<desc id="trend-desc">{}</desc>"#, escape(&describe(trend)));

    for (i, band) in trend.bands.iter().enumerate() {
        let (top, bottom) = (scale.y((band.to + 1).min(trend.y_max)), scale.y(band.from));
        let _ = write!(
            s,
            r#"<rect class="band band-{}" x="{LEFT}" y="{top:.1}" width="{PLOT_WIDTH}" height="{:.1}"/>"#,
            i.min(4),
            bottom - top
        );
        let label = format!("{} ({}–{})", band.label, band.from, band.to);
        let _ = write!(
            s,
            r#"<text class="band-label" x="{:.1}" y="{:.1}">{}</text>"#,
            LEFT + PLOT_WIDTH + 6.0,
            (top + bottom) / 2.0 + 4.0,
            escape(&label)
        );
        if band.from > 0 {
            let _ = write!(
                s,
                r#"<line class="threshold" x1="{LEFT}" x2="{:.1}" y1="{bottom:.1}" y2="{bottom:.1}"/>"#,
                LEFT + PLOT_WIDTH
            );
        }
    }

    // Axes: scores at the thresholds, dates below.
    let axis_y = scale.y(0);
    let _ = write!(
        s,
        r#"<line class="axis" x1="{LEFT}" x2="{:.1}" y1="{axis_y:.1}" y2="{axis_y:.1}"/><line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{axis_y:.1}"/>"#,
        LEFT + PLOT_WIDTH
    );
    let mut ticks: Vec<u32> = trend.bands.iter().map(|b| b.from).chain([trend.y_max]).collect();
    ticks.dedup();
    for score in ticks {
        let _ = write!(
            s,
            r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{score}</text>"#,
            LEFT - 6.0,
            scale.y(score) + 4.0
        );
    }
    let step = dates.len().div_ceil(MAX_TICKS).max(1);
    for (i, date) in dates.iter().enumerate() {
        if i % step != 0 && i != dates.len() - 1 {
            continue;
        }
        let _ = write!(
            s,
            r#"<text class="tick" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            scale.x(*date),
            axis_y + 18.0,
            date.format("%-d %b %Y")
        );
    }

    for (i, line) in trend.lines.iter().enumerate().filter(|(_, l)| !l.points.is_empty()) {
        let mut points = line.points.clone();
        points.sort_by_key(|(d, _)| *d);
        let path: Vec<String> = points.iter().map(|(d, v)| format!("{:.1},{:.1}", scale.x(*d), scale.y(*v))).collect();
        let _ = write!(s, r#"<g class="series series-{}">"#, i.min(3));
        let _ = write!(s, r#"<polyline points="{}"/>"#, path.join(" "));
        for (d, v) in &points {
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="4"><title>{}</title></circle>"#,
                scale.x(*d),
                scale.y(*v),
                escape(&format!("{} on {d}: {v}", line.label))
            );
        }
        let legend_x = LEFT + 130.0 * i as f64;
        let _ = write!(
            s,
            r#"<line x1="{legend_x:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}"/><text class="legend" x="{:.1}" y="{:.1}">{}</text></g>"#,
            legend_x + 24.0,
            HEIGHT - 12.0,
            HEIGHT - 12.0,
            legend_x + 30.0,
            HEIGHT - 8.0,
            escape(&line.label)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// The chart in words: each series' count, first and latest score.
fn describe(trend: &Trend) -> String {
    let parts: Vec<String> = trend
        .lines
        .iter()
        .filter_map(|line| {
            let first = line.points.iter().min_by_key(|(d, _)| *d)?;
            let last = line.points.iter().max_by_key(|(d, _)| *d)?;
            let n = line.points.len();
            Some(if n == 1 {
                format!("{}: one score, {} on {}.", line.label, first.1, first.0)
            } else {
                format!("{}: {n} scores, from {} on {} to {} on {}.", line.label, first.1, first.0, last.1, last.0)
            })
        })
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("date")
    }

    fn trend(lines: Vec<Line>) -> Trend {
        Trend {
            title: "Scores over time".into(),
            y_max: 27,
            bands: vec![
                Band { from: 0, to: 4, label: "minimal".into() },
                Band { from: 5, to: 9, label: "mild".into() },
                Band { from: 10, to: 27, label: "<high> & \"worse\"".into() },
            ],
            lines,
        }
    }

    #[test]
    fn no_points_no_chart() {
        assert_eq!(svg(&trend(vec![])), None);
        assert_eq!(svg(&trend(vec![Line { label: "PHQ-9".into(), points: vec![] }])), None);
    }

    #[test]
    fn points_map_to_coordinates_by_date_and_score() {
        let line = Line { label: "PHQ-9".into(), points: vec![(day(11), 27), (day(1), 0), (day(6), 9)] };
        let out = svg(&trend(vec![line])).expect("a chart");
        // The first date at the left edge, the last at the right, scores from the bottom.
        let (left, right, top, bottom) = (LEFT, LEFT + PLOT_WIDTH, TOP, TOP + PLOT_HEIGHT);
        let mid_x = LEFT + PLOT_WIDTH / 2.0;
        let nine = TOP + PLOT_HEIGHT * (1.0 - 9.0 / 27.0);
        for (x, y) in [(left, bottom), (mid_x, nine), (right, top)] {
            assert!(out.contains(&format!(r#"<circle cx="{x:.1}" cy="{y:.1}""#)), "a point at {x},{y}: {out}");
        }
        assert!(out.contains(&format!(r#"points="{left:.1},{bottom:.1} {mid_x:.1},{nine:.1} {right:.1},{top:.1}""#)));
        assert!(out.contains("PHQ-9 on 2026-03-06: 9"), "each point names itself");
        assert!(out.contains("1 Mar 2026") && out.contains("11 Mar 2026"), "dates on the x axis");
    }

    #[test]
    fn a_single_date_is_centred() {
        let line = Line { label: "GAD-7".into(), points: vec![(day(3), 0)] };
        let out = svg(&trend(vec![line])).expect("a chart");
        assert!(out.contains(&format!(r#"<circle cx="{:.1}" cy="{:.1}""#, LEFT + PLOT_WIDTH / 2.0, TOP + PLOT_HEIGHT)));
        assert!(out.contains("GAD-7: one score, 0 on 2026-03-03."));
    }

    #[test]
    fn thresholds_are_drawn_labelled_and_text_is_escaped() {
        let line = Line { label: "<script>".into(), points: vec![(day(1), 3), (day(2), 12)] };
        let out = svg(&trend(vec![line])).expect("a chart");
        for score in [5.0, 10.0] {
            let y = TOP + PLOT_HEIGHT * (1.0 - score / 27.0);
            assert!(
                out.contains(&format!(r#"class="threshold" x1="{LEFT}" x2="{:.1}" y1="{y:.1}""#, LEFT + PLOT_WIDTH))
            );
        }
        assert_eq!(out.matches(r#"class="threshold""#).count(), 2, "no threshold at zero");
        assert!(out.contains(">minimal (0–4)<") && out.contains(">mild (5–9)<"));
        assert!(out.contains("&lt;high&gt; &amp; &quot;worse&quot; (10–27)"));
        assert!(!out.contains("<script>") && out.contains("&lt;script&gt;"));
        assert!(out.contains(r#"<title id="trend-title">Scores over time</title>"#));
        assert!(out.contains("&lt;script&gt;: 2 scores, from 3 on 2026-03-01 to 12 on 2026-03-02."));
        assert!(out.starts_with("<svg") && out.contains(r#"viewBox="0 0 640 330""#) && out.ends_with("</svg>"));
    }
}
