// Serve the built site (dist/) with `astro preview` for scripts, unless something already answers on the port.
import { spawn } from 'node:child_process';

export const PORT = Number(process.env.PORT ?? 4321);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

async function answers() {
  try {
    const res = await fetch(`${ORIGIN}/`);
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts the preview server if needed; returns a function that stops what it started. */
export async function startPreview() {
  if (await answers()) return async () => {};
  // --ignore-lock: this script owns the server (see playwright.config.ts).
  const child = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = async () => {
    try {
      process.kill(-child.pid);
    } catch {
      /* it has stopped already */
    }
  };
  // A busy machine (a build or a browser suite beside it) can take a while to start Node and Vite.
  for (let i = 0; i < 600; i++) {
    if (await answers()) return stop;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${ORIGIN} within 60 s`);
}
