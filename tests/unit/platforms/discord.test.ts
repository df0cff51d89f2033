// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectOnFixture, detectUrl, expectSafe } from './helpers';

const GUILD = '112233445566778899';
const CHANNEL = '998877665544332211';
const MESSAGE = '123456789012345678';

describe('Discord', () => {
  it('reads a message in the web app; the generic og:url does not override it', () => {
    const data = detectOnFixture('discord/message', `https://discord.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`);
    expect(data).toEqual({
      platformId: 'discord',
      platformName: 'Discord',
      contentType: 'message',
      contentId: MESSAGE,
      permalink: `https://discord.com/channels/${GUILD}/${CHANNEL}/${MESSAGE}`,
    });
    expectSafe(data);
  });

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
