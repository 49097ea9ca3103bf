// Records every message the embedded guide posts.
window.received = [];
window.addEventListener('message', (e) => window.received.push(e.data));
