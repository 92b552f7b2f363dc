// The ranking page's heat map (Leaflet): the period's cases, or its late ones, counted per square cell by the server
// (/assessment/heat) and drawn as coloured squares with a legend. The cell follows the zoom (about 16 px a side) and
// only the visible part of the map (with a margin) is asked for. Without a tile URL the scope's own outline is the
// base map, so the page works offline. Texts come from data-* attributes and go in as text.
(function () {
  'use strict';

  var CELLS = [50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000];
  var RAMPS = {
    cases: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
    overdue: ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15']
  };

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) {
      return values[Number(i)];
    });
  }

  function text(words) {
    var span = document.createElement('span');
    span.textContent = words;
    return span;
  }

  /** Upper bounds of up to five classes on a logarithmic scale from 1 to max; the last is max. */
  function classes(max) {
    var bounds = [];
    for (var k = 1; k <= 5; k++) {
      var v = Math.ceil(Math.pow(Math.max(1, max), k / 5));
      if (bounds.length === 0 || v > bounds[bounds.length - 1]) {
        bounds.push(v);
      }
    }
    return bounds;
  }

  function colourOf(count, bounds, ramp) {
    for (var i = 0; i < bounds.length; i++) {
      if (count <= bounds[i]) {
        return ramp[ramp.length - bounds.length + i];
      }
    }
    return ramp[ramp.length - 1];
  }

  function start(el) {
    var d = el.dataset;
    var status = document.getElementById('heat-status');
    var centre = [Number(d.centreLat), Number(d.centreLon)];
    var map = L.map(el, { attributionControl: !!d.tiles, zoomSnap: 0.25 }).setView(centre, 11);
    if (d.tiles) {
      L.tileLayer(d.tiles, { maxZoom: Number(d.maxZoom) || 18, attribution: d.attribution || '' }).addTo(map);
    }
    var layers = { cases: L.featureGroup().addTo(map), overdue: L.featureGroup() };
    var current = 'cases';
    var asked = 0;
    var legend = L.control({ position: 'bottomright' });
    var legendBox = document.createElement('div');
    legendBox.className = 'heat-legend';
    legendBox.id = 'heat-legend';
    legend.onAdd = function () {
      return legendBox;
    };
    legend.addTo(map);

    function say(text) {
      status.textContent = text;
    }

    function cellMetres() {
      var metresPerPixel = 156543.03 * Math.cos(map.getCenter().lat * Math.PI / 180) / Math.pow(2, map.getZoom());
      var wanted = metresPerPixel * 16;
      for (var i = 0; i < CELLS.length; i++) {
        if (CELLS[i] >= wanted) {
          return CELLS[i];
        }
      }
      return CELLS[CELLS.length - 1];
    }

    function bbox() {
      var b = map.getBounds().pad(0.25);
      var clamp = function (v, lo, hi) {
        return Math.min(hi, Math.max(lo, v)).toFixed(5);
      };
      return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
        clamp(b.getNorth(), -90, 90)].join(',');
    }

    function drawLegend(heat) {
      legendBox.replaceChildren();
      var title = document.createElement('div');
      title.className = 'fw-semibold';
      title.textContent = d.textLegend;
      legendBox.appendChild(title);
      var bounds = classes(heat.max);
      var ramp = RAMPS[heat.layer];
      var low = 1;
      bounds.forEach(function (high) {
        var row = document.createElement('div');
        var swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = colourOf(high, bounds, ramp);
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(low === high ? String(high) : low + '–' + high));
        legendBox.appendChild(row);
        low = high + 1;
      });
    }

    function draw(heat) {
      var group = layers[heat.layer];
      group.clearLayers();
      var bounds = classes(heat.max);
      var ramp = RAMPS[heat.layer];
      heat.cells.forEach(function (c) {
        L.rectangle([[c.south, c.west], [c.north, c.east]], {
          className: 'heat-cell heat-' + heat.layer, weight: 0.5, color: '#ffffff', opacity: 0.6,
          fillColor: colourOf(c.cases, bounds, ramp), fillOpacity: 0.72
        }).bindTooltip(text(fill(d.textCell, [c.cases]))).addTo(group);
      });
      drawLegend(heat);
      var words = [fill(d.textNote, [heat.cellMetres]), fill(d.textTotal, [heat.total])];
      if (heat.total === 0) {
        words.push(d.textEmpty);
      }
      if (heat.truncated) {
        words.push(d.textTruncated);
      }
      say(words.join(' '));
      el.dataset.layer = heat.layer;
      el.dataset.cells = String(heat.cells.length);
      el.dataset.total = String(heat.total);
      el.dataset.state = 'drawn';
    }

    function load() {
      var layer = current;
      var ask = ++asked;
      el.dataset.state = 'loading';
      say(d.textLoading);
      var query = new URLSearchParams({ period: d.period, region: d.region, layer: layer, cell: String(cellMetres()),
        bbox: bbox() });
      fetch(d.url + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) {
          return r.json().then(function (body) {
            if (!r.ok) {
              throw new Error(body.detail || body.title || String(r.status));
            }
            return body;
          });
        })
        .then(function (heat) {
          if (ask === asked && layer === current) {
            draw(heat);
          }
        })
        .catch(function (e) {
          if (ask === asked) {
            el.dataset.state = 'failed';
            say(fill(d.textFailed, [e.message]));
          }
        });
    }

    function show(layer) {
      if (layer === current) {
        return;
      }
      map.removeLayer(layers[current]);
      current = layer;
      layers[current].addTo(map);
      document.querySelectorAll('#heat-layers button').forEach(function (b) {
        var on = b.dataset.layer === layer;
        b.classList.toggle('active', on);
        b.setAttribute('aria-pressed', String(on));
      });
      load();
    }

    document.querySelectorAll('#heat-layers button').forEach(function (b) {
      b.addEventListener('click', function () {
        show(b.dataset.layer);
      });
    });

    var waiting = null;
    function later() {
      clearTimeout(waiting);
      waiting = setTimeout(load, 250);
    }

    fetch(d.regions + encodeURIComponent(d.region), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .catch(function () {
        return null;
      })
      .then(function (region) {
        if (region && region.geometry) {
          var outline = outlineOf(region.geometry, 1.5).addTo(map);
          map.fitBounds(outline.getBounds(), { padding: [8, 8], animate: false });
          children(region);
        }
        map.on('moveend', later);
        load();
      });

    function outlineOf(geometry, weight) {
      return L.geoJSON({ type: 'Feature', properties: {}, geometry: geometry }, {
        interactive: false, style: { color: '#495057', weight: weight, opacity: 0.7, fill: false }
      });
    }

    /** The outlines one level down (districts, streets, communities), for orientation; not the many grids. */
    function children(region) {
      var codes = (region.children || []).map(function (c) {
        return c.code;
      });
      if (codes.length === 0 || codes.length > 40) {
        return;
      }
      codes.forEach(function (code) {
        fetch(d.regions + encodeURIComponent(code), { headers: { Accept: 'application/json' } })
          .then(function (r) {
            return r.ok ? r.json() : null;
          })
          .then(function (child) {
            if (child && child.geometry) {
              outlineOf(child.geometry, 0.7).addTo(map);
            }
          })
          .catch(function () {
            // the outlines are only for orientation
          });
      });
    }
  }

  function init() {
    var el = document.getElementById('heat-map');
    if (el && window.L) {
      start(el);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
