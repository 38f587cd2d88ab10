// One conversation: history with delivery states, claim/transfer/release/resolve, reply or internal note,
// and suggested / canned replies that go into the reply box for editing (never sent by themselves).
(function () {
  "use strict";
  var CL = window.CareLine;
  var main = document.getElementById("main");
  var cid = main.dataset.conversationId;
  var base = "/api/conversations/" + encodeURIComponent(cid);
  var directory = JSON.parse(document.getElementById("directory").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var box = $("text");
  var composer = $("composer");
  var conv = null;
  var mode = "reply";
  var lastPatientEntry = null;

  var CHANNELS = { webchat: "Web chat", sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram" };
  var DELIVERY = {
    queued: "queued", sending: "sending", retrying: "retrying", waiting: "waiting to send", sent: "sent",
    delivered: "delivered", read: "read", failed: "failed", undelivered: "not delivered", suppressed: "not sent",
    inline: "sent"
  };

  function staffName(username) { return directory.names[username] || username || "Staff"; }

  function notice(text, kind) {
    var el = $("notice");
    el.className = "banner " + (kind || "info");
    el.textContent = text;
    el.hidden = !text;
  }

  function canAct() {
    return conv.state !== "assigned" || conv.assignee === CL.me.username || CL.me.admin;
  }

  // --- header: who the patient is, state, channel window, who has it, what I may do ---
  function badge(parent, text, cls) { parent.appendChild(CL.el("span", "badge " + (cls || ""), text)); }

  function windowState() {
    if (conv.channel !== "whatsapp") { return null; }
    var age = CL.since(conv.last_inbound_at);
    if (!conv.last_inbound_at || age >= 86400) {
      return ["WhatsApp 24 h window closed: only approved templates can be sent", "off"];
    }
    return ["WhatsApp 24 h window open, closes in " + CL.duration(86400 - age), "on"];
  }

  function renderHead() {
    CL.setText($("patient"), conv.patient);
    CL.setText($("patient-name"), conv.name || "");
    var badges = $("badges");
    badges.textContent = "";
    if (conv.priority) { badge(badges, conv.priority === "urgent" ? "URGENT" : conv.priority, "prio-" + conv.priority); }
    badge(badges, CHANNELS[conv.channel] || conv.channel, "channel");
    badge(badges, conv.state, "state-" + conv.state);
    if (conv.reason) { badge(badges, CL.reasonText(conv), "reason"); }
    if (conv.flags.indexOf("opted_out") >= 0) { badge(badges, "Opted out (STOP): messages are not delivered", "off"); }
    if (conv.flags.indexOf("unreachable") >= 0) { badge(badges, "Unreachable on this channel", "off"); }
    var win = windowState();
    if (win) { badge(badges, win[0], win[1]); }
    var owner = $("owner");
    if (conv.state === "assigned") {
      owner.textContent = conv.assignee === CL.me.username ? "You have this conversation." :
        staffName(conv.assignee) + " has this conversation." + (CL.me.admin ? " (You can act on it as an admin.)" :
          " Ask them or an admin to transfer it to you.");
    } else if (conv.state === "waiting") {
      owner.textContent = "Waiting " + CL.duration(CL.since(conv.queued_at)) + " — nobody has claimed it yet." +
        (conv.team ? " For team " + conv.team + "." : "");
    } else {
      owner.textContent = "The bot is answering this patient (resolved or not handed over).";
    }
    owner.className = "owner " + (canAct() ? "" : "locked");
    renderActions();
  }

  function renderActions() {
    var staffOwned = conv.state === "waiting" || conv.state === "assigned";
    var mine = canAct();
    $("claim").hidden = conv.state !== "waiting";
    $("transfer-box").hidden = !(staffOwned && mine);
    $("release").hidden = !(conv.state === "assigned" && mine);
    $("resolve").hidden = !(staffOwned && mine);
    var replyAllowed = staffOwned && mine;
    $("mode-reply").disabled = !replyAllowed;
    if (!replyAllowed && mode === "reply") { setMode("note"); }
    box.disabled = !mine;
    $("send").disabled = !mine;
  }

  // --- history ---
  function label(h) {
    if (h.kind === "note") { return "Internal note · " + staffName(h.staff) + " · not sent to the patient"; }
    if (h.author === "patient") { return "Patient"; }
    if (h.author === "bot") { return "Bot"; }
    if (h.author === "staff") { return staffName(h.staff); }
    return "System";
  }

  function entry(h) {
    var kind = h.kind === "event" ? "event" : (h.kind === "note" ? "note" : h.author);
    var li = CL.el("li", "entry " + kind);
    li.dataset.id = h.id;
    var head = CL.el("div", "entry-head");
    head.appendChild(CL.el("span", "who", h.kind === "event" ? "System" : label(h)));
    head.appendChild(CL.el("time", "at", CL.clock(h.at)));
    if (h.delivery) {
      var d = h.delivery;
      var state = CL.el("span", "delivery d-" + d.status, DELIVERY[d.status] || d.status);
      if (d.error) { state.appendChild(CL.el("span", "why", " — " + d.error)); }
      head.appendChild(state);
    }
    li.appendChild(head);
    li.appendChild(CL.el("div", "text", h.text));
    return li;
  }

  function renderHistory(history) {
    var list = $("history");
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.textContent = "";
    history.forEach(function (h) { list.appendChild(entry(h)); });
    if (atBottom || !list.dataset.loaded) { list.scrollTop = list.scrollHeight; }
    list.dataset.loaded = "1";
    var said = history.filter(function (h) { return h.author === "patient" && h.kind === "message"; });
    var newest = said.length ? said[said.length - 1].id : null;
    if (newest !== lastPatientEntry) { lastPatientEntry = newest; loadSuggestions(); }
  }

  var load = CL.refresher(100, function () {
    return CL.api("GET", base, null, { background: true }).then(function (res) {
      if (res.status === 404) { notice("This conversation no longer exists (it may have expired).", "error"); return; }
      if (!res.ok) { return; }
      conv = res.data;
      renderHead();
      renderHistory(conv.history);
      updateSegments();
    });
  });

  // --- actions ---
  function act(action, payload, done) {
    return CL.api("POST", base + "/" + action, payload).then(function (res) {
      if (res.status === 409 && res.data.assigned_to) {
        notice(staffName(res.data.assigned_to) + " has this conversation now.", "warn");
      } else if (!res.ok) {
        notice(res.data.error || "That did not work. Please try again.", "error");
      } else {
        notice("");
        if (done) { done(res.data); }
      }
      load();
      return res;
    });
  }

  $("claim").addEventListener("click", function () { act("claim"); });
  $("release").addEventListener("click", function () { act("release"); });
  $("resolve").addEventListener("click", function () {
    act("resolve", null, function () { notice("Resolved: the bot answers this patient again.", "ok"); });
  });
  $("transfer").addEventListener("click", function () {
    var to = $("transfer-to").value;
    if (!to) { notice("Choose a colleague or a team to transfer to.", "warn"); return; }
    act("transfer", { to: to }, function () { notice("Transferred.", "ok"); $("transfer-to").value = ""; });
  });

  function setMode(next) {
    mode = next;
    composer.classList.toggle("note-mode", mode === "note");
    composer.classList.toggle("reply-mode", mode === "reply");
    $("mode-reply").setAttribute("aria-pressed", mode === "reply" ? "true" : "false");
    $("mode-note").setAttribute("aria-pressed", mode === "note" ? "true" : "false");
    box.placeholder = mode === "note" ? "Internal note for colleagues — never sent to the patient" : "Write a reply…";
    $("send").textContent = mode === "note" ? "Add note" : "Send";
    updateSegments();
  }
  $("mode-reply").addEventListener("click", function () { setMode("reply"); box.focus(); });
  $("mode-note").addEventListener("click", function () { setMode("note"); box.focus(); });

  function send() {
    var text = box.value.trim();
    if (!text || $("send").disabled) { return; }
    $("send").disabled = true;
    act(mode === "note" ? "note" : "reply", { text: text }, function () { box.value = ""; updateSegments(); })
      .then(function () { $("send").disabled = false; }, function () { $("send").disabled = false; });
  }
  composer.addEventListener("submit", function (e) { e.preventDefault(); send(); });
  box.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); }
  });

  function updateSegments() {
    var el = $("segments");
    if (!conv || mode !== "reply" || (conv.channel !== "sms" && conv.channel !== "whatsapp")) {
      el.textContent = "";
      return;
    }
    var n = window.CareLineSegments.count(box.value);
    el.textContent = n.units + " characters · " + n.segments + " SMS segment" + (n.segments === 1 ? "" : "s") +
      " · " + n.encoding + (n.encoding === "UCS-2" ? " (emoji or special characters: 70 per segment)" : "");
    el.classList.toggle("ucs2", n.encoding === "UCS-2");
  }
  box.addEventListener("input", updateSegments);

  // --- drafts: put text in the reply box for the human to edit ---
  function useDraft(text) {
    if (!canAct()) { notice("Claim the conversation first.", "warn"); return; }
    setMode("reply");
    box.value = box.value.trim() ? box.value.replace(/\s+$/, "") + "\n\n" + text : text;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    updateSegments();
  }

  function draft(title, text, meta) {
    var li = CL.el("li", "draft");
    var button = CL.el("button", "draft-use");
    button.type = "button";
    button.appendChild(CL.el("strong", "draft-title", title));
    if (meta) { button.appendChild(CL.el("span", "draft-meta", meta)); }
    button.appendChild(CL.el("span", "draft-text", text));
    button.addEventListener("click", function () { useDraft(text); });
    li.appendChild(button);
    return li;
  }

  function loadSuggestions() {
    CL.api("GET", base + "/suggestions", null, { background: true }).then(function (res) {
      if (!res.ok) { return; }
      CL.setText($("for-text"), res.data.for_text || "");
      var list = $("suggestions");
      list.textContent = "";
      res.data.suggestions.forEach(function (s) {
        var meta = "match " + s.score + "%" + (s.reviewed_by ? " · reviewed by " + s.reviewed_by : "");
        list.appendChild(draft(s.title, s.text, meta));
      });
      if (!res.data.suggestions.length) { list.appendChild(CL.el("li", "muted small", "No FAQ answer fits.")); }
    }).catch(function () { /* shown again on the next change */ });
  }

  function loadCanned() {
    CL.api("GET", base + "/canned", null, { background: true }).then(function (res) {
      if (!res.ok) { return; }
      var list = $("canned");
      list.textContent = "";
      res.data.canned.forEach(function (c) { list.appendChild(draft(c.title, c.text)); });
    }).catch(function () { /* optional */ });
  }

  setInterval(function () { if (conv) { renderHead(); } }, 15000); // waiting time and WhatsApp window
  CL.live(function (event) {
    if (!event || event.conversation_id === cid) { load(); }
  }, function () {});
  loadCanned();
  load();
})();
