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

/**
 * Forms marked data-progress upload with a progress bar: the same multipart post, sent by XHR so the bytes
 * sent can be shown, the answer then replacing the page. Without JavaScript the form posts as usual.
 */
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-progress') || !window.FormData || !window.XMLHttpRequest) {
        return;
    }
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
        data.append(event.submitter.name, event.submitter.value || '');
    }
    var bar = document.getElementById(form.getAttribute('data-progress'));
    bar.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
            bar.value = Math.round(100 * e.loaded / e.total);
            bar.textContent = bar.value + '%';
        }
    };
    xhr.onload = function () {
        document.open();
        document.write(xhr.responseText);
        document.close();
    };
    xhr.onerror = function () {
        bar.hidden = true;
        form.submit();
    };
    xhr.send(data);
});
