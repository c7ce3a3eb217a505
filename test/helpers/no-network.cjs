// Preloaded with `node --require`: any attempt to reach the network, from the main thread or a
// worker thread, is recorded to $VANBAN_NET_LOG and fails.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const log = (what) => {
  if (process.env.VANBAN_NET_LOG) fs.appendFileSync(process.env.VANBAN_NET_LOG, what + '\n');
  return new Error('network access blocked by test: ' + what);
};
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const opt = args[0];
  // Local IPC (pipes) is not network.
  if (opt && typeof opt === 'object' && opt.path) return origConnect.apply(this, args);
  if (typeof opt === 'string' && isNaN(Number(opt))) return origConnect.apply(this, args);
  throw log('net.connect ' + JSON.stringify(args[0]));
};
dns.lookup = (host) => { throw log('dns.lookup ' + host); };
globalThis.fetch = async (url) => { throw log('fetch ' + String(url)); };
