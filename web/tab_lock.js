// Which tab edits (tab_lock.cpp), linked with --pre-js. The editing tab holds the Web Lock
// "gongjian-editor"; a tab that finds it taken is read-only and shows a banner with "take over". Taking
// over reloads this tab (so it starts from what is stored now) and steals the lock; the old editor is told
// (its lock request fails, and a BroadcastChannel message says so) and becomes read-only with a banner.
// Revisions are still checked in every write transaction, so even without this nothing is overwritten.
Module.gongjianTabs = (function () {
  const LOCK = 'gongjian-editor';
  const TAKE_OVER_FLAG = 'gongjian-take-over';
  const ROLE = { deciding: 0, editor: 1, readOnly: 2, superseded: 3 };
  let role = 'deciding';
  let release = null;
  let channel = null;

  const banner = () => window.gongjianBanner;

  function setRole(next) {
    if (role === next) return;
    role = next;
    Module._gongjian_tab_role(ROLE[next]);
    if (next === 'editor') {
      banner().hide('tab');
    } else if (next === 'readOnly') {
      banner().show('tab', '另一个标签页正在编辑本数据，此页为只读。',
                    'Another tab is editing this data; this tab is read-only.',
                    { zh: '在此页编辑', en: 'Edit here instead', id: 'banner-take-over', run: takeOver });
    } else if (next === 'superseded') {
      banner().show('tab', '另一个标签页接管了编辑，此页已改为只读。',
                    'Another tab took over editing; this tab is now read-only.',
                    { zh: '在此页编辑', en: 'Edit here instead', id: 'banner-take-over', run: takeOver });
    }
  }

  function holdLock(lock) {
    if (!lock) {
      setRole('readOnly');
      return undefined;
    }
    setRole('editor');
    return new Promise((resolve) => { release = resolve; });  // held until this tab closes or is superseded
  }

  function superseded() {
    if (role !== 'editor') return;
    setRole('superseded');
    if (release) { release(); release = null; }
  }

  function start() {
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel('gongjian-tabs');
      channel.onmessage = (e) => { if (e.data && e.data.type === 'take-over') superseded(); };
    }
    if (!navigator.locks) {  // no Web Locks: every tab may edit; the revision checks still refuse overwrites
      setRole('editor');
      return;
    }
    let steal = false;
    try {
      steal = sessionStorage.getItem(TAKE_OVER_FLAG) === '1';
      sessionStorage.removeItem(TAKE_OVER_FLAG);
    } catch (_) { /* storage disabled */ }
    if (steal && channel) channel.postMessage({ type: 'take-over' });
    const options = steal ? { steal: true } : { ifAvailable: true };
    navigator.locks.request(LOCK, options, holdLock).catch(() => superseded());  // AbortError: stolen
  }

  function takeOver() {
    try { sessionStorage.setItem(TAKE_OVER_FLAG, '1'); } catch (_) { /* then the reload asks normally */ }
    location.reload();
  }

  return { start, takeOver, role: () => role };
})();
