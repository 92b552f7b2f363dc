// The administrators' import page (/admin/facilities/import): one progress bar for the whole import. The first fifth
// is the upload (the browser's upload progress events), the next two fifths the server checking every row, the last
// two fifths the server storing them (both read from the job, GET …/imports/{id}, a few times a second). The server's
// import is all or nothing: DONE stored every row, FAILED none, with the faults listed by row or feature number.
(function () {
  'use strict';

  var form = document.getElementById('fi-form');
  if (!form) {
    return;
  }
  var UPLOAD = 20;
  var VALIDATE = 40;
  var POLL_MS = 300;

  function $(id) {
    return document.getElementById(id);
  }

  function msg(name, a, b) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{0}', a == null ? '' : a)
      .replace('{1}', b == null ? '' : b);
  }

  function number(n) {
    return Number(n || 0).toLocaleString(document.documentElement.lang || 'zh-CN');
  }

  function show(percent, phase, counts) {
    var whole = Math.max(0, Math.min(100, Math.floor(percent)));
    $('fi-bar-fill').style.width = whole + '%';
    $('fi-bar').setAttribute('aria-valuenow', String(whole));
    $('fi-percent').textContent = whole + ' %';
    $('fi-phase').textContent = phase;
    $('fi-counts').textContent = counts || '';
  }

  function state(name) {
    $('fi-status').setAttribute('data-state', name);
  }

  function finish(ok) {
    $('fi-bar-fill').classList.remove('progress-bar-animated', 'progress-bar-striped');
    $('fi-bar-fill').classList.add(ok ? 'bg-success' : 'bg-danger');
    $('fi-start').disabled = false;
    $('fi-file').disabled = false;
  }

  /** Says the import failed: the headline in the page's language, the server's own words and the faults below. */
  function failed(message, errors, count, detail) {
    state('failed');
    finish(false);
    $('fi-phase').textContent = msg('failed');
    $('fi-message').textContent = message;
    $('fi-detail').textContent = detail || '';
    var list = $('fi-errors');
    list.replaceChildren();
    (errors || []).forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e;
      list.appendChild(li);
    });
    if (count > (errors || []).length) {
      var more = document.createElement('li');
      more.textContent = msg('more', number(count - errors.length));
      list.appendChild(more);
    }
    $('fi-failed').classList.remove('d-none');
  }

  function follow(url) {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        var job = answer.body;
        if (!answer.ok) {
          failed(msg('refused'), job.errors, 0, job.detail);
          return;
        }
        var share = job.total ? job.processed / job.total : 0;
        if (job.state === 'VALIDATING') {
          show(UPLOAD + VALIDATE * share, job.total ? msg('validating') : msg('reading'),
            job.total ? number(job.processed) + ' / ' + number(job.total) : '');
        } else if (job.state === 'STORING') {
          show(UPLOAD + VALIDATE + (100 - UPLOAD - VALIDATE) * share, msg('storing'),
            number(job.processed) + ' / ' + number(job.total));
        } else if (job.state === 'DONE') {
          show(100, msg('done'), number(job.total) + ' / ' + number(job.total));
          state('done');
          finish(true);
          var done = $('fi-done');
          done.textContent = msg('done') + ' ' + msg('counts', number(job.imported), number(job.added))
            .replace('{2}', number(job.updated));
          done.setAttribute('data-imported', String(job.imported));
          done.classList.remove('d-none');
          return;
        } else {
          failed(msg('failed'), job.errors, job.errorCount, job.message);
          return;
        }
        state(job.state.toLowerCase());
        setTimeout(function () { follow(url); }, POLL_MS);
      }, function () {
        setTimeout(function () { follow(url); }, POLL_MS * 5);
      });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var file = $('fi-file').files[0];
    $('fi-done').classList.add('d-none');
    $('fi-failed').classList.add('d-none');
    $('fi-file').classList.toggle('is-invalid', !file);
    if (!file) {
      return;
    }
    var csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('data-start-url'));
    xhr.setRequestHeader('Content-Type', csv ? 'text/csv;charset=UTF-8' : 'application/geo+json');
    xhr.setRequestHeader('Accept', 'application/json');
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      xhr.setRequestHeader(header.content, token.content);
    }
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        show(UPLOAD * event.loaded / event.total, msg('uploading'),
          number(Math.round(event.loaded / 1024)) + ' / ' + number(Math.round(event.total / 1024)) + ' KB');
      }
    });
    xhr.addEventListener('load', function () {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      if (xhr.status === 202 && body && body.id) {
        show(UPLOAD, msg('reading'), '');
        follow(xhr.getResponseHeader('Location') || form.getAttribute('data-start-url') + '/' + body.id);
      } else {
        failed(msg('refused'), body && body.errors, 0, body && body.detail);
      }
    });
    xhr.addEventListener('error', function () { failed(msg('network'), [], 0); });
    $('fi-bar-fill').className = 'progress-bar progress-bar-striped progress-bar-animated';
    $('fi-start').disabled = true;
    $('fi-file').disabled = true;
    $('fi-status').classList.remove('d-none');
    state('uploading');
    show(0, msg('uploading'), '');
    xhr.send(file);
  });
})();
