// The mobile pages' network helpers: storage that survives a reload, idempotency keys, the CSRF header, and fetch
// with a timeout per attempt and retries with backoff — what a phone on a bad network needs.
(function () {
  'use strict';

  // ---- storage that survives a reload, or at least the page's life where sessionStorage is refused
  var memory = {};
  var store = {
    get: function (name) {
      try { return window.sessionStorage.getItem(name); } catch (e) { return memory[name] || null; }
    },
    set: function (name, value) {
      try { window.sessionStorage.setItem(name, value); } catch (e) { memory[name] = value; }
    },
    remove: function (name) {
      try { window.sessionStorage.removeItem(name); } catch (e) { /* memory only */ }
      delete memory[name];
    }
  };

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
  }

  function headers(extra) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      extra[header.content] = token.content;
    }
    return extra;
  }

  function wait(ms) {
    return new Promise(function (resolve) {
      var done = function () {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        resolve();
      };
      var timer = setTimeout(done, ms);
      window.addEventListener('online', done);
    });
  }

  /** fetch, giving up on one attempt after timeoutMs so that a stalled request is retried too. */
  function fetchWithin(url, options, timeoutMs) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, timeoutMs) : null;
    if (controller) {
      options.signal = controller.signal;
    }
    return fetch(url, options).then(function (response) {
      clearTimeout(timer);
      return response;
    }, function (error) {
      clearTimeout(timer);
      throw error;
    });
  }

  /**
   * Sends until the server answers with something other than a server error: network failures, timeouts, 5xx,
   * 408 and 429 are retried after growing delays (or as soon as the device is back online).
   */
  function withRetry(send, delays, onRetry) {
    var attempt = 0;
    function once() {
      attempt++;
      return send().then(function (response) {
        if (response.status >= 500 || response.status === 408 || response.status === 429) {
          throw new Error('HTTP ' + response.status);
        }
        return response;
      }).catch(function (error) {
        if (attempt > delays.length) {
          throw error;
        }
        if (onRetry) {
          onRetry(attempt);
        }
        return wait(delays[attempt - 1]).then(once);
      });
    }
    return once();
  }

  /** The answer's JSON, or null when the answer is not ours (a sign-in page, a proxy's error page). */
  function readAnswer(response) {
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('json') < 0) {
      return Promise.resolve({ response: response, body: null });
    }
    return response.json().then(function (body) {
      return { response: response, body: body };
    }, function () {
      return { response: response, body: null };
    });
  }

  window.CgNet = {
    store: store, uuid: uuid, headers: headers, wait: wait, fetchWithin: fetchWithin, withRetry: withRetry,
    readAnswer: readAnswer
  };
})();
