//! The app's test harness: [`spawn_app`] starts the real server on port 0 over a fresh
//! vault (SQLite in a temporary directory, or a fresh PostgreSQL database when
//! `SANCTUM_TEST_PG` is set — the `app_test!` macro runs a case on both), and
//! [`Browser`] is a cookie-keeping HTTP client that never follows redirects, so a test
//! sees every 303 and every Set-Cookie.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::net::SocketAddr;

use reqwest::header::{HeaderMap, COOKIE, LOCATION, SET_COOKIE};
use reqwest::redirect::Policy;
use sanctum_app::{AppState, Settings};
use sanctum_practice::{ClientProfile, Role};
use sanctum_vault::{Actor, Kdf, KdfParams, KeySource, Location, RowId, Vault};
use secrecy::{ExposeSecret, SecretString};
use tempfile::TempDir;

/// Runs a case on SQLite, and on PostgreSQL when `SANCTUM_TEST_PG` is set.
#[macro_export]
macro_rules! app_test {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)(support::spawn_app(support::Backend::Sqlite).await).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match support::Backend::postgres().await {
                    Some(b) => ($body)(support::spawn_app(b).await).await,
                    None => eprintln!("SANCTUM_TEST_PG is not set: PostgreSQL case skipped"),
                }
            }
        }
    };
}

/// Where a test's vault lives.
pub enum Backend {
    /// A temporary directory.
    Sqlite,
    /// A fresh database on the server in `SANCTUM_TEST_PG`.
    Postgres(String),
}

impl Backend {
    /// A fresh PostgreSQL database, if a server is configured.
    pub async fn postgres() -> Option<Backend> {
        use sqlx::{Connection, Executor};
        let server = std::env::var("SANCTUM_TEST_PG").ok().filter(|s| !s.is_empty())?;
        let database = format!("sanctum_app_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&server).await.expect("connect to SANCTUM_TEST_PG");
        conn.execute(format!("CREATE DATABASE {database}").as_str()).await.expect("create test database");
        let (base, _) = server.rsplit_once('/').expect("SANCTUM_TEST_PG is postgres://user@host:port/db");
        Some(Backend::Postgres(format!("{base}/{database}")))
    }
}

/// A running app over a fresh vault.
pub struct TestApp {
    /// `http://127.0.0.1:port`.
    pub base: String,
    /// The state the server runs with (its vault, for setting up and checking).
    pub state: AppState,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    _dir: TempDir,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(s) = self.shutdown.take() {
            let _ = s.send(());
        }
    }
}

/// Test settings: plain-HTTP cookies (the test client talks HTTP), the default limits.
pub fn settings() -> Settings {
    Settings { secure_cookies: false, ..Settings::default() }
}

/// Starts the app on port 0 over a fresh vault with [`settings`].
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, settings()).await
}

/// Starts the app on port 0 over a fresh vault with `settings`.
pub async fn spawn_app_with(backend: Backend, mut settings: Settings) -> TestApp {
    let dir = TempDir::new().expect("tempdir");
    let location = match backend {
        Backend::Sqlite => Location::Sqlite(dir.path().join("vault")),
        Backend::Postgres(url) => Location::parse(&url),
    };
    let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).expect("key file");
    let vault = Vault::create(&location, &key, KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).await.expect("vault");
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.expect("bind");
    let address = listener.local_addr().expect("address");
    settings.listen = address;
    let state = AppState::new(vault, settings);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(sanctum_app::run(state.clone(), listener, async move {
        let _ = rx.await;
    }));
    TestApp { base: format!("http://{address}"), state, shutdown: Some(tx), _dir: dir }
}

/// A staff member made for a test, with their password and TOTP secret.
pub struct Staff {
    /// Their id.
    pub id: RowId,
    /// Their user name.
    pub username: String,
    /// Their password.
    pub password: SecretString,
    /// Their TOTP secret (enrolled).
    pub totp: Vec<u8>,
}

impl TestApp {
    /// The vault.
    pub fn vault(&self) -> &Vault {
        self.state.vault()
    }

