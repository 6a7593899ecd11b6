// Keeps a directly opened address with an #anchor (…/encouraging-change/#ghent) at its anchor.
// Zensical 0.0.73's instant navigation saves the scroll position into history.state 100 ms
// after its bundle runs; when the page takes longer than that to load, the position it saved
// is the top, and once the page has loaded it restores that over the browser's scroll to the
// anchor. So, for a moment after the load, a return to the top that the reader did not make
// is undone by scrolling to the anchor again. With MkDocs and Material nothing returns to the
// top, and this does nothing.

const SETTLE_MS = 1000;

function keepAnchorInView() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (!target) return;
  let readerMoved = false;
  const moved = () => { readerMoved = true; };
  const inputs = ['wheel', 'touchstart', 'keydown', 'mousedown'];
  inputs.forEach((type) => addEventListener(type, moved, { once: true, passive: true }));
  const restore = () => {
    if (!readerMoved && scrollY === 0 && target.getBoundingClientRect().top > 0) target.scrollIntoView();
  };
  addEventListener('scroll', restore, { passive: true });
  setTimeout(() => {
    removeEventListener('scroll', restore);
    inputs.forEach((type) => removeEventListener(type, moved));
  }, SETTLE_MS);
  restore();
}

if (document.readyState === 'complete') keepAnchorInView();
else addEventListener('load', keepAnchorInView, { once: true });
