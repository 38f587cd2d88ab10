// CareLine staff console: shared helpers (JSON API calls, safe text, live events, idle logoff, urgent cue).
// Text that came from a patient is only ever inserted with textContent, never as HTML.
(function () {
  "use strict";
  var body = document.body;
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.content : "";
  var idleSeconds = Number(body.dataset.idleSeconds) || 900;
  var CL = (window.CareLine = {});

  CL.me = { username: body.dataset.me || "", team: body.dataset.team || "", admin: body.dataset.admin === "1" };

  // Once the page is being left (a link, the logout form), a stream closing or a late 401 must not redirect.
  var leaving = false;
  window.addEventListener("beforeunload", function () { leaving = true; });
  window.addEventListener("pageshow", function () { leaving = false; });

  CL.toLogin = function (why) {
    if (leaving) { return; }
    var next = location.pathname + location.search;
    location.assign("/console/login?why=" + why + "&next=" + encodeURIComponent(next));
  };

  // JSON API call. `background`: the page fetching by itself, which must not count as the user being active.
  CL.api = function (method, path, payload, options) {
    var headers = { Accept: "application/json" };
    if (options && options.background) { headers["X-Console-Background"] = "1"; }
    if (method !== "GET") {
      headers["X-CSRFToken"] = csrf;
      headers["Content-Type"] = "application/json";
    }
    var init = { method: method, headers: headers, credentials: "same-origin", cache: "no-store" };
    if (method !== "GET") { init.body = JSON.stringify(payload || {}); }
    return fetch(path, init).then(function (r) {
      if (r.status === 401) { // idle (the server may have heard of our last action a ping later) or ended otherwise
        var idle = CL.idleFor() >= idleSeconds - pingEvery / 1000 - 2;
        CL.toLogin((options && options.why) || (idle ? "idle" : "ended"));
        throw new Error("session ended");
      }
      return r.json().catch(function () { return {}; }).then(function (data) {
        return { ok: r.ok, status: r.status, data: data };
      });
    });
  };

  // Invisible direction controls (e.g. U+202E RIGHT-TO-LEFT OVERRIDE) are shown as visible tags,
  // so a patient cannot make text read backwards or disguise what it says.
  var CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
  var CONTROL_NAMES = {
    "\u202A": "LRE", "\u202B": "RLE", "\u202C": "PDF", "\u202D": "LRO", "\u202E": "RLO", "\u2066": "LRI",
    "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u200E": "LRM", "\u200F": "RLM", "\u061C": "ALM"
  };

  CL.setText = function (el, text) {
    var value = text === null || text === undefined ? "" : String(text);
    el.textContent = "";
    var last = 0;
    value.replace(CONTROLS, function (ch, at) {
      if (at > last) { el.appendChild(document.createTextNode(value.slice(last, at))); }
      var tag = document.createElement("span");
      tag.className = "ctl";
      tag.title = "Invisible direction control U+" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      tag.textContent = "[" + CONTROL_NAMES[ch] + "]";
      el.appendChild(tag);
      last = at + ch.length;
      return ch;
    });
    if (last < value.length) { el.appendChild(document.createTextNode(value.slice(last))); }
    return el;
  };

  CL.el = function (tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined && text !== null) { CL.setText(el, text); }
    return el;
  };

  CL.duration = function (seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    if (seconds < 60) { return seconds + " s"; }
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) { return minutes + " min"; }
    var hours = Math.floor(minutes / 60);
    return hours + " h " + String(minutes % 60).padStart(2, "0") + " min";
  };

  var REASONS = {
    asked_for_person: "Asked for a person", low_confidence: "Bot was not sure", clarify: "Question unclear",
    urgent: "Possible emergency", media: "Sent an attachment", too_long: "Long message", empty: "No question found",
    clinical_question: "Clinical question", complaint: "Complaint", multiple_requests: "Several requests",
    no_answer: "Topic staff answer", price_question: "Asks a price"
  };
  // Why a conversation is with staff; for a non-urgent handoff `detail` lists the FAQ topics it came close to.
  CL.reasonText = function (c) {
    var text = REASONS[c.reason] || (c.reason || "").replace(/_/g, " ");
    if (!c.detail) { return text; }
    return text + (c.reason === "urgent" ? ": " + c.detail : " · topics: " + c.detail.split(",").join(", "));
  };

  CL.since = function (iso) { return iso ? (Date.now() - Date.parse(iso)) / 1000 : 0; };

  CL.clock = function (iso) {
    var d = new Date(iso);
    return d.toLocaleDateString([], { month: "short", day: "numeric" }) + " " +
      d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  };

  // One refetch for a burst of live events, and one more when an event arrives while a refetch is in flight: the
  // server answered that request before the change (a reply marked sent, an urgent patient joining the queue), so
  // dropping the event would leave the page stale until some later event.
  CL.refresher = function (delay, fetchOnce) {
    var timer = null, busy = false, again = false;
    function run() {
      timer = null;
      busy = true;
      again = false;
      Promise.resolve().then(fetchOnce).catch(function () { /* the next event or catch-up retries */ })
        .then(function () { busy = false; if (again) { schedule(); } });
    }
    function schedule() {
      if (busy) { again = true; return; }
      if (timer === null) { timer = setTimeout(run, delay); }
    }
    return schedule;
  };

  // Live changes: ids and types only; the page refetches what it shows. `onChange(event)`, `onStatus(live)`.
  CL.live = function (onChange, onStatus) {
    var source = null;
    var retry = 1000;
    function connect() {
      source = new EventSource("/api/events");
      source.onopen = function () { retry = 1000; onStatus(true); onChange(null); }; // catch up after a gap
      source.onmessage = function (e) { handle(e); };
      ["escalated", "priority", "claimed", "replied", "note", "requeued", "transferred", "resolved", "sla",
        "message", "delivery", "unreachable", "alerted"].forEach(function (type) {
        source.addEventListener(type, handle);
      });
      source.onerror = function () {
        if (leaving) { return; }
        onStatus(false);
        if (source.readyState === EventSource.CLOSED) { // refused (e.g. 401): find out why, then retry
          CL.checkSession("ended").then(function () { setTimeout(connect, retry); retry = Math.min(retry * 2, 30000); });
        }
      };
    }
    function handle(e) {
      var data = {};
      try { data = JSON.parse(e.data); } catch (err) { /* ignore a malformed event */ }
      onChange(data);
    }
    connect();
  };

  // --- Idle logoff: the server ends an idle session; the open tab notices and goes to the login page. ---
  // Activity reaches the server at most every `pingEvery` seconds, and always after the last action
  // (a trailing ping), so the server never ends a session before this page expects it to.
  var lastActivity = Date.now();
  var lastPing = Date.now();
  var unsent = false;
  var checking = false;
  var pingEvery = Math.min(60, idleSeconds / 3) * 1000;
  var warning = document.getElementById("idle-warning");

  function ping() {
    if (!unsent || Date.now() - lastPing < pingEvery) { return; }
    unsent = false;
    lastPing = Date.now();
    CL.api("POST", "/console/session/touch").catch(function () { /* the next check will tell */ });
  }
  function activity() {
    lastActivity = Date.now();
    unsent = true;
    if (warning && !warning.hidden) { warning.hidden = true; }
    ping();
  }
  ["keydown", "mousedown", "touchstart", "wheel"].forEach(function (type) {
    window.addEventListener(type, activity, { passive: true, capture: true });
  });
  CL.idleFor = function () { return (Date.now() - lastActivity) / 1000; };

  // Ask the server how long the session has left; `why` is what the login page says if it has ended.
  CL.checkSession = function (why) {
    if (checking) { return Promise.resolve(); }
    checking = true;
    return CL.api("GET", "/console/session", null, { background: true, why: why }).then(function (res) {
      if (res.ok) { // active in another tab: follow the server's clock
        var serverSeen = Date.now() - Math.max(0, idleSeconds - res.data.remaining_seconds) * 1000;
        lastActivity = Math.max(lastActivity, serverSeen);
      }
    }).catch(function () { /* offline or logged out (then we are on the way to the login page) */ })
      .then(function () { checking = false; });
  };

  if (body.dataset.me) {
    setInterval(function () {
      ping();
      var left = idleSeconds - CL.idleFor();
      if (left <= 0) {
        CL.checkSession("idle");
      } else if (warning && left <= Math.min(60, idleSeconds / 4)) {
        warning.textContent = "You will be logged out in " + Math.ceil(left) +
          " s because of inactivity. Press a key or click to stay logged in.";
        warning.hidden = false;
      }
    }, 1000);
  }

  // --- Urgent cue: the title bar flashes until the tab is looked at; a tone when staff switched sound on. ---
  var baseTitle = document.title;
  var flashing = null;
  var audio = null;

  CL.soundOn = function () { return localStorage.getItem("careline.sound") === "on"; };
  CL.setSound = function (on) {
    localStorage.setItem("careline.sound", on ? "on" : "off");
    if (on && !audio && window.AudioContext) { audio = new AudioContext(); } // needs this click
  };
  window.addEventListener("mousedown", function () {
    if (CL.soundOn() && !audio && window.AudioContext) { audio = new AudioContext(); }
  }, { once: true });

  function tone(freq, start, length) {
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.25, audio.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + start + length);
    osc.connect(gain).connect(audio.destination);
    osc.start(audio.currentTime + start);
    osc.stop(audio.currentTime + start + length);
  }

  CL.urgentCue = function (count) {
    if (CL.soundOn() && audio) { tone(880, 0, 0.18); tone(660, 0.22, 0.18); tone(880, 0.44, 0.3); }
    if (flashing) { clearInterval(flashing); }
    var on = false;
    var alertTitle = "(" + count + ") URGENT · " + baseTitle;
    document.title = alertTitle;
    flashing = setInterval(function () {
      on = !on;
      document.title = on ? "⚠ URGENT patient waiting" : alertTitle;
    }, 1000);
    if (document.visibilityState === "visible" && document.hasFocus()) { setTimeout(CL.clearCue, 15000); }
  };
  CL.clearCue = function () {
    if (flashing) { clearInterval(flashing); flashing = null; }
    document.title = baseTitle;
  };
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { setTimeout(CL.clearCue, 5000); }
  });
  window.addEventListener("focus", function () { setTimeout(CL.clearCue, 5000); });
})();
