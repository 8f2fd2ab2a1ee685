/* Small helpers of the workspace screens. */
var ProvPortal = window.ProvPortal || {};

/** Puts an image marker ([[anh-N]]) on its own line at the cursor of the article body editor. */
ProvPortal.insertMarker = function (marker) {
    var quill = PF('bodyEditor').editor;
    var range = quill.getSelection(true);
    var at = range ? range.index : quill.getLength();
    quill.insertText(at, '\n' + marker + '\n', 'api');
};

/** The theme form's live preview: colours, address and hotline follow what is typed, before saving. */
document.addEventListener('input', function (event) {
    var preview = document.getElementById('theme-preview');
    if (!preview) {
        return;
    }
    var field = event.target;
    if (field.classList.contains('live-primary')) {
        preview.querySelector('.tp-header').style.background = field.value;
        preview.querySelector('.tp-footer').style.background = field.value;
    } else if (field.classList.contains('live-secondary')) {
        preview.querySelector('.tp-menu').style.background = field.value;
        preview.querySelector('.tp-header').style.borderBottomColor = field.value;
    } else if (field.classList.contains('live-address')) {
        preview.querySelector('.tp-address').textContent = field.value;
    } else if (field.classList.contains('live-hotline')) {
        preview.querySelector('.tp-hotline').textContent = field.value;
    }
});
