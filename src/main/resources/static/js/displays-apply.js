// The outdoor display form's map (特色外摆): a tap places the shop (its lat/lon fields) and the rectangle in front of
// it is drawn from the width, depth and facing fields — the same rectangle the server builds from them.
(function () {
  function start() {
    var el = document.getElementById('display-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var lat = document.getElementById('shopLat');
    var lon = document.getElementById('shopLon');
    var centre = [parseFloat(el.getAttribute('data-centre-lat')), parseFloat(el.getAttribute('data-centre-lon'))];
    var map = L.map(el, { maxZoom: 21 }).setView(lat.value ? [parseFloat(lat.value), parseFloat(lon.value)] : centre, 18);
    if (el.getAttribute('data-tile-url')) {
      L.tileLayer(el.getAttribute('data-tile-url'), { maxZoom: 21 }).addTo(map);
    }
    var marker = null;
    var zone = null;
    function draw() {
      if (!lat.value || !lon.value) {
        return;
      }
      var p = [parseFloat(lat.value), parseFloat(lon.value)];
      var width = parseFloat(document.getElementById('width').value) || 0;
      var depth = parseFloat(document.getElementById('depth').value) || 0;
      var theta = (parseFloat(document.getElementById('facing').value) || 0) * Math.PI / 180;
      var perLat = 111320, perLon = 111320 * Math.cos(p[0] * Math.PI / 180);
      var f = [Math.sin(theta), Math.cos(theta)], r = [Math.cos(theta), -Math.sin(theta)], h = width / 2;
      var corners = [[-h * r[0], -h * r[1]], [h * r[0], h * r[1]], [h * r[0] + depth * f[0], h * r[1] + depth * f[1]],
        [-h * r[0] + depth * f[0], -h * r[1] + depth * f[1]]].map(function (c) {
        return [p[0] + c[1] / perLat, p[1] + c[0] / perLon];
      });
      if (marker) { marker.remove(); }
      if (zone) { zone.remove(); }
      marker = L.circleMarker(p, { radius: 5, color: '#0f766e' }).addTo(map);
      zone = L.polygon(corners, { color: '#0f766e', weight: 2 }).addTo(map);
    }
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(7);
      lon.value = e.latlng.lng.toFixed(7);
      draw();
    });
    ['width', 'depth', 'facing', 'shopLat', 'shopLon'].forEach(function (id) {
      document.getElementById(id).addEventListener('change', draw);
    });
    draw();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
