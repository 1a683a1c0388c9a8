// Imported first by src/server.ts: the Node adapter's module starts its own standalone server on
// import unless told not to; src/server.ts starts the server instead, around the adapter's handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
