// `npm run serve:prod`: serves the built dist/ through real nginx, with the configuration the build wrote
// (deploy/nginx/otp-help.conf, from src/data/http-headers.ts), on 127.0.0.1:$PORT (default 8080), in the
// foreground until stopped (Ctrl+C). Runs as any user: nginx's pid and temporary files go to a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.env.PORT ?? 8080);
const root = resolve('dist');
const snippet = resolve('deploy/nginx/otp-help.conf');
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'].find(existsSync) ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout.toString().trim() || null);

if (!nginx) {
  console.error(
    'nginx が見つかりません。Debian/Ubuntu では `sudo apt-get install nginx libnginx-mod-http-brotli-static` で入れてください（.ci/run は root なら自動で入れます）。\n' +
      'nginx was not found: install Debian\'s nginx (and libnginx-mod-http-brotli-static for Brotli).',
  );
  process.exit(1);
}
if (!existsSync(join(root, 'index.html')) || !existsSync(snippet)) {
  console.error('dist/ か deploy/nginx/otp-help.conf がありません。先に `npm run build` を実行してください。\nBuild first: npm run build');
  process.exit(1);
}

// Debian's Brotli module, if installed: load it and turn on the line the build left for it.
const brotli = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so'].find(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'otp-help-nginx-'));
const site = readFileSync(snippet, 'utf8').replace(/^# (brotli_static on;).*$/m, brotli ? '$1' : '$&');
writeFileSync(join(dir, 'otp-help.conf'), site);
const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; application/wasm wasm; text/plain txt; application/xml xml; }';
writeFileSync(
  join(dir, 'nginx.conf'),
  `${brotli ? `load_module ${brotli};\n` : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  ${mime}
  default_type application/octet-stream;
  access_log off;
  server_tokens off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${dir}/otp-help.conf;
  }
}
`,
);

console.log(`nginx ${brotli ? 'with Brotli ' : ''}serving dist/ on http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
