//! The second factor: time-based one-time passwords (RFC 6238: SHA-1, six digits,
//! 30-second steps, as every authenticator app expects). Enrolment shows the secret
//! as a QR code the server renders to SVG; a code is accepted for the current step
//! or one step either side, and each step only once (the vault records the last one).

use qrcode::render::svg;
use qrcode::QrCode;
use rand::RngCore;
use totp_rs::{Algorithm, Secret, TOTP};
use zeroize::Zeroizing;

use crate::error::Failure;

const STEP: u64 = 30;
const ISSUER: &str = "Sanctum";

/// A fresh 160-bit secret.
pub fn new_secret() -> Zeroizing<Vec<u8>> {
    let mut bytes = Zeroizing::new(vec![0u8; 20]);
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes
}

fn totp(secret: &[u8], account: &str) -> Result<TOTP, Failure> {
    TOTP::new(Algorithm::SHA1, 6, 1, STEP, secret.to_vec(), Some(ISSUER.into()), account.into()).map_err(|e| {
        tracing::error!(error = %e, "cannot build a TOTP");
        Failure::Internal
    })
}

/// The secret in base32, for typing into an app by hand.
pub fn base32(secret: &[u8]) -> String {
    Secret::Raw(secret.to_vec()).to_encoded().to_string()
}

/// The enrolment QR code (an `otpauth://` URL) as an `<svg>` element to put in a page.
pub fn qr_svg(secret: &[u8], account: &str) -> Result<String, Failure> {
    let url = totp(secret, account)?.get_url();
    let code = QrCode::new(url.as_bytes()).map_err(|_| Failure::Internal)?;
    let document = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#1d2a33"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Inline in HTML, the XML declaration has no place.
    Ok(document.find("<svg").map_or(document.clone(), |i| document[i..].to_owned()))
}

/// The time step `code` is valid for at `now` (this step or one either side), if any.
pub fn matching_step(secret: &[u8], account: &str, code: &str, now: u64) -> Result<Option<i64>, Failure> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Failure::input("code", "is the six digits your authenticator app shows"));
    }
    let totp = totp(secret, account)?;
    let step = now / STEP;
    for candidate in [step, step.saturating_sub(1), step + 1] {
        let expected = totp.generate(candidate * STEP);
        if crate::session::same_token(&expected, &code) {
            return Ok(i64::try_from(candidate).ok());
        }
    }
    Ok(None)
}

/// The code for `at` (tests and the demo's instructions).
pub fn code_at(secret: &[u8], at: u64) -> String {
    totp(secret, "x").map(|t| t.generate(at)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_vectors() {
        // RFC 6238 appendix B, SHA-1, truncated to six digits.
        let secret = b"12345678901234567890";
        for (t, code) in [(59, "287082"), (1_111_111_109, "081804"), (2_000_000_000, "279037")] {
            assert_eq!(code_at(secret, t), code, "t={t}");
        }
    }

    #[test]
    fn a_code_matches_its_step_and_its_neighbours_only() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now);
        assert_eq!(matching_step(&secret, "dana", &code, now).unwrap(), Some(60_000_000));
        assert_eq!(matching_step(&secret, "dana", &code, now + 30).unwrap(), Some(60_000_000));
        assert_eq!(matching_step(&secret, "dana", &code, now + 90).unwrap(), None);
        assert_eq!(matching_step(&secret, "dana", "12a456", now).unwrap_err().field(), Some("code"));
        assert!(qr_svg(&secret, "dana").unwrap().starts_with("<svg"));
    }
}
