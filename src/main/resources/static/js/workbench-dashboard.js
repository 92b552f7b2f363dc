// The leader's dashboard: the map (areas coloured by open cases, open cases as points) and the ECharts charts, drawn
// from /dashboard/figures. Texts come from the page (data-* attributes), names from the server; both go in as text.
(function () {
  'use strict';

  var page = document.getElementById('dashboard');
  var colours = { GREEN: '#198754', YELLOW: '#ffc107', RED: '#dc3545', NONE: '#6c757d' };

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) {
      return null;
    }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(option);
    window.addEventListener('resize', function () {
      c.resize();
    });
    return c;
  }

  function charts(f) {
    var t = page.dataset;
    chart('chart-areas', {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 24 },
      xAxis: { type: 'category', data: f.areas.map(function (a) { return a.name; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t.intake, type: 'bar', barMaxWidth: 18, data: f.areas.map(function (a) { return a.intakeToday; }), itemStyle: { color: '#0d6efd' } },
        { name: t.open, type: 'bar', barMaxWidth: 18, data: f.areas.map(function (a) { return a.open; }), itemStyle: { color: '#6f42c1' } },
        { name: t.overdue, type: 'bar', barMaxWidth: 18, data: f.areas.map(function (a) { return a.overdue; }), itemStyle: { color: '#dc3545' } },
        { name: t.closedToday, type: 'bar', barMaxWidth: 18, data: f.areas.map(function (a) { return a.closedToday; }), itemStyle: { color: '#198754' } }
      ]
    });
    chart('chart-trend', {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 30, bottom: 24 },
      xAxis: { type: 'category', boundaryGap: false, data: f.days.map(function (d) { return d.day; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t.reported, type: 'line', areaStyle: { opacity: 0.15 }, data: f.days.map(function (d) { return d.reported; }), itemStyle: { color: '#0d6efd' } },
        { name: t.closed, type: 'line', areaStyle: { opacity: 0.15 }, data: f.days.map(function (d) { return d.closed; }), itemStyle: { color: '#198754' } }
      ]
    });
    chart('chart-statuses', {
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], label: { formatter: '{c}' },
        data: f.statuses.map(function (s) { return { name: s.label, value: s.count }; })
      }]
    });
    chart('chart-categories', {
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 100, right: 24, top: 10, bottom: 20 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: f.categories.map(function (c) { return c.label; }) },
      series: [{ type: 'bar', barMaxWidth: 16, data: f.categories.map(function (c) { return c.count; }), itemStyle: { color: '#fd7e14' },
        label: { show: true, position: 'right' } }]
    });
  }

  function popup(p) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = '/cases/' + p.id;
    link.textContent = p.number;
    link.className = 'font-monospace';
    var what = document.createElement('div');
    what.textContent = p.category;
    var status = document.createElement('div');
    status.className = 'text-muted';
    status.textContent = p.status;
    box.appendChild(link);
    box.appendChild(what);
    box.appendChild(status);
    return box;
  }

  function map(f) {
    var el = document.getElementById('dashboard-map');
    if (!el || !window.L) {
      return;
    }
    var m = L.map(el, { attributionControl: !!page.dataset.tiles, preferCanvas: true }).setView([33.95, 116.8], 10);
    if (page.dataset.tiles) {
      L.tileLayer(page.dataset.tiles, { maxZoom: 18, attribution: page.dataset.attribution || '' }).addTo(m);
    }
    var open = {};
    var max = 1;
    f.areas.forEach(function (a) {
      open[a.code] = a;
      max = Math.max(max, a.open);
    });
    var points = L.layerGroup();
    f.points.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], { radius: 5, weight: 1, color: '#fff', fillColor: colours[p.colour] || colours.NONE,
        fillOpacity: 0.95 }).bindPopup(popup(p)).addTo(points);
    });
    var all = L.featureGroup().addTo(m);
    Promise.all(f.areas.map(function (a) {
      return fetch('/api/v1/regions/' + a.code).then(function (r) {
        return r.ok ? r.json() : null;
      }).catch(function () {
        return null;
      });
    })).then(function (regions) {
      regions.forEach(function (region) {
        if (!region || !region.geometry) {
          return;
        }
        var a = open[region.code] || { open: 0, name: region.name };
        var share = a.open / max;
        var layer = L.geoJSON({ type: 'Feature', properties: {}, geometry: region.geometry }, {
          style: { color: '#495057', weight: 1.2, fillColor: '#6f42c1', fillOpacity: 0.08 + 0.45 * share }
        });
        var label = document.createElement('span');
        label.textContent = region.name + ' ' + a.open;
        layer.bindTooltip(label, { permanent: true, direction: 'center', className: 'map-label' });
        all.addLayer(layer);
      });
      if (all.getBounds().isValid()) {
        m.fitBounds(all.getBounds(), { padding: [10, 10] });
      }
    }).finally(function () {
      points.addTo(m);
    });
  }

  function start() {
    fetch(page.dataset.figures, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json();
      })
      .then(function (figures) {
        charts(figures);
        map(figures);
        page.dataset.drawn = 'yes';
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
