// The kiosk's own IndexedDB database "gongjian-kiosk" (kiosk_store.cpp), linked with --pre-js. One object store
// "kiosk": "snapshot", "pin" and "synced" (written by the office app), "outbox" (written by the kiosk page). The kiosk
// page opens only this database, never "gongjian" (the working data). Everything is read into a cache before
// main() runs (a run dependency), so C++ reads synchronously; writes update the cache at once and go to
// IndexedDB in a strict-durability transaction. Each document has one writer, so a page refreshes from
// IndexedDB only the documents the other side writes (the kiosk: snapshot, pin, synced; the office: outbox).
Module.gongjianKiosk = (function () {
  const DB_NAME = 'gongjian-kiosk';
  const STORE = 'kiosk';
  const cache = {};
  const kiosk = new URLSearchParams(location.search).get('kiosk') === '1';
  let db = null;
  let writes = 0;  // in flight, for tests

  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function read(keys) {
    return new Promise((resolve) => {
      if (!db) { resolve(); return; }
      const tx = db.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      for (const key of keys) {
        const request = store.get(key);
        request.onsuccess = () => { if (typeof request.result === 'string') cache[key] = request.result; };
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => resolve();
    });
  }

  function put(key, text) {
    cache[key] = text;
    if (!db) return;
    ++writes;
    const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    tx.objectStore(STORE).put(text, key);
    const done = () => { --writes; };
    tx.oncomplete = done;
    tx.onerror = (e) => { console.error('gongjian-kiosk: ' + key + ' not stored', e); done(); };
    tx.onabort = tx.onerror;
  }

  Module.preRun = Module.preRun || [];
  Module.preRun.push(() => {
    addRunDependency('gongjian-kiosk');
    open().then((d) => { db = d; return read(['snapshot', 'pin', 'synced', 'outbox']); })
      .catch((e) => console.error('gongjian-kiosk could not be opened', e))
      .finally(() => removeRunDependency('gongjian-kiosk'));
  });
  setInterval(() => { read(kiosk ? ['snapshot', 'pin', 'synced'] : ['outbox']); }, kiosk ? 5000 : 1000);

  return {
    kiosk,
    get: (key) => (typeof cache[key] === 'string' ? cache[key] : ''),
    put,
    pendingWrites: () => writes,
    leave() {
      const url = new URL(location.href);
      for (const p of ['kiosk', 'kioskRotate', 'kioskIdle']) url.searchParams.delete(p);
      location.replace(url.toString());
    },
    param(name) {
      const v = Number(new URLSearchParams(location.search).get(name));
      return Number.isFinite(v) && v > 0 ? v : 0;
    },
  };
})();
