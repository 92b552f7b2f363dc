// The desktop pages' behaviour: ticking deadlines, the case map, photo uploads one at a time, bulk dispatch and
// live refresh that never throws away what the user is doing.
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

  // --- the case on the map: over its community's grids (or its street) from the platform's own GeoJSON
  function caseMap(el) {
    if (!window.L) {
      return;
    }
    var point = [Number(el.dataset.lat), Number(el.dataset.lon)];
    var map = L.map(el, { attributionControl: !!el.dataset.tiles }).setView(point, 17);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    var marker = L.circleMarker(point, { radius: 9, color: '#fff', weight: 3, fillColor: '#dc3545', fillOpacity: 1 });
    var grid = el.dataset.grid;
    var url = el.dataset.community ? '/api/v1/regions/' + el.dataset.community + '/grids.geojson'
      : el.dataset.street ? '/api/v1/regions/' + el.dataset.street : null;
    var done = function () {
      marker.addTo(map).bringToFront();
    };
    if (!url) {
      done();
      return;
    }
    fetch(url).then(function (r) {
      return r.json();
    }).then(function (data) {
      var shapes = data.type === 'FeatureCollection' ? data
        : { type: 'Feature', properties: {}, geometry: data.geometry };
      var layer = L.geoJSON(shapes, {
        style: function (feature) {
          var own = feature.properties && feature.properties.code === grid;
          return own ? { color: '#0d6efd', weight: 2, fillColor: '#0d6efd', fillOpacity: 0.25 }
            : { color: '#6c757d', weight: 0.6, fillColor: '#ffffff', fillOpacity: 0.6 };
        }
      }).addTo(map);
      var bounds = layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { maxZoom: 17, padding: [8, 8] });
      }
    }).catch(function () {
      // the point alone still says where
    }).finally(done);
  }

  // --- the queue on a map: the scope's areas as outlines, the listed cases as points in their deadline's colour
  var colours = { GREEN: '#198754', YELLOW: '#ffc107', RED: '#dc3545', NONE: '#6c757d' };
  var queueMap = null;
  var queuePoints = null;
  var outlined = false;

  function queueMapOf(el) {
    if (!window.L) {
      return;
    }
    queueMap = L.map(el, { attributionControl: !!el.dataset.tiles, preferCanvas: true }).setView([33.955, 116.798], 12);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(queueMap);
    }
    var areas = L.featureGroup().addTo(queueMap);
    queuePoints = L.featureGroup().addTo(queueMap);
    fetch('/api/v1/regions/' + el.dataset.scope).then(function (r) {
      return r.json();
    }).then(function (region) {
      var children = (region.children || []).filter(function (c) {
        return c.level !== 'GRID';
      });
      return Promise.all(children.length ? children.map(function (c) {
        return fetch('/api/v1/regions/' + c.code).then(function (r) {
          return r.json();
        }).catch(function () {
          return null;
        });
      }) : [Promise.resolve(region)]);
    }).then(function (regions) {
      regions.forEach(function (region) {
        if (!region || !region.geometry) {
          return;
        }
        var label = document.createElement('span');
        label.textContent = region.name;
        L.geoJSON({ type: 'Feature', properties: {}, geometry: region.geometry }, {
          style: { color: '#495057', weight: 1, fillColor: '#ffffff', fillOpacity: 0.7 }
        }).bindTooltip(label, { direction: 'center', className: 'map-label' }).addTo(areas);
      });
      if (areas.getBounds().isValid()) {
        queueMap.fitBounds(areas.getBounds(), { padding: [4, 4] });
        outlined = true;
      }
    }).catch(function () {
      // the points alone still say where
    }).finally(function () {
      queuePoints.bringToFront();
      drawQueuePoints();
    });
  }

  function drawQueuePoints() {
    if (!queueMap) {
      return;
    }
    queuePoints.clearLayers();
    document.querySelectorAll('#queue tr.case-row[data-lat]').forEach(function (row) {
      var box = document.createElement('div');
      var link = document.createElement('a');
      link.href = '/cases/' + row.dataset.id;
      link.className = 'font-monospace';
      link.textContent = row.dataset.number;
      var what = document.createElement('div');
      what.textContent = row.dataset.category;
      box.appendChild(link);
      box.appendChild(what);
      L.circleMarker([Number(row.dataset.lat), Number(row.dataset.lon)], {
        radius: 6, weight: 1.5, color: '#fff', fillColor: colours[row.dataset.colour] || colours.NONE, fillOpacity: 0.95
      }).bindPopup(box).addTo(queuePoints);
    });
    if (queuePoints.getLayers().length) {
      queueMap.fitBounds(queuePoints.getBounds(), { maxZoom: outlined ? 13 : 16, padding: [24, 24] });
    }
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

  document.addEventListener('htmx:afterSettle', function () {
    tick();
    drawQueuePoints();
  });
  document.addEventListener('htmx:sseOpen', function () {
    document.body.dataset.live = 'on';
  });
  document.addEventListener('htmx:sseError', function () {
    document.body.dataset.live = 'off';
  });

  function start() {
    tick();
    setInterval(tick, 30000);
    var map = document.getElementById('case-map');
    if (map) {
      caseMap(map);
    }
    var queue = document.getElementById('queue-map');
    if (queue) {
      queueMapOf(queue);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
