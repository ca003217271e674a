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
