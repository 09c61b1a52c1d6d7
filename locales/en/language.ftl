## What Lotse needs to know about this language (see app/src/languages.rs). Only
## language-name is shown (in the language switcher); the rest are settings.
## language-direction: ltr or rtl. language-tag: the BCP 47 tag for lang attributes,
## plural rules, dates and numbers (default: the folder's name). language-script: ISO 15924.
## language-fallback: languages whose messages stand in for a missing one (English and
## German always come last). language-font: a file in public/fonts for a script phones
## may lack, with the installed fonts to prefer and the code points it covers.

language-name = English
language-direction = ltr
language-script = Latn
language-aliases = eng
