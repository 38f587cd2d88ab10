// CareLine web chat: sends messages, shows the transcript live. Patient text is only ever set with
// textContent, never as HTML.
(function () {
  "use strict";
  var KEY = "careline.chat.session";
  var list = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var sendButton = document.getElementById("send");
  var statusBox = document.getElementById("status");
  var rendered = {};
  var lastId = "0";
  var pending = null; // {text, clientId} of a send that failed and can be retried

  function randomToken(bytes) {
    var a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function session() {
    var token = null;
    try { token = localStorage.getItem(KEY); } catch (e) { /* private mode: per-page session */ }
    if (!token || !/^[A-Za-z0-9_-]{32,64}$/.test(token)) {
      token = randomToken(24);
      try { localStorage.setItem(KEY, token); } catch (e) { /* ignore */ }
    }
    return token;
  }
  var token = session();
  var headers = { "X-Chat-Session": token };

  function idGreater(a, b) {
    var pa = a.split("-").map(Number), pb = b.split("-").map(Number);
    return pa[0] !== pb[0] ? pa[0] > pb[0] : (pa[1] || 0) > (pb[1] || 0);
  }

  var UI = JSON.parse(document.querySelector("main.chat").dataset.ui);  // the page's words, in its language
  var LABELS = { patient: UI.patient, bot: UI.bot, staff: UI.staff, system: UI.system };

  function render(m) {
    if (rendered[m.id]) { return; }
    rendered[m.id] = true;
    if (idGreater(m.id, lastId)) { lastId = m.id; }
    var li = document.createElement("li");
    li.className = "msg " + (LABELS[m.author] ? m.author : "system");
    li.dataset.id = m.id;
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = LABELS[m.author] || UI.system;
    li.appendChild(who);
    li.appendChild(document.createTextNode(m.text));
    if (m.choices && m.choices.length) {
      var box = document.createElement("div");
      box.className = "choices";
      m.choices.forEach(function (label, i) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = (i + 1) + ") " + label;
        b.addEventListener("click", function () { retire(box); send(String(i + 1)); });
        box.appendChild(b);
      });
      li.appendChild(box);
    }
    // Keep transcript order even when the stream and a catch-up deliver out of order.
    var next = null;
    for (var i = 0; i < list.children.length; i++) {
      if (idGreater(list.children[i].dataset.id, m.id)) { next = list.children[i]; break; }
    }
    list.insertBefore(li, next);
    if (next === null) {
      // A choice answers only the latest question: once anything follows it, its buttons are spent.
      list.querySelectorAll(".choices").forEach(function (old) { if (old.parentNode !== li) { retire(old); } });
    }
    list.scrollTop = list.scrollHeight;
  }

  function retire(box) {
    box.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
  }

  function showStatus(text, retry) {
    statusBox.textContent = text;
    if (retry) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = UI.retry;
      b.addEventListener("click", function () { if (pending) { post(pending.text, pending.clientId); } });
      statusBox.appendChild(b);
    }
    statusBox.hidden = false;
  }
  function clearStatus() { statusBox.hidden = true; statusBox.textContent = ""; }

  function catchUp() {
    return fetch("/chat/api/history?after=" + encodeURIComponent(lastId), { headers: headers })
      .then(function (r) { return r.ok ? r.json() : { messages: [] }; })
      .then(function (body) { body.messages.forEach(render); })
      .catch(function () { /* the stream will bring it */ });
  }

  function post(text, clientId) {
    sendButton.disabled = true;
    return fetch("/chat/api/messages", {
      method: "POST",
      headers: Object.assign({ "Content-Type": "application/json" }, headers),
      body: JSON.stringify({ text: text, client_id: clientId })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.ok) {
          pending = null;
          clearStatus();
          return catchUp();
        }
        if (r.status === 422 || r.status === 413) {
          pending = null;
          input.value = text;
          showStatus(body.error || UI.refused, false);
          return null;
        }
        throw new Error("server " + r.status);
      });
    }).catch(function () {
      pending = { text: text, clientId: clientId };
      input.value = "";
      showStatus(UI.failed, true);
    }).then(function () { sendButton.disabled = false; });
  }

  function send(text) {
    text = text.trim();
    if (!text) { return; }
    input.value = "";
    post(text, randomToken(12));
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); send(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(input.value); }
  });

  // Live updates: a streamed fetch (so the session stays in a header, out of URLs and logs),
  // parsed as server-sent events, reconnecting from the last id it saw.
  var backoff = 1000;
  function stream() {
    fetch("/chat/api/stream?after=" + encodeURIComponent(lastId), { headers: headers }).then(function (r) {
      if (!r.ok || !r.body) { throw new Error("stream " + r.status); }
      var reader = r.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { return; }
          buffer += decoder.decode(chunk.value, { stream: true });
          var parts = buffer.split("\n\n");
          buffer = parts.pop();
          parts.forEach(function (block) {
            var event = "message", data = "";
            block.split("\n").forEach(function (line) {
              if (line.indexOf("event: ") === 0) { event = line.slice(7); }
              else if (line.indexOf("data: ") === 0) { data += line.slice(6); }
            });
            if (event === "message" && data) { render(JSON.parse(data)); }
            if (event === "unavailable") { throw new Error("unavailable"); }
          });
          backoff = 1000;
          return pump();
        });
      }
      return pump();
    }).then(function () { setTimeout(stream, 0); }, function () {
      setTimeout(stream, backoff);
      backoff = Math.min(backoff * 2, 30000);
    });
  }

  catchUp().then(stream);
})();
