// ?src=<guide URL>[&sandbox=<flags>][&allow=<permissions policy>]: frames the guide with
// those attributes, as hosts do (WordPress: sandbox="allow-scripts").
const q = new URLSearchParams(location.search);
const frame = document.getElementById('guide');
if (q.has('sandbox')) frame.setAttribute('sandbox', q.get('sandbox'));
if (q.has('allow')) frame.setAttribute('allow', q.get('allow'));
frame.src = q.get('src');
