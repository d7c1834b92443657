// A Socket.IO 4 server (engine.io protocol 4) on 127.0.0.1: the endpoint /socket.io/ a browser client talks to.
// Usage: node socketio-server.js PORT
const { Server } = require("socket.io");

const port = Number(process.argv[2]);
const io = new Server(port);
io.on("connection", (socket) => console.log("connected " + socket.id));
console.log("socket.io listening on " + port);
