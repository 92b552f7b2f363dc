// The assessment pages' charts (ECharts 5): the ranking page's 12-week closure trend and the public scoreboard's
// bars per district, drawn without animation (a printout or screenshot shows the figures at once). The data sits in data-* attributes written by the server; nothing here is user text.
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').map(function (v) { return v === '' ? null : Number(v); });
  }

  function percentAxis() {
    return { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  }

  function trend(el) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: (el.dataset.weeks || '').split(',') },
      yAxis: percentAxis(),
      series: [
        { name: el.dataset.closureName, type: 'line', smooth: true, connectNulls: true, data: numbers(el.dataset.closure) },
        { name: el.dataset.ontimeName, type: 'line', smooth: true, connectNulls: true, data: numbers(el.dataset.ontime) }
      ]
    });
    return chart;
  }

  function districts(el) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: (el.dataset.names || '').split(',') },
      yAxis: percentAxis(),
      series: [
        { name: el.dataset.closureName, type: 'bar', data: numbers(el.dataset.closure), label: { show: true, position: 'top', formatter: '{c}%' } },
        { name: el.dataset.satisfactionName, type: 'bar', data: numbers(el.dataset.satisfaction), label: { show: true, position: 'top', formatter: '{c}%' } }
      ]
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = [];
    var t = document.getElementById('chart-trend');
    if (t) { charts.push(trend(t)); }
    var d = document.getElementById('chart-districts');
    if (d) { charts.push(districts(d)); }
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    var main = document.querySelector('main.assessment');
    if (main) { main.dataset.drawn = 'yes'; }
  });
}());
