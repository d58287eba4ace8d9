//! PHQ-9 and GAD-7 over the months: a total that follows the client's course (most
//! improve, some stay flat, a few get worse), spread over item answers 0–3.

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use sanctum_practice::Instrument;

/// Where a client's course is heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Course {
    Improving,
    Flat,
    Worsening,
}

impl Course {
    pub(crate) fn draw(rng: &mut ChaCha8Rng) -> Course {
        match rng.gen_range(0..20) {
            0..=12 => Course::Improving,
            13..=16 => Course::Flat,
            _ => Course::Worsening,
        }
    }

    /// The total at the end of the period, given the total at intake.
    pub(crate) fn end_total(self, start: u32, max: u32, rng: &mut ChaCha8Rng) -> u32 {
        match self {
            Course::Improving => start * rng.gen_range(25..60) / 100,
            Course::Flat => (start + rng.gen_range(0..3)).saturating_sub(1),
            Course::Worsening => (start + rng.gen_range(4..8)).min(max),
        }
    }
}

/// The total on the way from `start` to `end`, `f` of the way there, with some noise.
pub(crate) fn total_at(start: u32, end: u32, f: f64, max: u32, rng: &mut ChaCha8Rng) -> u32 {
    let ideal = f64::from(start) + (f64::from(end) - f64::from(start)) * f.clamp(0.0, 1.0);
    let noisy = ideal.round() as i64 + rng.gen_range(-2..=2);
    noisy.clamp(0, i64::from(max)) as u32
}

/// Item answers summing to `total`. PHQ-9's ninth item (thoughts of self-harm) stays 0
/// unless the total cannot be reached without it.
pub(crate) fn answers(instrument: Instrument, total: u32, rng: &mut ChaCha8Rng) -> Vec<u8> {
    let items = instrument.items();
    let total = total.min(3 * items as u32);
    let mut answers = vec![0u8; items];
    let spread = if instrument == Instrument::Phq9 && total <= 24 { items - 1 } else { items };
    for _ in 0..total {
        let open: Vec<usize> = (0..spread).filter(|&i| answers[i] < 3).collect();
        let i = if open.is_empty() {
            (0..items).find(|&i| answers[i] < 3).unwrap_or(0)
        } else {
            open[rng.gen_range(0..open.len())]
        };
        answers[i] += 1;
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn answers_sum_to_the_total_and_spare_item_nine() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for total in 0..=27 {
            let a = answers(Instrument::Phq9, total, &mut rng);
            assert_eq!(a.iter().map(|&x| u32::from(x)).sum::<u32>(), total);
            assert!(a.iter().all(|&x| x <= 3));
            assert!(total > 24 || a[8] == 0);
        }
        let a = answers(Instrument::Gad7, 21, &mut rng);
        assert_eq!(a, vec![3; 7]);
    }
}
