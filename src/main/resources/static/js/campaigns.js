// The campaign progress page's charts (ECharts 5): per measure with a target, grouped bars of target and actual for
// the campaign, each district and each street. Data sits in data-* attributes the server wrote; no user text here
// is read as HTML (ECharts draws names as text).
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(',').map(function (v) { return v === '' ? null : Number(v); });
  }

  function draw(el) {
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: (el.dataset.units || '').split(','), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', min: 0 },
      series: [
        { name: el.dataset.targetName, type: 'bar', data: numbers(el.dataset.targets) },
        { name: el.dataset.actualName, type: 'bar', data: numbers(el.dataset.actuals), label: { show: true, position: 'top' } }
      ]
    });
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = [];
    document.querySelectorAll('.campaign-chart').forEach(function (el) { charts.push(draw(el)); });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    var main = document.querySelector('main.campaign-progress');
    if (main) { main.dataset.drawn = 'yes'; }
  });
}());
