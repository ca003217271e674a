// The story editor's helpers. The form works without them (plain posts); with them it gets a live
// preview, a slug made from the headline, tag suggestions, picture upload, a warning before
// leaving with unsaved changes, and autosave of drafts every 20 seconds while there are changes.
(function () {
  'use strict';
  var form = document.getElementById('story-form');
  if (!form) {
    return;
  }
  var csrf = form.querySelector('input[name="_csrf"]');
  var csrfHeaders = function () {
    return csrf ? { 'X-CSRF-TOKEN': csrf.value } : {};
  };
  var dirty = false;
  var submitting = false;
  var autosaveStatus = document.getElementById('autosave-status');

  function markDirty() {
    dirty = true;
  }
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Slug from the headline, until someone types a slug of their own
  var title = document.getElementById('title');
  var slug = document.getElementById('slug');
  var slugTouched = slug.value !== '' || form.getAttribute('data-new-story') !== 'true';
  function slugOf(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  }
  slug.addEventListener('input', function () {
    slugTouched = slug.value !== '';
  });
  title.addEventListener('input', function () {
    if (!slugTouched) {
      slug.value = slugOf(title.value);
    }
  });

  // Live preview of the body, rendered and sanitised by the server
  var body = document.getElementById('body');
  var preview = document.getElementById('body-preview');
  var previewTimer = null;
  function refreshPreview() {
    var data = new URLSearchParams();
    data.append('body', body.value);
    fetch('/newsroom/stories/preview', { method: 'POST', headers: csrfHeaders(), body: data, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        preview.innerHTML = html; // sanitised on the server by the site's one body sanitiser
      })
      .catch(function () {
        // the preview stays as it was; saving still works
      });
  }
  body.addEventListener('input', function () {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 400);
  });

  // Tag suggestions for the term being typed
  var tags = document.getElementById('tags');
  var suggestions = document.getElementById('tag-suggestions');
  var tagTimer = null;
  tags.addEventListener('input', function () {
    clearTimeout(tagTimer);
    tagTimer = setTimeout(function () {
      var parts = tags.value.split(',');
      var term = parts[parts.length - 1].trim();
      if (term.length < 1) {
        return;
      }
      var before = parts.slice(0, -1).map(function (p) { return p.trim(); }).filter(Boolean);
      fetch('/newsroom/tags/suggest?q=' + encodeURIComponent(term), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (names) {
          suggestions.replaceChildren();
          names.forEach(function (name) {
            var option = document.createElement('option');
            option.value = before.concat([name]).join(', ');
            suggestions.appendChild(option);
          });
        })
        .catch(function () { /* no suggestions */ });
    }, 200);
  });

  // Picture upload into the media library, filling in the address and alt text
  var file = document.getElementById('image-file');
  var uploadStatus = document.getElementById('upload-status');
  var imageUrl = document.getElementById('imageUrl');
  var imageAlt = document.getElementById('imageAlt');
  file.addEventListener('change', function () {
    if (!file.files || file.files.length === 0) {
      return;
    }
    var data = new FormData();
    data.append('file', file.files[0]);
    data.append('alt', imageAlt.value || '');
    uploadStatus.textContent = 'Uploading…';
    fetch('/newsroom/media', { method: 'POST', headers: csrfHeaders(), body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 404) {
          throw new Error('The media library is not available on this site yet: paste the picture\u2019s address below instead.');
        }
        if (response.status === 403) {
          throw new Error('Your role does not let you upload pictures: paste the picture\u2019s address below instead.');
        }
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (json) {
            throw new Error(json.error || 'The upload failed (' + response.status + ').');
          });
        }
        return response.json();
      })
      .then(function (media) {
        imageUrl.value = media.url;
        if (media.alt) {
          imageAlt.value = media.alt;
        }
        markDirty();
        uploadStatus.textContent = 'Uploaded. Check the description below.';
      })
      .catch(function (error) {
        uploadStatus.textContent = error.message;
      });
  });

  // Autosave: every 20 seconds while there are unsaved changes
  var autosaving = false;
  function autosave() {
    if (!dirty || autosaving || submitting || title.value.trim() === '') {
      return;
    }
    autosaving = true;
    var data = new URLSearchParams(new FormData(form));
    dirty = false;
    fetch(form.getAttribute('data-autosave-url'), { method: 'POST', headers: csrfHeaders(), body: data, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) {
            throw new Error('not saved');
          }
          return json;
        });
      })
      .then(function (json) {
        if (form.getAttribute('data-new-story') === 'true') {
          form.setAttribute('data-new-story', 'false');
          form.setAttribute('action', json.url);
          form.setAttribute('data-autosave-url', json.url + '/autosave');
          history.replaceState(null, '', json.url);
        }
        autosaveStatus.textContent = 'Draft autosaved at ' + new Date().toLocaleTimeString() + '.';
      })
      .catch(function () {
        dirty = true;
        autosaveStatus.textContent = 'Autosave did not work; save with the button.';
      })
      .finally(function () {
        autosaving = false;
      });
  }
  setInterval(autosave, 20000);
}());
