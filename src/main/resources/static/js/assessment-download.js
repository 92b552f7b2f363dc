// The report's downloads with their progress: a link marked data-download is fetched instead of followed, with a
// progress id the server reports the making under (each kind of unit evaluated, then written), which is polled until
// the file starts to arrive; then the bar fills as the bytes arrive (the server sends Content-Length), and the file
// is saved under the name the server gives. A refusal shows the problem's detail. Without this script the links
// still download, without progress.
(function () {
  'use strict';

  var box;
  var bar;
  var words;
  var busy = false;

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) {
      return values[Number(i)];
    });
  }

  function size(bytes) {
    if (bytes < 1024) {
      return bytes + ' B';
    }
    if (bytes < 1024 * 1024) {
      return (bytes / 1024).toFixed(1) + ' KB';
    }
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function show(state, text, percent) {
    box.classList.remove('d-none');
    box.dataset.state = state;
    words.textContent = text;
    var running = state === 'preparing' || state === 'making';
    bar.classList.toggle('progress-bar-striped', running);
    bar.classList.toggle('progress-bar-animated', running);
    bar.classList.toggle('bg-danger', state === 'failed');
    bar.classList.toggle('bg-success', state === 'done');
    var unknown = state === 'preparing';
    bar.style.width = (unknown ? 100 : percent) + '%';
    bar.parentElement.setAttribute('aria-valuenow', String(unknown ? 0 : Math.round(percent)));
  }

  /** The file name of a Content-Disposition header (filename* first), or the fallback. */
  function filenameOf(header, fallback) {
    var m = /filename\*=UTF-8''([^;]+)/i.exec(header || '');
    if (m) {
      return decodeURIComponent(m[1]);
    }
    m = /filename="?([^";]+)"?/i.exec(header || '');
    return m ? m[1] : fallback;
  }

  /** Why the server refused: the problem's detail, else the status. */
  function refusal(response) {
    return response.text().then(function (body) {
      var reason = response.status + ' ' + response.statusText;
      try {
        var problem = JSON.parse(body);
        reason = problem.detail || problem.title || reason;
      }
      catch (notJson) {
        // the status says it
      }
      throw new Error(reason);
    });
  }

  /** Reads the body chunk by chunk, showing each step; resolves with the chunks. */
  function read(response, name, total) {
    var reader = response.body.getReader();
    var chunks = [];
    var received = 0;
    function next() {
      return reader.read().then(function (step) {
        if (step.done) {
          box.dataset.received = String(received);
          return chunks;
        }
        chunks.push(step.value);
        received += step.value.length;
        if (total > 0) {
          show('receiving', fill(box.dataset.progress, [name, size(received), size(total)]), 100 * received / total);
        }
        else {
          show('receiving', fill(box.dataset.progressUnknown, [name, size(received)]), 50);
        }
        return next();
      });
    }
    return next();
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
  }

  /** A random id for the server to report the making under. */
  function progressId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  /** Asks how far the making has got until stopped; shows each step while the file has not started to arrive. */
  function follow(id, name) {
    var timer = setInterval(function () {
      fetch(box.dataset.status + id, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(function (s) {
          var state = box.dataset.state;
          if (s && s.total > 0 && s.kindName && (state === 'preparing' || state === 'making')) {
            var template = s.phase === 'written' ? box.dataset.written : box.dataset.evaluated;
            box.dataset.made = s.done + '/' + s.total;
            show('making', fill(template, [name, s.kindName, s.done, s.total]), 100 * s.done / s.total);
          }
        })
        .catch(function () {
          // the bar keeps running; the download itself says if anything went wrong
        });
    }, 400);
    return function () {
      clearInterval(timer);
    };
  }

  function download(link) {
    var name = link.dataset.download;
    var id = progressId();
    busy = true;
    delete box.dataset.received;
    delete box.dataset.made;
    box.dataset.total = '';
    show('preparing', fill(box.dataset.preparing, [name]), 0);
    var stop = follow(id, name);
    var url = link.href + (link.href.indexOf('?') < 0 ? '?' : '&') + 'progress=' + id;
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) {
        stop();
        var type = r.headers.get('Content-Type') || '';
        if (r.redirected || type.indexOf('text/html') === 0) {
          throw new Error(box.dataset.signIn);
        }
        if (!r.ok) {
          return refusal(r);
        }
        name = filenameOf(r.headers.get('Content-Disposition'), name);
        var total = Number(r.headers.get('Content-Length')) || 0;
        box.dataset.total = String(total);
        return read(r, name, total).then(function (chunks) {
          return new Blob(chunks, { type: type });
        });
      })
      .then(function (blob) {
        save(blob, name);
        box.dataset.filename = name;
        show('done', fill(box.dataset.done, [name, size(blob.size)]), 100);
      })
      .catch(function (e) {
        show('failed', fill(box.dataset.failed, [e.message]), 100);
      })
      .finally(function () {
        stop();
        busy = false;
      });
  }

  function init() {
    box = document.getElementById('download-status');
    if (!box || !window.fetch || !window.ReadableStream || !window.crypto) {
      return;
    }
    bar = document.getElementById('download-bar');
    words = document.getElementById('download-text');
    document.querySelectorAll('a[data-download]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        if (!busy) {
          download(link);
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
