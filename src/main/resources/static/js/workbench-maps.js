// The desktop pages' maps, drawn from the platform's own GeoJSON (no tiles unless chengguan.map.tile-url is set): the
// case over its community's grids, and the workbench's queue as points over the user's areas.
(function () {
  'use strict';

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

  document.addEventListener('htmx:afterSettle', drawQueuePoints);

  function start() {
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