    /// A new browser for this app.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// Adds a staff member who has replaced the issued password with one of their own
    /// and enrolled a second factor.
    pub async fn staff(&self, username: &str, role: Role) -> Staff {
        let mut who = self.added(username, role).await;
        who.password = SecretString::from(format!("{username}'s own {}", RowId::generate()));
        self.vault().set_password(&Actor::Operator, &who.id, &who.password).await.expect("own password");
        who.totp = sanctum_app::totp::new_secret().to_vec();
        self.vault().set_totp_secret(&Actor::Operator, &who.id, Some(&who.totp)).await.expect("enrol totp");
        who
    }

    /// Adds a staff member as an administrator does: the issued password, which must
    /// change at the first sign-in, and no second factor (`totp` is empty).
    pub async fn added(&self, username: &str, role: Role) -> Staff {
        let (id, password) = self.vault().add_user(&Actor::Operator, username, role).await.expect("add user");
        Staff { id, username: username.into(), password: password.0, totp: Vec::new() }
    }

    /// Adds a client to `therapist`'s caseload.
    pub async fn client(&self, therapist: &Staff, given: &str, family: &str) -> RowId {
        let mut p = ClientProfile::default();
        p.given_name = given.into();
        p.family_name = family.into();
        self.vault().add_client(&Actor::Operator, &p, Some(&therapist.id)).await.expect("add client")
    }

    /// A browser signed in as `who` (password, then the current TOTP code).
    pub async fn signed_in(&self, who: &Staff) -> Browser {
        let mut b = self.browser();
        b.sign_in(who).await;
        b
    }

    /// A browser holding a fresh session for `who` with the second factor done, started
    /// by the vault directly: no sign-in form, so no TOTP time step is used up.
    pub async fn session_for(&self, who: &Staff) -> Browser {
        let settings = self.state.settings();
        let token =
            self.vault().start_web_session(&who.id, true, settings.session_lifetime_secs()).await.expect("web session");
        let mut b = self.browser();
        let name = sanctum_app::session::session_cookie_name(settings.secure_cookies);
        b.cookies.insert(name.into(), token.expose_secret().to_owned());
        b
    }

    /// A new API token for `who` (`snct_...`).
    pub async fn api_token(&self, who: &Staff) -> String {
        let (_, token) =
            self.vault().create_api_token(&Actor::User(who.id.clone()), &who.id, "tests").await.expect("API token");
        token.expose_secret().to_owned()
    }

    /// An individual session of `client` with `therapist` at `starts_at`, held or still scheduled.
    pub async fn session_at(&self, therapist: &Staff, client: &RowId, starts_at: i64, held: bool) -> RowId {
        use sanctum_practice::{Location, Session, SessionKind, SessionStatus};
        let session = Session {
            kind: SessionKind::Individual,
            starts_at,
            duration_minutes: 50,
            location: Location::InPerson("Room 2".into()),
            status: SessionStatus::Scheduled,
        };
        let with = sanctum_vault::SessionWith::Client(client.clone());
        let id =
            self.vault().schedule_session(&Actor::Operator, &with, &therapist.id, &session).await.expect("session");
        if held {
            self.vault().set_session_status(&Actor::Operator, &id, SessionStatus::Held).await.expect("held");
        }
        id
    }

    /// How many `denied` entries the audit trail holds for `who` about `client`.
    pub async fn denials(&self, who: &Staff, client: &RowId) -> usize {
        let (actor, client) = (format!("user:{}", who.id), Some(client.to_string()));
        self.audit()
            .await
            .into_iter()
            .filter(|(a, _, c, outcome)| *a == actor && *c == client && outcome == "denied")
            .count()
    }

    /// The audit trail's entries as `(actor, action, client, outcome)`.
    pub async fn audit(&self) -> Vec<(String, String, Option<String>, String)> {
        use sanctum_vault::Store;
        let entries = self.vault().store().audit_page(0, 1_000_000).await.expect("audit log");
        entries.into_iter().map(|e| (e.actor, e.action, e.client, e.outcome)).collect()
    }
}

