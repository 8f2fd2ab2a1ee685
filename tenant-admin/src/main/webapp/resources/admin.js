/* Small helpers of the workspace screens. */
var ProvPortal = window.ProvPortal || {};

/**
 * Shows an image of the article at the cursor of the body editor, on a line of its own, with the alt text typed in
 * its row. On save the server stores it as the image's place in the text (its marker); the portal shows it there
 * with its caption.
 */
ProvPortal.insertImage = function (src, button) {
    var quill = PF('bodyEditor').editor;
    var row = button.closest('tr');
    var altInput = row ? row.querySelector('input.alt-input') : null;
    var paragraph = document.createElement('p');
    var image = document.createElement('img');
    image.src = src;
    image.alt = altInput ? altInput.value : '';
    paragraph.appendChild(image);
    var range = quill.getSelection(true);
    var at = range ? range.index : quill.getLength() - 1;
    if (at > 0 && quill.getText(at - 1, 1) !== '\n') {
        quill.insertText(at, '\n', 'user');
        at += 1;
    }
    quill.clipboard.dangerouslyPasteHTML(at, paragraph.outerHTML, 'user');
    if (quill.getText(at + 1, 1) !== '\n') {
        quill.insertText(at + 1, '\n', 'user');
    }
    quill.setSelection(at + 2, 0, 'user');
};

/**
 * The toolbar's table buttons. Quill 2 keeps tables (a grid of cells) once its table module is on; PrimeFaces
 * builds the editor with the toolbar module only, so the table module is added to the editor it made.
 */
ProvPortal.tables = (function () {
    function module() {
        var editor = window.PF && PF('bodyEditor');
        if (!editor || !editor.editor) {
            return null;
        }
        return editor.editor.getModule('table') || editor.editor.theme.addModule('table');
    }

    var actions = {
        insert: function (table) {
            var quill = table.quill;
            var range = quill.getSelection(true);
            if (table.getTable(range)[0]) {
                return;
            }
            var line = quill.getLine(range.index)[0];
            if (line && line.length() > 1) {
                var end = quill.getIndex(line) + line.length() - 1;
                quill.insertText(end, '\n', 'user');
                quill.setSelection(end + 1, 0, 'silent');
            }
            table.insertTable(3, 3);
        },
        row: function (table) {
            table.insertRowBelow();
        },
        column: function (table) {
            table.insertColumnRight();
        },
        'row-delete': function (table) {
            table.deleteRow();
        },
        'column-delete': function (table) {
            table.deleteColumn();
        },
        delete: function (table) {
            table.deleteTable();
        }
    };

    document.addEventListener('mousedown', function (event) {
        if (event.target.closest('button.pp-table')) {
            event.preventDefault();
        }
    });
    document.addEventListener('click', function (event) {
        var button = event.target.closest('button.pp-table');
        var table = button ? module() : null;
        if (!table) {
            return;
        }
        table.quill.focus();
        actions[button.getAttribute('data-table')](table);
    });

    return {module: module};
})();

/** After a list is drawn again by ajax (a row moved up or down), the focus goes back to the button pressed. */
ProvPortal.refocus = function (key) {
    var button = document.querySelector('[data-focus="' + key + '"]');
    if (button) {
        button.focus();
    }
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
            ProvPortal.tables.module();
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
        syncBody: syncBody,
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
