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
  var apiBase = form.getAttribute('data-api');
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
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** The report's key: made once, kept until the server has answered for good. */
  function reportKey() {
    var key = store.get(KEY);
    if (!key) {
      key = uuid();
      store.set(KEY, key);
    }
    return key;
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

  // ---- photos
  function PhotoPicker(el) {
    var field = el.getAttribute('data-field');
    var grid = el.querySelector('.photo-grid');
    var firstAdd = grid.querySelector('.photo-add');
    var items = [];
    var picker = { field: field, items: items, onChange: function () {} };

    function refresh() {
      el.classList.toggle('full', items.length >= maxPhotos);
      picker.onChange();
    }

    function setState(item, state, text) {
      item.state = state;
      item.tile.classList.toggle('uploaded', state === 'uploaded');
      item.tile.classList.toggle('failed', state === 'failed');
      item.stateEl.textContent = text || '';
    }

    function upload(item) {
      if (item.file.size > MAX_PHOTO_BYTES) {
        setState(item, 'failed', msg('upload-failed'));
        fieldError(field, msg('photo-size'));
        return;
      }
      setState(item, 'uploading', msg('uploading'));
      var body = new FormData();
      body.append('file', item.file, item.file.name || 'photo.jpg');
      withRetry(function () {
        return fetchWithin(photoUrl, { method: 'POST', body: body, credentials: 'same-origin',
          headers: headers({ Accept: 'application/json' }) }, 60000);
      }, [1000, 3000]).then(readAnswer).then(function (answer) {
        if (items.indexOf(item) < 0) {
          return;
        }
        if (answer.response.ok && answer.body) {
          item.id = answer.body.id;
          item.takenAt = answer.body.takenAt || null;
          setState(item, 'uploaded', '');
          item.tile.setAttribute('data-photo-id', item.id);
          if (item.takenAt) {
            var gps = document.createElement('span');
            gps.className = 'photo-gps';
            gps.textContent = 'GPS';
            item.tile.appendChild(gps);
          }
        } else {
          setState(item, 'failed', msg('upload-failed'));
          var status = answer.response.status;
          fieldError(field, (answer.body && answer.body.message) || (status === 413 ? msg('photo-size')
            : status === 415 ? msg('photo-type') : status === 401 || status === 403 ? msg('session') : msg('unknown')));
        }
        refresh();
      }, function () {
        if (items.indexOf(item) >= 0) {
          setState(item, 'failed', msg('upload-failed'));
          fieldError(field, msg('photo-network'));
          refresh();
        }
      });
    }

    function add(file) {
      var item = { file: file, id: null, takenAt: null, state: 'uploading' };
      var tile = document.createElement('div');
      tile.className = 'photo-tile';
      var img = document.createElement('img');
      img.alt = '';
      img.src = URL.createObjectURL(file);
      var stateEl = document.createElement('span');
      stateEl.className = 'photo-state';
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'photo-remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', msg('remove'));
      tile.appendChild(img);
      tile.appendChild(stateEl);
      tile.appendChild(remove);
      grid.insertBefore(tile, firstAdd);
      item.tile = tile;
      item.stateEl = stateEl;
      items.push(item);
      remove.addEventListener('click', function () {
        items.splice(items.indexOf(item), 1);
        grid.removeChild(tile);
        URL.revokeObjectURL(img.src);
        fieldError(field, '');
        refresh();
      });
      stateEl.addEventListener('click', function () {
        if (item.state === 'failed') {
          fieldError(field, '');
          upload(item);
        }
      });
      upload(item);
    }

    Array.prototype.forEach.call(el.querySelectorAll('.photo-input'), function (input) {
      input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files || []);
        input.value = '';
        fieldError(field, '');
        var room = maxPhotos - items.length;
        if (files.length > room) {
          fieldError(field, msg('too-many'));
        }
        files.slice(0, Math.max(0, room)).forEach(add);
        refresh();
      });
    });

    picker.ids = function () {
      return items.filter(function (i) { return i.state === 'uploaded'; }).map(function (i) { return i.id; });
    };
    picker.busy = function () {
      return items.some(function (i) { return i.state === 'uploading'; });
    };
    picker.located = function () {
      return items.filter(function (i) { return i.state === 'uploaded' && i.takenAt; })[0] || null;
    };
    return picker;
  }

  var photos = new PhotoPicker($('picker-photos'));
  var afterPicker = $('picker-afterPhotos');
  var afterPhotos = afterPicker ? new PhotoPicker(afterPicker) : null;

  // ---- the place
  var mapEl = $('report-map');
  var map = window.CgMap.create(mapEl, { zoom: 13 });
  var place = null;
  var marker = null;
  var locating = 0;
  var photoButton = $('use-photo-location');

  function placeMarker(latlng) {
    if (!marker) {
      marker = L.marker(latlng, { draggable: true, autoPan: true }).addTo(map);
      marker.on('dragend', function () {
        var p = marker.getLatLng();
        setPlace(p.lat, p.lng, 'wgs84', 'map');
      });
    } else {
      marker.setLatLng(latlng);
    }
  }

  /** The place in words: the community (or street) first, then where that is, and where the point came from. */
  function showPlace(main, source, detail) {
    var text = $('location-text');
    text.textContent = main;
    if (source) {
      var by = document.createElement('span');
      by.className = 'location-source';
      by.textContent = ' · ' + msg('by-' + source);
      text.appendChild(by);
    }
    if (detail) {
      var more = document.createElement('span');
      more.className = 'location-detail';
      more.textContent = detail;
      text.appendChild(more);
    }
  }

  function names(regions) {
    return regions.filter(function (r) { return r; }).map(function (r) { return r.name; }).join(' · ');
  }

  function setPlace(lat, lon, crs, source) {
    var mine = ++locating;
    fieldError('location', '');
    showPlace(msg('locating'));
    window.CgMap.locate(apiBase, lat, lon, crs).then(function (where) {
      if (mine !== locating) {
        return;
      }
      place = { lat: lat, lon: lon, crs: crs, source: source };
      var point = [where.point.lat, where.point.lon];
      placeMarker(point);
      map.setView(point, Math.max(map.getZoom(), 16));
      if (where.community) {
        window.CgMap.showCommunity(map, where.community.code);
      }
      showPlace((where.community || where.street).name, source,
        names([where.district, where.street, where.community ? where.grid : null]));
      mapEl.setAttribute('data-located', [where.grid && where.grid.code, where.community && where.community.code]
        .filter(function (c) { return c; }).join(' '));
    }, function (error) {
      if (mine !== locating) {
        return;
      }
      if (error && error.status === 404) {
        place = null;
        if (marker) {
          map.removeLayer(marker);
          marker = null;
        }
        showPlace(msg('location-none'));
        fieldError('location', msg('outside'));
        return;
      }
      // offline: keep the point as given; the server locates it when the report goes through
      place = { lat: lat, lon: lon, crs: crs, source: source };
      if (crs === 'wgs84') {
        placeMarker([lat, lon]);
      }
      showPlace(lat.toFixed(5) + ', ' + lon.toFixed(5), source);
    });
  }

  map.on('click', function (e) {
    setPlace(e.latlng.lat, e.latlng.lng, 'wgs84', 'map');
  });

  /** The device's position; quietly, when the page asks by itself rather than the user. */
  function locateDevice(quietly) {
    showPlace(msg('locating'));
    window.CgMap.devicePosition().then(function (p) {
      if (!(quietly && place)) {
        setPlace(p.lat, p.lon, p.crs, 'device');
      }
    }, function (error) {
      if (!place) {
        showPlace(msg('location-none'));
      }
      if (!quietly) {
        fieldError('location', error && error.code === 1 ? msg('geolocation-denied') : msg('geolocation'));
      }
    });
  }

  $('locate-device').addEventListener('click', function () { locateDevice(false); });
  if (navigator.permissions && navigator.permissions.query) {
    navigator.permissions.query({ name: 'geolocation' }).then(function (permission) {
      if (permission.state === 'granted' && !place) {
        locateDevice(true);
      }
    }, function () { /* no permissions API: wait for the button */ });
  }

  photos.onChange = function () {
    var located = photos.located();
    photoButton.classList.toggle('d-none', !located);
  };
  photoButton.addEventListener('click', function () {
    var located = photos.located();
    if (located) {
      setPlace(located.takenAt.lat, located.takenAt.lon, 'wgs84', 'photo');
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
    if (!place) {
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
      lat: place.lat,
      lon: place.lon,
      crs: place.crs,
      photoIds: photos.ids(),
      selfHandled: selfHandledChecked,
      afterPhotoIds: selfHandledChecked ? afterPhotos.ids() : []
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
      formError(status === 401 || status === 403 || answer.response.redirected || !body ? msg('session') : msg('unknown'));
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
    withRetry(function () {
      return fetchWithin(submitUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key }),
        body: JSON.stringify(report)
      }, 20000);
    }, RETRY_DELAYS, function (attempt) {
      status(msg('retrying').replace('{0}', attempt));
    }).then(readAnswer).then(function (answer) {
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
