// Media library: a click on the picture sets the focal point fields (0..1 from the top left) and shows a marker.
(function () {
  'use strict';
  var box = document.querySelector('.media-focal');
  if (!box) { return; }
  var image = box.querySelector('.media-focal-image');
  var marker = box.querySelector('.media-focal-marker');
  var fieldX = document.getElementById('focal-x');
  var fieldY = document.getElementById('focal-y');

  function show() {
    var x = parseFloat(fieldX.value), y = parseFloat(fieldY.value);
    if (isNaN(x) || isNaN(y)) { return; }
    marker.style.left = (x * 100) + '%';
    marker.style.top = (y * 100) + '%';
    marker.hidden = false;
  }

  image.addEventListener('click', function (event) {
    var rect = image.getBoundingClientRect();
    var x = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
    var y = Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height));
    fieldX.value = x.toFixed(3);
    fieldY.value = y.toFixed(3);
    show();
  });
  fieldX.addEventListener('input', show);
  fieldY.addEventListener('input', show);
  image.classList.add('is-clickable');
  show();
}());
