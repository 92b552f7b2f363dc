// The inspector's task list: each task counts down to its deadline ("剩余 35 分钟", "已超时 10 分钟") and turns red
// when the deadline passes. The colours the deadline timers mark (yellow at 80 % of the working-time limit) come
// with the list, which htmx reloads every minute.
(function () {
  'use strict';

  var list = document.getElementById('tasks');
  if (!list) {
    return;
  }

  function text(name, value) {
    return (list.getAttribute('data-msg-' + name) || '{0}').replace('{0}', value);
  }

  /** "2 天 3 小时", "3 小时 5 分钟", "35 分钟": the two largest units. */
  function duration(ms) {
    var minutes = Math.max(1, Math.floor(ms / 60000));
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var rest = minutes % 60;
    if (days > 0) {
      return text('days', days) + (hours ? ' ' + text('hours', hours) : '');
    }
    if (hours > 0) {
      return text('hours', hours) + (rest ? ' ' + text('minutes', rest) : '');
    }
    return text('minutes', rest);
  }

  function tick() {
    var now = Date.now();
    Array.prototype.forEach.call(list.querySelectorAll('[data-deadline]'), function (card) {
      var deadline = Date.parse(card.getAttribute('data-deadline'));
      var countdown = card.querySelector('.countdown');
      if (isNaN(deadline) || !countdown) {
        return;
      }
      var left = deadline - now;
      if (left <= 0) {
        countdown.textContent = text('over', duration(-left));
        card.classList.remove('deadline-GREEN', 'deadline-YELLOW');
        card.classList.add('deadline-RED');
      } else {
        countdown.textContent = text('left', duration(left));
      }
    });
  }

  tick();
  setInterval(tick, 20000);
  document.body.addEventListener('htmx:afterSwap', tick);
  // a reload that lands on the sign-in page means the session is gone: show that page instead of inserting it
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') >= 0) {
      event.detail.shouldSwap = false;
      window.location.reload();
    }
  });
})();
