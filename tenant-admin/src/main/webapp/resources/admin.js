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

/**
 * The article editor's desk (#13, no lost work): a form marked data-desk is kept on the server every 30 s when
 * something in it changed (typed text, the body, images added or moved), and once more as the page is left
 * (closed tab, reload, another address) by a beacon, which also ends the "is editing" presence others see. Every
 * keep says "still here" too, so others see who has the article open. A full-page post (Save, Submit…) is not a
 * leave: the desk is cleared by the save itself.
 */
ProvPortal.desk = (function () {
    var dirty = false;
    var posting = false;
    var form = null;

    function changed() {
        dirty = true;
    }

    /** PrimeFaces copies a user's typing into the body's hidden field only when the editor loses focus. */
    function syncBody() {
        var editor = window.PF && PF('bodyEditor');
        if (editor && editor.editor && editor.input) {
            editor.input.val(editor.getEditorValue());
        }
    }

    function keep() {
        if (!form || typeof window.ppKeep !== 'function') {
            return;
        }
        syncBody();
        var sent = dirty;
        dirty = false;
        window.ppKeep([{name: 'dirty', value: sent ? '1' : '0'}]);
        ProvPortal.desk.lastSent = sent;
    }

    function leave() {
        if (!form || posting || !navigator.sendBeacon) {
            return;
        }
        syncBody();
        var data = new FormData(form);
        data.append('jakarta.faces.partial.ajax', 'true');
        data.append('jakarta.faces.source', form.id + ':leave');
        data.append('jakarta.faces.partial.execute', form.id);
        data.append(form.id + ':leave', form.id + ':leave');
        data.append('dirty', dirty ? '1' : '0');
        navigator.sendBeacon(form.action, data);
    }

    /** The body's word count under the editor, as newsrooms measure a piece. */
    function countWords(quill) {
        var shown = document.getElementById('word-count');
        if (shown) {
            var words = quill.getText().trim().split(/\s+/).filter(function (w) {
                return w.length > 0;
            });
            shown.textContent = String(words.length);
        }
    }

    function watchBody(looks) {
        var editor = window.PF && PF('bodyEditor');
        if (editor && editor.editor) {
            countWords(editor.editor);
            editor.editor.on('text-change', function (delta, old, source) {
                if (source === 'user') {
                    changed();
                }
                countWords(editor.editor);
            });
        } else if (document.getElementById('word-count') && looks < 40) {
            setTimeout(function () {
                watchBody(looks + 1);
            }, 100);
        }
    }

    function start() {
        watchBody(0);
        form = document.querySelector('form[data-desk]');
        if (!form) {
            return;
        }
        form.addEventListener('input', changed);
        form.addEventListener('change', changed);
        form.addEventListener('submit', function () {
            posting = true;
        });
        setInterval(keep, ProvPortal.desk.every);
        window.addEventListener('pagehide', leave);
    }

    return {
        every: 30000,
        changed: changed,
        keep: keep,
        /** oncomplete of ppKeep: a keep that failed (network, session) is sent again with the next one. */
        kept: function (xhr, status) {
            var failed = status !== 'success';
            if (failed && ProvPortal.desk.lastSent) {
                dirty = true;
            }
            var warning = document.getElementById('desk-failed');
            if (warning) {
                warning.hidden = !failed;
            }
        },
        start: start
    };
})();

window.addEventListener('load', ProvPortal.desk.start);
