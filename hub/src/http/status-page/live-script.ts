/**
 * The page's script, served from the hub's origin (`/estado/live.js`, CSP script-src 'self'). It
 * listens to the ticket's Server-Sent Events and swaps the changed parts in place — no reload, so
 * the reader keeps their place and the `role="status"` line is announced. When EventSource is
 * missing or refused (too many pages open from one address) it asks every 15 s instead; a stream
 * silent for 45 s (a proxy holding it, a phone that slept) is checked by one plain request.
 * Written for old phone browsers: no modules, no arrow functions.
 */
export const LIVE_SCRIPT = `(function () {
  var main = document.getElementById('live');
  if (!main || !window.fetch) return;
  var eventsUrl = main.getAttribute('data-events');
  var viewUrl = main.getAttribute('data-view');
  var current = main.getAttribute('data-key');
  var baseTitle = document.title;
  var source = null, pollTimer = null, watchdog = null, done = false;
  function byId(id) { return document.getElementById(id); }
  function showTime(sentence) {
    var note = byId('actualizado');
    if (note && sentence) note.textContent = sentence;
  }
  function apply(p) {
    showTime(p.updated);
    if (p.key !== current) {
      current = p.key;
      var line = byId('estado');
      line.className = 'state ' + p.status;
      if (line.textContent !== p.headline) line.textContent = p.headline;
      byId('ticket').innerHTML = p.ticket;
      byId('detalle').innerHTML = p.detail;
      document.title = p.status === 'called' ? p.headline + ' · ' + baseTitle : baseTitle;
      if (p.status === 'called' && navigator.vibrate) {
        try { navigator.vibrate([400, 150, 400]); } catch (e) {}
      }
    }
    if (p.settled) stop();
  }
  function poll() {
    if (done) return;
    fetch(viewUrl, { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) { if (p) apply(p); })
      .catch(function () {});
  }
  function startPolling() {
    if (pollTimer || done) return;
    poll();
    pollTimer = setInterval(poll, 15000);
  }
  function kick() {
    clearTimeout(watchdog);
    if (!done) watchdog = setTimeout(function () { poll(); kick(); }, 45000);
  }
  function stop() {
    done = true;
    if (source) source.close();
    clearInterval(pollTimer);
    clearTimeout(watchdog);
  }
  function listen() {
    if (typeof EventSource !== 'function') return startPolling();
    source = new EventSource(eventsUrl);
    source.addEventListener('vista', function (e) { kick(); apply(JSON.parse(e.data)); });
    source.addEventListener('ping', function (e) { kick(); showTime(JSON.parse(e.data).updated); });
    source.onerror = function () {
      if (source && source.readyState === 2) { source = null; startPolling(); }
    };
    kick();
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') poll();
  });
  listen();
})();
`;
