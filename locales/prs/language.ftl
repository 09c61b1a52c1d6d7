## What Lotse needs to know about this language (see app/src/languages.rs). Only
## language-name is shown (in the language switcher); the rest are settings.
## language-direction: ltr or rtl. language-tag: the BCP 47 tag for lang attributes,
## plural rules, dates and numbers (default: the folder's name). language-script: ISO 15924.
## language-fallback: languages whose messages stand in for a missing one (English and
## German always come last). language-font: a file in public/fonts for a script phones
## may lack, with the installed fonts to prefer and the code points it covers.
language-name = دری
language-direction = rtl
language-tag = fa-AF
language-script = Arab
language-fallback = fa
language-font = vazirmatn-arabic-400-normal.woff2
language-font-local = Vazirmatn, Noto Naskh Arabic, Noto Sans Arabic
language-font-range = U+0600-06FF, U+0750-077F, U+200C-200E, U+FB50-FDFF, U+FE70-FEFC
language-line-height = 1.7
