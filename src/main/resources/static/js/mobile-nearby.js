// Open cases around a point on the map, so people see a problem is already reported. The list comes from the
// server as HTML (category and status only, escaped there); the markers are drawn from its data attributes. Only the
// latest search's answer is shown, whatever order the answers arrive in.
(function () {
  'use strict';

  var mapEl = document.getElementById('nearby-map');
  var list = document.getElementById('nearby-list');
  if (!mapEl || !list) {
    return;
  }
  var map = window.CgMap.create(mapEl, { zoom: 15 });
  var markers = L.layerGroup().addTo(map);
  var ring = null;
  var me = null;
  var here = null;
  var radius = document.getElementById('nearby-radius');

  var searches = 0;

  function search(lat, lon, crs) {
    var mine = ++searches;
    var url = list.getAttribute('data-url') + '?lat=' + encodeURIComponent(lat) + '&lon=' + encodeURIComponent(lon) +
      '&crs=' + encodeURIComponent(crs || 'wgs84') + '&radius=' + encodeURIComponent(radius.value);
    here = { lat: lat, lon: lon, crs: crs || 'wgs84' };
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      if (mine === searches) {
        list.innerHTML = html;
        list.setAttribute('data-searched', lat.toFixed(5) + ',' + lon.toFixed(5));
        draw();
      }
    }, function () { /* offline: keep what is shown */ });
  }

  function draw() {
    markers.clearLayers();
    var bounds = [];
    Array.prototype.forEach.call(list.querySelectorAll('.nearby-case'), function (item) {
      var latlng = [parseFloat(item.getAttribute('data-lat')), parseFloat(item.getAttribute('data-lon'))];
      var marker = window.CgMap.glyphMarker(latlng, item.getAttribute('data-glyph'), item.getAttribute('data-tone'));
      marker.bindPopup(document.createTextNode(item.getAttribute('data-label')));
      marker.addTo(markers);
      item.addEventListener('click', function () {
        map.setView(latlng, Math.max(map.getZoom(), 17));
        marker.openPopup();
      });
      bounds.push(latlng);
    });
    if (here && here.crs === 'wgs84') {
      if (ring) {
        map.removeLayer(ring);
      }
      ring = L.circle([here.lat, here.lon], { radius: parseFloat(radius.value), color: '#0d6efd', weight: 1,
        fillOpacity: 0.04, interactive: false }).addTo(map);
      if (me) {
        map.removeLayer(me);
      }
      me = L.circleMarker([here.lat, here.lon], { radius: 7, color: '#fff', weight: 3, fillColor: '#0d6efd',
        fillOpacity: 1, interactive: false }).addTo(map);
      bounds.push([here.lat, here.lon]);
    }
    if (bounds.length > 1) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
    }
  }

  function searchCentre() {
    var c = map.getCenter();
    search(c.lat, c.lng, 'wgs84');
  }

  document.getElementById('nearby-here').addEventListener('click', searchCentre);
  radius.addEventListener('change', function () {
    if (here) {
      search(here.lat, here.lon, here.crs);
    }
  });
  function locateMe(quietly) {
    window.CgMap.devicePosition().then(function (p) {
      // the list wants WGS-84 for the ring and the view: let the server convert a WeChat position
      window.CgMap.locate(mapEl.getAttribute('data-api'), p.lat, p.lon, p.crs).then(function (where) {
        map.setView([where.point.lat, where.point.lon], 16);
        search(where.point.lat, where.point.lon, 'wgs84');
      }, function () {
        search(p.lat, p.lon, p.crs);
      });
    }, function (error) {
      if (quietly) {
        searchCentre();
        return;
      }
      var message = document.createElement('p');
      message.className = 'field-error';
      message.textContent = list.getAttribute(error && error.code === 1 ? 'data-msg-geolocation-denied'
        : 'data-msg-geolocation');
      list.insertBefore(message, list.firstChild);
    });
  }

  document.getElementById('nearby-locate').addEventListener('click', function () { locateMe(false); });
  // where the user already allowed it, start from where they are; else from the map's centre
  if (navigator.permissions && navigator.permissions.query) {
    navigator.permissions.query({ name: 'geolocation' }).then(function (permission) {
      if (permission.state === 'granted') {
        locateMe(true);
      } else {
        searchCentre();
      }
    }, searchCentre);
  } else {
    searchCentre();
  }
})();
