// The report form (随手拍 and the inspector's patrol report): photos uploaded one by one as soon as they are chosen,
// the place from the device, the photo's EXIF or a tap on the map, a category by picture, and a submission that
// survives a bad network. The submission carries an Idempotency-Key made once per report and kept in sessionStorage
// until the server has answered for good: retries (automatic, with backoff, or the user's own after a reload)
// resend the same key, so the report is never filed twice.
(function () {
  'use strict';

  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var submitUrl = form.getAttribute('data-submit-url');
  var photoUrl = form.getAttribute('data-photo-url');
  var maxPhotos = parseInt(form.getAttribute('data-max-photos'), 10) || 9;
  var MAX_PHOTO_BYTES = 10 * 1024 * 1024;
  var RETRY_DELAYS = [1000, 2000, 4000, 8000, 15000, 30000];
  var KEY = 'cg-report-key:' + submitUrl;
  var PENDING = 'cg-report-pending:' + submitUrl;

  function msg(name) {
    return form.getAttribute('data-msg-' + name) || '';
  }

  function $(id) {
    return document.getElementById(id);
  }

  var net = window.CgNet;
  var store = net.store;

  /** The report's key: made once, kept until the server has answered for good. */
  function reportKey() {
    var key = store.get(KEY);
    if (!key) {
      key = net.uuid();
      store.set(KEY, key);
    }
    return key;
  }

  // ---- errors next to the fields
  function fieldError(field, text) {
    var el = $('error-' + field);
    if (el) {
      el.textContent = text || '';
      var section = el.closest('.form-section');
      if (section) {
        section.classList.toggle('has-error', !!text);
      }
    }
    return el;
  }

  function formError(text) {
    var el = $('form-error');
    el.textContent = text || '';
    el.classList.toggle('d-none', !text);
  }

  function status(text) {
    var el = $('form-status');
    el.textContent = text || '';
    el.classList.toggle('d-none', !text);
  }

  var photoOptions = { url: photoUrl, max: maxPhotos, maxBytes: MAX_PHOTO_BYTES, msg: msg, fieldError: fieldError };
  var photos = window.CgPhotos.picker($('picker-photos'), photoOptions);
  var afterPicker = $('picker-afterPhotos');
  var afterPhotos = afterPicker ? window.CgPhotos.picker(afterPicker, photoOptions) : null;

  // ---- what the report is about (a facility's card on the map opened the form): its place and category to start
  var subject = form.getAttribute('data-subject');
  var startLat = parseFloat(form.getAttribute('data-start-lat'));
  var startLon = parseFloat(form.getAttribute('data-start-lon'));
  var start = subject && isFinite(startLat) && isFinite(startLon)
    ? { lat: startLat, lon: startLon, source: 'subject' } : null;

  // ---- the place
  var place = window.CgPlace.picker({ map: $('report-map'), text: $('location-text'), locateButton: $('locate-device'),
    msg: msg, fieldError: fieldError, start: start });
  var photoButton = $('use-photo-location');

  photos.onChange = function () {
    var located = photos.located();
    photoButton.classList.toggle('d-none', !located);
  };
  photoButton.addEventListener('click', function () {
    var located = photos.located();
    if (located) {
      place.set(located.takenAt.lat, located.takenAt.lon, 'wgs84', 'photo');
    }
  });

  // ---- the category
  var tiles = Array.prototype.slice.call(form.querySelectorAll('.category-tile'));
  var chosen = $('category-chosen');
  var choices = $('category-choices');

  function choose(tile) {
    tiles.forEach(function (t) { t.classList.toggle('selected', t === tile); });
    var picture = tile.querySelector('.tile-picture');
    chosen.querySelector('.tile-picture').className = picture.className;
    chosen.querySelector('.tile-picture').textContent = picture.textContent;
    chosen.querySelector('.tile-name').textContent = tile.querySelector('.tile-name').textContent;
    chosen.classList.remove('d-none');
    choices.classList.add('d-none');
    fieldError('category', '');
  }

  tiles.forEach(function (tile) {
    tile.querySelector('input').addEventListener('change', function () { choose(tile); });
  });
  var startCategory = subject && form.getAttribute('data-start-category');
  if (startCategory) {
    tiles.forEach(function (tile) {
      var input = tile.querySelector('input');
      if (input.value === startCategory) {
        input.checked = true;
        choose(tile);
      }
    });
  }
  $('category-change').addEventListener('click', function () {
    chosen.classList.add('d-none');
    choices.classList.remove('d-none');
    $('category-search').focus();
  });
  $('category-search').addEventListener('input', function () {
    var q = this.value.trim().toLowerCase();
    tiles.forEach(function (tile) {
      tile.classList.toggle('hidden', !!q && tile.getAttribute('data-search').indexOf(q) < 0);
    });
    var anyShown = false;
    Array.prototype.forEach.call(form.querySelectorAll('.category-group'), function (group) {
      var shown = !!group.querySelector('.category-tile:not(.hidden)');
      group.classList.toggle('hidden', !shown);
      anyShown = anyShown || shown;
    });
    Array.prototype.forEach.call(form.querySelectorAll('.kind-title'), function (title) {
      var kind = title.getAttribute('data-kind');
      title.classList.toggle('hidden',
        !form.querySelector('.category-group[data-kind="' + kind + '"]:not(.hidden)'));
    });
    $('category-none').classList.toggle('d-none', anyShown);
  });

  // ---- the description
  var description = $('description');
  description.addEventListener('input', function () {
    $('description-count').textContent = description.value.length;
    if (description.value.trim()) {
      fieldError('description', '');
    }
  });

  // ---- 自处理
  var selfHandled = $('self-handled');
  if (selfHandled) {
    selfHandled.addEventListener('change', function () {
      $('after-photos').classList.toggle('d-none', !selfHandled.checked);
      fieldError('afterPhotos', '');
    });
  }

  // ---- submitting
  function collect() {
    var errors = {};
    var category = form.querySelector('input[name="categoryCode"]:checked');
    if (!category) {
      errors.category = msg('category');
    }
    if (!description.value.trim()) {
      errors.description = msg('description');
    }
    if (!place.get()) {
      errors.location = msg('location');
    }
    var selfHandledChecked = !!(selfHandled && selfHandled.checked);
    if (selfHandledChecked && afterPhotos.ids().length === 0 && !afterPhotos.busy()) {
      errors.afterPhotos = msg('after-photo');
    }
    ['category', 'description', 'location', 'afterPhotos'].forEach(function (field) {
      fieldError(field, errors[field] || '');
    });
    var first = Object.keys(errors)[0];
    if (first) {
      var el = $('error-' + first);
      if (el && el.scrollIntoView) {
        el.closest('.form-section').scrollIntoView({ behavior: 'smooth', block: 'center' });
      }
      return null;
    }
    if (photos.busy() || (afterPhotos && afterPhotos.busy())) {
      formError(msg('wait-photos'));
      return null;
    }
    return {
      categoryCode: category.value,
      description: description.value,
      lat: place.get().lat,
      lon: place.get().lon,
      crs: place.get().crs,
      photoIds: photos.ids(),
      selfHandled: selfHandledChecked,
      afterPhotoIds: selfHandledChecked ? afterPhotos.ids() : [],
      subject: subject || null
    };
  }

  function lock(locked) {
    Array.prototype.forEach.call(form.querySelectorAll('input, textarea, button, select'), function (el) {
      el.disabled = locked;
    });
  }

  function done(body) {
    store.remove(KEY);
    store.remove(PENDING);
    form.classList.add('d-none');
    var panel = $('report-done');
    $('case-number').textContent = body.number;
    $('done-message').textContent = body.message || '';
    $('done-view').setAttribute('href', body.url);
    panel.setAttribute('data-replayed', String(!!body.replayed));
    panel.classList.remove('d-none');
    window.scrollTo(0, 0);
  }

  function refused(answer) {
    var body = answer.body;
    var status = answer.response.status;
    if (!body || !body.message) {
      // not our answer: a sign-in page or a refused CSRF token means the session is gone; keep the report
      var sessionGone = !body || status === 401 || status === 403 || answer.response.redirected;
      formError(msg(sessionGone ? 'session' : 'unknown'));
      return;
    }
    store.remove(PENDING);
    if (body.conflict) {
      store.remove(KEY);
    }
    if (body.field && $('error-' + body.field)) {
      fieldError(body.field, body.message);
      $('error-' + body.field).closest('.form-section').scrollIntoView({ behavior: 'smooth', block: 'center' });
    } else {
      formError(body.message);
    }
  }

  function send(report, key) {
    formError('');
    status(msg('submitting'));
    lock(true);
    store.set(PENDING, JSON.stringify({ key: key, report: report }));
    net.withRetry(function () {
      return net.fetchWithin(submitUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: net.headers({ 'Content-Type': 'application/json', Accept: 'application/json',
          'Idempotency-Key': key }),
        body: JSON.stringify(report)
      }, 20000);
    }, RETRY_DELAYS, function (attempt) {
      status(msg('retrying').replace('{0}', attempt));
    }).then(net.readAnswer).then(function (answer) {
      status('');
      lock(false);
      if (answer.response.ok && answer.body && answer.body.number) {
        done(answer.body);
      } else {
        refused(answer);
      }
    }, function () {
      status('');
      lock(false);
      formError(msg('gave-up'));
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    formError('');
    var report = collect();
    if (report) {
      send(report, reportKey());
    }
  });

  // a report whose answer never came (offline, reload, expired session): offer to send it again, same key
  var pending = store.get(PENDING);
  if (pending) {
    try {
      pending = JSON.parse(pending);
      $('pending-report').classList.remove('d-none');
      $('resume-submit').addEventListener('click', function () {
        $('pending-report').classList.add('d-none');
        send(pending.report, pending.key);
      });
      $('discard-pending').addEventListener('click', function () {
        store.remove(PENDING);
        store.remove(KEY);
        $('pending-report').classList.add('d-none');
      });
    } catch (e) {
      store.remove(PENDING);
    }
  }

  window.CgReport = { key: reportKey };
})();
