/**
 * The shipped roots (`utils/export/timestamp-anchors.ts`) against real tokens of each authority,
 * taken from public repositories (`tests/fixtures/tsa/real/README.md` gives each source), and the
 * rule that a root alone is not enough: the signer must be certified for timestamping.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate, createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority } from '../../harness/test-tsa.mjs';
import { TRUST_ANCHORS } from '@/utils/export/timestamp-anchors';
import { TIMESTAMP_AUTHORITIES } from '@/utils/export/timestamp-authorities';
import { buildTimestampRequest } from '@/utils/export/timestamp';
import { verifyTimestamp, withAnchors } from '@/utils/export/timestamp-verify';

const real = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/tsa/real/${name}`, import.meta.url)));
const shipped = withAnchors(TIMESTAMP_AUTHORITIES);

describe('shipped roots', () => {
  it('every shipped authority has a root, and each root is the certificate its fingerprint names', () => {
    for (const authority of TIMESTAMP_AUTHORITIES) {
      const anchors = TRUST_ANCHORS[authority.id] ?? [];
      expect(anchors.length, authority.id).toBeGreaterThan(0);
      for (const anchor of anchors) {
        const cert = new X509Certificate(anchor.pem);
        expect(createHash('sha256').update(cert.raw).digest('hex')).toBe(anchor.sha256);
        expect(cert.ca).toBe(true);
        expect(cert.checkIssued(cert)).toBe(true); // self-signed: a root
        expect(new Date(cert.validTo).toISOString().slice(0, 19)).toBe(anchor.notAfter.slice(0, 19));
        expect(anchor.source).toMatch(/https:\/\/|\/usr\/share\/ca-certificates/);
        expect(anchor.confirmedBy.length).toBeGreaterThan(0);
      }
    }
  });

  it('no anchor is listed for an authority the build does not have', () => {
    const ids = new Set(TIMESTAMP_AUTHORITIES.map((a) => a.id));
    for (const id of Object.keys(TRUST_ANCHORS)) expect(ids.has(id), id).toBe(true);
  });
});

describe('real tokens verify offline against the shipped roots', () => {
  it('FreeTSA (2024-11-09, from trace4eu/qtsp-gateway): valid at its time, named FreeTSA', async () => {
    const check = await verifyTimestamp(real('freetsa-2024-11-09.data'), real('freetsa-2024-11-09.tsr'), shipped);
    expect(check.status).toBe('valid');
    expect(check.authority?.id).toBe('freetsa');
    expect(check.info?.genTime).toBe('2024-11-09T23:51:06.000Z');
    expect(check.info?.serial).toBe('040d7aae');
    expect(check.signer).toContain('www.freetsa.org');
  });

  it('DigiCert (2023-01-25, from akamai/akamaipowershell): valid through its TimeStamping CA to Trusted Root G4', async () => {
    const check = await verifyTimestamp(real('digicert-2023-01-25.data'), real('digicert-2023-01-25.tsr'), shipped);
    expect(check.status).toBe('valid');
    expect(check.authority?.id).toBe('digicert');
    expect(check.info?.genTime).toBe('2023-01-25T15:38:50.000Z');
    expect(check.signer).toContain('DigiCert Timestamp 2022 - 2');
  });

  it('a real token over other bytes is a mismatch, not valid', async () => {
    const check = await verifyTimestamp(new TextEncoder().encode('tesT'), real('freetsa-2024-11-09.tsr'), shipped);
    expect(check.status).toBe('mismatch');
  });

  it("one authority's root does not vouch for the other's tokens", async () => {
    const onlyFreeTsa = shipped.filter((a) => a.id === 'freetsa');
    const check = await verifyTimestamp(real('digicert-2023-01-25.data'), real('digicert-2023-01-25.tsr'), onlyFreeTsa);
    expect(check.status).toBe('unknown-authority');
  });
});

describe('a root alone is not enough', () => {
  let tsa: ReturnType<typeof makeTestAuthority>;
  beforeAll(() => {
    tsa = makeTestAuthority('Anchor Test TSA');
  });
  const manifest = new TextEncoder().encode('{"format":"vigie-evidence-package"}\n');
  const authority = () => [{ id: 't', name: 'T', qualified: false, certificates: [tsa.caPem] }];

  it('the genuine TSA certificate (critical EKU timeStamping) is valid', async () => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest));
    const reply = tsa.reply(buildTimestampRequest(hash, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])));
    expect((await verifyTimestamp(manifest, reply, authority())).status).toBe('valid');
  });

  it('the same TSTInfo signed by a code-signing certificate under the same root is not the authority', async () => {
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest));
    const reply = tsa.reply(buildTimestampRequest(hash, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 9])));
    const forged = tsa.resignWithCodeSigningCert(reply);
    const check = await verifyTimestamp(manifest, forged, authority());
    expect(check.status).toBe('unknown-authority');
    expect(check.signer).toContain('code signing');
  });
});
