"""A Python websockets server that speaks only the subprotocol chat.v2 and, when the client offered none, accepts
the handshake and then closes at once with 1002 "subprotocol chat.v2 required", as many chat servers do.
Usage: python3 subprotocol_required.py PORT"""
import asyncio
import sys

import websockets


async def handler(websocket, path=None):
    if websocket.subprotocol != "chat.v2":
        print("closing: offered", websocket.request_headers.get("Sec-WebSocket-Protocol"), flush=True)
        await websocket.close(1002, "subprotocol chat.v2 required")
        return
    async for message in websocket:
        await websocket.send(message)


async def main(port):
    async with websockets.serve(handler, "127.0.0.1", port, subprotocols=["chat.v2"]):
        print("websockets listening on", port, flush=True)
        await asyncio.Future()


asyncio.run(main(int(sys.argv[1])))
