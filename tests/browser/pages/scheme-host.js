// ?scheme=light|dark&src=<guide URL>: a host page of that colour scheme, with the guide's own
// embed snippet (as the app's Embed dialog gives it), and the guide's embed.js.
const q = new URLSearchParams(location.search);
document.documentElement.className = q.get('scheme');
const src = q.get('src');
document.getElementById('place').innerHTML = '<iframe src="' + src + '?embed=1" title="What is a Machine Learning Engineer?" ' +
  'width="100%" height="900" style="border:0;width:100%;color-scheme:light"></iframe>';
const script = document.createElement('script');
script.src = new URL('embed.js', src).href;
document.head.appendChild(script);
