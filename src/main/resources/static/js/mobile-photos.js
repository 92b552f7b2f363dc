// A photo picker of the report form: the camera or the album, each photo uploaded as soon as it is chosen (retried
// on a bad network), with its thumbnail from the phone itself, a GPS mark when the photo says where it was taken,
// and a way to remove it. At most options.max photos.
(function () {
  'use strict';

  var net = window.CgNet;

  /**
   * options: url (where photos are posted), max, maxBytes, msg(name) for texts, fieldError(field, text) to say
   * what went wrong next to the picker.
   */
  function PhotoPicker(el, options) {
    /** What a refused upload without our own message means. */
    function failure(status) {
      return options.msg(status === 413 ? 'photo-size' : status === 415 ? 'photo-type'
        : status === 401 || status === 403 ? 'session' : 'unknown');
    }

    var field = el.getAttribute('data-field');
    var grid = el.querySelector('.photo-grid');
    var firstAdd = grid.querySelector('.photo-add');
    var items = [];
    var picker = { field: field, items: items, onChange: function () {} };

    function refresh() {
      el.classList.toggle('full', items.length >= options.max);
      picker.onChange();
    }

    function setState(item, state, text) {
      item.state = state;
      item.tile.classList.toggle('uploaded', state === 'uploaded');
      item.tile.classList.toggle('failed', state === 'failed');
      item.stateEl.textContent = text || '';
    }

    function upload(item) {
      if (item.file.size > options.maxBytes) {
        setState(item, 'failed', options.msg('upload-failed'));
        options.fieldError(field, options.msg('photo-size'));
        return;
      }
      setState(item, 'uploading', options.msg('uploading'));
      var body = new FormData();
      body.append('file', item.file, item.file.name || 'photo.jpg');
      net.withRetry(function () {
        return net.fetchWithin(options.url, { method: 'POST', body: body, credentials: 'same-origin',
          headers: net.headers({ Accept: 'application/json' }) }, 60000);
      }, [1000, 3000]).then(net.readAnswer).then(function (answer) {
        if (items.indexOf(item) < 0) {
          return;
        }
        if (answer.response.ok && answer.body) {
          item.id = answer.body.id;
          item.takenAt = answer.body.takenAt || null;
          setState(item, 'uploaded', '');
          item.tile.setAttribute('data-photo-id', item.id);
          if (item.takenAt) {
            var gps = document.createElement('span');
            gps.className = 'photo-gps';
            gps.textContent = 'GPS';
            item.tile.appendChild(gps);
          }
        } else {
          setState(item, 'failed', options.msg('upload-failed'));
          options.fieldError(field, (answer.body && answer.body.message) || failure(answer.response.status));
        }
        refresh();
      }, function () {
        if (items.indexOf(item) >= 0) {
          setState(item, 'failed', options.msg('upload-failed'));
          options.fieldError(field, options.msg('photo-network'));
          refresh();
        }
      });
    }

    function add(file) {
      var item = { file: file, id: null, takenAt: null, state: 'uploading' };
      var tile = document.createElement('div');
      tile.className = 'photo-tile';
      var img = document.createElement('img');
      img.alt = '';
      img.src = URL.createObjectURL(file);
      var stateEl = document.createElement('span');
      stateEl.className = 'photo-state';
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'photo-remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', options.msg('remove'));
      tile.appendChild(img);
      tile.appendChild(stateEl);
      tile.appendChild(remove);
      grid.insertBefore(tile, firstAdd);
      item.tile = tile;
      item.stateEl = stateEl;
      items.push(item);
      remove.addEventListener('click', function () {
        items.splice(items.indexOf(item), 1);
        grid.removeChild(tile);
        URL.revokeObjectURL(img.src);
        options.fieldError(field, '');
        refresh();
      });
      stateEl.addEventListener('click', function () {
        if (item.state === 'failed') {
          options.fieldError(field, '');
          upload(item);
        }
      });
      upload(item);
    }

    Array.prototype.forEach.call(el.querySelectorAll('.photo-input'), function (input) {
      input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files || []);
        input.value = '';
        options.fieldError(field, '');
        var room = options.max - items.length;
        if (files.length > room) {
          options.fieldError(field, options.msg('too-many'));
        }
        files.slice(0, Math.max(0, room)).forEach(add);
        refresh();
      });
    });

    picker.ids = function () {
      return items.filter(function (i) { return i.state === 'uploaded'; }).map(function (i) { return i.id; });
    };
    picker.busy = function () {
      return items.some(function (i) { return i.state === 'uploading'; });
    };
    picker.located = function () {
      return items.filter(function (i) { return i.state === 'uploaded' && i.takenAt; })[0] || null;
    };
    return picker;
  }

  window.CgPhotos = { picker: function (el, options) { return new PhotoPicker(el, options); } };
})();
