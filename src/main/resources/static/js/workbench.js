// The desktop pages' behaviour: ticking deadlines, photo uploads one at a time, bulk dispatch and live refresh that
// never throws away what the user is doing. The maps are in workbench-maps.js.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // --- deadlines: "剩余 2 小时 5 分" / "已超期 …", recomputed every 30 s from the deadline itself
  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-deadline]').forEach(function (el) {
      var deadline = Number(el.dataset.deadline);
      var minutes = Math.floor(Math.abs(deadline - now) / 60000);
      var hours = Math.floor(minutes / 60);
      var over = now > deadline;
      var template = hours >= 24 ? (over ? el.dataset.overDays : el.dataset.leftDays)
        : (over ? el.dataset.over : el.dataset.left);
      if (!template) {
        return;
      }
      el.textContent = template.replace('{d}', Math.floor(hours / 24)).replace('{h}', hours >= 24 ? hours % 24 : hours)
        .replace('{m}', minutes % 60);
      if (over && !el.classList.contains('dl-RED')) {
        el.classList.remove('dl-GREEN', 'dl-YELLOW');
        el.classList.add('dl-RED');
      }
    });
  }

  // --- photos: each chosen file is uploaded on its own; the form then sends the photos' ids
  function uploadOne(file) {
    var body = new FormData();
    body.append('file', file);
    return fetch('/cases/photos', { method: 'POST', body: body, headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () {
          return { error: String(response.status) };
        }).then(function (json) {
          if (!response.ok || !json.id) {
            throw new Error(json.error || String(response.status));
          }
          return json;
        });
      });
  }

  function note(box, text, css) {
    var p = document.createElement('div');
    p.className = 'small w-100 upload-note ' + (css || 'text-muted');
    p.textContent = text;
    box.appendChild(p);
    return p;
  }

  function uploadChosen(input) {
    var form = input.form;
    var box = input.parentElement.querySelector('.uploaded');
    var files = Array.prototype.slice.call(input.files || []);
    if (!files.length) {
      return;
    }
    box.querySelectorAll('.upload-note').forEach(function (n) {
      n.remove();
    });
    if (form.querySelectorAll('input[name="photoIds"]').length + files.length > 9) {
      note(box, input.dataset.tooMany, 'text-danger');
      input.value = '';
      return;
    }
    var buttons = form.querySelectorAll('button[type="submit"]');
    buttons.forEach(function (b) {
      b.disabled = true;
    });
    var progress = note(box, input.dataset.uploading);
    files.reduce(function (previous, file) {
      return previous.then(function () {
        return uploadOne(file).then(function (photo) {
          var id = document.createElement('input');
          id.type = 'hidden';
          id.name = 'photoIds';
          id.value = photo.id;
          form.appendChild(id);
          var img = document.createElement('img');
          img.className = 'thumb';
          img.alt = '';
          img.src = photo.thumbnail;
          img.dataset.photo = photo.id;
          box.appendChild(img);
        });
      });
    }, Promise.resolve()).then(function () {
      input.value = '';
      input.required = false;
      form.dataset.dirty = '1';
    }).catch(function (error) {
      note(box, input.dataset.failed + ' ' + error.message, 'text-danger');
      input.value = '';
    }).finally(function () {
      progress.remove();
      buttons.forEach(function (b) {
        b.disabled = false;
      });
    });
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('input[type="file"][data-upload]')) {
      uploadChosen(target);
    }
    else if (target.id === 'pick-all') {
      document.querySelectorAll('#queue input.pick').forEach(function (pick) {
        pick.checked = target.checked;
      });
    }
    else if (target.form && target.form.closest('#department-lists')) {
      target.form.dataset.dirty = '1';
    }
  });

  // --- live refresh: a change elsewhere never wipes a selection or a half-filled form
  function busy(elt) {
    if (elt.id === 'queue') {
      return !!document.querySelector('#queue input.pick:checked');
    }
    if (elt.id === 'department-live') {
      return !!document.querySelector('#department-lists form[data-dirty]');
    }
    return false;
  }

  document.addEventListener('htmx:confirm', function (event) {
    var trigger = event.detail.triggeringEvent;
    if (!trigger || String(trigger.type).indexOf('sse:') !== 0 || !busy(event.detail.elt)) {
      return;
    }
    event.preventDefault();
    var held = document.getElementById('queue-held');
    if (held && event.detail.elt.id === 'queue') {
      held.classList.remove('d-none');
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.id === 'queue-refresh' && window.htmx) {
      document.getElementById('queue-held').classList.add('d-none');
      htmx.trigger('#queue', 'refresh');
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'bulk-form' && window.htmx) {
      document.getElementById('queue-held').classList.add('d-none');
      htmx.trigger('#queue', 'refresh');
      htmx.trigger('#counts', 'refresh');
    }
  });

  document.addEventListener('htmx:afterSettle', tick);
  document.addEventListener('htmx:sseOpen', function () {
    document.body.dataset.live = 'on';
  });
  document.addEventListener('htmx:sseError', function () {
    document.body.dataset.live = 'off';
  });

  function start() {
    tick();
    setInterval(tick, 30000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
