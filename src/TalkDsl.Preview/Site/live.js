// TalkDsl live preview: follows this page's talk over Server-Sent Events. When the talk is rendered again
// the page reloads in place (the slides come back to the same slide and fragment, the notes to the same
// scroll position); while the talk has errors an overlay lists them, each at its file and line.
(() => {
  const me = document.currentScript;
  const talk = me.dataset.talk;
  const page = me.dataset.page;
  const version = Number(me.dataset.version);
  const key = 'talkdsl-preview:' + location.pathname;

  const restore = () => {
    const saved = sessionStorage.getItem(key);
    if (!saved) return;
    sessionStorage.removeItem(key);
    const place = JSON.parse(saved);
    if (page === 'slides' && window.Reveal) {
      const go = () => Reveal.slide(place.h, place.v, place.f);
      if (Reveal.isReady()) go(); else Reveal.on('ready', go);
    } else {
      window.scrollTo(0, place.y);
    }
  };

  const reload = () => {
    const place = page === 'slides' && window.Reveal && Reveal.isReady()
      ? Reveal.getIndices()
      : { y: window.scrollY };
    sessionStorage.setItem(key, JSON.stringify(place));
    location.reload();
  };

  const overlayId = 'talkdsl-overlay';
  const hideOverlay = () => document.getElementById(overlayId)?.remove();
  const showOverlay = (errors) => {
    hideOverlay();
    const box = document.createElement('div');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;'
      + 'background:rgba(20,20,20,0.94);color:#fff;font:16px/1.5 monospace;text-align:left';
    const title = document.createElement('h1');
    title.style.cssText = 'font:bold 22px sans-serif;color:#ff8080;margin:0 0 1em';
    title.textContent = errors.length === 1 ? 'This talk has an error' : `This talk has ${errors.length} errors`;
    box.appendChild(title);
    const list = document.createElement('ul');
    for (const error of errors) {
      const item = document.createElement('li');
      item.className = 'talkdsl-diagnostic';
      const where = error.location ? error.location + ': ' : '';
      item.appendChild(document.createTextNode(`${where}error ${error.id}: ${error.message} `));
      if (error.helpLink) {
        const link = document.createElement('a');
        link.href = error.helpLink;
        link.textContent = `(${error.id})`;
        link.style.color = '#9cf';
        item.appendChild(link);
      }
      list.appendChild(item);
    }
    box.appendChild(list);
    const hint = document.createElement('p');
    hint.textContent = 'Fix it and save: this page follows the file.';
    box.appendChild(hint);
    document.body.appendChild(box);
  };

  const follow = (status) => {
    if (status.removed) {
      showOverlay([{ location: '', id: 'removed', message: 'This talk is no longer in the project.' }]);
    } else if (status.errors.length > 0) {
      showOverlay(status.errors);
    } else if (status.pagesVersion !== version) {
      reload();
    } else {
      hideOverlay();
    }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', restore); else restore();
  const events = new EventSource('/_talkdsl/events?talk=' + encodeURIComponent(talk));
  events.addEventListener('talk', (e) => follow(JSON.parse(e.data)));
})();
