/* Small helpers of the workspace screens. */
var ProvPortal = window.ProvPortal || {};

/** Puts an image marker ([[anh-N]]) on its own line at the cursor of the article body editor. */
ProvPortal.insertMarker = function (marker) {
    var quill = PF('bodyEditor').editor;
    var range = quill.getSelection(true);
    var at = range ? range.index : quill.getLength();
    quill.insertText(at, '\n' + marker + '\n', 'api');
};