/// A response, read.
#[derive(Debug)]
pub struct Page {
    /// The status code.
    pub status: u16,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: String,
}

impl Page {
    /// Where a redirect points.
    pub fn location(&self) -> Option<&str> {
        self.headers.get(LOCATION).and_then(|v| v.to_str().ok())
    }
}

/// What [`Browser::send`] sends.
#[derive(Debug, Clone)]
pub enum Body {
    /// Nothing.
    Empty,
    /// A urlencoded form, as given (no CSRF token added).
    Form(Vec<(String, String)>),
    /// JSON.
    Json(serde_json::Value),
}

/// A cookie-keeping client that does not follow redirects.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    /// Cookies by name.
    pub cookies: BTreeMap<String, String>,
}

impl Browser {
    /// A browser with no cookies.
    pub fn new(base: &str) -> Browser {
        let client = reqwest::Client::builder().redirect(Policy::none()).build().expect("client");
        Browser { base: base.into(), client, cookies: BTreeMap::new() }
    }

    /// A browser with no cookies whose connections come from `address` (any of
    /// 127.0.0.0/8 reaches the server): another machine, as the server sees it.
    pub fn from_address(base: &str, address: std::net::IpAddr) -> Browser {
        let client =
            reqwest::Client::builder().redirect(Policy::none()).local_address(address).build().expect("client");
        Browser { base: base.into(), client, cookies: BTreeMap::new() }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn read(&mut self, response: reqwest::Response) -> Page {
        for value in response.headers().get_all(SET_COOKIE) {
            let text = value.to_str().expect("cookie text");
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.into(), value.into());
                }
            }
        }
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        Page { status, headers, body: response.text().await.unwrap_or_default() }
    }

    /// `method path` with `body`, the cookies, and `Authorization: Bearer` when given.
    pub async fn send(&mut self, method: &str, path: &str, body: Body, bearer: Option<&str>) -> Page {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("HTTP method");
        let mut request =
            self.client.request(method, format!("{}{path}", self.base)).header(COOKIE, self.cookie_header());
        if let Some(token) = bearer {
            request = request.bearer_auth(token);
        }
        request = match body {
            Body::Empty => request,
            Body::Form(fields) => request.form(&fields),
            Body::Json(value) => request.json(&value),
        };
        let r = request.send().await;
        self.read(r.expect("request")).await
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str) -> Page {
        let r = self.client.get(format!("{}{path}", self.base)).header(COOKIE, self.cookie_header()).send().await;
        self.read(r.expect("GET")).await
    }

    /// `POST path` with a form, adding the session's CSRF token unless `fields` has one.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut form: Vec<(String, String)> = fields.iter().map(|(k, v)| ((*k).into(), (*v).into())).collect();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            form.push(("csrf".into(), self.csrf()));
        }
        let r = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(&form)
            .send()
            .await;
        self.read(r.expect("POST")).await
    }

    /// The CSRF token of the current session (or of the pre-sign-in cookie).
    pub fn csrf(&self) -> String {
        match self.cookies.get("sanctum") {
            Some(token) => sanctum_app::session::csrf_token(token),
            None => self.cookies.get("sanctum-pre").cloned().unwrap_or_default(),
        }
    }

    /// Signs in with password and TOTP; panics unless it lands on the home page.
    pub async fn sign_in(&mut self, who: &Staff) {
        self.get("/sign-in").await;
        let page =
            self.post("/sign-in", &[("username", &who.username), ("password", who.password.expose_secret())]).await;
        assert_eq!((page.status, page.location()), (303, Some("/sign-in/code")), "password step: {}", page.body);
        let code = sanctum_app::totp::code_at(&who.totp, unix_now());
        let page = self.post("/sign-in/code", &[("code", &code)]).await;
        assert_eq!((page.status, page.location()), (303, Some("/")), "code step: {}", page.body);
    }
}

/// Seconds since the epoch.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs()
}
