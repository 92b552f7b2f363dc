// The inspector's grids: the communities of their grids drawn with every unit grid, theirs filled in blue and
// labelled when zoomed in, and their open tasks as markers.
(function () {
  'use strict';

  var mapEl = document.getElementById('grids-map');
  var data = document.getElementById('grid-data');
  if (!mapEl || !data) {
    return;
  }
  var mine = {};
  (data.getAttribute('data-grids') || '').split(',').filter(Boolean).forEach(function (code) { mine[code] = true; });
  var areas = (data.getAttribute('data-areas') || '').split(',').filter(Boolean);
  var map = window.CgMap.create(mapEl, { zoom: 15, context: false });

  function style(feature) {
    return mine[feature.properties.code]
      ? { color: '#0d6efd', weight: 1, fillColor: '#0d6efd', fillOpacity: 0.18, interactive: false }
      : window.CgMap.STYLE.grid;
  }

  var bounds = null;
  Promise.all(areas.map(function (code) {
    return window.CgMap.showCommunity(map, code, style).then(function (drawn) {
      var b = drawn.grids.getBounds();
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }, function () { /* an area that cannot be drawn is left out */ });
  })).then(function () {
    if (bounds) {
      map.fitBounds(bounds, { padding: [12, 12] });
    }
    drawTasks();
  });

  function drawTasks() {
    Array.prototype.forEach.call(document.querySelectorAll('#grid-tasks .grid-task'), function (task) {
      var latlng = [parseFloat(task.getAttribute('data-lat')), parseFloat(task.getAttribute('data-lon'))];
      var marker = window.CgMap.glyphMarker(latlng, task.getAttribute('data-glyph'), task.getAttribute('data-tone'),
        'pin-' + task.getAttribute('data-warning'));
      var link = document.createElement('a');
      link.href = task.getAttribute('href');
      link.textContent = task.getAttribute('data-label');
      marker.bindPopup(link);
      marker.addTo(map);
    });
  }

  var me = null;
  document.getElementById('grids-locate').addEventListener('click', function () {
    window.CgMap.devicePosition().then(function (p) {
      return window.CgMap.locate(mapEl.getAttribute('data-api'), p.lat, p.lon, p.crs);
    }).then(function (where) {
      var latlng = [where.point.lat, where.point.lon];
      if (me) {
        me.setLatLng(latlng);
      } else {
        me = L.circleMarker(latlng, { radius: 8, color: '#fff', weight: 3, fillColor: '#dc3545', fillOpacity: 1 })
          .addTo(map);
      }
      map.setView(latlng, Math.max(map.getZoom(), 17));
    }).catch(function () {
      window.alert(data.getAttribute('data-msg-geolocation'));
    });
  });
})();
