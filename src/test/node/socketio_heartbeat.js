// A Socket.IO server with a short heartbeat: it sends engine.io's ping ("2") every 300 ms and drops a client
// that does not answer "3" within 200 ms, by ws's close() with no status code.
// Usage: node socketio_heartbeat.js PORT
const { createServer } = require('http');
const { Server } = require('socket.io');

const port = Number(process.argv[2]);
const http = createServer();
const io = new Server(http, { pingInterval: 300, pingTimeout: 200, transports: ['websocket'] });
io.on('connection', (socket) => {
  socket.on('disconnect', (reason) => console.log(`disconnected: ${reason}`));
});
http.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
