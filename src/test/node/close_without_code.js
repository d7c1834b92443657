// A Node ws server that ends every connection the way ws's close() with no arguments does: a close frame
// with no status code (RFC 6455 says the receiver reports 1005). It sends "bye" first.
// Usage: node close_without_code.js PORT
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const server = new WebSocketServer({ host: '127.0.0.1', port });
server.on('connection', (socket) => {
  socket.on('close', (code) => console.log(`client answered the close with ${code}`));
  socket.send('bye', () => socket.close());
});
server.on('listening', () => console.log(`listening on ${port}`));
