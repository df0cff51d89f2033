// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectUrl } from './helpers';

const GUILD = '112233445566778899';
const CHANNEL = '998877665544332211';
const MESSAGE = '123456789012345678';
/** The time the message id encodes (Discord snowflake). */
const MESSAGE_TIME = '2015-12-07T16:13:12.216Z';

describe('Discord', () => {
  checkFixtures([
    {
      fixture: 'discord/message',
      url: `https://discord.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`,
      expected: {
        platformId: 'discord',
        platformName: 'Discord',
        contentType: 'message',
        contentId: MESSAGE,
        permalink: `https://discord.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`,
        publishedAt: MESSAGE_TIME,
      },
      // Discord's pages state no time: the one its id encodes, marked as computed from it.
      provenance: { publishedAt: { source: 'derived-from-id', confidence: 'medium' } },
    },
    {
      fixture: 'discord/dm-message',
      url: `https://discord.com/channels/@me/${CHANNEL}/1573444072243200042`,
      expected: {
        platformId: 'discord',
        platformName: 'Discord',
        contentType: 'message',
        contentId: '1573444072243200042',
        permalink: `https://discord.com/channels/@me/${CHANNEL}/1573444072243200042`,
        publishedAt: '2026-11-20T21:05:00.000Z',
      },
    },
    {
      fixture: 'discord/invite',
      url: 'https://discord.com/invite/exemple',
      expected: {
        platformId: 'discord',
        platformName: 'Discord',
        contentType: 'group',
        contentId: 'exemple',
        permalink: 'https://discord.gg/exemple',
      },
    },
  ]);

  it.each([
    [
      `https://discordapp.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`,
      'message',
      MESSAGE,
      `https://discord.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`,
    ],
    [
      `https://ptb.discord.com/channels/@me/${CHANNEL}/${MESSAGE}`,
      'message',
      MESSAGE,
      `https://discord.com/channels/@me/${CHANNEL}/${MESSAGE}`,
    ],
    [
      `https://discord.com/channels/${GUILD}/${CHANNEL}`,
      'group',
      CHANNEL,
      `https://discord.com/channels/${GUILD}/${CHANNEL}`,
    ],
    ['https://discord.gg/exemple', 'group', 'exemple', 'https://discord.gg/exemple'],
    ['https://discord.com/invite/exemple?event=1', 'group', 'exemple', 'https://discord.gg/exemple'],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toEqual({
      platformId: 'discord',
      platformName: 'Discord',
      contentType,
      contentId,
      permalink,
      // A message id is a snowflake: it says when the message was sent.
      ...(contentType === 'message' ? { publishedAt: MESSAGE_TIME } : {}),
    });
  });

  it('URL only: user profiles by id; malformed snowflakes are rejected', () => {
    expect(detectUrl(`https://discord.com/users/${MESSAGE}`)).toMatchObject({
      contentType: 'profile',
      contentId: MESSAGE,
      authorUrl: `https://discord.com/users/${MESSAGE}`,
    });
    expect(detectUrl(`https://discord.com/channels/${GUILD}/123/${MESSAGE}`)?.contentId).toBeUndefined();
  });
});
