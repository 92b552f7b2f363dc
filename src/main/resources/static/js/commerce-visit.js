// The joint-inspection form's photos: each picked file is uploaded on its own to /cases/photos (the pages' upload,
// signed in by session) and its id kept in a hidden field photos_<ITEM>, so the form posts ids, not files.
(function () {
  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { Accept: 'application/json' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function upload(input) {
    var item = input.getAttribute('data-item');
    var list = document.getElementById('photos-' + item);
    Array.prototype.forEach.call(input.files, function (file) {
      var body = new FormData();
      body.append('file', file);
      list.setAttribute('data-pending', String(Number(list.getAttribute('data-pending') || 0) + 1));
      fetch('/cases/photos', { method: 'POST', body: body, headers: csrfHeaders(), credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (answer.id) {
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = 'photos_' + item;
            hidden.value = answer.id;
            var thumb = document.createElement('img');
            thumb.src = answer.thumbnail;
            thumb.className = 'visit-photo';
            thumb.alt = '';
            list.appendChild(hidden);
            list.appendChild(thumb);
          } else {
            list.appendChild(document.createTextNode(answer.error || '?'));
          }
        })
        .finally(function () {
          list.setAttribute('data-pending', String(Number(list.getAttribute('data-pending')) - 1));
        });
    });
    input.value = '';
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input.visit-photo-input')) {
      upload(event.target);
    }
  });
})();
