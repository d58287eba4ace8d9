//! The server's settings: one typed [`Settings`], layered from the defaults, then an
//! optional TOML file, then `SANCTUM_*` environment variables (`SANCTUM_LISTEN`,
//! `SANCTUM_SESSION_IDLE_MINUTES`, ...). A bad value is refused at start-up with the
//! name of the setting and where it came from.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// Everything `sanctum serve` can be told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Where to listen.
    pub listen: SocketAddr,
    /// The vault: a directory (SQLite) or a `postgres://` URL.
    pub vault: String,
    /// The vault's key file (an age identity); without one, `serve` asks for the passphrase.
    pub key_file: Option<PathBuf>,
    /// Mark cookies `Secure` and send HSTS. Only turn off behind a TLS proxy that
    /// rewrites them, never on a network.
    pub secure_cookies: bool,
    /// A session ends this long after sign-in, however active.
    pub session_hours: u32,
    /// A session ends after this long without a request.
    pub session_idle_minutes: u32,
    /// Sign-in attempts allowed per minute from one address and for one user name.
    pub sign_in_per_minute: u32,
    /// A demonstration practice: staff without a second factor may sign in with a
    /// password alone, and every page says so. Only `sanctum demo` sets it: no file or
    /// variable can switch the second factor off for a real practice.
    #[serde(skip)]
    pub demo: bool,
    /// The practice's time zone (IANA name, e.g. `Europe/London`): schedules are shown
    /// and entered in it.
    pub time_zone: chrono_tz::Tz,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            vault: "sanctum-vault".into(),
            key_file: None,
            secure_cookies: true,
            session_hours: 12,
            session_idle_minutes: 30,
            sign_in_per_minute: 5,
            demo: false,
            time_zone: chrono_tz::UTC,
        }
    }
}

/// A setting that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("settings: {0}")]
pub struct SettingsError(String);

impl Settings {
    /// Every setting's name (the TOML key; upper-cased after `SANCTUM_` in the environment).
    pub const KEYS: [&'static str; 8] = [
        "listen",
        "vault",
        "key_file",
        "secure_cookies",
        "session_hours",
        "session_idle_minutes",
        "sign_in_per_minute",
        "time_zone",
    ];

    /// Defaults, then `file` (if given; it must exist), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Settings, SettingsError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            if !file.is_file() {
                return Err(SettingsError(format!("{}: no such file", file.display())));
            }
            figment = figment.merge(Toml::file(file));
        }
        // Other SANCTUM_* variables belong to other commands (SANCTUM_PASSPHRASE, ...).
        let env = Env::prefixed("SANCTUM_").only(&Self::KEYS);
        Self::from_figment(figment.merge(env))
    }

    fn from_figment(figment: Figment) -> Result<Settings, SettingsError> {
        let settings: Settings = figment.extract().map_err(|e| SettingsError(e.to_string()))?;
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> Result<(), SettingsError> {
        let positive = [
            ("session_hours", self.session_hours),
            ("session_idle_minutes", self.session_idle_minutes),
            ("sign_in_per_minute", self.sign_in_per_minute),
        ];
        if let Some((name, _)) = positive.iter().find(|(_, v)| *v == 0) {
            return Err(SettingsError(format!("{name} must be at least 1")));
        }
        Ok(())
    }

    /// Seconds a session may live.
    pub fn session_lifetime_secs(&self) -> i64 {
        i64::from(self.session_hours) * 3600
    }

    /// Seconds a session may sit idle.
    pub fn session_idle_secs(&self) -> i64 {
        i64::from(self.session_idle_minutes) * 60
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layered(toml: &str) -> Result<Settings, SettingsError> {
        Settings::from_figment(Figment::from(Serialized::defaults(Settings::default())).merge(Toml::string(toml)))
    }

    #[test]
    fn a_file_overrides_defaults_and_bad_values_name_the_setting() {
        let s = layered("session_hours = 8\nlisten = \"127.0.0.1:9000\"").unwrap();
        assert_eq!((s.session_hours, s.listen.port(), s.session_idle_minutes), (8, 9000, 30));
        let err = layered("session_idle_minutes = 0").unwrap_err().to_string();
        assert!(err.contains("session_idle_minutes"), "{err}");
        let err = layered("listen = \"nowhere\"").unwrap_err().to_string();
        assert!(err.contains("listen"), "{err}");
        let err = layered("time_zone = \"Mars/Olympus\"").unwrap_err().to_string();
        assert!(err.contains("time_zone"), "{err}");
        let err = layered("demo = true").unwrap_err().to_string();
        assert!(err.contains("demo"), "a file cannot make a practice a demo: {err}");
        let err = layered("colour = \"blue\"").unwrap_err().to_string();
        assert!(err.contains("colour"), "{err}");
    }

    #[test]
    #[allow(clippy::result_large_err)] // figment's Jail fixes the closure's error type
    fn the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sanctum.toml");
        std::fs::write(&file, "sign_in_per_minute = 3\n").unwrap();
        figment::Jail::expect_with(|jail| {
            jail.set_env("SANCTUM_SIGN_IN_PER_MINUTE", "9");
            jail.set_env("SANCTUM_PASSPHRASE", "not a setting of the server");
            let s = Settings::load(Some(&file)).map_err(|e| e.to_string())?;
            assert_eq!(s.sign_in_per_minute, 9);
            Ok(())
        });
        assert!(Settings::load(Some(&dir.path().join("missing.toml"))).unwrap_err().to_string().contains("missing"));
    }
}
