// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { StepNav, Stepper, type StepNumber } from '@/components/qualify/Stepper';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(current: StepNumber, reachable: (n: StepNumber) => boolean, onGo = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <>
        <Stepper current={current} reachable={reachable} onGo={onGo} />
        <StepNav current={current} reachable={reachable} onGo={onGo} />
      </>,
      root,
    ),
  );
  return { onGo, button: (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid=${id}]`)! };
}

describe('the composer’s stepper', () => {
  it('is a named, numbered list whose current step is aria-current, with the step said to screen readers', async () => {
    useLocale('fr');
    const { button } = await show(2, () => true);
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Étapes du signalement');
    expect(nav.querySelectorAll('ol > li')).toHaveLength(3);
    expect(button('stepper-2').getAttribute('aria-current')).toBe('step');
    expect(button('stepper-1').hasAttribute('aria-current')).toBe(false);
    expect(button('stepper-2').textContent).toContain('Étape 2 sur 3');
    expect(button('stepper-2').textContent).toContain('Où le signaler');
  });

  it('jumps to any reachable step, and a step not reachable yet is disabled (Next too)', async () => {
    useLocale('en');
    const { button, onGo } = await show(1, (n) => n === 1);
    expect(button('stepper-2').disabled).toBe(true);
    expect(button('stepper-3').disabled).toBe(true);
    expect(button('step-next').disabled).toBe(true);
    expect(root.querySelector('[data-testid=step-back]')).toBeNull();
    render(null, root);
    root.remove();
    const second = await show(1, () => true);
    second.button('stepper-3').click();
    second.button('step-next').click();
    expect(second.onGo.mock.calls).toEqual([[3], [2]]);
    expect(onGo).not.toHaveBeenCalled();
  });

  it('has Back from the last step and no Next there', async () => {
    useLocale('en');
    const { button, onGo } = await show(3, () => true);
    expect(root.querySelector('[data-testid=step-next]')).toBeNull();
    button('step-back').click();
    expect(onGo).toHaveBeenCalledWith(2);
  });
});
