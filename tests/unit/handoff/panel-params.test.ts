import { describe, expect, it } from 'vitest';
import { panelPath, parsePanelFragment } from '@/utils/handoff/panel-params';

const ID = '0b6f2a4e-8c1d-4f3a-9b2e-5d7c1a9e3f40';

describe('side panel address', () => {
  it('round-trips draft, channel and tab', () => {
    const path = panelPath(ID, 'pharos', 42);
    expect(path).toBe(`/sidepanel.html#draft=${ID}&channel=pharos&tab=42`);
    expect(parsePanelFragment(path.slice(path.indexOf('#')))).toEqual({ draftId: ID, channelId: 'pharos', tabId: 42 });
    expect(parsePanelFragment(`#draft=${ID}&channel=pharos`)).toEqual({
      draftId: ID,
      channelId: 'pharos',
      tabId: null,
    });
  });

  it.each([
    ['empty', ''],
    ['no channel', `#draft=${ID}`],
    ['unknown channel', `#draft=${ID}&channel=nope`],
    ['not a uuid', '#draft=123&channel=pharos'],
    ['bad tab', `#draft=${ID}&channel=pharos&tab=-1`],
    ['broken escapes', '#draft=%E0%A4%A&channel=%'],
    ['script', `#draft=<script>&channel=pharos`],
    ['too long', `#draft=${ID}&channel=pharos&x=${'a'.repeat(600)}`],
  ])('refuses a malformed fragment (%s)', (_name, hash) => {
    expect(parsePanelFragment(hash)).toBeNull();
  });
});
