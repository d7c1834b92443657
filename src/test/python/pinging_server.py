"""A Python websockets server that pings its clients, as servers with a keepalive do.

Usage: pinging_server.py PORT [PING_INTERVAL_SECONDS] [PING_TIMEOUT_SECONDS]

websockets pings every PING_INTERVAL_SECONDS (default 0.5) with a random 4-byte payload and closes the
connection with 1011 "keepalive ping timeout" when no pong answers within PING_TIMEOUT_SECONDS (default 1).
It echoes text messages; the message "pongs?" is answered with "pongs: N", the number of pongs this
connection received, counted on the wire (the pong frames websockets read).
"""
import asyncio
import sys

import websockets


async def echo(websocket, path=None):
    pongs = 0
    read_frame = websocket.read_frame

    async def counting_read_frame(max_size):
        nonlocal pongs
        frame = await read_frame(max_size)
        if frame.opcode == websockets.frames.Opcode.PONG:
            pongs += 1
        return frame

    websocket.read_frame = counting_read_frame
    try:
        async for message in websocket:
            await websocket.send(f"pongs: {pongs}" if message == "pongs?" else message)
    except websockets.ConnectionClosed:
        pass
    print(f"connection closed: code {websocket.close_code}, pongs received {pongs}", flush=True)


async def main():
    port = int(sys.argv[1])
    interval = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    async with websockets.serve(echo, "127.0.0.1", port, ping_interval=interval, ping_timeout=timeout):
        print(f"listening on {port}", flush=True)
        await asyncio.Future()


asyncio.run(main())
