//! The static files the pages use, compiled into the binary: Sanctum's stylesheet,
//! htmx (vendored from npm's `htmx.org`, BSD-0 licence) and the licences page. No
//! page fetches anything from another origin.

use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::Failure;

/// `(file name, content type, bytes)` of every asset.
pub const ASSETS: &[(&str, &str, &[u8])] = &[
    ("sanctum.css", "text/css; charset=utf-8", include_bytes!("../assets/sanctum.css")),
    ("htmx.min.js", "text/javascript; charset=utf-8", include_bytes!("../assets/htmx.min.js")),
    ("licences.txt", "text/plain; charset=utf-8", include_bytes!("../assets/licences.txt")),
];

/// `GET /assets/{file}`.
pub async fn asset(Path(file): Path<String>) -> Result<Response, Failure> {
    let (_, kind, bytes) = ASSETS.iter().find(|(name, _, _)| *name == file).ok_or(Failure::NotFound)?;
    let mut response = (*bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    Ok(response)
}
