// SMS segment estimate for the reply box: GSM-7 (160 per message, 153 per part) unless a character needs
// UCS-2 (70 / 67, e.g. any emoji). GSM extension characters ({ } [ ] ~ \ | ^ € and form feed) take two
// places and are never split between parts; nor are UTF-16 surrogate pairs.
(function () {
  "use strict";
  var BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  var EXTENSION = "^{}\\[~]|€\f";

  function pack(costs, single, part) {
    var total = costs.reduce(function (a, b) { return a + b; }, 0);
    if (total === 0) { return { segments: 0, units: 0, perSegment: single }; }
    if (total <= single) { return { segments: 1, units: total, perSegment: single }; }
    var segments = 1;
    var used = 0;
    costs.forEach(function (cost) {
      if (used + cost > part) { segments += 1; used = 0; }
      used += cost;
    });
    return { segments: segments, units: total, perSegment: part };
  }

  function count(text) {
    var chars = Array.from(text || "");
    var gsm = chars.every(function (ch) { return BASIC.indexOf(ch) >= 0 || EXTENSION.indexOf(ch) >= 0; });
    var costs = gsm
      ? chars.map(function (ch) { return EXTENSION.indexOf(ch) >= 0 ? 2 : 1; })
      : chars.map(function (ch) { return ch.length; }); // UTF-16 code units: 2 for an emoji
    var result = gsm ? pack(costs, 160, 153) : pack(costs, 70, 67);
    result.encoding = gsm ? "GSM-7" : "UCS-2";
    return result;
  }

  window.CareLineSegments = { count: count };
})();
