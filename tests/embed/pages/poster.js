// { post: data } → parent.postMessage(data, '*'); { go: url } → navigate (to another origin).
addEventListener('message', (event) => {
  if (event.source !== parent || !event.data || typeof event.data !== 'object') return;
  if ('post' in event.data) parent.postMessage(event.data.post, '*');
  if ('go' in event.data) location.href = event.data.go;
});
parent.postMessage({ poster: location.origin }, '*');
