// A Socket.IO app on 127.0.0.1 with a short heartbeat (ping every 500 ms, 500 ms to answer), for Socket.IO 4
// (Engine.IO 4) or 2 (Engine.IO 3, npm's socket.io@2 installed as socket.io-v2).
// "/": "echo" is emitted back with its arguments, "greet" acknowledges with "hello NAME", "file" is answered by a
// "file" event carrying a 3-byte binary attachment. "/admin": a middleware lets in only the token "s3cret" (the
// CONNECT auth payload in 4, the query in 2) and refuses others with "not authorized"; "whoami" acknowledges the
// namespace. Prints each connection, refusal and disconnection (with its reason: "ping timeout" when a heartbeat
// went unanswered).
// Usage: node socketio_app.js PORT 4|2
const { createServer } = require('http');

const port = Number(process.argv[2]);
const version = process.argv[3] || '4';
const options = { pingInterval: 500, pingTimeout: 500, transports: ['websocket'] };
const http = createServer();
const io = version === '2' ? require('socket.io-v2')(http, options) : new (require('socket.io').Server)(http, options);

const token = (socket) => (version === '2' ? socket.handshake.query.token : socket.handshake.auth.token);

function watch(socket) {
  console.log(`connected ${socket.nsp.name} ${JSON.stringify(version === '2' ? socket.handshake.query : socket.handshake.auth)}`);
  socket.on('disconnect', (reason) => console.log(`disconnected ${socket.nsp.name}: ${reason}`));
}

io.on('connection', (socket) => {
  watch(socket);
  socket.on('echo', (...args) => socket.emit('echo', ...args));
  socket.on('greet', (name, ack) => ack(`hello ${name}`));
  socket.on('file', () => socket.emit('file', 'three bytes', Buffer.from([1, 2, 3])));
});

const admin = io.of('/admin');
admin.use((socket, next) => {
  if (token(socket) === 's3cret') {
    next();
  } else {
    console.log(`refused ${socket.nsp.name}`);
    next(new Error('not authorized'));
  }
});
admin.on('connection', (socket) => {
  watch(socket);
  socket.on('whoami', (ack) => ack(socket.nsp.name));
});

http.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
