// Broadsheet reader site: small progressive enhancements. Every feature also works without
// JavaScript (links to /preferences, plain "Show More" links); this script only makes them instant.
(function () {
  'use strict';
  var root = document.documentElement;
  var YEAR = 60 * 60 * 24 * 365;

  function setCookie(name, value) {
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = name + '=' + value + '; Path=/; Max-Age=' + YEAR + '; SameSite=Lax' + secure;
  }

  var toastTimer;
  function toast(message) {
    var box = document.getElementById('toast');
    if (!box) { return; }
    box.textContent = message;
    box.classList.add('visible');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.classList.remove('visible'); }, 2500);
  }

  function on(selector, handler) {
    document.addEventListener('click', function (event) {
      var target = event.target.closest(selector);
      if (target) { handler(event, target); }
    });
  }

  // Sign-in modal: the header's "Sign in" link opens a dialog with the form of /login. Pages may be
  // served from a shared cache, so they carry no CSRF token: it is fetched (private, no-store) when
  // the dialog opens. Without the token, or without <dialog>, the link leads to the full page.
  on('[data-sign-in]', function (event, link) {
    var dialog = document.getElementById('sign-in-dialog');
    if (!dialog || typeof dialog.showModal !== 'function' || !window.fetch) { return; }
    event.preventDefault();
    fetch('/login/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('token ' + response.status); }
        return response.json();
      })
      .then(function (csrf) {
        var form = dialog.querySelector('[data-sign-in-form]');
        var field = form.querySelector('[data-csrf]');
        field.name = csrf.parameterName;
        field.value = csrf.token;
        form.querySelector('input[name="return"]').value = location.pathname + location.search;
        dialog.showModal();
        form.querySelector('input[type="email"]').focus();
      })
      .catch(function () { location.href = link.href; });
  });

  // Privacy notice
  on('[data-consent-accept]', function (event) {
    event.preventDefault();
    setCookie('bs_consent', '1');
    var bar = document.getElementById('consent');
    if (bar) { bar.hidden = true; }
  });

  // Text size
  on('[data-font-size]', function (event, link) {
    event.preventDefault();
    var size = link.getAttribute('data-font-size');
    root.setAttribute('data-font', size);
    setCookie('bs_font', size);
    document.querySelectorAll('[data-font-size]').forEach(function (other) {
      if (other === link) { other.setAttribute('aria-current', 'true'); } else { other.removeAttribute('aria-current'); }
    });
    var menu = link.closest('details');
    if (menu) { menu.open = false; }
  });

  // Dark mode: switch away from what is shown now (the system's choice when none was made)
  function effectiveTheme() {
    var theme = root.getAttribute('data-theme');
    if (theme === 'dark' || theme === 'light') { return theme; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  on('[data-theme-toggle]', function (event, link) {
    event.preventDefault();
    var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    setCookie('bs_theme', next);
    link.setAttribute('href', '/preferences?theme=' + (next === 'dark' ? 'light' : 'dark'));
  });

  // Copy link
  on('[data-copy-link]', function (event, link) {
    event.preventDefault();
    var url = link.getAttribute('data-copy-link');
    var done = function () { toast('Link copied to clipboard'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(done, function () { fallbackCopy(url); done(); });
    } else {
      fallbackCopy(url);
      done();
    }
  });
  function fallbackCopy(text) {
    var field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.appendChild(field);
    field.select();
    try { document.execCommand('copy'); } catch (e) { /* the toast still shows the link was offered */ }
    document.body.removeChild(field);
  }

  // Print
  document.querySelectorAll('[data-print]').forEach(function (button) { button.hidden = false; });
  on('[data-print]', function () { window.print(); });

  // Show More: fetch the next page's items and append them in place
  on('[data-show-more]', function (event, link) {
    var list = link.closest('[data-list]') || (link.closest('section') || document).querySelector('[data-list]');
    if (!list || !window.fetch) { return; }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') { return; }
    link.setAttribute('aria-busy', 'true');
    var url = link.getAttribute('href');
    fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'fragment=1', { headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var wrap = link.closest('.show-more-wrap') || link;
        var firstNew = null;
        Array.prototype.slice.call(holder.children).forEach(function (child) {
          var next = child.querySelector('[data-show-more]') || (child.matches('[data-show-more]') ? child : null);
          if (next) {
            wrap.parentNode.insertBefore(child, wrap.nextSibling);
          } else {
            list.insertBefore(child, list.contains(wrap) ? wrap : null);
            firstNew = firstNew || child;
          }
        });
        wrap.parentNode.removeChild(wrap);
        var focusTarget = firstNew && firstNew.querySelector('a[href]:not([tabindex="-1"])');
        if (focusTarget) { focusTarget.focus(); }
      })
      .catch(function () { window.location.href = url; });
  });

  // View beacon: one read of this story for "Top Stories". No cookie; works when the page came from a cache.
  var story = document.querySelector('article.story[data-story-id]');
  if (story && navigator.sendBeacon) {
    navigator.sendBeacon('/api/v1/view?id=' + encodeURIComponent(story.getAttribute('data-story-id')));
  }

  // Search suggestions as you type: the ARIA combobox pattern with a listbox popup.
  // Without script the box is a plain search form.
  var searchInput = document.getElementById('site-search');
  if (searchInput && searchInput.form && window.fetch) { suggestions(searchInput); }

  function suggestions(input) {
    var form = input.form;
    var list = document.createElement('ul');
    list.id = 'site-search-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search suggestions');
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.appendChild(list);
    form.appendChild(status);
    form.classList.add('has-suggestions');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    var timer, items = [], active = -1, latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', 'site-search-option-' + index);
    }
    function render(data) {
      items = (data && data.suggestions) || [];
      list.textContent = '';
      items.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = 'site-search-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.textContent = item.kind === 'category' ? 'Section' : 'Story';
        li.appendChild(kind);
        li.appendChild(document.createTextNode(' ' + item.label));
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.href = item.url;
        });
        list.appendChild(li);
      });
      if (items.length === 0) {
        close();
        status.textContent = '';
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = items.length + (items.length === 1 ? ' suggestion' : ' suggestions')
        + '. Use the up and down arrow keys to choose one.';
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++latest;
        fetch('/api/v1/suggest?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) { if (mine === latest && input.value.trim() === q) { render(data); } })
          .catch(close);
      }, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden || items.length === 0) { return; }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        choose((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        choose(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].url;
      } else if (event.key === 'Escape') {
        // close the list but keep the text (a search field would clear itself)
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  // Close open menus with Escape or a click elsewhere
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      document.querySelectorAll('details[open]').forEach(function (d) { d.open = false; });
    }
  });
  document.addEventListener('click', function (event) {
    document.querySelectorAll('details.font-resizer[open], details.mobile-menu[open]').forEach(function (d) {
      if (!d.contains(event.target)) { d.open = false; }
    });
  });
})();
