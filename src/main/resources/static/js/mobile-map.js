// Maps of the mobile pages, on Leaflet. With a tile URL configured (chengguan.map.tile-url) the tiles are drawn
// underneath; without one nothing is fetched from outside: the map draws the platform's own GeoJSON — the city, the
// streets of the district in view and, zoomed in, the community in view with its unit grids — so that tapping a
// place still means something. All geometry is WGS-84.
(function () {
  'use strict';

  var cache = {};

  function getJson(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            var error = new Error('HTTP ' + response.status);
            error.status = response.status;
            throw error;
          }
          return response.json();
        });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  var STYLE = {
    city: { color: '#5c6f82', weight: 2, fillColor: '#f8f9fa', fillOpacity: 1, interactive: false },
    street: { color: '#8aa0b6', weight: 1.5, dashArray: '4 3', fill: false, interactive: false },
    community: { color: '#0d6efd', weight: 2, fillColor: '#0d6efd', fillOpacity: 0.03, interactive: false },
    grid: { color: '#6ea8fe', weight: 0.7, fill: false, interactive: false }
  };

  function api(el) {
    return el.getAttribute('data-api') || '/api/v1';
  }

  /** A region's name on the map (as text: names are data). */
  function label(layer, text, latlng, extraClass) {
    var span = document.createElement('span');
    span.textContent = text;
    return L.tooltip({ permanent: true, direction: 'center', interactive: false,
      className: 'area-label' + (extraClass ? ' ' + extraClass : '') })
      .setLatLng(latlng).setContent(span).addTo(layer);
  }

  /** Creates the map of the element; options.context: false to skip the streets/communities overlay. */
  function create(el, options) {
    options = options || {};
    var maxZoom = parseInt(el.getAttribute('data-max-zoom'), 10) || 19;
    var map = L.map(el, { maxZoom: maxZoom, zoomSnap: 0.5, attributionControl: !!el.getAttribute('data-tile-url') });
    var centre = [parseFloat(el.getAttribute('data-centre-lat')), parseFloat(el.getAttribute('data-centre-lon'))];
    map.setView(centre, options.zoom || 14);
    map.cg = { api: api(el), context: L.layerGroup().addTo(map), districts: {}, communities: {}, order: [] };
    var tiles = el.getAttribute('data-tile-url');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: maxZoom, attribution: el.getAttribute('data-tile-attribution') || '' }).addTo(map);
    } else {
      el.classList.add('map-plain');
      drawCity(map);
    }
    if (options.context !== false) {
      var timer = null;
      map.on('moveend', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { drawContext(map); }, 250);
      });
      drawContext(map);
    }
    return map;
  }

  function drawCity(map) {
    getJson(map.cg.api + '/regions').then(function (roots) {
      roots.forEach(function (root) {
        getJson(map.cg.api + '/regions/' + encodeURIComponent(root.code)).then(function (city) {
          var layer = L.geoJSON(city.geometry, { style: STYLE.city, interactive: false }).addTo(map);
          layer.bringToBack();
        });
      });
    }).catch(function () { /* the map still works without the outline */ });
  }

  /** Streets of the district in view; the community in view with its grids when zoomed in. */
  function drawContext(map) {
    if (map.getZoom() < 12) {
      return;
    }
    var c = map.getCenter();
    locate(map, c.lat, c.lng, 'wgs84').then(function (where) {
      if (where.district) {
        showDistrict(map, where.district.code);
      }
      if (where.community && map.getZoom() >= 15) {
        showCommunity(map, where.community.code);
      }
    }).catch(function () { /* outside the city, or offline */ });
  }

  function showDistrict(map, code) {
    if (map.cg.districts[code]) {
      return;
    }
    var layer = L.layerGroup().addTo(map.cg.context);
    map.cg.districts[code] = layer;
    getJson(map.cg.api + '/regions/' + encodeURIComponent(code)).then(function (district) {
      district.children.forEach(function (street) {
        getJson(map.cg.api + '/regions/' + encodeURIComponent(street.code)).then(function (s) {
          L.geoJSON(s.geometry, { style: STYLE.street, interactive: false }).addTo(layer);
          if (s.labelPoint) {
            label(layer, s.name, [s.labelPoint.lat, s.labelPoint.lon], 'street-label');
          }
        });
      });
    }).catch(function () { delete map.cg.districts[code]; });
  }

  /** Draws a community's outline, name and unit grids (at most a few communities are kept drawn). */
  function showCommunity(map, code, gridStyle) {
    if (map.cg.communities[code]) {
      return map.cg.communities[code].ready;
    }
    var layer = L.layerGroup().addTo(map.cg.context);
    var entry = { layer: layer };
    map.cg.communities[code] = entry;
    map.cg.order.push(code);
    while (map.cg.order.length > 6) {
      var old = map.cg.order.shift();
      map.cg.context.removeLayer(map.cg.communities[old].layer);
      delete map.cg.communities[old];
    }
    entry.ready = Promise.all([
      getJson(map.cg.api + '/regions/' + encodeURIComponent(code)),
      getJson(map.cg.api + '/regions/' + encodeURIComponent(code) + '/grids.geojson')
    ]).then(function (both) {
      var community = both[0];
      var grids = L.geoJSON(both[1], { style: gridStyle || STYLE.grid, interactive: false }).addTo(layer);
      L.geoJSON(community.geometry, { style: STYLE.community, interactive: false }).addTo(layer);
      if (community.labelPoint) {
        label(layer, community.name, [community.labelPoint.lat, community.labelPoint.lon], 'community-label');
      }
      return { community: community, grids: grids };
    });
    entry.ready.catch(function () {
      map.cg.context.removeLayer(layer);
      delete map.cg.communities[code];
    });
    return entry.ready;
  }

  /** Where a point lies (grid, community, street, district) and the WGS-84 point used; rejects outside the city. */
  function locate(mapOrApi, lat, lon, crs) {
    var base = typeof mapOrApi === 'string' ? mapOrApi : mapOrApi.cg.api;
    return getJson(base + '/locate?lat=' + encodeURIComponent(lat) + '&lon=' + encodeURIComponent(lon) +
      '&crs=' + encodeURIComponent(crs || 'wgs84'));
  }

  /** A marker showing a category's picture: its character on its class's colour (set as text, never as HTML). */
  function glyphMarker(latlng, glyph, tone, extraClass) {
    var span = document.createElement('span');
    span.className = 'map-glyph tone-' + (tone || 'none');
    span.textContent = glyph || '?';
    var icon = L.divIcon({ className: 'glyph-pin' + (extraClass ? ' ' + extraClass : ''), html: span,
      iconSize: [30, 30], iconAnchor: [15, 15], popupAnchor: [0, -14] });
    return L.marker(latlng, { icon: icon, keyboard: false });
  }

  /** The device's position: WeChat's own API (GCJ-02) where the page has it configured, else the browser's. */
  function devicePosition() {
    return new Promise(function (resolve, reject) {
      function browser() {
        if (!navigator.geolocation) {
          reject({ code: 0 });
          return;
        }
        navigator.geolocation.getCurrentPosition(function (p) {
          resolve({ lat: p.coords.latitude, lon: p.coords.longitude, crs: 'wgs84' });
        }, reject, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
      }
      if (window.wx && typeof window.wx.getLocation === 'function') {
        window.wx.getLocation({
          type: 'gcj02',
          success: function (res) { resolve({ lat: res.latitude, lon: res.longitude, crs: 'gcj02' }); },
          fail: browser
        });
      } else {
        browser();
      }
    });
  }

  window.CgMap = {
    create: create, getJson: getJson, locate: locate, showCommunity: showCommunity, glyphMarker: glyphMarker,
    devicePosition: devicePosition, STYLE: STYLE
  };
})();
