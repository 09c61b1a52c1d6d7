// "Where does the step lead?" in the plan's step forms, as a combobox (the ARIA 1.2
// pattern with a list of suggestions): as a name is typed, the county's offices and
// guides that match are asked from the server (GET /cases/step-links?q=, the same
// search as the directory's) and shown below the field. Arrow keys move through them,
// Enter or a tap chooses one and puts its id into the form's hidden `link`; typing again
// empties it. Without this script (or when the server is not reached) nothing is lost:
// the server finds the typed name when the form is posted. Plain JavaScript beside the
// WASM, loaded only on the plan page. After a change, raise `STEP_LINKS_JS_VERSION` in
// app/src/pages/staff/case/plan.rs.
(function () {
  "use strict";
  var FIELD = "input[data-step-links]";
  var OPTION = ".combo-list [role=option]";
  var WAIT_MS = 150;

  // The list and the status line of a field, made once per field (a page the enhancer
  // swaps in brings new fields; this script runs again after each swap).
  function parts(input) {
    if (!input.__combo) {
      var list = document.createElement("ul");
      list.id = input.id + "-list";
      list.className = "combo-list";
      list.setAttribute("role", "listbox");
      var label = input.labels && input.labels[0];
      if (label) {
        if (!label.id) label.id = input.id + "-label";
        list.setAttribute("aria-labelledby", label.id);
      }
      list.hidden = true;
      var status = document.createElement("p");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      input.insertAdjacentElement("afterend", list);
      list.insertAdjacentElement("afterend", status);
      input.setAttribute("role", "combobox");
      input.setAttribute("aria-autocomplete", "list");
      input.setAttribute("aria-expanded", "false");
      input.setAttribute("aria-controls", list.id);
      input.__combo = { list: list, status: status, active: -1, asked: 0, timer: 0 };
    }
    return input.__combo;
  }

  function hiddenLink(input) {
    return input.form ? input.form.elements.namedItem("link") : null;
  }

  function close(input) {
    var c = parts(input);
    c.list.hidden = true;
    c.active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function show(input, answer) {
    var c = parts(input);
    c.list.textContent = "";
    c.active = -1;
    (answer.options || []).forEach(function (o, i) {
      var li = document.createElement("li");
      li.id = c.list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-value", o.value);
      li.setAttribute("data-name", o.name);
      li.textContent = o.label;
      c.list.appendChild(li);
    });
    c.status.textContent = answer.status || "";
    var open = c.list.children.length > 0;
    c.list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
  }

  function activate(input, i) {
    var c = parts(input), items = c.list.children, n = items.length;
    if (!n) return;
    i = ((i % n) + n) % n;
    if (items[c.active]) items[c.active].setAttribute("aria-selected", "false");
    c.active = i;
    items[i].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[i].id);
    items[i].scrollIntoView({ block: "nearest" });
  }

  function choose(input, li) {
    input.value = li.getAttribute("data-name");
    var link = hiddenLink(input);
    if (link) link.value = li.getAttribute("data-value");
    close(input);
    parts(input).status.textContent = li.textContent;
  }

  function ask(input) {
    var c = parts(input), q = input.value.trim(), mine = ++c.asked;
    if (!q) {
      close(input);
      return;
    }
    fetch(input.getAttribute("data-step-links") + "?q=" + encodeURIComponent(q), {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (res) {
        if (!res.ok) throw new Error("refused " + res.status);
        return res.json();
      })
      .then(function (answer) {
        // Only the answer to what is in the field now, and only while it has the focus.
        if (mine === c.asked && document.activeElement === input) show(input, answer);
      })
      .catch(function () {
        // No suggestions: the server finds the typed name when the form is posted.
      });
  }

  function fieldOf(e) {
    return e.target && e.target.closest ? e.target.closest(FIELD) : null;
  }

  function fieldOfOption(li) {
    return document.querySelector("[aria-controls='" + li.parentNode.id + "']");
  }

  function setup() {
    Array.prototype.forEach.call(document.querySelectorAll(FIELD), parts);
  }

  if (!window.__lotseStepLinks) {
    window.__lotseStepLinks = true;
    document.addEventListener("input", function (e) {
      var input = fieldOf(e);
      if (!input) return;
      var c = parts(input), link = hiddenLink(input);
      if (link) link.value = "";
      clearTimeout(c.timer);
      c.timer = setTimeout(function () { ask(input); }, WAIT_MS);
    });
    document.addEventListener("keydown", function (e) {
      var input = fieldOf(e);
      if (!input) return;
      var c = parts(input), open = !c.list.hidden;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (open) activate(input, c.active + 1);
        else ask(input);
      } else if (e.key === "ArrowUp" && open) {
        e.preventDefault();
        activate(input, c.active < 0 ? -1 : c.active - 1);
      } else if (e.key === "Enter" && open && c.active >= 0) {
        // Choosing, not posting: the form is sent with the next Enter or its button.
        e.preventDefault();
        choose(input, c.list.children[c.active]);
      } else if (e.key === "Escape" && open) {
        e.preventDefault();
        close(input);
      }
    });
    // A tap on a suggestion must not take the focus from the field before it counts.
    document.addEventListener("mousedown", function (e) {
      if (e.target.closest && e.target.closest(OPTION)) e.preventDefault();
    });
    document.addEventListener("click", function (e) {
      var li = e.target.closest ? e.target.closest(OPTION) : null;
      var input = li && fieldOfOption(li);
      if (input) {
        choose(input, li);
        input.focus();
      }
    });
    document.addEventListener("focusout", function (e) {
      var input = fieldOf(e);
      if (input) close(input);
    });
  }
  setup();
})();
