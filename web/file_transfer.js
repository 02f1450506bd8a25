// Files in and out of the browser app (file_transfer.cpp), linked with --pre-js: a hidden
// <input type=file> whose bytes are handed to C++, and downloads through a Blob and <a download>.
Module.gongjianFiles = (function () {
  const STATUS = { picked: 0, cancelled: 1, failed: 2 };

  // Must run within a few seconds of a user gesture (the click on an ImGui button counts: the browser
  // keeps the activation for the frame that handles it).
  function pick(id, accept) {
    const input = document.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.style.display = 'none';
    document.body.appendChild(input);
    let finished = false;
    const finish = (status, name, bytes, error) => {
      if (finished) return;
      finished = true;
      input.remove();
      const namePtr = allocateUTF8(name || '');
      const errorPtr = allocateUTF8(error || '');
      const size = bytes ? bytes.length : 0;
      const dataPtr = _malloc(Math.max(1, size));
      if (size) HEAPU8.set(bytes, dataPtr);
      Module._gongjian_file_picked(id, status, namePtr, dataPtr, size, errorPtr);
      _free(dataPtr);
      _free(namePtr);
      _free(errorPtr);
    };
    input.addEventListener('cancel', () => finish(STATUS.cancelled));
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (!file) { finish(STATUS.cancelled); return; }
      file.arrayBuffer().then((buffer) => finish(STATUS.picked, file.name, new Uint8Array(buffer)),
                              (e) => finish(STATUS.failed, file.name, null, (e && (e.name + ': ' + e.message)) || String(e)));
    });
    input.click();
  }

  function download(name, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime || 'application/octet-stream' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // The download has taken its copy once the click is handled; free the Blob afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  return { pick, download };
})();
