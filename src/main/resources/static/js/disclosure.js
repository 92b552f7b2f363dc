// 我的社区城管: find the community at the device's position or at a tapped point, and show its card. The card comes
// from the server as HTML (texts escaped there); only the latest search's answer is shown.
(function () {
  'use strict';

  var mapEl = document.getElementById('officers-map');
  var result = document.getElementById('officers-result');
  if (!mapEl || !result) {
    return;
  }
  var map = window.CgMap.create(mapEl, { zoom: 14 });
  var marker = null;
  var searches = 0;

  function say(key) {
    var p = document.createElement('p');
    p.className = key === 'data-msg-searching' ? 'text-muted small' : 'field-error';
    p.textContent = result.getAttribute(key);
    result.replaceChildren(p);
  }

  function mark(lat, lon) {
    if (marker) {
      map.removeLayer(marker);
    }
    marker = L.circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 3, fillColor: '#0d6efd',
      fillOpacity: 1, interactive: false }).addTo(map);
  }

  function search(lat, lon, crs) {
    var mine = ++searches;
    result.removeAttribute('data-searched');
    say('data-msg-searching');
    var url = result.getAttribute('data-url') + '?lat=' + encodeURIComponent(lat) + '&lon=' +
      encodeURIComponent(lon) + '&crs=' + encodeURIComponent(crs || 'wgs84');
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (mine === searches) {
        result.innerHTML = html;
        result.setAttribute('data-searched', Number(lat).toFixed(5) + ',' + Number(lon).toFixed(5));
      }
    }, function () {
      if (mine === searches) {
        say('data-msg-offline');
      }
    });
  }

  map.on('click', function (e) {
    mark(e.latlng.lat, e.latlng.lng);
    search(e.latlng.lat, e.latlng.lng, 'wgs84');
  });

  // one device search at a time: a tap on the button while the page's own search (permission already granted) is
  // still on its way would otherwise show one card and then replace it with the same one
  var locating = false;

  function locateMe(quietly) {
    if (locating) {
      return;
    }
    locating = true;
    window.CgMap.devicePosition().then(function (p) {
      // the marker wants WGS-84: let the server convert a WeChat (GCJ-02) position
      window.CgMap.locate(mapEl.getAttribute('data-api'), p.lat, p.lon, p.crs).then(function (where) {
        map.setView([where.point.lat, where.point.lon], 16);
        mark(where.point.lat, where.point.lon);
      }, function () { /* outside the city: the card says so */ });
      search(p.lat, p.lon, p.crs).then(function () { locating = false; });
    }, function (error) {
      locating = false;
      if (!quietly) {
        say(error && error.code === 1 ? 'data-msg-geolocation-denied' : 'data-msg-geolocation');
      }
    });
  }

  document.getElementById('officers-locate').addEventListener('click', function () {
    // the card shown so far is not the answer to this press (data-searched marks an answered search)
    result.removeAttribute('data-searched');
    locateMe(false);
  });
  if (navigator.permissions && navigator.permissions.query) {
    navigator.permissions.query({ name: 'geolocation' }).then(function (permission) {
      if (permission.state === 'granted') {
        locateMe(true);
      }
    }, function () { /* ask only when the button is pressed */ });
  }
})();
