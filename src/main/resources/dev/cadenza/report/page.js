// cadenza report: sorting and filtering the tracks table, opening a track from its link, one
// player at a time (a stem's Solo button switches to that stem at the same moment of the track),
// and pictures shown at their full size.
(function () {
  "use strict";

  var table = document.getElementById("tracks");

  function sortValue(row, column) {
    var cell = row.children[column];
    if (!cell) return { number: false, value: "" };
    if (cell.hasAttribute("data-sort")) {
      var key = cell.getAttribute("data-sort");
      return key === "" ? { number: true, value: null } : { number: true, value: parseFloat(key) };
    }
    return { number: false, value: cell.textContent.trim().toLowerCase() };
  }

  function compare(a, b, direction) {
    // Missing numbers go last whichever the direction.
    if (a.number || b.number) {
      if (!a.number) a = { number: true, value: null };
      if (!b.number) b = { number: true, value: null };
      if (a.value === null || b.value === null) {
        return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      }
      return (a.value - b.value) * direction;
    }
    return a.value.localeCompare(b.value) * direction;
  }

  function sortBy(button) {
    var header = button.parentElement;
    var column = parseInt(button.getAttribute("data-column"), 10);
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    table.querySelectorAll("thead th").forEach(function (th) {
      th.setAttribute("aria-sort", "none");
    });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      return compare(sortValue(a, column), sortValue(b, column), direction);
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  function filter() {
    var words = document.getElementById("filter-text").value.toLowerCase().split(/\s+/)
        .filter(Boolean);
    var genre = document.getElementById("filter-genre").value;
    var qa = document.getElementById("filter-qa").value;
    var rows = table.tBodies[0].rows;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; })
          && (genre === "" || row.getAttribute("data-genre") === genre)
          && (qa === "" || row.getAttribute("data-qa") === qa);
      row.hidden = !match;
      if (match) shown++;
    }
    document.getElementById("shown").textContent =
        shown + " of " + rows.length + " tracks shown";
  }

  // A closed track keeps its content as the text of an inert script element; opening it parses
  // the content in, once.
  function expand(details) {
    var held = details.querySelector(":scope > script[type='text/html']");
    if (held) {
      held.insertAdjacentHTML("afterend", held.textContent);
      held.remove();
    }
  }
  document.addEventListener("toggle", function (event) {
    if (event.target.tagName === "DETAILS" && event.target.open) expand(event.target);
  }, true);

  function openTrack(id) {
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      expand(target);
      target.open = true;
      target.scrollIntoView();
      var summary = target.querySelector("summary");
      if (summary) summary.focus();
    }
  }

  if (table) {
    table.querySelectorAll("thead button").forEach(function (button) {
      button.addEventListener("click", function () { sortBy(button); });
    });
    ["filter-text", "filter-genre", "filter-qa"].forEach(function (id) {
      var control = document.getElementById(id);
      control.addEventListener("input", filter);
      control.addEventListener("change", filter);
    });
    table.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (link) openTrack(decodeURIComponent(link.getAttribute("href").slice(1)));
    });
  }
  window.addEventListener("hashchange", function () {
    openTrack(decodeURIComponent(location.hash.slice(1)));
  });
  if (location.hash) openTrack(decodeURIComponent(location.hash.slice(1)));

  // One player at a time: starting any pauses the others.
  document.addEventListener("play", function (event) {
    document.querySelectorAll("audio").forEach(function (audio) {
      if (audio !== event.target && !audio.paused) audio.pause();
    });
  }, true);

  function setSolo(button, on) {
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.closest("li").classList.toggle("soloed", on);
  }

  document.addEventListener("pause", function (event) {
    var item = event.target.closest ? event.target.closest(".stems li") : null;
    if (item) setSolo(item.querySelector("button.solo"), false);
  }, true);
  document.addEventListener("play", function (event) {
    var item = event.target.closest ? event.target.closest(".stems li") : null;
    if (item) setSolo(item.querySelector("button.solo"), true);
  }, true);

  function solo(button) {
    var audio = button.closest("li").querySelector("audio");
    if (button.getAttribute("aria-pressed") === "true") {
      audio.pause();
      setSolo(button, false);
      return;
    }
    // Take over from whatever of this track is playing, at the same moment.
    var track = button.closest(".track");
    var playing = Array.prototype.filter.call(track.querySelectorAll("audio"), function (a) {
      return !a.paused;
    })[0];
    document.querySelectorAll("button.solo").forEach(function (other) {
      if (other !== button) setSolo(other, false);
    });
    setSolo(button, true);
    if (playing) {
      try { audio.currentTime = playing.currentTime; } catch (e) { /* not loaded yet */ }
    }
    var started = audio.play();
    if (started && started.catch) started.catch(function () { setSolo(button, false); });
  }

  // A picture at its full size: its frame scrolls sideways (by keyboard too), not the page.
  function fullSize(button) {
    var on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", on ? "true" : "false");
    var figure = button.closest("figure");
    figure.classList.toggle("full", on);
    var frame = figure.querySelector(".frame");
    if (on) frame.setAttribute("tabindex", "0");
    else frame.removeAttribute("tabindex");
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest) return;
    var button = event.target.closest("button.solo");
    if (button) solo(button);
    var zoom = event.target.closest("button.full-size");
    if (zoom) fullSize(zoom);
  });
})();
