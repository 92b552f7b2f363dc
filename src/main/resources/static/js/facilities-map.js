// The public convenience map (便民服务地图, /map). Everything shown comes from the public facilities API and is written
// with textContent (names and addresses are data anyone can import). Positions are WGS-84 throughout: the browser's
// geolocation is WGS-84, a WeChat (GCJ-02) position is converted by the server's /locate first. The list is the
// API's nearest-first answer for the current point and filters; the map shows single facilities from zoom 17 and
// the API's clusters below it. The card is filled by facilities-card.js.
(function () {
  'use strict';

  var mapEl = document.getElementById('fm-map');
  var list = document.getElementById('fm-list');
  if (!mapEl || !list || !window.CgMap || !window.CgFacilityCard) {
    return;
  }
  var api = mapEl.getAttribute('data-api') || '/api/v1';
  var ui = window.CgFacilityCard.ui(document.getElementById('fm-texts'), document.getElementById('fm-icons'));
  var t = ui.t;
  var WALK_METRES_PER_MINUTE = 80;
  var MARKER_ZOOM = 17;
  var state = { type: '', open: false, free: false, port: '', q: '', here: null };
  var distances = {};

  var map = window.CgMap.create(mapEl, { zoom: 15 });
  var clusters = L.layerGroup().addTo(map);
  var layers = {};
  var overlays = {};
  var hiddenTypes = {};
  ui.types.forEach(function (type) {
    layers[type] = L.layerGroup().addTo(map);
    // the control writes its names as HTML: our own icon and our own (escaped) bundle text, never data
    overlays[ui.iconHtml(type) + ' ' + ui.escape(t('type.' + type))] = layers[type];
  });
  L.control.layers(null, overlays, { collapsed: true, position: 'topright' }).addTo(map);
  map.on('overlayadd overlayremove', function (e) {
    ui.types.forEach(function (type) {
      if (layers[type] === e.layer) {
        hiddenTypes[type] = e.type === 'overlayremove';
      }
    });
    drawMap();
  });
  var hereMarker = null;
  var card = window.CgFacilityCard.create(document.getElementById('fm-card'), ui, {
    api: api,
    reportUrl: mapEl.getAttribute('data-report-url'),
    distance: function (facility) {
      if (distances[facility.id] != null) {
        return distances[facility.id];
      }
      return state.here ? metres(state.here.lat, state.here.lon, facility.lat, facility.lon) : null;
    },
    walk: walk,
    show: function (facility) {
      var latlng = [facility.lat, facility.lon];
      if (!map.getBounds().contains(latlng)) {
        map.setView(latlng, Math.max(map.getZoom(), MARKER_ZOOM));
      }
      markSelected(facility.id);
    }
  });

  /** The distance on the sphere, for a facility that is not in the API's list (the list's distances come first). */
  function metres(lat1, lon1, lat2, lon2) {
    var rad = Math.PI / 180;
    var a = Math.sin((lat2 - lat1) * rad / 2) * Math.sin((lat2 - lat1) * rad / 2) +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) * Math.sin((lon2 - lon1) * rad / 2);
    return 6371008.8 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  function walk(distanceMetres) {
    return Math.max(1, Math.ceil(distanceMetres / WALK_METRES_PER_MINUTE));
  }

  /** The filters as query parameters; openAt only where the endpoint can apply it (not to clusters). */
  function filters(withOpen, types) {
    var p = [];
    if (types) {
      p.push('type=' + encodeURIComponent(types));
    }
    if (state.free) {
      p.push('available=true');
    }
    if (state.port) {
      p.push('portKind=' + encodeURIComponent(state.port));
    }
    if (state.q) {
      p.push('q=' + encodeURIComponent(state.q));
    }
    if (withOpen && state.open) {
      p.push('openAt=now');
    }
    return p;
  }

  /** The types the map draws: the picker's, less the layers switched off; '' for all, null for none. */
  function mapTypes() {
    var wanted = (state.type ? [state.type] : ui.types).filter(function (type) { return !hiddenTypes[type]; });
    if (wanted.length === 0) {
      return null;
    }
    return wanted.length === ui.types.length ? '' : wanted.join(',');
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    });
  }

  // ---- the near-me list ----
  var listed = 0;

  function refreshList() {
    if (!state.here) {
      return;
    }
    var mine = ++listed;
    var query = filters(true, state.type).concat(['lat=' + state.here.lat.toFixed(6), 'lon=' + state.here.lon.toFixed(6),
      'crs=wgs84', 'limit=20']).join('&');
    list.setAttribute('data-state', 'loading');
    list.setAttribute('aria-busy', 'true');
    getJson(api + '/facilities?' + query).then(function (answer) {
      if (mine === listed) {
        showList(answer.items, query);
      }
    }, function () {
      if (mine === listed) {
        list.replaceChildren(ui.el('p', 'fm-empty', t('failed')));
        list.setAttribute('data-state', 'failed');
      }
    });
  }

  function showList(items, query) {
    distances = {};
    var nodes = [ui.el('p', 'fm-meta mb-0', items.length ? t('count', items.length) : '')];
    if (!items.length) {
      nodes.push(ui.el('p', 'fm-empty', t('none')));
    }
    items.forEach(function (f) {
      distances[f.id] = f.distanceMetres;
      var item = ui.el('button', 'fm-item');
      item.type = 'button';
      item.setAttribute('data-id', f.id);
      item.appendChild(ui.badge(f.type));
      var body = ui.el('span', 'fm-body');
      body.appendChild(ui.el('span', 'fm-name', f.name));
      var meta = ui.el('span', 'fm-meta');
      meta.appendChild(ui.el('span', 'fm-item-distance', ui.distance(f.distanceMetres) + ' · ' + t('walk', walk(f.distanceMetres))));
      meta.appendChild(document.createTextNode(' · ' + t('type.' + f.type)));
      body.appendChild(meta);
      var line = ui.el('span', 'fm-meta');
      line.appendChild(ui.openBadge(f.openNow));
      var live = ui.liveSummary(f);
      if (live) {
        line.appendChild(document.createTextNode(' '));
        line.appendChild(ui.el('span', 'fm-live', live));
      }
      body.appendChild(line);
      item.appendChild(body);
      item.addEventListener('click', function () { card.open(f.id); });
      nodes.push(item);
    });
    list.replaceChildren.apply(list, nodes);
    list.setAttribute('data-query', query);
    list.setAttribute('data-state', 'ready');
    list.removeAttribute('aria-busy');
  }

  // ---- the map: single facilities zoomed in, clusters zoomed out ----
  var drawn = 0;
  var markers = {};

  function drawMap() {
    var mine = ++drawn;
    var types = mapTypes();
    var b = map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(6); }).join(',');
    if (types === null) {
      clearMap();
      return;
    }
    var zoomedIn = map.getZoom() >= MARKER_ZOOM;
    var query = filters(zoomedIn, types).concat(['bbox=' + bbox]);
    var url = zoomedIn ? api + '/facilities.geojson?limit=400&' + query.join('&')
      : api + '/facilities/clusters?zoom=' + Math.floor(map.getZoom()) + '&' + query.join('&');
    mapEl.setAttribute('data-state', 'loading');
    getJson(url).then(function (answer) {
      if (mine !== drawn) {
        return;
      }
      clearMap();
      if (zoomedIn) {
        answer.features.forEach(drawFacility);
      } else {
        answer.clusters.forEach(drawCluster);
      }
      mapEl.setAttribute('data-state', zoomedIn ? 'markers' : 'clusters');
    }, function () { mapEl.setAttribute('data-state', 'failed'); });
  }

  function clearMap() {
    clusters.clearLayers();
    ui.types.forEach(function (type) { layers[type].clearLayers(); });
    markers = {};
  }

  function drawFacility(feature) {
    var p = feature.properties;
    var pin = ui.el('span', 'fm-marker');
    pin.appendChild(ui.badge(p.type));
    var icon = L.divIcon({ className: 'fm-pin' + (p.openNow ? '' : ' fm-closed') + (card.id() === p.id ? ' fm-selected' : ''),
      html: pin, iconSize: [28, 28], iconAnchor: [14, 14] });
    var marker = L.marker([feature.geometry.coordinates[1], feature.geometry.coordinates[0]],
      { icon: icon, title: p.name, alt: p.name, keyboard: false });
    marker.on('click', function () { card.open(p.id); });
    marker.addTo(layers[p.type] || clusters);
    markers[p.id] = marker;
  }

  function drawCluster(c) {
    var size = c.count < 10 ? 26 : c.count < 100 ? 32 : c.count < 1000 ? 38 : 44;
    var icon = L.divIcon({ className: 'fm-cluster', html: ui.el('span', null, String(c.count)), iconSize: [size, size],
      iconAnchor: [size / 2, size / 2] });
    var marker = L.marker([c.lat, c.lon], { icon: icon, title: t('cluster', c.count), keyboard: false });
    marker.on('click', function () {
      if (c.onlyId != null) {
        card.open(c.onlyId);
      } else {
        map.fitBounds([[c.bounds.minLat, c.bounds.minLon], [c.bounds.maxLat, c.bounds.maxLon]],
          { maxZoom: Math.max(map.getZoom() + 2, MARKER_ZOOM), padding: [20, 20] });
      }
    });
    marker.addTo(clusters);
  }

  function markSelected(id) {
    Object.keys(markers).forEach(function (key) {
      var el = markers[key].getElement();
      if (el) {
        el.classList.toggle('fm-selected', String(key) === String(id));
      }
    });
    Array.prototype.forEach.call(list.querySelectorAll('.fm-item'), function (item) {
      item.classList.toggle('fm-selected', item.getAttribute('data-id') === String(id));
    });
  }

  var moved = null;
  map.on('moveend', function () {
    clearTimeout(moved);
    moved = setTimeout(drawMap, 200);
  });

  // ---- where the user is ----
  var where = document.getElementById('fm-where');
  var fallback = { lat: parseFloat(mapEl.getAttribute('data-centre-lat')), lon: parseFloat(mapEl.getAttribute('data-centre-lon')) };

  function setHere(lat, lon, source, note) {
    state.here = { lat: lat, lon: lon };
    where.setAttribute('data-source', source);
    where.setAttribute('data-point', lat.toFixed(6) + ',' + lon.toFixed(6));
    where.replaceChildren(ui.el('span', 'fm-source', t(source === 'device' ? 'whereDevice'
      : source === 'tap' ? 'whereTap' : 'whereFallback')));
    if (note) {
      where.appendChild(ui.el('span', 'fm-place', note));
    }
    if (hereMarker) {
      map.removeLayer(hereMarker);
    }
    hereMarker = L.circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 3,
      fillColor: source === 'fallback' ? '#9a6700' : '#dc3545', fillOpacity: 1, interactive: false }).addTo(map);
    if (source !== 'tap') {
      map.setView([lat, lon], MARKER_ZOOM);
    }
    showOfficer(lat, lon);
    window.CgMap.locate(api, lat, lon, 'wgs84').then(function (at) {
      if (state.here && state.here.lat === lat && state.here.lon === lon) {
        var names = [at.district, at.street, at.community].filter(Boolean).map(function (r) { return r.name; });
        where.appendChild(ui.el('span', 'fm-place', names.join(' ')));
      }
    }, function () {
      where.appendChild(ui.el('span', 'fm-place', t('whereOutside')));
    });
    refreshList();
  }

  // ---- who is my officer (「有事找城管，我在您身边」): the community's officers where I am ----
  var officerBox = document.getElementById('fm-officer');

  function showOfficer(lat, lon) {
    officerBox.hidden = true;
    fetch(api + '/officers?lat=' + lat + '&lon=' + lon + '&crs=wgs84', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (found) {
        if (!state.here || state.here.lat !== lat || state.here.lon !== lon) {
          return;
        }
        var c = found.at || {};
        officerBox.replaceChildren(ui.el('h2', 'fm-title', t('officerTitle') + ' · ' + ((c.community || {}).name || '')));
        var officers = c.officers || [];
        if (officers.length === 0) {
          officerBox.appendChild(ui.el('p', 'fm-hint', t('officerNone')));
        }
        officers.forEach(function (o) {
          var row = ui.el('p', 'fm-officer-row');
          row.setAttribute('data-officer', o.name);
          row.appendChild(ui.el('strong', null, o.name));
          row.appendChild(ui.el('span', 'fm-officer-duty', ' ' + (o.duty || '')));
          if (o.phone) {
            var tel = ui.el('a', 'fm-officer-phone', ' ' + o.phone);
            tel.setAttribute('href', 'tel:' + o.phone);
            row.appendChild(tel);
          }
          officerBox.appendChild(row);
        });
        if (c.supervisionPhone) {
          officerBox.appendChild(ui.el('p', 'fm-hint', t('supervision') + ' ' + c.supervisionPhone));
        }
        if (c.page) {
          var more = ui.el('a', 'fm-officer-more', t('officerMore'));
          more.setAttribute('href', c.page);
          officerBox.appendChild(more);
        }
        officerBox.hidden = false;
      }, function () {
        officerBox.hidden = true;
      });
  }

  function locateDevice(initial) {
    window.CgMap.devicePosition().then(function (p) {
      if (p.crs === 'wgs84') {
        setHere(p.lat, p.lon, 'device');
        return;
      }
      window.CgMap.locate(api, p.lat, p.lon, p.crs).then(function (at) {
        setHere(at.point.lat, at.point.lon, 'device');
      }, function () {
        setHere(fallback.lat, fallback.lon, 'fallback', t('whereOutside'));
      });
    }, function (error) {
      if (initial || !state.here || where.getAttribute('data-source') === 'fallback') {
        setHere(fallback.lat, fallback.lon, 'fallback', error && error.code === 1 ? t('whereDenied') : null);
      } else {
        where.appendChild(ui.el('span', 'fm-place', t('whereDenied')));
      }
    });
  }

  map.on('click', function (e) {
    setHere(e.latlng.lat, e.latlng.lng, 'tap');
  });
  document.getElementById('fm-locate').addEventListener('click', function () { locateDevice(false); });

  // ---- the filters ----
  var chips = document.querySelectorAll('.fm-chip');
  var open = document.getElementById('fm-open');
  var free = document.getElementById('fm-free');
  var port = document.getElementById('fm-port');

  function changed() {
    port.hidden = state.type !== 'EV_CHARGING';
    refreshList();
    drawMap();
  }

  Array.prototype.forEach.call(chips, function (chip) {
    chip.addEventListener('click', function () {
      state.type = chip.getAttribute('data-type');
      Array.prototype.forEach.call(chips, function (other) {
        other.classList.toggle('active', other === chip);
        other.setAttribute('aria-pressed', String(other === chip));
      });
      if (state.type !== 'EV_CHARGING' && state.port) {
        state.port = '';
        port.value = '';
      }
      changed();
    });
  });
  open.addEventListener('change', function () {
    state.open = open.checked;
    changed();
  });
  free.addEventListener('change', function () {
    state.free = free.checked;
    if (!free.checked) {
      state.port = '';
      port.value = '';
    }
    changed();
  });
  port.addEventListener('change', function () {
    state.port = port.value;
    if (state.port) {
      // a port kind means a free port of that kind (the API's portKind implies available)
      state.free = true;
      free.checked = true;
    }
    changed();
  });
  document.getElementById('fm-search').addEventListener('submit', function (e) {
    e.preventDefault();
    state.q = document.getElementById('fm-q').value.trim();
    changed();
  });

  drawMap();
  // the permission already refused: the fallback at once, clearly labelled; otherwise ask (WeChat asks its own way)
  if (navigator.permissions && navigator.permissions.query) {
    navigator.permissions.query({ name: 'geolocation' }).then(function (permission) {
      if (permission.state === 'denied') {
        setHere(fallback.lat, fallback.lon, 'fallback', t('whereDenied'));
        return;
      }
      if (permission.state !== 'granted') {
        // while the user decides, the fallback point, labelled as such
        setHere(fallback.lat, fallback.lon, 'fallback');
      }
      locateDevice(true);
    }, function () { locateDevice(true); });
  } else {
    locateDevice(true);
  }
})();
