// ?src=<guide URL>: embeds it and loads the guide's embed.js, as a blog would; records the
// guide's height messages in window.heights.
window.heights = [];
window.addEventListener('message', (e) => {
  if (e.data && e.data.type === 'mlguide:height') window.heights.push(e.data.height);
});
const src = new URLSearchParams(location.search).get('src');
document.getElementById('guide').src = src;
const script = document.createElement('script');
script.src = new URL('embed.js', src).href;
document.head.appendChild(script);
