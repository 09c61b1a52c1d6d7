//! The route table: every method and path the app answers, recorded while it is
//! registered. axum's router cannot list its routes, and a list kept by hand next to
//! it would drift; so routes are added only through [`Table`], and the authorization
//! matrix test walks [`super::route_list`]: a route that is not in the matrix fails it.

use super::AppState;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;

/// One method on one path, as registered (path parameters in braces).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
}

/// A router that remembers what was registered on it.
pub struct Table {
    router: Router<AppState>,
    routes: Vec<Route>,
}

impl Default for Table {
    fn default() -> Self {
        Table::new()
    }
}

impl Table {
    pub fn new() -> Table {
        Table {
            router: Router::new(),
            routes: Vec::new(),
        }
    }

    fn add(mut self, method: &'static str, path: &'static str) -> Table {
        self.routes.push(Route { method, path });
        self
    }

    pub fn get<H, T>(self, path: &'static str, handler: H) -> Table
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mut t = self.add("GET", path);
        // A second method on a known path joins the first (axum merges them).
        t.router = t.router.route(path, get(handler));
        t
    }

    pub fn post<H, T>(self, path: &'static str, handler: H) -> Table
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mut t = self.add("POST", path);
        t.router = t.router.route(path, post(handler));
        t
    }

    /// A post that may be bigger than the app-wide limit (photo and file uploads).
    pub fn post_up_to<H, T>(self, path: &'static str, limit: usize, handler: H) -> Table
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mut t = self.add("POST", path);
        t.router = t
            .router
            .route(path, post(handler).layer(DefaultBodyLimit::max(limit)));
        t
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<Route>) {
        (self.router, self.routes)
    }
}
