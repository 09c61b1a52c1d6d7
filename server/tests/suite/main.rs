#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

//! The server's integration tests, as one test binary: one link instead of one per file
//! (each link pulls in the whole server and Leptos). Every module runs against SQLite
//! and, when `LOTSE_TEST_POSTGRES_URL` is set, PostgreSQL (see `common`).
//!
//! The clock is pinned (see `common::pin_clock`): no test depends on the day it runs.

#[macro_use]
mod common;

mod accounts;
mod authorization;
mod backup;
mod case_end;
mod case_gate;
mod caseload;
mod casework;
mod casework_http;
mod client_calendar;
mod client_isolation;
mod client_plan;
mod companions;
mod complaints;
mod crash;
mod csp;
mod deputies;
mod directory;
mod erasure;
mod events;
mod figures;
mod groups;
mod groups_manage;
mod households;
mod http;
mod instances;
mod interests;
mod languages;
mod matrix;
mod migrations;
mod moves;
mod network;
mod observability;
mod privacy;
mod programme;
mod push;
mod repository;
mod retention;
mod self_service;
mod signin_flood;
mod step_links;
mod two_factor;
