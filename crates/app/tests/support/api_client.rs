//! A JSON API client for the tests: one staff member's bearer token (or none), and
//! answers with their status, parsed body and raw text. Included with `#[path]` by the
//! API tests only (each uses a part of it).
#![allow(dead_code)]

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use serde_json::Value;

use crate::support::{Staff, TestApp};

/// An answer: status and JSON body (`Null` when there is none).
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub text: String,
}

/// An API client holding one token (or none).
pub struct Api {
    base: String,
    /// The bearer token sent, if any.
    pub token: Option<String>,
    client: reqwest::Client,
}

impl Api {
    pub fn new(app: &TestApp, token: Option<&str>) -> Api {
        Api { base: app.base.clone(), token: token.map(String::from), client: reqwest::Client::new() }
    }

    /// A client with a fresh token of `who`'s.
    pub async fn of(app: &TestApp, who: &Staff) -> Api {
        let token = app.api_token(who).await;
        Api::new(app, Some(&token))
    }

    /// Sends `body` (content type, text) as `method` to `path`.
    pub async fn send(&self, method: &str, path: &str, body: Option<(&str, String)>) -> Answer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some((content_type, text)) = body {
            request = request.header(CONTENT_TYPE, content_type).body(text);
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let text = response.text().await.expect("body");
        Answer { status, body: serde_json::from_str(&text).unwrap_or(Value::Null), text }
    }

    /// Sends a JSON body (if any) as `method` to `path`.
    pub async fn send_json(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        self.send(method, path, body.map(|b| ("application/json", b.to_string()))).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send("GET", path, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Answer {
        self.send_json("POST", path, Some(body)).await
    }

    /// GETs and expects 200; returns the body.
    pub async fn read(&self, path: &str) -> Value {
        let answer = self.get(path).await;
        assert_eq!(answer.status, 200, "GET {path}: {}", answer.text);
        answer.body
    }

    /// POSTs and expects `status`; returns the body.
    pub async fn ok(&self, path: &str, body: Value, status: u16) -> Value {
        let answer = self.post(path, body).await;
        assert_eq!(answer.status, status, "POST {path}: {}", answer.text);
        answer.body
    }

    /// POSTs and expects 201; returns the new id.
    pub async fn created(&self, path: &str, body: Value) -> String {
        self.ok(path, body, 201).await["id"].as_str().expect("an id").to_owned()
    }

    /// POSTs and expects 422 naming `field`; returns the message.
    pub async fn refused(&self, path: &str, body: Value, field: &str) -> String {
        let answer = self.post(path, body).await;
        assert_eq!((answer.status, answer.body["field"].as_str()), (422, Some(field)), "POST {path}: {}", answer.text);
        answer.body["message"].as_str().expect("a message").to_owned()
    }
}
