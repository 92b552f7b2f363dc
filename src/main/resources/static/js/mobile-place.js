// Where the problem is, for the report form: from the device (the browser's position in WGS-84, or WeChat's in
// GCJ-02 where the page has its API), from a photo's EXIF, or from a tap on the map; the marker can be dragged. Each
// point is located by the platform and shown as its community, street and grid; a point outside the city is refused
// at once. Offline, the point is kept as given and located when the report goes through.
(function () {
  'use strict';

  /**
   * options: map (the map element), text (where the place is said in words), locateButton, msg(name) for texts,
   * fieldError(field, text), start (optional: { lat, lon, source }, a WGS-84 point the form starts at, e.g. the
   * facility a report is about; the device is then not asked by itself). Answers { get(): the place or null,
   * set(lat, lon, crs, source) }.
   */
  function PlacePicker(options) {
    var mapEl = options.map;
    var map = window.CgMap.create(mapEl, { zoom: 13 });
    var msg = options.msg;
    var fieldError = options.fieldError;
    var place = null;
    var marker = null;
    var locating = 0;

    function placeMarker(latlng) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, autoPan: true }).addTo(map);
        marker.on('dragend', function () {
          var p = marker.getLatLng();
          setPlace(p.lat, p.lng, 'wgs84', 'map');
        });
      } else {
        marker.setLatLng(latlng);
      }
    }

    /** The place in words: the community (or street) first, then where that is, and where the point came from. */
    function showPlace(main, source, detail) {
      var text = options.text;
      text.textContent = main;
      if (source) {
        var by = document.createElement('span');
        by.className = 'location-source';
        by.textContent = ' · ' + msg('by-' + source);
        text.appendChild(by);
      }
      if (detail) {
        var more = document.createElement('span');
        more.className = 'location-detail';
        more.textContent = detail;
        text.appendChild(more);
      }
    }

    function names(regions) {
      return regions.filter(function (r) { return r; }).map(function (r) { return r.name; }).join(' · ');
    }

    function setPlace(lat, lon, crs, source) {
      var mine = ++locating;
      fieldError('location', '');
      showPlace(msg('locating'));
      window.CgMap.locate(mapEl.getAttribute('data-api'), lat, lon, crs).then(function (where) {
        if (mine !== locating) {
          return;
        }
        place = { lat: lat, lon: lon, crs: crs, source: source };
        var point = [where.point.lat, where.point.lon];
        placeMarker(point);
        map.setView(point, Math.max(map.getZoom(), 16));
        if (where.community) {
          window.CgMap.showCommunity(map, where.community.code);
        }
        showPlace((where.community || where.street).name, source,
          names([where.district, where.street, where.community ? where.grid : null]));
        mapEl.setAttribute('data-located', [where.grid && where.grid.code, where.community && where.community.code]
          .filter(function (c) { return c; }).join(' '));
      }, function (error) {
        if (mine !== locating) {
          return;
        }
        if (error && error.status === 404) {
          place = null;
          if (marker) {
            map.removeLayer(marker);
            marker = null;
          }
          showPlace(msg('location-none'));
          fieldError('location', msg('outside'));
          return;
        }
        // offline: keep the point as given; the server locates it when the report goes through
        place = { lat: lat, lon: lon, crs: crs, source: source };
        if (crs === 'wgs84') {
          placeMarker([lat, lon]);
        }
        showPlace(lat.toFixed(5) + ', ' + lon.toFixed(5), source);
      });
    }

    map.on('click', function (e) {
      setPlace(e.latlng.lat, e.latlng.lng, 'wgs84', 'map');
    });

    /** The device's position; quietly, when the page asks by itself rather than the user. */
    function locateDevice(quietly) {
      showPlace(msg('locating'));
      window.CgMap.devicePosition().then(function (p) {
        if (!(quietly && place)) {
          setPlace(p.lat, p.lon, p.crs, 'device');
        }
      }, function (error) {
        if (!place) {
          showPlace(msg('location-none'));
        }
        if (!quietly) {
          fieldError('location', error && error.code === 1 ? msg('geolocation-denied') : msg('geolocation'));
        }
      });
    }

    options.locateButton.addEventListener('click', function () { locateDevice(false); });
    if (options.start) {
      setPlace(options.start.lat, options.start.lon, 'wgs84', options.start.source);
    } else if (navigator.permissions && navigator.permissions.query) {
      navigator.permissions.query({ name: 'geolocation' }).then(function (permission) {
        if (permission.state === 'granted' && !place) {
          locateDevice(true);
        }
      }, function () { /* no permissions API: wait for the button */ });
    }

    return {
      get: function () { return place; },
      set: setPlace
    };
  }

  window.CgPlace = { picker: function (options) { return new PlacePicker(options); } };
})();
