// Records each request's TCP peer address in a header the app can read (see PEER_ADDRESS_HEADER).
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "./client-ip";

const globalForPeer = globalThis as unknown as { vigiePeerAddresses?: boolean };

/**
 * Route handlers, server actions and pages never see the socket, so its address is copied into a
 * header when Node's HTTP server receives the request (the documented `http.server.request.start`
 * diagnostics channel, published before any request listener runs), always replacing a header of
 * that name sent by the client. Called once per process, from instrumentation's register().
 */
export function recordPeerAddresses(): void {
  if (globalForPeer.vigiePeerAddresses) return;
  globalForPeer.vigiePeerAddresses = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const address = socket.remoteAddress;
    if (address) request.headers[PEER_ADDRESS_HEADER] = address;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}
