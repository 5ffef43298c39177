// dossier review: keyboard shortcuts and saving without a page reload.
// Progressive enhancement: every action also works as a plain form without this script.
(function () {
  "use strict";

  function sections() {
    return Array.prototype.slice.call(document.querySelectorAll("#entries section.entry"));
  }

  function currentSection() {
    var el = document.activeElement;
    return el && el.closest ? el.closest("section.entry") : null;
  }

  function currentForm() {
    var el = document.activeElement;
    var form = el && el.closest ? el.closest("form.entry-form") : null;
    if (form) return form;
    var section = currentSection();
    return section ? section.querySelector("form.entry-form") : null;
  }

  function focusSection(section) {
    if (!section) return false;
    var target = section.querySelector("input[name=anyway]:not(:checked)") ||
                 section.querySelector("textarea");
    if (!target) return false;
    target.focus();
    section.scrollIntoView({block: "center"});
    return true;
  }

  function move(delta) {
    var list = sections();
    var index = list.indexOf(currentSection());
    var next = list[index + delta];
    if (next) {
      focusSection(next);
    } else if (delta > 0) {
      var link = document.getElementById("next-window");
      if (link) location.assign(link.href);
    }
  }

  function say(section, text) {
    var box = section.querySelector(".live") || document.createElement("p");
    box.className = "live message";
    box.setAttribute("role", "status");
    box.textContent = text;
    section.querySelector(".tgt").prepend(box);
  }

  function replace(section, html) {
    var holder = document.createElement("div");
    holder.innerHTML = html;  // our own autoescaped template
    var fresh = holder.firstElementChild;
    section.replaceWith(fresh);
    return fresh;
  }

  function act(form, action) {
    if (form.dataset.busy) return;
    form.dataset.busy = "1";
    var section = form.closest("section.entry");
    var body = new URLSearchParams(new FormData(form));
    body.set("action", action);
    fetch(form.getAttribute("action"), {method: "POST", body: body, credentials: "same-origin",
                        headers: {"Accept": "application/json"}})
      .then(function (response) {
        return response.json().catch(function () {
          return {ok: false, message: "Not saved (answer " + response.status + "): your text is still here; copy it, then reload the page."};
        });
      })
      .then(function (data) {
        delete form.dataset.busy;
        var fresh = data.html ? replace(section, data.html) : section;
        if (data.progress) {
          var progress = document.getElementById("progress");
          if (progress) progress.textContent = data.progress;
        }
        var count = document.getElementById("session-count");
        if (count && data.session) count.textContent = "· you reviewed " + data.session + " this session";
        if (!data.ok) {
          if (!data.html) say(fresh, data.message);
          var focus = fresh.querySelector("input[name=anyway]") ||
                      fresh.querySelector(".merge-yours textarea") || fresh.querySelector("textarea");
          if (focus) focus.focus();
          return;
        }
        var next = data.next === null ? null : document.getElementById("e" + data.next);
        if (next) {
          focusSection(next);
        } else if (data.next !== null) {
          location.assign(data.next_url);
        } else {
          var box = fresh.querySelector("textarea");
          if (box) box.focus();
        }
      })
      .catch(function () {
        delete form.dataset.busy;
        say(section, "Not saved: the server cannot be reached. Your text is still here.");
      });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("entry-form")) return;
    var button = event.submitter;
    if (!button || !button.value) return;
    event.preventDefault();
    act(form, button.value);
  });

  document.addEventListener("keydown", function (event) {
    var ctrl = event.ctrlKey || event.metaKey;
    var form = currentForm();
    var inNote = event.target && event.target.name === "note";
    if (inNote && event.key === "Enter" && !ctrl && form) {
      event.preventDefault();
      act(form, "needs-work");
    } else if (ctrl && event.key === "Enter") {
      if (!form) return;
      event.preventDefault();
      act(form, event.shiftKey ? "needs-work" : "approve");
    } else if (ctrl && (event.key === "s" || event.key === "S")) {
      if (!form) return;
      event.preventDefault();
      act(form, "save");
    } else if (event.altKey && event.key === "ArrowDown") {
      event.preventDefault();
      move(1);
    } else if (event.altKey && event.key === "ArrowUp") {
      event.preventDefault();
      move(-1);
    } else if (event.altKey && (event.key === "n" || event.key === "N")) {
      var section = currentSection();
      var note = section && section.querySelector("input[name=note]");
      if (note) {
        event.preventDefault();
        note.focus();
      }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    document.documentElement.classList.add("js");
    var active = document.activeElement;
    if (!active || active === document.body) focusSection(sections()[0]);
  });
})();
