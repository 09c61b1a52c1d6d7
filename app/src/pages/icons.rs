//! Small inline icons placed beside headings (many clients read icons before words).
//! Decorative: hidden from screen readers, the heading text says the same.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug)]
pub enum Icon {
    Plan,
    Calendar,
    Office,
    Group,
    Person,
    Phone,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Plan => "M9 5h10M9 12h10M9 19h10M4 5l1 1 2-2M4 12l1 1 2-2M4 19l1 1 2-2",
            Icon::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
            Icon::Office => "M4 21V8l8-5 8 5v13M9 21v-6h6v6M2 21h20",
            Icon::Group => "M8 11a3 3 0 100-6 3 3 0 000 6zM16 11a3 3 0 100-6 3 3 0 000 6zM2 20c0-3 3-5 6-5s6 2 6 5M12 16c1-1 2.5-1 4-1 3 0 6 2 6 5",
            Icon::Person => "M12 12a4 4 0 100-8 4 4 0 000 8zM4 21c0-4 4-6 8-6s8 2 8 6",
            Icon::Phone => "M5 3h4l2 5-3 2a11 11 0 006 6l2-3 5 2v4a2 2 0 01-2 2A18 18 0 013 5a2 2 0 012-2z",
        }
    }
}

#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d=icon.path() fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
