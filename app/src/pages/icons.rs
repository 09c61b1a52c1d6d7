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
    Speech,
    Work,
    School,
    Health,
    Home,
    Document,
    Money,
    Clock,
    Mail,
    Shield,
    Bell,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Plan => "M9 5h10M9 12h10M9 19h10M4 5l1 1 2-2M4 12l1 1 2-2M4 19l1 1 2-2",
            Icon::Bell => "M6 17V11a6 6 0 0 1 12 0v6l2 2H4zM10 21h4",
            Icon::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
            Icon::Office => "M4 21V8l8-5 8 5v13M9 21v-6h6v6M2 21h20",
            Icon::Group => "M8 11a3 3 0 100-6 3 3 0 000 6zM16 11a3 3 0 100-6 3 3 0 000 6zM2 20c0-3 3-5 6-5s6 2 6 5M12 16c1-1 2.5-1 4-1 3 0 6 2 6 5",
            Icon::Person => "M12 12a4 4 0 100-8 4 4 0 000 8zM4 21c0-4 4-6 8-6s8 2 8 6",
            Icon::Phone => "M5 3h4l2 5-3 2a11 11 0 006 6l2-3 5 2v4a2 2 0 01-2 2A18 18 0 013 5a2 2 0 012-2z",
            Icon::Speech => "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
            Icon::Work => "M3 8h18v12H3zM9 8V5h6v3M3 13h18",
            Icon::School => "M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5M22 9v6",
            Icon::Health => "M12 20s-8-5-8-11a4 4 0 018-1 4 4 0 018 1c0 6-8 11-8 11zM12 9v5M9.5 11.5h5",
            Icon::Home => "M3 11l9-7 9 7M5 10v10h14V10M10 20v-5h4v5",
            Icon::Document => "M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7",
            Icon::Clock => "M12 21a9 9 0 100-18 9 9 0 000 18zM12 7v5l3 3",
            Icon::Mail => "M4 6h16v12H4zM4 7l8 6 8-6",
            Icon::Shield => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM9 12l2 2 4-4",
            Icon::Money => "M12 21a9 9 0 100-18 9 9 0 000 18zM15 8.5c-.5-1-1.7-1.5-3-1.5-1.7 0-3 .9-3 2.2 0 3 6 1.6 6 4.6 0 1.3-1.3 2.2-3 2.2-1.4 0-2.6-.6-3.1-1.6M12 5.5v13",
        }
    }
}

/// The size and the stroke are the stylesheet's (`.icon` in `style/main.css`), not
/// attributes on each icon: written out, they were 190 of an icon's ~300 bytes, and the
/// offices list carries two icons a card (21 KB of its 63 KB).
#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=icon.path()/>
        </svg>
    }
}

/// The icon of a field of action (see `crate::casework::FIELDS`).
pub fn field_icon(field: &str) -> impl IntoView {
    let icon = match field {
        "language" => Icon::Speech,
        "work" => Icon::Work,
        "education" => Icon::School,
        "health" => Icon::Health,
        "housing" => Icon::Home,
        "residence" => Icon::Document,
        "social" => Icon::Group,
        "finances" => Icon::Money,
        _ => Icon::Plan,
    };
    view! { <IconSvg icon=icon/> }
}
