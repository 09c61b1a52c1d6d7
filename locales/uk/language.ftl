## The language's name in itself, as the language switcher shows it. What the code needs
## to know about the language (direction, script, tag, fallback, font) is not a message:
## it is in language.conf beside this file.

language-name = Українська
