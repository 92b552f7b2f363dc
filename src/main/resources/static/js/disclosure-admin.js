// The administrators' disclosure pages: a form marked data-confirm (removing an officer) asks before it is sent.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
