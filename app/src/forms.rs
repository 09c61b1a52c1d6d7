//! Forms as data. Each form is declared once with [`form!`](crate::form): its input struct
//! (every field text, missing fields empty, so a post is never rejected for its shape) and
//! the enum of its fields, whose [`FormField::name`] is what the view writes as `name=`.
//! The server parses the input into a domain value or into [`Problems`] keyed by that
//! enum; a problem is a Fluent message id, and only the view says it in the reader's
//! language. So a field's name is written in one place, and checking never translates.

use crate::i18n::When;
use std::collections::BTreeMap;

/// What is wrong with one field: a Fluent message id and, where the message needs it,
/// a number (`field-too-long` says how many characters are allowed) or a moment (the
/// appointment an interpreter is already booked for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub max: Option<i64>,
    pub when: Option<When>,
}

impl Problem {
    pub const fn new(id: &'static str) -> Problem {
        Problem {
            id,
            max: None,
            when: None,
        }
    }

    /// A problem whose message says a number (`{ $max }`).
    pub const fn with_max(id: &'static str, max: i64) -> Problem {
        Problem {
            id,
            max: Some(max),
            when: None,
        }
    }

    /// A problem whose message says a moment (`{ $when }`).
    pub fn with_when(id: &'static str, when: When) -> Problem {
        Problem {
            id,
            max: None,
            when: Some(when),
        }
    }
}

/// A form's fields: the enum [`form!`](crate::form) declares.
pub trait FormField: Copy + 'static {
    /// The field's `name=` in the HTML form and its key in the posted data.
    fn name(self) -> &'static str;
}

/// A field whose name comes from data (the intake's sections list their fields), not
/// from a [`form!`](crate::form) declaration.
impl FormField for &'static str {
    fn name(self) -> &'static str {
        self
    }
}

/// Problems found in a posted form, by field name, in the order found. Untranslated: the
/// page says them in the reader's language ([`crate::pages::forms::Posted::error`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, Problem>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    /// Notes a problem with `field`; the first problem of a field is the one shown.
    pub fn insert(&mut self, field: &'static str, problem: Problem) {
        self.0.entry(field).or_insert(problem);
    }

    pub fn get(&self, field: &str) -> Option<Problem> {
        self.0.get(field).cloned()
    }

    /// The problem with `field` in the reader's language (from the page's context).
    pub fn text(&self, field: &str) -> Option<String> {
        self.get(field).map(|p| crate::i18n::use_tr().problem(&p))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The fields with a problem, by name.
    pub fn fields(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }
}

/// Collects the problems of one form while its fields are parsed.
#[derive(Debug)]
pub struct Problems<F: FormField> {
    found: Vec<(F, Problem)>,
}

impl<F: FormField> Default for Problems<F> {
    fn default() -> Self {
        Problems { found: vec![] }
    }
}

impl<F: FormField> Problems<F> {
    pub fn new() -> Problems<F> {
        Problems::default()
    }

    /// The value, or None after noting the problem with `field`.
    pub fn check<T>(&mut self, field: F, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(p) => {
                self.add(field, p);
                None
            }
        }
    }

    pub fn add(&mut self, field: F, problem: Problem) {
        self.found.push((field, problem));
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// Whether `field` has a problem.
    pub fn has(&self, field: F) -> bool {
        self.found.iter().any(|(f, _)| f.name() == field.name())
    }

    /// `Ok(value)` when nothing was found, else the problems. `value` is only built when
    /// every check passed, so it may unwrap what the checks returned.
    pub fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, FieldErrors> {
        if self.is_empty() {
            if let Some(v) = value() {
                return Ok(v);
            }
        }
        Err(self.into_errors())
    }

    pub fn into_errors(self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        for (f, p) in self.found {
            errors.insert(f.name(), p);
        }
        if errors.is_empty() {
            // A value that could not be built without a noted problem is still refused.
            errors.insert("form", Problem::new("error-bad-request"));
        }
        errors
    }
}

/// Declares a form's input struct and field enum from one list of names:
///
/// ```ignore
/// lotse_app::form! {
///     /// A conversation note.
///     NoteInput / NoteField {
///         held_on: HeldOn,
///         topic: Topic,
///     }
/// }
/// ```
///
/// `NoteInput` has a `String` per field (`#[serde(default)]`: a missing field is empty,
/// an unknown one ignored), and `NoteField::Topic.name()` is `"topic"`.
#[macro_export]
macro_rules! form {
    ($(#[$meta:meta])* $input:ident / $field:ident { $($name:ident : $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, serde::Deserialize)]
        #[serde(default)]
        pub struct $input {
            $(pub $name: String,)*
        }

        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $field {
            $($variant,)*
        }

        impl $field {
            pub const ALL: &'static [$field] = &[$($field::$variant,)*];

            pub const fn name(self) -> &'static str {
                match self {
                    $($field::$variant => stringify!($name),)*
                }
            }
        }

        impl $crate::forms::FormField for $field {
            fn name(self) -> &'static str {
                $field::name(self)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::form! {
        /// A form for the tests.
        TestInput / TestField {
            held_on: HeldOn,
            topic: Topic,
        }
    }

    #[test]
    fn a_field_is_named_once() {
        assert_eq!(TestField::HeldOn.name(), "held_on");
        assert_eq!(TestField::ALL.len(), 2);
        let input: TestInput = serde_json::from_str(r#"{"topic":"Kita","other":"x"}"#).unwrap_or_default();
        assert_eq!(input.topic, "Kita");
        assert_eq!(input.held_on, "", "a missing field is empty, never a rejection");
    }

    #[test]
    fn problems_keep_the_first_per_field_and_never_translate() {
        let mut p = Problems::<TestField>::new();
        assert_eq!(p.check(TestField::Topic, Ok::<_, Problem>(1)), Some(1));
        p.add(TestField::Topic, Problem::new("field-required"));
        p.add(TestField::Topic, Problem::new("field-too-long"));
        assert!(p.has(TestField::Topic) && !p.has(TestField::HeldOn));
        let errors = p.finish(|| Some(())).unwrap_err();
        assert_eq!(errors.get("topic"), Some(Problem::new("field-required")));
        assert_eq!(errors.len(), 1);
        let none: Problems<TestField> = Problems::new();
        assert!(none.finish(|| None::<()>).unwrap_err().get("form").is_some());
    }
}
