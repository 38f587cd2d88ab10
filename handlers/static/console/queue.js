// The queue page: waiting and assigned conversations, urgent first, refreshed live; a cue for new urgent ones.
(function () {
  "use strict";
  var CL = window.CareLine;
  var list = document.getElementById("rows");
  var empty = document.getElementById("empty");
  var live = document.getElementById("live");
  var soundButton = document.getElementById("sound");
  var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var filter = new URLSearchParams(location.search).get("filter") || "all";
  var rows = [];
  var seenUrgent = null; // ids of urgent conversations already shown (null before the first load)
  var freshUntil = {}; // id -> time until which a newly arrived urgent row pulses
  var names = JSON.parse(document.getElementById("directory").textContent).names;

  var CHANNELS = { webchat: "Web chat", sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram" };

  // The same filters as GET /api/queue?mine=1 / ?team= / ?urgent=1, applied here so every tab shows its count.
  var FILTERS = {
    all: function () { return true; },
    mine: function (c) { return c.assignee === CL.me.username; },
    team: function (c) { return !!CL.me.team && c.team === CL.me.team; },
    urgent: function (c) { return c.priority === "urgent"; }
  };

  function ownerText(c) {
    if (!c.assignee) { return c.team ? "Team " + c.team : "Unassigned"; }
    return c.assignee === CL.me.username ? "You" : (names[c.assignee] || c.assignee);
  }

  function row(c) {
    var fresh = freshUntil[c.id] > Date.now() ? " fresh" : "";
    var li = CL.el("li", "row prio-" + (c.priority || "routine") + (c.assignee ? " assigned" : " waiting") + fresh);
    li.dataset.id = c.id;
    var link = CL.el("a", "row-link");
    link.href = "/console/c/" + encodeURIComponent(c.id);
    var badge = CL.el("span", "prio", c.priority === "urgent" ? "URGENT" : (c.priority || "routine"));
    var icon = document.createElement("img");
    icon.className = "channel-icon";
    icon.src = "/console/static/icons/" + (CHANNELS[c.channel] ? c.channel : "other") + ".svg";
    icon.alt = CHANNELS[c.channel] || c.channel;
    icon.title = icon.alt;
    var who = CL.el("span", "patient");
    who.appendChild(CL.el("span", "masked", c.patient));
    if (c.name) { who.appendChild(CL.el("span", "name", c.name)); }
    var wait = CL.el("span", "wait");
    wait.dataset.since = c.queued_at || c.updated_at;
    var reason = CL.el("span", "reason", CL.reasonText(c));
    var owner = CL.el("span", "owner" + (c.assignee ? "" : " none"), ownerText(c));
    [badge, icon, who, wait, reason, owner].forEach(function (part) { link.appendChild(part); });
    if (c.sla_stage > 0) { link.appendChild(CL.el("span", "sla", "Over wait target")); }
    li.appendChild(link);
    return li;
  }

  function tick() {
    Array.prototype.forEach.call(list.querySelectorAll(".wait"), function (el) {
      el.textContent = CL.duration(CL.since(el.dataset.since));
    });
  }

  function render() {
    var shown = rows.filter(FILTERS[filter] || FILTERS.all);
    list.textContent = "";
    shown.forEach(function (c) { list.appendChild(row(c)); });
    empty.hidden = shown.length > 0;
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.filter === filter ? "true" : "false");
      b.querySelector(".n").textContent = "(" + rows.filter(FILTERS[b.dataset.filter]).length + ")";
    });
    tick();
  }

  function cueNewUrgent() {
    var urgent = rows.filter(function (c) { return c.priority === "urgent" && c.state === "waiting"; });
    var fresh = urgent.filter(function (c) { return seenUrgent && !seenUrgent[c.id]; });
    seenUrgent = {};
    urgent.forEach(function (c) { seenUrgent[c.id] = true; });
    if (fresh.length) {
      CL.urgentCue(urgent.length);
      fresh.forEach(function (c) { freshUntil[c.id] = Date.now() + 8000; });
      render();
    }
  }

  // several events in a burst: one refetch
  var load = CL.refresher(150, function () {
    return CL.api("GET", "/api/queue", null, { background: true }).then(function (res) {
      if (!res.ok) { return; }
      rows = res.data.conversations;
      render();
      cueNewUrgent();
    });
  });

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      filter = b.dataset.filter;
      history.replaceState(null, "", filter === "all" ? "/console" : "/console?filter=" + filter);
      render();
    });
  });

  function showSound() {
    soundButton.textContent = "Urgent sound: " + (CL.soundOn() ? "on" : "off");
    soundButton.setAttribute("aria-pressed", CL.soundOn() ? "true" : "false");
  }
  soundButton.addEventListener("click", function () { CL.setSound(!CL.soundOn()); showSound(); });
  showSound();

  setInterval(tick, 1000);
  CL.live(function () { load(); }, function (up) {
    live.textContent = up ? "Live" : "Reconnecting…";
    live.classList.toggle("down", !up);
  });
  load();
})();
