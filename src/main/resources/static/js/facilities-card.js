// The convenience map's texts, icons and facility card (便民服务地图, /map). Texts come from the page (bundle
// i18n/facilities, rendered by the server into #fm-texts); data is written only with textContent and attributes.
(function () {
  'use strict';

  /** The page's texts and icons, and small builders that never read data as HTML. */
  function ui(textsEl, iconsEl) {
    var texts = {};
    Array.prototype.forEach.call(textsEl.querySelectorAll('[data-k]'), function (span) {
      texts[span.getAttribute('data-k')] = span.textContent;
    });
    var icons = {};
    var types = [];
    Array.prototype.forEach.call(iconsEl.querySelectorAll('[data-type]'), function (span) {
      icons[span.getAttribute('data-type')] = span.querySelector('svg');
      types.push(span.getAttribute('data-type'));
    });
    var words = {};
    (texts.hoursWords || '').split(',').forEach(function (pair) {
      var kv = pair.split('=');
      if (kv.length === 2) {
        words[kv[0]] = kv[1];
      }
    });

    function t(key, a, b) {
      var text = texts[key] != null ? texts[key] : key;
      return text.replace('{0}', a == null ? '' : String(a)).replace('{1}', b == null ? '' : String(b));
    }

    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) {
        node.className = className;
      }
      if (text != null) {
        node.textContent = text;
      }
      return node;
    }

    function badge(type) {
      var span = el('span', 'fm-badge fm-' + (icons[type] ? type : 'STATION'));
      var icon = icons[type] || icons.STATION;
      if (icon) {
        span.appendChild(icon.cloneNode(true));
      }
      return span;
    }

    return {
      t: t,
      el: el,
      badge: badge,
      types: types,
      escape: function (text) {
        return String(text).replace(/[&<>"']/g, function (c) {
          return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
      },
      /** Our own icon's markup, for Leaflet's layer control (which takes names as HTML). */
      iconHtml: function (type) {
        return badge(type).outerHTML;
      },
      distance: function (m) {
        if (m == null) {
          return '';
        }
        return m < 1000 ? t('metres', Math.round(m)) : t('kilometres', (m / 1000).toFixed(1));
      },
      openBadge: function (open) {
        return el('span', 'fm-state ' + (open ? 'fm-yes' : 'fm-no'), t(open ? 'open' : 'closed'));
      },
      /** Free spaces or ports now, for the list; null for other types or without a live count. */
      liveSummary: function (f) {
        if (f.parking) {
          return f.parking.freeSpaces == null ? t('freeUnknown') : t('freeSpaces', f.parking.freeSpaces);
        }
        if (f.charging) {
          return t('freePorts', f.charging.portsFreeDc, f.charging.portsFreeAc);
        }
        return null;
      },
      /** Opening hours (OpenStreetMap's syntax) in words where the bundle has them. */
      hours: function (text) {
        if (!text || text.trim() === '24/7') {
          return t('hoursAllDay');
        }
        return text.replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH|off)\b/g, function (w) { return words[w] || w; });
      }
    };
  }

  /** The card of one facility, read from GET /facilities/{id} (with its ports). */
  function create(section, ui, options) {
    var t = ui.t;
    var current = null;
    var opened = 0;

    function row(dl, label, id, value) {
      dl.appendChild(ui.el('dt', null, label));
      var dd = ui.el('dd');
      dd.id = id;
      if (value instanceof Node) {
        dd.appendChild(value);
      } else {
        dd.textContent = value;
      }
      dl.appendChild(dd);
      return dd;
    }

    function ports(charging) {
      var ul = ui.el('ul', 'fm-ports');
      ['DC', 'AC'].forEach(function (kind) {
        var all = (charging.ports || []).filter(function (p) { return p.kind === kind; });
        if (!all.length) {
          return;
        }
        var free = all.filter(function (p) { return p.state === 'FREE'; }).length;
        var head = ui.el('li', 'fw-semibold');
        head.id = 'fm-card-ports-' + kind;
        head.setAttribute('data-free', free);
        head.appendChild(ui.el('span', null, t(kind)));
        head.appendChild(ui.el('span', null, t('portsFree', free, all.length)));
        ul.appendChild(head);
        var byPower = {};
        all.forEach(function (p) {
          var kw = String(Number(p.powerKw));
          byPower[kw] = byPower[kw] || { total: 0, free: 0 };
          byPower[kw].total++;
          byPower[kw].free += p.state === 'FREE' ? 1 : 0;
        });
        Object.keys(byPower).sort(function (a, b) { return Number(b) - Number(a); }).forEach(function (kw) {
          var li = ui.el('li', 'fm-port-row');
          li.setAttribute('data-kind', kind);
          li.setAttribute('data-kw', kw);
          li.appendChild(ui.el('span', null, t('portRow', t(kind), kw)));
          li.appendChild(ui.el('span', null, t('portsFree', byPower[kw].free, byPower[kw].total)));
          ul.appendChild(li);
        });
      });
      return ul;
    }

    /**
     * "Report a fault here": how many reports about the facility are open now (a count only), and the way to the
     * citizen's report form, which starts at the facility's place with the category of its type and links the report
     * to it. Not signed in, the form's page asks to sign in first and comes back.
     */
    function faults(f) {
      var box = ui.el('div', 'fm-faults');
      var count = f.openReports == null ? 0 : f.openReports;
      var said = ui.el('p', 'fm-hint mb-2', count > 0 ? t('openReports', count) : t('noOpenReports'));
      said.id = 'fm-card-reports';
      said.setAttribute('data-count', String(count));
      box.appendChild(said);
      if (options.reportUrl) {
        var report = ui.el('a', 'btn btn-outline-danger btn-sm', t('reportFault'));
        report.id = 'fm-card-report';
        report.href = options.reportUrl + '?about=' + encodeURIComponent('facility:' + f.id);
        box.appendChild(report);
      }
      return box;
    }

    function render(f) {
      var head = ui.el('div', 'fm-card-head');
      head.appendChild(ui.badge(f.type));
      var title = ui.el('div');
      var name = ui.el('h2', null, f.name);
      name.id = 'fm-card-name';
      title.appendChild(name);
      var sub = ui.el('div', 'fm-meta');
      var type = ui.el('span', null, t('type.' + f.type));
      type.id = 'fm-card-type';
      sub.appendChild(type);
      sub.appendChild(document.createTextNode(' '));
      var open = ui.openBadge(f.openNow);
      open.id = 'fm-card-open';
      sub.appendChild(open);
      title.appendChild(sub);
      head.appendChild(title);
      var close = ui.el('button', 'btn-close fm-close');
      close.type = 'button';
      close.id = 'fm-card-close';
      close.setAttribute('aria-label', t('close'));
      close.addEventListener('click', hide);

      var dl = ui.el('dl');
      var d = options.distance(f);
      if (d != null) {
        var dist = row(dl, t('distance'), 'fm-card-distance', ui.distance(d) + ' · ' + t('walk', options.walk(d)));
        dist.setAttribute('data-metres', String(d));
      }
      if (f.address) {
        row(dl, t('address'), 'fm-card-address', f.address);
      }
      row(dl, t('hours'), 'fm-card-hours', ui.hours(f.hours)).setAttribute('data-hours', f.hours || '');
      if (f.features && f.features.length) {
        var tags = ui.el('span', 'fm-tags');
        f.features.forEach(function (code) { tags.appendChild(ui.el('span', 'fm-tag', t('feature.' + code))); });
        row(dl, t('features'), 'fm-card-features', tags);
      }
      if (f.contact) {
        var phone = ui.el('a', null, f.contact);
        phone.href = 'tel:' + f.contact.replace(/[^0-9+]/g, '');
        row(dl, t('contact'), 'fm-card-contact', phone);
      }
      if (f.parking) {
        var lot = f.parking;
        row(dl, t('capacityLabel'), 'fm-card-capacity', t('capacity', lot.capacity));
        row(dl, t('freeLabel'), 'fm-card-free', lot.freeSpaces == null ? t('freeUnknown')
          : t('freeSpaces', lot.freeSpaces)).setAttribute('data-free', lot.freeSpaces == null ? '' : lot.freeSpaces);
        if (lot.fee) {
          row(dl, t('fee'), 'fm-card-fee', lot.fee);
        }
        if (lot.sharingHours) {
          row(dl, t('sharing'), 'fm-card-sharing', ui.hours(lot.sharingHours) + ' · ' +
            t(lot.sharedNow ? 'sharedNow' : 'sharedLater'));
        }
      }
      if (f.charging) {
        row(dl, t('ports'), 'fm-card-ports', ports(f.charging));
      }
      if (f.stalls) {
        if (f.stalls.pitches != null) {
          row(dl, t('pitchesLabel'), 'fm-card-pitches', t('pitches', f.stalls.pitches));
        }
        if (f.stalls.goods && f.stalls.goods.length) {
          row(dl, t('goods'), 'fm-card-goods', f.stalls.goods.join('、'));
        }
        if (['STALL_AREA', 'EARLY_NIGHT_MARKET', 'SEASONAL_STALL'].indexOf(f.type) >= 0) {
          var apply = ui.el('a', 'btn btn-primary btn-sm', t('applyPitch'));
          apply.id = 'fm-card-apply';
          apply.href = options.api.replace(/\/api\/v1$/, '') + '/citizen/pitches/apply?facility=' + encodeURIComponent(f.id);
          row(dl, '', 'fm-card-pitch', apply);
        }
      }
      var nodes = [close, head, dl, faults(f)];
      if (f.liveUpdatedAt) {
        var at = new Date(f.liveUpdatedAt).toLocaleTimeString(document.documentElement.lang || 'zh-CN',
          { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
        nodes.push(ui.el('p', 'fm-hint mb-0', t('liveAt', at)));
      }
      section.replaceChildren.apply(section, nodes);
      section.setAttribute('data-id', String(f.id));
      section.classList.remove('d-none');
    }

    function hide() {
      current = null;
      section.classList.add('d-none');
      section.removeAttribute('data-id');
    }

    function open(id) {
      var mine = ++opened;
      current = id;
      section.setAttribute('data-state', 'loading');
      fetch(options.api + '/facilities/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (f) {
          if (mine !== opened) {
            return;
          }
          render(f);
          section.setAttribute('data-state', 'ready');
          options.show(f);
          section.scrollIntoView({ block: 'nearest' });
        }, function () {
          if (mine === opened) {
            section.replaceChildren(ui.el('p', 'fm-empty mb-0', t('failed')));
            section.classList.remove('d-none');
            section.setAttribute('data-state', 'failed');
          }
        });
    }

    return { open: open, hide: hide, id: function () { return current; } };
  }

  window.CgFacilityCard = { ui: ui, create: create };
})();
