/**
 * Test-only RFC 3161 timestamp authority, made at test time with Debian's `openssl`: a throw-away
 * root CA and a TSA certificate (EKU timeStamping), and `openssl ts -reply` to answer requests.
 * Used by unit tests (tokens made by openssl) and by the e2e harness (a small HTTP responder on
 * 127.0.0.1). Nothing here reaches the network.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (args, options = {}) => execFileSync('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });

/** A new test authority in a temporary directory: `{ dir, caPem, tsaPem, reply(query), makeRequest(data) }`. */
export function makeTestAuthority(name = 'Vigie Test TSA') {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-tsa-'));
  const p = (f) => join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  run([
    'req',
    '-x509',
    '-new',
    ...ec,
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.crt'),
    '-subj',
    `/CN=${name} Root`,
    '-days',
    '3650',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  run(['req', '-new', ...ec, '-keyout', p('tsa.key'), '-out', p('tsa.csr'), '-subj', `/CN=${name}/O=Vigie tests`]);
  writeFileSync(
    p('ext.cnf'),
    'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\nbasicConstraints=CA:FALSE\n',
  );
  run([
    'x509',
    '-req',
    '-in',
    p('tsa.csr'),
    '-CA',
    p('ca.crt'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('tsa.crt'),
    '-days',
    '3650',
    '-extfile',
    p('ext.cnf'),
  ]);
  writeFileSync(p('serial'), '01\n');
  writeFileSync(
    p('tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `dir = ${dir}`,
      'serial = $dir/serial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.crt',
      'certs = $dir/ca.crt',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.3.6.1.4.1.99999.1',
      'digests = sha256',
      'accuracy = secs:1',
      'ordering = no',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  const caPem = readFileSync(p('ca.crt'), 'utf8');
  const tsaPem = readFileSync(p('tsa.crt'), 'utf8');
  let n = 0;
  return {
    dir,
    caPem,
    tsaPem,
    caFile: p('ca.crt'),
    /** DER TimeStampResp for a DER TimeStampReq. */
    reply(query) {
      const q = p(`q${++n}.tsq`);
      writeFileSync(q, query);
      return new Uint8Array(run(['ts', '-reply', '-config', p('tsa.cnf'), '-queryfile', q, '-out', '-']));
    },
    /**
     * The TSTInfo of a genuine reply signed again (CMS) by a certificate of the same root that is
     * NOT for timestamping (EKU codeSigning): what a holder of any certificate under a shipped root
     * could make. The verification must not take it for the authority.
     */
    resignWithCodeSigningCert(replyDer) {
      const k = ++n;
      writeFileSync(p(`r${k}.tsr`), replyDer);
      run(['ts', '-reply', '-in', p(`r${k}.tsr`), '-token_out', '-out', p(`t${k}.der`)]);
      run(['cms', '-verify', '-noverify', '-binary', '-inform', 'DER', '-in', p(`t${k}.der`), '-out', p(`i${k}.der`)]);
      run([
        'req',
        '-new',
        ...ec,
        '-keyout',
        p(`c${k}.key`),
        '-out',
        p(`c${k}.csr`),
        '-subj',
        `/CN=${name} code signing`,
      ]);
      writeFileSync(p(`c${k}.cnf`), 'extendedKeyUsage=critical,codeSigning\nkeyUsage=critical,digitalSignature\n');
      run([
        'x509',
        '-req',
        '-in',
        p(`c${k}.csr`),
        '-CA',
        p('ca.crt'),
        '-CAkey',
        p('ca.key'),
        '-CAcreateserial',
        '-out',
        p(`c${k}.crt`),
        '-days',
        '3650',
        '-extfile',
        p(`c${k}.cnf`),
      ]);
      return new Uint8Array(
        run([
          'cms',
          '-sign',
          '-binary',
          '-nodetach',
          '-econtent_type',
          '1.2.840.113549.1.9.16.1.4',
          '-md',
          'sha256',
          '-in',
          p(`i${k}.der`),
          '-signer',
          p(`c${k}.crt`),
          '-inkey',
          p(`c${k}.key`),
          '-outform',
          'DER',
        ]),
      );
    },
    /** A DER TimeStampReq made by openssl for `data` (SHA-256, with the certificate). */
    makeRequest(data) {
      const f = p(`d${++n}.bin`);
      writeFileSync(f, data);
      return new Uint8Array(run(['ts', '-query', '-data', f, '-sha256', '-cert']));
    },
  };
}

/** An HTTP RFC 3161 responder on 127.0.0.1 (port 0 = any free one). Resolves `{ url, close, requests }`. */
export function startTestResponder(authority, { port = 0 } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method, url: req.url, type: req.headers['content-type'], size: body.length });
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'content-type');
      if (req.method === 'OPTIONS') return void res.end();
      try {
        const reply = authority.reply(body);
        res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' });
        res.end(Buffer.from(reply));
      } catch (error) {
        res.writeHead(400);
        res.end(String(error));
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ url: `http://127.0.0.1:${bound}/tsr`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
