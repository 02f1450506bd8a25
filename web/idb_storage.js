// IndexedDB for IdbStorage (idb_storage.cpp), linked with --pre-js so it runs inside the module and can
// call the exported C functions. One database "gongjian", one object store "docs": key = record id,
// value = {text, rev}. Results go back to C++ by callback id (no Asyncify).
//
// Schema upgrades: DB_VERSION counts the layouts; UPGRADES[v] turns layout v into v + 1 inside
// onupgradeneeded. An older tab that still has the database open gets `versionchange`: it closes its
// connection (so the upgrade can run), becomes read-only and tells the user to reload.
Module.gongjianIdb = (function () {
  const DB_NAME = 'gongjian';
  const DB_VERSION = 1;
  const STORE = 'docs';
  const UPGRADES = [
    (db) => db.createObjectStore(STORE),  // 0 -> 1: one store, keyed by record id, value {text, rev}
  ];
  const STATUS = { applied: 0, conflict: 1, failed: 2 };

  let db = null;
  let opening = null;
  let closedBecause = '';  // once set, this tab never writes again (reload to continue)
  const storageStatus = { known: false, persisted: -1, usage: -1, quota: -1 };
  // performance.now() marks for the benchmarks (tests/bench/app_bench.mjs): the last load, the last commits.
  const timings = { load: null, commits: [] };

  function describe(e) {
    if (!e) return 'unknown error';
    if (e.name && e.message) return e.name + ': ' + e.message;
    return String(e.name || e.message || e);
  }

  function toC(text) { return allocateUTF8(text); }

  const BANNERS = {
    versionchange: ['新版本的应用在另一个标签页中打开了数据，此页已断开并改为只读。请刷新此页。',
                    'A newer version of the app opened the data in another tab; this tab let go of it and is read-only. Reload this tab.'],
    closed: ['浏览器关闭了本地数据的连接，此页已改为只读。请刷新此页。',
             'The browser closed the connection to the stored data; this tab is read-only. Reload this tab.'],
    upgrade_blocked: ['另一个标签页还开着旧版本的应用，请关闭它以完成数据升级。',
                      'Another tab still runs the older version of the app; close it so the data can be upgraded.'],
  };

  function notify(event) {
    const text = BANNERS[event];
    if (text && window.gongjianBanner) {
      window.gongjianBanner.show('storage', text[0], text[1],
                                 event === 'upgrade_blocked' ? null : { zh: '刷新', en: 'Reload', id: 'banner-reload', run: () => location.reload() });
    }
    const ptr = toC(event);
    Module._gongjian_idb_event(ptr);
    _free(ptr);
  }

  function open() {
    if (closedBecause) return Promise.reject(new Error(closedBecause));
    if (db) return Promise.resolve(db);
    if (opening) return opening;
    opening = new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined' || !indexedDB) {
        reject(new Error('this browser has no IndexedDB (a private window may turn it off)'));
        return;
      }
      let request;
      try {
        request = indexedDB.open(DB_NAME, DB_VERSION);
      } catch (e) {
        reject(e);
        return;
      }
      request.onupgradeneeded = (e) => {
        for (let v = e.oldVersion; v < DB_VERSION; ++v) UPGRADES[v](request.result, request.transaction);
      };
      // Another tab holds an older connection and has not closed it yet; it will on versionchange.
      request.onblocked = () => notify('upgrade_blocked');
      request.onsuccess = () => {
        const connection = request.result;
        connection.onversionchange = () => {
          connection.close();
          db = null;
          closedBecause = 'the stored data was opened by a newer version of the app in another tab; ' +
                          'this tab closed its connection: reload it to continue';
          notify('versionchange');
        };
        connection.onclose = () => {  // the browser closed it (storage cleared, disk trouble)
          db = null;
          closedBecause = 'the browser closed the connection to the stored data; reload the page';
          notify('closed');
        };
        db = connection;
        if (window.gongjianBanner) window.gongjianBanner.hide('storage');  // an upgrade_blocked notice is over
        resolve(connection);
      };
      request.onerror = (e) => {
        e.preventDefault();
        const err = request.error;
        if (err && err.name === 'VersionError') {
          reject(new Error('the data in this browser was stored by a newer version of the app (IndexedDB ' +
                           'version above ' + DB_VERSION + '); reload the page to get the newer version. ' +
                           'Nothing was changed.'));
        } else {
          reject(err || new Error('indexedDB.open failed'));
        }
      };
    });
    opening.then(() => { opening = null; }, () => { opening = null; });
    return opening;
  }

  function loadAll(id) {
    const mark = { start: performance.now(), read: 0, done: 0, docs: 0 };
    const fail = (e) => {
      const ptr = toC(describe(e));
      Module._gongjian_idb_loaded(id, 0, ptr);
      _free(ptr);
    };
    open().then((connection) => {
      const tx = connection.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const keys = store.getAllKeys();
      const values = store.getAll();
      tx.onabort = () => fail(tx.error || new Error('the read was aborted'));
      tx.oncomplete = () => {
        const k = keys.result, v = values.result;
        mark.read = performance.now();
        mark.docs = k.length;
        for (let i = 0; i < k.length; ++i) {
          const value = v[i];
          if (typeof k[i] !== 'string' || !value || typeof value.text !== 'string' || typeof value.rev !== 'number') {
            fail(new Error('stored entry ' + JSON.stringify(String(k[i])) + ' is not {text, rev}'));
            return;
          }
        }
        // Every document in one buffer ([u32 length, UTF-8 bytes] for key, then text), one call into C++:
        // a call and two allocations per document cost more than the copy at district scale (60k documents).
        const encoder = new TextEncoder();
        const parts = [];
        let total = 0;
        for (let i = 0; i < k.length; ++i) {
          const key = encoder.encode(k[i]), text = encoder.encode(v[i].text);
          parts.push(key, text);
          total += 8 + key.length + text.length;
        }
        const buffer = _malloc(Math.max(total, 1));
        const heap = HEAPU8;  // after _malloc: the heap may have grown
        const lengths = new DataView(heap.buffer);
        let at = buffer;
        for (const part of parts) {
          lengths.setUint32(at, part.length, true);
          heap.set(part, at + 4);
          at += 4 + part.length;
        }
        Module._gongjian_idb_load_docs(id, buffer, total);
        _free(buffer);
        Module._gongjian_idb_loaded(id, 1, 0);  // the workspace reads the documents into its dataset here
        mark.done = performance.now();
        timings.load = mark;
      };
    }).catch(fail);
  }

  // puts: [{key, text, rev, expected}]. One readwrite transaction with strict durability. Each key's stored
  // rev is read inside it first; any difference aborts the whole transaction as a conflict.
  function commit(id, puts) {
    const mark = { start: performance.now(), done: 0, puts: puts.length, status: -1 };
    const finish = (status, error, conflicts) => {
      mark.done = performance.now();
      mark.status = status;
      timings.commits.push(mark);
      if (timings.commits.length > 100) timings.commits.shift();
      const errPtr = toC(error || '');
      const conflictsPtr = toC(JSON.stringify(conflicts || []));
      Module._gongjian_idb_committed(id, status, errPtr, conflictsPtr);
      _free(errPtr);
      _free(conflictsPtr);
      refreshStatus();
    };
    open().then((connection) => {
      let tx;
      try {
        tx = connection.transaction(STORE, 'readwrite', { durability: 'strict' });
      } catch (e) {
        finish(STATUS.failed, describe(e));
        return;
      }
      const store = tx.objectStore(STORE);
      const conflicts = [];
      let failure = null;
      let pending = puts.length;
      const abortWith = (e) => {
        if (!failure) failure = e;
        try { tx.abort(); } catch (_) { /* already finished */ }
      };
      tx.oncomplete = () => finish(STATUS.applied, '');
      tx.onerror = (e) => { if (!failure) failure = e.target.error; };  // a request failed; abort follows
      tx.onabort = () => {
        if (conflicts.length) finish(STATUS.conflict, '', conflicts.slice().sort());
        else finish(STATUS.failed, describe(failure || tx.error || new Error('the transaction was aborted')));
      };
      for (const p of puts) {
        let request;
        try {
          request = store.get(p.key);
        } catch (e) {
          abortWith(e);
          return;
        }
        request.onsuccess = () => {
          const stored = request.result;
          const storedRev = stored === undefined ? 0 : (stored && typeof stored.rev === 'number' ? stored.rev : -1);
          if (storedRev !== p.expected) conflicts.push(p.key);
          if (--pending > 0) return;
          if (conflicts.length) {
            try { tx.abort(); } catch (_) { /* already finished */ }
            return;
          }
          try {
            for (const q of puts) store.put({ text: q.text, rev: q.rev }, q.key);
          } catch (e) {
            abortWith(e);
          }
        };
      }
    }).catch((e) => finish(STATUS.failed, describe(e)));
  }

  function refreshStatus() {
    const s = navigator.storage;
    if (!s) return;
    const persisted = s.persisted ? s.persisted() : Promise.resolve(false);
    const estimate = s.estimate ? s.estimate() : Promise.resolve({});
    Promise.all([persisted, estimate]).then(([p, e]) => {
      storageStatus.known = true;
      storageStatus.persisted = p ? 1 : 0;
      storageStatus.usage = typeof e.usage === 'number' ? e.usage : -1;
      storageStatus.quota = typeof e.quota === 'number' ? e.quota : -1;
    }, () => {});
  }

  // Asks the browser not to evict our data under storage pressure; the answer is shown in Settings.
  function requestPersistence() {
    const s = navigator.storage;
    if (!s || !s.persist) { refreshStatus(); return; }
    s.persist().then(refreshStatus, refreshStatus);
  }

  return { loadAll, commit, requestPersistence, refreshStatus, storageStatus, timings, version: DB_VERSION, name: DB_NAME };
})();
