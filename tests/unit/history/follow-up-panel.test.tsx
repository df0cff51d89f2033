// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { FollowUpPanel } from '@/components/history/FollowUpPanel';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { emptyQualification, type Draft } from '@/utils/report/draft';
import { useLocale } from '../format/fake-i18n';
import { draftInput } from '../db/helpers';
import { formatDay, savedWhen, stepInstant, today } from '@/components/history/labels';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(draft: Draft, withTags = false, onChanged = () => undefined) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <FollowUpPanel
        drafts={draftsRepository}
        openTab={(url) => browser.tabs.create({ url, active: true })}
        draft={draft}
        onChanged={onChanged}
        withTags={withTags}
      />,
      root,
    ),
  );
}

const q = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 100 && !(await check()); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('follow-up panel', () => {
  it('records a step with its reference on the stored draft', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(
      draftInput({ status: 'ready', qualification: { ...emptyQualification(), categoryId: 'online-scam' } }),
    );
    await show(draft);
    expect(q('follow-up')!.dataset.status).toBe('draft');
    const select = q('follow-up-step-status') as HTMLSelectElement;
    select.value = 'acknowledged';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    const reference = q('follow-up-reference') as HTMLInputElement;
    reference.value = '  REF-42\n';
    await act(() => void reference.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => q('follow-up-save')!.click());
    await until(async () => ((await draftsRepository.get(draft.id))?.followUp.steps.length ?? 0) > 0);
    const stored = await draftsRepository.get(draft.id);
    expect(stored!.followUp.steps).toMatchObject([{ status: 'acknowledged', reference: 'REF-42' }]);
  });

  it('an empty or future date is said in words, disables saving and stores nothing', async () => {
    useLocale('en');
    const at = new Date().toISOString();
    const handoff = { channelId: 'x-notice', at, lastAt: at, actions: ['copied' as const] };
    const draft = await draftsRepository.create(
      draftInput({ status: 'ready', handoffs: [{ ...handoff, reference: null, acknowledgedAt: null }] }),
    );
    await show(draft);
    expect(q('follow-up-date-error')).toBeNull();
    expect(q('decision-date-error')).toBeNull();
    const type = async (testId: string, value: string) => {
      const input = q(testId) as HTMLInputElement;
      input.value = value;
      await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    };
    await type('follow-up-date', '');
    expect(q('follow-up-date-error')!.textContent).toBe('Enter a valid date, today or earlier, to save.');
    expect((q('follow-up-save') as HTMLButtonElement).disabled).toBe(true);
    // A screen reader hears why: the field is invalid and described by the message.
    const field = q('follow-up-date')!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)).toBe(q('follow-up-date-error'));
    await type('follow-up-date', '2999-01-01');
    expect(q('follow-up-date-error')).not.toBeNull();
    expect((q('follow-up-save') as HTMLButtonElement).disabled).toBe(true);
    // Submitting anyway (as a script or an older browser could) saves nothing.
    await act(() => void q('follow-up-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await type('decision-date', '');
    expect(q('decision-date-error')).not.toBeNull();
    expect((q('decision-save') as HTMLButtonElement).disabled).toBe(true);
    await type('follow-up-date', '2026-01-05');
    expect(q('follow-up-date-error')).toBeNull();
    expect(q('follow-up-date')!.hasAttribute('aria-describedby')).toBe(false);
    expect((q('follow-up-save') as HTMLButtonElement).disabled).toBe(false);
    expect((await draftsRepository.get(draft.id))!.followUp).toEqual({ steps: [], decision: null, onlineChecks: [] });
  });

  it('a reference too long to keep is said in words, keeps what was pasted and saves nothing until shortened', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(draftInput({ status: 'ready' }));
    await show(draft);
    const reference = q('follow-up-reference') as HTMLInputElement;
    const pasted = `Votre signalement n° 2026-ABC a bien été reçu. ${'x'.repeat(300)}`;
    reference.value = pasted;
    await act(() => void reference.dispatchEvent(new Event('input', { bubbles: true })));
    expect(reference.value).toBe(pasted); // nothing cut behind the user's back
    expect(q('follow-up-reference-error')!.textContent).toBe(
      `This reference is ${pasted.length} characters long; 300 at most. Keep the number the channel gave you, without the text around it.`,
    );
    expect((q('follow-up-save') as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(reference.getAttribute('aria-describedby')!)).toBe(q('follow-up-reference-error'));
    await act(() => void q('follow-up-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect((await draftsRepository.get(draft.id))!.followUp.steps).toEqual([]);

    reference.value = '2026-ABC';
    await act(() => void reference.dispatchEvent(new Event('input', { bubbles: true })));
    expect(q('follow-up-reference-error')).toBeNull();
    expect(reference.getAttribute('aria-invalid')).toBe('false');
    await act(() => q('follow-up-save')!.click());
    await until(async () => ((await draftsRepository.get(draft.id))?.followUp.steps.length ?? 0) > 0);
    expect((await draftsRepository.get(draft.id))!.followUp.steps).toMatchObject([{ reference: '2026-ABC' }]);
  });

  it('"still online?": opens the page only on request, then records the user’s answer', async () => {
    useLocale('en');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const draft = await draftsRepository.create(draftInput({ status: 'ready' }));
    await show(draft);
    expect(create).not.toHaveBeenCalled();
    expect(q('online-removed')).toBeNull();
    await act(() => q('online-open')!.click());
    await until(async () => q('online-removed') !== null);
    expect(create).toHaveBeenCalledWith({ url: 'https://example.org/p', active: true });
    await act(() => q('online-removed')!.click());
    await until(async () => ((await draftsRepository.get(draft.id))?.followUp.onlineChecks.length ?? 0) > 0);
    expect((await draftsRepository.get(draft.id))!.followUp.onlineChecks).toMatchObject([{ result: 'removed' }]);
  });

  it('never offers to revisit child sexual abuse material', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(draftInput({ status: 'ready', mode: 'url-only', csam: true }));
    await show(draft);
    expect(q('online-open')).toBeNull();
    expect(root.textContent).toContain('Do not go back to this content');
  });

  it('shows the press-law countdown with its legal source', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(
      draftInput({ status: 'ready', qualification: { ...emptyQualification(), categoryId: 'insult-defamation' } }),
    );
    await show(draft);
    const box = q('prescription-countdown')!;
    expect(box.textContent).toContain('3 months');
    expect(box.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
  });

  it('counts from the platform’s publication date, says the limit has passed and what is still possible', async () => {
    useLocale('fr');
    const draft = await draftsRepository.create(
      draftInput({
        status: 'ready',
        qualification: { ...emptyQualification(), categoryId: 'hate-incitement' },
        platform: { platformId: 'x', platformName: 'X', publishedAt: '2024-05-13T09:00:00.000Z' },
      }),
    );
    await show(draft);
    const box = q('prescription-countdown')!;
    expect(box.dataset.from).toBe('publication');
    expect(box.dataset.expired).toBe('true');
    expect(box.dataset.deadline).toBe('2025-05-13');
    expect(q('prescription-published')!.textContent).toContain('date fournie par la plateforme');
    expect(q('prescription-left')!.textContent).toMatch(/^Délai passé/);
    expect(q('prescription-still-possible')!.textContent).toMatch(/plateforme.*signaleur de confiance.*retrait/);
    expect(box.textContent).not.toMatch(/inconnue|jour\(s\)|Il reste/);
  });

  it('a report made to PHAROS starts its decision list on no decision, and saves none until one is chosen', async () => {
    useLocale('fr');
    const draft = await draftsRepository.create(
      draftInput({
        status: 'ready',
        qualification: { ...emptyQualification(), categoryId: 'hate-incitement' },
        platform: { platformId: 'x', platformName: 'X' },
        handoffs: [
          {
            channelId: 'pharos',
            at: '2026-11-28T07:32:00.000Z',
            lastAt: '2026-11-28T07:32:00.000Z',
            actions: ['copied'],
            reference: null,
            acknowledgedAt: null,
          },
        ],
      }),
    );
    await show(draft);
    const select = q('decision-outcome') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toBe('Choisir…');
    expect(select.options[select.selectedIndex]!.textContent).not.toBe('Contenu retiré');
    expect((q('decision-save') as HTMLButtonElement).disabled).toBe(true);
    expect(q('decision-not-notified')).not.toBeNull();
  });

  it('a step saved today keeps the time it was saved; an earlier day is shown as a day, never as a made-up noon', () => {
    useLocale('en');
    const now = new Date(2026, 10, 28, 7, 32, 15);
    expect(stepInstant(today(now), now)).toBe(now.toISOString());
    expect(savedWhen(now.toISOString())).toContain('07:32');
    const earlier = stepInstant('2026-11-20', now)!;
    expect(earlier).toBe(new Date(2026, 10, 20, 12, 0, 0).toISOString());
    expect(savedWhen(earlier)).toBe(formatDay('2026-11-20'));
    expect(savedWhen(earlier)).not.toContain('12:00');
  });

  it('in the composer, adds campaigns and tags to the report (tidied) and removes one', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(draftInput({ status: 'ready' }));
    await show(draft);
    expect(q('tags-field')).toBeNull();
    render(null, root);
    root.remove();
    let changes = 0;
    await show(draft, true, () => void changes++);
    const input = q('tags-input') as HTMLInputElement;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Campaign or tag');
    expect((q('tags-add') as HTMLButtonElement).disabled).toBe(true);
    input.value = ' Raid  12 mars, raid 12 MARS; Compte @x ';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => q('tags-add')!.click());
    await until(async () => ((await draftsRepository.get(draft.id))?.tags.length ?? 0) > 0);
    expect((await draftsRepository.get(draft.id))!.tags).toEqual(['Raid 12 mars', 'Compte @x']);
    expect(changes).toBe(1);

    // Shown again with the stored draft: × removes one.
    render(null, root);
    root.remove();
    await show((await draftsRepository.get(draft.id))!, true);
    expect(q('report-tags')!.textContent).toContain('Compte @x');
    await act(() => root.querySelector<HTMLElement>('[data-tag="Raid 12 mars"] [data-testid=tag-remove]')!.click());
    await until(async () => (await draftsRepository.get(draft.id))?.tags.length === 1);
    expect((await draftsRepository.get(draft.id))!.tags).toEqual(['Compte @x']);
  });

  it('keeps the typed tags and says so when they cannot be saved', async () => {
    useLocale('en');
    const draft = await draftsRepository.create(draftInput({ status: 'ready' }));
    await show(draft, true);
    await draftsRepository.delete(draft.id);
    const input = q('tags-input') as HTMLInputElement;
    input.value = 'Raid';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(() => q('tags-add')!.click());
    await until(async () => root.querySelector('[data-testid=tags-field] [role=alert]') !== null);
    expect(root.querySelector('[data-testid=tags-field] [role=alert]')!.textContent).toContain(
      'Your answer could not be saved.',
    );
    expect((q('tags-input') as HTMLInputElement).value).toBe('Raid');
  });
});
