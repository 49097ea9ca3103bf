// Imitates WordPress's embed script (wp-embed): a sandboxed iframe whose URL carries a
// secret after #?secret=, a "ready" message to it once it loads, and height messages
// accepted only when they carry the same secret (clamped to 200..1000, as WordPress does).
const secret = 'k3Y9xPq2Wm';
window.received = [];
const src = new URLSearchParams(location.search).get('src');
const frame = document.createElement('iframe');
frame.className = 'wp-embedded-content';
frame.setAttribute('sandbox', 'allow-scripts');
frame.setAttribute('security', 'restricted');
frame.dataset.secret = secret;
frame.width = 600;
frame.height = 338;
frame.src = src + '#?secret=' + secret;
window.addEventListener('message', (e) => {
  const d = e.data;
  if (!d || d.secret !== secret || d.message !== 'height') return;
  window.received.push(d.value);
  frame.height = Math.max(200, Math.min(1000, d.value));
});
frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret }, '*'));
document.getElementById('slot').appendChild(frame);
