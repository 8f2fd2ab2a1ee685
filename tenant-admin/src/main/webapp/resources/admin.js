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

/**
 * Quill builds the heading picker and the writing area itself, without the names the toolbar's select and the
 * form's label give them (axe: aria-command-name, aria-input-field-name; #13 item 7). PrimeFaces may start Quill
 * after the page's load event, so this looks again a few times until the picker is there.
 */
ProvPortal.nameEditors = function () {
    var named = true;
    document.querySelectorAll('.ql-toolbar select[aria-label], .ui-texteditor select[aria-label]').forEach(function (select) {
        var picker = select.parentNode.querySelector('.ql-picker-label');
        if (picker) {
            picker.setAttribute('aria-label', select.getAttribute('aria-label'));
        } else {
            named = false;
        }
    });
    document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
        var label = document.querySelector('label[for="' + editor.id + '_input"], label[for="' + editor.id + '"]');
        var name = label ? label.textContent.trim() : '';
        if (editor.hasAttribute('role')) {
            editor.setAttribute('aria-label', name);
        }
        var areas = editor.querySelectorAll('.ql-editor');
        named = named && areas.length > 0;
        areas.forEach(function (area) {
            area.setAttribute('role', 'textbox');
            area.setAttribute('aria-multiline', 'true');
            area.setAttribute('aria-label', name);
        });
    });
    return named;
};

window.addEventListener('load', function () {
    var looks = 0;
    var again = function () {
        if (!ProvPortal.nameEditors() && ++looks < 40) {
            setTimeout(again, 100);
        }
    };
    again();
});
