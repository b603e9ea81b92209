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
  const child = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (await answers()) return async () => process.kill(-child.pid);
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-child.pid);
  throw new Error(`astro preview did not answer on ${ORIGIN} within 10 s`);
}
