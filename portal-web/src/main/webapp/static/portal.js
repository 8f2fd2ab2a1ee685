// Display preferences for readers: text size and high contrast, remembered in this browser only.
// Reading never depends on this script; without it the controls stay hidden.
(function () {
  'use strict';
  var root = document.documentElement;
  var sizes = ['100%', '112.5%', '125%', '137.5%', '150%'];
  function stored(key, fallback) {
    try { return localStorage.getItem(key) || fallback; } catch (e) { return fallback; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private mode: keep for this page only */ }
  }
  var size = Math.max(0, sizes.indexOf(stored('pp-font', '100%')));
  function applySize() { root.style.fontSize = sizes[size]; store('pp-font', sizes[size]); }
  function applyContrast(on, button) {
    root.classList.toggle('high-contrast', on);
    if (button) { button.setAttribute('aria-pressed', on ? 'true' : 'false'); }
    store('pp-contrast', on ? '1' : '0');
  }
  root.style.fontSize = sizes[size];
  if (stored('pp-contrast', '0') === '1') { root.classList.add('high-contrast'); }
  document.addEventListener('DOMContentLoaded', function () {
    var tools = document.querySelector('.display-tools');
    if (tools) {
      tools.hidden = false;
      var contrast = tools.querySelector('.contrast-toggle');
      contrast.setAttribute('aria-pressed', root.classList.contains('high-contrast') ? 'true' : 'false');
      tools.querySelector('.font-larger').addEventListener('click', function () {
        size = Math.min(sizes.length - 1, size + 1); applySize();
      });
      tools.querySelector('.font-smaller').addEventListener('click', function () {
        size = Math.max(0, size - 1); applySize();
      });
      contrast.addEventListener('click', function () {
        applyContrast(!root.classList.contains('high-contrast'), contrast);
      });
    }
    var printActions = document.querySelector('.print-actions');
    if (printActions) {
      printActions.hidden = false;
      printActions.querySelector('.print-now').addEventListener('click', function () { window.print(); });
    }
  });
}());
